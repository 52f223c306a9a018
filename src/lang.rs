//! The two languages hoshi speaks, text that carries both, and the shared vocabulary.

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
