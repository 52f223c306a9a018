//! ★3 readiness of the SCS scheme, end to end: scs.yaml validated with located findings,
//! `init --scs`, readiness patterns with hand-computed counts, the crosswalk and
//! `scs suggest --write`, and the public site that never shows readiness.

use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::common;

fn example() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("temp dir");
    common::copy_dir(&common::root().join("example-repo"), &tmp.path().join("c"));
    tmp
}

/// `status --format json --lang en` in `dir`: the `scs` field.
fn scs_status(dir: &Path) -> Value {
    let out = common::run_in(dir, ["status", "--format", "json", "--lang", "en"], []);
    let v: Value = serde_json::from_slice(&out.stdout).expect("status JSON");
    v["scs"].clone()
}

fn criteria_of(category: Option<u8>) -> Vec<String> {
    hoshi::scs::scheme::get()
        .criteria()
        .filter(|(r, _)| category.is_none_or(|c| r.category == c))
        .map(|(_, c)| c.id.clone())
        .collect()
}

/// An scs.yaml answering `met` for `ids`, with the expert and pledge as asked.
fn scs_yaml(assessed_on: &str, ids: &[String], expert: bool, pledge: bool) -> String {
    let mut s = format!(
        "schema_version: 1\nscheme: scs-2026-03\nassessed_on: {assessed_on}\nassessed_by: 総務部 田中\n"
    );
    if ids.is_empty() {
        s.push_str("answers: {}\n");
    } else {
        s.push_str("answers:\n");
        for id in ids {
            s.push_str(&format!("  \"{id}\": {{answer: met}}\n"));
        }
    }
    if expert {
        s.push_str("expert: {name: 佐藤 花子, organization: 佐藤ITコンサルティング, confirmed_on: 2026-11-01, scope: 全社}\n");
    }
    if pledge {
        s.push_str(
            "pledge: {signed_by: {title: 代表取締役, name: 港 一郎}, signed_on: 2026-11-02}\n",
        );
    }
    s
}

