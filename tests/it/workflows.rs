//! The GitHub Actions side: the workflows, the composite action and the client workflow
//! `hoshi init` writes.
//!
//! - With the checkers (`scripts/checkers/check-workflows.sh`: SchemaStore's schemas,
//!   actionlint twice, yamllint; and shellcheck for the scripts), every workflow and
//!   `action.yml` passes them. `scripts/checkers/install.sh` installs them; without them
//!   these checks are skipped with a note, unless `HOSHI_REQUIRE_CHECKERS` is set (`.ci/run`
//!   sets it). `HOSHI_CHECKERS_DIR` names another folder of check scripts.
//! - Always: the client workflow keeps its contract (pull requests check, pushes to main
//!   publish with least permissions) and the release builds what the action downloads.
//!   The action's installer is tested in `tests/it/installer.rs`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::{hoshi, root};
use serde_json::Value;

/// The checkers' folder, or `None` (skipped) when they are not installed.
fn checkers() -> Option<PathBuf> {
    let dir = std::env::var_os("HOSHI_CHECKERS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("scripts/checkers"));
    let prefix = std::env::var_os("CHECKERS_PREFIX")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/opt/checkers"));
    let present = dir.join("check-workflows.sh").is_file()
        && prefix.join("bin/actionlint").is_file()
        && prefix.join("bin/check-jsonschema").is_file();
    if present {
        return Some(dir);
    }
    assert!(
        std::env::var_os("HOSHI_REQUIRE_CHECKERS").is_none(),
        "the workflow checkers are required (HOSHI_REQUIRE_CHECKERS) but {} or {} is missing",
        dir.join("check-workflows.sh").display(),
        prefix.join("bin").display()
    );
    eprintln!("note: check-workflows.sh not found; workflow checkers skipped");
    None
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// `hoshi init` into `dir/client`; returns the client folder.
fn init_client(dir: &Path) -> PathBuf {
    let client = dir.join("client");
    let out = hoshi()
        .args(["init", "--quiet", "--name", "株式会社テスト"])
        .arg(&client)
        .env("HOSHI_TODAY", "2026-11-26")
        .output()
        .expect("run hoshi init");
    assert!(out.status.success(), "init: {}", text(&out));
    client
}

fn load_yaml(path: &Path) -> Value {
    let bytes = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let loaded = hoshi::load::yaml::load(&bytes);
    assert!(
        loaded.problems.is_empty(),
        "{}: {:?}",
        path.display(),
        loaded.problems
    );
    loaded.document.expect("a document").value
}

fn project_workflows() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(root().join(".github/workflows"))
        .expect(".github/workflows")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "yml" || x == "yaml"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_workflow_and_the_action_pass_the_shared_checkers() {
    let Some(dir) = checkers() else { return };
    let tmp = tempfile::tempdir().expect("temp dir");
    let client = init_client(tmp.path());
    let mut files = project_workflows();
    files.push(root().join("action.yml"));
    files.push(root().join("example-repo/.github/workflows/hoshi.yml"));
    files.push(client.join(hoshi::write::scaffold::WORKFLOW));
    let out = crate::common::shell("bash")
        .arg(dir.join("check-workflows.sh"))
        .args(&files)
        .current_dir(root())
        .output()
        .expect("run check-workflows.sh");
    let report = text(&out);
    assert!(out.status.success(), "check-workflows.sh failed:\n{report}");
    let checked = format!("{} workflow(s), 1 action file(s): PASS", files.len() - 1);
    assert!(
        report.contains(&checked),
        "not every file was checked:\n{report}"
    );
}

#[test]
fn the_scripts_and_the_hooks_file_pass_the_shared_checkers() {
    let Some(dir) = checkers() else { return };
    let out = Command::new("shellcheck")
        .args([
            "scripts/install-hoshi.sh",
            "scripts/package-release.sh",
            "scripts/checkers/install.sh",
            ".ci/run",
        ])
        .current_dir(root())
        .output()
        .expect("shellcheck is installed with the checkers");
    assert!(out.status.success(), "shellcheck:\n{}", text(&out));
    let prefix = std::env::var_os("CHECKERS_PREFIX")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/opt/checkers"));
    let out = Command::new(prefix.join("bin/yamllint"))
        .arg("-s")
        .arg("-c")
        .arg(dir.join("yamllint-workflows.yaml"))
        .arg(".pre-commit-hooks.yaml")
        .current_dir(root())
        .output()
        .expect("run yamllint");
    assert!(out.status.success(), "yamllint:\n{}", text(&out));
}

/// The steps of a job, and the `run:` commands among them.
fn steps<'a>(workflow: &'a Value, job: &str) -> &'a Vec<Value> {
    workflow["jobs"][job]["steps"]
        .as_array()
        .unwrap_or_else(|| panic!("job {job} has steps"))
}

