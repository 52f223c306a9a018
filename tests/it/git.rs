//! Reviews in git, end to end: each test builds a repository with a script from
//! `tests/git/` (pinned names and dates, git-cliff style), then runs the real binary.
//!
//! What one command prints in one repository is a data case in `tests/cases/git-*` (see
//! `cli.rs`); the tests here follow a repository through several steps, or check JSON
//! fields against what git says. Their expected texts live in `tests/git/expected/`;
//! commit ids, digests and the hoshi version are replaced by `[commit]` (`[short]`),
//! `sha256:[digest]` and `[version]` there. `HOSHI_BLESS=1 cargo test --test it git::`
//! rewrites them.

use crate::common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::{Value, json};

/// Seconds since the epoch for the tagger line (2026-11-18 11:06:40 UTC).
const NOW: &str = "1795000000";

/// A scratch folder with the repository in `repo/` and a HOME without git configuration.
struct Fixture {
    tmp: tempfile::TempDir,
}

impl Fixture {
    /// Builds the repository of `tests/git/<script>.sh`.
    fn new(script: &str) -> Fixture {
        let tmp = tempfile::tempdir().expect("temp dir");
        let f = Fixture { tmp };
        fs::create_dir_all(f.repo()).expect("repo folder");
        fs::create_dir_all(f.home()).expect("home folder");
        let out = f
            .shell(&f.repo())
            .arg(common::root().join(format!("tests/git/{script}.sh")))
            .output()
            .expect("run fixture script");
        assert!(out.status.success(), "{script}.sh failed: {out:?}");
        f
    }

    fn repo(&self) -> PathBuf {
        self.tmp.path().join("repo")
    }

    fn home(&self) -> PathBuf {
        self.tmp.path().join("home")
    }

