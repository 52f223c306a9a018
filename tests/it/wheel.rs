//! The Python wheel and the pre-commit hook: maturin (from PyPI, installed by
//! `scripts/checkers/install.sh`) builds the hoshi-cli wheel from this checkout
//! (`python/hoshi-cli`, `bindings = "bin"`), a fresh venv installs it, and pre-commit runs
//! the hook against a client with a mistake: `git commit` is blocked with the located
//! message, and goes through once the mistake is fixed. `pre-commit try-repo` runs the
//! hooks of `.pre-commit-hooks.yaml` (the `language: python` hook installs the root
//! shim package, which pulls the wheel). pip is offline throughout: `--no-index` with the
//! wheel folder as its only source.
//!
//! Without maturin and pre-commit (on PATH or in `$CHECKERS_PREFIX/bin`) the tests are
//! skipped with a note, unless `HOSHI_REQUIRE_CHECKERS` is set.

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use crate::common::root;

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn prefix() -> PathBuf {
    std::env::var_os("CHECKERS_PREFIX")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/opt/checkers"))
}

/// A tool on PATH, else in the checkers' prefix.
fn tool(name: &str) -> Option<PathBuf> {
    let exe = format!("{name}{}", std::env::consts::EXE_SUFFIX);
    std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .chain([prefix().join("bin")])
        .map(|d| d.join(&exe))
        .find(|p| p.is_file())
}

struct Tools {
    maturin: PathBuf,
    pre_commit: PathBuf,
    /// Wheels pip may install from: the hoshi-cli wheel and what wheels.lock downloaded.
    wheels: PathBuf,
}

fn tools() -> Option<Tools> {
    let found = (tool("maturin"), tool("pre-commit"));
    let wheels = prefix().join("wheels");
    let setuptools = fs::read_dir(&wheels)
        .into_iter()
        .flatten()
        .flatten()
        .any(|e| e.file_name().to_string_lossy().starts_with("setuptools-"));
    if let (Some(maturin), Some(pre_commit)) = found
        && setuptools
    {
        return Some(Tools {
            maturin,
            pre_commit,
            wheels,
        });
    }
    assert!(
        std::env::var_os("HOSHI_REQUIRE_CHECKERS").is_none(),
        "maturin, pre-commit and {}/setuptools-*.whl are required (HOSHI_REQUIRE_CHECKERS); \
         run scripts/checkers/install.sh",
        wheels.display()
    );
    eprintln!("note: maturin or pre-commit not installed; wheel and pre-commit tests skipped");
    None
}

/// Builds the wheel once per test run (into `target/wheel/`, a cargo target folder of its
/// own: the one `cargo test` holds is locked while the tests run). A quick build of the
/// same code: the dev profile without debug information, and stripped, so the build, the
/// wheel and each of the three environments it is installed into are a fraction of the
/// size of a debug build.
fn wheel_dir(tools: &Tools) -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let out = root().join("target/wheel/dist");
        let _ = fs::remove_dir_all(&out);
        let run = Command::new(&tools.maturin)
            .args(["build", "--profile", "dev", "--strip", "--quiet", "--out"])
            .arg(&out)
            .current_dir(root().join("python/hoshi-cli"))
            .env("CARGO_TARGET_DIR", root().join("target/wheel"))
            .env("CARGO_PROFILE_DEV_DEBUG", "0")
            .output()
            .expect("run maturin");
        assert!(run.status.success(), "maturin build: {}", text(&run));
        for entry in fs::read_dir(&tools.wheels).expect("wheels") {
            let entry = entry.expect("entry");
            if entry.file_name().to_string_lossy().ends_with(".whl") {
                fs::copy(entry.path(), out.join(entry.file_name())).expect("copy wheel");
            }
        }
        out
    })
}

fn venv_bin(venv: &Path) -> PathBuf {
    if cfg!(windows) {
        venv.join("Scripts")
    } else {
        venv.join("bin")
    }
}

fn python() -> &'static str {
    if cfg!(windows) { "python" } else { "python3" }
}

/// pip never reaches an index: the wheel folder is all there is.
fn offline_pip(cmd: &mut Command, wheels: &Path) {
    cmd.env("PIP_NO_INDEX", "1")
        .env("PIP_FIND_LINKS", wheels)
        .env("PIP_DISABLE_PIP_VERSION_CHECK", "1");
}

fn wheel_version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

