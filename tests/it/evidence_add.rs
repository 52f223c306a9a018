//! `hoshi evidence add` keeps every byte of evidence.yaml, and every refusal writes nothing.

use crate::common;

use std::fs;
use std::path::{Path, PathBuf};

struct Client {
    _tmp: tempfile::TempDir,
    root: PathBuf,
}

/// A copy of example-repo with one new file to register, `evidence/new.txt`.
fn client() -> Client {
    let tmp = tempfile::tempdir().expect("temp dir");
    let root = tmp.path().join("client");
    common::copy_dir(&common::root().join("example-repo"), &root);
    fs::write(root.join("evidence/new.txt"), "new evidence\n").expect("write");
    Client { _tmp: tmp, root }
}

fn register(root: &Path) -> Vec<u8> {
    fs::read(root.join("evidence.yaml")).expect("evidence.yaml")
}

fn add(root: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "evidence",
        "add",
        "evidence/new.txt",
        "--id",
        "EV-007",
        "--title",
        "新しい証跡",
    ];
    args.extend_from_slice(extra);
    common::run_in(root, args, ["HOSHI_LANG=en"])
}

/// The files in the client root, to show that no temporary file was left behind.
fn listing(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(root)
        .expect("read root")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn sha_of_new() -> String {
    use sha2::{Digest, Sha256};
    hoshi::source::hex(&Sha256::digest(b"new evidence\n"))
}

#[test]
fn appending_keeps_every_byte_and_blank_line_style() {
    let c = client();
    let before = register(&c.root);
    let out = add(
        &c.root,
        &["--collected-on", "2026-11-20", "--valid-for-months", "6"],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let after = register(&c.root);
    assert_eq!(
        &after[..before.len()],
        &before[..],
        "the old bytes are a prefix"
    );
    let tail = String::from_utf8(after[before.len()..].to_vec()).expect("UTF-8");
    // The example separates items with a blank line; the new one follows suit.
    assert_eq!(
        tail,
        format!(
            "\n  - id: EV-007\n    title: 新しい証跡\n    file: evidence/new.txt\n    sha256: {}\n    collected_on: 2026-11-20\n    valid_for_months: 6\n    visibility: internal\n",
            sha_of_new()
        )
    );
    // The result validates and checks clean; the new item is listed as not cited.
    let validate = common::run_in(&c.root, ["validate"], []);
    assert_eq!(validate.status.code(), Some(0), "{validate:?}");
    let check = common::run_in(&c.root, ["evidence", "check"], []);
    assert_eq!(check.status.code(), Some(0), "{check:?}");
    let list = common::run_in(&c.root, ["evidence", "list", "--format", "json"], []);
    let v: serde_json::Value = serde_json::from_slice(&list.stdout).expect("JSON");
    assert_eq!(v["uncited"], serde_json::json!(["EV-007"]));
}

#[test]
fn crlf_files_get_crlf_lines() {
    let c = client();
    let crlf = String::from_utf8(register(&c.root))
        .expect("UTF-8")
        .replace('\n', "\r\n");
    fs::write(c.root.join("evidence.yaml"), &crlf).expect("write");
    let out = add(&c.root, &[]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let after = String::from_utf8(register(&c.root)).expect("UTF-8");
    assert_eq!(
        after,
        format!(
            "{crlf}\r\n  - id: EV-007\r\n    title: 新しい証跡\r\n    file: evidence/new.txt\r\n    sha256: {}\r\n    collected_on: 2026-11-26\r\n    visibility: internal\r\n",
            sha_of_new()
        )
    );
}

#[test]
fn a_missing_final_newline_is_added_before_the_entry() {
    let c = client();
    let text = String::from_utf8(register(&c.root)).expect("UTF-8");
    let trimmed = text.trim_end_matches('\n').to_owned();
    fs::write(c.root.join("evidence.yaml"), &trimmed).expect("write");
    assert_eq!(add(&c.root, &[]).status.code(), Some(0));
    let after = String::from_utf8(register(&c.root)).expect("UTF-8");
    assert_eq!(
        after,
        format!(
            "{trimmed}\n\n  - id: EV-007\n    title: 新しい証跡\n    file: evidence/new.txt\n    sha256: {}\n    collected_on: 2026-11-26\n    visibility: internal\n",
            sha_of_new()
        )
    );
}

#[test]
fn the_empty_list_of_a_new_client_becomes_a_block_list() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let root = tmp.path().join("client");
    let init = common::hoshi()
        .args(["init", "--name", "テスト"])
        .arg(&root)
        .output()
        .expect("init");
    assert!(init.status.success());
    fs::write(root.join("evidence/new.txt"), "new evidence\n").expect("write");
    let before = String::from_utf8(register(&root)).expect("UTF-8");
    assert!(before.ends_with("evidence: []\n"));
    assert_eq!(
        add(&root, &["--collected-on", "2026-11-20"]).status.code(),
        Some(0)
    );
    let after = String::from_utf8(register(&root)).expect("UTF-8");
    // Exactly the `[]` token (and the space before it) is gone; the rest is appended.
    let kept = before.strip_suffix("evidence: []\n").expect("suffix");
    assert_eq!(
        after,
        format!(
            "{kept}evidence:\n  - id: EV-007\n    title: 新しい証跡\n    file: evidence/new.txt\n    sha256: {}\n    collected_on: 2026-11-20\n    visibility: internal\n",
            sha_of_new()
        )
    );
}

/// Runs a refused `evidence add` and checks that it exits 2 with `message` (the client's
/// parent folder reads `[TMP]` in it) and writes nothing.
fn refused(c: &Client, args: &[&str], message: &str) {
    let before = register(&c.root);
    let files = listing(&c.root);
    let out = common::run_in(&c.root, args.iter().copied(), ["HOSHI_LANG=en"]);
    let stderr = tmp_as_placeholder(c, &String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    assert_eq!(stderr, format!("hoshi: error: {message}\n"), "{args:?}");
    assert_eq!(register(&c.root), before, "{args:?} changed evidence.yaml");
    assert_eq!(listing(&c.root), files, "{args:?} left a file behind");
}

/// `text` with the client's parent folder as `[TMP]`, however it was spelt (macOS's temporary
/// folder is a symlink, `/var` to `/private/var`), and Windows's `\` as `/`.
fn tmp_as_placeholder(c: &Client, text: &str) -> String {
    let parent = c.root.parent().expect("parent");
    let mut text = text.to_owned();
    if let Ok(real) = parent.canonicalize() {
        text = text.replace(&real.display().to_string(), "[TMP]");
    }
    text = text.replace(&parent.display().to_string(), "[TMP]");
    if cfg!(windows) {
        text = text.replace('\\', "/");
    }
    text
}

/// What an evidence file outside the client folder is told, after its path.
const OUTSIDE: &str = "is outside the client folder ([TMP]/client); copy it inside (e.g. into evidence/) and register that copy";

#[test]
fn every_refusal_writes_nothing() {
    let c = client();
    let outside = c.root.parent().expect("parent").join("outside.txt");
    fs::write(&outside, "outside").expect("write");
    let base = ["evidence", "add"];
    let with = |file: &str, id: &str| {
        let mut v: Vec<String> = base.iter().map(|s| (*s).to_owned()).collect();
        v.extend([file, "--id", id, "--title", "x"].map(str::to_owned));
        v
    };
    let run = |args: Vec<String>, message: &str| {
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        refused(&c, &refs, message);
    };
    run(
        with("evidence/new.txt", "EV-001"),
        "evidence id \"EV-001\" is already in evidence.yaml; choose another id",
    );
    run(
        with("../outside.txt", "EV-007"),
        &format!("../outside.txt {OUTSIDE}"),
    );
    run(
        with(&outside.to_string_lossy(), "EV-007"),
        &format!("[TMP]/outside.txt {OUTSIDE}"),
    );
    // Symbolic links (made without privileges on Unix only; Windows's own are covered by
    // the same code, not by this test).
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&outside, c.root.join("evidence/link.txt")).expect("link");
        std::os::unix::fs::symlink(c.root.parent().expect("parent"), c.root.join("up"))
            .expect("link");
        run(
            with("evidence/link.txt", "EV-007"),
            "evidence/link.txt is a symlink leading outside the client folder; put the file itself inside the folder",
        );
        run(
            with("up/outside.txt", "EV-007"),
            &format!("up/outside.txt {OUTSIDE}"),
        );
    }
    run(
        with("evidence", "EV-007"),
        "evidence is not a regular file (a folder, a device …)",
    );
    run(
        with("evidence/none.txt", "EV-007"),
        "file evidence/none.txt does not exist",
    );
    run(
        with("evidence.yaml", "EV-007"),
        "evidence.yaml is one of hoshi's own files and cannot be registered as evidence",
    );
    run(
        with("evidence/new.txt", "EV/7"),
        "evidence id \"EV/7\" is not allowed: start with a letter or digit and use only letters, digits, '.', '_' and '-' (e.g. EV-007)",
    );
    let mut months = with("evidence/new.txt", "EV-007");
    months.extend(["--valid-for-months".to_owned(), "0".to_owned()]);
    run(months, "--valid-for-months must be 1 to 120 (got 0)");

    // A register that is already invalid, and one whose layout cannot take an append.
    let valid = register(&c.root);
    let broken = String::from_utf8(valid.clone())
        .expect("UTF-8")
        .replace("visibility: public", "visibility: everyone");
    fs::write(c.root.join("evidence.yaml"), broken).expect("write");
    run(
        with("evidence/new.txt", "EV-007"),
        "evidence.yaml:49 has errors, so nothing was added: \"everyone\" is not allowed for \"visibility\"; use one of: public, partners, internal (run `hoshi validate`, fix them, then try again)",
    );
    let mut ended = valid.clone();
    ended.extend_from_slice(b"...\n");
    fs::write(c.root.join("evidence.yaml"), ended).expect("write");
    run(
        with("evidence/new.txt", "EV-007"),
        "appending would have changed what evidence.yaml already says or left it unreadable, so nothing was written; add the item by hand",
    );
    fs::write(
        c.root.join("evidence.yaml"),
        "schema_version: 1\nevidence: [{id: A, title: a, url: \"https://a.example\", collected_on: 2026-01-01}]\n",
    )
    .expect("write");
    run(
        with("evidence/new.txt", "EV-007"),
        "cannot append to evidence.yaml without changing what is there (evidence is written as a flow list [ … ]); add the item by hand",
    );
}

/// Unix only: the test is not built elsewhere rather than passing without its assertions.
#[cfg(unix)]
#[test]
fn a_symlink_inside_the_root_is_registered_as_the_link() {
    let c = client();
    std::os::unix::fs::symlink("new.txt", c.root.join("evidence/alias.txt")).expect("link");
    let before = register(&c.root);
    {
        let out = common::run_in(
            &c.root,
            [
                "evidence",
                "add",
                "evidence/alias.txt",
                "--id",
                "EV-007",
                "--title",
                "x",
            ],
            [],
        );
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let after = String::from_utf8(register(&c.root)).expect("UTF-8");
        assert_eq!(
            after,
            format!(
                "{}\n  - id: EV-007\n    title: x\n    file: evidence/alias.txt\n    sha256: {}\n    collected_on: 2026-11-26\n    visibility: internal\n",
                String::from_utf8(before).expect("UTF-8"),
                sha_of_new()
            )
        );
    }
}