    fn isolate(&self, cmd: &mut Command) {
        cmd.env("HOME", self.home())
            .env("XDG_CONFIG_HOME", self.home().join(".config"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("EXAMPLE", common::root().join("example-repo"))
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE");
    }

    fn shell(&self, dir: &Path) -> Command {
        let mut cmd = crate::common::shell("bash");
        self.isolate(&mut cmd);
        cmd.current_dir(dir);
        cmd
    }

    /// Runs a shell snippet with the fixture helpers (`answer`, `commit` …) in `dir`.
    fn sh(&self, dir: &Path, script: &str) {
        let lib = common::root().join("tests/git/lib.sh");
        let out = self
            .shell(dir)
            .arg("-c")
            .arg(format!("source '{}'\n{script}", lib.display()))
            .output()
            .expect("run bash");
        assert!(out.status.success(), "{script}: {out:?}");
    }

    /// `git` in the repository; its trimmed stdout.
    fn git(&self, args: &[&str]) -> String {
        let mut cmd = Command::new("git");
        self.isolate(&mut cmd);
        let out = cmd
            .current_dir(self.repo())
            .args(args)
            .output()
            .expect("run git");
        assert!(out.status.success(), "git {args:?}: {out:?}");
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    /// hoshi in `dir` (relative to the repository), on 2026-11-26.
    fn hoshi(&self, dir: &str, args: &[&str]) -> Output {
        let mut cmd = common::hoshi();
        self.isolate(&mut cmd);
        cmd.current_dir(self.repo().join(dir))
            .env("HOSHI_TODAY", "2026-11-26")
            .env("HOSHI_NOW", NOW)
            .args(args)
            .output()
            .expect("run hoshi")
    }

    fn json(&self, dir: &str, args: &[&str]) -> (Value, i32) {
        let mut all = args.to_vec();
        all.extend(["--format", "json", "--lang", "en"]);
        let out = self.hoshi(dir, &all);
        let v = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{args:?} prints JSON ({e}): {out:?}"));
        (v, code(&out))
    }

    /// Replaces commit ids (full and short) and digests so expected files stay readable.
    fn redact(&self, s: &str) -> String {
        let mut out = s.replace(&self.tmp.path().display().to_string(), "[TMP]");
        for id in self.git(&["rev-list", "--all"]).lines() {
            out = out.replace(id, "[commit]").replace(&id[..7], "[short]");
        }
        while let Some(at) = out.find("sha256:") {
            let hex = &out[at + 7..];
            let n = hex.chars().take_while(char::is_ascii_hexdigit).count();
            if n != 64 {
                out.replace_range(at..at + 7, "SHA256:");
                continue;
            }
            out.replace_range(at..at + 7 + 64, "sha256<digest>");
        }
        out.replace("SHA256:", "sha256:")
            .replace("sha256<digest>", "sha256:[digest]")
            .replace(
                &format!("hoshi: {}", env!("CARGO_PKG_VERSION")),
                "hoshi: [version]",
            )
    }
}

/// The first line `hoshi review` prints when it recorded `tag` on the commit `short`.
fn recorded(tag: &str, short: &str) -> String {
    format!("見直しを記録しました: {tag}（コミット {short} に注釈付きタグ）")
}

fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Compares with `tests/git/expected/<name>` (or writes it with `HOSHI_BLESS=1`).
fn expect(name: &str, actual: &str) {
    let path = common::root().join("tests/git/expected").join(name);
    if std::env::var_os("HOSHI_BLESS").is_some() {
        fs::write(&path, actual).expect("write expected output");
        return;
    }
    let want = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        want == actual,
        "{name} differs\n--- expected\n{want}--- actual\n{actual}"
    );
}

#[test]
fn a_lightweight_review_tag_is_the_base() {
    let f = Fixture::new("lightweight");
    let (v, status) = f.json(".", &["diff"]);
    assert_eq!(status, 0);
    let tagged = f.git(&["rev-parse", "review/2026-04-25^{commit}"]);
    assert_eq!(v["base"]["ref"], "review/2026-04-25");
    assert_eq!(v["base"]["commit"], tagged.as_str());
    // A lightweight tag has no record: its day comes from its name.
    assert_eq!(v["base"]["date"], "2026-04-25");
    assert_eq!(v["head"]["working_tree"], true);
    assert_eq!(v["head"]["commit"], f.git(&["rev-parse", "HEAD"]).as_str());
    assert_eq!(
        v["changes"]["questions"],
        json!([{"question": "Q7", "from": "partial", "to": "implemented", "points": 2}])
    );
    assert_eq!(v["changes"]["score"]["from"], 88);
    assert_eq!(v["changes"]["score"]["to"], 90);
    assert_eq!(v["regressions"], json!([]));
    // The text of this diff: tests/cases/git-diff-lightweight.
    let (h, _) = f.json(".", &["history"]);
    assert_eq!(
        h,
        json!([{"ref": "review/2026-04-25", "commit": tagged, "date": "2026-04-25",
                "level": 2, "score": 88, "declared": 2, "scs": {"met": 44, "total": 81},
                "reviewer": null, "recorded": false}])
    );
}

#[test]
fn annotated_tags_by_hand_and_by_hoshi_and_unreachable_ones() {
    let f = Fixture::new("annotated");
    let (h, status) = f.json(".", &["history"]);
    assert_eq!(status, 0);
    let rows: Vec<_> = h
        .as_array()
        .expect("array")
        .iter()
        .map(|r| {
            (
                r["ref"].as_str().unwrap_or(""),
                r["date"].as_str().unwrap_or(""),
                r["score"].as_i64(),
                r["reviewer"].as_str(),
                r["recorded"].as_bool(),
            )
        })
        .collect();
    // Oldest first; the side branch's tag and v1.0 are not there; the hand-written
    // annotated tag is evaluated, hoshi's record is read.
    assert_eq!(
        rows,
        [
            (
                "review/2026-04-25",
                "2026-04-25",
                Some(88),
                None,
                Some(false)
            ),
            (
                "review/2026-06-02",
                "2026-06-02",
                Some(90),
                Some("佐藤 花子"),
                Some(true)
            ),
        ]
    );
    // The text of this history and of the diff: tests/cases/git-history-annotated-en and
    // git-diff-annotated-markdown-en.
    let (v, _) = f.json(".", &["diff"]);
    assert_eq!(v["base"]["ref"], "review/2026-06-02");
    // Many tags are checked with one walk of the history: same answer.
    f.sh(
        &f.repo(),
        "for i in $(seq 2 11); do git tag review/2026-06-02-$i HEAD~1; done",
    );
    let (h, _) = f.json(".", &["history"]);
    let refs: Vec<_> = h
        .as_array()
        .expect("array")
        .iter()
        .map(|r| r["ref"].as_str().unwrap_or("").to_owned())
        .collect();
    // Oldest first, then by name; review/2026-07-01 (on the side branch) is not there.
    assert_eq!(
        refs,
        [
            "review/2026-04-25",
            "review/2026-06-02",
            "review/2026-06-02-2",
            "review/2026-06-02-3",
            "review/2026-06-02-4",
            "review/2026-06-02-5",
            "review/2026-06-02-6",
            "review/2026-06-02-7",
            "review/2026-06-02-8",
            "review/2026-06-02-9",
            "review/2026-06-02-10",
            "review/2026-06-02-11",
        ]
    );
    let (v, _) = f.json(".", &["diff"]);
    assert_eq!(v["base"]["ref"], "review/2026-06-02-11");
}

#[test]
fn the_regression_gate() {
    let f = Fixture::new("annotated");
    // Q1 implemented → partial since the last review: the score fell, nothing else.
    let (v, status) = f.json(".", &["diff"]);
    assert_eq!(status, 0, "no gate, no errors: {v}");
    assert_eq!(
        v["regressions"],
        json!([{"kind": "score", "from": 90, "to": 88}])
    );
    let (_, gated) = f.json(".", &["diff", "--fail-on", "regression"]);
    assert_eq!(gated, 1);
    // Against the older review the score did not fall (88 → 88): the gate holds.
    let (v, status) = f.json(
        ".",
        &[
            "diff",
            "--base",
            "review/2026-04-25",
            "--fail-on",
            "regression",
        ],
    );
    assert_eq!((status, &v["regressions"]), (0, &json!([])));
    // A level lost is a regression and, since ★★ stays declared, an error as well.
    f.sh(&f.repo(), "unanswer diagnosis.yaml Q24");
    let (v, status) = f.json(".", &["diff"]);
    assert_eq!(status, 1, "the declaration no longer holds");
    assert_eq!(
        v["regressions"],
        json!([
            {"kind": "level", "from": 2, "to": 1},
            {"kind": "requirement", "level": 2, "id": "L2.all-answered"},
            {"kind": "score", "from": 90, "to": 86}
        ])
    );
    assert_eq!(v["changes"]["eligibility"]["from"], 2);
    assert_eq!(v["changes"]["eligibility"]["to"], 1);
    let levels = &v["changes"]["eligibility"]["levels"];
    assert_eq!(levels[0]["level"], 2);
    assert_eq!(levels[0]["requirements"][0]["id"], "L2.all-answered");
    assert_eq!(levels[0]["requirements"][0]["kind"], "condition");
    assert_eq!(levels[0]["requirements"][0]["from"], true);
    assert_eq!(levels[0]["requirements"][0]["to"], false);
    assert_eq!(
        v["changes"]["findings"]["new"][0]["code"],
        "declaration-not-held"
    );
    // The text of this diff: tests/cases/git-diff-regression-gate.
}

#[test]
fn the_diff_json_contract() {
    let f = Fixture::new("basic");
    // No review yet: base is null, everything is new, exit 0.
    let (v, status) = f.json(".", &["diff", "--fail-on", "regression"]);
    assert_eq!(status, 0);
    assert_eq!(v["base"], Value::Null);
    let (status_json, _) = f.json(".", &["status"]);
    assert_eq!(
        v["head"],
        json!({
            "ref": null,
            "commit": f.git(&["rev-parse", "HEAD"]),
            "date": "2026-11-26",
            "working_tree": true,
            "present": true,
            "level": 2,
            "declared": 2,
            "score": 88,
            "digest": status_json["digest"],
            "errors": 0,
        })
    );
    let c = &v["changes"];
    let keys: Vec<&str> = c
        .as_object()
        .expect("changes")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "eligibility",
            "score",
            "questions",
            "notes",
            "actions",
            "principles",
            "declaration",
            "settings",
            "policy",
            "evidence",
            "findings",
            "scs_criteria",
        ]
    );
    assert_eq!(c["questions"].as_array().map(Vec::len), Some(25));
    assert_eq!(
        c["questions"][6],
        json!({"question": "Q7", "from": null, "to": "partial", "points": 2})
    );
    assert_eq!(c["eligibility"]["from"], Value::Null);
    assert_eq!(c["evidence"]["added"].as_array().map(Vec::len), Some(6));
    assert_eq!(c["policy"]["sections"][0]["change"], "added");
    assert_eq!(
        c["principles"][0],
        json!({"principle": "P1", "from": null, "to": "practiced"})
    );

