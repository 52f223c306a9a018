//! The GitHub Actions side: the workflows, the composite action and the client workflow
//! `hoshi init` writes.
//!
//! - With the shared checkers (`check-workflows.sh`: SchemaStore's schemas, actionlint twice,
//!   yamllint; and shellcheck for the scripts), every workflow and `action.yml` passes them.
//!   The folder comes from `HOSHI_CHECKERS_DIR`, else `../shared/checkers` beside the
//!   repository; without them these checks are skipped with a note, unless
//!   `HOSHI_REQUIRE_CHECKERS` is set (`.ci/run` sets both).
//! - Always: the client workflow keeps its contract (pull requests check, pushes to main
//!   publish with least permissions), the release builds what the action downloads, and
//!   the action's installer verifies, installs and falls back as it says (with a local
//!   `file://` release and a stand-in `cargo`).

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{hoshi, root};
use serde_json::Value;

/// The shared checkers' folder, or `None` (skipped) when they are not installed.
fn checkers() -> Option<PathBuf> {
    let dir = std::env::var_os("HOSHI_CHECKERS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/checkers"));
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
    let out = Command::new("bash")
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
        .args(["scripts/install-hoshi.sh", "scripts/package-release.sh"])
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
    assert_eq!(action["inputs"]["version"]["default"], "latest");
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
    assert!(a.len() >= 5, "Linux, macOS and Windows: {a:?}");
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
    let files = hook["files"].as_str().expect("files");
    for kind in ["hoshi", "principles", "diagnosis", "policy", "evidence"] {
        assert!(files.contains(kind), "{files} names {kind}.yaml");
    }
}

/// A local release of the debug binary, laid out like GitHub's download URLs, and the
/// installer run against it with a stand-in `cargo` that records how it was called.
#[cfg(unix)]
mod installer {
    use super::*;

    const TARGET: &str = "x86_64-unknown-linux-gnu";

    fn have(tool: &str) -> bool {
        Command::new(tool).arg("--version").output().is_ok()
    }

    /// Packages the binary with scripts/package-release.sh into `releases/download/v9.9.9/`
    /// and `releases/latest/download/`.
    fn release(tmp: &Path) -> PathBuf {
        let releases = tmp.join("releases");
        let dist = releases.join("download/v9.9.9");
        let out = Command::new("bash")
            .arg(root().join("scripts/package-release.sh"))
            .arg(TARGET)
            .arg(env!("CARGO_BIN_EXE_hoshi"))
            .env("DIST_DIR", &dist)
            .output()
            .expect("run package-release.sh");
        assert!(out.status.success(), "package: {}", text(&out));
        let latest = releases.join("latest/download");
        fs::create_dir_all(&latest).expect("latest");
        for entry in fs::read_dir(&dist).expect("dist") {
            let entry = entry.expect("entry");
            fs::copy(entry.path(), latest.join(entry.file_name())).expect("copy");
        }
        releases
    }

    struct Run {
        out: Output,
        root: PathBuf,
        path_file: String,
        output_file: String,
        cargo_args: Option<String>,
    }

