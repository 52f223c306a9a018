//! IPA's conditions apart from hoshi's practice advice, end to end: each of the four places
//! where hoshi used to be stricter than IPA, through `hoshi status` and the public site.
//!
//! For each: the declaration now holds (or fails only on a real condition), the practice
//! warning is there, and the public page shows no ✗ for a declaration that IPA accepts and
//! speaks in plain words (no ids, no YAML keys, no English enum values).

use crate::common;

use std::fs;
use std::path::Path;

use serde_json::Value;

fn client() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("temp dir");
    common::copy_dir(&common::root().join("example-repo"), &tmp.path().join("c"));
    tmp
}

fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = fs::read_to_string(&path).expect("read");
    assert!(text.contains(from), "{file}: no {from:?}");
    fs::write(&path, text.replacen(from, to, 1)).expect("write");
}

/// `hoshi status --format json --lang en`: the JSON and the exit code.
fn status(dir: &Path) -> (Value, i32) {
    let out = common::run_in(dir, ["status", "--format", "json", "--lang", "en"], []);
    let v = serde_json::from_slice(&out.stdout).expect("status JSON");
    (v, out.status.code().unwrap_or(-1))
}

fn codes(v: &Value) -> Vec<String> {
    v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["code"].as_str().unwrap_or("").to_owned())
        .collect()
}

/// Builds the site for `audience` and returns the Japanese and English overview pages.
fn overview(dir: &Path, audience: &str) -> (String, String) {
    let out_dir = dir.join("_out");
    let _ = fs::remove_dir_all(&out_dir);
    let out = common::run_in(dir, ["site", "--audience", audience, "--out", "_out"], []);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "site failed: {out:?}"
    );
    let read =
        |lang: &str| fs::read_to_string(out_dir.join(lang).join("index.html")).expect("index.html");
    (read("ja"), read("en"))
}

/// The public page: no ✗, and none of the words only the people keeping the files know.
fn assert_public_page_accepts(page: &str) {
    assert!(!page.contains('✗'), "a ✗ on the public page");
    assert!(!page.contains("現在は満たしていません") && !page.contains("Not met at present"));
    assert!(
        page.contains("class=\"conditions\""),
        "no conditions listed"
    );
    for word in [
        "practiced",
        "in_progress",
        "not_started",
        "unknown",
        "publish_policy",
        "base_url",
        "L1.",
        "L2.",
        "policy.yaml の",
        "signed_by",
        "P4",
        "Q7",
    ] {
        assert!(!page.contains(word), "the public page says {word:?}");
    }
}

#[test]
fn the_example_public_page_lists_the_declared_conditions_in_plain_words() {
    let tmp = client();
    let dir = tmp.path().join("c");
    let (ja, en) = overview(&dir, "public");
    assert_public_page_accepts(&ja);
    assert_public_page_accepts(&en);
    assert!(ja.contains("情報セキュリティ基本方針を定めている"), "{ja}");
    assert!(ja.contains("https://minato-seiko.example.jp/security-policy で公開しています"));
    assert!(en.contains("Has published the basic policy"));
    // Practice advice is not for the public page.
    assert!(!ja.contains("id=\"practices\""));
}

/// Regression: ★ required every principle to be practised. IPA's ★ declares that the
/// company works on the five principles; a company only starting may declare it.
#[test]
fn regression_one_star_holds_with_a_principle_in_progress() {
    let tmp = client();
    let dir = tmp.path().join("c");
    edit(&dir, "hoshi.yaml", "  level: 2 ", "  level: 1 ");
    edit(
        &dir,
        "principles.yaml",
        "  P4:   # 共有設定を見直す\n    status: practiced",
        "  P4:   # 共有設定を見直す\n    status: in_progress",
    );
    let (v, code) = status(&dir);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["declaration"]["holds"], true);
    assert_eq!(
        codes(&v),
        ["declaration-below-eligible", "principle-not-practiced"]
    );
    let (ja, en) = overview(&dir, "public");
    assert_public_page_accepts(&ja);
    assert_public_page_accepts(&en);
    assert!(ja.contains("実践している 4、取り組み中 1"), "{ja}");
    // The partners page gives the advice in the same plain words.
    let (ja, _) = overview(&dir, "partners");
    assert!(ja.contains("id=\"practices\""));
    assert!(ja.contains("「共有設定を見直す」は取り組み中です"), "{ja}");
}

/// Regression: ★★ required ★. IPA's ★★ has no ★ prerequisite.
#[test]
fn regression_two_stars_hold_without_one_star() {
    let tmp = client();
    let dir = tmp.path().join("c");
    edit(
        &dir,
        "principles.yaml",
        "  P4:   # 共有設定を見直す\n    status: practiced",
        "  P4:   # 共有設定を見直す\n    status: not_started",
    );
    let (v, code) = status(&dir);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["eligibility"]["level"], 2);
    assert_eq!(v["eligibility"]["levels"][0]["eligible"], false);
    assert_eq!(v["declaration"]["holds"], true);
    assert_eq!(codes(&v), ["principle-not-practiced"]);
    let (ja, en) = overview(&dir, "public");
    assert_public_page_accepts(&ja);
    assert_public_page_accepts(&en);
}