    // After a review: every kind of change, in the contract's shape.
    assert_eq!(
        code(&f.hoshi(".", &["review", "--reviewer", "佐藤 花子"])),
        0
    );
    f.sh(
        &f.repo(),
        r#"answer diagnosis.yaml Q7 implemented
sed -i 's/^    note: メールは送信前の宛先確認機能を導入済み。.*$/    note: FAX は短縮ダイヤルのみ、二人で確認/' diagnosis.yaml
sed -i '/^  P2:/{n;s/status: practiced/status: in_progress/}' principles.yaml
sed -i '0,/^    body: |$/s//    body: |\n      （2026年11月改訂）/' policy.yaml
echo "新しい証跡" > evidence/ev-007.txt
cat >> evidence.yaml <<EOF

  - id: EV-007
    title: 追加の証跡
    file: evidence/ev-007.txt
    sha256: $(sha256sum evidence/ev-007.txt | cut -c1-64)
    collected_on: 2026-11-20
EOF
sed -i 's/^    valid_until: 2027-01-31 .*$/    valid_until: 2026-06-30/' evidence.yaml
"#,
    );
    let (v, _) = f.json(".", &["diff"]);
    let c = &v["changes"];
    assert_eq!(v["base"]["ref"], "review/2026-11-26");
    assert_eq!(v["base"]["commit"], f.git(&["rev-parse", "HEAD"]).as_str());
    assert_eq!(
        c["questions"],
        json!([{"question": "Q7", "from": "partial", "to": "implemented", "points": 2}])
    );
    assert_eq!(c["notes"][0]["question"], "Q7");
    assert_eq!(c["notes"][0]["field"], "note");
    assert_eq!(
        c["principles"],
        json!([{"principle": "P2", "from": "practiced", "to": "in_progress"}])
    );
    // A principle in progress still meets ★'s condition (IPA: ★ is working on them).
    assert_eq!(c["eligibility"]["to"], 2);
    let section = &c["policy"]["sections"][0];
    assert_eq!(section["change"], "changed");
    assert_eq!(
        section["diff"],
        "@@ -1,3 +1,4 @@\n+（2026年11月改訂）\n 当社の経営者は、情報セキュリティを経営上の課題として自ら主導し、対策に必要な人員、時間及び予算を確保します。\n \n 経営者は、対策の実施状況を少なくとも年に一度確認し、状況の変化に応じて本方針と社内のルールを見直し、継続的に改善します。\n"
    );
    assert_eq!(
        c["evidence"]["added"],
        json!([{"id": "EV-007", "title": "追加の証跡"}])
    );
    assert_eq!(c["evidence"]["changed"][0]["id"], "EV-002");
    assert_eq!(
        c["evidence"]["changed"][0]["fields"],
        json!([{"field": "valid_until", "from": "2027-01-31", "to": "2026-06-30"}])
    );
    // Valid on the review's day (2026-11-26)? No: it expired before it, so it is a new
    // finding, not "expired since".
    assert_eq!(c["evidence"]["expired"], json!([]));
    let new: Vec<_> = c["findings"]["new"]
        .as_array()
        .expect("array")
        .iter()
        .map(|f| f["code"].as_str().unwrap_or(""))
        .collect();
    // P2 in progress is practice advice: the ★★ declaration still holds.
    assert_eq!(new, ["evidence-expired", "principle-not-practiced"]);
}

