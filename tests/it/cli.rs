//! CLI cases as data. Each folder under `tests/cases/` is one case:
//!
//! - `cmd`: the arguments, quoted as in a POSIX shell (`review --reviewer '佐藤 花子'`);
//!   quotes and backslashes only: no variables, globs or redirections
//! - `base` (optional): the client to start from: `example` (example-repo, the default),
//!   `init` (what `hoshi init` writes) or `empty` (no files)
//! - `repo/` (optional): files copied over the base
//! - `delete` (optional): paths removed from the base, one per line
//! - `setup.sh` (optional): run with bash in the client folder before the command
//! - `git.sh` (optional): builds a git history, run with bash in the client folder after
//!   all of the above. `$GIT_FIXTURES` is `tests/git/`: `source "$GIT_FIXTURES/lib.sh"`
//!   gives its helpers (`init`, `commit DATE MESSAGE`, `client DIR`, `answer FILE Q VALUE`,
//!   with pinned names, dates and no user configuration), and a fixture script there can be
//!   sourced whole (`source "$GIT_FIXTURES/annotated.sh"`). `$EXAMPLE` is example-repo.
//!   Whatever it leaves uncommitted stays uncommitted.
//! - `dir` (optional): the folder, inside the client folder, to run the command in (a
//!   client in a subfolder of its repository)
//! - `env` (optional): `KEY=VALUE` lines
//! - `stdout`, `stderr` (optional) and `status`: what hoshi must print and exit with
//!
//! The command runs with `HOSHI_TODAY=2026-11-26`, `HOSHI_NOW=1795000000` (a review's tagger
//! time), `NO_COLOR=1` and a `HOME` without git configuration. In what it prints, the
//! temporary folder reads `[TMP]`, and in a case with `git.sh` each commit of the repository
//! reads `<commit:N>` (in full) or `<short:N>` (abbreviated), numbered from the oldest, so
//! the expected files do not change when a fixture does.
//!
//! `HOSHI_BLESS=1 cargo test --test it cli::` rewrites the expected files from what hoshi
//! does; `HOSHI_CASE=text` limits a run (and a bless) to the cases whose name contains
//! `text`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

use crate::common::{self, copy_dir, hoshi};

fn read(path: &Path) -> Option<String> {
    fs::read_to_string(path).ok()
}

/// The environment every command of a case runs in: a home of its own, no git
/// configuration from the machine.
fn isolate(cmd: &mut Command, home: &Path) {
    cmd.env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE");
}