fn step_using<'a>(steps: &'a [Value], action: &str) -> &'a Value {
    steps
        .iter()
        .find(|s| s["uses"].as_str().is_some_and(|u| u.starts_with(action)))
        .unwrap_or_else(|| panic!("a step uses {action}"))
}

#[test]
fn the_client_workflow_checks_pull_requests_and_publishes_main_with_least_privilege() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let client = init_client(tmp.path());
    let written =
        fs::read_to_string(client.join(hoshi::write::scaffold::WORKFLOW)).expect("workflow");
    assert_eq!(
        written,
        hoshi::write::scaffold::workflow(),
        "init writes the workflow"
    );
    let wf = load_yaml(&client.join(hoshi::write::scaffold::WORKFLOW));

    assert!(wf["on"]["pull_request"].is_null() && wf["on"].get("pull_request").is_some());
    assert_eq!(wf["on"]["push"]["branches"], serde_json::json!(["main"]));
    assert_eq!(wf["permissions"], serde_json::json!({"contents": "read"}));

    let check = steps(&wf, "check");
    let checkout = step_using(check, "actions/checkout@");
    assert_eq!(
        checkout["with"]["fetch-depth"], 0,
        "the diff needs the review tags"
    );
    assert_eq!(checkout["with"]["persist-credentials"], false);
    step_using(check, hoshi::write::scaffold::HOSHI_ACTION);
    let runs: Vec<&str> = check.iter().filter_map(|s| s["run"].as_str()).collect();
    assert_eq!(
        runs,
        ["hoshi ci --out _site", "hoshi site --out _audience"],
        "hoshi ci does the work; the site for site.audience is built beside it"
    );
    // Regression (issue 11, item 9): only the public build reaches Pages; the build for
    // site.audience (partners, internal) travels as an artifact only.
    let artifacts: Vec<&serde_json::Value> = check
        .iter()
        .filter(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("actions/upload-artifact@"))
        })
        .collect();
    assert_eq!(
        artifacts
            .iter()
            .map(|s| s["with"]["path"].as_str().unwrap_or_default())
            .collect::<Vec<_>>(),
        ["_audience", "${{ runner.temp }}/hoshi/report.md"]
    );
    let upload = step_using(check, "actions/upload-pages-artifact@");
    assert_eq!(
        upload["with"]["path"], "_site",
        "uploads what hoshi ci built"
    );
    assert_eq!(upload["if"], "github.event_name == 'push'");
    assert!(wf["jobs"]["check"].get("permissions").is_none());

    let deploy = &wf["jobs"]["deploy"];
    assert_eq!(deploy["if"], "github.event_name == 'push'");
    assert_eq!(deploy["needs"], "check");
    assert_eq!(
        deploy["permissions"],
        serde_json::json!({"pages": "write", "id-token": "write"}),
        "only the deploy job may write, and only to Pages"
    );
    assert_eq!(deploy["environment"]["name"], "github-pages");
    assert_eq!(
        deploy["environment"]["url"],
        "${{ steps.deployment.outputs.page_url }}"
    );
    assert_eq!(deploy["concurrency"]["group"], "pages");
    let deploy_step = step_using(steps(&wf, "deploy"), "actions/deploy-pages@");
    assert_eq!(deploy_step["id"], "deployment");
}

#[test]
fn the_action_reference_names_this_major_version() {
    let major = env!("CARGO_PKG_VERSION_MAJOR");
    assert!(
        hoshi::write::scaffold::HOSHI_ACTION.ends_with(&format!("/hoshi@v{major}")),
        "{}",
        hoshi::write::scaffold::HOSHI_ACTION
    );
    let readme = fs::read_to_string(root().join("README.md")).expect("README");
    assert!(
        readme.contains(&format!("uses: {}", hoshi::write::scaffold::HOSHI_ACTION)),
        "README.md shows the action reference init writes"
    );
    let action = load_yaml(&root().join("action.yml"));
    assert_eq!(action["runs"]["using"], "composite");
    // Empty: install what the ref the action is used at pins (tests/installer.rs).
    assert_eq!(action["inputs"]["version"]["default"], "");
}

