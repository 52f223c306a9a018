//! The JSON contract of `hoshi status --format json`, asserted field by field so
//! that re-blessing a snapshot cannot silently change it.

use std::fs;

use serde_json::Value;

use crate::common::{copy_dir, root, run_in};

/// Runs `hoshi status --format json` on a copy of example-repo changed by `edit`.
fn status(edit: impl FnOnce(&std::path::Path), extra: &[&str]) -> (Value, i32) {
    let tmp = tempfile::tempdir().expect("temp dir");
    let client = tmp.path().join("client");
    copy_dir(&root().join("example-repo"), &client);
    edit(&client);
    let mut args = vec!["status", "--format", "json"];
    args.extend_from_slice(extra);
    let out = run_in(&client, args, []);
    let json = serde_json::from_slice(&out.stdout).expect("status prints JSON");
    (json, out.status.code().unwrap_or(-1))
}

fn replace(client: &std::path::Path, file: &str, from: &str, to: &str) {
    let path = client.join(file);
    let text = fs::read_to_string(&path).expect("read");
    assert!(text.contains(from), "{file} has no {from:?}");
    fs::write(&path, text.replacen(from, to, 1)).expect("write");
}

#[test]
fn example_repo_matches_the_contract() {
    let (v, code) = status(|_| {}, &["--lang", "en"]);
    assert_eq!(code, 0);
    assert_eq!(v["organization"]["name"], "株式会社みなと精工");
    let d = &v["diagnosis"];
    assert_eq!(d["score"], 88);
    assert_eq!(d["max"], 100);
    assert_eq!(d["answered"], 25);
    assert_eq!(d["unknown"], 0);
    assert_eq!(d["band"], "70-99");
    let parts: Vec<(i64, i64, i64)> = d["parts"]
        .as_array()
        .expect("parts")
        .iter()
        .map(|p| {
            (
                p["part"].as_i64().expect("part"),
                p["score"].as_i64().expect("score"),
                p["max"].as_i64().expect("max"),
            )
        })
        .collect();
    assert_eq!(parts, [(1, 20, 20), (2, 48, 52), (3, 20, 28)]);

    let e = &v["eligibility"];
    assert_eq!(e["level"], 2);
    let levels = e["levels"].as_array().expect("levels");
    assert_eq!(levels.len(), 2);
    for (i, level) in levels.iter().enumerate() {
        assert_eq!(level["level"], i + 1);
        assert_eq!(level["eligible"], true);
    }
    let requirements: Vec<(&str, &str, &Value, &str)> = levels
        .iter()
        .flat_map(|l| l["requirements"].as_array().into_iter().flatten())
        .map(|r| {
            (
                r["id"].as_str().expect("id"),
                r["kind"].as_str().expect("kind"),
                &r["met"],
                r["reason"].as_str().expect("reason"),
            )
        })
        .collect();
    let met = Value::Bool(true);
    // Conditions are IPA's; practice is hoshi's advice beside them.
    assert_eq!(
        requirements,
        [
            (
                "L1.principles-committed",
                "condition",
                &met,
                "P1–P5 are all practiced or in_progress"
            ),
            (
                "L1.principles-practiced",
                "practice",
                &met,
                "P1–P5 are all practiced"
            ),
            (
                "L2.all-answered",
                "condition",
                &met,
                "all 25 questions are answered"
            ),
            (
                "L2.policy-established",
                "condition",
                &met,
                "signed by 代表取締役 港 一郎, established 2026-04-01, 5 section(s)"
            ),
            (
                "L2.policy-published",
                "condition",
                &met,
                "published at https://minato-seiko.example.jp/security-policy on 2026-04-05"
            ),
            ("L2.no-unknown", "practice", &met, "no answer is unknown"),
            (
                "L2.part1-consistent",
                "practice",
                &met,
                "P1–P5 agree with the answers to Q1–Q5"
            ),
            (
                "L2.actions-planned",
                "practice",
                &met,
                "every partial or not_implemented answer has an improvement action"
            ),
            (
                "L2.diagnosis-fresh",
                "practice",
                &met,
                "assessed 2026-04-20, next due by 2027-04-20"
            ),
        ]
    );

    assert_eq!(v["declaration"]["level"], 2);
    assert_eq!(v["declaration"]["id"], "51234567890");
    assert_eq!(v["declaration"]["holds"], true);
    assert_eq!(v["findings"], Value::Array(Vec::new()));
}

