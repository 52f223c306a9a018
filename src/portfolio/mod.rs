//! `hoshi portfolio`: every client under some folders, evaluated in parallel, one row each.
//!
//! A client is a folder holding `hoshi.yaml`. A client that cannot be read still gets its
//! row with the reason: one broken client never hides the others.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::evaluate::freshness;
use crate::finding::{Code, Finding, Severity};
use crate::history::repo::Repo;
use crate::history::review::{Review, ReviewTags, Whose};
use crate::lang::Text;
use crate::model::files::FileKind;
use crate::source::{Source, WorkTree};
use crate::{evaluate::status, text, validate};

/// Folders never searched for clients: tool and build output, dependencies, built sites.
pub const SKIPPED: &[&str] = &[".git", "target", "node_modules", "_site"];

pub mod cache;

/// A client root found under one of the given paths.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The folder, as reachable from the current folder.
    pub root: PathBuf,
    /// How to show it: the given path joined with the folders below it, `/`-separated.
    pub shown: String,
}

/// What a search found: the clients, sorted by how they are shown, and the folders that
/// could not be listed.
#[derive(Debug, Default)]
pub struct Discovery {
    pub clients: Vec<Found>,
    pub unreadable: Vec<(String, String)>,
}

/// Finds every client root under `paths`. A client root is not searched further (its
/// folders hold evidence and theme files); symlinked folders are not followed, except a
/// given path itself.
pub fn discover(paths: &[PathBuf]) -> Result<Discovery, Error> {
    let mut out = Discovery::default();
    let mut seen = HashSet::new();
    for path in paths {
        let meta = fs::metadata(path).map_err(|e| Error::read(path, e))?;
        if !meta.is_dir() {
            let p = path.display();
            return Err(Error::Usage(text!(
                "{p} はフォルダではありません。クライアントのフォルダか、それをまとめたフォルダを指定してください",
                "{p} is not a folder; give a client folder or a folder of clients"
            )));
        }
        let base = shown_base(path);
        let mut stack = vec![(path.clone(), base)];
        while let Some((dir, shown)) = stack.pop() {
            if dir.join(FileKind::Hoshi.file_name()).is_file() {
                if seen.insert(identity(&dir)) {
                    out.clients.push(Found { root: dir, shown });
                }
                continue;
            }
            let entries = match fs::read_dir(&dir) {
                Ok(e) => e,
                Err(e) => {
                    out.unreadable.push((shown, e.to_string()));
                    continue;
                }
            };
            let mut children = Vec::new();
            for entry in entries {
                let Ok(entry) = entry else { continue };
                let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
                let name = entry.file_name();
                let Some(name) = name.to_str() else { continue };
                if !is_dir || SKIPPED.contains(&name) {
                    continue;
                }
                children.push((entry.path(), join(&shown, name)));
            }
            // Depth first, in name order.
            children.sort();
            stack.extend(children.into_iter().rev());
        }
    }
    out.clients.sort_by(|a, b| a.shown.cmp(&b.shown));
    Ok(out)
}

/// What makes two paths the same folder: its device and inode where there are such (one
/// `stat`, not a system call per component), else its canonical path.
#[derive(Debug, PartialEq, Eq, Hash)]
enum Identity {
    Inode(u64, u64),
    Path(PathBuf),
}

fn identity(dir: &Path) -> Identity {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let Ok(m) = fs::metadata(dir) {
            return Identity::Inode(m.dev(), m.ino());
        }
    }
    Identity::Path(dir.canonicalize().unwrap_or_else(|_| dir.to_owned()))
}

fn shown_base(path: &Path) -> String {
    let s = path.to_string_lossy().replace('\\', "/");
    let trimmed = s.trim_end_matches('/');
    match trimmed {
        "" if s.starts_with('/') => "/".to_owned(),
        "" => ".".to_owned(),
        t => t.strip_prefix("./").unwrap_or(t).to_owned(),
    }
}

fn join(base: &str, name: &str) -> String {
    match base {
        "." => name.to_owned(),
        "/" => format!("/{name}"),
        b => format!("{b}/{name}"),
    }
}

/// The newest review of a client: its tag and date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastReview {
    pub tag: String,
    pub date: Date,
}

/// A date something is due, for the calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Due {
    pub date: Date,
    pub what: DueKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DueKind {
    /// The next review (the last one plus the review interval).
    Review { last: Option<LastReview> },
    /// The last day an evidence item is valid.
    EvidenceExpiry { id: String, title: String },
    /// The self-diagnosis goes stale: its `assessed_on` plus the review interval.
    Diagnosis { assessed_on: Date },
    /// An improvement action's due date.
    Action {
        question: String,
        what: String,
        owner: Option<String>,
    },
}