fn unmet_checks(scs: &Value) -> Vec<String> {
    scs["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .filter(|c| c["met"] == false)
        .map(|c| c["id"].as_str().unwrap_or("").to_owned())
        .collect()
}

fn category_counts(scs: &Value) -> Vec<(u64, u64)> {
    scs["categories"]
        .as_array()
        .expect("categories")
        .iter()
        .map(|c| {
            (
                c["met"].as_u64().unwrap_or(99),
                c["total"].as_u64().unwrap_or(99),
            )
        })
        .collect()
}

/// Every criterion id of the scheme data is a key the schema allows under `answers`, and
/// the schema allows no other.
#[test]
fn the_schema_allows_exactly_the_criterion_ids_of_the_scheme() {
    let schema: Value = serde_json::from_str(
        &fs::read_to_string(common::root().join("schema/scs.schema.json")).expect("schema"),
    )
    .expect("schema JSON");
    let answers = &schema["properties"]["answers"];
    assert_eq!(answers["additionalProperties"], false);
    let keys: Vec<&str> = answers["properties"]
        .as_object()
        .expect("properties")
        .keys()
        .map(String::as_str)
        .collect();
    let ids = criteria_of(None);
    assert_eq!(ids.len(), 81);
    assert_eq!(keys, ids.iter().map(String::as_str).collect::<Vec<_>>());
    let scheme = &schema["properties"]["scheme"]["enum"];
    assert_eq!(scheme, &serde_json::json!([hoshi::scs::scheme::SCHEME]));
}

/// Each category complete alone: that category's criteria met, the others open. Counts
/// from the workbook (8/4/11/48/3/6/1 criteria in 3/3/4/13/1/1/1 requirements).
#[test]
fn each_category_complete_alone_counts_only_its_own_criteria() {
    let criteria = [8u64, 4, 11, 48, 3, 6, 1];
    let requirements = [3usize, 3, 4, 13, 1, 1, 1];
    let tmp = example();
    let dir = tmp.path().join("c");
    for cat in 1..=7u8 {
        let i = usize::from(cat - 1);
        fs::write(
            dir.join("scs.yaml"),
            scs_yaml("2026-10-01", &criteria_of(Some(cat)), true, true),
        )
        .expect("write");
        let scs = scs_status(&dir);
        let counts = category_counts(&scs);
        let want: Vec<(u64, u64)> = criteria
            .iter()
            .enumerate()
            .map(|(j, &n)| (if j == i { n } else { 0 }, n))
            .collect();
        assert_eq!(counts, want, "category {cat}");
        assert_eq!(scs["met"], criteria[i], "category {cat}");
        assert_eq!(scs["total"], 81);
        let unmet = scs["unmet"].as_array().expect("unmet");
        assert_eq!(unmet.len(), 26 - requirements[i], "category {cat}");
        assert!(unmet.iter().all(|r| r["category"] != u64::from(cat)));
        assert_eq!(unmet_checks(&scs), ["S3.criteria-met"], "category {cat}");
        assert_eq!(scs["ready"], false);
        // Next steps: the category with most gaps first (攻撃等の防御, 48), or, when it is
        // the one complete, リスクの特定 (11).
        let first = &scs["next_steps"][0];
        let (want_cat, want_open) = if cat == 4 { (3, 11) } else { (4, 48) };
        assert_eq!(first["category"], want_cat, "category {cat}");
        assert_eq!(first["open"], want_open, "category {cat}");
        assert_eq!(scs["next_steps"].as_array().map(Vec::len), Some(6));
    }
}

/// Everything met and recorded: ready (as a self-check), no next steps.
#[test]
fn all_met_with_expert_and_pledge_is_ready() {
    let tmp = example();
    let dir = tmp.path().join("c");
    fs::write(
        dir.join("scs.yaml"),
        scs_yaml("2026-10-01", &criteria_of(None), true, true),
    )
    .expect("write");
    let scs = scs_status(&dir);
    assert_eq!(scs["met"], 81);
    assert_eq!(scs["ready"], true);
    assert!(unmet_checks(&scs).is_empty());
    assert_eq!(scs["next_steps"], serde_json::json!([]));
    assert_eq!(scs["valid_until"], "2027-10-01");
}

#[test]
fn a_missing_expert_is_the_only_unmet_check() {
    let tmp = example();
    let dir = tmp.path().join("c");
    fs::write(
        dir.join("scs.yaml"),
        scs_yaml("2026-10-01", &criteria_of(None), false, true),
    )
    .expect("write");
    let scs = scs_status(&dir);
    assert_eq!(scs["met"], 81);
    assert_eq!(scs["expert_recorded"], false);
    assert_eq!(scs["pledge_recorded"], true);
    assert_eq!(unmet_checks(&scs), ["S3.expert-confirmed"]);
    assert_eq!(scs["ready"], false);
    assert_eq!(scs["next_steps"].as_array().map(Vec::len), Some(1));
    assert_eq!(scs["next_steps"][0]["id"], "S3.expert-confirmed");
}

#[test]
fn a_missing_pledge_is_the_only_unmet_check() {
    let tmp = example();
    let dir = tmp.path().join("c");
    fs::write(
        dir.join("scs.yaml"),
        scs_yaml("2026-10-01", &criteria_of(None), true, false),
    )
    .expect("write");
    let scs = scs_status(&dir);
    assert_eq!(scs["pledge_recorded"], false);
    assert_eq!(unmet_checks(&scs), ["S3.pledge-signed"]);
    assert_eq!(scs["next_steps"][0]["id"], "S3.pledge-signed");
}

/// Today is 2026-11-26: an assessment of 2025-11-25 ran out on 2026-11-25; one of
/// 2025-11-26 is valid through today.
#[test]
fn an_expired_assessment_is_not_within_its_validity_window() {
    let tmp = example();
    let dir = tmp.path().join("c");
    let mut yaml = scs_yaml("2025-11-25", &criteria_of(None), true, true);
    yaml = yaml.replace("confirmed_on: 2026-11-01", "confirmed_on: 2025-11-25");
    fs::write(dir.join("scs.yaml"), &yaml).expect("write");
    let scs = scs_status(&dir);
    assert_eq!(unmet_checks(&scs), ["S3.assessment-valid"]);
    assert_eq!(scs["valid_until"], "2026-11-25");
    fs::write(
        dir.join("scs.yaml"),
        yaml.replace("assessed_on: 2025-11-25", "assessed_on: 2025-11-26"),
    )
    .expect("write");
    let scs = scs_status(&dir);
    assert!(unmet_checks(&scs).is_empty(), "{scs}");
}

/// A suggested answer counts as not answered until a person removes `suggested`.
#[test]
fn a_suggested_answer_counts_as_unanswered_until_confirmed() {
    let tmp = example();
    let dir = tmp.path().join("c");
    let all = scs_yaml("2026-10-01", &criteria_of(None), true, true);
    let suggested = all.replace(
        "\"4-3-4-1\": {answer: met}",
        "\"4-3-4-1\": {answer: met, suggested: true}",
    );
    assert_ne!(all, suggested);
    fs::write(dir.join("scs.yaml"), &suggested).expect("write");
    let scs = scs_status(&dir);
    assert_eq!(scs["met"], 80);
    assert_eq!(scs["suggested"], 1);
    assert_eq!(scs["ready"], false);
    assert_eq!(
        scs["unmet"],
        serde_json::json!([{"requirement": "4-3-4", "category": 4,
            "title": "Take proper backups",
            "criteria": [{"id": "4-3-4-1", "state": "suggested", "answer": "met"}]}])
    );
    fs::write(dir.join("scs.yaml"), &all).expect("write");
    assert_eq!(scs_status(&dir)["met"], 81);
}

/// The example client: ★★ holds and the ★3 section is there, with its banner.
#[test]
fn the_example_shows_two_stars_and_a_readiness_section() {
    let out = common::run_in(&common::root().join("example-repo"), ["status"], []);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("判定  ★★ 二つ星"), "{text}");
    assert!(
        text.contains("SCS評価制度 ★3 への準備状況（自己点検）"),
        "{text}"
    );
    assert!(text.contains("2026-03-27 公表の案"), "{text}");
    let out = common::run_in(
        &common::root().join("example-repo"),
        ["status", "--lang", "en"],
        [],
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("not the official evaluation"), "{text}");
}

