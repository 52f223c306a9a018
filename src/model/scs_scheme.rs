//! The SCS scheme's ★3 as data (`assets/scs/scs-2026-03.yaml`), embedded and parsed once.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::lang::Text;

/// `assets/scs/scs-2026-03.yaml` as JSON, made from it and kept current by a test (`generated::`):
/// parsed at start-up many times faster than the YAML.
const JSON: &str = include_str!("../../assets/generated/scs-2026-03.json");

/// The requirements version this build knows, as `scheme:` in scs.yaml names it.
pub const SCHEME: &str = "scs-2026-03";

/// The scheme: its answers, levels, categories and requirements.
#[derive(Debug, Deserialize)]
pub struct Scheme {
    pub scheme: String,
    pub name: Text,
    /// Which document the requirements come from.
    pub requirements_of: Text,
    /// What every ★3 text carries: draft requirements, a self-check, not the evaluation.
    pub banner: Text,
    pub answers: Vec<AnswerKind>,
    pub levels: Vec<Level>,
    pub categories: Vec<Category>,
    pub requirements: Vec<Requirement>,
}

/// One value an answer in scs.yaml may take.
#[derive(Debug, Deserialize)]
pub struct AnswerKind {
    pub id: String,
    /// The criterion counts as met with this answer (a suggestion never does).
    pub counts_as_met: bool,
    #[serde(default)]
    pub reason_required: bool,
    pub label: Text,
}

/// A level of the scheme (★3) and its checks.
#[derive(Debug, Deserialize)]
pub struct Level {
    pub level: u8,
    pub mark: String,
    pub name: Text,
    pub requirements: Vec<LevelCheck>,
}

/// One thing a level asks, with the check that decides it.
#[derive(Debug, Deserialize)]
pub struct LevelCheck {
    pub id: String,
    /// A condition decides readiness; a practice would only advise (as for SECURITY ACTION).
    pub kind: crate::model::RequirementKind,
    /// `official`, `draft` or `assumption`: how sure the rule is.
    pub basis: String,
    pub check: Check,
    pub text: Text,
    pub todo: Text,
}

/// The check kinds hoshi implements; each level requirement names one.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Check {
    /// Every criterion of the level has an answer that counts as met.
    CriteriaMet,
    /// The expert's confirmation is recorded.
    ExpertConfirmed,
    /// The management pledge is recorded.
    PledgeSigned,
    /// The assessment is younger than `months`.
    AssessmentValid { months: u32 },
}

#[derive(Debug, Deserialize)]
pub struct Category {
    pub id: u8,
    pub name: Text,
    /// How many requirements and criteria the workbook has in it (checked by tests).
    pub requirements: usize,
    pub criteria: usize,
}

#[derive(Debug, Deserialize)]
pub struct Requirement {
    pub id: String,
    pub category: u8,
    pub csf: String,
    pub title: Text,
    pub criteria: Vec<Criterion>,
}

#[derive(Debug, Deserialize)]
pub struct Criterion {
    pub id: String,
    /// The row of the workbook.
    pub row: u32,
    pub topic: Text,
    /// The lowest level that asks for it (★3 unless said).
    #[serde(default = "three")]
    pub level: u8,
    pub periodic: Option<String>,
    pub applies_if: Option<Text>,
}

fn three() -> u8 {
    3
}

/// The embedded scheme, parsed once.
pub fn get() -> &'static Scheme {
    static SCHEME_DATA: OnceLock<Scheme> = OnceLock::new();
    SCHEME_DATA.get_or_init(|| {
        serde_json::from_str(JSON).expect("the embedded SCS scheme has its shape (tested)")
    })
}

impl Scheme {
    /// Every criterion with its requirement, in workbook order.
    pub fn criteria(&self) -> impl Iterator<Item = (&Requirement, &Criterion)> {
        self.requirements
            .iter()
            .flat_map(|r| r.criteria.iter().map(move |c| (r, c)))
    }

    /// The criterion with this id, and its requirement.
    pub fn criterion(&self, id: &str) -> Option<(&Requirement, &Criterion)> {
        self.criteria().find(|(_, c)| c.id == id)
    }

    pub fn category(&self, id: u8) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    pub fn answer(&self, id: &str) -> Option<&AnswerKind> {
        self.answers.iter().find(|a| a.id == id)
    }

    /// The ★3 level (the one readiness is measured against).
    pub fn level(&self, level: u8) -> Option<&Level> {
        self.levels.iter().find(|l| l.level == level)
    }

    /// The mark of a level (`★3`), as the scheme names its levels.
    pub fn level_label(&self, level: u8) -> Text {
        Text::same(
            self.level(level)
                .map_or_else(|| format!("★{level}"), |l| l.mark.clone()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// The counts of the 2026-03-27 workbook: 26 requirements, 81 criteria, and each
    /// category's own counts as the data declares them.
    #[test]
    fn the_scheme_has_the_workbooks_counts() {
        let s = get();
        assert_eq!(s.scheme, SCHEME);
        assert_eq!(s.requirements.len(), 26);
        assert_eq!(s.criteria().count(), 81);
        assert_eq!(s.categories.len(), 7);
        for c in &s.categories {
            let reqs: Vec<_> = s
                .requirements
                .iter()
                .filter(|r| r.category == c.id)
                .collect();
            assert_eq!(reqs.len(), c.requirements, "category {}", c.id);
            let n: usize = reqs.iter().map(|r| r.criteria.len()).sum();
            assert_eq!(n, c.criteria, "category {}", c.id);
        }
        let expected = [
            (1, 3, 8),
            (2, 3, 4),
            (3, 4, 11),
            (4, 13, 48),
            (5, 1, 3),
            (6, 1, 6),
            (7, 1, 1),
        ];
        let got: Vec<_> = s
            .categories
            .iter()
            .map(|c| (c.id, c.requirements, c.criteria))
            .collect();
        assert_eq!(got, expected);
    }

    /// Ids are unique, and a criterion's id starts with its requirement's, whose first
    /// number is its category.
    #[test]
    fn criterion_ids_follow_the_id_scheme() {
        let s = get();
        let mut seen = HashSet::new();
        for (r, c) in s.criteria() {
            assert!(seen.insert(c.id.clone()), "{} twice", c.id);
            assert!(
                c.id.starts_with(&format!("{}-", r.id)),
                "{} under {}",
                c.id,
                r.id
            );
            assert!(r.id.starts_with(&format!("{}-", r.category)), "{}", r.id);
            assert!(!c.topic.ja.is_ascii() && !c.topic.en.is_empty(), "{}", c.id);
            assert_eq!(c.level, 3);
        }
    }

    #[test]
    fn every_answer_has_words_and_na_needs_a_reason() {
        let s = get();
        let ids: Vec<_> = s.answers.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["met", "partial", "not_met", "not_applicable"]);
        assert!(
            s.answer("not_applicable")
                .is_some_and(|a| a.reason_required)
        );
        assert!(s.answer("partial").is_some_and(|a| !a.counts_as_met));
        assert!(s.banner.ja.contains("2026-03-27") && s.banner.en.contains("2026-03-27"));
    }
}
