//! Generated artefacts are committed and guarded: the man pages in `docs/man/`, the shell
//! completions in `completions/` and the client workflow in
//! `example-repo/.github/workflows/hoshi.yml` must be what the code generates now.
//! After changing the CLI (or `assets/init/workflow.yml`), rewrite them with
//! `HOSHI_BLESS=1 cargo test --test generated` and commit the result.

use crate::common;

use std::fs;
use std::path::Path;

/// Compares (or, with `HOSHI_BLESS`, writes) `want` under `dir`; with `exclusive`, a file in
/// `dir` that is not generated any more is drift too (and is removed when blessing).
fn guard(dir: &Path, want: &[(String, String)], exclusive: bool) -> Vec<String> {
    let bless = std::env::var_os("HOSHI_BLESS").is_some();
    let mut drift = Vec::new();
    if bless {
        fs::create_dir_all(dir).expect("create folder");
    }
    for (name, body) in want {
        let path = dir.join(name);
        if fs::read_to_string(&path).ok().as_deref() != Some(body.as_str()) {
            if bless {
                fs::write(&path, body).expect("write generated file");
            } else {
                drift.push(format!(
                    "{} differs from what hoshi generates",
                    path.display()
                ));
            }
        }
    }
    if exclusive {
        for entry in fs::read_dir(dir).into_iter().flatten() {
            let entry = entry.expect("entry");
            let name = entry.file_name().to_string_lossy().into_owned();
            if !want.iter().any(|(n, _)| *n == name) {
                if bless {
                    fs::remove_file(entry.path()).expect("remove stale file");
                } else {
                    drift.push(format!("{} is no longer generated", entry.path().display()));
                }
            }
        }
    }
    drift
}

fn assert_no_drift(drift: Vec<String>) {
    assert!(
        drift.is_empty(),
        "generated files are out of date (rewrite them with \
         `HOSHI_BLESS=1 cargo test --test generated`):\n{}",
        drift.join("\n")
    );
}

#[test]
fn man_pages_are_current() {
    let pages = hoshi::cli::man::pages();
    assert!(
        pages.iter().any(|(n, _)| n == "hoshi.1") && pages.iter().any(|(n, _)| n == "hoshi-init.1"),
        "a page for hoshi and for each command: {:?}",
        pages.iter().map(|(n, _)| n).collect::<Vec<_>>()
    );
    assert_no_drift(guard(&common::root().join("docs/man"), &pages, true));
}

#[test]
fn shell_completions_are_current() {
    let scripts: Vec<_> = hoshi::cli::completions::shells()
        .iter()
        .map(|s| hoshi::cli::completions::script(*s))
        .collect();
    for name in ["hoshi.bash", "_hoshi", "hoshi.fish", "_hoshi.ps1"] {
        assert!(
            scripts
                .iter()
                .any(|(n, body)| n == name && body.contains("validate")),
            "{name} completes the commands"
        );
    }
    assert_no_drift(guard(&common::root().join("completions"), &scripts, true));
}

#[test]
fn the_example_workflow_is_what_init_writes() {
    let workflow = hoshi::init::workflow();
    let (dir, file) = hoshi::init::WORKFLOW.rsplit_once('/').expect("a folder");
    assert_no_drift(guard(
        &common::root().join("example-repo").join(dir),
        &[(file.to_owned(), workflow)],
        false,
    ));
}

#[test]
fn the_man_command_prints_the_committed_pages() {
    let out = common::hoshi()
        .args(["man", "validate"])
        .output()
        .expect("run hoshi man");
    assert!(out.status.success(), "{out:?}");
    let page = String::from_utf8_lossy(&out.stdout);
    assert!(
        page.starts_with(".ie") && page.contains(".TH hoshi-validate 1"),
        "{page}"
    );
    let out = common::hoshi()
        .args(["man", "no-such-command", "--lang", "en"])
        .output()
        .expect("run hoshi man");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("no command named") && stderr.contains("validate"),
        "{stderr}"
    );
}

#[test]
fn the_completions_command_prints_a_script() {
    let out = common::hoshi()
        .args(["completions", "bash"])
        .output()
        .expect("run hoshi completions");
    assert!(out.status.success(), "{out:?}");
    let script = String::from_utf8_lossy(&out.stdout);
    assert!(script.contains("complete -F _hoshi"), "{script}");
}