/// scs.yaml findings are located like the other files': an unknown criterion, a missing
/// reason, an evidence id not in evidence.yaml, a date ahead of today.
#[test]
fn scs_yaml_findings_are_located() {
    let tmp = example();
    let dir = tmp.path().join("c");
    fs::write(
        dir.join("scs.yaml"),
        "schema_version: 1\nscheme: scs-2026-03\nassessed_on: 2026-10-01\nassessed_by: 田中\nanswers:\n  \"4-3-4-1\": {answer: met, evidence: [EV-999]}\n  \"2-1-2-1\": {answer: not_applicable}\n  \"4-3-4-9\": {answer: met}\npledge: {signed_by: {title: 代表取締役, name: 港 一郎}, signed_on: 2027-01-01}\n",
    )
    .expect("write");
    let out = common::run_in(&dir, ["validate", "--format", "json", "--lang", "en"], []);
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let found: Vec<(String, String, u64)> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["file"] == "scs.yaml")
        .map(|f| {
            (
                f["code"].as_str().unwrap_or("").to_owned(),
                f["path"].as_str().unwrap_or("").to_owned(),
                f["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert!(
        found.contains(&("unknown-key".into(), "/answers/4-3-4-9".into(), 8)),
        "{found:?}"
    );
    // The schema rejects the file as a whole, so the meaning checks run on a valid one.
    fs::write(
        dir.join("scs.yaml"),
        "schema_version: 1\nscheme: scs-2026-03\nassessed_on: 2026-10-01\nassessed_by: 田中\nanswers:\n  \"4-3-4-1\": {answer: met, evidence: [EV-999]}\n  \"2-1-2-1\": {answer: not_applicable}\npledge: {signed_by: {title: 代表取締役, name: 港 一郎}, signed_on: 2027-01-01}\n",
    )
    .expect("write");
    let out = common::run_in(&dir, ["status", "--format", "json", "--lang", "en"], []);
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let found: Vec<(String, String, u64)> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["file"] == "scs.yaml")
        .map(|f| {
            (
                f["code"].as_str().unwrap_or("").to_owned(),
                f["path"].as_str().unwrap_or("").to_owned(),
                f["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "unknown-evidence".into(),
                "/answers/4-3-4-1/evidence/0".into(),
                6
            ),
            ("reason-missing".into(), "/answers/2-1-2-1/answer".into(), 7),
            ("date-in-future".into(), "/pledge/signed_on".into(), 8),
        ],
        "{found:?}"
    );
    assert_eq!(out.status.code(), Some(1));
}

/// `init --scs` adds scs.yaml answering nothing; in an existing client it adds only that
/// (and its schema), keeping every file there.
#[test]
fn init_scs_adds_a_file_that_claims_nothing() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("new");
    let out = common::run_in(
        tmp.path(),
        ["init", "new", "--scs", "--name", "株式会社テスト"],
        [],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dir.join(".hoshi/schema/scs.schema.json").is_file());
    let settings = fs::read_to_string(dir.join(".vscode/settings.json")).expect("settings");
    assert!(
        settings.contains("\"./.hoshi/schema/scs.schema.json\": \"scs.yaml\""),
        "{settings}"
    );
    let scs = scs_status(&dir);
    assert_eq!(scs["met"], 0);
    assert_eq!(scs["total"], 81);
    assert_eq!(scs["suggested"], 0);
    assert_eq!(scs["expert_recorded"], false);
    assert_eq!(scs["pledge_recorded"], false);
    assert_eq!(scs["unmet"].as_array().map(Vec::len), Some(26));
    // Nothing wrong in it but the placeholder for who assessed, as in diagnosis.yaml.
    let found: Vec<_> = scs_findings(&dir)
        .into_iter()
        .map(|f| (f.0, f.1, f.4))
        .collect();
    assert_eq!(
        found,
        [(
            "placeholder-text".to_owned(),
            "/assessed_by".to_owned(),
            "warning".to_owned()
        )]
    );

    let tmp = example();
    let dir = tmp.path().join("c");
    fs::remove_file(dir.join("scs.yaml")).expect("remove");
    let before: Vec<(String, Vec<u8>)> = [
        "hoshi.yaml",
        "diagnosis.yaml",
        "principles.yaml",
        "policy.yaml",
        "evidence.yaml",
    ]
    .iter()
    .map(|f| (f.to_string(), fs::read(dir.join(f)).expect("read")))
    .collect();
    let out = common::run_in(&dir, ["init", "--scs"], []);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (f, bytes) in before {
        assert_eq!(fs::read(dir.join(&f)).expect("read"), bytes, "{f} changed");
    }
    assert!(
        fs::read_to_string(dir.join("scs.yaml"))
            .expect("scs")
            .contains("assessed_on: 2026-11-26")
    );
    // A second run keeps the scs.yaml it wrote.
    fs::write(
        dir.join("scs.yaml"),
        scs_yaml("2026-10-01", &[], false, false),
    )
    .expect("write");
    let out = common::run_in(&dir, ["init", "--scs"], []);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        fs::read_to_string(dir.join("scs.yaml")).expect("scs"),
        scs_yaml("2026-10-01", &[], false, false)
    );
}

