//! What a consultant and a client's staff hit on their first day, end to end: each test
//! pins a defect met in real use, by name, on a real git repository built here.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::{copy_dir, hoshi, root};

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

/// An empty repository as GitHub creates it: a README, committed.
fn github_repo() -> Scratch {
    let s = Scratch::new();
    fs::create_dir_all(s.client()).expect("client folder");
    fs::write(s.client().join("README.md"), "# security\n").expect("README");
    s.git(&["-c", "init.defaultBranch=main", "init", "-q"]);
    s.commit("2026-11-20", "Initial commit");
    s
}

/// Regression: `init` refused a repository that GitHub created with a README, wrote no
/// `.gitignore`, and after `hoshi ci` built `_site/`, `hoshi review` refused, listing the
/// site's files as uncommitted.
#[test]
fn init_in_a_github_repository_then_ci_then_review_needs_no_manual_step() {
    let s = github_repo();
    let init = s.hoshi(&["init", "--name", "株式会社テスト"]);
    ok(&init);
    assert_eq!(s.read("README.md"), "# security\n", "the README is kept");
    assert!(s.read(".gitignore").contains("/_site/"));
    s.commit("2026-11-21", "Add the hoshi client files");
    let ci = s.hoshi(&["ci"]);
    assert!(
        matches!(ci.status.code(), Some(0 | 1)),
        "ci: {}",
        String::from_utf8_lossy(&ci.stderr)
    );
    assert!(s.client().join("_site/index.html").is_file());
    let review = s.hoshi(&["review", "--reviewer", "佐藤 花子"]);
    ok(&review);
    assert!(
        stdout(&review).contains("review/2026-11-26"),
        "{}",
        stdout(&review)
    );
}

/// `review` ignores a folder hoshi built even without a `.gitignore` (it carries the
/// marker), and still refuses a real uncommitted change.
#[test]
fn review_ignores_hoshi_s_own_output_but_not_the_client_s_changes() {
    let s = Scratch::new().example();
    ok(&s.hoshi(&["site", "--out", "_site"]));
    ok(&s.hoshi(&["site", "--out", "public/site"]));
    ok(&s.hoshi(&["review", "--reviewer", "佐藤 花子", "--date", "2026-11-25"]));
    fs::write(s.client().join("notes.txt"), "x").expect("write");
    let refused = s.hoshi(&["review", "--reviewer", "佐藤 花子"]);
    assert_eq!(refused.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("notes.txt") && !stderr.contains("_site"),
        "{stderr}"
    );
}

/// Regression: `init --repo sub` wrote the client into the current folder.
#[test]
fn init_writes_into_the_folder_repo_names() {
    let s = Scratch::new();
    fs::create_dir_all(s.client()).expect("client folder");
    ok(&s.hoshi(&["init", "--repo", "sub", "--name", "株式会社テスト"]));
    assert!(s.client().join("sub/hoshi.yaml").is_file());
    assert!(!s.client().join("hoshi.yaml").exists());
    let both = s.hoshi(&["init", "other", "--repo", "sub"]);
    assert_eq!(both.status.code(), Some(2), "{both:?}");
}

/// A client in a folder of a larger repository names its schema in each file, since the
/// editor opens the repository and never reads the client's `.vscode/`.
#[test]
fn a_client_in_a_subfolder_gets_schema_modelines() {
    let s = github_repo();
    ok(&s.hoshi(&["init", "clients/minato", "--name", "株式会社みなと"]));
    let hoshi_yaml = s.read("clients/minato/hoshi.yaml");
    assert!(
        hoshi_yaml.starts_with("# yaml-language-server: $schema=.hoshi/schema/hoshi.schema.json\n"),
        "{hoshi_yaml}"
    );
    let v = s.hoshi(&["validate", "--repo", "clients/minato"]);
    ok(&v);
    // At the top of a repository, the settings file does it.
    let top = github_repo();
    ok(&top.hoshi(&["init", "--name", "株式会社テスト"]));
    assert!(!top.read("hoshi.yaml").contains("yaml-language-server"));
}

