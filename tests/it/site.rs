//! `hoshi site` end to end: what each audience may read (canary strings), identical bytes
//! for identical input, safe output, theme overrides, review history from git, injected
//! markup staying text in a real browser (headless Chromium), and the independent site
//! checkers (vnu, links, axe-core: `check-site.sh`).
//!
//! The browser and checker tests need Chromium and `/opt/checkers` (`bash .ci/run`
//! installs both with `scripts/checkers/install.sh`); without them they are skipped with a
//! note, unless `HOSHI_REQUIRE_CHECKERS` is set. They run on Linux only (Debian's chromium),
//! and say so elsewhere.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::{copy_dir, hoshi, root};

const TODAY: &str = "2026-11-26";

/// A copy of example-repo to edit.
fn example(tmp: &Path) -> PathBuf {
    let client = tmp.join("client");
    copy_dir(&root().join("example-repo"), &client);
    client
}

fn site(client: &Path, out: &Path, audience: &str) -> Output {
    hoshi()
        .args(["site", "--audience", audience, "--out"])
        .arg(out)
        .arg("--repo")
        .arg(client)
        .env("HOSHI_TODAY", TODAY)
        .output()
        .expect("run hoshi site")
}

fn built(client: &Path, out: &Path, audience: &str) -> BTreeMap<String, Vec<u8>> {
    let o = site(client, out, audience);
    if o.status.code() != Some(0) && o.status.code() != Some(1) {
        let v = hoshi()
            .args(["validate", "--lang", "en", "--repo"])
            .arg(client)
            .output()
            .expect("run hoshi validate");
        panic!(
            "hoshi site failed: {}\n{}",
            String::from_utf8_lossy(&o.stderr),
            String::from_utf8_lossy(&v.stdout)
        );
    }
    assert!(
        out.join(".hoshi-site").is_file(),
        "no site at {}",
        out.display()
    );
    snapshot(out)
}

/// Every file under `dir` by relative path (the path itself is output too).
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in fs::read_dir(dir).expect("read folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).expect("inside");
                out.insert(
                    rel.to_string_lossy().replace('\\', "/"),
                    fs::read(&path).expect("read file"),
                );
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// Where in the site a string occurs (file names count).
fn occurrences(site: &BTreeMap<String, Vec<u8>>, needle: &str) -> Vec<String> {
    site.iter()
        .filter(|(path, bytes)| {
            path.contains(needle) || bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
        })
        .map(|(p, _)| p.clone())
        .collect()
}

/// The badge hoshi draws: "SECURITY ACTION" on the left, `text` on the right (its box is
/// `width` wide, the text `length`).
fn badge_svg(text: &str, width: u32, length: u32, color: &str) -> String {
    let total = 124 + width;
    let middle = 124 + width / 2;
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{total}\" height=\"20\" viewBox=\"0 0 {total} 20\">\n\
         <title>SECURITY ACTION: {text}</title>\n\
         <rect width=\"124\" height=\"20\" fill=\"#3b3b3b\"/>\n\
         <rect x=\"124\" width=\"{width}\" height=\"20\" fill=\"{color}\"/>\n\
         <g fill=\"#ffffff\" font-family=\"Verdana, 'DejaVu Sans', 'Noto Sans', sans-serif\" font-size=\"11\" text-anchor=\"middle\">\n\
         <text x=\"62\" y=\"14\" textLength=\"108\" lengthAdjust=\"spacingAndGlyphs\">SECURITY ACTION</text>\n\
         <text x=\"{middle}\" y=\"14\" textLength=\"{length}\" lengthAdjust=\"spacingAndGlyphs\">{text}</text>\n\
         </g>\n</svg>\n"
    )
}

/// Output with the temporary folder as `[TMP]`.
fn shown(bytes: &[u8], tmp: &Path) -> String {
    String::from_utf8_lossy(bytes).replace(&tmp.display().to_string(), "[TMP]")
}

/// The digest `hoshi status` prints for the client.
fn status_digest(client: &Path) -> String {
    let out = hoshi()
        .args(["status", "--format", "json", "--repo"])
        .arg(client)
        .env("HOSHI_TODAY", TODAY)
        .output()
        .expect("run hoshi status");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    v["digest"].as_str().expect("digest").to_owned()
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{}: no {from:?}", path.display());
    fs::write(path, text.replacen(from, to, 1)).expect("write");
}

fn sha256(path: &Path) -> String {
    hoshi::source::sha256_file(path).expect("hash")
}

