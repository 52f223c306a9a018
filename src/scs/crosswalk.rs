//! The crosswalk from SECURITY ACTION to the SCS scheme's ★3, as data
//! (`assets/scs/crosswalk.yaml`): where a diagnosis question or a principle covers a
//! criterion's topic, the answer given there suggests the criterion's state. A suggestion
//! is only ever a suggestion: it never counts as an answer until a person confirms it.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::lang::Text;
use crate::scs::file::ScsFile;
use crate::validate::client::Client;

/// `assets/scs/crosswalk.yaml` as JSON, made from it and kept current by a test (`generated::`):
/// parsed at start-up many times faster than the YAML.
const JSON: &str = include_str!("../../assets/generated/crosswalk.json");

/// The crosswalk: how answers translate, and the links.
#[derive(Debug, Deserialize)]
pub struct Crosswalk {
    pub scheme: String,
    pub question_set: String,
    /// Diagnosis answer → suggested criterion answer (answers not listed suggest nothing).
    pub from_answers: std::collections::BTreeMap<String, String>,
    /// Principle status → suggested criterion answer.
    pub from_statuses: std::collections::BTreeMap<String, String>,
    pub links: Vec<Link>,
}

/// One criterion covered by one question or principle, with why.
#[derive(Debug, Deserialize)]
pub struct Link {
    pub criterion: String,
    /// `Q1`–`Q25` or `P1`–`P5`.
    pub from: String,
    pub reason: Text,
}

/// The embedded crosswalk, parsed once.
pub fn get() -> &'static Crosswalk {
    static DATA: OnceLock<Crosswalk> = OnceLock::new();
    DATA.get_or_init(|| {
        serde_json::from_str(JSON).expect("the embedded crosswalk has its shape (tested)")
    })
}

/// A suggested answer for one criterion, with the links it rests on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub criterion: String,
    pub topic: Text,
    /// The suggested answer (`met`, `partial`, `not_met`): the weakest of its sources.
    pub answer: String,
    /// Each source: the question or principle, what it was answered, and why it covers
    /// the criterion.
    pub sources: Vec<Source>,
    /// What scs.yaml already says for this criterion (`None`: nothing).
    pub current: Option<Current>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub from: String,
    pub value: String,
    pub reason: Text,
}

/// An answer already in scs.yaml.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Current {
    pub answer: String,
    pub suggested: bool,
}

/// How strong a suggested answer is: the weakest source wins.
fn rank(answer: &str) -> u8 {
    match answer {
        "met" => 2,
        "partial" => 1,
        _ => 0,
    }
}

/// The suggestions for a client, in the scheme's criterion order. Questions with no
/// usable answer (unanswered, `unknown`, `not_applicable`) and principles of a file with
/// errors suggest nothing.
pub fn suggest(client: &Client, scs: Option<&ScsFile>) -> Vec<Suggestion> {
    let cw = get();
    let scheme = crate::scs::scheme::get();
    let mut out = Vec::new();
    for (_, criterion) in scheme.criteria() {
        let mut sources = Vec::new();
        for link in cw.links.iter().filter(|l| l.criterion == criterion.id) {
            let value = if link.from.starts_with('Q') {
                client
                    .diagnosis
                    .as_ref()
                    .and_then(|d| d.answers.get(&link.from))
                    .map(|a| a.answer.as_str().to_owned())
            } else {
                client
                    .principles
                    .as_ref()
                    .and_then(|p| p.principles.get(&link.from))
                    .map(|s| s.status.as_str().to_owned())
            };
            let Some(value) = value else { continue };
            let table = if link.from.starts_with('Q') {
                &cw.from_answers
            } else {
                &cw.from_statuses
            };
            if table.contains_key(&value) {
                sources.push(Source {
                    from: link.from.clone(),
                    value,
                    reason: link.reason.clone(),
                });
            }
        }
        let answer = sources
            .iter()
            .filter_map(|s| {
                let table = if s.from.starts_with('Q') {
                    &cw.from_answers
                } else {
                    &cw.from_statuses
                };
                table.get(&s.value)
            })
            .min_by_key(|a| rank(a));
        let Some(answer) = answer else { continue };
        let current = scs
            .and_then(|f| f.answers.get(&criterion.id))
            .map(|a| Current {
                answer: a.answer.clone(),
                suggested: a.suggested,
            });
        out.push(Suggestion {
            criterion: criterion.id.clone(),
            topic: criterion.topic.clone(),
            answer: answer.clone(),
            sources,
            current,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalogue;

    /// Every link cites an existing criterion and an existing question or principle, has
    /// words in both languages, and every translated value is an answer of the scheme.
    #[test]
    fn every_link_cites_an_existing_criterion_and_question_or_principle() {
        let cw = get();
        let scheme = crate::scs::scheme::get();
        let c = catalogue::get();
        assert_eq!(cw.scheme, scheme.scheme);
        assert_eq!(cw.question_set, c.question_set);
        assert!(!cw.links.is_empty());
        for l in &cw.links {
            assert!(scheme.criterion(&l.criterion).is_some(), "{}", l.criterion);
            assert!(
                c.question(&l.from).is_some() || c.is_principle(&l.from),
                "{}",
                l.from
            );
            assert!(!l.reason.ja.is_ascii() && !l.reason.en.is_empty(), "{l:?}");
        }
        for a in cw.from_answers.values().chain(cw.from_statuses.values()) {
            assert!(
                scheme.answer(a).is_some_and(|k| k.id != "not_applicable"),
                "{a}"
            );
        }
        for k in cw.from_answers.keys() {
            assert!(c.answers.iter().any(|a| &a.id == k), "{k}");
        }
        let mut seen = std::collections::HashSet::new();
        for l in &cw.links {
            assert!(seen.insert((&l.criterion, &l.from)), "{l:?} twice");
        }
    }

    #[test]
    fn the_weakest_source_wins() {
        assert!(rank("partial") < rank("met") && rank("not_met") < rank("partial"));
    }
}
