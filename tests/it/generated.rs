//! Generated artefacts are committed and guarded: the man pages in `docs/man/` (Japanese in
//! `docs/man/ja/`), the shell completions in `completions/` (Japanese descriptions in
//! `completions/ja/`) and the client workflow in
//! `example-repo/.github/workflows/hoshi.yml` must be what the code generates now, and
//! `assets/generated/` the JSON of the data in `assets/`.
//! After changing the CLI (or `assets/init/workflow.yml`, or that data), rewrite them with
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
            // A folder is another language's pages, guarded on its own.
            if entry.path().is_dir() {
                continue;
            }
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
            "hoshi-evidence-update.1",
            "hoshi-evidence-check.1",
            "hoshi-evidence-list.1",
            "hoshi-portfolio.1",
            "hoshi-ci.1",
            "hoshi-site.1",
            "hoshi-sheet.1",
            "hoshi-sheet-export.1",
            "hoshi-sheet-import.1",
            "hoshi-scs.1",
            "hoshi-scs-suggest.1",
            "hoshi-schema.1",
            "hoshi-completions.1",
            "hoshi-man.1",
        ]
    );
    assert_no_drift(guard(&common::root().join("docs/man"), &pages, true));
}

/// The variables hoshi reads, which every man page lists under ENVIRONMENT.
const ENVIRONMENT: [&str; 6] = [
    "HOSHI_LANG",
    "HOSHI_TODAY",
    "NO_COLOR",
    "CLICOLOR_FORCE",
    "GITHUB_ACTIONS",
    "GITHUB_STEP_SUMMARY",
];

/// The pages a page refers to (`hoshi\-status(1)`), as file names.
fn referenced_pages(page: &str) -> Vec<String> {
    page.lines()
        .filter_map(|l| l.strip_suffix("(1)"))
        .filter(|l| l.starts_with("hoshi\\-"))
        .map(|l| format!("{}.1", l.replace("\\-", "-")))
        .collect()
}

#[test]
fn japanese_man_pages_are_current() {
    let pages = hoshi::cli::man::pages_in(hoshi::lang::Lang::Ja);
    let english = hoshi::cli::man::pages();
    let names = |p: &[(String, String)]| p.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(
        names(&pages),
        names(&english),
        "a Japanese page for every page"
    );
    for (name, page) in &pages {
        for section in [
            ".SH 名前",
            ".SH 書式",
            ".SH 終了ステータス",
            ".SH 環境変数",
            ".SH ファイル",
            ".SH 例",
        ] {
            assert!(page.contains(section), "{name} has {section}");
        }
        for var in ENVIRONMENT {
            assert!(page.contains(var), "{name} names {var}");
        }
    }
    for lang in [&pages, &english] {
        for (name, page) in lang.iter() {
            for seen in referenced_pages(page) {
                assert!(
                    lang.iter().any(|(n, _)| *n == seen),
                    "{name} refers to {seen}, which is not a page"
                );
            }
        }
    }
    let main = &pages
        .iter()
        .find(|(n, _)| n == "hoshi.1")
        .expect("hoshi.1")
        .1;
    assert!(
        main.contains("自己宣言") && main.contains(".SH 例"),
        "{main}"
    );
    for (name, page) in &english {
        for section in [
            ".SH \"EXIT STATUS\"",
            ".SH ENVIRONMENT",
            ".SH FILES",
            ".SH EXAMPLES",
        ] {
            assert!(page.contains(section), "{name} has {section}");
        }
        for var in ENVIRONMENT {
            assert!(page.contains(var), "{name} names {var}");
        }
    }
    assert_no_drift(guard(&common::root().join("docs/man/ja"), &pages, true));
}

#[test]
fn japanese_shell_completions_are_current() {
    let scripts: Vec<_> = hoshi::cli::completions::shells()
        .iter()
        .map(|s| hoshi::cli::completions::script_in(*s, hoshi::lang::Lang::Ja))
        .collect();
    let fish = &scripts
        .iter()
        .find(|(n, _)| n == "hoshi.fish")
        .expect("fish")
        .1;
    assert!(
        fish.contains("検査します"),
        "fish shows Japanese descriptions: {fish}"
    );
    assert_no_drift(guard(
        &common::root().join("completions/ja"),
        &scripts,
        true,
    ));
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
    // Japanese by default (no --lang, no HOSHI_LANG, no hoshi.yaml here); English asked for.
    for (args, page) in [
        (&["man", "validate"][..], "docs/man/ja/hoshi-validate.1"),
        (
            &["man", "validate", "--lang", "en"][..],
            "docs/man/hoshi-validate.1",
        ),
    ] {
        let out = common::hoshi().args(args).output().expect("run hoshi man");
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let committed = fs::read_to_string(common::root().join(page)).expect("page");
        assert!(
            String::from_utf8_lossy(&out.stdout) == committed,
            "hoshi {args:?} is not {page}"
        );
    }
    let out = common::hoshi()
        .args(["man", "no-such-command", "--lang", "en"])
        .output()
        .expect("run hoshi man");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "hoshi: error: no command named \"no-such-command\" (one of: init, validate, status, diff, review, history, evidence, evidence add, evidence update, evidence check, evidence list, portfolio, ci, site, sheet, sheet export, sheet import, scs, scs suggest, schema, completions, man)\n"
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

/// The data hoshi carries is written as YAML in `assets/` and embedded as JSON made from
/// it, which parses many times faster at start-up: each JSON file must hold what its YAML
/// says.
#[test]
fn embedded_data_is_its_yaml_as_json() {
    let root = common::root();
    let want: Vec<(String, String)> = [
        ("catalogue", "assets/catalogue.yaml"),
        ("levels", "assets/levels.yaml"),
        ("vocabulary", "assets/vocabulary.yaml"),
        ("scs-2026-03", "assets/scs/scs-2026-03.yaml"),
        ("crosswalk", "assets/scs/crosswalk.yaml"),
    ]
    .into_iter()
    .map(|(name, yaml)| {
        let bytes = fs::read(root.join(yaml)).expect("read the YAML");
        let loaded = hoshi::load::yaml::load(&bytes);
        assert!(loaded.problems.is_empty(), "{yaml}: {:?}", loaded.problems);
        let value = loaded.document.expect("a document").value;
        let json = serde_json::to_string(&value).expect("JSON");
        (format!("{name}.json"), format!("{json}\n"))
    })
    .collect();
    assert_no_drift(guard(&root.join("assets/generated"), &want, true));
}