#[test]
fn a_monorepo_keeps_its_clients_apart() {
    let f = Fixture::new("monorepo");
    // Both clients use the default prefix: the record's `client` tells the tags apart.
    let kawa = f.hoshi("clients/kawa", &["review", "--reviewer", "佐藤 花子"]);
    assert_eq!(code(&kawa), 0, "{kawa:?}");
    let minato = f.hoshi("clients/minato", &["review", "--reviewer", "佐藤 花子"]);
    assert_eq!(code(&minato), 0, "{minato:?}");
    assert_eq!(
        stdout(&minato).lines().next(),
        Some(
            recorded(
                "review/2026-11-26-2",
                &f.git(&["rev-parse", "--short", "HEAD"])
            )
            .as_str()
        )
    );
    let message = f.git(&["cat-file", "-p", "review/2026-11-26-2"]);
    // The record names the client, so two clients' tags with one prefix stay apart.
    assert_eq!(
        f.redact(&message),
        "object [commit]\ntype commit\ntag review/2026-11-26-2\ntagger 佐藤 花子 <> 1795000000 +0000\n\n\
         2026-11-26 の見直し（佐藤 花子）: ★★ 二つ星、88 点\n\n\
         reviewer: 佐藤 花子\ndate: 2026-11-26\nlevel: 2\ndeclared: 2\nscore: 88\n\
         digest: sha256:[digest]\nhoshi: [version]\nclient: clients/minato"
    );
    f.sh(
        &f.repo(),
        "answer clients/minato/diagnosis.yaml Q7 implemented\ncommit 2026-12-01 \"minato: Q7\"",
    );
    let (v, status) = f.json("clients/kawa", &["diff"]);
    assert_eq!(status, 0);
    assert_eq!(v["base"]["ref"], "review/2026-11-26");
    assert_eq!(v["changes"]["questions"], json!([]));
    assert_eq!(v["changes"]["findings"]["new"], json!([]));
    let (v, _) = f.json("clients/minato", &["diff"]);
    assert_eq!(v["base"]["ref"], "review/2026-11-26-2");
    assert_eq!(v["changes"]["questions"][0]["question"], "Q7");
    let (h, _) = f.json("clients/kawa", &["history", "--commits"]);
    assert_eq!(h.as_array().map(Vec::len), Some(1));
    let (h, _) = f.json("clients/minato", &["history", "--commits"]);
    assert_eq!(h.as_array().map(Vec::len), Some(2));
    let (h, _) = f.json("clients/kawa", &["history"]);
    assert_eq!(h[0]["ref"], "review/2026-11-26");
    assert_eq!(h.as_array().map(Vec::len), Some(1));
    // A change in one client's folder does not block a review of the other.
    fs::write(f.repo().join("clients/kawa/notes.txt"), "下書き").expect("write");
    let again = f.hoshi("clients/minato", &["review", "--reviewer", "佐藤 花子"]);
    assert_eq!(code(&again), 0, "{again:?}");
    assert_eq!(
        stdout(&again).lines().next(),
        Some(
            recorded(
                "review/2026-11-26-3",
                &f.git(&["rev-parse", "--short", "HEAD"])
            )
            .as_str()
        )
    );
    let blocked = f.hoshi("clients/kawa", &["review", "--reviewer", "佐藤 花子"]);
    assert_eq!(code(&blocked), 2);
    assert_eq!(
        stderr(&blocked),
        "hoshi: エラー: クライアントのフォルダにコミットしていない変更があります。コミットしてから見直しを記録してください（タグは作っていません）:\n  clients/kawa/notes.txt\n"
    );
}

