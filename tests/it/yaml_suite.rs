//! Every input of the YAML test suite (tests/yaml-test-suite, MIT, copied from
//! yaml/yaml-test-suite) fed as each of the five client files: hoshi never panics and
//! always answers with a located error.
//!
//! In process: the loader on each of the 402 inputs, then `hoshi::validate::validate` (what
//! `hoshi validate` calls) on example-repo with the input in place of each file, 2,010
//! clients, rendered as the command would. Through the binary: a fixed sample of 40 inputs,
//! whose `validate --format json` output must be byte for byte what the library gave.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::Mutex;

use hoshi::lang::Lang;
use hoshi::source::{EvidenceEntry, Source, WorkTree};
use hoshi::validate::Validation;

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
/// How many inputs go through the binary.
const SAMPLE: usize = 40;

/// The suite's inputs, sorted by name.
fn inputs() -> Vec<(String, Vec<u8>)> {
    let mut paths: Vec<PathBuf> = fs::read_dir(root().join("tests/yaml-test-suite/inputs"))
        .expect("suite inputs")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            (name, fs::read(&p).expect("read input"))
        })
        .collect()
}

/// example-repo, read from memory, with `bytes` in place of `file`; evidence files are the
/// real ones.
struct Swapped<'a> {
    files: &'a HashMap<&'static str, Vec<u8>>,
    evidence: &'a WorkTree,
    file: &'a str,
    bytes: &'a [u8],
}

impl Source for Swapped<'_> {
    fn read(&self, rel: &str) -> io::Result<Option<Vec<u8>>> {
        if rel == self.file {
            return Ok(Some(self.bytes.to_vec()));
        }
        Ok(self.files.get(rel).cloned())
    }
    fn evidence(&self, rel: &str) -> io::Result<EvidenceEntry> {
        self.evidence.evidence(rel)
    }
}

/// What is wrong with hoshi's answer about `file`, if anything: it must have an error in
/// that file, and every error there is located (or about the whole file).
fn judge_findings(findings: &[serde_json::Value], file: &str) -> Option<String> {
    let errors: Vec<_> = findings
        .iter()
        .filter(|f| f["severity"] == "error" && f["file"] == file)
        .collect();
    if errors.is_empty() {
        return Some(format!("no error in {file}: {findings:?}"));
    }
    errors
        .iter()
        .find(|f| !f["line"].is_u64() && !WHOLE_FILE.iter().any(|c| f["code"] == *c))
        .map(|f| format!("unlocated finding: {f}"))
}

/// Validates and renders in process, as `hoshi validate --format json --lang en` would.
fn validate_in_process(source: &Swapped) -> Result<(Validation, String), String> {
    catch_unwind(AssertUnwindSafe(|| {
        let v = hoshi::validate::validate(source).map_err(|e| format!("read error: {e:?}"))?;
        let style = hoshi::render::Style {
            lang: Lang::En,
            color: false,
            path_prefix: String::new(),
        };
        let _ = hoshi::render::validation::text(
            &v.findings,
            v.client.file_count(),
            |f| v.client.text(f),
            &style,
            false,
        );
        let json = hoshi::render::json::validation(&v, Lang::En);
        Ok((v, json))
    }))
    .unwrap_or_else(|_| Err("panicked".to_owned()))
}

fn example_files() -> HashMap<&'static str, Vec<u8>> {
    FILES
        .iter()
        .map(|f| {
            let bytes = fs::read(root().join("example-repo").join(f)).expect("example file");
            (*f, bytes)
        })
        .collect()
}

/// What the suite's manifest expects of each input (`valid` or `error`), by file name.
fn expectations() -> HashMap<String, String> {
    let manifest = fs::read_to_string(root().join("tests/yaml-test-suite/manifest.tsv"))
        .expect("manifest.tsv");
    manifest
        .lines()
        .skip(1)
        .map(|line| {
            let mut cols = line.split('\t');
            let case = cols.next().expect("case").replace('/', "-");
            let expect = cols.next().expect("expect").to_owned();
            (format!("{case}.yaml"), expect)
        })
        .collect()
}

