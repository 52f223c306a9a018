//! `hoshi schema --out`: never writes over a file hoshi did not write; refreshes its own.

use std::fs;
use std::path::Path;
use std::process::Output;

use crate::common::hoshi;

fn schema_out(dir: &Path) -> Output {
    hoshi()
        .args(["schema", "--out"])
        .arg(dir)
        .output()
        .expect("run hoshi schema")
}

/// Output with the temporary folder as `[TMP]`.
fn shown(bytes: &[u8], tmp: &Path) -> String {
    String::from_utf8_lossy(bytes).replace(&tmp.display().to_string(), "[TMP]")
}

const SCHEMAS: [&str; 6] = [
    "hoshi.schema.json",
    "principles.schema.json",
    "diagnosis.schema.json",
    "policy.schema.json",
    "evidence.schema.json",
    "scs.schema.json",
];

#[test]
fn refuses_to_overwrite_a_users_file() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let out_dir = tmp.path().join("out");
    fs::create_dir(&out_dir).expect("out folder");
    let users = out_dir.join("hoshi.schema.json");
    fs::write(&users, b"{}\n").expect("write user's file");

    let out = schema_out(&out_dir);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    // It names the file (the folder reads [TMP]).
    assert_eq!(
        shown(&out.stderr, tmp.path()),
        "hoshi: エラー: hoshi が書いたものではないファイルは上書きしません: [TMP]/out/hoshi.schema.json\n"
    );
    assert_eq!(fs::read(&users).expect("read user's file"), b"{}\n");
    // Nothing else was written beside it.
    let names: Vec<_> = fs::read_dir(&out_dir)
        .expect("read out")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, ["hoshi.schema.json"]);
}

#[test]
fn rewrites_its_own_output() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let out_dir = tmp.path().join("out");
    let first = schema_out(&out_dir);
    assert_eq!(first.status.code(), Some(0), "{first:?}");
    let wrote: String = SCHEMAS
        .iter()
        .map(|n| format!("書き込みました: [TMP]/out/{n}\n"))
        .collect();
    assert_eq!(shown(&first.stdout, tmp.path()), wrote);
    let written: Vec<Vec<u8>> = SCHEMAS
        .iter()
        .map(|n| fs::read(out_dir.join(n)).expect("schema written"))
        .collect();

    // Unchanged output: a second run succeeds and leaves the bytes as they were.
    let again = schema_out(&out_dir);
    assert_eq!(again.status.code(), Some(0), "{again:?}");
    assert_eq!(
        shown(&again.stdout, tmp.path()),
        "",
        "nothing was rewritten"
    );
    for (name, bytes) in SCHEMAS.iter().zip(&written) {
        assert_eq!(
            &fs::read(out_dir.join(name)).expect("read"),
            bytes,
            "{name}"
        );
    }

    // A schema of an older hoshi (still hoshi's, by its $comment) is refreshed.
    let stale = out_dir.join("policy.schema.json");
    fs::write(
        &stale,
        "{\"$comment\": \"hoshi client format version 1: policy.yaml (old)\"}\n",
    )
    .expect("write stale schema");
    let refresh = schema_out(&out_dir);
    assert_eq!(refresh.status.code(), Some(0), "{refresh:?}");
    assert_eq!(
        shown(&refresh.stdout, tmp.path()),
        "書き込みました: [TMP]/out/policy.schema.json\n"
    );
    assert_eq!(fs::read(&stale).expect("read"), written[3]);
}
