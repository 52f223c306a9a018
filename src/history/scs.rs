//! ★3 criteria that changed between two evaluations (`hoshi diff`).

use crate::evaluate::evaluation::Evaluation;
use crate::lang::Text;
use crate::scs::readiness::{Readiness, State};

/// One criterion whose state changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriterionChange {
    pub criterion: String,
    pub topic: Text,
    /// `None`: there was no measured scs.yaml at the base.
    pub from: Option<State>,
    pub to: Option<State>,
}

fn readiness(e: &Evaluation) -> Option<&Readiness> {
    e.status.scs_readiness()
}

/// The criteria whose state differs, in the scheme's order. A client with no scs.yaml at
/// either end has none.
pub fn changes(base: Option<&Evaluation>, head: &Evaluation) -> Vec<CriterionChange> {
    let (from, to) = (base.and_then(readiness), readiness(head));
    if from.is_none() && to.is_none() {
        return Vec::new();
    }
    crate::scs::scheme::get()
        .criteria()
        .filter_map(|(_, c)| {
            let a = from.and_then(|r| r.state(&c.id)).cloned();
            let b = to.and_then(|r| r.state(&c.id)).cloned();
            let unanswered = |s: &Option<State>| s.as_ref().is_none_or(|s| *s == State::Unanswered);
            if a == b || (unanswered(&a) && unanswered(&b)) {
                return None;
            }
            Some(CriterionChange {
                criterion: c.id.clone(),
                topic: c.topic.clone(),
                from: a,
                to: b,
            })
        })
        .collect()
}