/// Existing editor settings are merged into, never replaced.
#[test]
fn init_merges_into_existing_editor_settings() {
    let s = github_repo();
    fs::create_dir_all(s.client().join(".vscode")).expect(".vscode");
    fs::write(
        s.client().join(".vscode/settings.json"),
        r#"{"editor.tabSize": 2, "yaml.schemas": {"https://example.jp/o.json": "o.yaml"}}"#,
    )
    .expect("settings");
    ok(&s.hoshi(&["init", "--name", "株式会社テスト"]));
    let v: serde_json::Value =
        serde_json::from_str(&s.read(".vscode/settings.json")).expect("settings JSON");
    assert_eq!(v["editor.tabSize"], 2);
    assert_eq!(v["yaml.schemas"]["https://example.jp/o.json"], "o.yaml");
    assert_eq!(
        v["yaml.schemas"]["./.hoshi/schema/hoshi.schema.json"],
        "hoshi.yaml"
    );
    let ext: serde_json::Value =
        serde_json::from_str(&s.read(".vscode/extensions.json")).expect("extensions JSON");
    assert_eq!(ext["recommendations"][0], "redhat.vscode-yaml");
}

/// Regression: a review last made on 2025-10-01, with a 12-month interval, was flagged by
/// `portfolio` only; `status`, its JSON and the internal site said nothing.
#[test]
fn an_overdue_review_is_a_located_warning_in_status_its_json_and_the_site() {
    let s = Scratch::new();
    copy_dir(&root().join("example-repo"), &s.client());
    s.git(&["-c", "init.defaultBranch=main", "init", "-q"]);
    s.commit("2025-10-01", "Add the client files");
    s.git(&["tag", "-a", "review/2025-10-01", "-m", "review"]);
    let text = stdout(&s.hoshi(&["status"]));
    assert!(text.contains("警告[review-overdue]"), "{text}");
    assert!(text.contains("--> hoshi.yaml:"), "{text}");
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&s.hoshi(&["status", "--format", "json"]))).expect("json");
    let found = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["code"] == "review-overdue")
        .cloned()
        .expect("review-overdue in the JSON");
    assert_eq!(found["severity"], "warning");
    assert!(found["line"].as_u64().is_some(), "{found}");
    ok(&s.hoshi(&["site", "--audience", "internal", "--out", "_site"]));
    let actions = s.read("_site/ja/actions.html");
    assert!(actions.contains("review-overdue"), "{actions}");
}

/// Regression (bug 10): the job summary showed `\`hoshi review …\`` with its backticks, the
/// internal pages did too, and the score's band was named by its id (「70-99」, 「49-or-less」).
#[test]
fn bug_10_no_literal_backticks_or_band_ids_in_the_summary_and_pages() {
    let s = Scratch::new().example();
    let summary = s.path().join("summary.md");
    let ci = hoshi()
        .current_dir(s.client())
        .env("HOSHI_TODAY", TODAY)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args(["ci", "--out", "public"])
        .output()
        .expect("run hoshi ci");
    ok(&ci);
    let md = fs::read_to_string(&summary).expect("summary");
    assert!(!md.contains("\\`"), "{md}");
    assert!(md.contains("`hoshi review --reviewer 氏名`"), "{md}");
    assert!(md.contains("おおむね対策できています（70〜99 点）"), "{md}");
    assert!(!md.contains("70-99"), "{md}");
    ok(&s.hoshi(&["site", "--audience", "internal", "--out", "_site"]));
    let actions = s.read("_site/ja/actions.html");
    assert!(
        actions.contains("<code>hoshi review --reviewer 氏名</code>"),
        "{actions}"
    );
    assert!(!actions.contains('`'), "{actions}");
    // The lowest band reads as a range too.
    for q in 1..=25 {
        let text = set_unknown(&s.read("diagnosis.yaml"), q);
        fs::write(s.client().join("diagnosis.yaml"), text).expect("write");
    }
    let status = stdout(&s.hoshi(&["status"]));
    assert!(status.contains("（49 点以下）"), "{status}");
    assert!(!status.contains("49-or-less"), "{status}");
}

/// diagnosis.yaml with question `q` answered `unknown` (its reason and action kept).
fn set_unknown(text: &str, q: u32) -> String {
    let key = format!("Q{q}: {{answer: ");
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        match line.find(&key) {
            Some(at) => {
                let rest = &line[at + key.len()..];
                let end = rest.find([',', '}']).unwrap_or(rest.len());
                out.push_str(&line[..at + key.len()]);
                out.push_str("unknown");
                out.push_str(&rest[end..]);
            }
            None => out.push_str(line),
        }
    }
    out
}

