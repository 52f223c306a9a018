//! Where a site comes from: the source commit, whether the files differ from it, and the
//! review tags (for "last review" and the history chart).
//!
//! Outside git, in a shallow clone or with no review yet, the site still builds and says so.

use std::path::Path;

use git2::{ErrorCode, Repository};
use jiff::civil::Date;

use crate::history::repo::{Repo, ReviewTag};
use crate::lang::Text;
use crate::load::client::Client;
use crate::{evaluate::status, text, validate};

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
    /// Not in git, a shallow clone, or git failed: the reason, for the page and stderr.
    Unavailable(Text),
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

/// Reads the provenance of the client at `root`, whose working files have `digest`.
/// `today` is used only to evaluate a review tag that does not record its result.
pub fn read(root: &Path, tag_prefix: &str, digest: &str, today: Date) -> Provenance {
    let repo = match Repo::open(root) {
        Ok(r) => r,
        Err(e) => return without_history(root, &e),
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
        .and_then(|s| Client::read(&s).ok())
        .is_none_or(|c| c.digest() != digest);
    let reviews = match repo.review_tags(tag_prefix, head) {
        Ok(tags) => Reviews::Found(tags.iter().map(|t| review(&repo, t, today)).collect()),
        Err(e) => Reviews::Unavailable(reason(&e)),
    };
    Provenance {
        commit: Some(head.to_string()),
        dirty,
        reviews,
    }
}

fn reason(e: &crate::error::Error) -> Text {
    Text::new(
        e.message(crate::lang::Lang::Ja),
        e.message(crate::lang::Lang::En),
    )
}

/// Outside git, or where [`Repo::open`] refuses (a shallow clone): the commit if there is
/// one, and no review history.
fn without_history(root: &Path, e: &crate::error::Error) -> Provenance {
    match Repository::discover(root) {
        Err(d) if d.code() == ErrorCode::NotFound => Provenance {
            commit: None,
            dirty: false,
            reviews: Reviews::Unavailable(text!(
                "git リポジトリの外にあるため、見直しの記録を読めません",
                "not inside a git repository, so there is no review record"
            )),
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

/// A review tag with its recorded values; what the tag does not record (a tag written by
/// hand) is evaluated at its commit.
fn review(repo: &Repo, tag: &ReviewTag, today: Date) -> Review {
    let found = crate::history::review::Review::from(tag.clone());
    let record = found.record.as_ref();
    let mut r = Review {
        name: tag.name.clone(),
        commit: tag.commit.to_string(),
        date: found.day().to_string(),
        reviewer: record.and_then(|x| x.reviewer.clone()),
        level: record.and_then(|x| x.level),
        declared: record.and_then(|x| x.declared),
        score: record.and_then(|x| x.score),
        digest: record.and_then(|x| x.digest.clone()),
    };
    if (r.level.is_none() || r.score.is_none() || r.digest.is_none())
        && let Some((level, score, digest)) = evaluate_at(repo, tag.commit, today)
    {
        r.level = r.level.or(Some(level));
        r.score = r.score.or(score);
        r.digest = r.digest.or(Some(digest));
    }
    r
}

fn evaluate_at(repo: &Repo, commit: git2::Oid, today: Date) -> Option<(u8, Option<i32>, String)> {
    let source = repo.source_at(commit).ok()?;
    let v = validate::validate(&source).ok()?;
    let s = status::evaluate(&v, today);
    Some((s.eligibility.level, s.score.map(|x| x.total), s.digest))
}
