//! `hoshi history`: the level and score at each review, or at each commit that changed the
//! client folder. Each distinct client subtree is evaluated once per day, and each distinct file
//! parsed once (see [`crate::validate::client::FileCache`]).

use git2::Oid;
use jiff::civil::Date;
use rustc_hash::FxHashMap;

use crate::error::Error;
use crate::history::kept::{Kept, Summaries, Summary};
use crate::history::repo::{ClientCommit, Repo};
use crate::history::review::{self, RecordState};
use crate::history::revision;
use crate::lang::Text;
use crate::text;
use crate::validate::client::FileCache;

/// The client at one point of its history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Point {
    /// The review tag; `None` for a plain commit.
    pub reference: Option<String>,
    pub commit: Oid,
    /// The review's day, or the commit's.
    pub date: Date,
    pub level: u8,
    pub score: Option<i32>,
    pub declared: Option<u8>,
    /// ★3 criteria met and total of scs.yaml, where the revision was evaluated and has one
    /// (a tag's record does not carry it).
    pub scs: Option<(usize, usize)>,
    pub reviewer: Option<String>,
    /// Read from the review tag's record rather than evaluated.
    pub recorded: bool,
    /// The tag's record could not be right (a level or score outside the scheme): why.
    /// The point is then evaluated at the tagged commit.
    pub unreadable: Option<Text>,
}

/// Evaluates revisions, once per distinct client subtree and day.
struct Evaluator<'r> {
    repo: &'r Repo,
    files: FileCache,
    /// By subtree id and day; `None`: no client there (no hoshi.yaml).
    done: FxHashMap<(Oid, Date), Option<Summary>>,
}

