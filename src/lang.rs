//! The two languages hoshi speaks, text that carries both, and the shared vocabulary.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// A language of messages and pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ja,
    En,
}

impl Lang {
    /// Parses `ja` / `en` (as in `HOSHI_LANG` or `hoshi.yaml`).
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim() {
            "ja" => Some(Lang::Ja),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// `ja` / `en`, as `--lang` and `hoshi.yaml` spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }
}

/// A text in Japanese and English; renderers pick one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub ja: String,
    pub en: String,
}

impl Text {
    pub fn new(ja: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            ja: ja.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.ja,
            Lang::En => &self.en,
        }
    }

    /// The same text in both languages (a number, a mark, an id).
    pub fn same(s: impl Into<String>) -> Text {
        let s = s.into();
        Text {
            ja: s.clone(),
            en: s,
        }
    }
}

/// Builds a [`Text`] from two format strings sharing the caller's variables.
#[macro_export]
macro_rules! text {
    ($ja:literal, $en:literal $(,)?) => {
        $crate::lang::Text::new(format!($ja), format!($en))
    };
}

impl std::fmt::Display for Text {
    /// English: for logs and error chains; user-facing output picks a language.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.en)
    }
}

/// Cuts user text quoted in a message to `max` characters, marking the cut with `…`.
pub fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let cut: String = s.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

const VOCABULARY: &str = include_str!("../assets/vocabulary.yaml");

/// The shared words by key, in both languages: what reports and the site both say.
pub fn vocabulary() -> &'static BTreeMap<String, Text> {
    static WORDS: OnceLock<BTreeMap<String, Text>> = OnceLock::new();
    WORDS.get_or_init(|| {
        crate::load::yaml::load(VOCABULARY.as_bytes())
            .document
            .and_then(|d| serde_json::from_value(d.value).ok())
            .unwrap_or_default()
    })
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
