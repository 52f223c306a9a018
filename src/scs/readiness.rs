//! Readiness for ★3: scs.yaml measured against the scheme's data. Per category, criteria
//! met out of total; the requirements not met, with exactly which criteria; whether the
//! expert confirmation and the management pledge are recorded; whether the assessment is
//! within its validity period; and the next steps, the categories with most gaps first.
//!
//! Readiness is a self-check of the draft requirements, never a result: it is not the
//! scheme's evaluation and never reaches the public site.

use jiff::civil::Date;

use crate::lang::Text;
use crate::model::add_months;
use crate::scs::file::ScsFile;
use crate::scs::scheme::{self, Check, Scheme};
use crate::text;

/// The level readiness is measured against.
pub const LEVEL: u8 = 3;

/// Where one criterion stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// Answered with an answer that counts as met (`met`, `not_applicable`).
    Met(String),
    /// Answered, not met (`partial`, `not_met`).
    Open(String),
    /// Suggested by `hoshi scs suggest --write` and not confirmed: not answered.
    Suggested(String),
    Unanswered,
}

impl State {
    pub fn is_met(&self) -> bool {
        matches!(self, State::Met(_))
    }

    /// The answer as scs.yaml spells it, `None` when unanswered.
    pub fn answer(&self) -> Option<&str> {
        match self {
            State::Met(a) | State::Open(a) | State::Suggested(a) => Some(a),
            State::Unanswered => None,
        }
    }

    /// `met` / `partial` / … / `suggested` / `unanswered`, for JSON.
    pub fn id(&self) -> &str {
        match self {
            State::Met(a) | State::Open(a) => a,
            State::Suggested(_) => "suggested",
            State::Unanswered => "unanswered",
        }
    }

    /// The state in words.
    pub fn label(&self) -> Text {
        let answer = |a: &str| {
            scheme::get()
                .answer(a)
                .map_or_else(|| Text::same(a), |k| k.label.clone())
        };
        match self {
            State::Met(a) | State::Open(a) => answer(a),
            State::Suggested(a) => {
                let l = answer(a);
                Text::new(
                    format!("未回答（提案: {}、要確認）", l.ja),
                    format!("not answered (suggested: {}, to confirm)", l.en),
                )
            }
            State::Unanswered => text!("未回答", "not answered"),
        }
    }
}

/// One criterion's result.
#[derive(Debug, Clone)]
pub struct CriterionResult {
    pub id: String,
    pub topic: Text,
    pub state: State,
}

/// One requirement's result: met when every criterion is.
#[derive(Debug, Clone)]
pub struct RequirementResult {
    pub id: String,
    pub category: u8,
    pub title: Text,
    pub met: bool,
    pub criteria: Vec<CriterionResult>,
}

impl RequirementResult {
    /// The criteria not met yet.
    pub fn gaps(&self) -> impl Iterator<Item = &CriterionResult> {
        self.criteria.iter().filter(|c| !c.state.is_met())
    }
}

/// Criteria met out of total in one category.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryResult {
    pub id: u8,
    pub name: Text,
    pub met: usize,
    pub total: usize,
}

/// One check of the level (criteria met, expert, pledge, validity).
#[derive(Debug, Clone)]
pub struct CheckResult {
    pub id: String,
    /// Condition or practice, as the scheme's data says.
    pub kind: crate::model::RequirementKind,
    /// `official` / `draft` / `assumption`.
    pub basis: String,
    pub met: bool,
    pub text: Text,
    /// Why it is met or not, with what is missing.
    pub reason: Text,
    pub todo: Text,
}

/// ★3 readiness of one client.
#[derive(Debug, Clone)]
pub struct Readiness {
    pub scheme: String,
    pub level: u8,
    pub assessed_on: String,
    pub assessed_by: String,
    /// The end of the validity period (assessed_on plus the months of the data).
    pub valid_until: Option<String>,
    pub categories: Vec<CategoryResult>,
    pub requirements: Vec<RequirementResult>,
    pub checks: Vec<CheckResult>,
    /// The expert's name and confirmation date, when recorded.
    pub expert: Option<(String, String)>,
    /// The signer (title and name) and date of the pledge, when recorded.
    pub pledge: Option<(String, String)>,
}

/// The next thing to do for ★3.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Criteria of a category still open, the category with most gaps first.
    Category {
        id: u8,
        name: Text,
        gaps: usize,
        criteria: Vec<String>,
    },
    /// A level check other than the criteria (expert, pledge, validity).
    Check { id: String, text: Text, todo: Text },
}

impl Readiness {
    pub fn met(&self) -> usize {
        self.categories.iter().map(|c| c.met).sum()
    }

    pub fn total(&self) -> usize {
        self.categories.iter().map(|c| c.total).sum()
    }

