//! The comparison of two evaluations (the last review and now) in domain terms: stars,
//! requirements, score, answers, principles, the declaration, the policy, evidence and
//! findings. Renderers in [`crate::render`] show it as text, Markdown or JSON.

use std::collections::BTreeMap;

use jiff::civil::Date;

use crate::evaluate::eligibility::{Eligibility, Kind};
use crate::evaluate::evaluation::Evaluation;
use crate::evaluate::freshness;
use crate::evaluate::scoring;
use crate::evaluate::status::Declared;
use crate::finding::Finding;
use crate::lang::Text;
use crate::load::vocabulary::word;
use crate::model::catalogue;
use crate::model::files::FileKind;
use crate::model::{Action, AnswerValue, EvidenceItem, Policy, PrincipleStatus};

/// One end of the comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct End {
    /// The tag or revision as named (`review/2026-04-25`, `HEAD~3`); `None` for the
    /// working tree.
    pub reference: Option<String>,
    /// The commit (for the working tree: the HEAD it sits on, when there is one).
    pub commit: Option<String>,
    /// The day it was evaluated for (the review's day; today for the working tree).
    pub date: Date,
    pub working_tree: bool,
    /// The client files exist at this end (a base before the client was added has none).
    pub present: bool,
    pub level: Option<u8>,
    pub declared: Option<u8>,
    pub score: Option<i32>,
    pub digest: Option<String>,
    /// Findings at error severity.
    pub errors: usize,
}

impl End {
    /// Describes an end from its evaluation (`None`: the client files are absent there).
    pub fn new(
        reference: Option<String>,
        commit: Option<String>,
        date: Date,
        working_tree: bool,
        e: Option<&Evaluation>,
    ) -> End {
        End {
            reference,
            commit,
            date,
            working_tree,
            present: e.is_some(),
            level: e.map(|e| e.status.eligibility.level),
            declared: e.and_then(|e| e.status.declaration.as_ref().map(|d| d.level)),
            score: e.and_then(|e| e.status.score.as_ref().map(|s| s.total)),
            digest: e.map(|e| e.status.digest.clone()),
            errors: e.map_or(0, |e| {
                e.status.findings.iter().filter(|f| f.is_error()).count()
            }),
        }
    }
}

/// The whole comparison.
#[derive(Debug, Clone)]
pub struct ReviewDiff {
    /// `None` when there is no review yet: everything counts as new.
    pub base: Option<End>,
    pub head: End,
    pub changes: Changes,
    /// What `--fail-on regression` trips on.
    pub regressions: Vec<Regression>,
}

impl ReviewDiff {
    /// Nothing changed between the two ends.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }
}

/// Everything that differs.
#[derive(Debug, Clone, Default)]
pub struct Changes {
    pub eligibility: EligibilityChange,
    pub score: ScoreChange,
    pub questions: Vec<QuestionChange>,
    pub notes: Vec<NoteChange>,
    pub actions: Vec<ActionChange>,
    pub principles: Vec<PrincipleChange>,
    /// `None` when the declaration is the same at both ends.
    pub declaration: Option<DeclarationChange>,
    /// Every other value of hoshi.yaml that changed (the organisation, review and site
    /// settings, the consultant), by dotted key: what the result and the site depend on.
    pub settings: Vec<FieldChange>,
    pub policy: PolicyChange,
    pub evidence: EvidenceChange,
    pub findings: FindingsChange,
    /// ★3 criteria of scs.yaml whose state changed.
    pub scs: Vec<crate::history::scs::CriterionChange>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.eligibility.from == Some(self.eligibility.to)
            && self.eligibility.levels.is_empty()
            && !self.score.changed()
            && self.questions.is_empty()
            && self.notes.is_empty()
            && self.actions.is_empty()
            && self.principles.is_empty()
            && self.declaration.is_none()
            && self.settings.is_empty()
            && self.policy.is_empty()
            && self.evidence.is_empty()
            && self.findings.new.is_empty()
            && self.findings.resolved.is_empty()
            && self.scs.is_empty()
    }
}

/// The eligible level, and each level whose verdict or requirements changed.
#[derive(Debug, Clone, Default)]
pub struct EligibilityChange {
    /// `None` when there is no base.
    pub from: Option<u8>,
    pub to: u8,
    pub levels: Vec<LevelChange>,
}

