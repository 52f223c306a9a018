//! Where a site comes from: the source commit, whether the files differ from it, and the
//! review tags (for "last review" and the history chart).
//!
//! Outside git, in a shallow clone or with no review yet, the site still builds and says so.

use std::collections::HashMap;
use std::path::Path;

use git2::{ErrorCode, Oid, Repository};
use jiff::civil::Date;

use crate::error::GitKind;
use crate::history::repo::Repo;
use crate::history::review::{self, RecordState};
use crate::history::revision;
use crate::lang::Text;
use crate::text;
use crate::validate::client::{Client, FileCache};

/// The commit and reviews a site is built from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    /// The commit HEAD points at (hex), when the client is in a git repository with commits.
    pub commit: Option<String>,
    /// The five client files differ from the commit (their digest differs).
    pub dirty: bool,
    pub reviews: Reviews,
}

/// The review tags reachable from HEAD, or why they could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reviews {
    /// Newest first; may be empty (no review yet).
    Found(Vec<Review>),
    /// Not in git, a shallow clone, or git failed.
    Unavailable(Unavailable),
}

/// Why there is no review record: a fixed reason for the pages, which never carries a
/// path or anything else of the machine that built them, and git's own words for the
/// person who ran the command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unavailable {
    /// For the pages.
    pub reason: Text,
    /// For stderr: what git said, paths included.
    pub detail: Text,
}

/// One review tag with what it recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub name: String,
    pub commit: String,
    pub date: String,
    pub reviewer: Option<String>,
    /// Eligible level at the reviewed commit.
    pub level: Option<u8>,
    pub declared: Option<u8>,
    pub score: Option<i32>,
    /// Digest of the client files at the reviewed commit.
    pub digest: Option<String>,
    /// The sha256 of each client file at the reviewed commit, as [`Client::hashes`]; read
    /// for the newest review only (what the site compares the shown files with).
    pub hashes: Option<Vec<(&'static str, String)>>,
    /// The tag's record could not be right (see [`RecordState::Unreadable`]): why. The
    /// values above are then evaluated at the tagged commit.
    pub unreadable: Option<Text>,
}

impl Provenance {
    /// The newest review, if any.
    pub fn last_review(&self) -> Option<&Review> {
        match &self.reviews {
            Reviews::Found(r) => r.first(),
            Reviews::Unavailable(_) => None,
        }
    }
}

/// What reading the working folder already did, for the commits compared with it: the
/// files parsed (by blob id, see [`FileCache::keep_first`]) and the sha256 of the evidence
/// files hashed, by blob id (see [`crate::source::BlobIds`]). A file the same in a commit
/// is then neither read from git nor parsed again.
#[derive(Default)]
pub struct Known {
    pub files: FileCache,
    pub hashes: Vec<(Oid, String)>,
}

/// Reads the provenance of the client at `root`, whose working files have `digest`.
/// `today` is used only to evaluate a review tag that does not record its result.
pub fn read(root: &Path, tag_prefix: &str, digest: &str, today: Date) -> Provenance {
    read_knowing(root, tag_prefix, digest, today, Known::default())
}

/// [`read`], reusing what reading the working folder did (see [`Known`]).
pub fn read_knowing(
    root: &Path,
    tag_prefix: &str,
    digest: &str,
    today: Date,
    known: Known,
) -> Provenance {
    let repo = match Repo::open(root) {
        Ok(r) => r,
        Err(e) => return without_history(root, &e),
    };
    repo.know_hashes(known.hashes);
    let mut done = Evaluations {
        files: known.files,
        trees: HashMap::new(),
    };
    let head = match repo.head() {
        Ok(h) => h,
        Err(e) => {
            return Provenance {
                commit: None,
                dirty: false,
                reviews: Reviews::Unavailable(reason(&e)),
            };
        }
    };
    let dirty = repo
        .source_at(head)
        .ok()
        .and_then(|s| Client::read_cached(&s, &mut done.files).ok())
        .is_none_or(|c| c.digest() != digest);
    let reviews = match review::reviews(&repo, tag_prefix, head) {
        Ok(found) => Reviews::Found(
            found
                .into_iter()
                .enumerate()
                .map(|(i, r)| {
                    let commit = r.tag.commit;
                    let mut r = review(&repo, r, today, &mut done);
                    if i == 0 {
                        r.hashes = repo
                            .source_at(commit)
                            .ok()
                            .and_then(|s| Client::read_cached(&s, &mut done.files).ok())
                            .map(|c| c.hashes);
                    }
                    r
                })
                .collect(),
        ),
        Err(e) => Reviews::Unavailable(reason(&e)),
    };
    Provenance {
        commit: Some(head.to_string()),
        dirty,
        reviews,
    }
}

