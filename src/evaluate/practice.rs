//! Practice: hoshi's advice on substance, beside IPA's conditions. A practice never
//! affects eligibility and never makes a declaration fail; each thing it finds is a
//! located warning with what to do.
//!
//! The check kinds here are the ones only practices use; the status turns every unmet
//! practice into its warnings.

use jiff::civil::Date;

use crate::evaluate::facts::{Facts, Outcome, ReviewRecord, Subject};
use crate::evaluate::freshness::add_months;
use crate::evaluate::scoring::answer_id;
use crate::evaluate::words::{answer_label, id_list, quoted_titles, status_id, status_label};
use crate::lang::Text;
use crate::model::catalogue::Catalogue;
use crate::model::files::FileKind;
use crate::model::{AnswerValue, PrincipleStatus};
use crate::text;

/// The `topic` of a question in both languages, or its id.
fn topic<'a>(catalogue: &'a Catalogue, id: &str) -> Option<&'a Text> {
    catalogue.question(id).map(|q| &q.topic)
}

/// No question has `answer` (for `unknown`: every "don't know" has been looked into).
pub fn no_answer(answer: AnswerValue, catalogue: &Catalogue, facts: &Facts) -> Outcome {
    let d = match facts.diagnosis {
        Ok(d) => d,
        Err(why) => return Outcome::broken(FileKind::Diagnosis, why),
    };
    let id = answer_id(answer);
    let label = answer_label(catalogue, answer);
    let (lja, len) = (&label.ja, &label.en);
    let found: Vec<&str> = catalogue
        .questions
        .iter()
        .filter(|q| d.answers.get(&q.id).is_some_and(|a| a.answer == answer))
        .map(|q| q.id.as_str())
        .collect();
    if found.is_empty() {
        return Outcome::met(
            text!("{id}（{lja}）の回答はありません", "no answer is {id}"),
            text!(
                "「{lja}」と回答した設問はありません",
                "no question is answered \"{len}\""
            ),
        );
    }
    let subjects = found
        .iter()
        .map(|q| {
            let t = topic(catalogue, q)
                .cloned()
                .unwrap_or_else(|| Text::new(q.to_owned(), q.to_owned()));
            let (tja, ten) = (&t.ja, &t.en);
            Subject {
                file: FileKind::Diagnosis,
                pointer: format!("/answers/{q}/answer"),
                message: text!(
                    "{q}（{tja}）の回答が {id}（{lja}）です",
                    "{q} ({ten}) is answered {id} ({len})"
                ),
            }
        })
        .collect();
    let verb = if found.len() == 1 { "is" } else { "are" };
    let list = id_list(&found);
    let (ja, en) = (list.ja, list.en);
    let n = found.len();
    Outcome::unmet(
        text!("{ja} が {id}（{lja}）です", "{en} {verb} {id}"),
        {
            let questions = if n == 1 {
                "question is"
            } else {
                "questions are"
            };
            text!(
                "{n}問が「{lja}」と回答されています。実態を確かめるよう助言しています",
                "{n} {questions} answered \"{len}\"; the advice is to find out the actual situation"
            )
        },
        subjects,
    )
}