/// One client's row.
/// A row is kept in the cache without its path and folder, which are how the client was
/// found, not what its files say (see [`cache`]).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Row {
    #[serde(skip)]
    pub path: String,
    #[serde(skip)]
    pub root: PathBuf,
    pub name: Option<String>,
    pub name_en: Option<String>,
    /// The declared level; `None` when nothing is declared (or it cannot be told).
    pub declared: Option<u8>,
    /// hoshi.yaml is broken where the declaration would be: unknown, not "none".
    pub declared_unknown: bool,
    /// The eligible level (0, 1, 2); `None` when the client could not be read.
    pub eligible: Option<u8>,
    /// Whether the declaration holds; `None` when nothing is declared, or (with `declared`
    /// set) when it cannot be told because a file a condition reads has errors.
    pub holds: Option<bool>,
    pub score: Option<i32>,
    /// ★3 readiness of the SCS scheme: criteria met and total, and whether every check
    /// holds (a self-check); `None` without a measurable scs.yaml.
    pub scs: Option<(usize, usize, bool)>,
    pub last_review: Option<LastReview>,
    /// Why there is no review record (not in git, a shallow clone, git failed).
    pub review_note: Option<Text>,
    /// The last review plus the interval; `None` without a review.
    pub next_review: Option<Date>,
    /// No review yet, or the last one is older than the interval.
    pub review_overdue: bool,
    pub evidence_expiring: usize,
    pub evidence_expired: usize,
    pub errors: usize,
    pub warnings: usize,
    /// Of the warnings, those that are practice advice (never a reason a declaration fails).
    pub practice: usize,
    /// Why the client could not be read at all.
    pub error: Option<Text>,
    /// The first error finding (a cause before `declaration-not-held`), the reason a
    /// reader looks for.
    pub first_error: Option<Finding>,
    /// Every due date, for the calendar; empty unless asked for (see [`evaluate`]).
    pub due: Vec<Due>,
    /// The nearest due date on or after today, of any kind (the review first on a tie).
    pub next_due: Option<Due>,
    /// Open improvement actions whose due date has passed.
    pub actions_overdue: usize,
    /// The client's site settings, for the dashboard's links.
    pub site_url: Option<String>,
    /// `review.tag_prefix` and `review.interval_months` from hoshi.yaml (defaults when it
    /// cannot be read); `None` when the client cannot be read at all.
    pub review_settings: Option<(String, u32)>,
}

impl Row {
    fn unreadable(found: &Found, reason: Text) -> Row {
        Row {
            path: found.shown.clone(),
            root: found.root.clone(),
            name: None,
            name_en: None,
            declared: None,
            declared_unknown: true,
            eligible: None,
            holds: None,
            score: None,
            scs: None,
            last_review: None,
            review_note: None,
            next_review: None,
            review_overdue: false,
            evidence_expiring: 0,
            evidence_expired: 0,
            errors: 1,
            warnings: 0,
            practice: 0,
            error: Some(reason),
            first_error: None,
            due: Vec::new(),
            next_due: None,
            actions_overdue: 0,
            site_url: None,
            review_settings: None,
        }
    }

    /// The declaration does not hold.
    pub fn not_held(&self) -> bool {
        self.holds == Some(false)
    }

    /// Something is at error severity, or the client could not be read.
    pub fn has_errors(&self) -> bool {
        self.error.is_some() || self.errors > 0
    }

    /// Sort key: declarations that do not hold first, then errors, overdue reviews, expired
    /// and expiring evidence; then by path.
    pub fn urgency(&self) -> impl Ord + use<> {
        (
            std::cmp::Reverse((
                self.not_held(),
                self.has_errors(),
                self.review_overdue,
                self.evidence_expired > 0,
                self.evidence_expiring > 0,
            )),
            self.path.clone(),
        )
    }

    /// The name in `lang` (English falls back to the name).
    pub fn name_in(&self, lang: crate::lang::Lang) -> Option<&str> {
        match lang {
            crate::lang::Lang::En => self.name_en.as_deref().or(self.name.as_deref()),
            crate::lang::Lang::Ja => self.name.as_deref(),
        }
    }
}

/// Evaluates every client in parallel; `progress` is called once per client done.
/// Rows come back in the order of `clients`. Each client's full result is dropped as soon
/// as its row is made; a row keeps every due date only with `all_due` (for the calendar),
/// else just the nearest one.
///
/// With `cache`, a client whose files answer as they did for a row made the same day by
/// this build is not evaluated again (see [`cache`]).
pub fn evaluate(
    clients: &[Found],
    today: Date,
    all_due: bool,
    cache: Option<&cache::RowCache>,
    progress: &(dyn Fn() + Sync),
) -> Vec<Row> {
    let mut rows: Vec<Row> = clients
        .par_iter()
        .map(|found| {
            let made = std::panic::catch_unwind(|| match cache {
                Some(cache) => cache.row(found, today, all_due),
                None => row(found, today, all_due),
            });
            let row = made.unwrap_or_else(|_| {
                Row::unreadable(
                    found,
                    text!(
                        "hoshi の内部エラーで評価できませんでした（不具合として報告してください）",
                        "hoshi failed internally on this client (please report it as a bug)"
                    ),
                )
            });
            progress();
            row
        })
        .collect();
    reviews(&mut rows, today, all_due);
    rows
}

