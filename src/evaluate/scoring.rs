//! The self-diagnosis score: points per answer, per part and in total, and the result band.
//!
//! Points, parts and bands all come from the catalogue; nothing here knows "4 points".

use crate::model::catalogue::{Band, Catalogue};
use crate::model::{AnswerValue, Diagnosis};

/// The score of one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionScore {
    pub id: String,
    pub part: u8,
    /// `None` when the question has not been answered yet.
    pub answer: Option<AnswerValue>,
    pub points: i32,
    pub max: i32,
}

impl QuestionScore {
    /// Points this question could still gain.
    pub fn lost(&self) -> i32 {
        self.max - self.points
    }
}

/// The score of one part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartScore {
    pub part: u8,
    pub score: i32,
    pub max: i32,
}

/// The whole diagnosis, scored.
#[derive(Debug, Clone)]
pub struct Score {
    pub total: i32,
    pub max: i32,
    /// Questions with an answer (any answer, `unknown` included).
    pub answered: u32,
    /// Questions answered `unknown`.
    pub unknown: u32,
    /// The result band, by total.
    pub band: Option<&'static Band>,
    pub parts: Vec<PartScore>,
    /// Every question of the catalogue, in order.
    pub questions: Vec<QuestionScore>,
}

/// The catalogue's id of an answer (`implemented`, `not_applicable`, …).
pub fn answer_id(answer: AnswerValue) -> &'static str {
    answer.as_str()
}

/// Points of an answer, from the catalogue.
pub fn points(catalogue: &Catalogue, answer: AnswerValue) -> i32 {
    let id = answer_id(answer);
    catalogue
        .answers
        .iter()
        .find(|a| a.id == id)
        .map_or(0, |a| a.points)
}

/// Scores a diagnosis against the catalogue. Answers to ids outside the catalogue are ignored
/// (validation reports them).
pub fn score(catalogue: &'static Catalogue, diagnosis: &Diagnosis) -> Score {
    let best = catalogue
        .answers
        .iter()
        .map(|a| a.points)
        .max()
        .unwrap_or(0);
    let questions: Vec<QuestionScore> = catalogue
        .questions
        .iter()
        .map(|q| {
            let answer = diagnosis.answers.get(&q.id).map(|a| a.answer);
            QuestionScore {
                id: q.id.clone(),
                part: q.part,
                answer,
                points: answer.map_or(0, |a| points(catalogue, a)),
                max: best,
            }
        })
        .collect();
    let parts = catalogue
        .parts
        .iter()
        .map(|p| {
            let in_part = questions.iter().filter(|q| q.part == p.part);
            PartScore {
                part: p.part,
                score: in_part.clone().map(|q| q.points).sum(),
                max: in_part.map(|q| q.max).sum(),
            }
        })
        .collect();
    let total = questions.iter().map(|q| q.points).sum();
    let count = |f: fn(&QuestionScore) -> bool| {
        u32::try_from(questions.iter().filter(|q| f(q)).count()).unwrap_or(u32::MAX)
    };
    Score {
        total,
        max: questions.iter().map(|q| q.max).sum(),
        answered: count(|q| q.answer.is_some()),
        unknown: count(|q| q.answer == Some(AnswerValue::Unknown)),
        band: band(catalogue, total),
        parts,
        questions,
    }
}

