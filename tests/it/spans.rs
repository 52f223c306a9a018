//! Diagnostics with spans: the loader keeps where each node ends, the text view underlines
//! the whole offending key or value (CJK text two columns a character), and the JSON
//! finding carries `end_line` / `end_column` (the position just after it).

use std::fs;
use std::path::Path;

use hoshi::finding::Pos;
use hoshi::load::yaml::load;
use serde_json::Value;

fn pos(line: u32, column: u32) -> Pos {
    Pos { line, column }
}

#[test]
fn the_loader_keeps_the_end_of_keys_and_values() {
    let text = "organization:\n  name: 株式会社みなと精工   # 組織名\n  quoted: \"a b\"\n  \
                list: [P1, P2]\n  block:\n    - x\n";
    let loaded = load(text.as_bytes());
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let doc = loaded.document.expect("document");
    // A plain scalar ends before the spaces and the comment; columns count characters.
    assert_eq!(doc.value_pos("/organization/name"), Some(pos(2, 9)));
    assert_eq!(
        doc.end_of("/organization/name", pos(2, 9)),
        Some(pos(2, 18))
    );
    // The key, by its own start.
    assert_eq!(doc.key_pos("/organization/name"), Some(pos(2, 3)));
    assert_eq!(doc.end_of("/organization/name", pos(2, 3)), Some(pos(2, 7)));
    // A quoted scalar with its quotes.
    assert_eq!(
        doc.end_of("/organization/quoted", pos(3, 11)),
        Some(pos(3, 16))
    );
    // A flow list on one line ends after its bracket; a block list has no end.
    assert_eq!(
        doc.end_of("/organization/list", pos(4, 9)),
        Some(pos(4, 17))
    );
    let block = doc.value_pos("/organization/block").expect("block");
    assert_eq!(doc.end_of("/organization/block", block), None);
    // Any other position (inside a text) has no end.
    assert_eq!(doc.end_of("/organization/name", pos(2, 10)), None);
}

fn client_with(tmp: &Path, from: &str, to: &str) -> std::path::PathBuf {
    let client = tmp.join("client");
    crate::common::copy_dir(&crate::common::root().join("example-repo"), &client);
    let file = client.join("principles.yaml");
    let body = fs::read_to_string(&file).expect("principles.yaml");
    assert!(body.contains(from), "{from}");
    fs::write(&file, body.replacen(from, to, 1)).expect("write");
    client
}

#[test]
fn the_text_view_underlines_the_whole_value_in_terminal_columns() {
    let tmp = tempfile::tempdir().expect("tmp");
    let client = client_with(tmp.path(), "status: practiced", "status: 実施中です");
    let out = crate::common::run_in(&client, ["validate", "--lang", "en"], []);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .position(|l| l.ends_with("status: 実施中です"))
        .unwrap_or_else(|| panic!("no source line in:\n{text}"));
    let carets = text.lines().nth(line + 1).expect("caret line");
    // Five wide characters: ten columns, starting under the value.
    let under = carets
        .trim_start_matches(|c: char| c != '|')
        .trim_start_matches('|');
    assert_eq!(under.trim(), "^".repeat(10), "{text}");
    let source = text.lines().nth(line).expect("source");
    let value_col =
        unicode_width::UnicodeWidthStr::width(&source[..source.find("実施中").expect("value")]);
    assert_eq!(
        carets.find('^'),
        Some(value_col),
        "the underline starts under the value:\n{source}\n{carets}"
    );
}

