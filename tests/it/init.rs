//! `hoshi init` never overwrites: what it writes validates, a second run refuses and
//! leaves every byte as it was, and a folder holding a user's file is not touched.

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
fn a_second_init_refuses_and_changes_nothing() {
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
    assert_eq!(out.status.code(), Some(2), "second init: {out:?}");
    // It names every file it would have written over, and prints nothing else.
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "hoshi: エラー: 既にあるファイルは上書きしません: hoshi.yaml, principles.yaml, diagnosis.yaml, policy.yaml, evidence.yaml, README.md, .github/workflows/hoshi.yml, evidence/.gitkeep, evidence/.gitattributes, .hoshi/schema/hoshi.schema.json, .hoshi/schema/principles.schema.json, .hoshi/schema/diagnosis.schema.json, .hoshi/schema/policy.schema.json, .hoshi/schema/evidence.schema.json, .vscode/settings.json（何も書き込んでいません）\n"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
    assert_eq!(
        snapshot(&client),
        before,
        "init changed files it refused to write"
    );
}

#[test]
fn init_leaves_a_folder_with_a_users_file_alone() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let client = tmp.path().join("client");
    fs::create_dir(&client).expect("client folder");
    let readme = "# 私たちのリポジトリ\n\nこの README は利用者が書いたものです。\n";
    fs::write(client.join("README.md"), readme).expect("write README.md");

    let out = init(&client);
    assert_eq!(out.status.code(), Some(2), "init over a README: {out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "hoshi: エラー: 既にあるファイルは上書きしません: README.md（何も書き込んでいません）\n"
    );
    let after = snapshot(&client);
    assert_eq!(
        after.keys().collect::<Vec<_>>(),
        [Path::new("README.md")],
        "init created files"
    );
    assert_eq!(after[Path::new("README.md")], readme.as_bytes());
    // No folder was left behind either.
    let entries: Vec<_> = fs::read_dir(&client)
        .expect("read folder")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(entries, ["README.md"]);
}