#[test]
fn a_shallow_clone_says_to_fetch_everything() {
    let f = Fixture::new("lightweight");
    let clone = f.tmp.path().join("clone");
    let url = format!("file://{}", f.repo().display());
    let out = Command::new("git")
        .args(["clone", "-q", "--depth", "1", &url])
        .arg(&clone)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("git clone");
    assert!(out.status.success(), "{out:?}");
    for args in [
        &["diff", "--lang", "en"][..],
        &["history", "--lang", "en"],
        &["review", "--reviewer", "x", "--lang", "en"],
    ] {
        let out = f.hoshi("../clone", args);
        assert_eq!(code(&out), 2, "{args:?}");
        assert_eq!(
            stderr(&out),
            "hoshi: error: this is a shallow clone, so the history is incomplete; fetch the full history (on GitHub Actions: actions/checkout with fetch-depth: 0)\n"
        );
    }
    assert_eq!(code(&f.hoshi("../clone", &["validate"])), 0);
    assert_eq!(code(&f.hoshi("../clone", &["status"])), 0);
}

#[test]
fn a_dirty_client_folder_refuses_a_review() {
    let f = Fixture::new("basic");
    f.sh(
        &f.repo(),
        "answer diagnosis.yaml Q7 implemented\necho new > evidence/new.txt",
    );
    let out = f.hoshi(".", &["review", "--reviewer", "佐藤 花子", "--lang", "en"]);
    assert_eq!(code(&out), 2);
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        "hoshi: error: the client folder has uncommitted changes; commit them before recording a review (no tag was written):\n  diagnosis.yaml\n  evidence/new.txt\n"
    );
    assert_eq!(f.git(&["tag", "--list"]), "");
}

#[test]
fn errors_at_head_refuse_a_review() {
    let f = Fixture::new("basic");
    f.sh(
        &f.repo(),
        "unanswer diagnosis.yaml Q7\ncommit 2026-11-20 \"Q7: not answered\"",
    );
    let out = f.hoshi(".", &["review", "--reviewer", "佐藤 花子"]);
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    let errors: Vec<&str> = text.lines().filter(|l| l.starts_with("エラー[")).collect();
    assert_eq!(
        errors,
        [
            "エラー[declaration-not-held]: ★★ 二つ星を宣言していますが、その条件を満たしていません（条件を満たしているのは★ 一つ星です）。満たしていない条件: L2.all-answered（Q7 が未回答です）"
        ]
    );
    assert!(stdout(&out).ends_with("見直しを記録しませんでした（タグは作っていません）\n"));
    assert_eq!(f.git(&["tag", "--list"]), "");
}

#[test]
fn same_day_reviews_get_suffixes_and_no_tag_moves() {
    let f = Fixture::new("basic");
    let head = f.git(&["rev-parse", "HEAD"]);
    // Someone tagged today by hand already, on another commit.
    f.sh(
        &f.repo(),
        "git tag review/2026-11-26 HEAD\necho x >> README.md\ncommit 2026-11-25 \"README\"",
    );
    let first = f.hoshi(
        ".",
        &["review", "--reviewer", "佐藤 花子", "--date", "2026-11-26"],
    );
    assert_eq!(code(&first), 0, "{first:?}");
    // What this first review prints: tests/cases/git-review-same-day.
    let second = f.hoshi(
        ".",
        &["review", "--reviewer", "佐藤 花子", "-m", "second look"],
    );
    assert_eq!(
        stdout(&second).lines().next(),
        Some(
            recorded(
                "review/2026-11-26-3",
                &f.git(&["rev-parse", "--short", "HEAD"])
            )
            .as_str()
        )
    );
    assert_eq!(f.git(&["rev-parse", "review/2026-11-26"]), head);
    assert_eq!(
        f.git(&["tag", "--list", "review/*"]),
        "review/2026-11-26\nreview/2026-11-26-2\nreview/2026-11-26-3"
    );
    // No user.name in the configuration: the reviewer signs, with no e-mail address.
    let tag = f.git(&["cat-file", "-p", "review/2026-11-26-2"]);
    expect("review-tag.txt", &f.redact(&tag));
    assert_eq!(
        tag.lines().nth(3),
        Some("tagger 佐藤 花子 <> 1795000000 +0000")
    );
    // A message given with -m takes the title's place above the record.
    let second = f.git(&["cat-file", "-p", "review/2026-11-26-3"]);
    assert_eq!(
        f.redact(&second),
        "object [commit]\ntype commit\ntag review/2026-11-26-3\ntagger 佐藤 花子 <> 1795000000 +0000\n\n\
         second look\n\n\
         reviewer: 佐藤 花子\ndate: 2026-11-26\nlevel: 2\ndeclared: 2\nscore: 88\n\
         digest: sha256:[digest]\nhoshi: [version]"
    );
    // With user.name and user.email set, they are the tagger.
    f.git(&["config", "user.name", "Hanako Sato"]);
    f.git(&["config", "user.email", "hanako@example.jp"]);
    assert_eq!(
        code(&f.hoshi(".", &["review", "--reviewer", "佐藤 花子"])),
        0
    );
    let tag = f.git(&["cat-file", "-p", "review/2026-11-26-4"]);
    assert_eq!(
        tag.lines().nth(3),
        Some("tagger Hanako Sato <hanako@example.jp> 1795000000 +0000")
    );
    // git accepts what hoshi wrote.
    f.git(&["fsck", "--strict", "--no-dangling"]);
}