#[test]
fn json_findings_carry_their_end() {
    let tmp = tempfile::tempdir().expect("tmp");
    let client = client_with(tmp.path(), "status: practiced", "status: practised");
    let out = crate::common::run_in(&client, ["validate", "--format", "json"], []);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let json: Value = serde_json::from_slice(&out.stdout).expect("json");
    let f = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["code"] == "invalid-value")
        .expect("invalid-value");
    let (line, column) = (f["line"].as_u64(), f["column"].as_u64().expect("column"));
    assert_eq!(f["end_line"].as_u64(), line);
    assert_eq!(
        f["end_column"].as_u64(),
        Some(column + "practised".len() as u64)
    );
    // A finding with no place in a file has no end either.
    let tmp = tempfile::tempdir().expect("tmp");
    let client = client_with(tmp.path(), "status: practiced", "status: practiced");
    fs::remove_file(client.join("policy.yaml")).expect("rm");
    let out = crate::common::run_in(&client, ["validate", "--format", "json"], []);
    let json: Value = serde_json::from_slice(&out.stdout).expect("json");
    let missing = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["code"] == "missing-file")
        .expect("missing-file");
    assert!(missing["end_line"].is_null() && missing["end_column"].is_null());
}

#[test]
fn a_control_character_in_the_source_line_never_reaches_the_terminal() {
    let tmp = tempfile::tempdir().expect("tmp");
    let client = client_with(
        tmp.path(),
        "status: practiced",
        "status: \u{1b}[2Jpractised",
    );
    let out = crate::common::run_in(&client, ["validate", "--lang", "en"], []);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains('\u{1b}'), "{text:?}");
    assert!(text.contains("principles.yaml:"), "{text}");
}

/// A placeholder inside a longer text is underlined by itself, not as one caret and not as
/// the whole text; its JSON finding ends just after it.
#[test]
fn a_placeholder_is_underlined_by_itself() {
    let tmp = tempfile::tempdir().expect("tmp");
    let client = client_with(
        tmp.path(),
        "owner: 総務部 田中 美咲",
        "owner: 総務部 〇〇 美咲",
    );
    let out = crate::common::run_in(&client, ["validate", "--format", "json"], []);
    let json: Value = serde_json::from_slice(&out.stdout).expect("json");
    let f = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["code"] == "placeholder-text")
        .unwrap_or_else(|| panic!("no placeholder-text in {json}"))
        .clone();
    let source = fs::read_to_string(client.join("principles.yaml")).expect("principles.yaml");
    let line = source
        .lines()
        .position(|l| l.contains("総務部 〇〇"))
        .expect("the line")
        + 1;
    let column = source
        .lines()
        .nth(line - 1)
        .expect("line")
        .split("〇〇")
        .next()
        .expect("before")
        .chars()
        .count()
        + 1;
    assert_eq!(
        (
            f["line"].as_u64(),
            f["column"].as_u64(),
            f["end_line"].as_u64(),
            f["end_column"].as_u64()
        ),
        (
            Some(line as u64),
            Some(column as u64),
            Some(line as u64),
            Some(column as u64 + 2)
        ),
        "{f}"
    );
    let out = crate::common::run_in(&client, ["validate", "--lang", "en"], []);
    let text = String::from_utf8_lossy(&out.stdout);
    let at = text
        .lines()
        .position(|l| l.ends_with("owner: 総務部 〇〇 美咲"))
        .unwrap_or_else(|| panic!("no source line in:\n{text}"));
    let carets = text.lines().nth(at + 1).expect("caret line");
    assert_eq!(
        carets.matches('^').count(),
        4,
        "two wide characters:\n{text}"
    );
}

/// A placeholder written with escapes (`"\u3007\u3007"`, or `TODO` broken by an escaped
/// line break) is one too, though the file's text never shows it as written.
#[test]
fn a_placeholder_written_with_escapes_is_found() {
    for written in [
        "owner: \"総務部 \\u3007\\u3007\"",
        "owner: \"総務部 TO\\\n        DO\"",
    ] {
        let tmp = tempfile::tempdir().expect("tmp");
        let client = client_with(tmp.path(), "owner: 総務部 田中 美咲", written);
        let out = crate::common::run_in(&client, ["validate", "--format", "json"], []);
        let json: Value = serde_json::from_slice(&out.stdout).expect("json");
        let found = json["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .any(|f| f["code"] == "placeholder-text" && f["file"] == "principles.yaml");
        assert!(found, "{written}: no placeholder-text in {json}");
    }
}
