//! hoshi against an independent validator (check-jsonschema, see `.ci/run`):
//! the exported schemas pass the 2020-12 metaschema, the independent validator accepts
//! example-repo against them, and every file the schemas reject, hoshi rejects too.
//!
//! The samples in `tests/schema-samples/` are named `ok-<file>-….yaml` or
//! `bad-<file>-….yaml`, where `<file>` is one of the five client files.
//! Without check-jsonschema on PATH (or in `/opt/checkers/bin`) the parts that need it are
//! skipped with a note, unless `HOSHI_REQUIRE_CHECKERS=1` (set by `.ci/run`) makes that a
//! failure. hoshi's own half of the agreement always runs.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{copy_dir, hoshi, root};

const KINDS: [&str; 5] = ["hoshi", "principles", "diagnosis", "policy", "evidence"];

fn check_jsonschema() -> Option<PathBuf> {
    let candidates = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .chain([PathBuf::from("/opt/checkers/bin")])
        .map(|d| d.join("check-jsonschema"));
    let found = candidates.into_iter().find(|p| p.is_file());
    if found.is_none() {
        assert!(
            std::env::var_os("HOSHI_REQUIRE_CHECKERS").is_none(),
            "check-jsonschema is required (HOSHI_REQUIRE_CHECKERS) but not installed"
        );
        // Printed so a skipped half is visible in `cargo test -- --nocapture`.
        eprintln!("note: check-jsonschema not found; independent checks skipped");
    }
    found
}

fn exported_schemas(dir: &Path) -> PathBuf {
    let out = dir.join("schema");
    let status = hoshi()
        .args(["schema", "--out"])
        .arg(&out)
        .status()
        .expect("run hoshi schema");
    assert!(status.success());
    out
}

fn samples() -> Vec<(PathBuf, bool, &'static str)> {
    let mut out: Vec<_> = fs::read_dir(root().join("tests/schema-samples"))
        .expect("tests/schema-samples")
        .map(|e| e.expect("entry").path())
        .map(|p| {
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let ok = name.starts_with("ok-");
            let kind = KINDS
                .into_iter()
                .find(|k| name.split(['-', '.']).nth(1) == Some(k))
                .unwrap_or_else(|| panic!("{name}: name the file kind"));
            (p, ok, kind)
        })
        .collect();
    out.sort();
    out
}