impl<'r> Evaluator<'r> {
    fn new(repo: &'r Repo) -> Evaluator<'r> {
        Evaluator {
            repo,
            files: FileCache::default(),
            done: FxHashMap::default(),
        }
    }

    fn at(&mut self, commit: Oid, subtree: Oid, date: Date) -> Result<Option<Summary>, Error> {
        if let Some(s) = self.done.get(&(subtree, date)) {
            return Ok(*s);
        }
        let source = self.repo.source_of_tree(subtree)?;
        let summary = revision::evaluate(&source, &commit.to_string(), date, &mut self.files)?
            .as_ref()
            .map(Summary::of);
        self.done.insert((subtree, date), summary);
        Ok(summary)
    }
}

/// The level and score at each review tag reachable from `head`, oldest first. A tag's
/// record is used when it has one; otherwise the tagged commit is evaluated as of the
/// review's day.
pub fn reviews(repo: &Repo, head: Oid, prefix: &str) -> Result<Vec<Point>, Error> {
    let mut eval = Evaluator::new(repo);
    let mut out = Vec::new();
    for r in review::reviews(repo, prefix, head)?.into_iter().rev() {
        let date = r.day();
        let recorded = r.record().and_then(|rec| {
            Some(Point {
                reference: Some(r.tag.name.clone()),
                commit: r.tag.commit,
                date,
                level: rec.level?,
                score: rec.score,
                declared: rec.declared,
                scs: None,
                reviewer: rec.reviewer.clone(),
                recorded: true,
                unreadable: None,
            })
        });
        if let Some(p) = recorded {
            out.push(p);
            continue;
        }
        let Some(subtree) = repo.subtree_id(r.tag.commit)? else {
            continue;
        };
        if let Some(s) = eval.at(r.tag.commit, subtree, date)? {
            let (reviewer, unreadable) = match r.record {
                RecordState::Read(rec) => (rec.reviewer, None),
                RecordState::Unreadable(why) => (None, Some(why)),
                RecordState::Absent => (None, None),
            };
            out.push(Point {
                reference: Some(r.tag.name.clone()),
                commit: r.tag.commit,
                date,
                level: s.level,
                score: s.score,
                declared: s.declared,
                scs: s.scs,
                reviewer,
                recorded: false,
                unreadable,
            });
        }
    }
    Ok(out)
}

/// The level and score after each commit reachable from `head` that changed the client
/// folder, oldest first, each evaluated as of its commit's day. With `kept`, a subtree and
/// day summarised by an earlier run is not evaluated again, and the entry is replaced by
/// the summaries of this run (see [`kept`]).
pub fn commits(repo: &Repo, head: Oid, kept: Option<&Kept>) -> Result<Vec<Point>, Error> {
    // Each commit, root tree and client subtree is read once or twice here; libgit2's
    // object cache would keep them all (about 2 KB a commit: 22 MB of an 86 MB peak over
    // 10,000 commits) for about 5 % of the time.
    git2::opts::enable_caching(false);
    // Packs are read through memory maps. Unbounded, every window read stays mapped, once
    // per repository handle, until the end: the peak memory grew with the pack (a 15 MB
    // pack at 50,000 commits). Windows beyond this bound are unmapped, least recently
    // used first; a page read again comes from the page cache.
    // SAFETY: libgit2's global options are set before any thread that reads the
    // repository here is started; no other git work runs in `history --commits`.
    unsafe {
        let _ = git2::opts::set_mwindow_size(MAP_WINDOW);
        let _ = git2::opts::set_mwindow_mapped_limit(MAPPED_LIMIT);
    }
    let mut changed = repo.client_commits(head)?;
    changed.reverse();
    let done = match kept {
        Some(kept) => evaluate_unkept(repo, &changed, kept)?,
        None => evaluate_all(repo, &changed)?,
    };
    Ok(changed
        .into_iter()
        .zip(done)
        .filter_map(|(c, s)| {
            let s = s?;
            Some(Point {
                reference: None,
                commit: c.id,
                date: c.date,
                level: s.level,
                score: s.score,
                declared: s.declared,
                scs: s.scs,
                reviewer: None,
                recorded: false,
                unreadable: None,
            })
        })
        .collect())
}

/// [`evaluate_all`] of the commits whose subtree and day `kept` has no summary of; the
/// others take the kept one. The entry is replaced when anything was evaluated.
fn evaluate_unkept(
    repo: &Repo,
    commits: &[ClientCommit],
    kept: &Kept,
) -> Result<Vec<Option<Summary>>, Error> {
    let unkept: Vec<ClientCommit> = commits
        .iter()
        .filter(|c| !kept.summaries.contains_key(&(c.subtree, c.date)))
        .cloned()
        .collect();
    let fresh: Summaries = unkept
        .iter()
        .map(|c| (c.subtree, c.date))
        .zip(evaluate_all(repo, &unkept)?)
        .collect();
    drop(unkept);
    let summary = |key: &(Oid, Date)| {
        kept.summaries
            .get(key)
            .or(fresh.get(key))
            .copied()
            .flatten()
    };
    let done = commits
        .iter()
        .map(|c| summary(&(c.subtree, c.date)))
        .collect();
    if !fresh.is_empty() {
        let met: Summaries = commits
            .iter()
            .map(|c| ((c.subtree, c.date), summary(&(c.subtree, c.date))))
            .collect();
        kept.replace(&met);
    }
    Ok(done)
}

/// Size of one memory-mapped window on a pack, and the most mapped at once.
const MAP_WINDOW: usize = 1 << 20;
const MAPPED_LIMIT: usize = 8 << 20;

/// Fewest evaluations worth a thread of their own.
const PER_THREAD: usize = 256;
/// Most threads used.
const MAX_THREADS: usize = 8;

/// The summary of each commit, in order, evaluated in parallel on long histories: each
/// thread opens its own handle on the repository and takes a contiguous run of commits
/// (which share most files, so its file cache works). Each commit is evaluated as of its
/// own day, so how the commits are shared out changes nothing in the result.
fn evaluate_all(repo: &Repo, commits: &[ClientCommit]) -> Result<Vec<Option<Summary>>, Error> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let threads = cores
        .min(MAX_THREADS)
        .min(commits.len() / PER_THREAD)
        .max(1);
    let run = |repo: &Repo, chunk: &[ClientCommit]| {
        let mut eval = Evaluator::new(repo);
        chunk
            .iter()
            .map(|c| eval.at(c.id, c.subtree, c.date))
            .collect::<Result<Vec<_>, Error>>()
    };
    if threads == 1 {
        return run(repo, commits);
    }
    let size = commits.len().div_ceil(threads);
    let results: Vec<Result<Vec<_>, Error>> = std::thread::scope(|scope| {
        let handles: Vec<_> = commits
            .chunks(size)
            .map(|chunk| {
                let own = repo.reopen();
                scope.spawn(move || run(&own?, chunk))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join().unwrap_or_else(|_| {
                    Err(Error::History(text!(
                        "履歴の評価が途中で失敗しました",
                        "evaluating the history failed"
                    )))
                })
            })
            .collect()
    });
    let mut done = Vec::with_capacity(commits.len());
    for r in results {
        done.extend(r?);
    }
    Ok(done)
}