#[derive(Debug, Clone)]
pub struct LevelChange {
    pub level: u8,
    pub label: Text,
    pub from: Option<bool>,
    pub to: bool,
    /// Requirements whose verdict changed (all of them when there is no base).
    pub requirements: Vec<RequirementChange>,
}

#[derive(Debug, Clone)]
pub struct RequirementChange {
    pub id: String,
    /// A condition (IPA's) or a practice (hoshi's advice).
    pub kind: Kind,
    pub text: Text,
    pub from: Option<bool>,
    pub to: bool,
    /// Not met now only because a file it reads has errors: it cannot be judged.
    pub undetermined: bool,
    /// The head's reason: what shows it, or exactly what is missing.
    pub reason: Text,
}

impl RequirementChange {
    /// Met or not now, and how that changed: "no longer met", "now met", "met" …
    pub fn verdict(&self) -> Text {
        match (self.from, self.to) {
            (_, false) if self.undetermined => word("requirement_undetermined"),
            (Some(true), false) => word("no_longer_met"),
            (Some(false), true) => word("now_met"),
            (_, true) => word("requirement_met"),
            (_, false) => word("requirement_not_met"),
        }
    }
}

/// The score at both ends (`None`: no usable diagnosis there).
#[derive(Debug, Clone, Default)]
pub struct ScoreChange {
    pub from: Option<i32>,
    pub to: Option<i32>,
    pub max: i32,
    pub band_from: Option<String>,
    pub band_to: Option<String>,
    /// Every part, changed or not (a chart shows them all).
    pub parts: Vec<PartChange>,
}

impl ScoreChange {
    pub fn changed(&self) -> bool {
        self.from != self.to || self.parts.iter().any(|p| p.from != p.to)
    }