/// Regression (bug 10): Q24 was named differently in the schema (what the editor shows) and
/// in hoshi's reports. Every question's schema title is its catalogue topic.
#[test]
fn bug_10_schema_names_each_question_as_the_reports_do() {
    let schema: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(root().join("schema/diagnosis.schema.json")).expect("schema"),
    )
    .expect("schema JSON");
    let s = Scratch::new().example();
    let next = stdout(&s.hoshi(&["status"]));
    assert!(next.contains("Q24 事故対応の体制・手順"), "{next}");
    let title = schema["properties"]["answers"]["properties"]["Q24"]["title"]
        .as_str()
        .expect("Q24 title");
    assert_eq!(
        title,
        "Q24 事故対応の体制・手順 / Q24 Incident response readiness"
    );
    let catalogue = fs::read_to_string(root().join("assets/catalogue.yaml")).expect("catalogue");
    for q in 1..=25 {
        let title = schema["properties"]["answers"]["properties"][format!("Q{q}")]["title"]
            .as_str()
            .expect("title");
        let (ja, en) = title.split_once(" / ").expect("title in both languages");
        let topic = format!(
            "topic: {{ja: \"{}\", en: \"{}\"}}",
            ja.trim_start_matches(&format!("Q{q} ")),
            en.trim_start_matches(&format!("Q{q} "))
        );
        assert!(catalogue.contains(&topic), "Q{q}: {topic}");
    }
}

/// Regression (bug 11): every command's help offered `--format csv` (and github, markdown)
/// though few could write it. Each command offers exactly the formats it writes, refuses
/// the others before running, and each format it offers works.
#[test]
fn bug_11_each_command_offers_only_the_formats_it_writes() {
    let all = ["text", "json", "github", "markdown", "csv"];
    let table: &[(&[&str], &[&str])] = &[
        (&["init"], &["text"]),
        (&["validate"], &["text", "json", "github"]),
        (&["status"], &["text", "json", "github", "markdown"]),
        (&["diff"], &["text", "json", "github", "markdown"]),
        (&["review"], &["text", "json"]),
        (&["history"], &["text", "json"]),
        (&["site"], &["text", "json"]),
        (&["ci"], &["text"]),
        (&["evidence", "add"], &["text", "json"]),
        (&["evidence", "check"], &["text", "json", "github"]),
        (&["evidence", "list"], &["text", "json", "markdown", "csv"]),
        (&["portfolio"], &["text", "json", "markdown", "csv"]),
    ];
    let s = Scratch::new().example();
    s.git(&["tag", "-a", "review/2026-11-01", "-m", "review"]);
    for (command, formats) in table {
        let mut args: Vec<&str> = command.to_vec();
        args.extend(["--lang", "en", "--help"]);
        let help = stdout(&s.hoshi(&args));
        let offered = format!("[possible values: {}]", formats.join(", "));
        let format_line = help
            .lines()
            .skip_while(|l| !l.contains("--format"))
            .take(4)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(format_line.contains(&offered), "{command:?}: {help}");
        for f in all.iter().filter(|f| !formats.contains(f)) {
            let mut args: Vec<&str> = command.to_vec();
            args.extend(["--format", f]);
            let refused = s.hoshi(&args);
            assert_eq!(refused.status.code(), Some(2), "{command:?} {f}");
            assert!(
                String::from_utf8_lossy(&refused.stderr).contains(&format!("「{f}」")),
                "{command:?} {f}: {refused:?}"
            );
        }
    }
    // What is offered works, on commands that only read.
    let read_only: &[(&[&str], &[&str])] = &[
        (&["validate"], &["text", "json", "github"]),
        (&["status"], &["text", "json", "github", "markdown"]),
        (&["diff"], &["text", "json", "github", "markdown"]),
        (&["history"], &["text", "json"]),
        (&["evidence", "check"], &["text", "json", "github"]),
        (&["evidence", "list"], &["text", "json", "markdown", "csv"]),
        (&["portfolio", "."], &["text", "json", "markdown", "csv"]),
    ];
    for (command, formats) in read_only {
        for f in *formats {
            let mut args: Vec<&str> = command.to_vec();
            args.extend(["--format", f]);
            let out = s.hoshi(&args);
            assert!(
                // github writes annotations only, and a clean client has none.
                matches!(out.status.code(), Some(0 | 1))
                    && (*f == "github" || !out.stdout.is_empty()),
                "{command:?} {f}: {out:?}"
            );
        }
    }
}