/// Adds an evidence item with its file to the register.
fn add_evidence(client: &Path, id: &str, title: &str, file: &str, content: &str, vis: &str) {
    let path = client.join(file);
    fs::write(&path, content).expect("write evidence file");
    let hash = sha256(&path);
    let entry = format!(
        "\n  - id: {id}\n    title: '{title}'\n    file: '{file}'\n    sha256: {hash}\n    collected_on: 2026-04-01\n    visibility: {vis}\n"
    );
    let register = client.join("evidence.yaml");
    let mut text = fs::read_to_string(&register).expect("read register");
    text.push_str(&entry);
    fs::write(register, text).expect("write register");
}

/// Internal fields carrying canaries, and one partners-only field.
fn canary_client(tmp: &Path) -> PathBuf {
    let c = example(tmp);
    let d = c.join("diagnosis.yaml");
    edit(
        &d,
        "note: 全PCで自動更新、月末に適用状況を確認",
        "note: CANARY-NOTE-Q1",
    );
    edit(
        &d,
        "what: FAX 送信は登録済み短縮ダイヤルに限り、送信前に二人で宛先を確認する手順を定める",
        "what: CANARY-ACTION-WHAT",
    );
    edit(
        &d,
        "owner: 製造部 鈴木 健太, due",
        "owner: CANARY-ACTION-OWNER, due",
    );
    edit(
        &d,
        "reason: 私物端末の業務利用を禁止しているため",
        "reason: CANARY-REASON",
    );
    edit(
        &d,
        "assessed_by: 総務部 田中 美咲, 製造部 鈴木 健太",
        "assessed_by: CANARY-ASSESSOR",
    );
    edit(
        &c.join("principles.yaml"),
        "owner: 製造部 鈴木 健太",
        "owner: CANARY-PRINCIPLE-OWNER",
    );
    edit(
        &c.join("hoshi.yaml"),
        "consultant: {name: 佐藤 花子",
        "consultant: {name: CANARY-CONSULTANT",
    );
    // Declaring less than is met makes a finding (a hint): findings are internal.
    edit(&c.join("hoshi.yaml"), "level: 2 ", "level: 1 ");
    let e = c.join("evidence.yaml");
    edit(
        &e,
        "title: アカウント・共有設定の定期点検記録（2026年10月）",
        "title: CANARY-INTERNAL-TITLE",
    );
    edit(
        &e,
        "title: ウイルス対策ソフト ライセンス契約の概要",
        "title: PARTNERS-ONLY-TITLE",
    );
    edit(
        &e,
        "visibility: partners                # 期限なし",
        "visibility: partners\n    note: CANARY-EVIDENCE-NOTE  # 期限なし",
    );
    add_evidence(
        &c,
        "EV-900",
        "CANARY-SECRET-FILE-TITLE",
        "evidence/canary-internal-file.txt",
        "CANARY-FILE-CONTENT\n",
        "internal",
    );
    c
}

const INTERNAL_CANARIES: &[&str] = &[
    "CANARY-NOTE-Q1",
    "CANARY-ACTION-WHAT",
    "CANARY-ACTION-OWNER",
    "CANARY-REASON",
    "CANARY-ASSESSOR",
    "CANARY-PRINCIPLE-OWNER",
    "CANARY-CONSULTANT",
    "CANARY-INTERNAL-TITLE",
    "CANARY-EVIDENCE-NOTE",
    "CANARY-SECRET-FILE-TITLE",
    "CANARY-FILE-CONTENT",
    "canary-internal-file",
    "declaration-below-eligible",
];

#[test]
fn internal_fields_never_reach_public_or_partners() {
    let tmp = tempfile::tempdir().expect("tmp");
    let client = canary_client(tmp.path());
    let public = built(&client, &tmp.path().join("public"), "public");
    let partners = built(&client, &tmp.path().join("partners"), "partners");
    let internal = built(&client, &tmp.path().join("internal"), "internal");
    for canary in INTERNAL_CANARIES {
        // The canary is real: the internal site shows it.
        assert!(
            !occurrences(&internal, canary).is_empty(),
            "{canary} is not even in the internal site"
        );
        assert_eq!(
            occurrences(&public, canary),
            Vec::<String>::new(),
            "{canary}"
        );
        assert_eq!(
            occurrences(&partners, canary),
            Vec::<String>::new(),
            "{canary}"
        );
    }
    // Partners' evidence is for partners, not the public.
    assert_eq!(
        occurrences(&partners, "PARTNERS-ONLY-TITLE"),
        [
            "en/diagnosis.html",
            "en/evidence.html",
            "en/principles.html",
            "ja/diagnosis.html",
            "ja/evidence.html",
            "ja/principles.html"
        ]
    );
    assert_eq!(
        occurrences(&public, "PARTNERS-ONLY-TITLE"),
        Vec::<String>::new()
    );
    assert!(partners.contains_key("files/EV-002/ev-002-antimalware-license.txt"));
    assert!(!public.keys().any(|p| p.starts_with("files/EV-00")));
    assert!(internal.contains_key("files/EV-900/canary-internal-file.txt"));
    // Pages by audience.
    assert!(public.contains_key("ja/policy.html") && !public.contains_key("ja/diagnosis.html"));
    assert!(partners.contains_key("en/history.html") && !partners.contains_key("en/actions.html"));
    assert!(internal.contains_key("ja/actions.html"));
    // The public evidence (a URL) is on the public site.
    let ev = String::from_utf8_lossy(&public["ja/evidence.html"]).into_owned();
    assert!(ev.contains("EV-006") && !ev.contains("EV-001"), "{ev}");
}