/// The band a total falls in.
pub fn band(catalogue: &'static Catalogue, total: i32) -> Option<&'static Band> {
    catalogue
        .bands
        .iter()
        .find(|b| b.min <= total && total <= b.max)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::model::Answer;
    use crate::model::catalogue;

    fn diagnosis(answers: &[(u8, AnswerValue)]) -> Diagnosis {
        let answers: BTreeMap<String, Answer> = answers
            .iter()
            .map(|&(n, answer)| {
                (
                    format!("Q{n}"),
                    Answer {
                        answer,
                        reason: None,
                        note: None,
                        evidence: Vec::new(),
                        action: None,
                    },
                )
            })
            .collect();
        Diagnosis {
            question_set: "ipa-2019".to_owned(),
            assessed_on: "2026-04-20".to_owned(),
            assessed_by: "test".to_owned(),
            answers,
        }
    }

    fn all(answer: AnswerValue) -> Diagnosis {
        diagnosis(&(1..=25).map(|n| (n, answer)).collect::<Vec<_>>())
    }

    fn parts(s: &Score) -> Vec<(i32, i32)> {
        s.parts.iter().map(|p| (p.score, p.max)).collect()
    }

    #[test]
    fn all_implemented_is_100_in_band_100() {
        let s = score(catalogue::get(), &all(AnswerValue::Implemented));
        assert_eq!(parts(&s), [(20, 20), (52, 52), (28, 28)]);
        assert_eq!((s.total, s.max, s.answered, s.unknown), (100, 100, 25, 0));
        assert_eq!(s.band.map(|b| b.id.as_str()), Some("100"));
    }

    #[test]
    fn all_unknown_is_minus_25() {
        let s = score(catalogue::get(), &all(AnswerValue::Unknown));
        assert_eq!(parts(&s), [(-5, 20), (-13, 52), (-7, 28)]);
        assert_eq!((s.total, s.answered, s.unknown), (-25, 25, 25));
        assert_eq!(s.band.map(|b| b.id.as_str()), Some("49-or-less"));
    }

    #[test]
    fn empty_diagnosis_is_0_with_nothing_answered() {
        let s = score(catalogue::get(), &diagnosis(&[]));
        assert_eq!(parts(&s), [(0, 20), (0, 52), (0, 28)]);
        assert_eq!((s.total, s.max, s.answered, s.unknown), (0, 100, 0, 0));
        assert_eq!(s.band.map(|b| b.id.as_str()), Some("49-or-less"));
        assert!(
            s.questions
                .iter()
                .all(|q| q.answer.is_none() && q.lost() == 4)
        );
    }

    #[test]
    fn all_partial_is_50_and_not_applicable_counts_4() {
        let s = score(catalogue::get(), &all(AnswerValue::Partial));
        assert_eq!(parts(&s), [(10, 20), (26, 52), (14, 28)]);
        assert_eq!(s.total, 50);
        assert_eq!(s.band.map(|b| b.id.as_str()), Some("50-69"));
        let s = score(catalogue::get(), &all(AnswerValue::NotApplicable));
        assert_eq!(s.total, 100);
        let s = score(catalogue::get(), &all(AnswerValue::NotImplemented));
        assert_eq!((s.total, s.answered), (0, 25));
    }

    /// The example repository's answers: 88 = 20 + 48 + 20.
    #[test]
    fn example_pattern_is_88() {
        use AnswerValue::*;
        let mut answers: Vec<(u8, AnswerValue)> = (1..=25u8).map(|n| (n, Implemented)).collect();
        for (n, a) in [
            (7u8, Partial),
            (12, Partial),
            (21, NotApplicable),
            (23, NotImplemented),
            (24, Partial),
            (25, Partial),
        ] {
            answers[usize::from(n) - 1].1 = a;
        }
        let s = score(catalogue::get(), &diagnosis(&answers));
        assert_eq!(parts(&s), [(20, 20), (48, 52), (20, 28)]);
        assert_eq!((s.total, s.answered, s.unknown), (88, 25, 0));
        assert_eq!(s.band.map(|b| b.id.as_str()), Some("70-99"));
    }

    /// A mixed, partly unanswered sheet, counted by hand:
    /// part 1: Q1 4 + Q2 2 + Q3 0 + Q4 −1 + Q5 unanswered 0 = 5;
    /// part 2: Q6–Q9 implemented 16, Q10 n/a 4, Q11 unknown −1, Q12–Q18 unanswered = 19;
    /// part 3: Q19–Q25 partial = 14. Total 38; 17 answered (Q1–Q4, Q6–Q11, Q19–Q25),
    /// 2 unknown.
    #[test]
    fn mixed_pattern_by_hand() {
        use AnswerValue::*;
        let mut answers = vec![
            (1, Implemented),
            (2, Partial),
            (3, NotImplemented),
            (4, Unknown),
            (10, NotApplicable),
            (11, Unknown),
        ];
        answers.extend((6..=9).map(|n| (n, Implemented)));
        answers.extend((19..=25).map(|n| (n, Partial)));
        let s = score(catalogue::get(), &diagnosis(&answers));
        assert_eq!(parts(&s), [(5, 20), (19, 52), (14, 28)]);
        assert_eq!((s.total, s.answered, s.unknown), (38, 17, 2));
        assert_eq!(s.band.map(|b| b.id.as_str()), Some("49-or-less"));
    }

    #[test]
    fn band_edges() {
        let c = catalogue::get();
        let id = |t| band(c, t).map(|b| b.id.as_str());
        assert_eq!(id(100), Some("100"));
        assert_eq!(id(99), Some("70-99"));
        assert_eq!(id(70), Some("70-99"));
        assert_eq!(id(69), Some("50-69"));
        assert_eq!(id(50), Some("50-69"));
        assert_eq!(id(49), Some("49-or-less"));
        assert_eq!(id(-25), Some("49-or-less"));
    }

    #[test]
    fn answers_outside_the_catalogue_are_ignored() {
        let mut d = all(AnswerValue::Implemented);
        d.answers
            .insert("Q26".to_owned(), d.answers.get("Q1").cloned().expect("Q1"));
        let s = score(catalogue::get(), &d);
        assert_eq!((s.total, s.answered), (100, 25));
    }
}