fn reason(e: &crate::error::Error) -> Unavailable {
    let reason = match e {
        crate::error::Error::Git { kind, .. } => match kind {
            GitKind::NotARepository => outside_git(),
            GitKind::Shallow => text!(
                "浅いクローン（shallow clone）のため、見直しの記録を読めません。全履歴を取得してください（GitHub Actions では actions/checkout に fetch-depth: 0）",
                "a shallow clone, so the review record cannot be read; fetch the full history (on GitHub Actions: actions/checkout with fetch-depth: 0)"
            ),
            GitKind::NoCommits => text!(
                "まだコミットがないため、見直しの記録はありません",
                "no commit yet, so there is no review record"
            ),
            GitKind::Other => git_failed(),
        },
        _ => git_failed(),
    };
    Unavailable {
        reason,
        detail: Text::new(
            e.message(crate::lang::Lang::Ja),
            e.message(crate::lang::Lang::En),
        ),
    }
}

fn outside_git() -> Text {
    text!(
        "git リポジトリの外にあるため、見直しの記録を読めません",
        "not inside a git repository, so there is no review record"
    )
}

fn git_failed() -> Text {
    text!(
        "git の履歴を読めなかったため、見直しの記録を表示できません",
        "the git history could not be read, so the review record is not shown"
    )
}

/// Outside git, or where [`Repo::open`] refuses (a shallow clone): the commit if there is
/// one, and no review history.
fn without_history(root: &Path, e: &crate::error::Error) -> Provenance {
    match Repository::discover(root) {
        Err(d) if d.code() == ErrorCode::NotFound => Provenance {
            commit: None,
            dirty: false,
            reviews: Reviews::Unavailable(Unavailable {
                reason: outside_git(),
                detail: outside_git(),
            }),
        },
        Err(_) => Provenance {
            commit: None,
            dirty: false,
            reviews: Reviews::Unavailable(reason(e)),
        },
        Ok(r) => Provenance {
            commit: r
                .head()
                .ok()
                .and_then(|h| h.peel_to_commit().ok())
                .map(|c| c.id().to_string()),
            // Without the full history the files cannot be compared reliably; the digest
            // on the page still identifies them.
            dirty: false,
            reviews: Reviews::Unavailable(reason(e)),
        },
    }
}

/// What a review tag's commit evaluates to, for what the tag does not record.
#[derive(Clone)]
struct Evaluated {
    level: u8,
    score: Option<i32>,
    digest: String,
}

/// Evaluations of tagged commits, each client tree evaluated once however many tags
/// point at it, with the files parsed once however many trees share them.
struct Evaluations {
    files: FileCache,
    trees: HashMap<Oid, Option<Evaluated>>,
}

impl Evaluations {
    fn at(&mut self, repo: &Repo, commit: Oid, rev: &str, today: Date) -> Option<Evaluated> {
        let key = repo.subtree_id(commit).ok().flatten().unwrap_or(commit);
        if let Some(done) = self.trees.get(&key) {
            return done.clone();
        }
        let found = repo
            .source_at(commit)
            .ok()
            .and_then(|s| {
                revision::evaluate(&s, rev, today, &mut self.files)
                    .ok()
                    .flatten()
            })
            .map(|e| Evaluated {
                level: e.status.eligibility.level,
                score: e.status.score.as_ref().map(|x| x.total),
                digest: e.status.digest.clone(),
            });
        self.trees.insert(key, found.clone());
        found
    }
}

/// A review tag with its recorded values; what the tag does not record (a tag written by
/// hand, or a record that cannot be right) is evaluated at its commit.
fn review(repo: &Repo, found: review::Review, today: Date, done: &mut Evaluations) -> Review {
    let record = found.record();
    let mut r = Review {
        name: found.tag.name.clone(),
        commit: found.tag.commit.to_string(),
        date: found.day().to_string(),
        reviewer: record.and_then(|x| x.reviewer.clone()),
        level: record.and_then(|x| x.level),
        declared: record.and_then(|x| x.declared),
        score: record.and_then(|x| x.score),
        digest: record.and_then(|x| x.digest.clone()),
        hashes: None,
        unreadable: match &found.record {
            RecordState::Unreadable(why) => Some(why.clone()),
            _ => None,
        },
    };
    if (r.level.is_none() || r.score.is_none() || r.digest.is_none())
        && let Some(e) = done.at(repo, found.tag.commit, &r.name, today)
    {
        r.level = r.level.or(Some(e.level));
        r.score = r.score.or(e.score);
        r.digest = r.digest.or(Some(e.digest));
    }
    r
}