#[test]
fn identical_input_gives_identical_bytes() {
    let tmp = tempfile::tempdir().expect("tmp");
    let client = canary_client(tmp.path());
    let a = built(&client, &tmp.path().join("a"), "internal");
    let b = built(&client, &tmp.path().join("b"), "internal");
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (path, bytes) in &a {
        assert!(b[path] == *bytes, "{path} differs between two builds");
    }
    // Rebuilding in place replaces the site with the same bytes.
    let again = built(&client, &tmp.path().join("a"), "internal");
    assert!(again == a);
    // No build time anywhere: another day gives the same public site.
    let p1 = built(&client, &tmp.path().join("p1"), "public");
    let later = hoshi()
        .args(["site", "--out"])
        .arg(tmp.path().join("p2"))
        .arg("--repo")
        .arg(&client)
        .env("HOSHI_TODAY", "2026-12-01")
        .output()
        .expect("run");
    assert_eq!(later.status.code(), Some(0), "{later:?}");
    assert!(snapshot(&tmp.path().join("p2")) == p1);
}

#[test]
fn status_json_and_badge_are_the_public_subset() {
    let tmp = tempfile::tempdir().expect("tmp");
    let client = example(tmp.path());
    let s = built(&client, &tmp.path().join("s"), "internal");
    let status: serde_json::Value = serde_json::from_slice(&s["status.json"]).expect("json");
    assert_eq!(status["organization"]["name"], "株式会社みなと精工");
    assert_eq!(status["declared"], 2);
    assert_eq!(status["eligible"], 2);
    assert_eq!(status["holds"], true);
    assert_eq!(status["commit"], serde_json::Value::Null, "outside git");
    assert_eq!(status["last_review"], serde_json::Value::Null);
    // The digest is the one `hoshi status` prints for the same files.
    let digest = status["digest"].as_str().expect("digest");
    assert_eq!(digest, status_digest(&client));
    let keys: Vec<_> = status
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    for internal in ["findings", "diagnosis", "evidence", "next_steps"] {
        assert!(!keys.contains(&internal), "{internal} in status.json");
    }
    assert!(!String::from_utf8_lossy(&s["style.css"]).contains("url("));
    let badge = String::from_utf8_lossy(&s["badge.svg"]).into_owned();
    assert_eq!(badge, badge_svg("★★ self-declared", 127, 111, "#1d6b33"));
    // Every page shows the digest, and the landing page links both languages.
    for (path, bytes) in s.iter().filter(|(p, _)| p.ends_with(".html")) {
        let page = String::from_utf8_lossy(bytes);
        assert!(page.contains(digest), "{path} lacks the digest");
        // Self-contained: no script, nothing loaded from another host.
        assert!(!page.contains("<script"), "{path} has a script");
        for attr in [
            "src=\"http",
            "src=\"//",
            "<link rel=\"stylesheet\" href=\"http",
        ] {
            assert!(!page.contains(attr), "{path} loads from another host");
        }
    }
    let landing = String::from_utf8_lossy(&s["index.html"]).into_owned();
    assert!(
        landing.contains("href=\"ja/index.html\"") && landing.contains("href=\"en/index.html\"")
    );

    // A declaration that does not hold: the badge says so, and hoshi exits 1.
    // (Q21 unanswered: ★★'s condition "all 25 answered" fails.)
    edit(
        &client.join("diagnosis.yaml"),
        "  Q21:\n    answer: not_applicable\n    reason: 私物端末の業務利用を禁止しているため\n    note: 就業規則で禁止し、業務用スマートフォンを全営業・管理職に支給\n",
        "",
    );
    let out = site(&client, &tmp.path().join("s"), "public");
    assert_eq!(out.status.code(), Some(1));
    let badge = fs::read_to_string(tmp.path().join("s/badge.svg")).expect("badge");
    assert_eq!(badge, badge_svg("★★ not met", 91, 75, "#a1231b"));
    let status: serde_json::Value =
        serde_json::from_slice(&fs::read(tmp.path().join("s/status.json")).expect("read"))
            .expect("json");
    assert_eq!(
        (status["holds"].clone(), status["eligible"].clone()),
        (false.into(), 1.into())
    );
}