#[test]
fn the_wheel_installs_hoshi_into_a_fresh_venv() {
    let Some(tools) = tools() else { return };
    let wheels = wheel_dir(&tools);
    let names: Vec<String> = fs::read_dir(wheels)
        .expect("dist")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    let wheel = format!("hoshi_cli-{}-py3-none-", wheel_version());
    assert!(
        names
            .iter()
            .any(|n| n.starts_with(&wheel) && n.ends_with(".whl")),
        "{names:?}"
    );
    let tmp = tempfile::tempdir().expect("tmp");
    let venv = tmp.path().join("venv");
    let out = Command::new(python())
        .args(["-m", "venv"])
        .arg(&venv)
        .output()
        .expect("python -m venv");
    assert!(out.status.success(), "venv: {}", text(&out));
    let mut pip = Command::new(venv_bin(&venv).join("python"));
    pip.args(["-m", "pip", "install", "--quiet"])
        .arg(format!("hoshi-cli=={}", wheel_version()));
    offline_pip(&mut pip, wheels);
    let out = pip.output().expect("pip install");
    assert!(out.status.success(), "pip install: {}", text(&out));
    let hoshi = venv_bin(&venv).join(format!("hoshi{}", std::env::consts::EXE_SUFFIX));
    let out = Command::new(&hoshi)
        .arg("--version")
        .output()
        .expect("run the wheel's hoshi");
    assert_eq!(text(&out).trim(), format!("hoshi {}", wheel_version()));
    let out = Command::new(&hoshi)
        .args(["validate", "--lang", "en", "--repo"])
        .arg(root().join("example-repo"))
        .env("NO_COLOR", "1")
        .output()
        .expect("run the wheel's hoshi");
    assert!(out.status.success(), "{}", text(&out));
}

/// A client from `hoshi init` in a fresh git repository, with `organization.name` misspelt.
fn client_with_a_mistake(dir: &Path) -> PathBuf {
    let client = dir.join("client");
    let out = crate::common::hoshi()
        .args(["init", "--quiet", "--name", "株式会社テスト"])
        .arg(&client)
        .output()
        .expect("hoshi init");
    assert!(out.status.success(), "{}", text(&out));
    let hoshi_yaml = client.join("hoshi.yaml");
    let body = fs::read_to_string(&hoshi_yaml).expect("hoshi.yaml");
    assert!(body.contains("\n  name: "), "{body}");
    fs::write(&hoshi_yaml, body.replacen("\n  name: ", "\n  nmae: ", 1)).expect("write");
    git(&client, &["init", "--quiet", "--initial-branch", "main"]);
    client
}

