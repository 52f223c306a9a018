//! CLI cases as data. Each folder under `tests/cases/` is one case:
//!
//! - `cmd`: the arguments, split on whitespace (e.g. `validate --format json`)
//! - `base` (optional): the client to start from: `example` (example-repo, the default),
//!   `init` (what `hoshi init` writes) or `empty` (no files)
//! - `repo/` (optional): files copied over the base
//! - `delete` (optional): paths removed from the base, one per line
//! - `setup.sh` (optional): run with bash in the client folder before the command
//! - `env` (optional): `KEY=VALUE` lines
//! - `stdout`, `stderr` (optional) and `status`: what hoshi must print and exit with
//!
//! The command runs in the client folder with `HOSHI_TODAY=2026-11-26` and `NO_COLOR=1`.
//! `HOSHI_BLESS=1 cargo test --test cli` rewrites the expected files from what hoshi does;
//! `HOSHI_CASE=text` limits a run (and a bless) to the cases whose name contains `text`.

use crate::common;

use std::fs;
use std::path::Path;

use crate::common::{copy_dir, hoshi, run_in};

fn read(path: &Path) -> Option<String> {
    fs::read_to_string(path).ok()
}

fn prepare(case: &Path, client: &Path) {
    let base = read(&case.join("base")).unwrap_or_else(|| "example".to_owned());
    match base.trim() {
        "example" => copy_dir(&common::root().join("example-repo"), client),
        "empty" => fs::create_dir_all(client).expect("client folder"),
        "init" => {
            let out = hoshi()
                .args(["init", "--name", "株式会社テスト"])
                .arg(client)
                .env("HOSHI_TODAY", "2026-11-26")
                .output()
                .expect("run hoshi init");
            assert!(out.status.success(), "init failed: {out:?}");
        }
        other => panic!("{}: unknown base {other:?}", case.display()),
    }
    if case.join("repo").is_dir() {
        copy_dir(&case.join("repo"), client);
    }
    for line in read(&case.join("delete")).unwrap_or_default().lines() {
        let path = client.join(line.trim());
        if path.is_dir() {
            fs::remove_dir_all(&path).expect("delete folder");
        } else if !line.trim().is_empty() {
            fs::remove_file(&path).expect("delete file");
        }
    }
    if case.join("setup.sh").is_file() {
        let status = std::process::Command::new("bash")
            .arg(case.join("setup.sh"))
            .current_dir(client)
            .status()
            .expect("run setup.sh");
        assert!(status.success(), "{}: setup.sh failed", case.display());
    }
}

#[test]
fn cli_cases() {
    let bless = std::env::var_os("HOSHI_BLESS").is_some();
    let cases_dir = common::root().join("tests/cases");
    let mut cases: Vec<_> = fs::read_dir(&cases_dir)
        .expect("tests/cases")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.join("cmd").is_file())
        .filter(|p| {
            std::env::var("HOSHI_CASE").map_or(true, |only| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().contains(&only))
            })
        })
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "no cases found");
    let mut failures = Vec::new();
    for case in &cases {
        let tmp = tempfile::tempdir().expect("temp dir");
        let client = tmp.path().join("client");
        prepare(case, &client);
        let args = read(&case.join("cmd")).expect("cmd");
        let env = read(&case.join("env")).unwrap_or_default();
        let out = run_in(&client, args.split_whitespace(), env.lines());
        let tmp_str = tmp.path().to_string_lossy().into_owned();
        let clean = |b: &[u8]| String::from_utf8_lossy(b).replace(&tmp_str, "[TMP]");
        let (stdout, stderr) = (clean(&out.stdout), clean(&out.stderr));
        let status = out
            .status
            .code()
            .map_or("signal".to_owned(), |c| c.to_string());
        if bless {
            fs::write(case.join("stdout"), &stdout).expect("write stdout");
            fs::write(case.join("status"), format!("{status}\n")).expect("write status");
            if stderr.is_empty() {
                let _ = fs::remove_file(case.join("stderr"));
            } else {
                fs::write(case.join("stderr"), &stderr).expect("write stderr");
            }
            continue;
        }
        let name = case.file_name().unwrap_or_default().to_string_lossy();
        let want_status = read(&case.join("status")).unwrap_or_default();
        if want_status.trim() != status {
            failures.push(format!(
                "{name}: exit {status}, expected {}\n{stdout}{stderr}",
                want_status.trim()
            ));
        }
        let want_stdout = read(&case.join("stdout")).unwrap_or_default();
        if want_stdout != stdout {
            failures.push(format!(
                "{name}: stdout differs\n--- expected\n{want_stdout}--- actual\n{stdout}"
            ));
        }
        let want_stderr = read(&case.join("stderr")).unwrap_or_default();
        if want_stderr != stderr {
            failures.push(format!(
                "{name}: stderr differs\n--- expected\n{want_stderr}--- actual\n{stderr}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Every finding code is pinned by at least one case, with its position.
#[test]
fn every_finding_code_has_a_case() {
    let cases_dir = common::root().join("tests/cases");
    let mut outputs = String::new();
    for entry in fs::read_dir(cases_dir).expect("tests/cases") {
        outputs.push_str(&read(&entry.expect("entry").path().join("stdout")).unwrap_or_default());
    }
    let missing: Vec<_> = hoshi::finding::Code::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| {
            ![
                format!("[{c}]"),
                format!("\"code\": \"{c}\""),
                format!("hoshi {c}"),
            ]
            .iter()
            .any(|p| outputs.contains(p.as_str()))
        })
        .collect();
    assert!(missing.is_empty(), "codes without a case: {missing:?}");
}

/// Every finding code is documented in docs/findings.md.
#[test]
fn every_finding_code_is_documented() {
    let doc = read(&common::root().join("docs/findings.md")).expect("docs/findings.md");
    let missing: Vec<_> = hoshi::finding::Code::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| !doc.contains(&format!("`{c}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "codes missing from docs/findings.md: {missing:?}"
    );
}