#[test]
fn the_loader_stops_at_every_malformed_input_and_says_where() {
    let inputs = inputs();
    assert_eq!(inputs.len(), 402);
    let expect = expectations();
    let mut failures = Vec::new();
    // (what the suite expects, whether the loader gave a document, whether it had problems)
    let mut tally: BTreeMap<(&str, bool, bool), usize> = BTreeMap::new();
    for (name, bytes) in &inputs {
        let Ok(loaded) = catch_unwind(|| hoshi::load::yaml::load(bytes)) else {
            failures.push(format!("{name}: the loader panicked"));
            continue;
        };
        for p in &loaded.problems {
            if p.pos.is_none() && !WHOLE_FILE.contains(&p.code.as_str()) {
                failures.push(format!("{name}: unlocated problem {p:?}"));
            }
        }
        if loaded.document.is_none() && loaded.problems.is_empty() {
            failures.push(format!("{name}: no document and no problem"));
        }
        let expected = expect.get(name).map_or("unlisted", String::as_str);
        *tally
            .entry((
                expected,
                loaded.document.is_some(),
                !loaded.problems.is_empty(),
            ))
            .or_default() += 1;
    }
    assert_eq!(failures, Vec::<String>::new());
    // Every input the suite calls an error stops the loader; of the valid ones, 45 are what
    // the client format refuses (empty, several documents, non-scalar keys …) and one keeps
    // a document with a problem beside it (a duplicate key, 2JQS).
    assert_eq!(
        tally.into_iter().collect::<Vec<_>>(),
        [
            (("error", false, true), 94),
            (("valid", false, true), 45),
            (("valid", true, false), 262),
            (("valid", true, true), 1),
        ]
    );
}

#[test]
fn every_suite_input_as_every_file_gets_a_located_answer() {
    let inputs = inputs();
    assert_eq!(inputs.len(), 402);
    let files = example_files();
    let evidence = WorkTree::new(root().join("example-repo"));
    let jobs: Vec<(&str, &[u8], &str)> = inputs
        .iter()
        .flat_map(|(name, bytes)| FILES.iter().map(move |f| (name.as_str(), &bytes[..], *f)))
        .collect();
    assert_eq!(jobs.len(), 2010);
    let next = Mutex::new(jobs.into_iter());
    let failures = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let Some((name, bytes, file)) = next.lock().expect("jobs").next() else {
                        break;
                    };
                    let source = Swapped {
                        files: &files,
                        evidence: &evidence,
                        file,
                        bytes,
                    };
                    let problem = match validate_in_process(&source) {
                        Err(e) => Some(e),
                        Ok((v, json)) => {
                            let report: serde_json::Value =
                                serde_json::from_str(&json).expect("JSON");
                            match (v.is_valid(), report["findings"].as_array()) {
                                (true, _) => Some("valid: `hoshi validate` exits 0".to_owned()),
                                (false, Some(findings)) => judge_findings(findings, file),
                                (false, None) => Some(format!("no findings array: {report}")),
                            }
                        }
                    };
                    if let Some(problem) = problem {
                        failures
                            .lock()
                            .expect("failures")
                            .push(format!("{name} as {file}: {problem}"));
                    }
                }
            });
        }
    });
    let mut failures = failures.into_inner().expect("failures");
    failures.sort();
    assert_eq!(failures, Vec::<String>::new());
}

/// The sample through the real binary: every tenth input, as the five files in turn. Its
/// exit code is 1 and its JSON is exactly the library's.
#[test]
fn a_sample_through_the_binary_answers_as_the_library_does() {
    let inputs = inputs();
    let sample: Vec<(usize, &(String, Vec<u8>))> =
        inputs.iter().step_by(10).enumerate().take(SAMPLE).collect();
    assert_eq!(sample.len(), SAMPLE);
    let files = example_files();
    let evidence = WorkTree::new(root().join("example-repo"));
    let tmp = tempfile::tempdir().expect("temp dir");
    let client = tmp.path().join("client");
    copy_dir(&root().join("example-repo"), &client);
    let mut failures = Vec::new();
    for (i, (name, bytes)) in sample {
        let file = FILES[i % FILES.len()];
        let source = Swapped {
            files: &files,
            evidence: &evidence,
            file,
            bytes,
        };
        let (_, want) = validate_in_process(&source).expect("validates in process");
        fs::write(client.join(file), bytes).expect("write input");
        let out = hoshi()
            .args(["validate", "--format", "json", "--lang", "en", "--repo"])
            .arg(&client)
            .output()
            .expect("run hoshi");
        fs::write(client.join(file), &files[file]).expect("restore");
        let stdout = String::from_utf8_lossy(&out.stdout);
        if out.status.code() != Some(1) || stdout != want || !out.stderr.is_empty() {
            failures.push(format!(
                "{name} as {file}: exit {:?}, stderr {:?}\n--- library\n{want}--- binary\n{stdout}",
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    assert_eq!(failures, Vec::<String>::new());
}
