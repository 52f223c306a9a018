//! The evidence register as a whole: each item with its age, expiry, the principles and
//! questions that cite it, and (for `hoshi evidence check`) the state of its file.
//!
//! Expiry comes from [`crate::evaluate::freshness`] and file problems from [`crate::validate::checks`], so
//! `evidence check`, `validate` and `status` always agree on what is wrong.

use std::collections::BTreeMap;

use jiff::civil::Date;
use rayon::prelude::*;

use crate::evaluate::freshness;
use crate::finding::{self, Code, Finding};
use crate::model::files::FileKind;
use crate::model::{Audience, EvidenceItem};
use crate::source::{EvidenceEntry, Source, WorkTree, check_relative_path};
use crate::validate::checks;
use crate::validate::client::Client;

/// Where an item stands in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// No expiry date: valid until replaced.
    NoExpiry,
    Valid,
    /// Expires within [`freshness::EXPIRY_WARNING_DAYS`].
    Expiring,
    Expired,
}

impl Freshness {
    pub fn as_str(self) -> &'static str {
        match self {
            Freshness::NoExpiry => "no-expiry",
            Freshness::Valid => "valid",
            Freshness::Expiring => "expiring",
            Freshness::Expired => "expired",
        }
    }

    /// Where the item stands, in words.
    pub fn label(self) -> crate::lang::Text {
        crate::load::vocabulary::word(match self {
            Freshness::NoExpiry => "no_expiry",
            Freshness::Valid => "valid",
            Freshness::Expiring => "expiring",
            Freshness::Expired => "expired",
        })
    }
}

/// What an item's file turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileState {
    /// The item is a URL; there is no file to verify.
    Url,
    /// The file is there and matches its sha256.
    Ok,
    Missing,
    /// The file's sha256 differs from the recorded one.
    Changed {
        actual: String,
    },
    OutsideRoot,
    NotRegular,
    InvalidPath,
    /// Reading failed (permissions, I/O error).
    Unreadable,
}

impl FileState {
    pub fn as_str(&self) -> &'static str {
        match self {
            FileState::Url => "url",
            FileState::Ok => "ok",
            FileState::Missing => "missing",
            FileState::Changed { .. } => "changed",
            FileState::OutsideRoot => "outside-root",
            FileState::NotRegular => "not-regular",
            FileState::InvalidPath => "invalid-path",
            FileState::Unreadable => "unreadable",
        }
    }

    /// A state that `evidence check` fails on.
    pub fn is_problem(&self) -> bool {
        !matches!(self, FileState::Url | FileState::Ok)
    }
}

/// One item of the register, with everything a reader wants to know about it.
#[derive(Debug, Clone)]
pub struct Item {
    pub id: String,
    pub title: String,
    pub file: Option<String>,
    pub url: Option<String>,
    pub sha256: Option<String>,
    pub collected_on: String,
    /// Days since it was collected (negative for a date in the future).
    pub age_days: Option<i32>,
    /// The last day it is valid.
    pub expires: Option<Date>,
    /// Days from today to [`Item::expires`] (negative once expired).
    pub days_left: Option<i32>,
    pub freshness: Freshness,
    pub visibility: Audience,
    /// Principles and questions citing it (`P1`, `Q3`), principles first, in number order.
    pub cited_by: Vec<String>,
    /// ★3 criteria of scs.yaml citing it (`4-3-4-1`), in the scheme's order.
    pub scs_cited_by: Vec<String>,
    pub file_state: FileState,
}

impl Item {
    /// The one verdict on an item that `evidence list` and `evidence check` both show: a
    /// problem with its file first (missing, changed, refused), else where it stands in time.
    pub fn verdict(&self) -> Verdict {
        if self.file_state.is_problem() {
            Verdict::File(self.file_state.clone())
        } else {
            Verdict::Time(self.freshness)
        }
    }
}

/// What [`Item::verdict`] says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// The file is not what was registered; its freshness does not matter until it is.
    File(FileState),
    Time(Freshness),
}

impl Verdict {
    /// A stable id: the file state (`changed`, `missing` …) or the freshness (`valid` …).
    pub fn as_str(&self) -> &'static str {
        match self {
            Verdict::File(s) => s.as_str(),
            Verdict::Time(f) => f.as_str(),
        }
    }
}

/// The register of one client, item by item, and the findings about it.
#[derive(Debug, Clone)]
pub struct Register {
    pub items: Vec<Item>,
    /// Findings about evidence.yaml and the items (reading, schema, ids, files, expiry).
    pub findings: Vec<Finding>,
    /// evidence.yaml could be read and typed.
    pub readable: bool,
    /// The client keeps a scs.yaml (its criteria may cite evidence too).
    pub scs: bool,
}

