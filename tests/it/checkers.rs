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

#[test]
fn samples_agree_with_the_independent_validator_and_hoshi_rejects_every_bad_one() {
    let samples = samples();
    assert!(samples.iter().filter(|s| !s.1).count() >= 40);
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
        let located = report["findings"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|f| {
                f["severity"] == "error"
                    && f["file"] == format!("{kind}.yaml")
                    && f["line"].is_u64()
            });
        assert!(located, "{name}: no located error in {kind}.yaml: {report}");
    }
}
