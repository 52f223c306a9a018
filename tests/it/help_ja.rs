//! The help, clap's own errors, the man pages and the completions follow the language:
//! Japanese under `--lang ja` or `HOSHI_LANG=ja`, else per the client's `hoshi.yaml`, else
//! Japanese; English under `--lang en` or `HOSHI_LANG=en` or `language: en`.

use std::fs;
use std::path::Path;
use std::process::Output;

use crate::common::hoshi;

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn assert_japanese_help(help: &str) {
    for word in [
        "使い方:",
        "コマンド:",
        "オプション:",
        "検査します",
        "ヘルプを表示します",
    ] {
        assert!(help.contains(word), "no {word:?} in:\n{help}");
    }
    for word in ["Usage:", "Commands:", "Options:", "Print help", "[default:"] {
        assert!(!help.contains(word), "{word:?} in Japanese help:\n{help}");
    }
}

/// A folder whose hoshi.yaml says `language: LANG` (nothing else needed for help).
fn client(dir: &Path, lang: &str) {
    fs::write(
        dir.join("hoshi.yaml"),
        format!("schema_version: 1\nlanguage: {lang}\n"),
    )
    .expect("hoshi.yaml");
}

#[test]
fn hoshi_lang_ja_gives_japanese_help() {
    let tmp = tempfile::tempdir().expect("tmp");
    let out = hoshi()
        .arg("--help")
        .env("HOSHI_LANG", "ja")
        .current_dir(tmp.path())
        .output()
        .expect("hoshi --help");
    assert!(out.status.success(), "{out:?}");
    assert_japanese_help(&stdout(&out));

    for args in [
        &["help", "validate"][..],
        &["validate", "--help"],
        &["evidence", "add", "-h"],
    ] {
        let out = hoshi()
            .args(["--lang", "ja"])
            .args(args)
            .current_dir(tmp.path())
            .output()
            .expect("help");
        assert!(out.status.success(), "{args:?}: {out:?}");
        let help = stdout(&out);
        assert!(help.contains("使い方: hoshi "), "{args:?}:\n{help}");
        assert!(!help.contains("Usage:"), "{args:?}:\n{help}");
    }
    let out = hoshi()
        .args(["help", "evidence", "add"])
        .env("HOSHI_LANG", "ja")
        .current_dir(tmp.path())
        .output()
        .expect("help");
    let help = stdout(&out);
    assert!(
        help.contains("登録するファイル") && help.contains("public（誰でも）"),
        "{help}"
    );
}

#[test]
fn english_is_there_when_asked_for() {
    let tmp = tempfile::tempdir().expect("tmp");
    for (args, env) in [
        (&["--lang", "en", "--help"][..], None),
        (&["--help"], Some("en")),
        (&["--lang=en", "help", "status"], Some("ja")),
    ] {
        let mut cmd = hoshi();
        cmd.args(args).current_dir(tmp.path());
        if let Some(lang) = env {
            cmd.env("HOSHI_LANG", lang);
        }
        let out = cmd.output().expect("help");
        assert!(out.status.success(), "{args:?}: {out:?}");
        let help = stdout(&out);
        assert!(help.contains("Usage: hoshi"), "{args:?}:\n{help}");
        assert!(!help.contains("使い方"), "{args:?}:\n{help}");
    }
}