    /// Criteria with an unconfirmed suggestion.
    pub fn suggested(&self) -> usize {
        self.all_criteria()
            .filter(|c| matches!(c.state, State::Suggested(_)))
            .count()
    }

    fn all_criteria(&self) -> impl Iterator<Item = &CriterionResult> {
        self.requirements.iter().flat_map(|r| r.criteria.iter())
    }

    /// Every check of the level holds (still a self-check, never a result).
    pub fn ready(&self) -> bool {
        self.checks
            .iter()
            .filter(|c| c.kind == crate::model::RequirementKind::Condition)
            .all(|c| c.met)
    }

    /// The state of a criterion.
    pub fn state(&self, id: &str) -> Option<&State> {
        self.all_criteria().find(|c| c.id == id).map(|c| &c.state)
    }

    /// What to do next: the categories with open criteria, most gaps first (ties in
    /// category order), then the other checks not met.
    pub fn next_steps(&self) -> Vec<Step> {
        let mut cats: Vec<Step> = self
            .categories
            .iter()
            .filter(|c| c.met < c.total)
            .map(|c| Step::Category {
                id: c.id,
                name: c.name.clone(),
                gaps: c.total - c.met,
                criteria: self
                    .requirements
                    .iter()
                    .filter(|r| r.category == c.id)
                    .flat_map(|r| r.gaps().map(|g| g.id.clone()))
                    .collect(),
            })
            .collect();
        cats.sort_by_key(|s| match s {
            Step::Category { id, gaps, .. } => (std::cmp::Reverse(*gaps), *id),
            Step::Check { .. } => (std::cmp::Reverse(0), u8::MAX),
        });
        cats.extend(
            self.checks
                .iter()
                .filter(|c| !c.met && c.id != CRITERIA_CHECK)
                .map(|c| Step::Check {
                    id: c.id.clone(),
                    text: c.text.clone(),
                    todo: c.todo.clone(),
                }),
        );
        cats
    }
}

/// Client text quoted in hoshi's words, on one line: a line break or control character in
/// a name must not start a line of its own in the output.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The id of the criteria check, whose gaps the category steps already name.
const CRITERIA_CHECK: &str = "S3.criteria-met";

fn state(scheme: &Scheme, scs: &ScsFile, id: &str) -> State {
    let Some(a) = scs.answers.get(id) else {
        return State::Unanswered;
    };
    if a.suggested {
        return State::Suggested(a.answer.clone());
    }
    if scheme.answer(&a.answer).is_some_and(|k| k.counts_as_met) {
        State::Met(a.answer.clone())
    } else {
        State::Open(a.answer.clone())
    }
}

/// Evaluates a schema-valid scs.yaml on `today`.
pub fn evaluate(scs: &ScsFile, today: Date) -> Readiness {
    evaluate_in(scheme::get(), scs, today)
}

