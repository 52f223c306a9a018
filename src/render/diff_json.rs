//! `hoshi diff --format json`: `base`, `head` and `changes` as the product contract names
//! them, plus `regressions` (what `--fail-on regression` trips on).

use serde_json::{Value, json};

use crate::evaluate::status::Declared;
use crate::history::compare::{ActionState, Changes, End, FieldChange, Regression, ReviewDiff};
use crate::lang::Lang;
use crate::model::{AnswerValue, PrincipleStatus};
use crate::render::json::finding;

/// The comparison as pretty JSON with a trailing newline.
pub fn diff(d: &ReviewDiff, lang: Lang) -> String {
    let value = json!({
        "base": d.base.as_ref().map(end),
        "head": end(&d.head),
        "changes": changes(&d.changes, lang),
        "regressions": d.regressions.iter().map(regression).collect::<Vec<_>>(),
    });
    crate::render::json::document(&value)
}

fn end(e: &End) -> Value {
    json!({
        "ref": e.reference,
        "commit": e.commit,
        "date": e.date.to_string(),
        "working_tree": e.working_tree,
        "present": e.present,
        "level": e.level,
        "declared": e.declared,
        "score": e.score,
        "digest": e.digest,
        "errors": e.errors,
    })
}

fn declared(d: &Declared) -> Value {
    json!({"level": d.level, "id": d.id, "declared_on": d.declared_on, "holds": d.holds})
}

fn action(a: &ActionState) -> Value {
    json!({"what": a.what, "owner": a.owner, "due": a.due})
}

fn field(f: &FieldChange) -> Value {
    json!({"field": f.field, "from": f.from, "to": f.to})
}

fn changes(c: &Changes, lang: Lang) -> Value {
    let e = &c.eligibility;
    let s = &c.score;
    json!({
        "eligibility": {
            "from": e.from,
            "to": e.to,
            "levels": e.levels.iter().map(|l| json!({
                "level": l.level,
                "from": l.from,
                "to": l.to,
                "requirements": l.requirements.iter().map(|r| json!({
                    "id": r.id,
                    "kind": r.kind.as_str(),
                    "from": r.from,
                    "to": r.to,
                    "undetermined": r.undetermined,
                    "text": r.text.get(lang),
                    "reason": r.reason.get(lang),
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        },
        "score": {
            "from": s.from,
            "to": s.to,
            "delta": s.delta(),
            "max": s.max,
            "band": {"from": s.band_from, "to": s.band_to},
            "parts": s.parts.iter().map(|p| json!({
                "part": p.part,
                "from": p.from,
                "to": p.to,
                "delta": p.to.zip(p.from).map(|(t, f)| t - f),
                "max": p.max,
            })).collect::<Vec<_>>(),
        },
        "questions": c.questions.iter().map(|q| json!({
            "question": q.question,
            "from": q.from.map(AnswerValue::as_str),
            "to": q.to.map(AnswerValue::as_str),
            "points": q.points,
        })).collect::<Vec<_>>(),
        "notes": c.notes.iter().map(|n| json!({
            "question": n.question,
            "field": n.field,
            "from": n.from,
            "to": n.to,
        })).collect::<Vec<_>>(),
        "actions": c.actions.iter().map(|a| json!({
            "question": a.question,
            "from": a.from.as_ref().map(action),
            "to": a.to.as_ref().map(action),
        })).collect::<Vec<_>>(),
        "principles": c.principles.iter().map(|p| json!({
            "principle": p.principle,
            "from": p.from.map(PrincipleStatus::as_str),
            "to": p.to.map(PrincipleStatus::as_str),
        })).collect::<Vec<_>>(),
        "declaration": c.declaration.as_ref().map(|d| json!({
            "from": d.from.as_ref().map(declared),
            "to": d.to.as_ref().map(declared),
        })),
        "settings": c.settings.iter().map(field).collect::<Vec<_>>(),
        "policy": {
            "title": c.policy.title.as_ref().map(|(from, to)| json!({"from": from, "to": to})),
            "preamble": c.policy.preamble,
            "sections": c.policy.sections.iter().map(|s| json!({
                "heading": s.heading,
                "change": s.kind.as_str(),
                "diff": s.diff,
            })).collect::<Vec<_>>(),
            "fields": c.policy.fields.iter().map(field).collect::<Vec<_>>(),
        },
        "evidence": {
            "added": c.evidence.added.iter().map(|x| json!({"id": x.id, "title": x.title})).collect::<Vec<_>>(),
            "removed": c.evidence.removed.iter().map(|x| json!({"id": x.id, "title": x.title})).collect::<Vec<_>>(),
            "rehashed": c.evidence.rehashed.iter().map(|x| json!({
                "id": x.id, "title": x.title, "from": x.from, "to": x.to,
            })).collect::<Vec<_>>(),
            "changed": c.evidence.changed.iter().map(|x| json!({
                "id": x.id,
                "title": x.title,
                "fields": x.fields.iter().map(field).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "expired": c.evidence.expired.iter().map(|x| json!({
                "id": x.id, "title": x.title, "expired_on": x.on.to_string(),
            })).collect::<Vec<_>>(),
        },
        "findings": {
            "new": c.findings.new.iter().map(|f| finding(f, lang)).collect::<Vec<_>>(),
            "resolved": c.findings.resolved.iter().map(|f| finding(f, lang)).collect::<Vec<_>>(),
        },
        "scs_criteria": c.scs.iter().map(|x| json!({
            "criterion": x.criterion,
            "from": x.from.as_ref().map(|s| s.id()),
            "to": x.to.as_ref().map(|s| s.id()),
        })).collect::<Vec<_>>(),
    })
}

fn regression(r: &Regression) -> Value {
    match r {
        Regression::Level { from, to } => json!({"kind": "level", "from": from, "to": to}),
        Regression::Requirement { level, id } => {
            json!({"kind": "requirement", "level": level, "id": id})
        }
        Regression::Score { from, to } => json!({"kind": "score", "from": from, "to": to}),
    }
}
