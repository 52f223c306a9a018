//! The integration tests, in one binary: one module per area, sharing `common`.
//!
//! `cargo test --test it` runs them all; `cargo test --test it cli::` (or `git::`,
//! `yaml_suite::` …) one area. Data for the tests lives beside this folder: `tests/cases/`
//! (CLI cases, see `cli.rs`), `tests/git/` (git fixture scripts), `tests/fixtures/`,
//! `tests/schema-samples/` and `tests/yaml-test-suite/`.

mod common;

mod checkers;
mod ci;
mod cli;
mod color;
mod conditions;
mod crlf;
mod digest;
mod docs;
mod evidence_add;
mod first_use;
mod generated;
mod git;
mod help_ja;
mod hostile;
mod init;
mod installer;
mod packet;
mod portfolio;
mod robustness;
mod schema_cmd;
mod scs;
mod sheet;
mod site;
mod spans;
mod status_contract;
mod texts;
mod wheel;
mod wording_corpus;
mod workflows;
mod yaml_suite;

/// With `autotests = false`, a test file that is not a module here would never run: every
/// `.rs` file under `tests/` is in `tests/it/` and declared above.
#[test]
fn every_test_file_is_a_module_of_this_binary() {
    fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("read folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let tests = common::root().join("tests");
    let mut files = Vec::new();
    rust_files(&tests, &mut files);
    let main = std::fs::read_to_string(tests.join("it/main.rs")).expect("main.rs");
    let mut orphans: Vec<String> = files
        .iter()
        .map(|p| {
            p.strip_prefix(&tests)
                .expect("inside")
                .display()
                .to_string()
        })
        .filter(|rel| {
            let module = rel
                .strip_prefix("it/")
                .and_then(|m| m.strip_suffix(".rs"))
                .filter(|m| !m.contains('/'));
            match module {
                Some("main") => false,
                Some(m) => !main.lines().any(|l| l.trim() == format!("mod {m};")),
                None => true,
            }
        })
        .collect();
    orphans.sort();
    assert_eq!(
        orphans,
        Vec::<String>::new(),
        "move these into tests/it/ and declare them with `mod NAME;` in tests/it/main.rs"
    );
}
