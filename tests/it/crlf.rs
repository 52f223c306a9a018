//! A CRLF checkout, as git on Windows makes one (`core.autocrlf=true`): the client's YAML
//! arrives with CRLF line ends and must still validate, and the evidence files must arrive
//! byte for byte (the `evidence/.gitattributes` that `hoshi init` writes), or every sha256
//! in evidence.yaml would fail.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn git(dir: &Path, args: &[&str]) -> Output {
    let out = Command::new("git")
        .args([
            "-c",
            "user.name=test",
            "-c",
            "user.email=test@example.invalid",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .expect("run git");
    assert!(out.status.success(), "git {args:?}: {out:?}");
    out
}

fn hoshi_in(dir: &Path, args: &[&str]) -> Output {
    crate::common::hoshi()
        .args(args)
        .args(["--lang", "en"])
        .current_dir(dir)
        .env("HOSHI_TODAY", "2026-11-26")
        .output()
        .expect("run hoshi")
}

#[test]
fn a_crlf_checkout_keeps_the_evidence_hashes() {
    let tmp = tempfile::tempdir().expect("tmp");
    let client = tmp.path().join("client");
    let out = crate::common::hoshi()
        .args(["init", "--quiet", "--name", "株式会社テスト"])
        .arg(&client)
        .env("HOSHI_TODAY", "2026-11-26")
        .output()
        .expect("init");
    assert!(out.status.success(), "{out:?}");
    fs::write(client.join("evidence/note.txt"), "一行目\n二行目\n").expect("evidence");
    let out = hoshi_in(
        &client,
        &[
            "evidence",
            "add",
            "evidence/note.txt",
            "--id",
            "EV-001",
            "--title",
            "メモ",
        ],
    );
    assert!(out.status.success(), "{out:?}");
    git(&client, &["init", "--quiet", "--initial-branch", "main"]);
    git(&client, &["add", "--all"]);
    git(&client, &["commit", "--quiet", "--message", "client"]);

    let clone = tmp.path().join("clone");
    git(
        tmp.path(),
        &[
            "clone",
            "--quiet",
            "--config",
            "core.autocrlf=true",
            "client",
            "clone",
        ],
    );
    // The checkout really is CRLF for the YAML, and byte for byte for the evidence.
    let yaml = fs::read(clone.join("hoshi.yaml")).expect("hoshi.yaml");
    assert!(
        yaml.windows(2).any(|w| w == b"\r\n"),
        "git did not convert hoshi.yaml"
    );
    assert_eq!(
        fs::read(clone.join("evidence/note.txt")).expect("note"),
        "一行目\n二行目\n".as_bytes()
    );
    let out = hoshi_in(&clone, &["validate"]);
    assert!(out.status.success(), "validate on CRLF: {out:?}");
    let out = hoshi_in(&clone, &["evidence", "check"]);
    assert!(out.status.success(), "evidence check on CRLF: {out:?}");

    // Without the attributes file the same checkout breaks the hash: the test above is
    // what keeps it from breaking.
    let bare = tmp.path().join("bare");
    fs::create_dir_all(&bare).expect("mkdir");
    crate::common::copy_dir(&client, &bare);
    fs::remove_dir_all(bare.join(".git")).expect("rm .git");
    fs::remove_file(bare.join("evidence/.gitattributes")).expect("rm attributes");
    git(&bare, &["init", "--quiet", "--initial-branch", "main"]);
    git(&bare, &["add", "--all"]);
    git(&bare, &["commit", "--quiet", "--message", "client"]);
    git(
        tmp.path(),
        &[
            "clone",
            "--quiet",
            "--config",
            "core.autocrlf=true",
            "bare",
            "bare-clone",
        ],
    );
    let out = hoshi_in(&tmp.path().join("bare-clone"), &["evidence", "check"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("evidence-hash-mismatch"),
        "{out:?}"
    );
}

/// A mistake in a CRLF file is located as in the LF file: the same line and columns, the
/// source line shown without its `\r`, and the whole key underlined.
#[test]
fn a_mistake_in_a_crlf_file_is_located_as_in_an_lf_file() {
    let tmp = tempfile::tempdir().expect("tmp");
    let client = tmp.path().join("client");
    let out = crate::common::hoshi()
        .args(["init", "--quiet", "--name", "株式会社テスト"])
        .arg(&client)
        .env("HOSHI_TODAY", "2026-11-26")
        .output()
        .expect("init");
    assert!(out.status.success(), "{out:?}");
    let lf = fs::read_to_string(client.join("hoshi.yaml"))
        .expect("hoshi.yaml")
        .replacen("\n  name: ", "\n  nmae: ", 1);
    let line = lf
        .lines()
        .position(|l| l.starts_with("  nmae: "))
        .expect("the misspelt key")
        + 1;
    let mut seen = Vec::new();
    for body in [lf.clone(), lf.replace('\n', "\r\n")] {
        fs::write(client.join("hoshi.yaml"), &body).expect("write");
        let text = hoshi_in(&client, &["validate"]);
        assert_eq!(text.status.code(), Some(1), "{text:?}");
        let shown = String::from_utf8(text.stdout).expect("UTF-8");
        assert!(!shown.contains('\r'), "a \\r reached the output: {shown:?}");
        assert!(
            shown.contains(&format!("--> hoshi.yaml:{line}:3\n")),
            "{shown}"
        );
        assert!(
            shown.contains(&format!("{line} |   nmae: \"株式会社テスト\"")),
            "{shown}"
        );
        let json = hoshi_in(&client, &["validate", "--format", "json"]);
        let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
        let finding = report["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .find(|f| f["code"] == "unknown-key")
            .expect("unknown-key")
            .clone();
        assert_eq!(
            (
                &finding["line"],
                &finding["column"],
                &finding["end_line"],
                &finding["end_column"]
            ),
            (
                &serde_json::json!(line),
                &serde_json::json!(3),
                &serde_json::json!(line),
                &serde_json::json!(7)
            ),
            "{finding}"
        );
        seen.push(shown);
    }
    assert_eq!(seen[0], seen[1], "CRLF changed what validate says");
}

fn digest(dir: &Path) -> String {
    let out = hoshi_in(dir, &["status", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    report["digest"].as_str().expect("digest").to_owned()
}

/// What docs/site.md says about the digest on Windows: a CRLF checkout gives another digest
/// than the committed files, and `*.yaml text eol=lf` in `.gitattributes` gives the same.
#[test]
fn the_digest_of_a_crlf_checkout_and_the_attribute_that_keeps_it() {
    let tmp = tempfile::tempdir().expect("tmp");
    let client = tmp.path().join("client");
    let out = crate::common::hoshi()
        .args(["init", "--quiet", "--name", "株式会社テスト"])
        .arg(&client)
        .env("HOSHI_TODAY", "2026-11-26")
        .output()
        .expect("init");
    assert!(out.status.success(), "{out:?}");
    git(&client, &["init", "--quiet", "--initial-branch", "main"]);
    git(&client, &["add", "--all"]);
    git(&client, &["commit", "--quiet", "--message", "client"]);
    let committed = digest(&client);
    let clone = |name: &str| {
        git(
            tmp.path(),
            &[
                "clone",
                "--quiet",
                "--config",
                "core.autocrlf=true",
                "client",
                name,
            ],
        );
        tmp.path().join(name)
    };
    assert_ne!(
        digest(&clone("crlf")),
        committed,
        "the CRLF bytes are hashed"
    );
    fs::write(client.join(".gitattributes"), "*.yaml text eol=lf\n").expect("attributes");
    git(&client, &["add", "--all"]);
    git(
        &client,
        &["commit", "--quiet", "--message", "LF for the YAML"],
    );
    let kept = clone("kept");
    assert!(
        !fs::read(kept.join("hoshi.yaml"))
            .expect("hoshi.yaml")
            .contains(&b'\r'),
        "eol=lf keeps LF"
    );
    assert_eq!(digest(&kept), committed);
}