fn leftovers(parent: &Path) -> Vec<String> {
    fs::read_dir(parent)
        .expect("read")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect()
}

#[test]
fn never_touches_a_folder_it_did_not_create() {
    let tmp = tempfile::tempdir().expect("tmp");
    let client = example(tmp.path());
    let docs = tmp.path().join("docs");
    fs::create_dir(&docs).expect("mkdir");
    fs::write(docs.join("notes.md"), "mine").expect("write");
    let out = site(&client, &docs, "public");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        shown(&out.stderr, tmp.path()),
        "hoshi: エラー: [TMP]/docs は空でなく、hoshi が作ったフォルダでもありません（.hoshi-site がありません）。中身を消したり書き足したりしないため、空のフォルダか新しいパスを --out で指定してください\n"
    );
    assert_eq!(snapshot(&docs).len(), 1);
    assert_eq!(fs::read(docs.join("notes.md")).expect("kept"), b"mine");

    let file = tmp.path().join("site.txt");
    fs::write(&file, "mine").expect("write");
    assert_eq!(site(&client, &file, "public").status.code(), Some(2));
    assert_eq!(fs::read(&file).expect("kept"), b"mine");

    // An empty folder is fine, and becomes hoshi's.
    let empty = tmp.path().join("empty");
    fs::create_dir(&empty).expect("mkdir");
    assert_eq!(site(&client, &empty, "public").status.code(), Some(0));
    assert!(empty.join(".hoshi-site").is_file());
    assert!(
        leftovers(tmp.path()).is_empty(),
        "{:?}",
        leftovers(tmp.path())
    );
}

#[test]
fn a_failed_build_leaves_the_previous_site_untouched() {
    let tmp = tempfile::tempdir().expect("tmp");
    let client = example(tmp.path());
    let out = tmp.path().join("site");
    let before = built(&client, &out, "public");
    fs::create_dir(client.join("theme")).expect("mkdir");
    // A misspelt variable is an error (strict undefined), not an empty string.
    fs::write(
        client.join("theme/index.html"),
        "{% extends \"base.html\" %}{% block main %}{{ site.orgg.name }}{% endblock %}",
    )
    .expect("write");
    let failed = site(&client, &out, "public");
    assert_eq!(failed.status.code(), Some(2));
    assert_eq!(
        shown(&failed.stderr, tmp.path()),
        "hoshi: エラー: サイトのテンプレート index.html でエラーが発生しました: undefined value: `site.orgg` is undefined (in index.html:1)\n"
    );
    assert!(snapshot(&out) == before, "the previous site changed");
    assert!(
        leftovers(tmp.path()).is_empty(),
        "{:?}",
        leftovers(tmp.path())
    );
}