#[test]
fn exported_schemas_pass_the_metaschema() {
    let Some(cj) = check_jsonschema() else { return };
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = exported_schemas(tmp.path());
    let files: Vec<_> = KINDS
        .iter()
        .map(|k| dir.join(format!("{k}.schema.json")))
        .collect();
    let out = Command::new(cj)
        .arg("--check-metaschema")
        .args(&files)
        .output()
        .expect("run check-jsonschema");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn independent_validator_accepts_example_repo() {
    let Some(cj) = check_jsonschema() else { return };
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = exported_schemas(tmp.path());
    for kind in KINDS {
        let out = Command::new(&cj)
            .arg("--schemafile")
            .arg(dir.join(format!("{kind}.schema.json")))
            .arg(root().join(format!("example-repo/{kind}.yaml")))
            .output()
            .expect("run check-jsonschema");
        assert!(
            out.status.success(),
            "{kind}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}

/// The files check-jsonschema rejects with hoshi's schema, by file name.
fn rejected_by_independent_validator(
    cj: &Path,
    schemas: &Path,
    kind: &str,
    files: &[&Path],
) -> Vec<String> {
    let out = Command::new(cj)
        .arg("--schemafile")
        .arg(schemas.join(format!("{kind}.schema.json")))
        .args(["-o", "json"])
        .args(files)
        .output()
        .expect("run check-jsonschema");
    let report: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("check-jsonschema JSON");
    report["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["filename"].as_str())
        .map(|f| {
            Path::new(f)
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

/// The errors hoshi finds in each bad sample, as `code:line:column`: one each, located.
const BAD_SAMPLE_ERRORS: [(&str, &str); 50] = [
    ("bad-diagnosis-action-no-what.yaml", "missing-key:6:25"),
    ("bad-diagnosis-bad-answer.yaml", "invalid-value:6:16"),
    ("bad-diagnosis-bad-set.yaml", "invalid-value:2:15"),
    ("bad-diagnosis-datetime.yaml", "invalid-date:3:14"),
    ("bad-diagnosis-empty-by.yaml", "invalid-value:4:14"),
    ("bad-diagnosis-missing-by.yaml", "missing-key:1:1"),
    ("bad-diagnosis-q26.yaml", "unknown-question:6:3"),
    ("bad-diagnosis-unknown-key.yaml", "unknown-key:6:29"),
    (
        "bad-diagnosis-unquoted-invalid-date.yaml",
        "invalid-date:3:14",
    ),
    ("bad-evidence-bad-sha.yaml", "invalid-format:3:45"),
    ("bad-evidence-bad-visibility.yaml", "invalid-value:3:90"),
    ("bad-evidence-both-validity.yaml", "conflicting-keys:3:105"),
    ("bad-evidence-both.yaml", "file-or-url:3:111"),
    ("bad-evidence-file-no-sha.yaml", "missing-key:3:5"),
    ("bad-evidence-missing-list.yaml", "missing-key:1:1"),
    ("bad-evidence-months-0.yaml", "out-of-range:3:96"),
    ("bad-evidence-neither.yaml", "file-or-url:3:5"),
    ("bad-evidence-no-collected.yaml", "missing-key:3:5"),
    ("bad-hoshi-bad-audience.yaml", "invalid-value:3:18"),
    ("bad-hoshi-bad-date.yaml", "invalid-date:3:38"),
    ("bad-hoshi-bad-email.yaml", "invalid-format:3:30"),
    ("bad-hoshi-bad-lang.yaml", "invalid-value:2:11"),
    ("bad-hoshi-bad-level.yaml", "invalid-value:3:22"),
    ("bad-hoshi-bad-tagprefix.yaml", "invalid-format:3:22"),
    ("bad-hoshi-bad-website.yaml", "url-scheme:2:34"),
    ("bad-hoshi-corpnum-short.yaml", "invalid-format:2:43"),
    ("bad-hoshi-corpnum-unquoted.yaml", "wrong-type:2:43"),
    ("bad-hoshi-decl-missing-date.yaml", "missing-key:3:1"),
    ("bad-hoshi-dup-languages.yaml", "duplicate-item:3:19"),
    ("bad-hoshi-empty-languages.yaml", "wrong-count:3:19"),
    ("bad-hoshi-empty-name.yaml", "invalid-value:2:22"),
    ("bad-hoshi-interval-0.yaml", "out-of-range:3:27"),
    ("bad-hoshi-invalid-date.yaml", "invalid-date:3:38"),
    ("bad-hoshi-missing-org.yaml", "missing-key:1:1"),
    ("bad-hoshi-rep-missing-name.yaml", "missing-key:2:25"),
    ("bad-hoshi-unknown-key.yaml", "unknown-key:2:25"),
    ("bad-hoshi-unknown-root.yaml", "unknown-key:3:1"),
    ("bad-hoshi-version-2.yaml", "unsupported-version:1:17"),
    ("bad-policy-empty-preamble.yaml", "invalid-value:3:11"),
    ("bad-policy-no-sections.yaml", "wrong-count:4:11"),
    ("bad-policy-no-signed.yaml", "missing-key:1:1"),
    ("bad-policy-pub-no-date.yaml", "missing-key:7:1"),
    ("bad-policy-rev-no-date.yaml", "missing-key:7:13"),
    ("bad-policy-section-no-body.yaml", "missing-key:4:12"),
    ("bad-principles-bad-evid.yaml", "invalid-format:3:38"),
    ("bad-principles-bad-status.yaml", "invalid-value:3:16"),
    ("bad-principles-dup-evid.yaml", "duplicate-item:3:37"),
    ("bad-principles-missing-p5.yaml", "missing-key:2:1"),
    ("bad-principles-no-status.yaml", "missing-key:3:3"),
    ("bad-principles-p6.yaml", "unknown-principle:8:3"),
];

#[test]
fn samples_agree_with_the_independent_validator_and_hoshi_rejects_every_bad_one() {
    let samples = samples();
    let bad = samples.iter().filter(|s| !s.1).count();
    assert_eq!((bad, samples.len() - bad), (50, 8), "bad and ok samples");
    if let Some(cj) = check_jsonschema() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let schemas = exported_schemas(tmp.path());
        for kind in KINDS {
            let files: Vec<&Path> = samples
                .iter()
                .filter(|s| s.2 == kind)
                .map(|s| s.0.as_path())
                .collect();
            let rejected = rejected_by_independent_validator(&cj, &schemas, kind, &files);
            for (path, ok, _) in samples.iter().filter(|s| s.2 == kind) {
                let name = path.file_name().unwrap_or_default().to_string_lossy();
                assert_eq!(
                    !rejected.iter().any(|r| *r == name),
                    *ok,
                    "{name}: check-jsonschema disagrees with the sample's name"
                );
            }
        }
    }
    for (path, ok, kind) in samples.iter().filter(|s| !s.1) {
        assert!(!ok);
        let tmp = tempfile::tempdir().expect("temp dir");
        let client = tmp.path().join("client");
        copy_dir(&root().join("example-repo"), &client);
        fs::copy(path, client.join(format!("{kind}.yaml"))).expect("copy sample");
        let out = hoshi()
            .args(["validate", "--format", "json", "--repo"])
            .arg(&client)
            .output()
            .expect("run hoshi");
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        assert_eq!(out.status.code(), Some(1), "{name}: hoshi accepted it");
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("hoshi JSON");
        let errors: Vec<String> = report["findings"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|f| f["severity"] == "error" && f["file"] == format!("{kind}.yaml"))
            .map(|f| {
                format!(
                    "{}:{}:{}",
                    f["code"].as_str().unwrap_or("?"),
                    f["line"],
                    f["column"]
                )
            })
            .collect();
        let want = BAD_SAMPLE_ERRORS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, e)| *e)
            .unwrap_or_else(|| panic!("{name}: add it to BAD_SAMPLE_ERRORS"));
        assert_eq!(errors.join(" "), want, "{name}: the errors in {kind}.yaml");
    }
}