#[test]
fn the_release_builds_every_target_the_action_downloads() {
    let release = load_yaml(&root().join(".github/workflows/release.yml"));
    let built: Vec<&str> = release["jobs"]["build"]["strategy"]["matrix"]["include"]
        .as_array()
        .expect("a build matrix")
        .iter()
        .filter_map(|m| m["target"].as_str())
        .collect();
    let installer = fs::read_to_string(root().join("scripts/install-hoshi.sh")).expect("script");
    // The `case` in the installer that maps the runner to a target: `target=NAME`.
    let downloaded: Vec<&str> = installer
        .lines()
        .filter_map(|l| l.split_once("target=")?.1.split([' ', ';']).next())
        .filter(|t| !t.is_empty())
        .collect();
    let mut a = built.clone();
    let mut b = downloaded.clone();
    a.sort_unstable();
    b.sort_unstable();
    assert_eq!(
        a, b,
        "release.yml builds {built:?}, the action downloads {downloaded:?}"
    );
    // Linux, macOS and Windows.
    assert_eq!(
        a,
        [
            "aarch64-apple-darwin",
            "aarch64-unknown-linux-gnu",
            "x86_64-apple-darwin",
            "x86_64-pc-windows-msvc",
            "x86_64-unknown-linux-gnu",
        ]
    );
    // Least privilege: only the job that publishes may write.
    assert_eq!(
        release["permissions"],
        serde_json::json!({"contents": "read"})
    );
    for (name, job) in release["jobs"].as_object().expect("jobs") {
        let writes = job["permissions"]["contents"] == "write";
        assert_eq!(writes, name == "release", "{name}: {}", job["permissions"]);
    }
}

#[test]
fn the_pre_commit_hook_validates_the_client_files() {
    let hooks = load_yaml(&root().join(".pre-commit-hooks.yaml"));
    let hook = hooks
        .as_array()
        .and_then(|h| h.iter().find(|h| h["id"] == "hoshi-validate"))
        .expect("a hoshi-validate hook");
    assert_eq!(hook["entry"], "hoshi validate");
    assert_eq!(hook["pass_filenames"], false);
    // The five client files and the evidence folder, in the client root or a subfolder.
    assert_eq!(
        hook["files"],
        "(^|/)((hoshi|principles|diagnosis|policy|evidence)\\.yaml|evidence/.+)$"
    );
}

/// Runs the client workflow's `run:` steps as GitHub would, in a fresh `hoshi init` client
/// that is a git repository: the done-when of issue 5 ("a client repository made by `init`
/// deploys its site from the generated workflow unchanged").
#[test]
fn the_generated_workflow_runs_in_a_fresh_client() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let client = init_client(tmp.path());
    let git = |args: &[&str]| {
        let out = Command::new("git")
            .args(args)
            .current_dir(&client)
            .env("GIT_AUTHOR_DATE", "2026-11-26T09:00:00+09:00")
            .env("GIT_COMMITTER_DATE", "2026-11-26T09:00:00+09:00")
            .output()
            .expect("run git");
        assert!(out.status.success(), "git {args:?}: {}", text(&out));
    };
    git(&["init", "--quiet", "--initial-branch", "main"]);
    git(&["add", "."]);
    git(&[
        "-c",
        "user.name=test",
        "-c",
        "user.email=test@example.invalid",
        "commit",
        "--quiet",
        "--message",
        "init",
    ]);
    let wf = load_yaml(&client.join(hoshi::write::scaffold::WORKFLOW));
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_hoshi"))
        .parent()
        .expect("bin folder")
        .to_owned();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let summary = tmp.path().join("summary.md");
    fs::write(&summary, "").expect("summary");
    for run in steps(&wf, "check").iter().filter_map(|s| s["run"].as_str()) {
        let out = crate::common::shell("bash")
            .args(["-eo", "pipefail", "-c", run])
            .current_dir(&client)
            .env("PATH", &path)
            .env("GITHUB_ACTIONS", "true")
            .env("GITHUB_STEP_SUMMARY", &summary)
            .env("HOSHI_TODAY", "2026-11-26")
            .env("NO_COLOR", "1")
            .env_remove("HOSHI_LANG")
            .output()
            .expect("run step");
        assert!(out.status.success(), "`{run}`: {}", text(&out));
    }
    let upload = step_using(steps(&wf, "check"), "actions/upload-pages-artifact@");
    let site = client.join(upload["with"]["path"].as_str().expect("path"));
    assert!(
        site.join("index.html").is_file(),
        "no site at {}",
        site.display()
    );
    // The job summary: the client's status, then the diff (no review yet).
    let summary = fs::read_to_string(&summary).expect("summary");
    assert!(
        summary.starts_with("## SECURITY ACTION — 株式会社テスト\n"),
        "{summary}"
    );
    assert!(
        summary
            .lines()
            .any(|l| l == "### 自社診断  0 / 100 点  早急な対策が必要です（49 点以下）"),
        "{summary}"
    );
    let diff = summary
        .find("\n## まだ見直しの記録")
        .map(|at| &summary[at + 1..]);
    assert_eq!(
        diff,
        Some(
            "## まだ見直しの記録（レビュータグ）がありません。すべてが新規です → 作業フォルダ（2026-11-26）\n\n\
             判定 星なし、0 点。回答 0 問、基本方針 5 節、証跡 0 件、指摘 14 件\n\n\
             最初の見直しを `hoshi review --reviewer 名前` で記録すると、以後はその時点との差を示します\n"
        )
    );
}

