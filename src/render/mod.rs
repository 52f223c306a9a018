//! Renderers: one result, many formats. None of them prints; they return text.
//!
//! Each result (status, diff, history, evidence, portfolio, review, validation) is turned
//! once into [`section::Section`]s of bilingual lines; the formatters of [`layout`] (text,
//! Markdown, GitHub workflow commands, CSV) only lay them out, and each escapes text from
//! the client files ([`untrusted::Untrusted`]) its own way. JSON is a serialisation of the
//! result itself (`*_json.rs`, [`json`]). The iCalendar file is its own format
//! ([`calendar`]).

pub mod calendar;
pub mod diff;
pub mod diff_json;
pub mod evidence;
pub mod history;
pub mod json;
pub mod layout;
pub mod portfolio;
pub mod review;
pub mod scs;
pub mod section;
pub mod status;
pub mod status_json;
pub mod terms;
pub mod untrusted;
pub mod validation;

use crate::lang::Lang;

/// How a renderer shows things.
#[derive(Debug, Clone)]
pub struct Style {
    pub lang: Lang,
    pub color: bool,
    /// Prefix for file paths so they resolve from where the user ran hoshi (`--repo`).
    pub path_prefix: String,
}

impl Style {
    pub fn display_path(&self, file: &str) -> String {
        format!("{}{file}", self.path_prefix)
    }
}

/// A change with its sign: `+2`, `-1`, `0`.
pub(crate) fn signed(n: i32) -> String {
    if n > 0 {
        format!("+{n}")
    } else {
        n.to_string()
    }
}

/// A number, or a dash where there is none.
pub(crate) fn or_dash(n: Option<i32>) -> String {
    n.map_or_else(|| "—".to_owned(), |n| n.to_string())
}

#[cfg(test)]
mod tests {
    use crate::evidence::register::Freshness;
    use crate::finding::Severity;
    use crate::history::compare::SectionKind;
    use crate::lang::Text;
    use crate::model::{AnswerValue, Audience, PrincipleStatus};
    use crate::render::portfolio::State;

    /// Every value of a model enum has words of its own (a missing word would show as
    /// its key, which is ASCII).
    #[test]
    fn every_enum_value_has_words() {
        use AnswerValue::*;
        let labels: Vec<(&str, Text)> = [
            PrincipleStatus::Practiced,
            PrincipleStatus::InProgress,
            PrincipleStatus::NotStarted,
        ]
        .map(|s| (s.as_str(), s.label()))
        .into_iter()
        .chain(
            [Audience::Public, Audience::Partners, Audience::Internal]
                .map(|a| (a.as_str(), a.label())),
        )
        .chain(
            [Severity::Error, Severity::Warning, Severity::Hint].map(|s| (s.as_str(), s.label())),
        )
        .chain(
            [Implemented, Partial, NotImplemented, Unknown, NotApplicable]
                .map(|a| (a.as_str(), a.label())),
        )
        .chain(
            [
                Freshness::NoExpiry,
                Freshness::Valid,
                Freshness::Expiring,
                Freshness::Expired,
            ]
            .map(|f| (f.as_str(), f.label())),
        )
        .chain(
            [
                SectionKind::Added,
                SectionKind::Removed,
                SectionKind::Changed,
            ]
            .map(|k| (k.as_str(), k.label())),
        )
        .chain([State::Bad, State::Warn, State::Ok].map(|s| (s.mark(), s.label())))
        .collect();
        for (id, t) in labels {
            assert!(!t.ja.is_ascii() && !t.en.is_empty(), "{id}: {t:?}");
        }
    }
}
