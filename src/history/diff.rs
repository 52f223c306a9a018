//! `hoshi diff` as data: the client now (working tree or a revision) against its last
//! review (or a given base), read through the same pipeline at both ends.

use std::path::Path;

use crate::error::Error;
use crate::evaluate::evaluation::Evaluation;
use crate::history::compare::{self, End, ReviewDiff};
use crate::history::repo::Repo;
use crate::history::review;
use crate::history::revision;
use crate::text;
use crate::validate::client::FileCache;

/// The head of a comparison: the working tree already evaluated, or a revision.
pub enum Head<'a> {
    WorkTree(&'a Evaluation),
    Revision(&'a str),
}

/// The comparison, and the head's evaluation when the head was a revision read here.
pub struct Diffed {
    pub diff: ReviewDiff,
    pub revision: Option<Evaluation>,
}

/// Compares the client at `root` — the working tree, or a revision — with `base`, or with
/// the newest review tag reachable from HEAD.
pub fn diff(root: &Path, base: Option<&str>, head: Head<'_>) -> Result<Diffed, Error> {
    let repo = Repo::open(root)?;
    let head_commit = repo.head()?;
    let mut revision = None;
    let (head_eval, head_end, reach_from) = match head {
        Head::WorkTree(e) => {
            let end = End::new(None, Some(head_commit.to_string()), e.date, true, Some(e));
            (e, end, head_commit)
        }
        Head::Revision(rev) => {
            let commit = repo.commit(rev)?;
            let date = day_of(&repo, rev, commit)?;
            let Some(e) = at_revision(&repo, rev, commit, date)? else {
                return Err(no_client_at(rev, &repo.prefix));
            };
            let e: &Evaluation = revision.insert(e);
            let end = End::new(
                Some(rev.to_owned()),
                Some(commit.to_string()),
                date,
                false,
                Some(e),
            );
            (e, end, commit)
        }
    };
    let prefix = head_eval.tag_prefix();
    let base_rev = match base {
        Some(rev) => {
            let commit = repo.commit(rev)?;
            Some((rev.to_owned(), commit, day_of(&repo, rev, commit)?))
        }
        None => match review::last_review(&repo, &prefix, reach_from)? {
            Some(r) => {
                let date = r.day();
                Some((r.tag.name, r.tag.commit, date))
            }
            None => None,
        },
    };
    let (base_eval, base_end) = match &base_rev {
        Some((rev, commit, date)) => {
            let e = at_revision(&repo, rev, *commit, *date)?;
            let end = End::new(
                Some(rev.clone()),
                Some(commit.to_string()),
                *date,
                false,
                e.as_ref(),
            );
            (e, Some(end))
        }
        None => (None, None),
    };
    let diff = ReviewDiff {
        base: base_end,
        head: head_end,
        changes: compare::compare(base_eval.as_ref(), head_eval),
        regressions: compare::regressions(base_eval.as_ref(), head_eval),
    };
    Ok(Diffed { diff, revision })
}

/// A revision evaluated, or `None` when it has no client files.
fn at_revision(
    repo: &Repo,
    rev: &str,
    commit: git2::Oid,
    date: jiff::civil::Date,
) -> Result<Option<Evaluation>, Error> {
    let source = repo.source_at(commit)?;
    revision::evaluate(&source, rev, date, &mut FileCache::default())
}

/// The day a revision is evaluated for: a review tag's day, else its commit's.
fn day_of(repo: &Repo, rev: &str, commit: git2::Oid) -> Result<jiff::civil::Date, Error> {
    match review::review_named(repo, rev) {
        Some(r) => Ok(r.day()),
        None => repo.commit_date(commit),
    }
}

fn no_client_at(rev: &str, prefix: &str) -> Error {
    let at = if prefix.is_empty() {
        "hoshi.yaml".to_owned()
    } else {
        format!("{prefix}/hoshi.yaml")
    };
    Error::History(text!(
        "{rev} に {at} がありません（--head にはクライアントのファイルがあるリビジョンを指定してください）",
        "{rev} has no {at} (--head needs a revision with the client files)"
    ))
}