/// The project's CI: the tests on Linux, macOS and Windows (the browser-only tools on Linux
/// only), a build on the MSRV that Cargo.toml names, and the checkers from this repository's
/// own script, which `.ci/run` uses too.
#[test]
fn ci_tests_three_systems_and_the_msrv_with_the_checkers_of_this_repository() {
    let ci = load_yaml(&root().join(".github/workflows/ci.yml"));
    let matrix = ci["jobs"]["test"]["strategy"]["matrix"]["include"]
        .as_array()
        .expect("a matrix");
    let systems: Vec<(&str, &str)> = matrix
        .iter()
        .map(|m| {
            (
                m["os"].as_str().expect("os"),
                m["checkers"].as_str().expect("checkers"),
            )
        })
        .collect();
    assert_eq!(
        systems,
        [
            ("ubuntu-latest", ""),
            ("macos-latest", "--no-browser"),
            ("windows-latest", "--no-browser")
        ]
    );
    assert_eq!(ci["jobs"]["test"]["strategy"]["fail-fast"], false);
    assert_eq!(ci["jobs"]["test"]["env"]["HOSHI_REQUIRE_CHECKERS"], "1");
    let test = steps(&ci, "test");
    let runs: Vec<&str> = test.iter().filter_map(|s| s["run"].as_str()).collect();
    assert!(
        runs.iter()
            .any(|r| r.contains("bash scripts/checkers/install.sh $CHECKERS")),
        "{runs:?}"
    );
    assert!(runs.contains(&"cargo test --locked"), "{runs:?}");
    // Every test step runs on every system: none is limited to one.
    let tests = test
        .iter()
        .find(|s| s["run"] == "cargo test --locked")
        .expect("the test step");
    assert!(tests.get("if").is_none(), "{tests}");

    let cargo = fs::read_to_string(root().join("Cargo.toml")).expect("Cargo.toml");
    let msrv = cargo
        .lines()
        .find_map(|l| l.strip_prefix("rust-version = \""))
        .and_then(|v| v.strip_suffix('"'))
        .expect("rust-version in Cargo.toml");
    assert!(msrv.split('.').all(|n| n.parse::<u32>().is_ok()), "{msrv}");
    let msrv_runs: Vec<&str> = steps(&ci, "msrv")
        .iter()
        .filter_map(|s| s["run"].as_str())
        .collect();
    assert!(
        msrv_runs.iter().any(|r| r.contains("s/^rust-version = ")
            && r.contains("rustup toolchain install \"$msrv\"")),
        "the MSRV job installs the toolchain Cargo.toml names: {msrv_runs:?}"
    );
    assert!(
        msrv_runs.contains(&"cargo \"+$MSRV\" build --locked"),
        "{msrv_runs:?}"
    );

    let local = fs::read_to_string(root().join(".ci/run")).expect(".ci/run");
    assert!(
        local.contains("bash scripts/checkers/install.sh"),
        "{local}"
    );
    assert!(!local.contains("../shared"), "{local}");
}

/// The value of `key = "…"` in a section of Cargo.toml.
fn cargo_value(cargo: &str, section: &str, key: &str) -> Option<String> {
    let mut inside = false;
    for line in cargo.lines() {
        if line.starts_with('[') {
            inside = line.trim() == format!("[{section}]");
            continue;
        }
        if inside && let Some(rest) = line.strip_prefix(&format!("{key} = ")) {
            return Some(rest.trim().trim_matches('"').to_owned());
        }
    }
    None
}

