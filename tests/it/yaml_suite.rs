//! Every input of the YAML test suite (tests/yaml-test-suite, MIT, copied from
//! yaml/yaml-test-suite) fed as each of the five client files: hoshi never panics and
//! always answers with a located error (exit 1) or a clear failure (exit 2).


use std::fs;
use std::path::PathBuf;
use std::sync::Mutex;

use crate::common::{copy_dir, hoshi, root};

const FILES: [&str; 5] = [
    "hoshi.yaml",
    "principles.yaml",
    "diagnosis.yaml",
    "policy.yaml",
    "evidence.yaml",
];
/// Findings about a whole file carry no line.
const WHOLE_FILE: [&str; 3] = ["empty-file", "file-too-large", "missing-file"];

#[test]
fn every_suite_input_as_every_file_gets_a_located_answer() {
    let mut inputs: Vec<PathBuf> = fs::read_dir(root().join("tests/yaml-test-suite/inputs"))
        .expect("suite inputs")
        .map(|e| e.expect("entry").path())
        .collect();
    inputs.sort();
    assert_eq!(inputs.len(), 402);
    let jobs: Vec<(PathBuf, &str)> = inputs
        .iter()
        .flat_map(|i| FILES.iter().map(move |f| (i.clone(), *f)))
        .collect();
    let jobs = Mutex::new(jobs);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                let tmp = tempfile::tempdir().expect("temp dir");
                let client = tmp.path().join("client");
                copy_dir(&root().join("example-repo"), &client);
                loop {
                    let Some((input, file)) = jobs.lock().expect("jobs").pop() else {
                        break;
                    };
                    let original = fs::read(client.join(file)).expect("original");
                    fs::copy(&input, client.join(file)).expect("copy input");
                    let out = hoshi()
                        .args(["validate", "--format", "json", "--repo"])
                        .arg(&client)
                        .output()
                        .expect("run hoshi");
                    fs::write(client.join(file), original).expect("restore");
                    let name = format!(
                        "{} as {file}",
                        input.file_name().unwrap_or_default().to_string_lossy()
                    );
                    if let Some(problem) = judge(&out, file) {
                        failures
                            .lock()
                            .expect("failures")
                            .push(format!("{name}: {problem}"));
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().expect("failures");
    assert!(
        failures.is_empty(),
        "{} failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn judge(out: &std::process::Output, file: &str) -> Option<String> {
    let stderr = String::from_utf8_lossy(&out.stderr);
    match out.status.code() {
        Some(1) => {}
        Some(2) if !stderr.trim().is_empty() && !stderr.contains("panicked") => return None,
        other => return Some(format!("exit {other:?}, stderr: {stderr}")),
    }
    let report: serde_json::Value = match serde_json::from_slice(&out.stdout) {
        Ok(v) => v,
        Err(e) => return Some(format!("stdout is not JSON: {e}")),
    };
    let errors: Vec<_> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["severity"] == "error" && f["file"] == file)
        .collect();
    if errors.is_empty() {
        return Some(format!("exit 1 without an error in {file}: {report}"));
    }
    errors
        .iter()
        .find(|f| !f["line"].is_u64() && !WHOLE_FILE.iter().any(|c| f["code"] == *c))
        .map(|f| format!("unlocated finding: {f}"))
}