/// Regression: next steps stopped at five with 「ほか N 件（--format json で確認）」, which
/// office staff cannot use. Every step is shown, grouped by what it is for.
#[test]
fn next_steps_show_every_step_grouped_not_five_and_a_count() {
    let s = Scratch::new().example();
    for q in [8, 9, 10, 11] {
        let text = set_unknown(&s.read("diagnosis.yaml"), q);
        fs::write(s.client().join("diagnosis.yaml"), text).expect("write");
    }
    // A condition of the declaration fails too: Q22 is left unanswered.
    let text: String = s
        .read("diagnosis.yaml")
        .split_inclusive('\n')
        .filter(|l| !l.trim_start().starts_with("Q22:"))
        .collect();
    fs::write(s.client().join("diagnosis.yaml"), text).expect("write");
    let out = s.hoshi(&["status"]);
    let text = stdout(&out);
    assert!(!text.contains("ほか"), "{text}");
    assert!(text.contains("宣言の条件を満たすために"), "{text}");
    assert!(text.contains("点数を上げるために"), "{text}");
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&s.hoshi(&["status", "--format", "json"]))).expect("json");
    let steps = json["next_steps"].as_array().expect("next_steps");
    assert!(steps.len() > 5, "{steps:?}");
    // Each question step of the JSON is in the text.
    for step in steps.iter().filter(|s| s["kind"] == "question") {
        let id = step["id"].as_str().expect("id");
        assert!(text.contains(&format!("{id} ")), "{id} missing:\n{text}");
    }
}

/// Regression: the portfolio said 「証跡 切れ/間近 2/1」 and had no column for the nearest
/// deadline or for overdue actions; its CSV opened garbled in Japanese Excel (no BOM).
#[test]
fn portfolio_names_the_next_deadline_overdue_actions_and_evidence_in_words() {
    let s = Scratch::new().example();
    let on = |day: &str, args: &[&str]| {
        hoshi()
            .current_dir(s.client())
            .env("HOSHI_TODAY", day)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .args(args)
            .output()
            .expect("run hoshi")
    };
    let now = stdout(&on(TODAY, &["portfolio", "."]));
    assert!(
        now.contains("次の期限") && now.contains("改善の期限切れ"),
        "{now}"
    );
    assert!(
        now.contains("証跡の期限") && now.contains("問題なし"),
        "{now}"
    );
    assert!(!now.contains("切れ/間近"), "{now}");
    // The nearest deadline is Q7's action, due 2026-12-25 in the example.
    assert!(now.contains("2026-12-25 改善 Q7"), "{now}");
    // Half a year on: actions are overdue and evidence has expired, said in words.
    let later = stdout(&on("2027-05-26", &["portfolio", ".", "--lang", "en"]));
    assert!(later.contains("4 expired"), "{later}");
    let json: serde_json::Value = serde_json::from_str(&stdout(&on(
        "2027-05-26",
        &["portfolio", ".", "--format", "json"],
    )))
    .expect("json");
    let row = &json["clients"][0];
    assert_eq!(row["actions_overdue"], 4, "{row}");
    assert_eq!(row["next_deadline"]["kind"], "action", "{row}");
    let csv = on(TODAY, &["portfolio", ".", "--format", "csv"]).stdout;
    assert!(csv.starts_with("\u{feff}path,".as_bytes()), "{csv:?}");
    let text = String::from_utf8(csv).expect("UTF-8");
    assert!(
        text.contains(",next_deadline,next_deadline_kind,actions_overdue,"),
        "{text}"
    );
    assert!(text.contains(",2026-12-25,action,0,"), "{text}");
}

