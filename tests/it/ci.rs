//! `hoshi ci` as the client workflow runs it: annotations, the job summary with the diff
//! against the last review, the site, and the exit code — in git and outside it.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use crate::common::{copy_dir, hoshi, root};

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(["-c", "user.name=Sato", "-c", "user.email=sato@example.jp"])
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_DATE", "2026-11-20T09:00:00+09:00")
        .env("GIT_COMMITTER_DATE", "2026-11-20T09:00:00+09:00")
        .output()
        .expect("run git");
    assert!(out.status.success(), "git {args:?}: {out:?}");
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
    let summary = fs::read_to_string(&summary).expect("summary written");
    assert!(summary.contains("review/2026-11-20"), "{summary}");
    assert!(
        summary.contains("88") && summary.contains("90"),
        "score 88 → 90 in {summary}"
    );
    assert!(client.join("_site/index.html").is_file());
    assert!(client.join("_site/status.json").is_file());
    assert!(stdout.contains("_site"), "{stdout}");
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
    assert!(
        stdout.contains("::error file=diagnosis.yaml,line="),
        "no annotation in {stdout}"
    );
    // The summary says there is no review yet rather than failing.
    assert!(fs::read_to_string(&summary).is_ok_and(|s| !s.trim().is_empty()));
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