#[test]
fn a_declaration_that_does_not_hold_exits_1_with_a_located_error() {
    // ★ declared with P4 not started: ★'s condition fails, though ★★'s hold (levels are
    // not cumulative).
    let (v, code) = status(
        |c| {
            replace(
                c,
                "principles.yaml",
                "  P4:   # 共有設定を見直す\n    status: practiced",
                "  P4:   # 共有設定を見直す\n    status: not_started",
            );
            replace(c, "hoshi.yaml", "  level: 2 ", "  level: 1 ");
        },
        &["--lang", "en"],
    );
    assert_eq!(code, 1);
    assert_eq!(v["eligibility"]["level"], 2);
    assert_eq!(v["declaration"]["holds"], false);
    let l1 = &v["eligibility"]["levels"][0]["requirements"][0];
    assert_eq!(l1["id"], "L1.principles-committed");
    assert_eq!(l1["kind"], "condition");
    assert_eq!(l1["met"], false);
    assert_eq!(l1["reason"], "P4 is not_started");
    let f = &v["findings"][0];
    assert_eq!(f["severity"], "error");
    assert_eq!(f["code"], "declaration-not-held");
    assert_eq!(f["file"], "hoshi.yaml");
    assert_eq!(f["path"], "/declaration/level");
    assert_eq!(
        (f["line"].as_i64(), f["column"].as_i64()),
        (Some(19), Some(10))
    );
}

#[test]
fn no_declaration_is_null_and_reasons_follow_the_language() {
    let (v, code) = status(
        |c| {
            // Drop the declaration block (`declaration:` up to its `declared_on:`).
            let path = c.join("hoshi.yaml");
            let text = fs::read_to_string(&path).expect("read");
            let mut inside = false;
            let kept: Vec<&str> = text
                .lines()
                .filter(|l| {
                    if l.starts_with("declaration:") {
                        inside = true;
                    }
                    let drop = inside;
                    if l.starts_with("  declared_on:") {
                        inside = false;
                    }
                    !drop
                })
                .collect();
            assert!(!kept.iter().any(|l| l.contains("declared_on")));
            fs::write(&path, kept.join("\n") + "\n").expect("write");
        },
        &["--lang", "ja"],
    );
    assert_eq!(code, 0);
    assert_eq!(v["declaration"], Value::Null);
    assert_eq!(
        v["eligibility"]["levels"][1]["requirements"][0]["reason"],
        "25問すべてに回答しています"
    );
    assert_eq!(v["findings"][0]["code"], "declaration-below-eligible");
    assert_eq!(v["findings"][0]["severity"], "hint");
}

#[test]
fn a_question_without_an_answer_scores_0_and_is_not_answered() {
    let (v, code) = status(
        |c| {
            replace(
                c,
                "diagnosis.yaml",
                "  Q13: {answer: implemented, note: 持ち出し用ノートPCはディスク暗号化済み、USBメモリは会社支給の暗号化製品のみ}\n",
                "",
            )
        },
        &["--lang", "en"],
    );
    // ★★ no longer holds: exit 1.
    assert_eq!(code, 1);
    assert_eq!(v["diagnosis"]["score"], 84);
    assert_eq!(v["diagnosis"]["answered"], 24);
    assert_eq!(v["diagnosis"]["parts"][1]["score"], 44);
    assert_eq!(
        v["eligibility"]["levels"][1]["requirements"][0]["reason"],
        "Q13 unanswered"
    );
}