/// Regression: ★★ required that no answer is `unknown`. わからない is an answer worth −1
/// that should be looked into; the advice says to look into it, not to change it.
#[test]
fn regression_two_stars_hold_with_an_unknown_answer() {
    let tmp = client();
    let dir = tmp.path().join("c");
    edit(
        &dir,
        "diagnosis.yaml",
        "  Q7:\n    answer: partial",
        "  Q7:\n    answer: unknown",
    );
    let (v, code) = status(&dir);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["declaration"]["holds"], true);
    assert_eq!(v["diagnosis"]["unknown"], 1);
    assert_eq!(codes(&v), ["unknown-answer"]);
    let hint = v["findings"][0]["hint"].as_str().unwrap_or("");
    // It asks to look into the situation; it does not tell to replace the answer.
    assert_eq!(
        hint,
        "Look into the actual situation, for example by asking the person in charge. Don't know is an answer (−1 point) and does not block ★★; change the answer once you know what is really done."
    );
    let practice = v["eligibility"]["levels"][1]["requirements"]
        .as_array()
        .expect("requirements")
        .iter()
        .find(|r| r["id"] == "L2.no-unknown")
        .cloned()
        .expect("L2.no-unknown");
    assert_eq!(
        (practice["kind"].as_str(), practice["met"].as_bool()),
        (Some("practice"), Some(false))
    );
    let (ja, en) = overview(&dir, "public");
    assert_public_page_accepts(&ja);
    assert_public_page_accepts(&en);
    assert!(!ja.contains("わからない") && !en.contains("know"), "{ja}");
    // The partners page gives the advice in plain words, without claiming it is done.
    let (ja, en) = overview(&dir, "partners");
    assert!(
        ja.contains("! これから") && ja.contains("1問が「わからない」と回答されています"),
        "{ja}"
    );
    assert!(
        en.contains("! Not yet")
            && en.contains("1 question is answered &quot;Don&#39;t know&quot;"),
        "{en}"
    );
    for page in [&ja, &en] {
        assert!(!page.contains("L2.no-unknown") && !page.contains("Q7"));
    }
}

/// Regression: `site.publish_policy: true` counted as published on a site that is not
/// public or has no address. The declaration fails on that condition alone.
#[test]
fn regression_publish_policy_counts_only_on_a_public_site_with_an_address() {
    for (from, to) in [
        ("  audience: public", "  audience: partners"),
        ("  audience: public", "  audience: internal"),
        ("  base_url: https://minato-seiko.github.io/security/\n", ""),
    ] {
        let tmp = client();
        let dir = tmp.path().join("c");
        let policy = fs::read_to_string(dir.join("policy.yaml")).expect("read");
        let cut = policy.find("publication:").expect("publication");
        fs::write(dir.join("policy.yaml"), &policy[..cut]).expect("write");
        edit(&dir, "hoshi.yaml", from, to);
        let (v, code) = status(&dir);
        assert_eq!(code, 1, "{to:?}: {v}");
        assert_eq!(v["declaration"]["holds"], false);
        let unmet: Vec<&str> = v["eligibility"]["levels"][1]["requirements"]
            .as_array()
            .expect("requirements")
            .iter()
            .filter(|r| r["kind"] == "condition" && r["met"] == false)
            .filter_map(|r| r["id"].as_str())
            .collect();
        assert_eq!(unmet, ["L2.policy-published"], "{to:?}");
        assert_eq!(codes(&v), ["declaration-not-held"]);
    }
    // With the site public and its address given, the same files hold.
    let tmp = client();
    let dir = tmp.path().join("c");
    let policy = fs::read_to_string(dir.join("policy.yaml")).expect("read");
    let cut = policy.find("publication:").expect("publication");
    fs::write(dir.join("policy.yaml"), &policy[..cut]).expect("write");
    let (v, code) = status(&dir);
    assert_eq!((code, v["declaration"]["holds"].as_bool()), (0, Some(true)));
    let (ja, _) = overview(&dir, "public");
    assert_public_page_accepts(&ja);
    assert!(ja.contains("このサイトで公開しています"), "{ja}");
}

/// Every requirement in the status JSON, SECURITY ACTION's and the ★3 readiness checks
/// alike, says whether it is a condition or practice advice.
#[test]
fn every_requirement_in_the_status_json_has_a_kind() {
    fn walk<'a>(v: &'a Value, out: &mut Vec<&'a Value>) {
        match v {
            Value::Object(m) => {
                if m.contains_key("id") && m.get("met").is_some_and(Value::is_boolean) {
                    out.push(v);
                }
                m.values().for_each(|x| walk(x, out));
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let tmp = client();
    let (v, _) = status(&tmp.path().join("c"));
    let mut found = Vec::new();
    walk(&v, &mut found);
    let kinds: Vec<(&str, &str)> = found
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap_or(""),
                r["kind"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("L1.principles-committed", "condition"),
            ("L1.principles-practiced", "practice"),
            ("L2.all-answered", "condition"),
            ("L2.policy-established", "condition"),
            ("L2.policy-published", "condition"),
            ("L2.no-unknown", "practice"),
            ("L2.part1-consistent", "practice"),
            ("L2.actions-planned", "practice"),
            ("L2.diagnosis-fresh", "practice"),
            ("S3.criteria-met", "condition"),
            ("S3.expert-confirmed", "condition"),
            ("S3.pledge-signed", "condition"),
            ("S3.assessment-valid", "condition"),
        ]
    );
}