impl Register {
    /// `evidence check` fails: an error finding, or an expired item.
    pub fn has_problems(&self) -> bool {
        !self.readable
            || self
                .findings
                .iter()
                .any(|f| f.is_error() || f.code == Code::EvidenceExpired)
    }

    /// Items that nothing cites.
    pub fn uncited(&self) -> impl Iterator<Item = &Item> {
        self.items
            .iter()
            .filter(|i| i.cited_by.is_empty() && i.scs_cited_by.is_empty())
    }
}

/// The register with freshness and citations, every file resolved and hashed as
/// [`check`] does: a list that called a replaced file valid would contradict the check.
pub fn list(client: &Client, root: &WorkTree, today: Date) -> Register {
    build(client, today, root)
}

/// The register with every file resolved and hashed, in parallel on all cores.
pub fn check(client: &Client, root: &WorkTree, today: Date) -> Register {
    build(client, today, root)
}

fn build(client: &Client, today: Date, root: &WorkTree) -> Register {
    let evidence_file = FileKind::Evidence.file_name();
    let mut findings: Vec<Finding> = client
        .findings
        .iter()
        .filter(|f| f.file == evidence_file)
        .cloned()
        .collect();
    let Some(register) = &client.evidence else {
        client.locate_ends(&mut findings);
        finding::sort(&mut findings);
        return Register {
            items: Vec::new(),
            findings,
            readable: false,
            scs: client.scs.is_some(),
        };
    };
    let citations = citations(client);
    let scs_citations = scs_citations(client);
    let mut states: Vec<FileState> = register
        .evidence
        .iter()
        .map(|i| match &i.file {
            None => FileState::Url,
            Some(_) => FileState::InvalidPath,
        })
        .collect();
    let resolved = resolve_all(&register.evidence, root);
    for (i, entry) in resolved.iter().enumerate() {
        if let Some(entry) = entry {
            states[i] = file_state(&register.evidence[i], entry);
        }
    }
    let mut resolved = resolved;
    findings.extend(checks::evidence_register(client, |i, _| {
        match resolved.get_mut(i).and_then(Option::take) {
            Some(Ok(entry)) => Ok(entry),
            Some(Err(e)) => Err(std::io::Error::other(e)),
            None => Ok(EvidenceEntry::Missing),
        }
    }));
    let fresh: Vec<Finding> = freshness::check(client, today)
        .into_iter()
        .filter(|f| matches!(f.code, Code::EvidenceExpired | Code::EvidenceExpiring))
        .collect();
    let items = register
        .evidence
        .iter()
        .zip(states)
        .enumerate()
        .map(|(i, (item, file_state))| {
            let prefix = format!("/evidence/{i}/");
            let has = |code| {
                fresh
                    .iter()
                    .any(|f| f.code == code && f.path.starts_with(&prefix))
            };
            let expires = freshness::expiry(item).map(|(d, _)| d);
            let freshness = if has(Code::EvidenceExpired) {
                Freshness::Expired
            } else if has(Code::EvidenceExpiring) {
                Freshness::Expiring
            } else if expires.is_some() {
                Freshness::Valid
            } else {
                Freshness::NoExpiry
            };
            Item {
                id: item.id.clone(),
                title: item.title.clone(),
                file: item.file.clone(),
                url: item.url.clone(),
                sha256: item.sha256.clone(),
                collected_on: item.collected_on.clone(),
                age_days: item
                    .collected_on
                    .parse::<Date>()
                    .ok()
                    .and_then(|c| days(c, today)),
                expires,
                days_left: expires.and_then(|e| days(today, e)),
                freshness,
                visibility: item.visibility,
                cited_by: citations.get(item.id.as_str()).cloned().unwrap_or_default(),
                scs_cited_by: scs_citations
                    .get(item.id.as_str())
                    .cloned()
                    .unwrap_or_default(),
                file_state,
            }
        })
        .collect();
    findings.extend(fresh);
    client.locate_ends(&mut findings);
    finding::sort(&mut findings);
    Register {
        items,
        findings,
        readable: true,
        scs: client.scs.is_some(),
    }
}

/// Days from `from` to `to`.
fn days(from: Date, to: Date) -> Option<i32> {
    from.until(to).ok().map(|s| s.get_days())
}

/// Resolves and hashes every item's file in parallel; `None` for URLs and refused paths.
/// Errors are kept as text so the results can be handed on.
fn resolve_all(
    items: &[EvidenceItem],
    root: &WorkTree,
) -> Vec<Option<Result<EvidenceEntry, String>>> {
    items
        .par_iter()
        .map(|item| {
            let rel = item.file.as_deref()?;
            check_relative_path(rel).ok()?;
            Some(root.evidence(rel).map_err(|e| e.to_string()))
        })
        .collect()
}