#[test]
fn review_edit_diff_review_on_example_repo() {
    let f = Fixture::new("basic");
    let (v, status) = f.json(".", &["diff"]);
    assert_eq!((status, &v["base"]), (0, &Value::Null));
    let review = f.hoshi(
        ".",
        &["review", "--reviewer", "佐藤 花子", "--format", "json"],
    );
    assert_eq!(code(&review), 0);
    let r: Value = serde_json::from_slice(&review.stdout).expect("json");
    assert_eq!(r["tag"], "review/2026-11-26");
    assert_eq!(r["push"], "git push origin review/2026-11-26");
    assert_eq!(
        (r["level"].as_i64(), r["score"].as_i64()),
        (Some(2), Some(88))
    );
    // The recorded digest is the one status prints for the same files.
    let (status_json, _) = f.json(".", &["status"]);
    assert_eq!(r["digest"], status_json["digest"]);
    // Edit: Q7 improves, the policy gains a sentence.
    f.sh(
        &f.repo(),
        r#"answer diagnosis.yaml Q7 implemented
sed -i '0,/^    body: |$/s//    body: |\n      経営者は年に一度、この方針を見直します。/' policy.yaml"#,
    );
    let diff = f.hoshi(".", &["diff"]);
    assert_eq!(code(&diff), 0);
    expect("cycle-diff.txt", &f.redact(&stdout(&diff)));
    let md = f.hoshi(".", &["diff", "--format", "markdown"]);
    expect("cycle-diff.md", &f.redact(&stdout(&md)));
    // Not committed yet: the review is refused.
    assert_eq!(
        code(&f.hoshi(".", &["review", "--reviewer", "佐藤 花子"])),
        2
    );
    f.sh(&f.repo(), "commit 2026-11-26 \"Q7 and the policy\"");
    let again = f.hoshi(".", &["review", "--reviewer", "佐藤 花子"]);
    assert_eq!(
        stdout(&again).lines().next(),
        Some(
            recorded(
                "review/2026-11-26-2",
                &f.git(&["rev-parse", "--short", "HEAD"])
            )
            .as_str()
        )
    );
    let (v, status) = f.json(".", &["diff"]);
    assert_eq!(status, 0);
    assert_eq!(v["base"]["ref"], "review/2026-11-26-2");
    assert_eq!(v["changes"]["questions"], json!([]));
    let (h, _) = f.json(".", &["history"]);
    let scores: Vec<_> = h
        .as_array()
        .expect("array")
        .iter()
        .map(|p| (p["ref"].as_str().unwrap_or(""), p["score"].as_i64()))
        .collect();
    assert_eq!(
        scores,
        [
            ("review/2026-11-26", Some(88)),
            ("review/2026-11-26-2", Some(90))
        ]
    );
}

#[test]
fn history_of_commits_that_changed_the_client() {
    let f = Fixture::new("history");
    // The text of this history: tests/cases/git-history-commits-en.
    let (h, status) = f.json("security", &["history", "--commits"]);
    assert_eq!(status, 0);
    let subjects: Vec<String> = h
        .as_array()
        .expect("array")
        .iter()
        .map(|p| {
            let id = p["commit"].as_str().unwrap_or("");
            f.git(&["log", "-1", "--format=%s", id])
        })
        .collect();
    // C touched only README.md; the merge M brought nothing F did not have.
    assert_eq!(
        subjects,
        [
            "A: add the client files",
            "B: Q7 unknown, declare one star",
            "F: Q12 implemented",
            "D: back to the first content"
        ]
    );
    assert_eq!(h[3]["score"], h[0]["score"]);
    // An unknown answer does not block ★★ (IPA counts it as an answer).
    assert_eq!(
        (h[1]["level"].as_i64(), h[1]["declared"].as_i64()),
        (Some(2), Some(1))
    );
    // git agrees on which commits changed the folder (merges aside).
    let log = f.git(&["log", "--format=%s", "--no-merges", "--", "security"]);
    assert_eq!(log.lines().count(), 4);
}

/// The ★3 readiness of a revision is reused while scs.yaml is the one it was worked out
/// for: a commit that changes only diagnosis.yaml keeps the counts of the commit before,
/// and scs.yaml back as it was gives the first counts again.
#[test]
fn history_of_commits_follows_scs_yaml_across_the_reuse_of_its_readiness() {
    let f = Fixture::new("history-scs");
    let (h, status) = f.json("client", &["history", "--commits"]);
    assert_eq!(status, 0, "{h}");
    let met: Vec<i64> = h
        .as_array()
        .expect("array")
        .iter()
        .map(|p| p["scs"]["met"].as_i64().expect("scs counts"))
        .collect();
    assert_eq!(met.len(), 4, "{h}");
    assert_eq!(met[1], met[0] - 1, "{met:?}");
    assert_eq!(met[2], met[1], "{met:?}");
    assert_eq!(met[3], met[0], "{met:?}");
    let scores: Vec<_> = h
        .as_array()
        .expect("array")
        .iter()
        .map(|p| p["score"].clone())
        .collect();
    assert_ne!(scores[2], scores[1], "the diagnosis changed at C");
}