/// Day one: refreshing evidence meant pasting a 64-character sha256 by hand.
/// `hoshi evidence update ID [FILE]` re-hashes the file, sets a new collected_on (today, or
/// `--collected-on`), and changes no other byte of evidence.yaml.
#[test]
fn evidence_update_rehashes_and_dates_the_file_keeping_every_other_byte() {
    let s = Scratch::new().example();
    let before = s.read("evidence.yaml");
    let old_hash = "4974a2e8d26438d484ba557b3e27deab21d4fa84c0903bd0fcbf5fc4379458f9";
    assert!(before.contains(&format!(
        "sha256: {old_hash}\n    collected_on: 2026-04-15\n"
    )));
    fs::write(
        s.client().join("evidence/ev-001-windows-update-policy.txt"),
        "2026年11月の適用状況\n",
    )
    .expect("replace the evidence file");
    let stale = s.hoshi(&["evidence", "check"]);
    assert_eq!(
        stale.status.code(),
        Some(1),
        "a changed file fails the check"
    );
    ok(&s.hoshi(&["evidence", "update", "EV-001"]));
    let after = s.read("evidence.yaml");
    let new_hash = {
        use sha2::Digest;
        let d = sha2::Sha256::digest("2026年11月の適用状況\n".as_bytes());
        d.iter().map(|b| format!("{b:02x}")).collect::<String>()
    };
    assert_eq!(
        after,
        before.replacen(
            &format!("sha256: {old_hash}\n    collected_on: 2026-04-15\n"),
            &format!("sha256: {new_hash}\n    collected_on: {TODAY}\n"),
            1
        ),
        "only the two values change"
    );
    ok(&s.hoshi(&["evidence", "check"]));
    // A given date, and a replacement file, which becomes the item's file.
    fs::write(s.client().join("evidence/ev-001-2026-11.txt"), "x\n").expect("new file");
    let json = s.hoshi(&[
        "evidence",
        "update",
        "EV-001",
        "evidence/ev-001-2026-11.txt",
        "--collected-on",
        "2026-11-20",
        "--format",
        "json",
    ]);
    ok(&json);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(v["collected_on"]["to"], "2026-11-20");
    assert_eq!(v["file"], "evidence/ev-001-2026-11.txt");
    let after = s.read("evidence.yaml");
    assert!(
        after.contains("file: evidence/ev-001-2026-11.txt\n"),
        "{after}"
    );
    assert!(after.contains("collected_on: 2026-11-20\n"), "{after}");
    ok(&s.hoshi(&["evidence", "check"]));
    // Refused, with nothing written: an unknown id, a future date.
    let unknown = s.hoshi(&["evidence", "update", "EV-999"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("EV-999"));
    let future = s.hoshi(&[
        "evidence",
        "update",
        "EV-001",
        "--collected-on",
        "2027-01-01",
    ]);
    assert_eq!(future.status.code(), Some(2));
    assert_eq!(s.read("evidence.yaml"), after);
}

/// `--fail-on answer`: one answer got worse while the total rose, which
/// `--fail-on regression` lets through.
#[test]
fn fail_on_answer_trips_on_one_worse_answer_even_when_the_total_rose() {
    let s = Scratch::new().example();
    s.git(&["tag", "-a", "review/2026-11-01", "-m", "review"]);
    // Q1 falls by 2 points; Q23 rises by 4: the total rises by 2.
    s.edit(
        "diagnosis.yaml",
        "Q1: {answer: implemented",
        "Q1: {answer: partial",
    );
    s.edit(
        "diagnosis.yaml",
        "    answer: not_implemented\n",
        "    answer: implemented\n",
    );
    ok(&s.hoshi(&["diff", "--fail-on", "regression"]));
    let gated = s.hoshi(&["diff", "--fail-on", "answer"]);
    assert_eq!(gated.status.code(), Some(1), "{}", stdout(&gated));
    let both = s.hoshi(&["diff", "--fail-on", "regression,answer"]);
    assert_eq!(both.status.code(), Some(1));
    // An answer that got better trips nothing.
    s.edit(
        "diagnosis.yaml",
        "Q1: {answer: partial",
        "Q1: {answer: implemented",
    );
    ok(&s.hoshi(&["diff", "--fail-on", "answer"]));
}

/// The rules the editor can show live in the schema: `not_applicable` needs a `reason`
/// (if/then), and an evidence item has exactly one of `file` and `url` (if/then/else, so
/// the editor says which key is wrong instead of "matches multiple schemas"). hoshi says
/// each as one finding of its own.
#[test]
fn schema_holds_the_reason_and_file_or_url_rules_the_editor_shows() {
    let schema = |name: &str| -> serde_json::Value {
        serde_json::from_str(&fs::read_to_string(root().join("schema").join(name)).expect("read"))
            .expect("schema JSON")
    };
    let diagnosis = schema("diagnosis.schema.json");
    let answer = &diagnosis["$defs"]["answer"];
    assert_eq!(
        answer["if"]["properties"]["answer"]["const"],
        "not_applicable"
    );
    assert_eq!(answer["then"]["required"][0], "reason");
    let evidence = schema("evidence.schema.json");
    let item = &evidence["properties"]["evidence"]["items"];
    assert!(item.get("oneOf").is_none(), "{item}");
    assert_eq!(item["if"]["required"][0], "file");
    assert_eq!(item["then"]["properties"]["url"], false);
    assert_eq!(item["else"]["required"][0], "url");
    // hoshi: one finding each, in its own words.
    let s = Scratch::new().example();
    let text: String = s
        .read("diagnosis.yaml")
        .split_inclusive('\n')
        .filter(|l| !l.trim_start().starts_with("reason: 私物端末"))
        .collect();
    fs::write(s.client().join("diagnosis.yaml"), text).expect("write");
    s.edit(
        "evidence.yaml",
        "    file: evidence/ev-001-windows-update-policy.txt\n",
        "    file: evidence/ev-001-windows-update-policy.txt\n    url: https://example.jp/x\n",
    );
    let out = s.hoshi(&["validate", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let codes: Vec<&str> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["code"].as_str())
        .collect();
    assert_eq!(codes, ["reason-missing", "file-or-url"], "{v}");
}

/// The calendar: dates already past are put on today as overdue, every event carries a
/// reminder 7 days before, a client never reviewed gets a "first review" event, and a
/// stale diagnosis is an event too.
#[test]
fn calendar_puts_overdue_items_on_today_with_reminders_and_a_first_review() {
    let s = Scratch::new().example();
    let ics = s.path().join("due.ics");
    let out = hoshi()
        .current_dir(s.client())
        .env("HOSHI_TODAY", "2027-05-26")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .args(["portfolio", ".", "--calendar"])
        .arg(&ics)
        .output()
        .expect("run hoshi");
    assert!(matches!(out.status.code(), Some(0 | 1)), "{out:?}");
    let text = fs::read_to_string(&ics).expect("calendar");
    let unfolded = text.replace("\r\n ", "");
    let events: Vec<&str> = unfolded.split("BEGIN:VEVENT").skip(1).collect();
    assert!(!events.is_empty());
    for e in &events {
        assert!(
            e.contains("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P7D\r\n"),
            "{e}"
        );
    }
    let first = events
        .iter()
        .find(|e| e.contains("初回の見直し"))
        .expect("a first-review event");
    assert!(first.contains("DTSTART;VALUE=DATE:20270526"), "{first}");
    // Q7's action was due 2026-12-25: it is on today, marked overdue, with its date.
    let q7 = events
        .iter()
        .find(|e| e.contains("Q7 改善計画"))
        .expect("Q7's action");
    assert!(q7.contains("SUMMARY:【期限切れ】"), "{q7}");
    assert!(q7.contains("DTSTART;VALUE=DATE:20270526"), "{q7}");
    assert!(q7.contains("期限は 2026-12-25 でした"), "{q7}");
    // The diagnosis of 2026-04-20 went stale on 2027-04-20: an event, overdue today.
    let stale = events
        .iter()
        .find(|e| e.contains("自社診断のやり直し"))
        .expect("a stale-diagnosis event");
    assert!(stale.contains("期限は 2027-04-20 でした"), "{stale}");
    // Nothing is before today.
    for e in &events {
        let start = e
            .split("DTSTART;VALUE=DATE:")
            .nth(1)
            .map(|r| &r[..8])
            .expect("DTSTART");
        assert!(start >= "20270526", "{e}");
    }

    // The lead time is the consultant's: --remind-days 3, or none at all with 0.
    let with = |days: &str| {
        let out = hoshi()
            .current_dir(s.client())
            .env("HOSHI_TODAY", "2027-05-26")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .args(["portfolio", ".", "--remind-days", days, "--calendar"])
            .arg(&ics)
            .output()
            .expect("run hoshi");
        assert!(matches!(out.status.code(), Some(0 | 1)), "{out:?}");
        fs::read_to_string(&ics).expect("calendar")
    };
    let three = with("3");
    assert_eq!(
        three.matches("TRIGGER:-P3D\r\n").count(),
        events.len(),
        "{three}"
    );
    assert!(!three.contains("P7D"), "{three}");
    let none = with("0");
    assert!(!none.contains("VALARM"), "{none}");
    assert_eq!(none.matches("BEGIN:VEVENT").count(), events.len());
    // A lead time that is not a number of days is a usage error, and nothing is written.
    let bad = hoshi()
        .current_dir(s.client())
        .args(["portfolio", ".", "--remind-days", "-1", "--calendar"])
        .arg(s.path().join("other.ics"))
        .output()
        .expect("run hoshi");
    assert_eq!(bad.status.code(), Some(2), "{bad:?}");
    assert!(!s.path().join("other.ics").exists());
}

/// The English site showed the industry, the representative and the title in Japanese,
/// and its automatic title read "… Information security". Optional English fields fill
/// them; without them the automatic title reads "Information security at …".
#[test]
fn english_site_uses_the_english_fields_and_a_readable_automatic_title() {
    let s = Scratch::new().example();
    ok(&s.hoshi(&["site", "--out", "_site"]));
    let en = s.read("_site/en/index.html");
    assert!(
        en.contains("Information security at Minato Seiko Co., Ltd."),
        "{en}"
    );
    assert!(!en.contains("Ltd. Information security"), "{en}");
    s.edit(
        "hoshi.yaml",
        "  industry: 製造業\n",
        "  industry: 製造業\n  industry_en: Precision machining\n",
    );
    s.edit(
        "hoshi.yaml",
        "representative: {title: 代表取締役, name: 港 一郎}",
        "representative: {title: 代表取締役, name: 港 一郎, title_en: President, name_en: Ichiro Minato}",
    );
    s.edit(
        "hoshi.yaml",
        "  title: みなと精工 情報セキュリティへの取組み\n",
        "  title: みなと精工 情報セキュリティへの取組み\n  title_en: Minato Seiko and security\n",
    );
    ok(&s.hoshi(&["validate"]));
    ok(&s.hoshi(&["site", "--out", "_site"]));
    let en = s.read("_site/en/index.html");
    for want in [
        "Precision machining",
        "President",
        "Ichiro Minato",
        "Minato Seiko and security",
    ] {
        assert!(en.contains(want), "{want}: {en}");
    }
    // The industry is not in Japanese on the English page any more.
    assert!(!en.contains("製造業"), "{en}");
    let ja = s.read("_site/ja/index.html");
    assert!(ja.contains("製造業") && ja.contains("港 一郎"), "{ja}");
    assert!(ja.contains("みなと精工 情報セキュリティへの取組み"), "{ja}");
}

/// Bug 9: the consultant's client declared ★★ but made a typo in hoshi.yaml (a full-width
/// colon on line 10). Its portfolio row must still show what the file says (the ★★
/// declaration, the English name, the review settings), name line 10, and call unknown
/// what the typo keeps hoshi from judging, never "nothing declared" or "does not hold".
#[test]
fn bug_09_a_broken_hoshi_yaml_row_shows_what_it_says_and_calls_the_rest_unknown() {
    let s = Scratch::new().example();
    let lines: Vec<String> = s.read("hoshi.yaml").lines().map(str::to_owned).collect();
    assert_eq!(lines[9], "  industry: 製造業", "line 10 of the example");
    s.edit("hoshi.yaml", "  industry: 製造業", "  industry： 製造業");
    s.edit("hoshi.yaml", "tag_prefix: review/", "tag_prefix: kansa/");
    s.commit("2026-11-02", "Typo");
    s.git(&["tag", "-a", "kansa/2026-11-02", "-m", "見直し"]);

    let json = |args: &[&str]| -> serde_json::Value {
        let out = s.hoshi(args);
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        serde_json::from_slice(&out.stdout).expect("json")
    };
    let v = json(&["portfolio", ".", "--format", "json"]);
    let row = &v["clients"][0];
    assert_eq!(row["declared"], 2, "{row}");
    assert_eq!(row["declared_unknown"], false, "{row}");
    assert_eq!(row["name_en"], "Minato Seiko Co., Ltd.", "{row}");
    assert_eq!(row["first_error"]["line"], 10, "{row}");
    assert_eq!(row["first_error"]["code"], "yaml-syntax", "{row}");
    // The review tag follows the prefix the broken file still names.
    assert_eq!(row["last_review"]["ref"], "kansa/2026-11-02", "{row}");
    // The policy's own publication URL decides ★★'s publication: it holds.
    assert_eq!(row["holds"], true, "{row}");

    // Without that URL, publication rests on hoshi.yaml's site settings, which the typo
    // keeps from being judged: unknown, not "does not hold".
    let policy = s.read("policy.yaml");
    let start = policy.find("\npublication:").expect("publication") + 1;
    let end = policy[start..]
        .match_indices('\n')
        .map(|(i, _)| start + i + 1)
        .find(|&i| !policy[i..].starts_with(' '))
        .expect("end of publication");
    fs::write(
        s.client().join("policy.yaml"),
        format!("{}{}", &policy[..start], &policy[end..]),
    )
    .expect("write policy.yaml");
    let v = json(&["portfolio", ".", "--format", "json"]);
    let row = &v["clients"][0];
    assert_eq!(
        (&row["declared"], &row["holds"]),
        (&2.into(), &serde_json::Value::Null),
        "{row}"
    );
    let text = stdout(&s.hoshi(&["portfolio", "."]));
    assert!(text.contains("★★ 判定不能"), "{text}");
    assert!(!text.contains("不成立"), "{text}");

    let status = json(&["status", "--format", "json"]);
    assert_eq!(
        status["declaration"]["holds"],
        serde_json::Value::Null,
        "{status}"
    );
    let codes: Vec<&str> = status["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["code"].as_str())
        .collect();
    assert!(!codes.contains(&"declaration-not-held"), "{codes:?}");
    let two = &status["eligibility"]["levels"][1];
    assert_eq!(two["undetermined"], true, "{two}");
    let published = two["requirements"]
        .as_array()
        .expect("requirements")
        .iter()
        .find(|r| r["id"] == "L2.policy-published")
        .expect("L2.policy-published");
    assert_eq!(
        (&published["met"], &published["undetermined"]),
        (&false.into(), &true.into()),
        "{published}"
    );
    let text = stdout(&s.hoshi(&["status"]));
    assert!(
        text.contains("? 宣言が条件を満たしているか確かめられません"),
        "{text}"
    );
    assert!(
        text.contains("★★ 二つ星 ? 条件を確かめられません"),
        "{text}"
    );
    assert!(!text.contains("宣言が条件を満たしていません"), "{text}");
}

/// The same mechanism on the public page: a ★ declaration whose principles.yaml has a
/// typo cannot be judged, and the page says so instead of 「✗ 現在は満たしていません」.
#[test]
fn a_declaration_a_broken_file_keeps_from_being_judged_is_never_published_as_not_met() {
    let s = Scratch::new().example();
    s.edit("hoshi.yaml", "  level: 2 ", "  level: 1 ");
    s.edit("principles.yaml", "status: practiced", "status： practiced");
    s.commit("2026-11-02", "Typo");
    let out = s.path().join("site");
    let built = s.hoshi(&["site", "--out", out.to_str().expect("utf-8 path")]);
    assert_eq!(built.status.code(), Some(1), "{built:?}");
    let page = fs::read_to_string(out.join("ja/index.html")).expect("ja/index.html");
    assert!(page.contains("現在は確認できません"), "{page}");
    assert!(!page.contains("✗"), "{page}");
    assert!(!page.contains("現在は満たしていません"), "{page}");
    let badge = fs::read_to_string(out.join("badge.svg")).expect("badge.svg");
    assert!(badge.contains("★ unconfirmed"), "{badge}");
    let status: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("status.json")).expect("status.json"))
            .expect("json");
    assert_eq!(
        (&status["declared"], &status["holds"]),
        (&1.into(), &serde_json::Value::Null)
    );
}

/// The diff says a condition cannot be judged when a file it reads has errors, rather than
/// that it is no longer met.
#[test]
fn diff_marks_a_condition_a_broken_file_keeps_from_being_judged() {
    let s = Scratch::new().example();
    ok(&s.hoshi(&["review", "--reviewer", "佐藤 花子", "--date", "2026-11-20"]));
    s.edit("diagnosis.yaml", "{answer: implemented", "{answer: done");
    let text = stdout(&s.hoshi(&["diff"]));
    assert!(
        text.contains("? ★★ 二つ星 自社診断の25問すべてに回答している"),
        "{text}"
    );
    assert!(text.contains("確かめられない（ファイルに誤り）"), "{text}");
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&s.hoshi(&["diff", "--format", "json"]))).expect("json");
    let found = json.to_string();
    assert!(
        found.contains(r#""id":"L2.all-answered""#) && found.contains(r#""undetermined":true"#),
        "{found}"
    );
}
