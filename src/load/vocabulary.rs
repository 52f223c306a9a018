//! The shared vocabulary: the words reports and the site both say, in both languages,
//! read once from `assets/vocabulary.yaml`.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::lang::Text;

/// `assets/vocabulary.yaml` as JSON, made from it and kept current by a test
/// (`generated::`): parsed at start-up many times faster than the YAML.
const VOCABULARY: &str = include_str!("../../assets/generated/vocabulary.json");

/// The shared words by key, in both languages: what reports and the site both say.
pub fn vocabulary() -> &'static BTreeMap<String, Text> {
    static WORDS: OnceLock<BTreeMap<String, Text>> = OnceLock::new();
    WORDS.get_or_init(|| serde_json::from_str(VOCABULARY).unwrap_or_default())
}

/// A word of the vocabulary (`assets/vocabulary.yaml`). A test checks that every key the
/// code asks for is there; a missing one shows as the key itself.
pub fn word(key: &str) -> Text {
    vocabulary()
        .get(key)
        .cloned()
        .unwrap_or_else(|| Text::same(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key the sources pass to `word` names a word of the vocabulary.
    #[test]
    fn every_word_asked_for_is_in_the_vocabulary() {
        fn walk(dir: &std::path::Path, files: &mut Vec<std::path::PathBuf>) {
            for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, files);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    files.push(p);
                }
            }
        }
        let mut files = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        assert!(files.len() > 10, "sources not found");
        let words = vocabulary();
        assert!(words.len() > 20, "the vocabulary did not load");
        let mut missing = Vec::new();
        for f in files {
            let src = std::fs::read_to_string(&f).unwrap_or_default();
            for (i, _) in src.match_indices("word(\"") {
                let rest = &src[i + 6..];
                let key = &rest[..rest.find('"').unwrap_or(0)];
                if !words.contains_key(key) {
                    missing.push(format!("{}: {key}", f.display()));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "not in assets/vocabulary.yaml: {missing:?}"
        );
    }

    #[test]
    fn every_word_has_both_languages() {
        for (key, t) in vocabulary() {
            assert!(!t.ja.is_empty() || t.en.is_empty(), "{key}: no Japanese");
            assert!(
                !t.en.is_empty() || key.ends_with("_unit"),
                "{key}: no English"
            );
        }
    }
}
