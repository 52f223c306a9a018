//! What a consultant and a client's staff hit on their first day, end to end: each test
//! pins a defect met in real use, by name, on a real git repository built here.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{copy_dir, hoshi, root};

const TODAY: &str = "2026-11-26";

/// A scratch folder holding `client/`, and git that reads no user configuration.
struct Scratch {
    tmp: tempfile::TempDir,
}

impl Scratch {
    fn new() -> Scratch {
        Scratch {
            tmp: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn path(&self) -> &Path {
        self.tmp.path()
    }

    fn client(&self) -> PathBuf {
        self.tmp.path().join("client")
    }

    /// example-repo in `client/`, committed.
    fn example(self) -> Scratch {
        copy_dir(&root().join("example-repo"), &self.client());
        self.git(&["-c", "init.defaultBranch=main", "init", "-q"]);
        self.commit("2026-11-01", "Add the client files");
        self
    }

    fn git_cmd(&self) -> Command {
        let mut cmd = Command::new("git");
        cmd.current_dir(self.client())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_AUTHOR_NAME", "田中 美咲")
            .env("GIT_AUTHOR_EMAIL", "tanaka@example.jp")
            .env("GIT_COMMITTER_NAME", "田中 美咲")
            .env("GIT_COMMITTER_EMAIL", "tanaka@example.jp");
        cmd
    }

    fn git(&self, args: &[&str]) -> String {
        let out = self.git_cmd().args(args).output().expect("run git");
        assert!(out.status.success(), "git {args:?}: {out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn commit(&self, day: &str, message: &str) {
        let when = format!("{day}T10:00:00+09:00");
        let out = self
            .git_cmd()
            .env("GIT_AUTHOR_DATE", &when)
            .env("GIT_COMMITTER_DATE", &when)
            .args(["add", "-A"])
            .output()
            .expect("git add");
        assert!(out.status.success(), "{out:?}");
        let out = self
            .git_cmd()
            .env("GIT_AUTHOR_DATE", &when)
            .env("GIT_COMMITTER_DATE", &when)
            .args(["commit", "-q", "--allow-empty", "-m", message])
            .output()
            .expect("git commit");
        assert!(out.status.success(), "{out:?}");
    }

    /// hoshi in `client/`, with git isolated the same way.
    fn hoshi(&self, args: &[&str]) -> Output {
        hoshi()
            .current_dir(self.client())
            .env("HOSHI_TODAY", TODAY)
            .env("HOSHI_NOW", "1795000000")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("HOME", self.path())
            .args(args)
            .output()
            .expect("run hoshi")
    }

    fn edit(&self, file: &str, from: &str, to: &str) {
        let path = self.client().join(file);
        let text = fs::read_to_string(&path).expect("read client file");
        assert!(text.contains(from), "{file} has no {from:?}");
        fs::write(&path, text.replacen(from, to, 1)).expect("write client file");
    }

    fn read(&self, file: &str) -> String {
        fs::read_to_string(self.client().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[track_caller]
fn ok(o: &Output) {
    assert!(
        o.status.code() == Some(0),
        "exit {:?}\n{}{}",
        o.status.code(),
        stdout(o),
        String::from_utf8_lossy(&o.stderr)
    );
}

/// Regression: after only diagnosis.yaml changed, the site footer said that five files had
/// changed since the review.
#[test]
fn site_names_only_the_files_changed_since_the_review() {
    let s = Scratch::new().example();
    ok(&s.hoshi(&["review", "--reviewer", "佐藤 花子"]));
    s.edit(
        "diagnosis.yaml",
        "Q1: {answer: implemented",
        "Q1: {answer: partial",
    );
    ok(&s.hoshi(&["site", "--out", "_site"]));
    let ja = s.read("_site/ja/index.html");
    assert!(
        ja.contains("見直し以降に変更されたファイル: diagnosis.yaml<"),
        "{ja}"
    );
    assert!(!ja.contains("5つのファイル"), "{ja}");
    let en = s.read("_site/en/index.html");
    assert!(
        en.contains("Changed since this review: diagnosis.yaml<"),
        "{en}"
    );
}