#[test]
fn a_theme_overrides_files_but_sees_only_what_the_audience_may() {
    let tmp = tempfile::tempdir().expect("tmp");
    let client = canary_client(tmp.path());
    let theme = client.join("theme");
    fs::create_dir(&theme).expect("mkdir");
    fs::write(
        theme.join("style.css"),
        "/* THEME-CSS */ body { color: #222; }\n",
    )
    .expect("css");
    // A theme that dumps everything it is given.
    fs::write(
        theme.join("index.html"),
        "{% extends \"base.html\" %}{% block main %}<h1>THEME-INDEX</h1><pre>{{ site|tojson }}</pre>{% include \"extra.html\" %}{% endblock %}",
    )
    .expect("index");
    fs::write(
        theme.join("extra.html"),
        "<p>THEME-PARTIAL {{ t.skip }}</p>",
    )
    .expect("extra");
    fs::write(theme.join("styles.css"), "misspelt").expect("typo");
    let out = site(&client, &tmp.path().join("s"), "partners");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The file the theme cannot use is named.
    assert_eq!(
        shown(&out.stdout, tmp.path()),
        "サイトを [TMP]/s に書き出しました（対象: partners、言語: ja, en、23 ファイル）\n\
         テーマ: theme/extra.html, theme/index.html, theme/style.css\n\
         注意: 見直しの記録なしで作成しました（git リポジトリの外にあるため、見直しの記録を読めません）\n\
         注意: テーマの次のファイルは使われません（使えるのは *.html、*.svg、style.css）: theme/styles.css\n"
    );
    let s = snapshot(&tmp.path().join("s"));
    assert!(String::from_utf8_lossy(&s["style.css"]).starts_with("/* THEME-CSS */"));
    let index = String::from_utf8_lossy(&s["ja/index.html"]).into_owned();
    assert!(index.contains("THEME-INDEX") && index.contains("THEME-PARTIAL 本文へ移動"));
    // The dump (tojson escapes markup characters) has no internal field in it.
    assert!(
        index.contains("\"org\"") && !index.contains("<script"),
        "{index}"
    );
    for canary in INTERNAL_CANARIES {
        assert!(
            occurrences(&s, canary).is_empty(),
            "{canary} leaked through a theme"
        );
    }
    // Templates not overridden stay embedded.
    assert!(String::from_utf8_lossy(&s["ja/policy.html"]).contains("経営者の責任"));
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.jp")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.jp")
        .env("GIT_AUTHOR_DATE", "2026-04-25T10:00:00+09:00")
        .env("GIT_COMMITTER_DATE", "2026-04-25T10:00:00+09:00")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("run git");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn reviews_from_git_tags_give_the_last_review_and_the_history_chart() {
    let tmp = tempfile::tempdir().expect("tmp");
    let repo = tmp.path().join("repo");
    let client = repo.join("clients/minato");
    copy_dir(&root().join("example-repo"), &client);
    // Q23 not implemented at the first review (score 88 now is after it).
    git(&repo, &["init", "-q", "-b", "main"]);
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "first"]);
    let digest = |c: &Path| {
        let o = hoshi()
            .args(["status", "--format", "json", "--repo"])
            .arg(c)
            .env("HOSHI_TODAY", TODAY)
            .output()
            .expect("status");
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
        v["digest"].as_str().expect("digest").to_owned()
    };
    let first = digest(&client);
    let message = format!(
        "review 2026-04-25\n\nreviewer: 佐藤 花子\ndate: 2026-04-25\nlevel: 2\ndeclared: 2\nscore: 80\ndigest: {first}\nhoshi: 0.1.0\n"
    );
    git(&repo, &["tag", "-a", "review/2026-04-25", "-m", &message]);
    edit(
        &client.join("diagnosis.yaml"),
        "Q23:\n    answer: not_implemented",
        "Q23:\n    answer: implemented",
    );
    git(&repo, &["commit", "-q", "-am", "Q23 done"]);
    // A hand-written lightweight tag: its values are evaluated at its commit.
    git(&repo, &["tag", "review/2026-11-20"]);

    let out = tmp.path().join("site");
    let s = built(&client, &out, "partners");
    let status: serde_json::Value = serde_json::from_slice(&s["status.json"]).expect("json");
    assert_eq!(status["last_review"]["ref"], "review/2026-11-20");
    assert_eq!(status["last_review"]["date"], "2026-11-20");
    assert_eq!(status["uncommitted_changes"], false);
    assert_eq!(status["commit"].as_str().map(str::len), Some(40));
    let index = String::from_utf8_lossy(&s["ja/index.html"]).into_owned();
    assert!(
        index.contains("2026年11月20日")
            && index.contains("見直し以降、5つのファイルは変わっていません")
    );
    let history = String::from_utf8_lossy(&s["en/history.html"]).into_owned();
    // Two points: 80 recorded in the first tag, 92 evaluated at the second.
    assert_eq!(history.matches("<circle").count(), 2, "{history}");
    assert!(
        history.contains("2026-04-25: 80 ★★; 2026-11-20: 92 ★★"),
        "{history}"
    );
    assert_eq!(
        occurrences(&s, "佐藤 花子"),
        [
            "en/history.html",
            "en/packet.html",
            "ja/history.html",
            "ja/packet.html"
        ]
    );
    // The public site shows the review date but not who reviewed.
    let public = built(&client, &tmp.path().join("public"), "public");
    assert!(occurrences(&public, "佐藤 花子").is_empty());
    assert_eq!(
        occurrences(&public, "2026年11月20日"),
        [
            "index.html",
            "ja/evidence.html",
            "ja/index.html",
            "ja/policy.html"
        ]
    );

    // Uncommitted edits are disclosed.
    edit(&client.join("policy.yaml"), "経営者の責任", "経営者の責務");
    let s = built(&client, &out, "public");
    let status: serde_json::Value = serde_json::from_slice(&s["status.json"]).expect("json");
    assert_eq!(status["uncommitted_changes"], true);
    let index = String::from_utf8_lossy(&s["en/index.html"]).into_owned();
    assert!(index.contains("includes uncommitted changes"));
    assert!(index.contains("Changed since this review: policy.yaml<"));

    // A shallow clone still names its commit and says why there is no history.
    let shallow = tmp.path().join("shallow");
    let url = format!("file://{}", repo.display());
    git(
        tmp.path(),
        &["clone", "-q", "--depth", "1", &url, "shallow"],
    );
    let s = built(
        &shallow.join("clients/minato"),
        &tmp.path().join("s2"),
        "partners",
    );
    let status: serde_json::Value = serde_json::from_slice(&s["status.json"]).expect("json");
    assert_eq!(status["commit"].as_str().map(str::len), Some(40));
    assert_eq!(status["last_review"], serde_json::Value::Null);
    let history = String::from_utf8_lossy(&s["en/history.html"]).into_owned();
    assert!(history.contains("fetch-depth: 0"), "{history}");
}