fn site_files(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).expect("read site") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let text = String::from_utf8_lossy(&fs::read(&p).expect("read")).into_owned();
                out.push((p.display().to_string(), text));
            }
        }
    }
    out.sort();
    out
}

/// What readiness leaves behind: the ★3 words, the banner, criterion ids and the example's
/// notes. None of it may be on a public page without a recorded result.
const PUBLIC_CANARIES: [&str; 12] = [
    "★3",
    "SCS",
    "scs",
    "2026-03-27",
    "self-check",
    "自己点検",
    "4-4-4-1",
    "6-1-1-6",
    "遠隔地",
    "主要取引先2社",
    "readiness",
    "準備状況",
];

/// Readiness words only: with a result recorded, "★3" and "SCS" are the result's own.
const READINESS_CANARIES: [&str; 9] = [
    "2026-03-27",
    "self-check",
    "自己点検",
    "4-4-4-1",
    "6-1-1-6",
    "遠隔地",
    "主要取引先2社",
    "readiness",
    "準備状況",
];

const RESULT: &str = "\nscs_result:\n  level: 3\n  obtained_on: 2026-11-01\n  registration: \"SCS3-2026-000123\"\n  reference: https://example.jp/scs/000123\n  valid_until: 2027-10-31\n";

fn with_result(dir: &Path, result: &str) {
    let hoshi = fs::read_to_string(dir.join("hoshi.yaml")).expect("hoshi.yaml");
    fs::write(dir.join("hoshi.yaml"), format!("{hoshi}{result}")).expect("write");
}

