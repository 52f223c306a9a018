//! The scheme's content as data: principles, questions, answers and bands, embedded.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::lang::Text;

/// `assets/catalogue.yaml` as JSON, made from it and kept current by a test (`generated::`):
/// parsed at start-up many times faster than the YAML.
const JSON: &str = include_str!("../../assets/generated/catalogue.json");

/// The question set this build knows.
pub const QUESTION_SET: &str = "ipa-2019";

#[derive(Debug, Deserialize)]
pub struct Catalogue {
    pub question_set: String,
    pub principles: Vec<Principle>,
    pub parts: Vec<Part>,
    pub questions: Vec<Question>,
    pub answers: Vec<AnswerKind>,
    pub bands: Vec<Band>,
}

#[derive(Debug, Deserialize)]
pub struct Principle {
    pub id: String,
    pub question: String,
    pub title: Text,
    pub description: Text,
}

#[derive(Debug, Deserialize)]
pub struct Part {
    pub part: u8,
    pub title: Text,
    pub first: u8,
    pub last: u8,
}

#[derive(Debug, Deserialize)]
pub struct Question {
    pub id: String,
    pub part: u8,
    pub topic: Text,
    pub question: Text,
    pub measure: Text,
}

#[derive(Debug, Deserialize)]
pub struct AnswerKind {
    pub id: String,
    pub points: i32,
    pub label: Text,
}

#[derive(Debug, Deserialize)]
pub struct Band {
    pub id: String,
    pub min: i32,
    pub max: i32,
    pub label: Text,
    pub advice: Text,
}

/// The embedded catalogue, parsed once.
pub fn get() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        serde_json::from_str(JSON).expect("the embedded catalogue has its shape (tested)")
    })
}

impl Catalogue {
    /// The lowest and highest total the diagnosis can score (−25 and 100 on the current
    /// sheet): every question at the lowest, or the highest, points of an answer.
    pub fn score_range(&self) -> (i32, i32) {
        let n = i32::try_from(self.questions.len()).unwrap_or(i32::MAX);
        let min = self.answers.iter().map(|a| a.points).min().unwrap_or(0);
        let max = self.answers.iter().map(|a| a.points).max().unwrap_or(0);
        (n.saturating_mul(min), n.saturating_mul(max))
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn is_principle(&self, id: &str) -> bool {
        self.principles.iter().any(|p| p.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_catalogue_is_complete_and_ordered() {
        let c = get();
        assert_eq!(c.question_set, QUESTION_SET);
        let ids: Vec<_> = c.questions.iter().map(|q| q.id.as_str()).collect();
        let expected: Vec<_> = (1..=25).map(|n| format!("Q{n}")).collect();
        assert_eq!(ids, expected);
        for part in &c.parts {
            for n in part.first..=part.last {
                assert_eq!(c.questions[usize::from(n) - 1].part, part.part);
            }
        }
        assert_eq!(c.principles.len(), 5);
        let points: Vec<_> = c.answers.iter().map(|a| a.points).collect();
        assert_eq!(points, [4, 2, 0, -1, 4]);
        assert_eq!(c.bands.len(), 4);
    }
}
