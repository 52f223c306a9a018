//! `hoshi portfolio` over the consultant's folder that tests/fixtures/portfolio.sh builds
//! (several clients in one git repository with review tags at pinned dates, broken ones
//! among them, and one client outside git), through the library and the command line.

use crate::common;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use hoshi::portfolio::{self, DueKind, Row};
use icalendar::{Calendar, Component, DatePerhapsTime};
use jiff::civil::{Date, date};

fn today() -> Date {
    date(2026, 11, 26)
}

/// Builds the fixture in a new temporary folder.
fn fixture() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("temp dir");
    let status = crate::common::shell("bash")
        .arg(common::root().join("tests/fixtures/portfolio.sh"))
        .current_dir(tmp.path())
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .status()
        .expect("run the fixture script");
    assert!(status.success(), "fixture script failed");
    tmp
}

fn paths(tmp: &Path) -> Vec<PathBuf> {
    vec![tmp.join("consultant"), tmp.join("solo")]
}

fn rows(tmp: &Path) -> Vec<Row> {
    let found = portfolio::discover(&paths(tmp)).expect("discover");
    portfolio::evaluate(&found.clients, today(), true, None, &|| {})
}

fn row<'a>(rows: &'a [Row], suffix: &str) -> &'a Row {
    rows.iter()
        .find(|r| r.path.ends_with(suffix))
        .unwrap_or_else(|| panic!("no row for {suffix}"))
}

#[test]
fn finds_every_client_and_skips_tool_folders_and_symlinks() {
    let tmp = fixture();
    let found = portfolio::discover(&paths(tmp.path())).expect("discover");
    let base = tmp.path().to_string_lossy().replace('\\', "/");
    let shown: Vec<String> = found
        .clients
        .iter()
        .map(|f| f.shown.replacen(&base, "", 1))
        .collect();
    assert_eq!(
        shown,
        [
            "/consultant/clients/kawa",
            "/consultant/clients/kuzure",
            "/consultant/clients/minato",
            "/consultant/clients/sora",
            "/consultant/clients/yama",
            "/consultant/clients/yomenai",
            "/solo",
        ]
    );
    assert!(found.unreadable.is_empty());
}

#[test]
fn one_broken_client_never_hides_the_others() {
    let tmp = fixture();
    let done = AtomicUsize::new(0);
    let found = portfolio::discover(&paths(tmp.path())).expect("discover");
    let rows = portfolio::evaluate(&found.clients, today(), true, None, &|| {
        done.fetch_add(1, Ordering::Relaxed);
    });
    assert_eq!(rows.len(), 7);
    assert_eq!(done.load(Ordering::Relaxed), 7, "progress once per client");

    // Cannot be read at all: its own row, with the reason.
    let yomenai = row(&rows, "yomenai");
    let reason = yomenai.error.as_ref().expect("a reason");
    assert_eq!(
        reason.en,
        "policy.yaml is not read: it is not a regular file"
    );
    assert_eq!((yomenai.eligible, yomenai.errors), (None, 1));

    // A syntax error: evaluated as far as it goes; the cause is the reason shown.
    let kuzure = row(&rows, "kuzure");
    // ★★'s conditions do not read principles.yaml: the ★★ declaration holds.
    assert_eq!(kuzure.holds, Some(true));
    assert_eq!(
        kuzure.first_error.as_ref().map(|f| f.code.as_str()),
        Some("yaml-syntax")
    );

    // The others are whole.
    let minato = row(&rows, "minato");
    assert_eq!(
        (minato.declared, minato.eligible, minato.holds, minato.score),
        (Some(2), Some(2), Some(true), Some(88))
    );
    assert_eq!((minato.errors, minato.warnings), (0, 0));
}