    /// Head minus base, when both have a score.
    pub fn delta(&self) -> Option<i32> {
        Some(self.to? - self.from?)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartChange {
    pub part: u8,
    pub from: Option<i32>,
    pub to: Option<i32>,
    pub max: i32,
}

/// A question whose answer changed; `None` is "not answered".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionChange {
    pub question: String,
    pub from: Option<AnswerValue>,
    pub to: Option<AnswerValue>,
    /// Points gained (negative: lost).
    pub points: i32,
}

/// A note or a not-applicable reason that changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteChange {
    pub question: String,
    /// `note` or `reason`.
    pub field: &'static str,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// An improvement action added, removed or edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionChange {
    pub question: String,
    pub from: Option<ActionState>,
    pub to: Option<ActionState>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionState {
    pub what: String,
    pub owner: Option<String>,
    pub due: Option<String>,
}

impl From<&Action> for ActionState {
    fn from(a: &Action) -> Self {
        ActionState {
            what: a.what.clone(),
            owner: a.owner.clone(),
            due: a.due.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrincipleChange {
    pub principle: String,
    pub from: Option<PrincipleStatus>,
    pub to: Option<PrincipleStatus>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeclarationChange {
    pub from: Option<Declared>,
    pub to: Option<Declared>,
}

/// The policy, section by section (sections are matched by heading).
#[derive(Debug, Clone, Default)]
pub struct PolicyChange {
    pub title: Option<(Option<String>, Option<String>)>,
    /// A unified diff of the preamble.
    pub preamble: Option<String>,
    pub sections: Vec<SectionChange>,
    /// Other fields: established_on, revisions, signed_by, publication.
    pub fields: Vec<FieldChange>,
}

impl PolicyChange {
    pub fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.preamble.is_none()
            && self.sections.is_empty()
            && self.fields.is_empty()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    Added,
    Removed,
    Changed,
}

impl SectionKind {
    /// The change in words.
    pub fn label(self) -> Text {
        word(self.as_str())
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SectionKind::Added => "added",
            SectionKind::Removed => "removed",
            SectionKind::Changed => "changed",
        }
    }
}

#[derive(Debug, Clone)]
pub struct SectionChange {
    pub heading: String,
    pub kind: SectionKind,
    /// A unified diff of the body (`-`/`+` lines, with three lines of context).
    pub diff: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub field: String,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// The evidence register, by id.
#[derive(Debug, Clone, Default)]
pub struct EvidenceChange {
    pub added: Vec<EvidenceRef>,
    pub removed: Vec<EvidenceRef>,
    /// The recorded sha256 changed (the file was replaced).
    pub rehashed: Vec<Rehashed>,
    /// Other fields changed (title, file, url, dates, visibility).
    pub changed: Vec<EvidenceEdit>,
    /// Valid at the base's date, expired by the head's.
    pub expired: Vec<Expired>,
}

impl EvidenceChange {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.rehashed.is_empty()
            && self.changed.is_empty()
            && self.expired.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceRef {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rehashed {
    pub id: String,
    pub title: String,
    pub from: Option<String>,
    pub to: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceEdit {
    pub id: String,
    pub title: String,
    pub fields: Vec<FieldChange>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expired {
    pub id: String,
    pub title: String,
    pub on: Date,
}

/// Findings at head that base did not have, and base's that are gone. Two findings are
/// the same when code, file, JSON Pointer and message agree (lines move; they do not count).
#[derive(Debug, Clone, Default)]
pub struct FindingsChange {
    pub new: Vec<Finding>,
    pub resolved: Vec<Finding>,
}

/// Something that got worse, for `--fail-on regression`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Regression {
    /// The eligible level fell.
    Level { from: u8, to: u8 },
    /// A condition met at base is unmet now (practice advice never regresses a gate).
    Requirement { level: u8, id: String },
    /// The total score fell.
    Score { from: i32, to: i32 },
}

/// Compares `head` against `base` (`None`: no review yet, or the client files are absent
/// at the base; everything counts as new).
pub fn compare(base: Option<&Evaluation>, head: &Evaluation) -> Changes {
    let base_date = base.map(|b| b.date);
    Changes {
        eligibility: eligibility(
            base.map(|b| &b.status.eligibility),
            &head.status.eligibility,
        ),
        score: score(base, head),
        questions: questions(base, head),
        scs: crate::history::scs::changes(base, head),
        notes: notes(base, head),
        actions: actions(base, head),
        principles: principles(base, head),
        declaration: declaration(base, head),
        settings: settings(base, head),
        policy: policy(
            base.and_then(|b| b.client().policy.as_deref()),
            head.client().policy.as_deref(),
        ),
        evidence: evidence(
            base.and_then(|b| b.client().evidence.as_ref())
                .map(|r| r.evidence.as_slice()),
            head.client()
                .evidence
                .as_ref()
                .map(|r| r.evidence.as_slice()),
            base_date,
            head.date,
        ),
        findings: findings(
            base.map_or(&[][..], |b| b.status.findings.as_slice()),
            &head.status.findings,
        ),
    }
}

/// What got worse. Nothing regresses from no base.
pub fn regressions(base: Option<&Evaluation>, head: &Evaluation) -> Vec<Regression> {
    let Some(base) = base else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let (b, h) = (&base.status, &head.status);
    if h.eligibility.level < b.eligibility.level {
        out.push(Regression::Level {
            from: b.eligibility.level,
            to: h.eligibility.level,
        });
    }
    for level in &b.eligibility.levels {
        for r in level.conditions().filter(|r| r.met) {
            let now = h
                .eligibility
                .get(level.level)
                .and_then(|l| l.requirements.iter().find(|x| x.id == r.id));
            if now.is_some_and(|x| !x.met) {
                out.push(Regression::Requirement {
                    level: level.level,
                    id: r.id.clone(),
                });
            }
        }
    }
    if let (Some(from), Some(to)) = (
        b.score.as_ref().map(|s| s.total),
        h.score.as_ref().map(|s| s.total),
    ) && to < from
    {
        out.push(Regression::Score { from, to });
    }
    out
}

fn eligibility(base: Option<&Eligibility>, head: &Eligibility) -> EligibilityChange {
    let mut levels = Vec::new();
    for level in &head.levels {
        let before = base.and_then(|b| b.get(level.level));
        let requirements: Vec<RequirementChange> = level
            .requirements
            .iter()
            .filter_map(|r| {
                let from = before
                    .and_then(|b| b.requirements.iter().find(|x| x.id == r.id))
                    .map(|x| x.met);
                // A practice judged only now (the review practice needs git) is no change.
                if before.is_some() && from.is_none() && r.kind == Kind::Practice {
                    return None;
                }
                (from != Some(r.met)).then(|| RequirementChange {
                    id: r.id.clone(),
                    kind: r.kind,
                    text: r.text.clone(),
                    from,
                    to: r.met,
                    undetermined: r.undetermined,
                    reason: r.reason.clone(),
                })
            })
            .collect();
        let from = before.map(|b| b.eligible);
        if from != Some(level.eligible) || !requirements.is_empty() {
            levels.push(LevelChange {
                level: level.level,
                label: level.label(),
                from,
                to: level.eligible,
                requirements,
            });
        }
    }
    EligibilityChange {
        from: base.map(|b| b.level),
        to: head.level,
        levels,
    }
}

fn score(base: Option<&Evaluation>, head: &Evaluation) -> ScoreChange {
    let b = base.and_then(|b| b.status.score.as_ref());
    let h = head.status.score.as_ref();
    let c = catalogue::get();
    let parts = c
        .parts
        .iter()
        .map(|p| {
            let find = |s: Option<&scoring::Score>| {
                s.and_then(|s| s.parts.iter().find(|x| x.part == p.part).copied())
            };
            let (bp, hp) = (find(b), find(h));
            PartChange {
                part: p.part,
                from: bp.map(|x| x.score),
                to: hp.map(|x| x.score),
                max: hp.or(bp).map_or(0, |x| x.max),
            }
        })
        .collect();
    ScoreChange {
        from: b.map(|s| s.total),
        to: h.map(|s| s.total),
        max: h.or(b).map_or(0, |s| s.max),
        band_from: b.and_then(|s| s.band).map(|x| x.id.clone()),
        band_to: h.and_then(|s| s.band).map(|x| x.id.clone()),
        parts,
    }
}

type Answers<'a> = Option<&'a BTreeMap<String, crate::model::Answer>>;

fn answers(e: Option<&Evaluation>) -> Answers<'_> {
    e.and_then(|e| e.client().diagnosis.as_ref())
        .map(|d| &d.answers)
}

fn questions(base: Option<&Evaluation>, head: &Evaluation) -> Vec<QuestionChange> {
    let c = catalogue::get();
    let (b, h) = (answers(base), answers(Some(head)));
    let points = |a: Option<AnswerValue>| a.map_or(0, |a| scoring::points(c, a));
    c.questions
        .iter()
        .filter_map(|q| {
            let from = b.and_then(|m| m.get(&q.id)).map(|a| a.answer);
            let to = h.and_then(|m| m.get(&q.id)).map(|a| a.answer);
            (from != to).then(|| QuestionChange {
                question: q.id.clone(),
                from,
                to,
                points: points(to) - points(from),
            })
        })
        .collect()
}

fn notes(base: Option<&Evaluation>, head: &Evaluation) -> Vec<NoteChange> {
    let c = catalogue::get();
    let (b, h) = (answers(base), answers(Some(head)));
    let mut out = Vec::new();
    for q in &c.questions {
        let (ba, ha) = (b.and_then(|m| m.get(&q.id)), h.and_then(|m| m.get(&q.id)));
        for field in ["note", "reason"] {
            let get = |a: Option<&crate::model::Answer>| {
                a.and_then(|a| match field {
                    "note" => a.note.clone(),
                    _ => a.reason.clone(),
                })
            };
            let (from, to) = (get(ba), get(ha));
            if from != to {
                out.push(NoteChange {
                    question: q.id.clone(),
                    field,
                    from,
                    to,
                });
            }
        }
    }
    out
}

fn actions(base: Option<&Evaluation>, head: &Evaluation) -> Vec<ActionChange> {
    let c = catalogue::get();
    let (b, h) = (answers(base), answers(Some(head)));
    c.questions
        .iter()
        .filter_map(|q| {
            let get = |m: Answers<'_>| {
                m.and_then(|m| m.get(&q.id))
                    .and_then(|a| a.action.as_ref())
                    .map(ActionState::from)
            };
            let (from, to) = (get(b), get(h));
            (from != to).then(|| ActionChange {
                question: q.id.clone(),
                from,
                to,
            })
        })
        .collect()
}

fn principles(base: Option<&Evaluation>, head: &Evaluation) -> Vec<PrincipleChange> {
    let c = catalogue::get();
    let status = |e: Option<&Evaluation>, id: &str| {
        e.and_then(|e| e.client().principles.as_ref())
            .and_then(|p| p.principles.get(id))
            .map(|p| p.status)
    };
    c.principles
        .iter()
        .filter_map(|p| {
            let (from, to) = (status(base, &p.id), status(Some(head), &p.id));
            (from != to).then(|| PrincipleChange {
                principle: p.id.clone(),
                from,
                to,
            })
        })
        .collect()
}

fn declaration(base: Option<&Evaluation>, head: &Evaluation) -> Option<DeclarationChange> {
    let from = base.and_then(|b| b.status.declaration.clone());
    let to = head.status.declaration.clone();
    (from != to).then_some(DeclarationChange { from, to })
}

/// hoshi.yaml value by value, in the head's order, then what only the base had. Read from
/// the document, not the typed profile, so that nothing the file says can change unseen,
/// even in a file with errors. The declaration and the format version are compared apart.
fn settings(base: Option<&Evaluation>, head: &Evaluation) -> Vec<FieldChange> {
    let leaves = |e: Option<&Evaluation>| {
        let mut out = Vec::new();
        if let Some(d) = e.and_then(|e| e.client().document(FileKind::Hoshi)) {
            flatten("", &d.value, &mut out);
        }
        out.retain(|(k, _)| {
            k != "schema_version" && k != "declaration" && !k.starts_with("declaration.")
        });
        out
    };
    let (b, h) = (leaves(base), leaves(Some(head)));
    let find = |list: &[(String, String)], key: &str| {
        list.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    };
    let mut out = Vec::new();
    for (key, value) in &h {
        let from = find(&b, key);
        if from.as_ref() != Some(value) {
            out.push(FieldChange {
                field: key.clone(),
                from,
                to: Some(value.clone()),
            });
        }
    }
    for (key, value) in &b {
        if find(&h, key).is_none() {
            out.push(FieldChange {
                field: key.clone(),
                from: Some(value.clone()),
                to: None,
            });
        }
    }
    out
}

/// The scalar leaves of a value by dotted key; a list is one leaf (`[ja, en]`).
fn flatten(prefix: &str, v: &serde_json::Value, out: &mut Vec<(String, String)>) {
    match v {
        serde_json::Value::Object(map) if !map.is_empty() => {
            for (k, v) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, v, out);
            }
        }
        _ if prefix.is_empty() => {}
        serde_json::Value::Array(items) => {
            let items: Vec<String> = items.iter().map(scalar).collect();
            out.push((prefix.to_owned(), format!("[{}]", items.join(", "))));
        }
        v => out.push((prefix.to_owned(), scalar(v))),
    }
}

fn scalar(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => "null".to_owned(),
        v => v.to_string(),
    }
}

/// A unified diff of two texts, hunks only (three lines of context).
pub fn unified(old: &str, new: &str) -> String {
    let with_end = |s: &str| {
        if s.is_empty() || s.ends_with('\n') {
            s.to_owned()
        } else {
            format!("{s}\n")
        }
    };
    let (old, new) = (with_end(old), with_end(new));
    similar::TextDiff::from_lines(&old, &new)
        .unified_diff()
        .context_radius(3)
        .to_string()
}

fn policy(base: Option<&Policy>, head: Option<&Policy>) -> PolicyChange {
    let title = (base.map(|p| &p.title) != head.map(|p| &p.title))
        .then(|| (base.map(|p| p.title.clone()), head.map(|p| p.title.clone())));
    let preamble = {
        let (b, h) = (
            base.map_or("", |p| p.preamble.as_str()),
            head.map_or("", |p| p.preamble.as_str()),
        );
        (b != h).then(|| unified(b, h))
    };
    let no_sections = Vec::new();
    let bs = base.map_or(&no_sections, |p| &p.sections);
    let hs = head.map_or(&no_sections, |p| &p.sections);
    let mut sections = Vec::new();
    // Head's order first (changed and added), then what was removed.
    for s in hs {
        match bs.iter().find(|b| b.heading == s.heading) {
            Some(b) if b.body == s.body => {}
            Some(b) => sections.push(SectionChange {
                heading: s.heading.clone(),
                kind: SectionKind::Changed,
                diff: unified(&b.body, &s.body),
            }),
            None => sections.push(SectionChange {
                heading: s.heading.clone(),
                kind: SectionKind::Added,
                diff: unified("", &s.body),
            }),
        }
    }
    for b in bs {
        if !hs.iter().any(|s| s.heading == b.heading) {
            sections.push(SectionChange {
                heading: b.heading.clone(),
                kind: SectionKind::Removed,
                diff: unified(&b.body, ""),
            });
        }
    }
    let mut fields = Vec::new();
    let mut field = |name: &str, get: &dyn Fn(&Policy) -> Option<String>| {
        let (from, to) = (base.and_then(get), head.and_then(get));
        if from != to {
            fields.push(FieldChange {
                field: name.to_owned(),
                from,
                to,
            });
        }
    };
    field("established_on", &|p| Some(p.established_on.clone()));
    field("revisions", &|p| {
        (!p.revisions.is_empty()).then(|| {
            p.revisions
                .iter()
                .map(|r| match &r.note {
                    Some(n) => format!("{} {n}", r.date),
                    None => r.date.clone(),
                })
                .collect::<Vec<_>>()
                .join("; ")
        })
    });
    field("signed_by", &|p| {
        Some(format!("{} {}", p.signed_by.title, p.signed_by.name))
    });
    field("publication.url", &|p| {
        p.publication.as_ref().map(|x| x.url.clone())
    });
    field("publication.published_on", &|p| {
        p.publication.as_ref().map(|x| x.published_on.clone())
    });
    PolicyChange {
        title,
        preamble,
        sections,
        fields,
    }
}

fn evidence(
    base: Option<&[EvidenceItem]>,
    head: Option<&[EvidenceItem]>,
    base_date: Option<Date>,
    head_date: Date,
) -> EvidenceChange {
    let (bs, hs) = (base.unwrap_or(&[]), head.unwrap_or(&[]));
    let r = |i: &EvidenceItem| EvidenceRef {
        id: i.id.clone(),
        title: i.title.clone(),
    };
    let mut out = EvidenceChange::default();
    for h in hs {
        let Some(b) = bs.iter().find(|b| b.id == h.id) else {
            out.added.push(r(h));
            continue;
        };
        if b.sha256 != h.sha256 {
            out.rehashed.push(Rehashed {
                id: h.id.clone(),
                title: h.title.clone(),
                from: b.sha256.clone(),
                to: h.sha256.clone(),
            });
        }
        let fields: Vec<FieldChange> = evidence_fields(b)
            .into_iter()
            .zip(evidence_fields(h))
            .filter(|((_, from), (_, to))| from != to)
            .map(|((name, from), (_, to))| FieldChange {
                field: name.to_owned(),
                from,
                to,
            })
            .collect();
        if !fields.is_empty() {
            out.changed.push(EvidenceEdit {
                id: h.id.clone(),
                title: h.title.clone(),
                fields,
            });
        }
    }
    for b in bs {
        if !hs.iter().any(|h| h.id == b.id) {
            out.removed.push(r(b));
        }
    }
    for h in hs {
        let Some((last, _)) = freshness::expiry(h) else {
            continue;
        };
        // Expired by the head's day, and still valid on the base's day (or no base).
        if last < head_date && base_date.is_none_or(|b| last >= b) {
            out.expired.push(Expired {
                id: h.id.clone(),
                title: h.title.clone(),
                on: last,
            });
        }
    }
    out
}

fn evidence_fields(i: &EvidenceItem) -> Vec<(&'static str, Option<String>)> {
    let visibility = format!("{:?}", i.visibility).to_lowercase();
    vec![
        ("title", Some(i.title.clone())),
        ("file", i.file.clone()),
        ("url", i.url.clone()),
        ("collected_on", Some(i.collected_on.clone())),
        ("valid_until", i.valid_until.clone()),
        (
            "valid_for_months",
            i.valid_for_months.map(|n| n.to_string()),
        ),
        ("visibility", Some(visibility)),
    ]
}

fn findings(base: &[Finding], head: &[Finding]) -> FindingsChange {
    let key = |f: &Finding| (f.code, f.file.clone(), f.path.clone(), f.message.en.clone());
    let mut left: Vec<Option<_>> = base.iter().map(|f| Some(key(f))).collect();
    let mut new = Vec::new();
    for f in head {
        let k = key(f);
        match left.iter_mut().find(|x| x.as_ref() == Some(&k)) {
            Some(slot) => *slot = None,
            None => new.push(f.clone()),
        }
    }
    let resolved = base
        .iter()
        .zip(&left)
        .filter(|(_, l)| l.is_some())
        .map(|(f, _)| f.clone())
        .collect();
    FindingsChange { new, resolved }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::evaluate::evaluation;
    use crate::source::WorkTree;

    fn example(on: Date) -> Evaluation {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("example-repo");
        evaluation::evaluate(&WorkTree::new(root), on).expect("example-repo reads")
    }

    #[test]
    fn the_same_files_compare_equal() {
        let e = example(date(2026, 11, 26));
        let c = compare(Some(&e), &e);
        assert!(c.is_empty(), "{c:?}");
        assert!(regressions(Some(&e), &e).is_empty());
    }

    /// わからない costs points and is practice advice; the practice's change is reported,
    /// but only conditions regress the gate.
    #[test]
    fn an_answer_going_unknown_is_a_regression_with_its_points() {
        let base = example(date(2026, 11, 26));
        let mut v = base.validation.clone();
        if let Some(a) = v
            .client
            .diagnosis
            .as_mut()
            .map(std::sync::Arc::make_mut)
            .and_then(|d| d.answers.get_mut("Q7"))
        {
            a.answer = AnswerValue::Unknown;
        }
        let head = Evaluation {
            status: crate::evaluate::status::evaluate(&v, base.date),
            validation: v,
            date: base.date,
        };
        let c = compare(Some(&base), &head);
        assert_eq!(
            c.questions,
            [QuestionChange {
                question: "Q7".to_owned(),
                from: Some(AnswerValue::Partial),
                to: Some(AnswerValue::Unknown),
                points: -3,
            }]
        );
        assert_eq!((c.eligibility.from, c.eligibility.to), (Some(2), 2));
        let changed: Vec<(&str, Kind, Option<bool>, bool)> = c
            .eligibility
            .levels
            .iter()
            .flat_map(|l| &l.requirements)
            .map(|r| (r.id.as_str(), r.kind, r.from, r.to))
            .collect();
        assert_eq!(
            changed,
            [("L2.no-unknown", Kind::Practice, Some(true), false)]
        );
        assert_eq!(
            regressions(Some(&base), &head),
            [Regression::Score { from: 88, to: 85 }]
        );
        assert_eq!(
            c.findings
                .new
                .iter()
                .map(|f| f.code.as_str())
                .collect::<Vec<_>>(),
            ["unknown-answer"]
        );
    }

    #[test]
    fn without_a_base_everything_is_new_and_nothing_regresses() {
        let head = example(date(2026, 11, 26));
        let c = compare(None, &head);
        assert_eq!(c.questions.len(), 25);
        assert!(c.questions.iter().all(|q| q.from.is_none()));
        assert_eq!(c.evidence.added.len(), 6);
        assert_eq!(c.policy.sections.len(), 5);
        assert!(
            c.policy
                .sections
                .iter()
                .all(|s| s.kind == SectionKind::Added)
        );
        assert!(regressions(None, &head).is_empty());
    }

    #[test]
    fn evidence_expires_between_the_two_days() {
        // EV-003 is valid for 6 months from 2026-10-05.
        let base = example(date(2026, 11, 26));
        let head = example(date(2027, 5, 1));
        let c = compare(Some(&base), &head);
        let ids: Vec<_> = c.evidence.expired.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["EV-001", "EV-002", "EV-003", "EV-004"]);
        assert!(c.evidence.added.is_empty() && c.evidence.rehashed.is_empty());
    }

    #[test]
    fn unified_diffs_have_hunks_only() {
        assert_eq!(unified("a\nb\n", "a\nc"), "@@ -1,2 +1,2 @@\n a\n-b\n+c\n");
        assert_eq!(unified("", "x"), "@@ -0,0 +1 @@\n+x\n");
    }
}
