//! What to do next, most valuable first: the conditions that keep a declaration from
//! holding (or block the next star), then the questions losing the most points, each with
//! the catalogue's recommended measure. Practice advice is reported as warnings.

use crate::evaluate::eligibility::Eligibility;
use crate::evaluate::scoring::Score;
use crate::lang::Text;
use crate::model::AnswerValue;
use crate::model::catalogue::Catalogue;

/// One thing to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// An unmet condition of the declared level (when it does not hold) or the next one.
    Requirement {
        level: u8,
        /// The level's label (`★★ 二つ星`).
        label: Text,
        id: String,
        text: Text,
        reason: Text,
        todo: Text,
    },
    /// A question that loses points.
    Question {
        id: String,
        topic: Text,
        answer: Option<AnswerValue>,
        /// Points gained by implementing it.
        gain: i32,
        measure: Text,
    },
}

/// The ordered plan. Unmet conditions come first, in the order of the levels data: those of
/// `not_held` (a declared level whose conditions do not hold), else those of the next level;
/// then questions by points to gain (an `unknown` gains 5, a missing or `not_implemented`
/// answer 4, a `partial` one 2), ties in question order.
pub fn plan(
    eligibility: &Eligibility,
    not_held: Option<u8>,
    score: Option<&Score>,
    catalogue: &Catalogue,
) -> Vec<Step> {
    let mut steps = Vec::new();
    let target = match not_held {
        Some(level) => eligibility.get(level),
        None => eligibility.next(),
    };
    if let Some(next) = target {
        for r in next.unmet() {
            steps.push(Step::Requirement {
                level: next.level,
                label: next.label(),
                id: r.id.clone(),
                text: r.text.clone(),
                reason: r.reason.clone(),
                todo: r.todo.clone(),
            });
        }
    }
    if let Some(score) = score {
        let mut losing: Vec<_> = score.questions.iter().filter(|q| q.lost() > 0).collect();
        // Stable: ties keep the catalogue's order.
        losing.sort_by_key(|q| std::cmp::Reverse(q.lost()));
        for q in losing {
            let Some(question) = catalogue.question(&q.id) else {
                continue;
            };
            steps.push(Step::Question {
                id: q.id.clone(),
                topic: question.topic.clone(),
                answer: q.answer,
                gain: q.lost(),
                measure: question.measure.clone(),
            });
        }
    }
    steps
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::evaluate::eligibility::{Kind, LevelResult, RequirementResult};
    use crate::evaluate::scoring;
    use crate::model::catalogue;
    use crate::model::{Answer, Diagnosis};

    /// A sheet with every question implemented except those listed (`None`: unanswered).
    fn score(except: &[(&str, Option<AnswerValue>)]) -> Score {
        let answers: BTreeMap<String, Answer> = (1..=25)
            .map(|n| format!("Q{n}"))
            .filter_map(|id| {
                let answer = except
                    .iter()
                    .find(|(q, _)| *q == id)
                    .map_or(Some(AnswerValue::Implemented), |(_, a)| *a)?;
                Some((
                    id,
                    Answer {
                        answer,
                        reason: None,
                        note: None,
                        evidence: Vec::new(),
                        action: None,
                    },
                ))
            })
            .collect();
        scoring::score(
            catalogue::get(),
            &Diagnosis {
                question_set: "ipa-2019".to_owned(),
                assessed_on: "2026-04-20".to_owned(),
                assessed_by: "t".to_owned(),
                answers,
            },
        )
    }

    fn ids(steps: &[Step]) -> Vec<String> {
        steps
            .iter()
            .map(|s| match s {
                Step::Requirement { id, .. } => id.clone(),
                Step::Question { id, gain, .. } => format!("{id}+{gain}"),
            })
            .collect()
    }

    fn requirement(id: &str, met: bool) -> RequirementResult {
        let t = Text::new(id, id);
        RequirementResult {
            id: id.to_owned(),
            kind: Kind::Condition,
            met,
            undetermined: false,
            text: t.clone(),
            public: t.clone(),
            reason: t.clone(),
            plain: t.clone(),
            todo: t,
            finding: None,
            subjects: Vec::new(),
        }
    }

    fn eligibility(unmet_at: Option<u8>) -> Eligibility {
        let level = |n: u8, ok: bool| LevelResult {
            level: n,
            mark: "★".repeat(usize::from(n)),
            name: Text::new("x", "x"),
            eligible: ok,
            requirements: vec![
                requirement(&format!("L{n}.a"), true),
                requirement(&format!("L{n}.b"), ok),
            ],
        };
        let levels = match unmet_at {
            None => vec![level(1, true), level(2, true)],
            Some(1) => vec![level(1, false), level(2, false)],
            Some(_) => vec![level(1, true), level(2, false)],
        };
        Eligibility {
            level: unmet_at.map_or(2, |n| n - 1),
            levels,
        }
    }

    #[test]
    fn blocker_first_then_biggest_losses() {
        use AnswerValue::*;
        let s = score(&[
            ("Q7", Some(Partial)),
            ("Q3", Some(NotImplemented)),
            ("Q12", Some(Unknown)),
            ("Q2", Some(Partial)),
            ("Q20", Some(NotImplemented)),
            ("Q9", Some(NotApplicable)),
            ("Q15", None),
        ]);
        let steps = plan(&eligibility(Some(2)), None, Some(&s), catalogue::get());
        assert_eq!(
            ids(&steps),
            ["L2.b", "Q12+5", "Q3+4", "Q15+4", "Q20+4", "Q2+2", "Q7+2"]
        );
        match &steps[1] {
            Step::Question {
                measure, answer, ..
            } => {
                assert_eq!(*answer, Some(Unknown));
                assert_eq!(measure, &catalogue::get().questions[11].measure);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn unanswered_questions_lose_four() {
        let s = score(&[("Q5", None)]);
        assert_eq!(s.answered, 24);
        let steps = plan(&eligibility(None), None, Some(&s), catalogue::get());
        assert_eq!(ids(&steps), ["Q5+4"]);
        match &steps[0] {
            Step::Question { answer, .. } => assert_eq!(*answer, None),
            other => panic!("{other:?}"),
        }
        assert_eq!(AnswerValue::label_or_unanswered(None).en, "Not answered");
    }

    #[test]
    fn only_the_next_level_blocks() {
        let steps = plan(&eligibility(Some(1)), None, None, catalogue::get());
        assert_eq!(ids(&steps), ["L1.b"]);
        assert!(plan(&eligibility(None), None, None, catalogue::get()).is_empty());
    }
}