/// Fills in each row's last review, next review and whether it is overdue. Clients are
/// grouped by git repository and each repository is opened once and its tags read once
/// (a consultant's repository holds every client's tags); repositories in parallel.
fn reviews(rows: &mut [Row], today: Date, all_due: bool) {
    let gitdirs: Vec<Option<Result<PathBuf, Text>>> = rows
        .par_iter()
        .map(|r| {
            r.review_settings.as_ref()?;
            Some(match Repo::git_dir_of(&r.root) {
                Ok(Some(dir)) => Ok(dir),
                Ok(None) => Err(text!(
                    "git リポジトリの外にあるため、見直しの記録（review タグ）を読めません",
                    "not inside a git repository, so there is no review record (review tags)"
                )),
                Err(e) => Err(reason(e)),
            })
        })
        .collect();
    let mut groups: BTreeMap<&Path, Vec<usize>> = BTreeMap::new();
    let mut results: Vec<Option<Result<Option<LastReview>, Text>>> = vec![None; rows.len()];
    for (i, dir) in gitdirs.iter().enumerate() {
        match dir {
            Some(Ok(dir)) => groups.entry(dir.as_path()).or_default().push(i),
            Some(Err(note)) => results[i] = Some(Err(note.clone())),
            None => {}
        }
    }
    let rows_ref: &[Row] = rows;
    let found: Vec<(usize, Result<Option<LastReview>, Text>)> = groups
        .into_par_iter()
        .flat_map_iter(|(_, members)| {
            let clients: Vec<(&Path, &str)> = members
                .iter()
                .map(|&i| {
                    let row = &rows_ref[i];
                    let prefix = row
                        .review_settings
                        .as_ref()
                        .map_or("review/", |(p, _)| p.as_str());
                    (row.root.as_path(), prefix)
                })
                .collect();
            match newest_reviews(&clients) {
                Ok(last) => members
                    .iter()
                    .zip(last)
                    .map(|(&i, review)| (i, Ok(review.map(last_review))))
                    .collect::<Vec<_>>(),
                Err(note) => members.iter().map(|&i| (i, Err(note.clone()))).collect(),
            }
        })
        .collect();
    for (i, r) in found {
        results[i] = Some(r);
    }
    for (row, result) in rows.iter_mut().zip(results) {
        let Some((_, interval)) = row.review_settings.clone() else {
            continue;
        };
        match result {
            Some(Ok(last)) => row.last_review = last,
            Some(Err(note)) => row.review_note = Some(note),
            None => {}
        }
        row.next_review = row
            .last_review
            .as_ref()
            .and_then(|r| freshness::add_months(r.date, interval));
        row.review_overdue = row.next_review.is_none_or(|due| today > due);
        if let Some(date) = row.next_review {
            let review = Due {
                date,
                what: DueKind::Review {
                    last: row.last_review.clone(),
                },
            };
            // The review comes first among the due dates, so it is the nearest on a tie.
            if date >= today && row.next_due.as_ref().is_none_or(|d| date <= d.date) {
                row.next_due = Some(review.clone());
            }
            if all_due {
                row.due.insert(0, review);
            }
        }
    }
}

/// An error of the command as a row's note, in both languages.
fn reason(e: Error) -> Text {
    Text::new(
        e.message(crate::lang::Lang::Ja),
        e.message(crate::lang::Lang::En),
    )
}

/// The newest review of each client `(root, tag prefix)` of one repository, reading the
/// repository's tags once: each client gets only its own reviews (its prefix, and a
/// record that names its folder or none).
fn newest_reviews(clients: &[(&Path, &str)]) -> Result<Vec<Option<Review>>, Text> {
    let Some((first, _)) = clients.first() else {
        return Ok(Vec::new());
    };
    let repo = Repo::open(first).map_err(reason)?;
    let head = repo.head().map_err(reason)?;
    let mut tags = ReviewTags::read(&repo, "", head).map_err(reason)?;
    let mut out = Vec::with_capacity(clients.len());
    for (root, tag_prefix) in clients {
        let folder = repo.folder_of(root).map_err(reason)?;
        let whose = Whose {
            client: &folder,
            tag_prefix,
        };
        out.push(tags.of(whose, 1).map_err(reason)?.into_iter().next());
    }
    Ok(out)
}