#[test]
fn reviews_from_tags_and_overdue_ones() {
    let tmp = fixture();
    let rows = rows(tmp.path());
    // An annotated tag: the date it records.
    let minato = row(&rows, "minato");
    let last = minato.last_review.as_ref().expect("reviewed");
    assert_eq!(
        (last.tag.as_str(), last.date),
        ("minato/review/2026-10-01", date(2026, 10, 1))
    );
    assert_eq!(minato.next_review, Some(date(2027, 10, 1)));
    assert!(!minato.review_overdue);

    // A lightweight tag older than the 12-month interval.
    let yama = row(&rows, "yama");
    assert_eq!(
        yama.last_review.as_ref().map(|l| l.date),
        Some(date(2025, 6, 30))
    );
    assert_eq!(yama.next_review, Some(date(2026, 6, 30)));
    assert!(yama.review_overdue);

    // In git but never reviewed, and outside git: both overdue, only one has a note.
    let kuzure = row(&rows, "kuzure");
    assert!(kuzure.last_review.is_none() && kuzure.review_overdue);
    assert_eq!(kuzure.review_note, None);
    let solo = row(&rows, "solo");
    assert!(solo.last_review.is_none() && solo.review_overdue);
    assert_eq!(
        solo.review_note.as_ref().map(|n| n.en.as_str()),
        Some("not inside a git repository, so there is no review record (review tags)")
    );
}

#[test]
fn declarations_that_do_not_hold_and_expiring_evidence() {
    let tmp = fixture();
    let rows = rows(tmp.path());
    let kawa = row(&rows, "kawa");
    assert_eq!(
        (kawa.declared, kawa.eligible, kawa.holds),
        (Some(2), Some(1), Some(false))
    );
    // The unknown answer is practice advice, counted apart from the errors.
    assert_eq!((kawa.errors, kawa.warnings, kawa.practice), (1, 1, 1));
    let sora = row(&rows, "sora");
    assert_eq!((sora.evidence_expiring, sora.evidence_expired), (1, 1));
    assert_eq!(sora.warnings, 2);
    let expiry: Vec<(String, Date)> = sora
        .due
        .iter()
        .filter_map(|d| match &d.what {
            DueKind::EvidenceExpiry { id, .. } => Some((id.clone(), d.date)),
            _ => None,
        })
        .collect();
    // The example's four items that expire; EV-002 and EV-004 were moved close to today.
    assert_eq!(
        expiry,
        [
            ("EV-001".to_owned(), date(2027, 4, 15)),
            ("EV-002".to_owned(), date(2026, 12, 10)),
            ("EV-003".to_owned(), date(2027, 4, 5)),
            ("EV-004".to_owned(), date(2026, 11, 1)),
        ]
    );
}

/// Without the calendar a row keeps only its nearest due date and the count of overdue
/// actions: the same as read from every due date, the review first on a tie.
#[test]
fn a_row_without_the_calendar_keeps_the_nearest_due_date() {
    let tmp = fixture();
    let found = portfolio::discover(&paths(tmp.path())).expect("discover");
    let full = portfolio::evaluate(&found.clients, today(), true, None, &|| {});
    let compact = portfolio::evaluate(&found.clients, today(), false, None, &|| {});
    assert_eq!(full.len(), compact.len());
    let mut with_due = 0;
    for (f, c) in full.iter().zip(&compact) {
        assert!(c.due.is_empty(), "{}", c.path);
        let nearest = f
            .due
            .iter()
            .filter(|d| d.date >= today())
            .min_by_key(|d| d.date);
        assert_eq!(c.next_due.as_ref(), nearest, "{}", c.path);
        assert_eq!(f.next_due, c.next_due, "{}", c.path);
        let overdue = f
            .due
            .iter()
            .filter(|d| matches!(d.what, DueKind::Action { .. }) && d.date < today())
            .count();
        assert_eq!((f.actions_overdue, c.actions_overdue), (overdue, overdue));
        with_due += usize::from(nearest.is_some());
    }
    assert!(with_due >= 5, "the fixture's clients have due dates");
}