fn run_script(case: &Path, script: &str, client: &Path, home: &Path) {
    let mut cmd = crate::common::shell("bash");
    isolate(&mut cmd, home);
    let out = cmd
        .arg(case.join(script))
        .current_dir(client)
        .env("EXAMPLE", common::root().join("example-repo"))
        .env("GIT_FIXTURES", common::root().join("tests/git"))
        .output()
        .unwrap_or_else(|e| panic!("run {script}: {e}"));
    assert!(
        out.status.success(),
        "{}: {script} failed: {}",
        case.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn prepare(case: &Path, client: &Path, home: &Path) {
    let base = read(&case.join("base")).unwrap_or_else(|| "example".to_owned());
    match base.trim() {
        "example" => copy_dir(&common::root().join("example-repo"), client),
        "empty" => fs::create_dir_all(client).expect("client folder"),
        "init" => {
            let out = hoshi()
                .args(["init", "--name", "株式会社テスト"])
                .arg(client)
                .env("HOSHI_TODAY", "2026-11-26")
                .output()
                .expect("run hoshi init");
            assert_eq!(out.status.code(), Some(0), "init failed: {out:?}");
        }
        other => panic!("{}: unknown base {other:?}", case.display()),
    }
    if case.join("repo").is_dir() {
        copy_dir(&case.join("repo"), client);
    }
    for line in read(&case.join("delete")).unwrap_or_default().lines() {
        let path = client.join(line.trim());
        if path.is_dir() {
            fs::remove_dir_all(&path).expect("delete folder");
        } else if !line.trim().is_empty() {
            fs::remove_file(&path).expect("delete file");
        }
    }
    for script in ["setup.sh", "git.sh"] {
        if case.join(script).is_file() {
            run_script(case, script, client, home);
        }
    }
}

/// Every commit of the repository at `dir`, oldest first.
fn commits(dir: &Path, home: &Path) -> Vec<String> {
    let mut cmd = Command::new("git");
    isolate(&mut cmd, home);
    let out = cmd
        .args(["rev-list", "--all", "--date-order", "--reverse"])
        .current_dir(dir)
        .output()
        .expect("run git rev-list");
    assert_eq!(out.status.code(), Some(0), "git rev-list: {out:?}");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Replaces each commit id (40 hex digits) and each abbreviation of one (7 or more, when it
/// names a single commit) with its number.
fn number_commits(text: &str, commits: &[String]) -> String {
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        while i < bytes.len() && matches!(bytes[i], b'0'..=b'9' | b'a'..=b'f') {
            i += 1;
        }
        let run = &text[start..i];
        let bounded =
            (start == 0 || !is_word(bytes[start - 1])) && (i == bytes.len() || !is_word(bytes[i]));
        let matches: Vec<usize> = if bounded && (7..=40).contains(&run.len()) {
            (0..commits.len())
                .filter(|n| commits[*n].starts_with(run))
                .collect()
        } else {
            Vec::new()
        };
        match matches[..] {
            [n] if run.len() == 40 => out.push_str(&format!("<commit:{}>", n + 1)),
            [n] => out.push_str(&format!("<short:{}>", n + 1)),
            _ => out.push_str(run),
        }
        if i == start {
            // Not a hex digit: copy one character as it is.
            let ch = text[i..].chars().next().expect("a character");
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}

/// Runs one case; what differs from its expected files (or nothing, when blessing).
fn run_case(case: &Path, bless: bool) -> Vec<String> {
    let name = case.file_name().unwrap_or_default().to_string_lossy();
    let tmp = tempfile::tempdir().expect("temp dir");
    let client = tmp.path().join("client");
    let home = tmp.path().join("home");
    fs::create_dir_all(&home).expect("home folder");
    prepare(case, &client, &home);
    let line = read(&case.join("cmd")).expect("cmd");
    let args = shlex::split(&line)
        .unwrap_or_else(|| panic!("{name}: cmd is not quoted properly: {line:?}"));
    let dir = match read(&case.join("dir")) {
        Some(d) => client.join(d.trim()),
        None => client.clone(),
    };
    let mut cmd = hoshi();
    isolate(&mut cmd, &home);
    cmd.current_dir(&dir)
        .env("HOSHI_TODAY", "2026-11-26")
        .env("HOSHI_NOW", "1795000000");
    for line in read(&case.join("env")).unwrap_or_default().lines() {
        if let Some((k, v)) = line.split_once('=') {
            cmd.env(k.trim(), v.trim());
        }
    }
    let out = cmd.args(&args).output().expect("run hoshi");
    let commits = if case.join("git.sh").is_file() {
        commits(&dir, &home)
    } else {
        Vec::new()
    };
    let tmp_str = tmp.path().to_string_lossy().into_owned();
    let clean = |b: &[u8]| {
        number_commits(
            &String::from_utf8_lossy(b).replace(&tmp_str, "[TMP]"),
            &commits,
        )
    };
    let (stdout, stderr) = (clean(&out.stdout), clean(&out.stderr));
    let status = out
        .status
        .code()
        .map_or("signal".to_owned(), |c| c.to_string());
    if bless {
        fs::write(case.join("stdout"), &stdout).expect("write stdout");
        fs::write(case.join("status"), format!("{status}\n")).expect("write status");
        if stderr.is_empty() {
            let _ = fs::remove_file(case.join("stderr"));
        } else {
            fs::write(case.join("stderr"), &stderr).expect("write stderr");
        }
        return Vec::new();
    }
    let mut failures = Vec::new();
    let want_status = read(&case.join("status")).unwrap_or_default();
    if want_status.trim() != status {
        failures.push(format!(
            "{name}: exit {status}, expected {}\n{stdout}{stderr}",
            want_status.trim()
        ));
    }
    let want_stdout = read(&case.join("stdout")).unwrap_or_default();
    if want_stdout != stdout {
        failures.push(format!(
            "{name}: stdout differs\n--- expected\n{want_stdout}--- actual\n{stdout}"
        ));
    }
    let want_stderr = read(&case.join("stderr")).unwrap_or_default();
    if want_stderr != stderr {
        failures.push(format!(
            "{name}: stderr differs\n--- expected\n{want_stderr}--- actual\n{stderr}"
        ));
    }
    failures
}

fn all_cases() -> Vec<PathBuf> {
    let mut cases: Vec<_> = fs::read_dir(common::root().join("tests/cases"))
        .expect("tests/cases")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.join("cmd").is_file())
        .collect();
    cases.sort();
    cases
}

#[test]
fn cli_cases() {
    let bless = std::env::var_os("HOSHI_BLESS").is_some();
    let only = std::env::var("HOSHI_CASE").ok();
    let all = all_cases();
    let cases: Vec<_> = all
        .iter()
        .filter(|p| {
            only.as_ref().is_none_or(|only| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().contains(only.as_str()))
            })
        })
        .collect();
    if only.is_none() {
        assert_eq!(cases.len(), CASES, "cases in tests/cases (update CASES)");
    }
    assert_ne!(cases.len(), 0, "no case matches HOSHI_CASE={only:?}");
    let next = Mutex::new(cases.iter());
    let failures = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let Some(case) = next.lock().expect("cases").next() else {
                        break;
                    };
                    let found = run_case(case, bless);
                    failures.lock().expect("failures").extend(found);
                }
            });
        }
    });
    let mut failures = failures.into_inner().expect("failures");
    failures.sort();
    assert!(
        failures.is_empty(),
        "{} difference(s):\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// How many case folders there are: one removed by mistake fails the run.
const CASES: usize = 225;

#[test]
fn cmd_is_split_as_a_shell_would() {
    assert_eq!(
        shlex::split(r#"review --reviewer '佐藤 花子' -m "a \"b\" c" x\ y"#),
        Some(
            [
                "review",
                "--reviewer",
                "佐藤 花子",
                "-m",
                "a \"b\" c",
                "x y"
            ]
            .map(str::to_owned)
            .to_vec()
        )
    );
    assert_eq!(shlex::split("--title 'unclosed"), None);
}

#[test]
fn commit_ids_are_numbered_from_the_oldest() {
    let commits = [
        "1111111111111111111111111111111111111111".to_owned(),
        "abcdef0123456789abcdef0123456789abcdef01".to_owned(),
    ];
    assert_eq!(
        number_commits(
            "at abcdef0123456789abcdef0123456789abcdef01 (abcdef0, 1111111)\n\
             not: abcdef01x 1111111111111111111111111111111111111111111 abc1234",
            &commits
        ),
        "at <commit:2> (<short:2>, <short:1>)\n\
         not: abcdef01x 1111111111111111111111111111111111111111111 abc1234"
    );
}

/// Every finding code is pinned by at least one case, with its position.
#[test]
fn every_finding_code_has_a_case() {
    let cases_dir = common::root().join("tests/cases");
    let mut outputs = String::new();
    for entry in fs::read_dir(cases_dir).expect("tests/cases") {
        outputs.push_str(&read(&entry.expect("entry").path().join("stdout")).unwrap_or_default());
    }
    let missing: Vec<_> = hoshi::finding::Code::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| {
            ![
                format!("[{c}]"),
                format!("\"code\": \"{c}\""),
                format!("hoshi {c}"),
            ]
            .iter()
            .any(|p| outputs.contains(p.as_str()))
        })
        .collect();
    assert!(missing.is_empty(), "codes without a case: {missing:?}");
}

/// Every finding code is documented in docs/findings.md.
#[test]
fn every_finding_code_is_documented() {
    let doc = read(&common::root().join("docs/findings.md")).expect("docs/findings.md");
    let missing: Vec<_> = hoshi::finding::Code::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| !doc.contains(&format!("`{c}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "codes missing from docs/findings.md: {missing:?}"
    );
}