fn file_state(item: &EvidenceItem, entry: &Result<EvidenceEntry, String>) -> FileState {
    match entry {
        Err(_) => FileState::Unreadable,
        Ok(EvidenceEntry::Missing) => FileState::Missing,
        Ok(EvidenceEntry::OutsideRoot) => FileState::OutsideRoot,
        Ok(EvidenceEntry::NotRegular) => FileState::NotRegular,
        Ok(EvidenceEntry::File { sha256 }) => match &item.sha256 {
            Some(recorded) if recorded != sha256 => FileState::Changed {
                actual: sha256.clone(),
            },
            _ => FileState::Ok,
        },
    }
}

/// Who cites each evidence id: `P1`…`P5` then `Q1`…`Q25`, each once, in number order.
pub fn citations(client: &Client) -> BTreeMap<&str, Vec<String>> {
    let mut cited: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    if let Some(p) = &client.principles {
        for (pid, state) in &p.principles {
            for id in &state.evidence {
                cited.entry(id).or_default().push(pid.clone());
            }
        }
    }
    if let Some(d) = &client.diagnosis {
        for (qid, answer) in &d.answers {
            for id in &answer.evidence {
                cited.entry(id).or_default().push(qid.clone());
            }
        }
    }
    for by in cited.values_mut() {
        by.sort_by_key(|s| order(s));
        by.dedup();
    }
    cited
}

/// Which ★3 criteria of scs.yaml cite each evidence id, each once, in the scheme's order
/// (a criterion the scheme does not have, which validation reports, last).
pub fn scs_citations(client: &Client) -> BTreeMap<&str, Vec<String>> {
    let mut cited: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let Some(scs) = &client.scs else {
        return cited;
    };
    for (cid, answer) in &scs.answers {
        for id in &answer.evidence {
            cited.entry(id).or_default().push(cid.clone());
        }
    }
    let scheme = crate::scs::scheme::get();
    let position = |id: &str| {
        scheme
            .criteria()
            .position(|(_, c)| c.id == id)
            .unwrap_or(usize::MAX)
    };
    for by in cited.values_mut() {
        by.sort_by_key(|s| position(s));
        by.dedup();
    }
    cited
}

/// `P2` before `Q1`, `Q2` before `Q10`.
fn order(id: &str) -> (String, u32) {
    let letters: String = id.chars().take_while(|c| !c.is_ascii_digit()).collect();
    let number = id[letters.len()..].parse().unwrap_or(u32::MAX);
    (letters, number)
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    fn example_root() -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("example-repo")
    }

    #[test]
    fn the_example_register_checks_clean() {
        let root = WorkTree::new(example_root());
        let client = Client::read(&root).expect("example reads");
        let r = check(&client, &root, date(2026, 11, 26));
        assert!(!r.has_problems(), "{:?}", r.findings);
        let states: Vec<_> = r
            .items
            .iter()
            .map(|i| (i.id.as_str(), i.file_state.as_str(), i.freshness.as_str()))
            .collect();
        assert_eq!(
            states,
            [
                ("EV-001", "ok", "valid"),
                ("EV-002", "ok", "valid"),
                ("EV-003", "ok", "valid"),
                ("EV-004", "ok", "valid"),
                ("EV-005", "ok", "no-expiry"),
                ("EV-006", "url", "no-expiry"),
            ]
        );
    }

    #[test]
    fn ages_expiry_and_citations() {
        let root = WorkTree::new(example_root());
        let client = Client::read(&root).expect("example reads");
        let r = list(&client, &root, date(2027, 1, 10));
        let ev2 = &r.items[1];
        assert_eq!(ev2.file_state, FileState::Ok);
        assert_eq!(ev2.age_days, Some(275));
        assert_eq!(ev2.expires, Some(date(2027, 1, 31)));
        assert_eq!(ev2.days_left, Some(21));
        assert_eq!(ev2.freshness, Freshness::Expiring);
        let ev1 = &r.items[0];
        assert_eq!(ev1.expires, Some(date(2027, 4, 15)));
        assert!(!ev1.cited_by.is_empty());
        let sorted = {
            let mut s = ev1.cited_by.clone();
            s.sort_by_key(|x| order(x));
            s
        };
        assert_eq!(ev1.cited_by, sorted);
    }

    #[test]
    fn numbers_sort_as_numbers() {
        let mut ids = vec!["Q10", "P2", "Q2", "Q1", "P1"];
        ids.sort_by_key(|s| order(s));
        assert_eq!(ids, ["P1", "P2", "Q1", "Q2", "Q10"]);
    }
}