#[test]
fn text_is_sorted_by_urgency() {
    let tmp = fixture();
    let rows = rows(tmp.path());
    let order: Vec<&str> = hoshi::render::portfolio::by_urgency(&rows)
        .iter()
        .map(|r| r.path.rsplit('/').next().unwrap_or_default())
        .collect();
    // Not held first (kawa), then other errors (kuzure, never reviewed, before yomenai),
    // overdue reviews (by path), expiring evidence, and the client that needs nothing last.
    assert_eq!(
        order,
        [
            "kawa", "kuzure", "yomenai", "yama", "solo", "sora", "minato"
        ]
    );
}

fn run(tmp: &Path, args: &[&str]) -> std::process::Output {
    common::run_in(tmp, args.iter().copied(), ["GIT_CONFIG_GLOBAL=/dev/null"])
}

#[test]
fn json_has_the_contract_fields() {
    let tmp = fixture();
    let out = run(
        tmp.path(),
        &["portfolio", "consultant", "solo", "--format", "json"],
    );
    assert_eq!(out.status.code(), Some(1), "declarations not held: exit 1");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let clients = v["clients"].as_array().expect("clients");
    assert_eq!(clients.len(), 7);
    let minato = clients
        .iter()
        .find(|c| c["path"] == "consultant/clients/minato")
        .expect("minato");
    assert_eq!(
        *minato,
        serde_json::json!({
            "path": "consultant/clients/minato",
            "name": "株式会社みなと精工",
            "name_en": "Minato Seiko Co., Ltd.",
            "declared": 2,
            "declared_unknown": false,
            "eligible": 2,
            "holds": true,
            "score": 88,
            "scs": {"met": 44, "total": 81, "ready": false},
            "last_review": {"ref": "minato/review/2026-10-01", "date": "2026-10-01"},
            "next_review": "2027-10-01",
            "review_overdue": false,
            "evidence_expiring": 0,
            "evidence_expired": 0,
            "next_deadline": {"date": "2026-12-25", "kind": "action", "what": "改善 Q7"},
            "actions_overdue": 0,
            "errors": 0,
            "warnings": 0,
            "practice": 0,
            "error": null,
            "first_error": null,
            "review_note": null
        })
    );
    let solo = clients.iter().find(|c| c["path"] == "solo").expect("solo");
    assert!(solo["last_review"].is_null());
}

