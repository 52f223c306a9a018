//! Helpers shared by the integration tests.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The hoshi binary, with an environment that does not leak from the developer's shell.
pub fn hoshi() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_hoshi"));
    cmd.env_remove("HOSHI_LANG")
        .env_remove("GITHUB_ACTIONS")
        .env("NO_COLOR", "1")
        .env("RUST_BACKTRACE", "0")
        // The tests' own cache folder, never the user's.
        .env(
            "HOSHI_CACHE_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("hoshi-cache"),
        );
    cmd
}

/// Runs hoshi in `dir` with `args` and `KEY=VALUE` environment lines.
pub fn run_in<'a>(
    dir: &Path,
    args: impl IntoIterator<Item = &'a str>,
    env: impl IntoIterator<Item = &'a str>,
) -> Output {
    let mut cmd = hoshi();
    cmd.current_dir(dir).env("HOSHI_TODAY", "2026-11-26");
    for line in env {
        if let Some((k, v)) = line.split_once('=') {
            cmd.env(k.trim(), v.trim());
        }
    }
    cmd.args(args).output().expect("run hoshi")
}

/// Copies a folder tree (files and folders; symlinks are copied as what they point to).
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create folder");
    for entry in fs::read_dir(from).expect("read folder") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}

/// `bash` (or `sh`) from PATH. On Windows, Git's: a program name alone would find
/// `C:\Windows\System32\bash.exe` (WSL) first, because Windows looks in its system folder
/// before PATH.
pub fn shell(name: &str) -> Command {
    if cfg!(windows) {
        let system = std::env::var_os("SystemRoot").map(PathBuf::from);
        let found = std::env::var_os("PATH")
            .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
            .unwrap_or_default()
            .into_iter()
            .filter(|d| system.as_ref().is_none_or(|s| !d.starts_with(s)))
            .map(|d| d.join(format!("{name}.exe")))
            .find(|p| p.is_file());
        if let Some(path) = found {
            return Command::new(path);
        }
    }
    Command::new(name)
}
