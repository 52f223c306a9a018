//! The certification-wording lint against a corpus of sentences with their expected
//! verdicts (`tests/wording/corpus.txt`): every case must come out as written there.

use hoshi::validate::wording::claims;

const CORPUS: &str = include_str!("wording/corpus.txt");

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