/// Evaluates one client (see [`evaluate`] for `all_due`).
pub fn row(found: &Found, today: Date, all_due: bool) -> Row {
    row_from(&WorkTree::new(&found.root), found, today, all_due)
}

/// [`row`] of the client's files as `source` gives them.
fn row_from(source: &dyn Source, found: &Found, today: Date, all_due: bool) -> Row {
    let v = match validate::validate(source) {
        Ok(v) => v,
        Err(crate::validate::client::ReadError::NotAClient) => {
            return Row::unreadable(
                found,
                text!("hoshi.yaml がありません", "hoshi.yaml is missing"),
            );
        }
        Err(crate::validate::client::ReadError::Io(file, e)) => {
            return Row::unreadable(found, Error::read(file, e).text());
        }
    };
    let s = status::evaluate(&v, today);
    let client = &v.client;
    let review = client.review_settings();
    let settings = (review.tag_prefix, review.interval_months);
    let count = |code| s.findings.iter().filter(|f| f.code == code).count();
    let severity = |sev| s.findings.iter().filter(|f| f.severity == sev).count();
    let mut due = Vec::new();
    if let Some(register) = &client.evidence {
        for item in &register.evidence {
            if let Some((date, _)) = freshness::expiry(item) {
                due.push(Due {
                    date,
                    what: DueKind::EvidenceExpiry {
                        id: item.id.clone(),
                        title: item.title.clone(),
                    },
                });
            }
        }
    }
    if let Some(d) = &client.diagnosis
        && let Ok(assessed_on) = d.assessed_on.parse::<Date>()
        && let Some(date) = freshness::add_months(assessed_on, settings.1)
    {
        due.push(Due {
            date,
            what: DueKind::Diagnosis { assessed_on },
        });
    }
    if let Some(d) = &client.diagnosis {
        for (qid, action, date) in freshness::open_actions(d) {
            due.push(Due {
                date,
                what: DueKind::Action {
                    question: qid.to_owned(),
                    what: action.what.clone(),
                    owner: action.owner.clone(),
                },
            });
        }
    }
    let next_due = nearest_due(&due, today).cloned();
    let actions_overdue = due
        .iter()
        .filter(|d| matches!(d.what, DueKind::Action { .. }) && d.date < today)
        .count();
    if !all_due {
        due = Vec::new();
    }
    Row {
        path: found.shown.clone(),
        root: found.root.clone(),
        name: s.organization.clone(),
        name_en: s.organization_en.clone(),
        declared: s.declaration.as_ref().map(|d| d.level),
        declared_unknown: s.declaration_unknown,
        eligible: Some(s.eligibility.level),
        holds: s.declaration.as_ref().and_then(|d| d.holds),
        score: s.score.as_ref().map(|x| x.total),
        scs: s.scs_readiness().map(|r| (r.met(), r.total(), r.ready())),
        // Filled in by `reviews`, repository by repository.
        last_review: None,
        review_note: None,
        next_review: None,
        review_overdue: true,
        evidence_expiring: count(Code::EvidenceExpiring),
        evidence_expired: count(Code::EvidenceExpired),
        errors: severity(Severity::Error),
        warnings: severity(Severity::Warning),
        practice: s
            .findings
            .iter()
            .filter(|f| crate::evaluate::eligibility::is_practice(f.code))
            .count(),
        error: None,
        // The declaration column already says it does not hold; a cause is more telling.
        first_error: s
            .findings
            .iter()
            .filter(|f| f.is_error())
            .min_by_key(|f| f.code == Code::DeclarationNotHeld)
            .cloned(),
        due,
        next_due,
        actions_overdue,
        site_url: client
            .says_text(FileKind::Hoshi, "/site/base_url")
            .map(str::to_owned),
        review_settings: Some(settings),
    }
}

/// The nearest of `due` on or after `today`; the first of them on a tie.
fn nearest_due(due: &[Due], today: Date) -> Option<&Due> {
    due.iter()
        .filter(|d| d.date >= today)
        .min_by_key(|d| d.date)
}

/// A review as the last review, dated as `hoshi diff` dates it.
fn last_review(review: Review) -> LastReview {
    LastReview {
        date: review.day(),
        tag: review.tag.name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_shown_as_given() {
        assert_eq!(shown_base(Path::new(".")), ".");
        assert_eq!(shown_base(Path::new("./clients/")), "clients");
        assert_eq!(shown_base(Path::new("/")), "/");
        assert_eq!(join(".", "a"), "a");
        assert_eq!(join("clients", "a"), "clients/a");
        assert_eq!(join("/", "a"), "/a");
    }
}
