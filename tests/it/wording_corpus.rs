//! The certification-wording lint against a corpus of sentences with their expected
//! verdicts (`tests/wording/corpus.txt`): every case must come out as written there.

use hoshi::validate::wording::claims;

const CORPUS: &str = include_str!("../wording/corpus.txt");

/// (line number, expects a claim, text) of every case.
fn cases() -> Vec<(usize, bool, String)> {
    CORPUS
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| {
            let (verdict, text) = l
                .split_once('\t')
                .unwrap_or_else(|| panic!("line {}: no tab", i + 1));
            let claim = match verdict {
                "claim" => true,
                "ok" => false,
                other => panic!("line {}: verdict {other:?}", i + 1),
            };
            (i + 1, claim, text.replace("\\n", "\n"))
        })
        .collect()
}

#[test]
fn the_corpus_is_large_and_balanced() {
    let c = cases();
    assert!(c.len() >= 120, "{} cases", c.len());
    let claims = c.iter().filter(|x| x.1).count();
    assert!(claims >= 40 && c.len() - claims >= 40, "{claims} claims");
    let english = c.iter().filter(|x| x.2.is_ascii()).count();
    assert!(english >= 30, "{english} English cases");
}

#[test]
fn every_case_gets_its_verdict() {
    let mut wrong = Vec::new();
    for (line, expect, text) in cases() {
        let found = claims(&text);
        if found.is_empty() == expect {
            let phrases: Vec<&str> = found.iter().map(|c| c.phrase.as_str()).collect();
            wrong.push(format!(
                "line {line}: expected {}, got {phrases:?}: {text}",
                if expect { "a claim" } else { "none" }
            ));
        }
        // A claim's phrase is a piece of the text as written.
        for c in &found {
            assert_eq!(
                &text[c.start..c.start + c.phrase.len()],
                c.phrase,
                "line {line}"
            );
        }
    }
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// Every pattern the lint must catch or leave alone has a case of its own in the corpus.
#[test]
fn the_corpus_covers_every_pattern() {
    let c = cases();
    let with = |claim: bool, needle: &str| c.iter().any(|x| x.1 == claim && x.2.contains(needle));
    let mut missing = Vec::new();
    // Claims: the verbs beyond 取得/認定, the English words, IPA named as certifier, the
    // two spellings normalisation must join, and a claim after a comma's denial.
    for needle in [
        "取得",
        "認定",
        "獲得",
        "付与",
        "認められ",
        "登録されています",
        "評価を受け",
        "certified",
        "accredited",
        "granted",
        "approved",
        "recognised",
        "passed",
        "IPA認定",
        "IPA認証",
        "IPA-certified",
        "ＳＥＣＵＲＩＴＹ　ＡＣＴＩＯＮ",
        "ｾｷｭﾘﾃｨｱｸｼｮﾝ",
        "認定を受けましたが、ISMS ではありません",
    ] {
        if !with(true, needle) {
            missing.push(format!("claim {needle}"));
        }
    }
    // Passes: denials, other schemes that really certify, IPA's own 「ロゴマークを取得」,
    // collecting personal information, the English self-declaration ID, a ★ bullet.
    for needle in [
        "認定は受けていません",
        "認定や認証を行っていません",
        "ISMS",
        "ISO/IEC 27001",
        "プライバシーマーク",
        "DX認定",
        "健康経営優良法人",
        "TRUSTe",
        "★4",
        "ロゴマークを取得",
        "個人情報を取得",
        "self-declaration ID",
        "★ ",
        "☆ ",
    ] {
        if !with(false, needle) {
            missing.push(format!("ok {needle}"));
        }
    }
    // A claim in the sentence after the one naming SECURITY ACTION, in the same paragraph,
    // and the same words after a paragraph break passing.
    let after = |claim: bool, sep: &str| {
        c.iter().any(|x| {
            x.1 == claim
                && x.2.split_once(sep).is_some_and(|(first, rest)| {
                    first.contains("SECURITY ACTION") && !rest.contains("SECURITY ACTION")
                })
        })
    };
    if !after(true, "。") || !after(true, ". ") {
        missing.push("claim in the next sentence".to_owned());
    }
    if !after(false, "\n\n") {
        missing.push("ok in the next paragraph".to_owned());
    }
    assert!(missing.is_empty(), "no case for: {missing:?}");
}
