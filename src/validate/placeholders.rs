//! Template placeholders left in the files: the `（回答者を記入）` or `〇〇` that `hoshi init`
//! writes for the client to replace. A file can be valid with them, and the site would show
//! them, so each is a located warning wherever it is, in every file.

use serde_json::Value;

use crate::finding::{Code, Finding, Pos};
use crate::load::yaml::escape_segment;
use crate::model::files::FileKind;
use crate::text;
use crate::validate::client::Client;
use crate::validate::wording::locate;

/// The placeholders of the templates, as written. A `（…を記入）` in full-width brackets is
/// one too, whatever it asks for.
pub const PLACEHOLDERS: &[&str] = &["〇〇", "○○", "◯◯", "（書き直してください）", "TODO", "XXX"];

/// The first placeholder in `s`, with its byte offset.
pub fn find(s: &str) -> Option<(usize, &str)> {
    // Every placeholder starts with one of these: most texts hold none of them.
    // Each as a substring: much faster than decoding every character.
    if !["〇", "○", "◯", "（", "T", "X"]
        .iter()
        .any(|c| s.contains(c))
    {
        return None;
    }
    let fixed = PLACEHOLDERS
        .iter()
        .filter_map(|p| s.find(p).map(|i| (i, &s[i..i + p.len()])));
    let fill_in = s.match_indices('（').find_map(|(i, _)| {
        let rest = &s[i..];
        let end = rest.find('）')? + '）'.len_utf8();
        let inner = &rest[..end];
        (inner.contains("を記入") && inner.chars().count() <= 24).then_some((i, inner))
    });
    fixed.chain(fill_in).min_by_key(|(i, _)| *i)
}

/// Whether a file's text can give a value with a placeholder: a value's characters are
/// in the text as written, but for what a double-quoted escape (`\`) makes of them (a
/// folded line break becomes a space or a line break, never nothing).
fn may_hold(source: &str) -> bool {
    source.contains('\\')
        || source.contains("を記入")
        || PLACEHOLDERS.iter().any(|p| source.contains(p))
}

/// One warning per text value holding a placeholder, at the placeholder.
pub fn lint(client: &Client) -> Vec<Finding> {
    FileKind::EVERY
        .into_iter()
        .flat_map(|kind| lint_file(client, kind))
        .collect()
}

/// [`lint`] of one file: it depends on nothing but that file.
pub fn lint_file(client: &Client, kind: FileKind) -> Vec<Finding> {
    let mut out = Vec::new();
    {
        let Some(doc) = client.document(kind) else {
            return out;
        };
        let source = client.text(kind.file_name());
        if source.is_some_and(|s| !may_hold(s)) {
            return out;
        }
        let mut values = Vec::new();
        strings(&mut String::new(), &doc.value, &mut values);
        for (pointer, value) in values {
            let Some((at, placeholder)) = find(value) else {
                continue;
            };
            let occurrence = value[..at].matches(placeholder).count();
            let start = doc.value_pos(&pointer);
            let key_column = doc.key_pos(&pointer).map_or(1, |p| p.column);
            let found = match (source, start) {
                (Some(src), Some(s)) => locate(src, s, key_column, placeholder, occurrence),
                _ => None,
            };
            // Found in the source line, the placeholder itself is underlined.
            let end = found.filter(|_| !placeholder.contains('\n')).map(|p| Pos {
                line: p.line,
                column: p.column + u32::try_from(placeholder.chars().count()).unwrap_or(0),
            });
            let pos = found.or(start);
            let key = field(&pointer);
            out.push(
                Finding::new(
                    Code::PlaceholderText,
                    kind.file_name(),
                    pos,
                    &pointer,
                    text!(
                        "{key} にひな形の仮の文字「{placeholder}」が残っています",
                        "{key} still holds the template's placeholder \"{placeholder}\""
                    ),
                )
                .ending_at(end)
                .with_hint(text!(
                    "自社の実際の内容に書き換えてください（このままではサイトにも表示されます）",
                    "replace it with what is true for the company (the site would show it as it is)"
                )),
            );
        }
    }
    out
}

/// A JSON Pointer as a reader names the field: `/sections/2/body` is `sections[2].body`.
fn field(pointer: &str) -> String {
    let mut out = String::new();
    for seg in pointer.split('/').skip(1) {
        let seg = seg.replace("~1", "/").replace("~0", "~");
        if seg.bytes().all(|b| b.is_ascii_digit()) && !seg.is_empty() {
            out.push_str(&format!("[{seg}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&seg);
        }
    }
    out
}

/// Every string value that holds a placeholder, by JSON Pointer, in document order.
fn strings<'a>(pointer: &mut String, v: &'a Value, out: &mut Vec<(String, &'a str)>) {
    let len = pointer.len();
    match v {
        Value::String(s) if find(s).is_some() => out.push((pointer.clone(), s)),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                pointer.push('/');
                pointer.push_str(itoa::Buffer::new().format(i));
                strings(pointer, item, out);
                pointer.truncate(len);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                pointer.push('/');
                pointer.push_str(&escape_segment(k));
                strings(pointer, item, out);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_template_s_placeholders() {
        assert_eq!(find("（回答者を記入）"), Some((0, "（回答者を記入）")));
        assert_eq!(find("代表 〇〇 〇〇"), Some((7, "〇〇")));
        assert_eq!(find("総務部 田中（記入者）"), None);
        assert_eq!(find("総務部 田中"), None);
    }

    #[test]
    fn only_a_text_with_a_placeholder_or_an_escape_can_give_one() {
        assert!(!may_hold("note: 総務部 田中（記入者）\nowner: TOD\n  O\n"));
        assert!(may_hold("note: 代表 〇〇\n"));
        assert!(may_hold("note: （担当者を記入）\n"));
        // `"\u3007\u3007"` is 〇〇, and `"TO\<line break>DO"` is TODO.
        assert!(may_hold("note: \"\\u3007\\u3007\"\n"));
    }

    /// The policy condition's placeholders are all found here too.
    #[test]
    fn the_policy_condition_s_placeholders_are_among_them() {
        let levels = include_str!("../../assets/levels.yaml");
        let line = levels
            .lines()
            .find(|l| l.trim_start().starts_with("placeholders:"))
            .expect("levels.yaml lists placeholders");
        for p in PLACEHOLDERS {
            assert!(line.contains(p), "{p} not in {line}");
        }
    }
}
