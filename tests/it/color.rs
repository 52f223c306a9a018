//! One colour policy for everything hoshi prints, clap's help and errors included:
//! `--color always|never` wins; under `auto`, `NO_COLOR` (set and not empty) turns colour
//! off, `CLICOLOR_FORCE` turns it on, and otherwise colour needs a terminal.

use std::path::Path;
use std::process::{Command, Output};

use crate::common::{hoshi, root};

const ESC: &str = "\x1b[";

/// hoshi with no colour variables at all, in `dir`.
fn plain(dir: &Path) -> Command {
    let mut cmd = hoshi();
    cmd.env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR")
        .env("TERM", "xterm-256color")
        .env("HOSHI_TODAY", "2026-11-26")
        .current_dir(dir);
    cmd
}

fn all(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// A client with one error, so that validate prints a coloured finding.
fn broken_client(tmp: &Path) -> std::path::PathBuf {
    let client = tmp.join("client");
    crate::common::copy_dir(&root().join("example-repo"), &client);
    let hoshi_yaml = client.join("hoshi.yaml");
    let body = std::fs::read_to_string(&hoshi_yaml).expect("hoshi.yaml");
    std::fs::write(&hoshi_yaml, body.replacen("\n  name: ", "\n  nmae: ", 1)).expect("write");
    client
}

/// Flags, environment, and whether the output is coloured.
type Case = (Vec<&'static str>, Vec<(&'static str, &'static str)>, bool);

/// The cases for the findings, the help and clap's errors alike.
fn cases() -> Vec<Case> {
    vec![
        (vec![], vec![], false),
        (vec![], vec![("CLICOLOR_FORCE", "1")], true),
        (vec![], vec![("NO_COLOR", "1")], false),
        (
            vec![],
            vec![("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")],
            false,
        ),
        // An empty NO_COLOR is not set.
        (
            vec![],
            vec![("NO_COLOR", ""), ("CLICOLOR_FORCE", "1")],
            true,
        ),
        (vec!["--color", "always"], vec![("NO_COLOR", "1")], true),
        (vec!["--color=always"], vec![], true),
        (
            vec!["--color", "never"],
            vec![("CLICOLOR_FORCE", "1")],
            false,
        ),
    ]
}

#[test]
fn findings_follow_the_policy() {
    let tmp = tempfile::tempdir().expect("tmp");
    let client = broken_client(tmp.path());
    for (flags, env, coloured) in cases() {
        let out = plain(&client)
            .arg("validate")
            .args(&flags)
            .envs(env.iter().copied())
            .output()
            .expect("validate");
        assert_eq!(out.status.code(), Some(1), "{flags:?} {env:?}: {out:?}");
        let text = all(&out);
        assert!(text.contains("unknown-key"), "{text}");
        assert_eq!(
            text.contains(ESC),
            coloured,
            "{flags:?} {env:?}: colour should be {coloured}:\n{text:?}"
        );
    }
}

#[test]
fn help_and_clap_errors_follow_the_same_policy() {
    let tmp = tempfile::tempdir().expect("tmp");
    for lang in ["ja", "en"] {
        for (flags, env, coloured) in cases() {
            let out = plain(tmp.path())
                .args(["--lang", lang])
                .args(&flags)
                .arg("--help")
                .envs(env.iter().copied())
                .output()
                .expect("help");
            assert!(out.status.success(), "{out:?}");
            let help = String::from_utf8_lossy(&out.stdout);
            assert_eq!(
                help.contains(ESC),
                coloured,
                "{lang} {flags:?} {env:?}: help colour should be {coloured}:\n{help:?}"
            );
        }
    }
    // clap's errors (in English, where clap renders them).
    for (flags, env, coloured) in cases() {
        let out = plain(tmp.path())
            .args(["--lang", "en"])
            .args(&flags)
            .arg("valdate")
            .envs(env.iter().copied())
            .output()
            .expect("error");
        assert_eq!(out.status.code(), Some(2), "{out:?}");
        let e = String::from_utf8_lossy(&out.stderr);
        assert!(e.contains("valdate"), "{e}");
        assert_eq!(
            e.contains(ESC),
            coloured,
            "{flags:?} {env:?}: error colour should be {coloured}:\n{e:?}"
        );
    }
}

/// Runs `hoshi ARGS` on a pseudo-terminal with util-linux `script` (Linux only: the test
/// below is not built elsewhere rather than passing without its assertions).
#[cfg(target_os = "linux")]
fn on_a_terminal(dir: &Path, args: &str, env: &[(&str, &str)]) -> String {
    let command = format!("{} {args}", env!("CARGO_BIN_EXE_hoshi"));
    let mut cmd = Command::new("script");
    cmd.args(["--quiet", "--return", "--command", &command, "/dev/null"])
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR")
        .env_remove("HOSHI_LANG")
        .env("TERM", "xterm-256color")
        .env("HOSHI_TODAY", "2026-11-26")
        .current_dir(dir);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd
        .output()
        .expect("util-linux script runs hoshi on a terminal");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[cfg(target_os = "linux")]
#[test]
fn a_terminal_gets_colour_and_no_color_takes_it_away() {
    let tmp = tempfile::tempdir().expect("tmp");
    let client = broken_client(tmp.path());
    let shown = on_a_terminal(&client, "validate", &[]);
    assert!(shown.contains("unknown-key"), "{shown}");
    assert!(shown.contains(ESC), "a terminal gets colour: {shown:?}");
    let shown = on_a_terminal(&client, "validate", &[("NO_COLOR", "1")]);
    assert!(
        shown.contains("unknown-key") && !shown.contains(ESC),
        "{shown:?}"
    );
    let shown = on_a_terminal(&client, "validate --color never", &[]);
    assert!(!shown.contains(ESC), "{shown:?}");
    let shown = on_a_terminal(&client, "--help", &[]);
    assert!(shown.contains("使い方") && shown.contains(ESC), "{shown:?}");
    let shown = on_a_terminal(&client, "--help --color never", &[]);
    assert!(
        shown.contains("使い方") && !shown.contains(ESC),
        "{shown:?}"
    );
}