#[test]
fn git_edge_cases_exit_2_with_a_reason() {
    // Not a git repository: validate and status still work.
    let tmp = tempfile::tempdir().expect("temp dir");
    let client = tmp.path().join("client");
    common::copy_dir(&common::root().join("example-repo"), &client);
    let run = |args: &[&str]| {
        let mut cmd = common::hoshi();
        cmd.current_dir(&client)
            .env("HOSHI_TODAY", "2026-11-26")
            .args(args);
        cmd.output().expect("run hoshi")
    };
    for args in [
        &["diff", "--lang", "en"][..],
        &["history", "--lang", "en"],
        &["review", "--reviewer", "x", "--lang", "en"],
    ] {
        let out = run(args);
        assert_eq!(code(&out), 2, "{args:?}");
        assert_eq!(
            stderr(&out),
            format!(
                "hoshi: error: {} is not inside a git repository (diff, review and history need its history; validate, status and site work without git)\n",
                client.display()
            ),
            "{args:?}"
        );
    }
    assert_eq!(code(&run(&["validate"])), 0);
    assert_eq!(code(&run(&["status"])), 0);

    // No commits yet, and a --base that does not exist: tests/cases/git-diff-no-commits-en
    // and git-diff-base-not-found-en.

    // A detached HEAD works.
    let f = Fixture::new("basic");
    f.git(&["checkout", "-q", "--detach", "HEAD"]);
    let (v, status) = f.json(".", &["diff"]);
    assert_eq!((status, &v["base"]), (0, &Value::Null));

    // A base without client files: everything counts as added.
    let f = Fixture::new("later-client");
    let (v, status) = f.json("security", &["diff", "--base", "HEAD~1"]);
    assert_eq!(status, 0);
    assert_eq!(v["base"]["present"], false);
    assert_eq!(v["base"]["level"], Value::Null);
    assert_eq!(
        v["changes"]["evidence"]["added"].as_array().map(Vec::len),
        Some(6)
    );
    assert_eq!(v["changes"]["questions"].as_array().map(Vec::len), Some(25));
    // Its text, and a base in a format version this hoshi does not know:
    // tests/cases/git-diff-later-client-en and git-diff-future-format-en.
}

/// A repository owned by another user is refused by libgit2 even for root (checked on
/// this machine); the message names `safe.directory`. Needs root to chown; elsewhere the
/// unit test `repo::tests::another_owner_names_safe_directory` covers the message.
#[test]
fn a_repository_owned_by_someone_else() {
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    if !is_root {
        return;
    }
    let f = Fixture::new("basic");
    let chown = Command::new("chown")
        .args(["-R", "4242:4242"])
        .arg(f.repo())
        .status()
        .expect("chown");
    assert!(chown.success());
    let out = f.hoshi(".", &["diff", "--lang", "en"]);
    assert_eq!(code(&out), 2, "{out:?}");
    let repo = f.repo().canonicalize().expect("path");
    assert_eq!(
        stderr(&out),
        format!(
            "hoshi: error: the repository is owned by another user (git's safe.directory check); if you trust it, allow it with `git config --global --add safe.directory {0}` (repository path '{0}' is not owned by current user)\n",
            repo.display()
        )
    );
    // validate does not need git.
    assert_eq!(code(&f.hoshi(".", &["validate"])), 0);
}

/// Regression (issue 9): in a consultant's repository `hoshi portfolio` took the newest
/// review tag of the shared prefix for every client, so one client showed another's
/// review. Each client must get only the tags whose record names its folder.
#[test]
fn portfolio_in_a_monorepo_shows_each_client_only_its_own_review() {
    let f = Fixture::new("monorepo");
    // kawa is reviewed first, then minato a day later under the same prefix.
    let kawa = f.hoshi("clients/kawa", &["review", "--reviewer", "佐藤 花子"]);
    assert_eq!(code(&kawa), 0, "{kawa:?}");
    let minato = f.hoshi(
        "clients/minato",
        &["review", "--reviewer", "佐藤 花子", "--date", "2026-11-25"],
    );
    assert_eq!(code(&minato), 0, "{minato:?}");
    let (v, _) = f.json(".", &["portfolio", "clients"]);
    let clients = v["clients"].as_array().expect("clients");
    let by_path = |p: &str| {
        clients
            .iter()
            .find(|c| c["path"] == p)
            .unwrap_or_else(|| panic!("no row {p}: {v}"))
    };
    assert_eq!(
        by_path("clients/kawa")["last_review"],
        json!({"ref": "review/2026-11-26", "date": "2026-11-26"})
    );
    assert_eq!(
        by_path("clients/minato")["last_review"],
        json!({"ref": "review/2026-11-25", "date": "2026-11-25"})
    );
}