/// The package says what it is and under which licences (both files are there), and
/// `cargo binstall` finds the archive `scripts/package-release.sh` makes for every target the
/// release builds, with the binary where `bin-dir` says.
#[cfg(unix)]
#[test]
fn the_package_metadata_and_binstall_match_the_release_archives() {
    let cargo = fs::read_to_string(root().join("Cargo.toml")).expect("Cargo.toml");
    for key in [
        "description",
        "license",
        "repository",
        "homepage",
        "keywords",
        "categories",
        "readme",
        "rust-version",
    ] {
        assert!(
            cargo_value(&cargo, "package", key).is_some_and(|v| !v.is_empty()),
            "Cargo.toml has no {key}"
        );
    }
    assert_eq!(
        cargo_value(&cargo, "package", "license").as_deref(),
        Some("MIT OR Apache-2.0")
    );
    for file in ["LICENSE-MIT", "LICENSE-APACHE", "THIRD-PARTY-NOTICES.md"] {
        assert!(root().join(file).is_file(), "{file}");
    }
    let notices = fs::read_to_string(root().join("THIRD-PARTY-NOTICES.md")).expect("notices");
    assert!(notices.contains("linking exception"), "{notices}");

    let binstall = "package.metadata.binstall";
    let url = cargo_value(&cargo, binstall, "pkg-url").expect("pkg-url");
    let bin_dir = cargo_value(&cargo, binstall, "bin-dir").expect("bin-dir");
    assert_eq!(
        cargo_value(&cargo, binstall, "pkg-fmt").as_deref(),
        Some("tgz")
    );
    assert_eq!(
        cargo_value(
            &cargo,
            &format!("{binstall}.overrides.x86_64-pc-windows-msvc"),
            "pkg-fmt"
        )
        .as_deref(),
        Some("zip")
    );
    let repo = cargo_value(&cargo, "package", "repository").expect("repository");
    let version = env!("CARGO_PKG_VERSION");
    let release = load_yaml(&root().join(".github/workflows/release.yml"));
    let targets: Vec<&str> = release["jobs"]["build"]["strategy"]["matrix"]["include"]
        .as_array()
        .expect("a build matrix")
        .iter()
        .filter_map(|m| m["target"].as_str())
        .collect();
    let tmp = tempfile::tempdir().expect("tmp");
    let fake = tmp.path().join("hoshi");
    fs::write(&fake, "#!/bin/sh\necho hoshi\n").expect("binary");
    for target in targets {
        let windows = target.contains("windows");
        let (suffix, ext) = if windows {
            (".zip", ".exe")
        } else {
            (".tar.gz", "")
        };
        let expand = |t: &str| {
            t.replace("{ repo }", &repo)
                .replace("{ version }", version)
                .replace("{ target }", target)
                .replace("{ archive-suffix }", suffix)
                .replace("{ bin }", "hoshi")
                .replace("{ binary-ext }", ext)
        };
        let asset = expand(&url);
        let prefix = format!("{repo}/releases/download/v{version}/");
        let name = asset
            .strip_prefix(&prefix)
            .unwrap_or_else(|| panic!("{asset} is not a release download of v{version}"));
        assert_eq!(name, format!("hoshi-{target}{suffix}"));
        if windows {
            // The zip is made with zip or 7z, which this system may not have; the name and
            // the layout are those of the tar archives.
            continue;
        }
        let dist = tmp.path().join(target);
        let out = crate::common::shell("bash")
            .arg(root().join("scripts/package-release.sh"))
            .arg(target)
            .arg(&fake)
            .env("DIST_DIR", &dist)
            .output()
            .expect("package-release.sh");
        assert!(out.status.success(), "{}", text(&out));
        assert!(dist.join(name).is_file(), "no {name} in the release");
        assert!(
            dist.join(format!("{name}.sha256")).is_file(),
            "{name}.sha256"
        );
        let listing = Command::new("tar")
            .arg("-tzf")
            .arg(dist.join(name))
            .output()
            .expect("tar");
        let listing = String::from_utf8_lossy(&listing.stdout);
        assert!(
            listing.lines().any(|l| l == expand(&bin_dir)),
            "{} not in {name}:\n{listing}",
            expand(&bin_dir)
        );
    }
}