fn calendar(tmp: &Path, name: &str, lang: &str) -> String {
    let out = run(
        tmp,
        &[
            "portfolio",
            "consultant",
            "solo",
            "--calendar",
            name,
            "--lang",
            lang,
            "--quiet",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    std::fs::read_to_string(tmp.join(name)).expect("calendar written")
}

#[test]
fn the_calendar_parses_back_with_every_due_date() {
    let tmp = fixture();
    let ics = calendar(tmp.path(), "due.ics", "en");

    // RFC 5545 framing: CRLF only, no line over 75 octets.
    assert!(!ics.replace("\r\n", "").contains('\n'), "bare LF");
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }

    let parsed: Calendar = ics.parse().expect("an iCalendar crate reads it");
    let events: Vec<_> = parsed.events().collect();
    // Reviews: the next one of kawa, minato, sora, yama, and the first one of kuzure and solo
    // (never reviewed; yomenai cannot be read); per readable client (six), the example's
    // four evidence items that expire and its five open improvement actions.
    let count = |kind: &str| {
        events
            .iter()
            .filter(|e| e.get_uid().is_some_and(|u| u.starts_with(kind)))
            .count()
    };
    assert_eq!(count("review-"), 6);
    let first = events
        .iter()
        .filter(|e| {
            e.get_summary()
                .is_some_and(|s| s.ends_with("first SECURITY ACTION review"))
        })
        .count();
    assert_eq!(first, 2);
    assert_eq!(count("evidence-"), 6 * 4);
    assert_eq!(count("action-"), 6 * 5);
    // The self-diagnosis of every readable client goes stale.
    assert_eq!(count("diagnosis-"), 6);
    assert_eq!(
        events.len(),
        count("review-") + count("evidence-") + count("action-") + count("diagnosis-")
    );

    // Every UID is distinct, and every event is an all-day event stamped at today.
    let mut uids: Vec<&str> = events.iter().filter_map(|e| e.get_uid()).collect();
    uids.sort_unstable();
    uids.dedup();
    assert_eq!(uids.len(), events.len());
    assert_eq!(
        ics.matches("DTSTAMP:20261126T000000Z\r\n").count(),
        events.len()
    );

    // Text with a comma survives escaping and folding.
    let sora = events
        .iter()
        .find(|e| e.get_summary() == Some("Sora Accounting, Inc.: evidence EV-002 expires"))
        .expect("sora's EV-002 event, comma unescaped");
    match sora.get_start() {
        Some(DatePerhapsTime::Date(d)) => assert_eq!(d.to_string(), "2026-12-10"),
        other => panic!("not an all-day event: {other:?}"),
    }
    let review = events
        .iter()
        .find(|e| e.get_summary() == Some("Minato Seiko Co., Ltd.: SECURITY ACTION review due"))
        .expect("minato's next review");
    match review.get_start() {
        Some(DatePerhapsTime::Date(d)) => assert_eq!(d.to_string(), "2027-10-01"),
        other => panic!("not an all-day event: {other:?}"),
    }
}

#[test]
fn the_calendar_is_stable_across_runs_and_languages_share_uids() {
    let tmp = fixture();
    let first = calendar(tmp.path(), "a.ics", "ja");
    let second = calendar(tmp.path(), "b.ics", "ja");
    assert_eq!(first, second, "identical input, identical bytes");
    let en = calendar(tmp.path(), "c.ics", "en");
    let uids = |s: &str| {
        let mut u: Vec<String> = s
            .split("\r\n")
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_owned)
            .collect();
        u.sort();
        u
    };
    assert_eq!(uids(&first), uids(&en));
}

#[test]
fn csv_quotes_as_rfc_4180() {
    let tmp = fixture();
    // A name with a comma and quotes, which a CSV field must quote and double.
    let hoshi_yaml = tmp.path().join("solo/hoshi.yaml");
    let text = std::fs::read_to_string(&hoshi_yaml).expect("hoshi.yaml");
    assert!(text.contains("name: ひとり商店"), "{text}");
    std::fs::write(
        &hoshi_yaml,
        text.replacen("name: ひとり商店", "name: 'ひとり商店, \"本店\"'", 1),
    )
    .expect("write");
    let out = run(
        tmp.path(),
        &[
            "portfolio",
            "consultant",
            "solo",
            "--format",
            "csv",
            "--lang",
            "en",
        ],
    );
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(text.ends_with("\r\n"));
    let lines: Vec<&str> = text.split_terminator("\r\n").collect();
    // A header and seven clients.
    assert_eq!(
        lines,
        [
            "\u{feff}path,name,declared,eligible,holds,score,last_review_ref,last_review_date,next_review,review_overdue,evidence_expiring,evidence_expired,next_deadline,next_deadline_kind,actions_overdue,errors,warnings,practice,error",
            "consultant/clients/kawa,川口商店,2,1,false,79,kawa/review/2026-05-01,2026-05-01,2027-05-01,false,0,0,2026-12-25,action,0,1,1,1,hoshi.yaml:19 [declaration-not-held]",
            "consultant/clients/kuzure,崩れ工業,2,2,true,88,,,,true,0,0,2026-12-25,action,0,1,0,0,principles.yaml:32 [yaml-syntax]",
            "consultant/clients/minato,株式会社みなと精工,2,2,true,88,minato/review/2026-10-01,2026-10-01,2027-10-01,false,0,0,2026-12-25,action,0,0,0,0,",
            "consultant/clients/sora,そら会計事務所,2,2,true,88,sora/review/2026-04-25,2026-04-25,2027-04-25,false,1,1,2026-12-10,evidence,0,0,2,0,",
            "consultant/clients/yama,山田製作所,2,2,true,88,yama/review/2025-06-30,2025-06-30,2026-06-30,true,0,0,2026-12-25,action,0,0,0,0,",
            "consultant/clients/yomenai,,unknown,,,,,,,false,0,0,,,0,1,0,0,policy.yaml is not read: it is not a regular file",
            "solo,\"ひとり商店, \"\"本店\"\"\",2,2,true,88,,,,true,0,0,2026-12-25,action,0,0,0,0,",
        ]
    );
}