#[test]
fn a_javascript_url_makes_hoshi_yaml_invalid_and_no_site_is_built() {
    let tmp = tempfile::tempdir().expect("tmp");
    let client = example(tmp.path());
    edit(
        &client.join("hoshi.yaml"),
        "website: https://minato-seiko.example.jp",
        "website: 'javascript:alert(3)'",
    );
    let out = tmp.path().join("site");
    let o = site(&client, &out, "public");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        shown(&o.stderr, tmp.path()),
        "hoshi: エラー: hoshi.yaml にエラーがあるため、サイトを作れません。`hoshi validate` で確認してください\n"
    );
    assert!(!out.exists());
}

// --- Injected markup and the independent checkers -------------------------------------

const SCRIPT: &str = "<script>alert(1)</script>";
const IMG: &str = "\"><img src=x onerror=alert(2)>";

/// A client whose texts try to inject markup into every kind of place.
fn hostile_client(tmp: &Path) -> PathBuf {
    let c = example(tmp);
    let h = c.join("hoshi.yaml");
    edit(
        &h,
        "name: 株式会社みなと精工",
        &format!("name: '{SCRIPT}株式会社みなと精工'"),
    );
    edit(
        &h,
        "title: みなと精工 情報セキュリティへの取組み",
        &format!("title: '{IMG}'"),
    );
    edit(&h, "industry: 製造業", &format!("industry: '{IMG}'"));
    let p = c.join("policy.yaml");
    edit(
        &p,
        "- heading: 経営者の責任",
        &format!("- heading: '{IMG}'"),
    );
    edit(
        &p,
        "経営者は、対策の実施状況を",
        &format!("{SCRIPT} <b>bold</b> &amp; 経営者は、対策の実施状況を"),
    );
    edit(
        &c.join("principles.yaml"),
        "measures: 事務用PCと",
        &format!("measures: {SCRIPT}<a href=\"javascript:alert(3)\">x</a> 事務用PCと"),
    );
    edit(
        &c.join("diagnosis.yaml"),
        "note: 全PCで自動更新、月末に適用状況を確認",
        &format!("note: '{IMG}'"),
    );
    add_evidence(
        &c,
        "EV-901",
        &format!("{SCRIPT} evidence"),
        &format!("evidence/{IMG}.txt"),
        "x\n",
        "public",
    );
    c
}

/// Whether a missing browser or checker fails the test instead of skipping it: CI installed
/// them (see `.ci/run`).
fn required() -> bool {
    std::env::var_os("HOSHI_REQUIRE_CHECKERS").is_some()
}

/// The browser tests use Debian's chromium: on other systems they are skipped, saying so.
fn linux_only(what: &str) -> bool {
    if cfg!(target_os = "linux") {
        return true;
    }
    eprintln!(
        "note: {what} run on Linux only; skipped on {}",
        std::env::consts::OS
    );
    false
}

pub fn chromium() -> Option<PathBuf> {
    if !linux_only("the browser checks") {
        return None;
    }
    let path =
        PathBuf::from(std::env::var_os("CHROMIUM").unwrap_or_else(|| "/usr/bin/chromium".into()));
    if path.is_file() {
        return Some(path);
    }
    assert!(
        !required(),
        "chromium is required (HOSHI_REQUIRE_CHECKERS) but {} is missing",
        path.display()
    );
    eprintln!("note: chromium not found; browser checks skipped");
    None
}