/// No principle is practised while its Part 1 question is answered not implemented.
pub fn part1_consistent(catalogue: &Catalogue, facts: &Facts) -> Outcome {
    let p = match facts.principles {
        Ok(p) => p,
        Err(why) => return Outcome::broken(FileKind::Principles, why),
    };
    let d = match facts.diagnosis {
        Ok(d) => d,
        Err(why) => return Outcome::broken(FileKind::Diagnosis, why),
    };
    let mut pairs: Vec<(&str, &str, &Text)> = Vec::new();
    let mut subjects = Vec::new();
    for principle in &catalogue.principles {
        let practised = p
            .principles
            .get(&principle.id)
            .is_some_and(|s| s.status == PrincipleStatus::Practiced);
        let q = principle.question.as_str();
        let answer = d.answers.get(q).map(|a| a.answer);
        if !practised || answer != Some(AnswerValue::NotImplemented) {
            continue;
        }
        let (pid, t) = (&principle.id, &principle.title);
        let qt = topic(catalogue, q)
            .cloned()
            .unwrap_or_else(|| Text::new(q.to_owned(), q.to_owned()));
        let (tja, ten, qja, qen) = (&t.ja, &t.en, &qt.ja, &qt.en);
        let (sid, aid) = (
            status_id(PrincipleStatus::Practiced),
            answer_id(AnswerValue::NotImplemented),
        );
        subjects.push(Subject {
            file: FileKind::Diagnosis,
            pointer: format!("/answers/{q}/answer"),
            message: text!(
                "principles.yaml では {pid}（{tja}）が {sid} ですが、diagnosis.yaml の {q}（{qja}）は {aid} です",
                "{pid} ({ten}) is {sid} in principles.yaml, but {q} ({qen}) is {aid} in diagnosis.yaml"
            ),
        });
        pairs.push((pid, q, t));
    }
    if pairs.is_empty() {
        let ps: Vec<&str> = catalogue.principles.iter().map(|p| p.id.as_str()).collect();
        let qs: Vec<&str> = catalogue
            .principles
            .iter()
            .map(|p| p.question.as_str())
            .collect();
        let (ps, qs) = (id_list(&ps), id_list(&qs));
        let (pja, pen, qja, qen) = (&ps.ja, &ps.en, &qs.ja, &qs.en);
        return Outcome::met(
            text!(
                "{pja} と {qja} の回答に食い違いはありません",
                "{pen} agree with the answers to {qen}"
            ),
            text!(
                "5か条の取組みと基本的対策の回答は一致しています",
                "the five principles and the answers on the basic measures agree"
            ),
        );
    }
    let ja: Vec<String> = pairs
        .iter()
        .map(|(p, q, _)| format!("{p} は practiced ですが {q} は not_implemented"))
        .collect();
    let en: Vec<String> = pairs
        .iter()
        .map(|(p, q, _)| format!("{p} is practiced but {q} is not_implemented"))
        .collect();
    let (ja, en) = (ja.join("、"), en.join("; "));
    let titles: Vec<&Text> = pairs.iter().map(|(_, _, t)| *t).collect();
    let names = quoted_titles(&titles);
    let (nja, nen) = (&names.ja, &names.en);
    Outcome::unmet(
        text!("{ja}です", "{en}"),
        text!(
            "{nja}を実践しているとしながら、自社診断では実施していないと回答しています",
            "{nen}: recorded as practised, but the self-diagnosis answers not implemented"
        ),
        subjects,
    )
}

/// Every `partial` / `not_implemented` answer has an improvement action.
pub fn actions_planned(catalogue: &Catalogue, facts: &Facts) -> Outcome {
    let d = match facts.diagnosis {
        Ok(d) => d,
        Err(why) => return Outcome::broken(FileKind::Diagnosis, why),
    };
    let mut missing: Vec<&str> = Vec::new();
    let mut subjects = Vec::new();
    for q in &catalogue.questions {
        let Some(a) = d.answers.get(&q.id) else {
            continue;
        };
        if !matches!(a.answer, AnswerValue::Partial | AnswerValue::NotImplemented)
            || a.action.is_some()
        {
            continue;
        }
        let (qid, tja, ten) = (&q.id, &q.topic.ja, &q.topic.en);
        let aid = answer_id(a.answer);
        let label = answer_label(catalogue, a.answer);
        let (lja, len) = (&label.ja, &label.en);
        subjects.push(Subject {
            file: FileKind::Diagnosis,
            pointer: format!("/answers/{qid}/answer"),
            message: text!(
                "{qid}（{tja}）は {aid}（{lja}）ですが、改善計画（action）がありません",
                "{qid} ({ten}) is {aid} ({len}) but has no improvement action"
            ),
        });
        missing.push(qid);
    }
    if missing.is_empty() {
        return Outcome::met(
            text!(
                "partial・not_implemented の設問すべてに改善計画があります",
                "every partial or not_implemented answer has an improvement action"
            ),
            text!(
                "不十分な対策のすべてに改善計画があります",
                "every measure not yet fully in place has an improvement plan"
            ),
        );
    }
    let list = id_list(&missing);
    let (ja, en) = (list.ja, list.en);
    let verb = if missing.len() == 1 { "has" } else { "have" };
    let n = missing.len();
    Outcome::unmet(
        text!(
            "{ja} に改善計画（action）がありません",
            "{en} {verb} no improvement action"
        ),
        text!(
            "不十分な対策のうち{n}件に改善計画がありません",
            "{n} measure(s) not yet fully in place have no improvement plan"
        ),
        subjects,
    )
}

