//! `hoshi init` never overwrites: what it writes validates, a second run leaves every
//! byte as it was, and a user's files are kept or only added to.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use crate::common::hoshi;

fn init(dir: &Path) -> Output {
    hoshi()
        .args(["init", "--name", "株式会社テスト"])
        .arg(dir)
        .env("HOSHI_TODAY", "2026-11-26")
        .output()
        .expect("run hoshi init")
}

/// Every file under `dir` with its bytes, by path relative to `dir`.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for entry in fs::read_dir(dir).expect("read folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).expect("inside root").to_owned();
                out.insert(rel, fs::read(&path).expect("read file"));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

#[test]
fn what_init_writes_validates() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let client = tmp.path().join("client");
    let out = init(&client);
    assert_eq!(out.status.code(), Some(0), "init failed: {out:?}");
    let out = hoshi()
        .args(["validate", "--repo"])
        .arg(&client)
        .output()
        .expect("run hoshi validate");
    assert_eq!(out.status.code(), Some(0), "validate: {out:?}");
}

#[test]
fn a_second_init_changes_nothing() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let client = tmp.path().join("client");
    assert_eq!(init(&client).status.code(), Some(0));
    // The user has started filling in the files.
    let hoshi_yaml = client.join("hoshi.yaml");
    let mut edited = fs::read(&hoshi_yaml).expect("read hoshi.yaml");
    edited.extend_from_slice("# 編集済み\n".as_bytes());
    fs::write(&hoshi_yaml, &edited).expect("edit hoshi.yaml");
    let before = snapshot(&client);

    let out = init(&client);
    assert_eq!(out.status.code(), Some(0), "second init: {out:?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("hoshi.yaml"),
        "names the kept file: {stdout}"
    );
    assert!(out.stderr.is_empty(), "{out:?}");
    assert_eq!(snapshot(&client), before, "init changed an existing file");
}

/// Regression: `init` refused to run in a repository that GitHub created with a README.
#[test]
fn init_keeps_a_users_readme_and_writes_the_rest() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let client = tmp.path().join("client");
    fs::create_dir(&client).expect("client folder");
    let readme = "# 私たちのリポジトリ\n\nこの README は利用者が書いたものです。\n";
    fs::write(client.join("README.md"), readme).expect("write README.md");
    let ignore = "target/\n";
    fs::write(client.join(".gitignore"), ignore).expect("write .gitignore");

    let out = init(&client);
    assert_eq!(out.status.code(), Some(0), "init over a README: {out:?}");
    let after = snapshot(&client);
    assert_eq!(after[Path::new("README.md")], readme.as_bytes());
    assert!(after.contains_key(Path::new("hoshi.yaml")));
    assert!(after.contains_key(Path::new(".vscode/extensions.json")));
    // The user's lines stay first and whole; hoshi's output folder is added.
    let merged = String::from_utf8_lossy(&after[Path::new(".gitignore")]).into_owned();
    assert!(merged.starts_with(ignore), "{merged}");
    assert!(merged.contains("\n/_site/\n"), "{merged}");
}