#[test]
fn without_flag_or_variable_the_clients_language_decides() {
    let tmp = tempfile::tempdir().expect("tmp");
    let en = tmp.path().join("en-client");
    let ja = tmp.path().join("ja-client");
    fs::create_dir_all(&en).expect("mkdir");
    fs::create_dir_all(&ja).expect("mkdir");
    client(&en, "en");
    client(&ja, "ja");
    // The client in the current folder, or the one --repo names.
    let out = hoshi()
        .args(["status", "--help"])
        .current_dir(&en)
        .output()
        .expect("help");
    assert!(stdout(&out).contains("Usage: hoshi status"), "{out:?}");
    let out = hoshi()
        .args(["--repo", "en-client", "--help"])
        .current_dir(tmp.path())
        .output()
        .expect("help");
    assert!(stdout(&out).contains("Usage: hoshi"), "{out:?}");
    let out = hoshi()
        .args(["--repo", "ja-client", "--help"])
        .current_dir(tmp.path())
        .output()
        .expect("help");
    assert_japanese_help(&stdout(&out));
    // HOSHI_LANG is above hoshi.yaml, --lang above both.
    let out = hoshi()
        .args(["status", "--help"])
        .env("HOSHI_LANG", "ja")
        .current_dir(&en)
        .output()
        .expect("help");
    assert!(stdout(&out).contains("使い方: hoshi status"), "{out:?}");
    // No client at all: Japanese.
    let out = hoshi()
        .arg("--help")
        .current_dir(tmp.path())
        .output()
        .expect("help");
    assert_japanese_help(&stdout(&out));
}

#[test]
fn clap_errors_are_japanese_too() {
    let tmp = tempfile::tempdir().expect("tmp");
    let run = |args: &[&str], lang: &str| {
        let out = hoshi()
            .args(args)
            .env("HOSHI_LANG", lang)
            .current_dir(tmp.path())
            .output()
            .expect("hoshi");
        assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
        assert!(out.stdout.is_empty(), "{args:?}: {out:?}");
        stderr(&out)
    };
    let e = run(&["valdate"], "ja");
    assert!(
        e.contains("不明なコマンド「valdate」") && e.contains("「validate」のことですか"),
        "{e}"
    );
    assert!(e.contains("使い方: hoshi"), "{e}");
    let e = run(&["validate", "--formt", "json"], "ja");
    assert!(
        e.contains("不明な引数「--formt」") && e.contains("--format"),
        "{e}"
    );
    let e = run(&["status", "--format", "xml"], "ja");
    assert!(
        e.contains("使えない値「xml」") && e.contains("text、json"),
        "{e}"
    );
    let e = run(&["review"], "ja");
    assert!(
        e.contains("必須の引数がありません") && e.contains("--reviewer"),
        "{e}"
    );
    let e = run(
        &[
            "evidence",
            "add",
            "x",
            "--id",
            "A",
            "--title",
            "t",
            "--valid-until",
            "2027-01-01",
            "--valid-for-months",
            "3",
        ],
        "ja",
    );
    assert!(e.contains("一緒に指定できません"), "{e}");
    assert!(!e.contains("error:") && !e.contains("Usage:"), "{e}");
    // In English, clap's own words.
    let e = run(&["valdate"], "en");
    assert!(
        e.contains("error: unrecognized subcommand 'valdate'"),
        "{e}"
    );
}

#[test]
fn every_command_and_argument_has_its_japanese_text() {
    let missing = hoshi::cli::help_ja::untranslated();
    assert!(missing.is_empty(), "no Japanese help for: {missing:?}");
}

#[test]
fn man_and_completions_follow_the_language() {
    let tmp = tempfile::tempdir().expect("tmp");
    let out = hoshi()
        .args(["man", "validate"])
        .env("HOSHI_LANG", "ja")
        .current_dir(tmp.path())
        .output()
        .expect("man");
    let page = stdout(&out);
    assert!(
        page.contains(".SH 名前") && page.contains(".SH 終了ステータス"),
        "{page}"
    );
    let committed = fs::read_to_string(crate::common::root().join("docs/man/ja/hoshi-validate.1"))
        .expect("page");
    assert_eq!(page, committed);
    let out = hoshi()
        .args(["man", "validate", "--lang", "en"])
        .current_dir(tmp.path())
        .output()
        .expect("man");
    assert!(stdout(&out).contains(".SH \"EXIT STATUS\""), "{out:?}");
    let out = hoshi()
        .args(["completions", "fish", "--lang", "ja"])
        .current_dir(tmp.path())
        .output()
        .expect("completions");
    assert!(stdout(&out).contains("検査します"), "{out:?}");
}