/// [`evaluate`] against a given scheme.
pub fn evaluate_in(scheme: &Scheme, scs: &ScsFile, today: Date) -> Readiness {
    let level = scheme.level(LEVEL);
    let requirements: Vec<RequirementResult> = scheme
        .requirements
        .iter()
        .filter_map(|r| {
            let criteria: Vec<CriterionResult> = r
                .criteria
                .iter()
                .filter(|c| c.level <= LEVEL)
                .map(|c| CriterionResult {
                    id: c.id.clone(),
                    topic: c.topic.clone(),
                    state: state(scheme, scs, &c.id),
                })
                .collect();
            (!criteria.is_empty()).then(|| RequirementResult {
                id: r.id.clone(),
                category: r.category,
                title: r.title.clone(),
                met: criteria.iter().all(|c| c.state.is_met()),
                criteria,
            })
        })
        .collect();
    let categories = scheme
        .categories
        .iter()
        .map(|cat| {
            let crit = || {
                requirements
                    .iter()
                    .filter(|r| r.category == cat.id)
                    .flat_map(|r| r.criteria.iter())
            };
            CategoryResult {
                id: cat.id,
                name: cat.name.clone(),
                met: crit().filter(|c| c.state.is_met()).count(),
                total: crit().count(),
            }
        })
        .collect();
    let assessed = scs.assessed_on.parse::<Date>().ok();
    let mut valid_until = None;
    let mut checks = Vec::new();
    for lc in level.into_iter().flat_map(|l| l.requirements.iter()) {
        let (met, reason) = match &lc.check {
            Check::CriteriaMet => {
                let open: Vec<&RequirementResult> =
                    requirements.iter().filter(|r| !r.met).collect();
                let n = requirements.len();
                if open.is_empty() {
                    (
                        true,
                        text!(
                            "{n} の要求事項すべての評価基準を満たしています",
                            "every criterion of all {n} requirements is met"
                        ),
                    )
                } else {
                    let ids: Vec<&str> = open.iter().map(|r| r.id.as_str()).collect();
                    let (k, list) = (open.len(), ids.join(", "));
                    (
                        false,
                        text!(
                            "{n} のうち {k} の要求事項に満たしていない評価基準があります: {list}",
                            "{k} of {n} requirements have criteria not met: {list}"
                        ),
                    )
                }
            }
            Check::ExpertConfirmed => match &scs.expert {
                Some(e) => {
                    let (name, on) = (one_line(&e.name), &e.confirmed_on);
                    (
                        true,
                        text!("{name} が {on} に確認", "confirmed by {name} on {on}"),
                    )
                }
                None => (
                    false,
                    text!(
                        "専門家の確認（expert）が記録されていません",
                        "no expert confirmation (expert) is recorded"
                    ),
                ),
            },
            Check::PledgeSigned => match &scs.pledge {
                Some(p) => {
                    let (t, name, on) = (
                        one_line(&p.signed_by.title),
                        one_line(&p.signed_by.name),
                        &p.signed_on,
                    );
                    (
                        true,
                        text!("{t} {name} が {on} に宣誓", "signed by {t} {name} on {on}"),
                    )
                }
                None => (
                    false,
                    text!(
                        "経営者の宣誓（pledge）が記録されていません",
                        "no management pledge (pledge) is recorded"
                    ),
                ),
            },
            Check::AssessmentValid { months } => {
                let until = assessed.and_then(|d| add_months(d, *months));
                valid_until = until.map(|d| d.to_string());
                let on = &scs.assessed_on;
                match until {
                    Some(u) if today <= u => (
                        true,
                        text!(
                            "{on} に自己評価、{u} まで有効（{months} か月）",
                            "assessed {on}, valid until {u} ({months} months)"
                        ),
                    ),
                    Some(u) => (
                        false,
                        text!(
                            "{on} の自己評価は {u} に有効期間（{months} か月）が切れています",
                            "the assessment of {on} expired on {u} ({months} months)"
                        ),
                    ),
                    None => (
                        false,
                        text!(
                            "自己評価日（assessed_on）を読めません",
                            "the assessment date (assessed_on) cannot be read"
                        ),
                    ),
                }
            }
        };
        checks.push(CheckResult {
            id: lc.id.clone(),
            kind: lc.kind,
            basis: lc.basis.clone(),
            met,
            text: lc.text.clone(),
            reason,
            todo: lc.todo.clone(),
        });
    }
    Readiness {
        scheme: scs.scheme.clone(),
        level: LEVEL,
        assessed_on: scs.assessed_on.clone(),
        assessed_by: scs.assessed_by.clone(),
        valid_until,
        categories,
        requirements,
        checks,
        expert: scs
            .expert
            .as_ref()
            .map(|e| (e.name.clone(), e.confirmed_on.clone())),
        pledge: scs.pledge.as_ref().map(|p| {
            (
                format!("{} {}", p.signed_by.title, p.signed_by.name),
                p.signed_on.clone(),
            )
        }),
    }
}

/// What status knows of ★3 readiness when the client keeps a scs.yaml.
#[derive(Debug, Clone)]
pub enum ScsStatus {
    /// Shared: a history reuses it across the revisions of one scs.yaml.
    Measured(std::sync::Arc<Readiness>),
    /// scs.yaml is there but has errors: no readiness until they are fixed.
    Invalid,
}

impl ScsStatus {
    pub fn readiness(&self) -> Option<&Readiness> {
        match self {
            ScsStatus::Measured(r) => Some(r),
            ScsStatus::Invalid => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(yaml: &str) -> ScsFile {
        let doc = crate::load::yaml::load(yaml.as_bytes())
            .document
            .expect("YAML");
        serde_json::from_value(doc.value).expect("scs.yaml")
    }

    /// A line break in a name quoted in hoshi's words never starts a line of its own.
    #[test]
    fn a_line_break_in_the_experts_name_stays_on_its_line() {
        let scs = file(
            "schema_version: 1\nscheme: scs-2026-03\nassessed_on: 2026-10-01\nassessed_by: x\nexpert: {name: \"佐藤\\nerror: 偽\", confirmed_on: 2026-10-02}\npledge: {signed_by: {title: \"代表\\r\\n取締役\", name: 港}, signed_on: 2026-10-03}\n",
        );
        let r = evaluate(&scs, "2026-11-26".parse().expect("date"));
        for c in &r.checks {
            for t in [&c.reason.ja, &c.reason.en] {
                assert!(!t.contains(['\n', '\r']), "{t:?}");
            }
        }
        assert!(r.checks.iter().all(|c| c.met || c.id == "S3.criteria-met"));
    }
}
