//! Generated artefacts are committed and guarded: the man pages in `docs/man/`, the shell
//! completions in `completions/` and the client workflow in
//! `example-repo/.github/workflows/hoshi.yml` must be what the code generates now.
//! After changing the CLI (or `assets/init/workflow.yml`), rewrite them with
//! `HOSHI_BLESS=1 cargo test --test it generated::` and commit the result.

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
         `HOSHI_BLESS=1 cargo test --test it generated::`):\n{}",
        drift.join("\n")
    );
}

#[test]
fn man_pages_are_current() {
    let pages = hoshi::cli::man::pages();
    // A page for hoshi and one for each command.
    assert_eq!(
        pages.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
        [
            "hoshi.1",
            "hoshi-init.1",
            "hoshi-validate.1",
            "hoshi-status.1",
            "hoshi-diff.1",
            "hoshi-review.1",
            "hoshi-history.1",
            "hoshi-evidence.1",
            "hoshi-evidence-add.1",
            "hoshi-evidence-check.1",
            "hoshi-evidence-list.1",
            "hoshi-portfolio.1",
            "hoshi-ci.1",
            "hoshi-site.1",
            "hoshi-sheet.1",
            "hoshi-sheet-export.1",
            "hoshi-sheet-import.1",
            "hoshi-schema.1",
            "hoshi-completions.1",
            "hoshi-man.1",
        ]
    );
    assert_no_drift(guard(&common::root().join("docs/man"), &pages, true));
}

#[test]
fn shell_completions_are_current() {
    let scripts: Vec<_> = hoshi::cli::completions::shells()
        .iter()
        .map(|s| hoshi::cli::completions::script(*s))
        .collect();
    assert_eq!(
        scripts.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
        [
            "hoshi.bash",
            "hoshi.elv",
            "hoshi.fish",
            "_hoshi.ps1",
            "_hoshi"
        ]
    );
    for (name, body) in &scripts {
        assert!(body.contains("validate"), "{name} completes the commands");
    }
    assert_no_drift(guard(&common::root().join("completions"), &scripts, true));
}

#[test]
fn the_example_workflow_is_what_init_writes() {
    let workflow = hoshi::write::scaffold::workflow();
    let (dir, file) = hoshi::write::scaffold::WORKFLOW
        .rsplit_once('/')
        .expect("a folder");
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
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let committed =
        fs::read_to_string(common::root().join("docs/man/hoshi-validate.1")).expect("page");
    assert!(
        String::from_utf8_lossy(&out.stdout) == committed,
        "hoshi man validate is not docs/man/hoshi-validate.1"
    );
    let out = common::hoshi()
        .args(["man", "no-such-command", "--lang", "en"])
        .output()
        .expect("run hoshi man");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "hoshi: error: no command named \"no-such-command\" (one of: init, validate, status, diff, review, history, evidence, evidence add, evidence check, evidence list, portfolio, ci, site, sheet, sheet export, sheet import, schema, completions, man)\n"
    );
}

#[test]
fn the_completions_command_prints_a_script() {
    let out = common::hoshi()
        .args(["completions", "bash"])
        .output()
        .expect("run hoshi completions");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let committed =
        fs::read_to_string(common::root().join("completions/hoshi.bash")).expect("script");
    assert!(
        String::from_utf8_lossy(&out.stdout) == committed,
        "hoshi completions bash is not completions/hoshi.bash"
    );
}
