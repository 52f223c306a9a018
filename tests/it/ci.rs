//! `hoshi ci` as the client workflow runs it: annotations, the job summary with the diff
//! against the last review, the site, and the exit code — in git and outside it.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use crate::common::{copy_dir, hoshi, root};

/// Runs git in `dir`; its trimmed stdout.
fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(["-c", "user.name=Sato", "-c", "user.email=sato@example.jp"])
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_DATE", "2026-11-20T09:00:00+09:00")
        .env("GIT_COMMITTER_DATE", "2026-11-20T09:00:00+09:00")
        .output()
        .expect("run git");
    assert!(out.status.success(), "git {args:?}: {out:?}");
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// What hoshi printed between `::stop-commands::TOKEN` and `::TOKEN::` (so nothing it
/// quotes from the client files is a workflow command), and the token.
fn between_stop_commands(stdout: &str) -> (&str, &str) {
    let start = stdout
        .find("::stop-commands::")
        .unwrap_or_else(|| panic!("no ::stop-commands:: in {stdout}"));
    let rest = &stdout[start + "::stop-commands::".len()..];
    let (token, body) = rest.split_once('\n').expect("a line");
    let end = format!("::{token}::\n");
    assert!(body.ends_with(&end), "{stdout}");
    (&body[..body.len() - end.len()], token)
}

/// The part of `text` from the line that starts with `heading`.
fn section<'a>(text: &'a str, heading: &str) -> &'a str {
    let at = text
        .match_indices(heading)
        .map(|(i, _)| i)
        .find(|i| *i == 0 || text.as_bytes()[i - 1] == b'\n')
        .unwrap_or_else(|| panic!("no {heading:?} in {text}"));
    &text[at..]
}

fn ci(dir: &Path, summary: &Path, extra: &[&str]) -> Output {
    hoshi()
        .arg("ci")
        .args(extra)
        .current_dir(dir)
        .env("HOSHI_TODAY", "2026-11-26")
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_STEP_SUMMARY", summary)
        .output()
        .expect("run hoshi ci")
}

fn client_in_git(tmp: &Path) -> std::path::PathBuf {
    let client = tmp.join("client");
    copy_dir(&root().join("example-repo"), &client);
    git(&client, &["init", "--quiet", "--initial-branch", "main"]);
    git(&client, &["add", "."]);
    git(&client, &["commit", "--quiet", "-m", "client files"]);
    client
}

#[test]
fn compares_with_the_last_review_in_the_job_summary_and_builds_the_site() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let client = client_in_git(tmp.path());
    git(&client, &["tag", "review/2026-11-20"]);
    let diagnosis = client.join("diagnosis.yaml");
    let text = fs::read_to_string(&diagnosis).expect("diagnosis");
    let changed = text.replacen("answer: partial", "answer: implemented", 1);
    assert_ne!(text, changed);
    fs::write(&diagnosis, changed).expect("edit");

    let summary = tmp.path().join("summary.md");
    let out = ci(&client, &summary, &[]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let short = git(&client, &["rev-parse", "--short", "HEAD"]);
    // The job summary: the status, then the diff against review/2026-11-20, in Markdown.
    let summary = fs::read_to_string(&summary).expect("summary written");
    assert!(
        summary.starts_with("## SECURITY ACTION — 株式会社みなと精工\n"),
        "{summary}"
    );
    assert!(
        summary
            .lines()
            .any(|l| l == "### 自社診断  90 / 100 点  おおむね対策できています（70〜99 点）"),
        "{summary}"
    );
    assert_eq!(
        section(&summary, "## 変化: "),
        format!(
            "## 変化: review/2026-11-20（{short}、2026-11-20） → 作業フォルダ（2026-11-26）\n\n\
             ### 自社診断の点数\n\n\
             - 88 → 90 / 100 (+2)<br>パート2 従業員としての対策: 48 → 50 / 52 (+2)\n\n\
             ### 回答\n\n\
             - Q7 メール・FAXの誤送信対策: 一部実施している → 実施している  +2 点\n"
        )
    );
    // The log: workflow commands stopped around it, the same diff as text, then where the
    // site went.
    let (log, token) = between_stop_commands(&stdout);
    assert_eq!(
        section(log, "変化: ").trim_end(),
        format!(
            "変化: review/2026-11-20（{short}、2026-11-20） → 作業フォルダ（2026-11-26）\n\n\
             自社診断の点数\n  88 → 90 / 100 (+2)\n    パート2 従業員としての対策: 48 → 50 / 52 (+2)\n\n\
             回答\n  Q7 メール・FAXの誤送信対策: 一部実施している → 実施している  +2 点\n\n\
             サイト（public）を _site に書き出しました（10 ファイル）"
        ),
        "stop token {token}"
    );
    assert!(client.join("_site/index.html").is_file());
    assert!(client.join("_site/status.json").is_file());
}

#[test]
fn errors_are_annotated_and_fail_the_job() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let client = client_in_git(tmp.path());
    let diagnosis = client.join("diagnosis.yaml");
    let text = fs::read_to_string(&diagnosis).expect("diagnosis");
    fs::write(
        &diagnosis,
        text.replacen("{answer: implemented", "{answer: done", 1),
    )
    .expect("edit");
    let summary = tmp.path().join("summary.md");
    let out = ci(&client, &summary, &[]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    // One annotation per finding, located, before workflow commands are stopped. The
    // broken file keeps ★★ from being judged: no declaration-not-held for it.
    let annotations: Vec<&str> = stdout
        .lines()
        .take_while(|l| !l.starts_with("::stop-commands::"))
        .collect();
    assert_eq!(
        annotations,
        [
            "::error file=diagnosis.yaml,line=9,col=16,title=hoshi invalid-value::「answer」に \"done\" は使えません。使える値: implemented, partial, not_implemented, unknown, not_applicable",
            "::warning file=hoshi.yaml,line=24,col=20,title=hoshi review-overdue::見直しの記録（review タグ）がまだありません%0A内容を確認し、`hoshi review --reviewer 氏名` で見直しを記録してください。",
        ]
    );
    // The summary says there is no review yet rather than failing.
    let summary = fs::read_to_string(&summary).expect("summary written");
    assert_eq!(
        section(&summary, "## まだ見直しの記録"),
        "## まだ見直しの記録（レビュータグ）がありません。すべてが新規です → 作業フォルダ（2026-11-26）\n\n\
         判定 ★ 一つ星、— 点。回答 0 問、基本方針 5 節、証跡 6 件、指摘 2 件\n\n\
         最初の見直しを `hoshi review --reviewer 名前` で記録すると、以後はその時点との差を示します\n"
    );
    let (log, _) = between_stop_commands(&stdout);
    assert_eq!(
        log.lines().last(),
        Some("サイト（public）を _site に書き出しました（10 ファイル）")
    );
}

#[test]
fn works_outside_git_and_refuses_a_folder_it_did_not_make() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let client = tmp.path().join("client");
    copy_dir(&root().join("example-repo"), &client);
    let summary = tmp.path().join("summary.md");
    let out = ci(&client, &summary, &[]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(client.join("_site/index.html").is_file());

    let mine = client.join("mine");
    fs::create_dir(&mine).expect("folder");
    fs::write(mine.join("notes.txt"), "keep me").expect("user file");
    let out = ci(&client, &summary, &["--out", "mine"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert_eq!(
        fs::read_to_string(mine.join("notes.txt")).expect("kept"),
        "keep me"
    );
    assert_eq!(fs::read_dir(&mine).expect("folder").count(), 1);
}