/// A ★3 result recorded in hoshi.yaml is on the public page, in both languages and in
/// words a partner reads (dates written out, labelled fields), with the reference as a
/// link and in status.json; readiness still is not. Once past its validity, the page says
/// so and `status` warns at the line.
#[test]
fn a_recorded_result_appears_on_the_public_page_in_plain_words() {
    let tmp = example();
    let dir = tmp.path().join("c");
    with_result(&dir, RESULT);
    let out = common::run_in(&dir, ["site", "--audience", "public", "--out", "pub"], []);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ja = fs::read_to_string(dir.join("pub/ja/index.html")).expect("ja");
    for words in [
        "SCS評価制度",
        "得た段階",
        "★3",
        "取得日",
        "2026年11月1日",
        "登録番号",
        "SCS3-2026-000123",
        "<a href=\"https://example.jp/scs/000123\">",
        "有効期限",
        "2027年10月31日",
        "経済産業省の制度",
    ] {
        assert!(ja.contains(words), "ja lacks {words:?}");
    }
    assert!(!ja.contains("有効期限が過ぎています"));
    let en = fs::read_to_string(dir.join("pub/en/index.html")).expect("en");
    for words in [
        "Level obtained",
        "Obtained on",
        "Registration number",
        "Valid until",
    ] {
        assert!(en.contains(words), "en lacks {words:?}");
    }
    let status: Value =
        serde_json::from_str(&fs::read_to_string(dir.join("pub/status.json")).expect("json"))
            .expect("status.json");
    assert_eq!(status["scs_result"]["registration"], "SCS3-2026-000123");
    assert_eq!(status["scs_result"]["expired"], false);
    for (path, text) in &site_files(&dir.join("pub")) {
        for c in READINESS_CANARIES {
            assert!(!text.contains(c), "{path} contains {c:?}");
        }
    }
    // The partners' print packet has it too.
    let out = common::run_in(
        &dir,
        ["site", "--audience", "partners", "--out", "part"],
        [],
    );
    assert_eq!(out.status.code(), Some(0));
    let packet = fs::read_to_string(dir.join("part/ja/packet.html")).expect("packet");
    assert!(packet.contains("SCS3-2026-000123") && packet.contains("2027年10月31日"));
    // `status` shows the result, in text and JSON.
    let out = common::run_in(&dir, ["status", "--lang", "en", "--color", "never"], []);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("SCS"), "{text}");
    assert!(text.contains("registration  SCS3-2026-000123"), "{text}");
    assert!(text.contains("valid until   2027-10-31\n"), "{text}");
    // Expired: the page says so, status warns at valid_until.
    let env = ["HOSHI_TODAY=2027-11-01"];
    let out = common::run_in(&dir, ["site", "--audience", "public", "--out", "late"], env);
    assert_eq!(out.status.code(), Some(0));
    let ja = fs::read_to_string(dir.join("late/ja/index.html")).expect("ja");
    assert!(ja.contains("有効期限が過ぎています"), "{ja}");
    let out = common::run_in(&dir, ["status", "--format", "json"], env);
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["scs_result"]["expired"], true);
    let expired: Vec<(&str, &str, u64)> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["code"] == "scs-result-expired")
        .map(|f| {
            (
                f["file"].as_str().unwrap_or(""),
                f["path"].as_str().unwrap_or(""),
                f["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    let line = fs::read_to_string(dir.join("hoshi.yaml"))
        .expect("hoshi.yaml")
        .lines()
        .position(|l| l.contains("valid_until"))
        .expect("line") as u64
        + 1;
    assert_eq!(expired, [("hoshi.yaml", "/scs_result/valid_until", line)]);
    assert_eq!(
        v["findings"]
            .as_array()
            .expect("f")
            .iter()
            .filter(|f| f["code"] == "scs-result-expired")
            .map(|f| f["severity"].clone())
            .collect::<Vec<_>>(),
        [Value::from("warning")]
    );
}

/// The recorded result is checked like the other dates: obtained_on after today (the one
/// `HOSHI_TODAY`) is an error at its value, valid_until must come after obtained_on, a
/// result needs a registration or a reference, and only level 3 exists.
#[test]
fn a_recorded_result_is_validated_with_located_findings() {
    let tmp = example();
    let dir = tmp.path().join("c");
    let base = fs::read_to_string(dir.join("hoshi.yaml")).expect("hoshi.yaml");
    let first_line = base.lines().count() as u64 + 2;
    let findings = |result: &str| -> Vec<(String, String, u64)> {
        fs::write(dir.join("hoshi.yaml"), format!("{base}{result}")).expect("write");
        let out = common::run_in(&dir, ["validate", "--format", "json", "--lang", "en"], []);
        assert_eq!(out.status.code(), Some(1), "{result}");
        let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        v["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .filter(|f| f["file"] == "hoshi.yaml")
            .map(|f| {
                (
                    f["code"].as_str().unwrap_or("").to_owned(),
                    f["path"].as_str().unwrap_or("").to_owned(),
                    f["line"].as_u64().unwrap_or(0),
                )
            })
            .collect()
    };
    let future = RESULT.replace("obtained_on: 2026-11-01", "obtained_on: 2026-12-01");
    assert_eq!(
        findings(&future),
        [(
            "date-in-future".into(),
            "/scs_result/obtained_on".into(),
            first_line + 2
        )]
    );
    let backwards = RESULT.replace("valid_until: 2027-10-31", "valid_until: 2026-11-01");
    assert_eq!(
        findings(&backwards),
        [(
            "scs-result-dates".into(),
            "/scs_result/valid_until".into(),
            first_line + 5
        )]
    );
    let bare = RESULT
        .replace("  registration: \"SCS3-2026-000123\"\n", "")
        .replace("  reference: https://example.jp/scs/000123\n", "");
    assert_eq!(
        findings(&bare),
        [("missing-key".into(), "/scs_result".into(), first_line)]
    );
    let four = RESULT.replace("level: 3", "level: 4");
    assert_eq!(
        findings(&four),
        [(
            "invalid-value".into(),
            "/scs_result/level".into(),
            first_line + 1
        )]
    );
    // Either one of registration and reference is enough.
    let reference_only = RESULT.replace("  registration: \"SCS3-2026-000123\"\n", "");
    fs::write(dir.join("hoshi.yaml"), format!("{base}{reference_only}")).expect("write");
    let out = common::run_in(&dir, ["validate"], []);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

/// The canary: readiness never reaches the public site. The example's scs.yaml carries
/// notes, criterion ids and a suggestion; nothing of them, of the ★3 words or of the
/// banner is on any public file, in either language, while the partners site has the
/// page with a chart per category.
#[test]
fn readiness_never_reaches_the_public_site() {
    let tmp = example();
    let dir = tmp.path().join("c");
    let out = common::run_in(&dir, ["site", "--audience", "public", "--out", "pub"], []);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let public = site_files(&dir.join("pub"));
    assert!(public.iter().any(|(p, _)| p.ends_with("ja/index.html")));
    for (path, text) in &public {
        for c in PUBLIC_CANARIES {
            assert!(!text.contains(c), "{path} contains {c:?}");
        }
    }
    let out = common::run_in(
        &dir,
        ["site", "--audience", "partners", "--out", "partners"],
        [],
    );
    assert_eq!(out.status.code(), Some(0));
    for lang in ["ja", "en"] {
        let page =
            fs::read_to_string(dir.join(format!("partners/{lang}/scs.html"))).expect("scs page");
        let banner = if lang == "ja" {
            "2026-03-27 公表の案"
        } else {
            "not the official evaluation"
        };
        assert!(page.contains(banner), "{lang}: {page}");
        // One chart for the categories, one per category.
        assert_eq!(page.matches("<svg class=\"chart\"").count(), 8, "{lang}");
        // Notes are internal.
        assert!(!page.contains("週次のクラウドバックアップ"), "{lang}");
    }
    let out = common::run_in(
        &dir,
        ["site", "--audience", "internal", "--out", "internal"],
        [],
    );
    assert_eq!(out.status.code(), Some(0));
    let page = fs::read_to_string(dir.join("internal/ja/scs.html")).expect("scs page");
    assert!(page.contains("週次のクラウドバックアップ"));
    // Without scs.yaml there is no page at all.
    fs::remove_file(dir.join("scs.yaml")).expect("remove");
    let out = common::run_in(
        &dir,
        ["site", "--audience", "partners", "--out", "bare"],
        [],
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(!dir.join("bare/ja/scs.html").exists());
}

/// Every suggestion cites an existing criterion and an existing question or principle;
/// criteria scs.yaml already answers are marked as such; nothing is written without
/// `--write`.
#[test]
fn every_suggestion_cites_an_existing_criterion_and_source() {
    let tmp = example();
    let dir = tmp.path().join("c");
    let before = fs::read(dir.join("scs.yaml")).expect("read");
    let out = common::run_in(
        &dir,
        ["scs", "suggest", "--format", "json", "--lang", "en"],
        [],
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(fs::read(dir.join("scs.yaml")).expect("read"), before);
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let scheme = hoshi::scs::scheme::get();
    let catalogue = hoshi::model::catalogue::get();
    let list = v["suggestions"].as_array().expect("suggestions");
    assert!(!list.is_empty());
    for s in list {
        let id = s["criterion"].as_str().expect("criterion");
        assert!(scheme.criterion(id).is_some(), "{id}");
        for src in s["sources"].as_array().expect("sources") {
            let from = src["from"].as_str().expect("from");
            assert!(
                catalogue.question(from).is_some() || catalogue.is_principle(from),
                "{from}"
            );
        }
    }
    // Q11 implemented → the backup criterion is likely met; the example answers it.
    let backup = list
        .iter()
        .find(|s| s["criterion"] == "4-3-4-1")
        .expect("4-3-4-1");
    assert_eq!(backup["answer"], "met");
    assert_eq!(
        backup["current"],
        serde_json::json!({"answer": "met", "suggested": false})
    );
    // Q23 not_implemented → not met; Q24 partial → partial.
    let cloud = list
        .iter()
        .find(|s| s["criterion"] == "3-1-3-1")
        .expect("3-1-3-1");
    assert_eq!(cloud["answer"], "not_met");
    let incident = list
        .iter()
        .find(|s| s["criterion"] == "6-1-1-1")
        .expect("6-1-1-1");
    assert_eq!(incident["answer"], "partial");
    assert_eq!(v["written"], Value::Null);
}

/// `--write` into the scs.yaml `init --scs` wrote: each suggestion under its criterion's
/// commented line, marked suggested, counted as not answered; every other line kept.
#[test]
fn suggest_write_adds_suggestions_that_count_as_unanswered() {
    let tmp = example();
    let dir = tmp.path().join("c");
    fs::remove_file(dir.join("scs.yaml")).expect("remove");
    let out = common::run_in(&dir, ["init", "--scs"], []);
    assert_eq!(out.status.code(), Some(0));
    let before = fs::read_to_string(dir.join("scs.yaml")).expect("read");
    let out = common::run_in(&dir, ["scs", "suggest", "--write", "--format", "json"], []);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let written = v["written"].as_array().expect("written").len();
    assert_eq!(written, v["suggestions"].as_array().expect("list").len());
    assert!(written >= 10, "{written}");
    let after = fs::read_to_string(dir.join("scs.yaml")).expect("read");
    // Every line that was there is still there, in order; only suggestions were added.
    let mut old = before.lines().peekable();
    let mut added = Vec::new();
    for line in after.lines() {
        if old.peek() == Some(&line) {
            old.next();
        } else {
            added.push(line);
        }
    }
    assert_eq!(old.next(), None, "a line was lost");
    assert_eq!(added.len(), written);
    assert!(
        added.iter().all(|l| l.contains("suggested: true")),
        "{added:?}"
    );
    let backup = after
        .lines()
        .position(|l| l.starts_with("  \"4-3-4-1\": {answer: met, suggested: true}"))
        .expect("backup suggestion");
    assert!(
        after
            .lines()
            .nth(backup - 1)
            .is_some_and(|l| l.contains("# \"4-3-4-1\":"))
    );
    let scs = scs_status(&dir);
    assert_eq!(scs["met"], 0);
    assert_eq!(scs["suggested"], written);
    // A second run writes nothing more.
    let out = common::run_in(&dir, ["scs", "suggest", "--write", "--format", "json"], []);
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["written"], serde_json::json!([]));
    assert_eq!(
        fs::read_to_string(dir.join("scs.yaml")).expect("read"),
        after
    );
}

/// `--write` appends to answers written as a block, at its end, with its indentation,
/// and refuses a client without scs.yaml.
#[test]
fn suggest_write_appends_to_a_block_of_answers_and_needs_scs_yaml() {
    let tmp = example();
    let dir = tmp.path().join("c");
    let text = "schema_version: 1\nscheme: scs-2026-03\nassessed_on: 2026-10-01\nassessed_by: 田中\nanswers:\n    \"4-3-4-1\": {answer: partial}   # 手で書いた\n\n# 専門家はまだ\npledge: {signed_by: {title: 代表取締役, name: 港 一郎}, signed_on: 2026-11-02}\n";
    fs::write(dir.join("scs.yaml"), text).expect("write");
    let out = common::run_in(&dir, ["scs", "suggest", "--write"], []);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let after = fs::read_to_string(dir.join("scs.yaml")).expect("read");
    assert!(after.starts_with("schema_version: 1\nscheme: scs-2026-03\nassessed_on: 2026-10-01\nassessed_by: 田中\nanswers:\n    \"4-3-4-1\": {answer: partial}   # 手で書いた\n    \""), "{after}");
    assert!(after.ends_with("\n\n# 専門家はまだ\npledge: {signed_by: {title: 代表取締役, name: 港 一郎}, signed_on: 2026-11-02}\n"), "{after}");
    assert!(
        !after.contains("\"4-3-4-1\": {answer: met"),
        "a person's answer stays"
    );
    fs::remove_file(dir.join("scs.yaml")).expect("remove");
    let out = common::run_in(&dir, ["scs", "suggest", "--write"], []);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("hoshi init --scs"));
}

/// `evidence list` names the ★3 criteria citing each item, after the principles and
/// questions, in text, JSON and CSV; an item cited only by scs.yaml is cited, and without
/// scs.yaml it is not. `evidence check` reports the same items with the same citations.
#[test]
fn evidence_list_shows_the_criteria_citing_each_item() {
    let tmp = example();
    let dir = tmp.path().join("c");
    let list = |dir: &Path| -> Value {
        let out = common::run_in(dir, ["evidence", "list", "--format", "json"], []);
        serde_json::from_slice(&out.stdout).expect("JSON")
    };
    // `list` names them "evidence", `check` "items".
    let item = |v: &Value, id: &str| -> Value {
        v["evidence"]
            .as_array()
            .or_else(|| v["items"].as_array())
            .expect("items")
            .iter()
            .find(|i| i["id"] == id)
            .cloned()
            .expect(id)
    };
    let v = list(&dir);
    assert_eq!(
        item(&v, "EV-003")["cited_by"],
        serde_json::json!(["P3", "P4", "Q3", "Q4"])
    );
    assert_eq!(
        item(&v, "EV-003")["scs_cited_by"],
        serde_json::json!(["4-1-1-3", "4-1-1-4"])
    );
    assert_eq!(
        item(&v, "EV-005")["scs_cited_by"],
        serde_json::json!(["1-2-3-1", "2-1-2-1"])
    );
    let out = common::run_in(&dir, ["evidence", "check", "--format", "json"], []);
    let check: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(
        item(&check, "EV-003")["scs_cited_by"],
        item(&v, "EV-003")["scs_cited_by"]
    );
    let out = common::run_in(&dir, ["evidence", "list", "--lang", "en"], []);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("P3, P4, Q3, Q4, ★3 4-1-1-3 4-1-1-4\n"),
        "{text}"
    );
    let out = common::run_in(&dir, ["evidence", "list", "--format", "csv"], []);
    let csv = String::from_utf8_lossy(&out.stdout);
    assert!(
        csv.lines()
            .next()
            .expect("header")
            .ends_with(",cited_by,scs_cited_by")
    );
    assert!(
        csv.lines()
            .any(|l| l.ends_with(",P3 P4 Q3 Q4,4-1-1-3 4-1-1-4")),
        "{csv}"
    );
    // EV-006 cited by the ★3 criterion 1-3-1-1 alone is still cited.
    let diagnosis = fs::read_to_string(dir.join("diagnosis.yaml")).expect("diagnosis");
    fs::write(
        dir.join("diagnosis.yaml"),
        diagnosis.replace("    evidence: [EV-006]\n", ""),
    )
    .expect("write");
    let v = list(&dir);
    assert_eq!(item(&v, "EV-006")["cited_by"], serde_json::json!([]));
    assert_eq!(
        item(&v, "EV-006")["scs_cited_by"],
        serde_json::json!(["1-3-1-1"])
    );
    assert_eq!(v["uncited"], serde_json::json!([]));
    let out = common::run_in(&dir, ["evidence", "list", "--lang", "en"], []);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("all cited by a principle, a question or a ★3 criterion"),
        "{text}"
    );
    fs::remove_file(dir.join("scs.yaml")).expect("remove");
    let v = list(&dir);
    assert_eq!(v["uncited"], serde_json::json!(["EV-006"]));
    let out = common::run_in(&dir, ["evidence", "list", "--lang", "en"], []);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("principles.yaml or diagnosis.yaml, or remove it"),
        "{text}"
    );
}

/// The findings of `validate --format json` in `dir` for scs.yaml: (code, path, line,
/// column, severity).
fn scs_findings(dir: &Path) -> Vec<(String, String, u64, u64, String)> {
    let out = common::run_in(dir, ["validate", "--format", "json", "--lang", "en"], []);
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["file"] == "scs.yaml")
        .map(|f| {
            (
                f["code"].as_str().unwrap_or("").to_owned(),
                f["path"].as_str().unwrap_or("").to_owned(),
                f["line"].as_u64().unwrap_or(0),
                f["column"].as_u64().unwrap_or(0),
                f["severity"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

/// (line, column) of `needle` in `text`, 1-based, the column in characters.
fn position(text: &str, needle: &str) -> (u64, u64) {
    let (n, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(needle))
        .expect(needle);
    let byte = line.find(needle).expect("in line");
    (n as u64 + 1, line[..byte].chars().count() as u64 + 1)
}

/// scs.yaml gets the placeholder warning every file gets: the 「（評価者を記入）」 that
/// `init --scs` writes is a located warning at the placeholder, gone once replaced.
#[test]
fn the_scs_template_placeholder_is_a_located_warning() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("c");
    let out = common::run_in(
        tmp.path(),
        ["init", "--scs", "--name", "株式会社テスト", "c"],
        [],
    );
    assert_eq!(out.status.code(), Some(0));
    let text = fs::read_to_string(dir.join("scs.yaml")).expect("scs.yaml");
    let (line, column) = position(&text, "（評価者を記入）");
    assert_eq!(
        scs_findings(&dir),
        [(
            "placeholder-text".into(),
            "/assessed_by".into(),
            line,
            column,
            "warning".into()
        )]
    );
    fs::write(
        dir.join("scs.yaml"),
        text.replace("\"（評価者を記入）\"", "総務部 田中"),
    )
    .expect("write");
    assert_eq!(scs_findings(&dir), []);
}

/// The wording lint reads what the partners' ★3 page shows of scs.yaml (who assessed, the
/// expert, the pledge's signer), at the phrase; notes stay internal and are not read.
#[test]
fn scs_text_that_reaches_a_page_gets_the_wording_lint() {
    let tmp = example();
    let dir = tmp.path().join("c");
    let text = fs::read_to_string(dir.join("scs.yaml")).expect("scs.yaml");
    let claim = "SECURITY ACTION 認定取得";
    let edited = text
        .lines()
        .map(|l| {
            if l.starts_with("assessed_by:") {
                format!("assessed_by: 総務部 田中（{claim}の担当）")
            } else {
                l.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\nexpert: {name: 佐藤 花子, confirmed_on: 2026-11-01}\npledge: {signed_by: {title: 二つ星認定企業 代表取締役, name: 港 一郎}, signed_on: 2026-11-02}\n";
    // An internal note with the same words is not published, so not read.
    let edited = edited.replace(
        "note: 全PCで自動更新",
        &format!("note: 全PCで自動更新（{claim}）"),
    );
    assert!(!text.contains("\nexpert:") && !text.contains("\npledge:"));
    fs::write(dir.join("scs.yaml"), &edited).expect("write");
    let (l1, c1) = position(&edited, "認定取得の担当");
    let (l2, c2) = position(&edited, "認定企業");
    let found: Vec<_> = scs_findings(&dir)
        .into_iter()
        .filter(|f| f.0 == "certification-wording")
        .map(|f| (f.1, f.2, f.3))
        .collect();
    assert_eq!(
        found,
        [
            ("/assessed_by".into(), l1, c1),
            ("/pledge/signed_by/title".into(), l2, c2),
        ],
        "{edited}"
    );
}

/// The closing line of `validate` and `status` counts the files actually checked: six
/// with scs.yaml, five without it.
#[test]
fn the_file_count_counts_scs_yaml_when_present() {
    let tmp = example();
    let dir = tmp.path().join("c");
    let out = common::run_in(&dir, ["validate"], []);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert_eq!(text, "✓ 6 ファイルに問題はありません\n");
    let out = common::run_in(&dir, ["status", "--lang", "en", "--color", "never"], []);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("✓ 6 files, no problems found"), "{text}");
    fs::remove_file(dir.join("scs.yaml")).expect("remove");
    let out = common::run_in(&dir, ["validate", "--lang", "en"], []);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "✓ 5 files, no problems found\n"
    );
    let out = common::run_in(&dir, ["status", "--color", "never"], []);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("✓ 5 ファイルに問題はありません"), "{text}");
}