/// Regression (issue 9): `hoshi ci` turned every failure of the comparison into a note and
/// exited 0, so a last review in a format this hoshi cannot read passed CI. No history to
/// compare with is a note; any other failure is the job failing.
#[test]
fn ci_fails_when_the_reviewed_revision_is_in_a_newer_format() {
    let f = Fixture::new("future-format");
    let out = f.hoshi(".", &["ci", "--lang", "en", "--out", "../site"]);
    assert_eq!(code(&out), 2, "{out:?}");
    assert_eq!(
        stderr(&out),
        "hoshi: error: diagnosis.yaml at review/2026-04-25 is in format version 2, which this hoshi cannot read; update hoshi\n"
    );
    assert!(
        !f.tmp.path().join("site").exists(),
        "no site is built for a failed job"
    );
    // Outside git there is nothing to compare with: a note, and the job goes on.
    let plain = tempfile::tempdir().expect("tmp");
    common::copy_dir(&common::root().join("example-repo"), plain.path());
    let out = common::run_in(
        plain.path(),
        ["ci", "--lang", "en", "--out", "site"],
        ["HOSHI_TODAY=2026-11-26"],
    );
    assert_eq!(code(&out), 0, "{out:?}");
    let note = format!(
        "no comparison with the last review: {} is not inside a git repository (diff, review and history need its history; validate, status and site work without git)",
        plain.path().display()
    );
    assert_eq!(
        stdout(&out)
            .lines()
            .filter(|l| l.starts_with("no comparison"))
            .collect::<Vec<_>>(),
        [note.as_str()]
    );
}

/// `history --commits` as JSON, with its cache in `cache`.
fn commits_with_cache(f: &Fixture, cache: &Path, extra: &[&str]) -> Value {
    let mut cmd = common::hoshi();
    f.isolate(&mut cmd);
    cmd.current_dir(f.repo().join("client"))
        .env("HOSHI_TODAY", "2026-11-26")
        .env("HOSHI_CACHE_DIR", cache)
        .args(["history", "--commits", "--format", "json", "--lang", "en"])
        .args(extra);
    let out = cmd.output().expect("run hoshi");
    assert_eq!(code(&out), 0, "{out:?}");
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// The one entry of the history cache, and where its records start.
fn history_entry(cache: &Path) -> (PathBuf, Vec<u8>, usize) {
    let entries: Vec<PathBuf> = fs::read_dir(cache.join("history"))
        .expect("the entry's folder")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(entries.len(), 1, "{entries:?}");
    let bytes = fs::read(&entries[0]).expect("entry");
    // Two lines: the format, the build.
    let start = bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .nth(1)
        .map(|(i, _)| i + 1)
        .expect("header");
    (entries[0].clone(), bytes, start)
}

fn scores(h: &Value) -> Vec<Option<i64>> {
    let points = h.as_array().expect("array");
    points.iter().map(|p| p["score"].as_i64()).collect()
}

#[test]
fn history_of_commits_takes_kept_summaries_only_for_the_subtrees_it_met_before() {
    let f = Fixture::new("history-scs");
    let cache = tempfile::tempdir().expect("cache dir");
    let fresh = commits_with_cache(&f, cache.path(), &["--no-cache"]);
    assert!(
        !cache.path().join("history").exists(),
        "--no-cache keeps nothing"
    );
    assert_eq!(commits_with_cache(&f, cache.path(), &[]), fresh);
    assert_eq!(commits_with_cache(&f, cache.path(), &[]), fresh);
    let (entry, bytes, start) = history_entry(cache.path());
    // Four commits, each its own subtree: four records of 40 bytes.
    assert_eq!(bytes.len() - start, 4 * 40);

    // Every kept score says 7: a history that says so took them.
    let mut marked = bytes.clone();
    for record in marked[start..].chunks_exact_mut(40) {
        record[28..32].copy_from_slice(&7i32.to_le_bytes());
    }
    fs::write(&entry, &marked).expect("write entry");
    let h = commits_with_cache(&f, cache.path(), &[]);
    assert_eq!(scores(&h), vec![Some(7); 4]);
    assert_eq!(commits_with_cache(&f, cache.path(), &["--no-cache"]), fresh);

    // A new commit: only its subtree is evaluated.
    f.sh(
        &f.repo(),
        "answer client/diagnosis.yaml Q7 implemented\ncommit 2026-10-25 \"E: Q7\"",
    );
    let h = commits_with_cache(&f, cache.path(), &[]);
    let got = scores(&h);
    assert_eq!(got.len(), 5);
    assert_eq!(got[..4], [Some(7); 4]);
    assert!(got[4].is_some_and(|s| s != 7), "{got:?}");
    let (_, bytes, start) = history_entry(cache.path());
    assert_eq!(
        bytes.len() - start,
        5 * 40,
        "the entry holds this run's subtrees"
    );

    // Another build's entry is never taken.
    let other = [
        &b"hoshi history summaries 1\nanother build\n"[..],
        &marked[start..],
    ]
    .concat();
    fs::write(&entry, other).expect("write entry");
    let again = commits_with_cache(&f, cache.path(), &[]);
    assert_eq!(scores(&again)[..4], scores(&fresh)[..]);
}