fn dump_dom(chromium: &Path, page: &Path, profile: &Path) -> String {
    let out = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("run chromium");
    assert!(
        out.status.success(),
        "chromium: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn injected_markup_stays_text_in_a_real_browser() {
    let tmp = tempfile::tempdir().expect("tmp");
    let client = hostile_client(tmp.path());
    let out = tmp.path().join("site");
    let s = built(&client, &out, "internal");
    // In the bytes: no script element, no javascript: link, escaped text instead.
    for (path, bytes) in s.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        assert!(!html.contains("<script"), "{path}");
        assert!(!html.contains("<img src=x"), "{path}");
        assert!(
            !html.to_ascii_lowercase().contains("href=\"javascript"),
            "{path}"
        );
        assert!(!html.contains("<b>bold"), "{path}");
    }
    assert!(
        s.keys().any(|p| p.starts_with("files/EV-901/")),
        "the hostile file name is published"
    );
    let Some(chromium) = chromium() else { return };
    let pages = [
        "index.html",
        "ja/index.html",
        "en/index.html",
        "ja/policy.html",
        "ja/principles.html",
        "ja/diagnosis.html",
        "ja/evidence.html",
    ];
    for page in pages {
        let profile = tempfile::tempdir().expect("profile");
        let dom = dump_dom(&chromium, &out.join(page), profile.path());
        assert!(dom.contains("</html>"), "{page}: no DOM: {dom}");
        // The browser parsed the page: injected tags are text nodes, not elements.
        assert!(!dom.contains("<script"), "{page}: a script element");
        assert!(
            !dom.contains("<img src=\"x\""),
            "{page}: an injected img element"
        );
        assert!(
            !dom.contains("onerror=\"alert"),
            "{page}: an event handler attribute"
        );
        assert!(
            !dom.to_ascii_lowercase().contains("<a href=\"javascript"),
            "{page}"
        );
        assert!(!dom.contains("<b>bold"), "{page}");
        let shown_as_text = dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
            || dom.contains("&lt;img src=x onerror=alert(2)&gt;");
        assert!(
            shown_as_text,
            "{page}: the injected text is not shown as text"
        );
    }
}

fn check_site_script() -> Option<PathBuf> {
    if !linux_only("the site checkers (vnu, axe-core in chromium)") {
        return None;
    }
    let dir = std::env::var_os("HOSHI_CHECKERS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("scripts/checkers"));
    let script = dir.join("check-site.sh");
    let prefix = PathBuf::from(
        std::env::var_os("CHECKERS_PREFIX").unwrap_or_else(|| "/opt/checkers".into()),
    );
    let ready = script.is_file()
        && prefix.join("bin/vnu").exists()
        && prefix.join("bin/axe").exists()
        && Path::new("/usr/bin/chromium").exists();
    if ready {
        return Some(script);
    }
    assert!(
        !required(),
        "check-site.sh and its checkers are required (HOSHI_REQUIRE_CHECKERS) but missing"
    );
    eprintln!("note: check-site.sh or its checkers not found; site checks skipped");
    None
}

fn check_site(script: &Path, site: &Path, shots: &Path) {
    let out = crate::common::shell("bash")
        .arg(script)
        .arg(site)
        .arg(shots)
        .output()
        .expect("run check-site.sh");
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "check-site.sh failed on {}:\n{log}",
        site.display()
    );
    assert!(log.contains("PASS"), "{log}");
}

#[test]
fn the_example_site_passes_every_checker() {
    let Some(script) = check_site_script() else {
        return;
    };
    let tmp = tempfile::tempdir().expect("tmp");
    let client = example(tmp.path());
    for audience in ["public", "internal"] {
        let out = tmp.path().join(audience);
        built(&client, &out, audience);
        check_site(&script, &out, &tmp.path().join(format!("shots-{audience}")));
    }
}

#[test]
fn a_hostile_site_still_passes_every_checker() {
    let Some(script) = check_site_script() else {
        return;
    };
    let tmp = tempfile::tempdir().expect("tmp");
    let client = hostile_client(tmp.path());
    let out = tmp.path().join("site");
    built(&client, &out, "internal");
    check_site(&script, &out, &tmp.path().join("shots"));
}