/// The diagnosis is younger than `review.interval_months`.
pub fn diagnosis_fresh(facts: &Facts) -> Outcome {
    let d = match facts.diagnosis {
        Ok(d) => d,
        Err(why) => return Outcome::broken(FileKind::Diagnosis, why),
    };
    let interval = facts.interval_months();
    let assessed = &d.assessed_on;
    let due = assessed
        .parse::<Date>()
        .ok()
        .and_then(|a| add_months(a, interval));
    let Some(due) = due else {
        // Not a date: the schema reports it.
        return Outcome::met(
            text!("実施日 {assessed}", "assessed {assessed}"),
            text!("{assessed} に実施", "carried out on {assessed}"),
        );
    };
    if facts.today <= due {
        return Outcome::met(
            text!(
                "{assessed} 実施、次は {due} までに",
                "assessed {assessed}, next due by {due}"
            ),
            text!("{assessed} に実施", "carried out on {assessed}"),
        );
    }
    let message = text!(
        "自社診断（{assessed} 実施）が見直し間隔の {interval} か月を過ぎています（期限 {due}）",
        "the self-diagnosis of {assessed} is older than the review interval of {interval} months (due {due})"
    );
    Outcome::unmet(
        message.clone(),
        text!(
            "前回の自社診断（{assessed}）から{interval}か月以上たっています",
            "the last self-diagnosis ({assessed}) is more than {interval} months old"
        ),
        vec![Subject {
            file: FileKind::Diagnosis,
            pointer: "/assessed_on".to_owned(),
            message,
        }],
    )
}

/// The last review is younger than `review.interval_months`; `None` where git is not
/// known (the requirement is then not judged).
pub fn review_current(facts: &Facts) -> Option<Outcome> {
    let record = facts.review?;
    let interval = facts.interval_months();
    let subject = |message: Text| Subject {
        file: FileKind::Hoshi,
        pointer: "/review/interval_months".to_owned(),
        message,
    };
    Some(match record {
        ReviewRecord::None => {
            let message = text!(
                "見直しの記録（review タグ）がまだありません",
                "no review is recorded yet (no review tag)"
            );
            Outcome::unmet(
                message.clone(),
                text!("見直しの記録はまだありません", "no review is recorded yet"),
                vec![subject(message)],
            )
        }
        ReviewRecord::Last { name, date } => match add_months(*date, interval) {
            Some(due) if facts.today > due => {
                let message = text!(
                    "前回の見直し {name}（{date}）から見直し間隔の {interval} か月を過ぎています（期限 {due}）",
                    "the last review {name} ({date}) is older than the review interval of {interval} months (due {due})"
                );
                Outcome::unmet(
                    message.clone(),
                    text!(
                        "前回の見直し（{date}）から{interval}か月以上たっています",
                        "the last review ({date}) is more than {interval} months old"
                    ),
                    vec![subject(message)],
                )
            }
            due => {
                let due = due.map_or_else(String::new, |d| d.to_string());
                Outcome::met(
                    text!(
                        "前回の見直し {name}（{date}）、次は {due} までに",
                        "last review {name} ({date}), next due by {due}"
                    ),
                    text!("{date} に見直し", "reviewed on {date}"),
                )
            }
        },
    })
}

/// A principle status in plain words, for the site (`実践している`).
pub fn plain_status(s: PrincipleStatus) -> Text {
    status_label(s).text()
}
