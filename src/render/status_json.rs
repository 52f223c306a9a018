//! `hoshi status --format json`, with the fields the product contract names (and a few more).

use serde_json::{Value, json};

use crate::evaluate::next_steps::Step;
use crate::evaluate::status::Status;
use crate::lang::Lang;
use crate::model::AnswerValue;
use crate::render::json::finding;

/// The status as pretty JSON with a trailing newline.
pub fn status(s: &Status, lang: Lang) -> String {
    let diagnosis = s.score.as_ref().map(|score| {
        json!({
            "score": score.total,
            "max": score.max,
            "answered": score.answered,
            "unknown": score.unknown,
            "band": score.band.map(|b| b.id.as_str()),
            "parts": score.parts.iter().map(|p| json!({
                "part": p.part,
                "score": p.score,
                "max": p.max,
            })).collect::<Vec<_>>(),
            "assessed_on": s.assessed_on,
        })
    });
    let levels: Vec<Value> = s
        .eligibility
        .levels
        .iter()
        .map(|l| {
            json!({
                "level": l.level,
                "eligible": l.eligible,
                "undetermined": l.verdict().is_none(),
                "requirements": l.requirements.iter().map(|r| json!({
                    "id": r.id,
                    "kind": r.kind.as_str(),
                    "met": r.met,
                    "undetermined": r.undetermined,
                    "reason": r.reason.get(lang),
                    "text": r.text.get(lang),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let declaration = s.declaration.as_ref().map(|d| {
        json!({
            "level": d.level,
            "id": d.id,
            "holds": d.holds,
            "declared_on": d.declared_on,
        })
    });
    let value = json!({
        "organization": {"name": s.organization, "name_en": s.organization_en},
        "diagnosis": diagnosis,
        "eligibility": {"level": s.eligibility.level, "levels": levels},
        "declaration": declaration,
        "declaration_unknown": s.declaration_unknown,
        "next_steps": s.next_steps.iter().map(|step| next_step(step, lang)).collect::<Vec<_>>(),
        "findings": s.findings.iter().map(|f| finding(f, lang)).collect::<Vec<_>>(),
        "digest": s.digest,
        "scs": crate::render::scs::json(s, lang),
        "scs_result": crate::render::scs::result_json(s),
    });
    crate::render::json::document(&value)
}

fn next_step(step: &Step, lang: Lang) -> Value {
    match step {
        Step::Requirement {
            level,
            id,
            text,
            reason,
            todo,
            ..
        } => json!({
            "kind": "requirement",
            "id": id,
            "level": level,
            "text": text.get(lang),
            "reason": reason.get(lang),
            "todo": todo.get(lang),
        }),
        Step::Question {
            id,
            topic,
            answer,
            gain,
            measure,
        } => json!({
            "kind": "question",
            "id": id,
            "answer": answer.map(AnswerValue::as_str),
            "points": gain,
            "topic": topic.get(lang),
            "measure": measure.get(lang),
        }),
    }
}