/// The working folder's files and evidence are reused for the commits compared with it
/// only where a commit has the same content: the review commit below is judged by its own
/// files, whether they differ from the working folder's or not.
#[test]
fn a_review_tag_without_a_record_is_judged_by_its_commits_own_files() {
    let tmp = tempfile::tempdir().expect("tmp");
    let client = example(tmp.path());
    let ev1 = client.join("evidence/ev-001-windows-update-policy.txt");
    let ev2 = client.join("evidence/ev-002-antimalware-license.txt");
    let good = fs::read(&ev1).expect("read");
    // Committed with an evidence file that no longer has its registered sha256.
    fs::write(&ev1, [good.as_slice(), b"edited\n"].concat()).expect("write");
    git(&client, &["init", "-q", "-b", "main"]);
    git(&client, &["add", "."]);
    git(&client, &["commit", "-q", "-m", "first"]);
    git(
        &client,
        &["tag", "-a", "review/2026-04-25", "-m", "reviewed by hand"],
    );
    let withheld = |o: &Output| -> serde_json::Value {
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
        v["evidence_withheld"].clone()
    };
    let json_site = |out: &Path| {
        hoshi()
            .args([
                "site",
                "--format",
                "json",
                "--audience",
                "internal",
                "--out",
            ])
            .arg(out)
            .arg("--repo")
            .arg(&client)
            .env("HOSHI_TODAY", TODAY)
            .output()
            .expect("run hoshi site")
    };

    // The working folder differs: the evidence file is put right, and Q23 is done (92).
    fs::write(&ev1, &good).expect("write");
    edit(
        &client.join("diagnosis.yaml"),
        "Q23:\n    answer: not_implemented",
        "Q23:\n    answer: implemented",
    );
    let out = tmp.path().join("site");
    let o = json_site(&out);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(withheld(&o), serde_json::json!([]));
    let s = snapshot(&out);
    let status: serde_json::Value = serde_json::from_slice(&s["status.json"]).expect("json");
    assert_eq!(status["uncommitted_changes"], true);
    let history = String::from_utf8_lossy(&s["en/history.html"]).into_owned();
    assert!(history.contains("2026-04-25: 88 ★★<"), "{history}");
    let index = String::from_utf8_lossy(&s["en/index.html"]).into_owned();
    assert!(
        index.contains("Changed since this review: diagnosis.yaml<"),
        "{index}"
    );

    // The five files as committed, and another evidence file changed after the commit.
    edit(
        &client.join("diagnosis.yaml"),
        "Q23:\n    answer: implemented",
        "Q23:\n    answer: not_implemented",
    );
    let o2 = fs::read(&ev2).expect("read");
    fs::write(&ev2, [o2.as_slice(), b"edited\n"].concat()).expect("write");
    let o = json_site(&out);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(withheld(&o), serde_json::json!(["EV-002"]));
    let s = snapshot(&out);
    let status: serde_json::Value = serde_json::from_slice(&s["status.json"]).expect("json");
    assert_eq!(status["uncommitted_changes"], false);
    let history = String::from_utf8_lossy(&s["en/history.html"]).into_owned();
    assert!(history.contains("2026-04-25: 88 ★★<"), "{history}");
    let index = String::from_utf8_lossy(&s["en/index.html"]).into_owned();
    assert!(
        index.contains("The five files have not changed since this review"),
        "{index}"
    );
}

/// A client file committed as a symlink is refused even when the link's blob is the very
/// content of the working folder's file (a blob id does not say whether it is a link).
#[test]
fn a_client_file_committed_as_a_symlink_is_not_taken_for_the_working_file() {
    let tmp = tempfile::tempdir().expect("tmp");
    let client = example(tmp.path());
    git(&client, &["init", "-q", "-b", "main"]);
    git(&client, &["add", "."]);
    let blob = Command::new("git")
        .args(["hash-object", "-w", "hoshi.yaml"])
        .current_dir(&client)
        .output()
        .expect("git hash-object");
    let blob = String::from_utf8(blob.stdout).expect("utf-8");
    let entry = format!("120000,{},hoshi.yaml", blob.trim());
    git(&client, &["update-index", "--cacheinfo", &entry]);
    git(&client, &["commit", "-q", "-m", "first"]);
    git(
        &client,
        &["tag", "-a", "review/2026-04-25", "-m", "reviewed by hand"],
    );
    let s = built(&client, &tmp.path().join("site"), "internal");
    let status: serde_json::Value = serde_json::from_slice(&s["status.json"]).expect("json");
    // HEAD's hoshi.yaml cannot be read, so the working folder is not HEAD's.
    assert_eq!(status["uncommitted_changes"], true, "{status}");
    let history = String::from_utf8_lossy(&s["en/history.html"]).into_owned();
    assert!(!history.contains("2026-04-25: 88"), "{history}");
}