#[test]
fn the_dashboard_links_each_internal_site_and_escapes_what_it_shows() {
    let tmp = fixture();
    // A name that would be markup if it were not escaped.
    let hoshi_yaml = tmp.path().join("solo/hoshi.yaml");
    let text = std::fs::read_to_string(&hoshi_yaml).expect("hoshi.yaml");
    std::fs::write(
        &hoshi_yaml,
        text.replace("Hitori Shoten", "\"<script>alert(1)</script> & Shoten\""),
    )
    .expect("write");
    let build = |dir: &str| {
        let out = run(
            tmp.path(),
            &[
                "portfolio",
                "consultant",
                "solo",
                "--site",
                dir,
                "--lang",
                "en",
            ],
        );
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(
            stderr,
            format!(
                "hoshi: wrote the dashboard and 6 clients' internal sites to {dir} (keep it private)\n\
                 hoshi: warning: no site for consultant/clients/yomenai: policy.yaml is not read: it is not a regular file\n"
            )
        );
        tmp.path().join(dir)
    };
    let dash = build("dash");
    let index = std::fs::read_to_string(dash.join("index.html")).expect("index.html");
    assert!(index.contains(r#"<meta name="robots" content="noindex, nofollow">"#));
    assert!(index.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Shoten"));
    assert!(!index.contains("<script>"));
    // Every readable client links to its internal site, which is there.
    for slug in [
        "consultant-clients-kawa",
        "consultant-clients-kuzure",
        "consultant-clients-minato",
        "consultant-clients-sora",
        "consultant-clients-yama",
        "solo",
    ] {
        let href = format!("clients/{slug}/index.html");
        assert!(index.contains(&format!("href=\"{href}\"")), "{href}");
        assert!(dash.join(&href).is_file(), "{href}");
        // Internal: findings and actions pages exist only for that audience.
        assert!(
            dash.join(format!("clients/{slug}/ja/actions.html"))
                .is_file()
        );
    }
    assert!(dash.join("calendar.ics").is_file());
    let json: serde_json::Value = serde_json::from_slice(
        &std::fs::read(dash.join("portfolio.json")).expect("portfolio.json"),
    )
    .expect("JSON");
    assert_eq!(json["clients"].as_array().map(Vec::len), Some(7));

    // Identical input, identical bytes.
    let again = build("dash2");
    for entry in walk(&dash) {
        let rel = entry.strip_prefix(&dash).expect("inside");
        assert_eq!(
            std::fs::read(&entry).expect("read"),
            std::fs::read(again.join(rel)).expect("read again"),
            "{}",
            rel.display()
        );
    }
}

#[test]
fn the_dashboard_never_writes_into_a_folder_hoshi_did_not_make() {
    let tmp = fixture();
    let mine = tmp.path().join("notes");
    std::fs::create_dir(&mine).expect("mkdir");
    std::fs::write(mine.join("todo.txt"), "mine").expect("write");
    let out = run(tmp.path(), &["portfolio", "consultant", "--site", "notes"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        std::fs::read_dir(&mine).expect("read").count(),
        1,
        "nothing added"
    );
    assert_eq!(
        std::fs::read_to_string(mine.join("todo.txt")).expect("kept"),
        "mine"
    );
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read_dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out.sort();
    out
}

// The cache of rows: a client whose files answer as they did is not evaluated again the
// same day; anything else is.

/// `hoshi portfolio` as JSON with its cache in `cache` on `today`, and the exit code.
fn cached(tmp: &Path, cache: &Path, today: &str, extra: &[&str]) -> (Option<i32>, String) {
    let cache = format!("HOSHI_CACHE_DIR={}", cache.display());
    let today = format!("HOSHI_TODAY={today}");
    let mut args = vec!["portfolio", "consultant", "solo", "--format", "json"];
    args.extend_from_slice(extra);
    let out = common::run_in(
        tmp,
        args,
        ["GIT_CONFIG_GLOBAL=/dev/null", &cache, today.as_str()],
    );
    let json = String::from_utf8(out.stdout).expect("UTF-8");
    (out.status.code(), json)
}

/// The kept entry of `client` (a folder name), changed to say its score is 1: a row that
/// says so was taken from the cache, not evaluated.
fn mark_kept_row(cache: &Path, client: &str) {
    let entry = walk(cache)
        .into_iter()
        .find(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_default();
            text.contains(&format!("clients/{client}\","))
        })
        .unwrap_or_else(|| panic!("no entry for {client}"));
    let text = std::fs::read_to_string(&entry).expect("entry");
    let marked = text.replacen("\"score\":88,", "\"score\":1,", 1);
    assert_ne!(marked, text, "the entry holds the row");
    std::fs::write(&entry, marked).expect("write entry");
}

fn score_of(json: &str, client: &str) -> serde_json::Value {
    let v: serde_json::Value = serde_json::from_str(json).expect("JSON");
    let path = format!("consultant/clients/{client}");
    let row = v["clients"]
        .as_array()
        .expect("clients")
        .iter()
        .find(|c| c["path"] == path.as_str())
        .expect("row")
        .clone();
    row["score"].clone()
}

#[test]
fn a_kept_row_is_the_row_made_again_and_nothing_is_written_beside_the_clients() {
    let tmp = fixture();
    let cache = tempfile::tempdir().expect("cache dir");
    let before = walk(tmp.path());
    let fresh = cached(tmp.path(), cache.path(), "2026-11-26", &["--no-cache"]);
    assert!(
        !cache.path().join("portfolio").exists(),
        "--no-cache keeps nothing"
    );
    let first = cached(tmp.path(), cache.path(), "2026-11-26", &[]);
    let second = cached(tmp.path(), cache.path(), "2026-11-26", &[]);
    assert_eq!(first, fresh);
    assert_eq!(second, fresh);
    assert_eq!(
        walk(tmp.path()),
        before,
        "nothing written in the clients' folders"
    );
    // One entry per client that could be read: yomenai's policy.yaml is a folder, and a
    // client whose files cannot be read is not kept (another run may read them).
    let entries = walk(cache.path());
    assert_eq!(entries.len(), 6, "{entries:?}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(&cache.path().join("portfolio")), 0o700);
        assert!(
            entries.iter().all(|e| mode(e) == 0o600),
            "entries are private"
        );
    }
}

/// The fixture after one run with its own cache, minato's kept row marked; the fixture,
/// the cache and minato's folder.
fn kept_and_marked() -> (tempfile::TempDir, tempfile::TempDir, PathBuf) {
    let tmp = fixture();
    let cache = tempfile::tempdir().expect("cache dir");
    let minato = tmp.path().join("consultant/clients/minato");
    cached(tmp.path(), cache.path(), "2026-11-26", &[]);
    mark_kept_row(cache.path(), "minato");
    (tmp, cache, minato)
}

#[test]
fn a_kept_row_is_taken_only_while_every_file_answers_the_same() {
    let (tmp, cache, minato) = kept_and_marked();
    let day = "2026-11-26";
    let (_, json) = cached(tmp.path(), cache.path(), day, &[]);
    assert_eq!(score_of(&json, "minato"), 1, "the kept row is taken");
    let (_, json) = cached(tmp.path(), cache.path(), day, &["--no-cache"]);
    assert_eq!(score_of(&json, "minato"), 88, "--no-cache evaluates again");

    // One byte of a client file, even one that changes nothing the row says.
    let diagnosis = minato.join("diagnosis.yaml");
    let text = std::fs::read_to_string(&diagnosis).expect("read");
    std::fs::write(&diagnosis, format!("{text}# checked\n")).expect("write");
    let (_, json) = cached(tmp.path(), cache.path(), day, &[]);
    assert_eq!(
        score_of(&json, "minato"),
        88,
        "a changed file is read again"
    );

    // Another day.
    mark_kept_row(cache.path(), "minato");
    let (_, json) = cached(tmp.path(), cache.path(), "2026-11-27", &[]);
    assert_eq!(
        score_of(&json, "minato"),
        88,
        "another day is evaluated again"
    );

    // An evidence file's bytes.
    mark_kept_row(cache.path(), "minato");
    let evidence = minato.join("evidence/ev-001-windows-update-policy.txt");
    std::fs::write(&evidence, "changed\n").expect("write");
    let (code, json) = cached(tmp.path(), cache.path(), "2026-11-27", &[]);
    assert_eq!(code, Some(1));
    assert_eq!(score_of(&json, "minato"), 88);
    assert!(json.contains("evidence-hash-mismatch"), "{json}");

    // An optional file that appears, then one that goes away.
    mark_kept_row(cache.path(), "minato");
    std::fs::remove_file(minato.join("scs.yaml")).expect("remove scs.yaml");
    let (_, json) = cached(tmp.path(), cache.path(), "2026-11-27", &[]);
    let (_, fresh) = cached(tmp.path(), cache.path(), "2026-11-27", &["--no-cache"]);
    assert_eq!(json, fresh);
    assert!(!json.contains("\"score\":1,"));
}

#[cfg(unix)]
#[test]
fn an_evidence_file_turned_into_a_link_out_of_the_client_is_judged_again() {
    let (tmp, cache, minato) = kept_and_marked();
    let day = "2026-11-26";
    // The same bytes, now outside the client and reached by a link.
    let evidence = minato.join("evidence/ev-001-windows-update-policy.txt");
    let outside = tmp.path().join("outside.txt");
    std::fs::rename(&evidence, &outside).expect("move");
    std::os::unix::fs::symlink(&outside, &evidence).expect("symlink");
    let (code, json) = cached(tmp.path(), cache.path(), day, &[]);
    assert_eq!(code, Some(1));
    assert_eq!(score_of(&json, "minato"), 88);
    assert!(json.contains("evidence-outside-root"), "{json}");
}

#[test]
fn a_cache_folder_that_cannot_be_used_costs_only_the_time() {
    let tmp = fixture();
    let blocked = tmp.path().join("not-a-folder");
    std::fs::write(&blocked, "mine").expect("write");
    let fresh = cached(tmp.path(), &blocked, "2026-11-26", &["--no-cache"]);
    assert_eq!(cached(tmp.path(), &blocked, "2026-11-26", &[]), fresh);
    assert_eq!(std::fs::read_to_string(&blocked).expect("kept"), "mine");
    // An entry that is not one (a torn write, another program's file) is replaced.
    let cache = tempfile::tempdir().expect("cache dir");
    cached(tmp.path(), cache.path(), "2026-11-26", &[]);
    for entry in walk(cache.path()) {
        std::fs::write(&entry, "{not json").expect("write");
    }
    assert_eq!(cached(tmp.path(), cache.path(), "2026-11-26", &[]), fresh);
    assert_eq!(cached(tmp.path(), cache.path(), "2026-11-26", &[]), fresh);
}