fn git(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .args([
            "-c",
            "user.name=test",
            "-c",
            "user.email=test@example.invalid",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run git")
}

/// The line `hoshi init` writes for `organization.name`, where the mistake is.
fn mistake_line(client: &Path) -> usize {
    fs::read_to_string(client.join("hoshi.yaml"))
        .expect("hoshi.yaml")
        .lines()
        .position(|l| l.starts_with("  nmae: "))
        .expect("the misspelt key")
        + 1
}

fn pre_commit(tools: &Tools, client: &Path, home: &Path, path: &OsString) -> Command {
    let mut cmd = Command::new(&tools.pre_commit);
    cmd.current_dir(client)
        .env("PRE_COMMIT_HOME", home)
        .env("PATH", path)
        .env("NO_COLOR", "1")
        .env_remove("HOSHI_LANG");
    offline_pip(&mut cmd, wheel_dir(tools));
    cmd
}

#[test]
fn the_python_hook_blocks_a_commit_with_the_located_message() {
    let Some(tools) = tools() else { return };
    let wheels = wheel_dir(&tools);
    let tmp = tempfile::tempdir().expect("tmp");
    let client = client_with_a_mistake(tmp.path());
    let line = mistake_line(&client);
    fs::write(
        client.join(".pre-commit-config.yaml"),
        format!(
            "repos:\n  - repo: local\n    hooks:\n      - id: hoshi-validate\n        \
             name: hoshi validate\n        entry: hoshi validate\n        language: python\n        \
             additional_dependencies: [hoshi-cli=={}]\n        pass_filenames: false\n",
            wheel_version()
        ),
    )
    .expect("config");
    // No hoshi on PATH: the hook must bring its own.
    let path = std::env::join_paths(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()).filter(|d| {
            !d.join(format!("hoshi{}", std::env::consts::EXE_SUFFIX))
                .exists()
        }),
    )
    .expect("PATH");
    let home = tmp.path().join("pre-commit-home");
    let out = pre_commit(&tools, &client, &home, &path)
        .arg("install")
        .output()
        .expect("pre-commit install");
    assert!(out.status.success(), "pre-commit install: {}", text(&out));

    let started = std::time::Instant::now();
    let add = git(&client, &["add", "--all"]);
    assert!(add.status.success(), "{}", text(&add));
    let mut commit = Command::new("git");
    commit
        .args([
            "-c",
            "user.name=test",
            "-c",
            "user.email=test@example.invalid",
            "commit",
            "--quiet",
            "--message",
            "a client with a typo",
        ])
        .current_dir(&client)
        .env("PRE_COMMIT_HOME", &home)
        .env("PATH", &path)
        .env("NO_COLOR", "1")
        .env_remove("HOSHI_LANG");
    offline_pip(&mut commit, wheels);
    let out = commit.output().expect("git commit");
    let log = text(&out);
    assert!(!out.status.success(), "the commit went through: {log}");
    assert!(
        log.contains("hoshi validate") && log.contains("Failed"),
        "{log}"
    );
    assert!(log.contains("unknown-key"), "{log}");
    assert!(
        log.contains(&format!("--> hoshi.yaml:{line}:3")),
        "no located message for line {line}: {log}"
    );
    assert!(log.contains("「name」"), "no hint: {log}");
    let head = git(&client, &["rev-parse", "--verify", "--quiet", "HEAD"]);
    assert!(!head.status.success(), "a commit was made");
    eprintln!(
        "pre-commit: installed the hook environment and ran in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    // Fixed, the same commit goes through.
    let hoshi_yaml = client.join("hoshi.yaml");
    let body = fs::read_to_string(&hoshi_yaml).expect("hoshi.yaml");
    fs::write(&hoshi_yaml, body.replacen("\n  nmae: ", "\n  name: ", 1)).expect("fix");
    let add = git(&client, &["add", "--all"]);
    assert!(add.status.success(), "{}", text(&add));
    let out = commit.output().expect("git commit");
    assert!(out.status.success(), "the fixed commit: {}", text(&out));
    assert!(text(&out).contains("Passed"), "{}", text(&out));
}

#[test]
fn try_repo_runs_the_published_hooks() {
    let Some(tools) = tools() else { return };
    let tmp = tempfile::tempdir().expect("tmp");
    let client = client_with_a_mistake(tmp.path());
    let line = mistake_line(&client);
    let add = git(&client, &["add", "--all"]);
    assert!(add.status.success(), "{}", text(&add));
    let home = tmp.path().join("pre-commit-home");
    let path = std::env::var_os("PATH").unwrap_or_default();
    // The `language: python` hook installs this repository (the shim in pyproject.toml),
    // which depends on the hoshi-cli wheel of the same version.
    let out = pre_commit(&tools, &client, &home, &path)
        .arg("try-repo")
        .arg(root())
        .args(["hoshi-validate", "--all-files"])
        .output()
        .expect("pre-commit try-repo");
    let log = text(&out);
    assert_eq!(out.status.code(), Some(1), "{log}");
    assert!(
        log.contains(&format!("--> hoshi.yaml:{line}:3")) && log.contains("unknown-key"),
        "{log}"
    );

    // The system hook runs the hoshi on PATH: the one under test.
    let bin = Path::new(env!("CARGO_BIN_EXE_hoshi"))
        .parent()
        .expect("bin folder")
        .to_owned();
    let path =
        std::env::join_paths([bin].into_iter().chain(std::env::split_paths(&path))).expect("PATH");
    let out = pre_commit(&tools, &client, &home, &path)
        .arg("try-repo")
        .arg(root())
        .args(["hoshi-validate-system", "--all-files"])
        .output()
        .expect("pre-commit try-repo");
    let log = text(&out);
    assert_eq!(out.status.code(), Some(1), "{log}");
    assert!(log.contains(&format!("--> hoshi.yaml:{line}:3")), "{log}");
}

#[test]
fn the_python_packages_have_the_crate_version() {
    let version = env!("CARGO_PKG_VERSION");
    let shim = fs::read_to_string(root().join("pyproject.toml")).expect("pyproject.toml");
    assert!(
        shim.contains(&format!("\nversion = \"{version}\"\n")),
        "pyproject.toml has the version of Cargo.toml ({version})"
    );
    assert!(
        shim.contains(&format!("dependencies = [\"hoshi-cli=={version}\"]")),
        "the shim depends on the wheel of the same version ({version})"
    );
    let wheel = fs::read_to_string(root().join("python/hoshi-cli/pyproject.toml"))
        .expect("python/hoshi-cli/pyproject.toml");
    assert!(wheel.contains("bindings = \"bin\""), "{wheel}");
    assert!(wheel.contains("dynamic = [\"version\"]"), "{wheel}");
    assert!(
        wheel.contains("manifest-path = \"../../Cargo.toml\""),
        "{wheel}"
    );
}

#[test]
fn the_release_builds_a_wheel_for_every_binary_target() {
    let bytes = fs::read(root().join(".github/workflows/release.yml")).expect("release.yml");
    let release = hoshi::load::yaml::load(&bytes)
        .document
        .expect("a document")
        .value;
    let build = &release["jobs"]["build"];
    let steps = build["steps"].as_array().expect("steps");
    let wheel = steps
        .iter()
        .find(|s| s["run"].as_str().is_some_and(|r| r.contains("maturin")))
        .expect("a step builds the wheel");
    assert_eq!(wheel["working-directory"], "python/hoshi-cli");
    assert_eq!(wheel["env"]["TARGET"], "${{ matrix.target }}");
    let run = wheel["run"].as_str().expect("run");
    assert!(
        run.contains("--target \"$TARGET\"") && run.contains("--locked"),
        "{run}"
    );
    assert!(run.contains("maturin==1.16.0"), "maturin is pinned: {run}");
    // The wheels travel with the archives: one artifact per target of the same matrix.
    let upload = steps
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("actions/upload-artifact@"))
        })
        .expect("an upload");
    let paths = upload["with"]["path"].as_str().expect("path");
    assert!(paths.contains("hoshi_cli-*.whl"), "{paths}");
    let pypi = &release["jobs"]["pypi"];
    assert_eq!(pypi["needs"], "release");
    assert_eq!(
        pypi["permissions"],
        serde_json::json!({"id-token": "write"})
    );
}