    fn install(tmp: &Path, releases: &Path, envs: &[(&str, &str)]) -> Run {
        let runner_temp = tmp.join("runner");
        fs::create_dir_all(&runner_temp).expect("runner temp");
        // A stand-in cargo: records its arguments, "builds" a hoshi that prints a version.
        let fake = tmp.join("fake-bin");
        fs::create_dir_all(&fake).expect("fake bin");
        let cargo = fake.join("cargo");
        fs::write(
            &cargo,
            format!(
                "#!/usr/bin/env bash\necho \"$*\" > '{}'\nroot=\"$4\"\nmkdir -p \"$root/bin\"\n\
                 printf '#!/bin/sh\\necho hoshi 1.2.3\\n' > \"$root/bin/hoshi\"\nchmod +x \"$root/bin/hoshi\"\n",
                tmp.join("cargo-args").display()
            ),
        )
        .expect("write fake cargo");
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&cargo, fs::Permissions::from_mode(0o755)).expect("chmod");
        let path = format!(
            "{}:{}",
            fake.display(),
            std::env::var("PATH").unwrap_or_default()
        );
        let mut cmd = Command::new("bash");
        cmd.arg(root().join("scripts/install-hoshi.sh"))
            .env("PATH", path)
            .env("HOSHI_REPO", "someone/hoshi")
            .env("HOSHI_VERSION", "latest")
            .env(
                "HOSHI_RELEASES_URL",
                format!("file://{}", releases.display()),
            )
            .env("RUNNER_OS", "Linux")
            .env("RUNNER_ARCH", "X64")
            .env("RUNNER_TEMP", &runner_temp)
            .env("GITHUB_PATH", tmp.join("github-path"))
            .env("GITHUB_OUTPUT", tmp.join("github-output"))
            .env_remove("GITHUB_ACTION_PATH")
            .env_remove("GITHUB_REPOSITORY");
        for (k, v) in envs {
            cmd.env(k, v);
        }
        let out = cmd.output().expect("run install-hoshi.sh");
        Run {
            out,
            root: runner_temp.join("hoshi"),
            path_file: fs::read_to_string(tmp.join("github-path")).unwrap_or_default(),
            output_file: fs::read_to_string(tmp.join("github-output")).unwrap_or_default(),
            cargo_args: fs::read_to_string(tmp.join("cargo-args")).ok(),
        }
    }

    fn ready() -> bool {
        let ok = ["curl", "tar", "sha256sum"].iter().all(|t| have(t));
        if !ok {
            eprintln!("note: curl, tar or sha256sum missing; installer tests skipped");
        }
        ok
    }

    #[test]
    fn installs_the_release_binary_after_checking_its_sha256() {
        if !ready() {
            return;
        }
        let tmp = tempfile::tempdir().expect("temp dir");
        let releases = release(tmp.path());
        for version in ["latest", "v9.9.9", "9.9.9"] {
            let run = install(tmp.path(), &releases, &[("HOSHI_VERSION", version)]);
            let log = text(&run.out);
            assert!(run.out.status.success(), "{version}: {log}");
            assert!(log.contains("sha256 verified"), "{version}: {log}");
            let bin = run.root.join("bin");
            assert!(
                run.path_file.lines().any(|l| Path::new(l) == bin),
                "{}",
                run.path_file
            );
            let want = format!("version={}\n", env!("CARGO_PKG_VERSION"));
            assert!(run.output_file.ends_with(&want), "{}", run.output_file);
            assert!(
                run.cargo_args.is_none(),
                "{version}: built although a binary was there"
            );
            let out = Command::new(bin.join("hoshi"))
                .arg("--version")
                .output()
                .expect("run installed hoshi");
            assert!(text(&out).starts_with("hoshi "), "{}", text(&out));
            // The archive carries the man pages and completions too.
            assert!(log.contains(&format!("hoshi-{TARGET}.tar.gz")), "{log}");
        }
        let listing = Command::new("tar")
            .arg("-tzf")
            .arg(releases.join(format!("latest/download/hoshi-{TARGET}.tar.gz")))
            .output()
            .expect("tar");
        let listing = text(&listing);
        for f in [
            "hoshi",
            "README.md",
            "man/hoshi.1",
            "completions/hoshi.bash",
        ] {
            assert!(
                listing.contains(&format!("hoshi-{TARGET}/{f}")),
                "{f}: {listing}"
            );
        }
    }

    #[test]
    fn refuses_a_binary_that_does_not_match_its_sha256_and_builds_nothing() {
        if !ready() {
            return;
        }
        let tmp = tempfile::tempdir().expect("temp dir");
        let releases = release(tmp.path());
        let sum = releases.join(format!("latest/download/hoshi-{TARGET}.tar.gz.sha256"));
        fs::write(&sum, format!("{}  hoshi-{TARGET}.tar.gz\n", "0".repeat(64))).expect("tamper");
        let run = install(tmp.path(), &releases, &[]);
        let log = text(&run.out);
        assert_eq!(run.out.status.code(), Some(1), "{log}");
        assert!(
            log.contains("::error") && log.contains("does not match"),
            "{log}"
        );
        assert!(!run.root.join("bin/hoshi").exists(), "installed anyway");
        assert!(run.cargo_args.is_none(), "fell back to building: {log}");
        assert!(run.path_file.is_empty());
    }

    #[test]
    fn builds_with_cargo_from_the_action_repository_when_there_is_no_binary() {
        if !ready() {
            return;
        }
        let tmp = tempfile::tempdir().expect("temp dir");
        let empty = tmp.path().join("no-releases");
        fs::create_dir_all(&empty).expect("empty");
        // GitHub sometimes leaves github.action_repository empty in composite actions:
        // the action's checkout path names the repository too.
        let run = install(
            tmp.path(),
            &empty,
            &[
                ("HOSHI_REPO", ""),
                (
                    "GITHUB_ACTION_PATH",
                    "/opt/actions-runner/_work/_actions/someone/hoshi/v1",
                ),
                ("HOSHI_VERSION", "1.2.3"),
            ],
        );
        let log = text(&run.out);
        assert!(run.out.status.success(), "{log}");
        let root_dir = run.root.display().to_string();
        assert_eq!(
            run.cargo_args.as_deref().map(str::trim),
            Some(
                format!(
                    "install --locked --root {root_dir} --git https://github.com/someone/hoshi --tag v1.2.3 hoshi"
                )
                .as_str()
            ),
            "{log}"
        );
        assert!(
            run.output_file.contains("version=1.2.3"),
            "{}",
            run.output_file
        );

        // "latest" builds the default branch.
        let tmp = tempfile::tempdir().expect("temp dir");
        let run = install(tmp.path(), &empty, &[("HOSHI_REPO", "other/hoshi")]);
        assert!(run.out.status.success(), "{}", text(&run.out));
        let args = run.cargo_args.unwrap_or_default();
        assert!(
            args.contains("--git https://github.com/other/hoshi hoshi"),
            "{args}"
        );
        assert!(!args.contains("--tag"), "{args}");
    }

    #[test]
    fn refuses_a_version_that_is_not_a_tag() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let run = install(tmp.path(), tmp.path(), &[("HOSHI_VERSION", "v1; rm -rf /")]);
        assert_eq!(run.out.status.code(), Some(1), "{}", text(&run.out));
        assert!(
            text(&run.out).contains("version must be"),
            "{}",
            text(&run.out)
        );
        assert!(run.cargo_args.is_none());
    }
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
        let out = Command::new("bash")
            .args(["-eo", "pipefail", "-c", run])
            .current_dir(&client)
            .env("PATH", &path)
            .env("GITHUB_ACTIONS", "true")
            .env("GITHUB_STEP_SUMMARY", &summary)
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
    let summary = fs::read_to_string(&summary).expect("summary");
    assert!(!summary.trim().is_empty(), "nothing in the job summary");
}
