//! The client's git repository: revisions as sources, review tags, the dirty check.
//!
//! A client root may be a subfolder of the repository (a consultant's repo with a folder
//! per client); every path here is relative to that root, and a revision is read from its
//! tree without a checkout.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io;
use std::path::{Component, Path};

use git2::{ErrorCode, ObjectType, Oid, Repository, Tree};
use jiff::civil::Date;
use sha2::{Digest, Sha256};

use crate::error::Error;
use crate::lang::Text;
use crate::load::yaml::MAX_FILE_BYTES;
use crate::source::{EvidenceEntry, Source, hex};
use crate::text;

/// An open repository and where the client root sits in it.
pub struct Repo {
    pub repo: Repository,
    /// The client root relative to the repository's top, `/`-separated; empty at the top.
    pub prefix: String,
    /// sha256 of blobs already hashed, by blob id (evidence rarely changes between commits).
    hashes: RefCell<HashMap<Oid, String>>,
}

/// A review tag: its name, the commit it points at, and that commit's time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewTag {
    pub name: String,
    pub commit: Oid,
    /// Commit time, seconds since the epoch.
    pub time: i64,
    /// The commit's day, in the commit's own time zone.
    pub day: Date,
    /// The tag message of an annotated tag.
    pub message: Option<String>,
}

fn refused(t: Text) -> Error {
    Error::Refused(t)
}

/// Turns a libgit2 error into a message a person can act on.
pub fn error(e: &git2::Error) -> Error {
    let detail = e.message().to_owned();
    match e.code() {
        ErrorCode::Owner => owner(None, &detail),
        ErrorCode::UnbornBranch => refused(text!(
            "まだコミットがありません。最初のコミットをしてから実行してください",
            "there are no commits yet; commit first"
        )),
        _ => refused(text!(
            "git の操作に失敗しました: {detail}",
            "git failed: {detail}"
        )),
    }
}

/// A repository owned by another user (git's `safe.directory` check), naming the folder
/// to allow when it is known.
fn owner(top: Option<&Path>, detail: &str) -> Error {
    let path = top.map_or_else(|| "<path>".to_owned(), |p| p.display().to_string());
    let path_ja = top.map_or_else(|| "<パス>".to_owned(), |p| p.display().to_string());
    refused(text!(
        "このリポジトリは別のユーザーの所有です（git の safe.directory の確認）。信頼できるなら `git config --global --add safe.directory {path_ja}` で許可してください（{detail}）",
        "the repository is owned by another user (git's safe.directory check); if you trust it, allow it with `git config --global --add safe.directory {path}` ({detail})"
    ))
}

/// The nearest folder at or above `dir` that holds `.git`: the repository git refused.
fn repository_top(dir: &Path) -> Option<std::path::PathBuf> {
    let dir = std::path::absolute(dir).ok()?;
    dir.ancestors()
        .find(|d| d.join(".git").exists())
        .map(Path::to_path_buf)
}

impl Repo {
    /// Finds the repository containing `client_root`. History commands need all of it.
    pub fn open(client_root: &Path) -> Result<Repo, Error> {
        let repo = match Repository::discover(client_root) {
            Ok(r) => r,
            Err(e) if e.code() == ErrorCode::NotFound => {
                let p = std::path::absolute(client_root).unwrap_or_else(|_| client_root.to_owned());
                let p = p.display();
                return Err(refused(text!(
                    "{p} は git リポジトリの中にありません（diff・review・history には git の履歴が必要です。validate・status・site は git なしで使えます）",
                    "{p} is not inside a git repository (diff, review and history need its history; validate, status and site work without git)"
                )));
            }
            Err(e) if e.code() == ErrorCode::Owner => {
                return Err(owner(repository_top(client_root).as_deref(), e.message()));
            }
            Err(e) => return Err(error(&e)),
        };
        if repo.is_shallow() {
            return Err(refused(text!(
                "浅いクローン（shallow clone）では履歴をたどれません。全履歴を取得してください（GitHub Actions では actions/checkout に fetch-depth: 0）",
                "this is a shallow clone, so the history is incomplete; fetch the full history (on GitHub Actions: actions/checkout with fetch-depth: 0)"
            )));
        }
        let Some(workdir) = repo.workdir() else {
            return Err(refused(text!(
                "作業フォルダのない（bare）リポジトリには対応していません",
                "bare repositories are not supported"
            )));
        };
        let top = workdir.canonicalize().map_err(|e| Error::io(workdir, e))?;
        let root = client_root
            .canonicalize()
            .map_err(|e| Error::io(client_root, e))?;
        let rel = root.strip_prefix(&top).unwrap_or(Path::new(""));
        let prefix = rel
            .components()
            .filter_map(|c| match c {
                Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("/");
        Ok(Repo {
            repo,
            prefix,
            hashes: RefCell::new(HashMap::new()),
        })
    }

    /// Another handle on the same repository and client (one per thread: a libgit2
    /// repository is not shared between threads).
    pub fn reopen(&self) -> Result<Repo, Error> {
        Ok(Repo {
            repo: Repository::open(self.repo.path()).map_err(|e| error(&e))?,
            prefix: self.prefix.clone(),
            hashes: RefCell::new(HashMap::new()),
        })
    }

    /// The commit HEAD points at.
    pub fn head(&self) -> Result<Oid, Error> {
        let head = self.repo.head().map_err(|e| error(&e))?;
        head.peel_to_commit().map(|c| c.id()).map_err(|e| error(&e))
    }

    /// Resolves a revision (branch, tag, commit id, `HEAD~2` …) to a commit.
    pub fn commit(&self, rev: &str) -> Result<Oid, Error> {
        let object = self.repo.revparse_single(rev).map_err(|e| {
            if matches!(e.code(), ErrorCode::NotFound | ErrorCode::Ambiguous | ErrorCode::InvalidSpec) {
                refused(text!(
                    "リビジョン「{rev}」が見つかりません（タグ・ブランチ・コミットIDを指定してください。見直しのタグは `git tag --list 'review/*'` で一覧できます）",
                    "revision \"{rev}\" not found (give a tag, branch or commit id; `git tag --list 'review/*'` lists the review tags)"
                ))
            } else {
                error(&e)
            }
        })?;
        object
            .peel_to_commit()
            .map(|c| c.id())
            .map_err(|e| error(&e))
    }

    /// The client subtree at a commit, if the client folder exists there.
    pub fn client_tree(&self, commit: Oid) -> Result<Option<Tree<'_>>, Error> {
        let commit = self.repo.find_commit(commit).map_err(|e| error(&e))?;
        let tree = commit.tree().map_err(|e| error(&e))?;
        if self.prefix.is_empty() {
            return Ok(Some(tree));
        }
        match tree.get_path(Path::new(&self.prefix)) {
            Ok(entry) if entry.kind() == Some(ObjectType::Tree) => entry
                .to_object(&self.repo)
                .and_then(|o| o.peel_to_tree())
                .map(Some)
                .map_err(|e| error(&e)),
            Ok(_) => Ok(None),
            Err(e) if e.code() == ErrorCode::NotFound => Ok(None),
            Err(e) => Err(error(&e)),
        }
    }

    /// A source reading the client files at `commit`.
    pub fn source_at(&self, commit: Oid) -> Result<TreeSource<'_>, Error> {
        Ok(TreeSource {
            repo: self,
            tree: self.client_tree(commit)?,
        })
    }

    /// A source reading a client subtree by its tree id (see [`Repo::subtree_id`]).
    pub fn source_of_tree(&self, subtree: Oid) -> Result<TreeSource<'_>, Error> {
        Ok(TreeSource {
            repo: self,
            tree: Some(self.repo.find_tree(subtree).map_err(|e| error(&e))?),
        })
    }

    /// Review tags (`<prefix>…`, lightweight or annotated) whose commit is HEAD or an
    /// ancestor of it, newest first. A tag whose record names another client folder
    /// (`client:`, written by `hoshi review` in a repository with a folder per client) is
    /// that client's, and left out.
    pub fn review_tags(&self, tag_prefix: &str, head: Oid) -> Result<Vec<ReviewTag>, Error> {
        self.reachable_review_tags(tag_prefix, head, usize::MAX)
    }

    /// The newest review tag reachable from `head` (see [`Repo::review_tags`]); only as
    /// many tags are checked for reachability as it takes to find it.
    pub fn last_review_tag(&self, tag_prefix: &str, head: Oid) -> Result<Option<ReviewTag>, Error> {
        Ok(self
            .reachable_review_tags(tag_prefix, head, 1)?
            .into_iter()
            .next())
    }

    fn reachable_review_tags(
        &self,
        tag_prefix: &str,
        head: Oid,
        limit: usize,
    ) -> Result<Vec<ReviewTag>, Error> {
        let mut tags = Vec::new();
        let glob = format!("refs/tags/{tag_prefix}*");
        let refs = self.repo.references_glob(&glob).map_err(|e| error(&e))?;
        for r in refs {
            let r = r.map_err(|e| error(&e))?;
            let Ok(name) = r.shorthand().map(str::to_owned) else {
                continue;
            };
            let message = tag_message(&r);
            let client = message
                .as_deref()
                .and_then(crate::history::review::Record::parse)
                .and_then(|rec| rec.client);
            if client.is_some_and(|c| c != self.prefix) {
                continue;
            }
            let Ok(commit) = r.peel_to_commit() else {
                continue;
            };
            tags.push(ReviewTag {
                name,
                commit: commit.id(),
                time: commit.time().seconds(),
                day: date_of(commit.time()),
                message,
            });
        }
        tags.sort_by(|a, b| {
            tag_order(&b.name, tag_prefix)
                .cmp(&tag_order(&a.name, tag_prefix))
                .then(b.time.cmp(&a.time))
        });
        // Many tags: one walk of the history answers them all; a few: ask per tag.
        let ancestors = if tags.len() > WALK_ABOVE && limit > 1 {
            let mut walk = self.repo.revwalk().map_err(|e| error(&e))?;
            walk.push(head).map_err(|e| error(&e))?;
            Some(
                walk.collect::<Result<std::collections::HashSet<Oid>, _>>()
                    .map_err(|e| error(&e))?,
            )
        } else {
            None
        };
        let mut out = Vec::new();
        for tag in tags {
            if out.len() >= limit {
                break;
            }
            let reachable = match &ancestors {
                Some(set) => set.contains(&tag.commit),
                None => {
                    tag.commit == head
                        || self
                            .repo
                            .graph_descendant_of(head, tag.commit)
                            .map_err(|e| error(&e))?
                }
            };
            if reachable {
                out.push(tag);
            }
        }
        Ok(out)
    }

    /// Paths under the client root with uncommitted changes (untracked files included).
    pub fn uncommitted(&self) -> Result<Vec<String>, Error> {
        let mut options = git2::StatusOptions::new();
        options
            .include_untracked(true)
            .recurse_untracked_dirs(true)
            .include_ignored(false);
        if !self.prefix.is_empty() {
            options.pathspec(format!("{}/", self.prefix));
        }
        let statuses = self
            .repo
            .statuses(Some(&mut options))
            .map_err(|e| error(&e))?;
        Ok(statuses
            .iter()
            .filter_map(|s| s.path().ok().map(str::to_owned))
            .collect())
    }

    /// Whether a tag of this name exists.
    pub fn tag_exists(&self, name: &str) -> bool {
        self.repo
            .find_reference(&format!("refs/tags/{name}"))
            .is_ok()
    }

    /// The review tag of this name (lightweight or annotated), if it exists.
    pub fn tag(&self, name: &str) -> Option<ReviewTag> {
        let r = self
            .repo
            .find_reference(&format!("refs/tags/{name}"))
            .ok()?;
        let commit = r.peel_to_commit().ok()?;
        Some(ReviewTag {
            name: name.to_owned(),
            commit: commit.id(),
            time: commit.time().seconds(),
            day: date_of(commit.time()),
            message: tag_message(&r),
        })
    }

    /// The day a commit was made, in the committer's own time zone.
    pub fn commit_date(&self, id: Oid) -> Result<Date, Error> {
        let commit = self.repo.find_commit(id).map_err(|e| error(&e))?;
        Ok(date_of(commit.time()))
    }

    /// The id of the client subtree at a commit; `None` when the folder is not there.
    pub fn subtree_id(&self, commit: Oid) -> Result<Option<Oid>, Error> {
        Ok(self.client_tree(commit)?.map(|t| t.id()))
    }

    /// Every commit reachable from `head`, newest first (parents after children), each
    /// with whether its client subtree differs from every parent's: the commits that
    /// changed the client, as `git log -- <client>` lists them.
    pub fn client_commits(&self, head: Oid) -> Result<Vec<ClientCommit>, Error> {
        let mut walk = self.repo.revwalk().map_err(|e| error(&e))?;
        walk.set_sorting(git2::Sort::TOPOLOGICAL | git2::Sort::TIME)
            .map_err(|e| error(&e))?;
        walk.push(head).map_err(|e| error(&e))?;
        let mut subtrees: HashMap<Oid, Option<Oid>> = HashMap::new();
        let mut out = Vec::new();
        for id in walk {
            let id = id.map_err(|e| error(&e))?;
            let commit = self.repo.find_commit(id).map_err(|e| error(&e))?;
            let subtree = self.subtree_of(&commit)?;
            subtrees.insert(id, subtree);
            let mut changed = true;
            for parent in commit.parents() {
                let theirs = match subtrees.get(&parent.id()) {
                    Some(s) => *s,
                    None => {
                        let s = self.subtree_of(&parent)?;
                        subtrees.insert(parent.id(), s);
                        s
                    }
                };
                if theirs == subtree {
                    changed = false;
                    break;
                }
            }
            // A root commit without the client folder changed nothing in it.
            if subtree.is_none() && commit.parent_count() == 0 {
                changed = false;
            }
            out.push(ClientCommit {
                id,
                time: commit.time().seconds(),
                date: date_of(commit.time()),
                subtree,
                changed,
            });
        }
        Ok(out)
    }

    fn subtree_of(&self, commit: &git2::Commit<'_>) -> Result<Option<Oid>, Error> {
        let tree = commit.tree().map_err(|e| error(&e))?;
        if self.prefix.is_empty() {
            return Ok(Some(tree.id()));
        }
        match tree.get_path(Path::new(&self.prefix)) {
            Ok(entry) if entry.kind() == Some(ObjectType::Tree) => Ok(Some(entry.id())),
            Ok(_) => Ok(None),
            Err(e) if e.code() == ErrorCode::NotFound => Ok(None),
            Err(e) => Err(error(&e)),
        }
    }

    /// Who a tag is by: `user.name` / `user.email` from the git configuration, else
    /// `fallback` with an empty e-mail address.
    pub fn tagger(&self, fallback: &str) -> (String, String) {
        let config = self.repo.config().ok();
        let get = |key: &str| {
            config
                .as_ref()
                .and_then(|c| c.get_string(key).ok())
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
        };
        match get("user.name") {
            Some(name) => (name, get("user.email").unwrap_or_default()),
            None => (fallback.to_owned(), String::new()),
        }
    }

    /// Writes an annotated tag on `commit` named `base`, or `base-2`, `base-3` … when that
    /// name is taken; never moves an existing tag. Returns the name written.
    ///
    /// The tag object is written directly (not through `git_tag_create`) because libgit2
    /// refuses a tagger without an e-mail address, which git itself accepts.
    pub fn create_tag(
        &self,
        base: &str,
        commit: Oid,
        tagger: &Signature,
        message: &str,
    ) -> Result<String, Error> {
        let odb = self.repo.odb().map_err(|e| error(&e))?;
        for n in 1..=MAX_SAME_DAY {
            let name = if n == 1 {
                base.to_owned()
            } else {
                format!("{base}-{n}")
            };
            let refname = format!("refs/tags/{name}");
            if !git2::Reference::is_valid_name(&refname) {
                return Err(refused(text!(
                    "タグ名「{name}」は git で使えません（hoshi.yaml の review.tag_prefix を確かめてください）",
                    "\"{name}\" is not a valid git tag name (check review.tag_prefix in hoshi.yaml)"
                )));
            }
            if self.tag_exists(&name) {
                continue;
            }
            let object = tag_object(commit, &name, tagger, message);
            let id = odb
                .write(ObjectType::Tag, object.as_bytes())
                .map_err(|e| error(&e))?;
            match self.repo.reference(&refname, id, false, "hoshi review") {
                Ok(_) => return Ok(name),
                // Someone wrote the same name just now: take the next one.
                Err(e) if e.code() == ErrorCode::Exists => {}
                Err(e) => return Err(error(&e)),
            }
        }
        Err(refused(text!(
            "{base} の同じ日のタグが多すぎます",
            "too many review tags on the same day as {base}"
        )))
    }

    fn sha256_of_blob(&self, id: Oid) -> io::Result<String> {
        if let Some(h) = self.hashes.borrow().get(&id) {
            return Ok(h.clone());
        }
        let blob = self.repo.find_blob(id).map_err(io::Error::other)?;
        let h = hex(&Sha256::digest(blob.content()));
        self.hashes.borrow_mut().insert(id, h.clone());
        Ok(h)
    }
}

/// Above this many candidate review tags, reachability comes from one walk of the history.
const WALK_ABOVE: usize = 8;

/// Same-day review tags tried before giving up (`-2` … `-999`).
const MAX_SAME_DAY: u32 = 999;

/// The identity and time of a tag's author.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub name: String,
    /// May be empty.
    pub email: String,
    /// Seconds since the epoch.
    pub time: i64,
    /// Minutes east of UTC.
    pub offset_minutes: i32,
}

/// A commit reachable from HEAD, with its client subtree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientCommit {
    pub id: Oid,
    /// Commit time, seconds since the epoch.
    pub time: i64,
    /// The commit's day in the committer's time zone.
    pub date: Date,
    /// The client folder's tree id; `None` when the folder is not in this commit.
    pub subtree: Option<Oid>,
    /// The client subtree differs from every parent's (a root commit: it exists).
    pub changed: bool,
}

/// The message of an annotated tag, `None` for a lightweight one.
fn tag_message(r: &git2::Reference<'_>) -> Option<String> {
    r.peel_to_tag().ok().and_then(|t| {
        t.message_bytes()
            .map(|m| String::from_utf8_lossy(m).into_owned())
    })
}

/// A git time as the day in its own offset.
fn date_of(time: git2::Time) -> Date {
    // A damaged commit may carry any offset: out of range counts as UTC.
    let offset = jiff::tz::Offset::from_seconds(time.offset_minutes().saturating_mul(60))
        .unwrap_or(jiff::tz::Offset::UTC);
    jiff::Timestamp::from_second(time.seconds())
        .map(|ts| offset.to_datetime(ts).date())
        .unwrap_or_default()
}

/// Keeps a name or address to one line without the `<` `>` that delimit the address.
fn clean_ident(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '<' | '>' | '\n' | '\r' | '\0'))
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The bytes of an annotated tag object, as `git tag -a` writes them.
fn tag_object(commit: Oid, name: &str, tagger: &Signature, message: &str) -> String {
    let minutes = tagger.offset_minutes;
    let sign = if minutes < 0 { '-' } else { '+' };
    let (h, m) = (minutes.abs() / 60, minutes.abs() % 60);
    let mut message = message.replace('\0', "");
    if !message.ends_with('\n') {
        message.push('\n');
    }
    format!(
        "object {commit}\ntype commit\ntag {name}\ntagger {} <{}> {} {sign}{h:02}{m:02}\n\n{message}",
        clean_ident(&tagger.name),
        clean_ident(&tagger.email),
        tagger.time,
    )
}

/// Orders review tag names: by the date in the name, then the same-day suffix (`-2`, `-3`).
fn tag_order(name: &str, prefix: &str) -> (String, u32) {
    let rest = name.strip_prefix(prefix).unwrap_or(name);
    let date: String = rest.chars().take(10).collect();
    let suffix = rest
        .get(10..)
        .and_then(|s| s.strip_prefix('-'))
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    (date, suffix)
}

/// The client files as they are in one commit.
pub struct TreeSource<'r> {
    repo: &'r Repo,
    tree: Option<Tree<'r>>,
}

impl TreeSource<'_> {
    /// The blob id of a client file, for caching work per distinct content.
    pub fn blob_id(&self, rel: &str) -> Option<Oid> {
        let entry = self.tree.as_ref()?.get_path(Path::new(rel)).ok()?;
        (entry.kind() == Some(ObjectType::Blob)).then(|| entry.id())
    }
}

const SYMLINK_MODE: i32 = 0o120000;
/// Most symlinks followed from one evidence path.
const MAX_LINKS: usize = 8;

impl Source for TreeSource<'_> {
    fn read(&self, rel: &str) -> io::Result<Option<Vec<u8>>> {
        let Some(id) = self.blob_id(rel) else {
            return Ok(None);
        };
        let blob = self.repo.repo.find_blob(id).map_err(io::Error::other)?;
        let content = blob.content();
        let end = content.len().min(MAX_FILE_BYTES + 1);
        Ok(Some(content[..end].to_vec()))
    }

    fn content_id(&self, rel: &str) -> Option<Vec<u8>> {
        self.blob_id(rel).map(|id| id.as_bytes().to_vec())
    }

    fn evidence(&self, rel: &str) -> io::Result<EvidenceEntry> {
        let Some(tree) = &self.tree else {
            return Ok(EvidenceEntry::Missing);
        };
        let mut path: Vec<String> = rel.split('/').map(str::to_owned).collect();
        for _ in 0..=MAX_LINKS {
            let joined = path.join("/");
            let entry = match tree.get_path(Path::new(&joined)) {
                Ok(e) => e,
                Err(e) if e.code() == ErrorCode::NotFound => return Ok(EvidenceEntry::Missing),
                Err(e) => return Err(io::Error::other(e)),
            };
            match entry.kind() {
                Some(ObjectType::Blob) if entry.filemode() == SYMLINK_MODE => {
                    let blob = self
                        .repo
                        .repo
                        .find_blob(entry.id())
                        .map_err(io::Error::other)?;
                    let target = String::from_utf8_lossy(blob.content()).into_owned();
                    path.pop();
                    match resolve_link(path, &target) {
                        Some(next) => path = next,
                        None => return Ok(EvidenceEntry::OutsideRoot),
                    }
                }
                Some(ObjectType::Blob) => {
                    return Ok(EvidenceEntry::File {
                        sha256: self.repo.sha256_of_blob(entry.id())?,
                    });
                }
                _ => return Ok(EvidenceEntry::NotRegular),
            }
        }
        // A loop of links never reaches a file.
        Ok(EvidenceEntry::Missing)
    }
}

/// Follows a symlink `target` from folder `dir` (both relative to the client root);
/// `None` when it leaves the root.
fn resolve_link(mut dir: Vec<String>, target: &str) -> Option<Vec<String>> {
    if target.starts_with('/') {
        return None;
    }
    for part in target.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                dir.pop()?;
            }
            p => dir.push(p.to_owned()),
        }
    }
    Some(dir)
}

impl Repo {
    /// For each tag prefix, the newest review tag reachable from `head`, in the order of
    /// [`Repo::review_tags`] — reading the repository's tags once for all prefixes (a
    /// consultant's repository holds the tags of every client; `hoshi portfolio`).
    pub fn newest_review_tags(
        &self,
        prefixes: &[&str],
        head: Oid,
    ) -> Result<Vec<Option<ReviewTag>>, Error> {
        let mut tags = Vec::new();
        for r in self
            .repo
            .references_glob("refs/tags/*")
            .map_err(|e| error(&e))?
        {
            let r = r.map_err(|e| error(&e))?;
            let Ok(name) = r.shorthand().map(str::to_owned) else {
                continue;
            };
            if prefixes.iter().any(|p| name.starts_with(p)) {
                tags.push((name, r));
            }
        }
        let mut out = Vec::with_capacity(prefixes.len());
        for prefix in prefixes {
            let mut candidates: Vec<(&String, &git2::Reference<'_>, git2::Commit<'_>)> = tags
                .iter()
                .filter(|(name, _)| name.starts_with(prefix))
                .filter_map(|(name, r)| Some((name, r, r.peel_to_commit().ok()?)))
                .collect();
            candidates.sort_by(|a, b| {
                tag_order(b.0, prefix)
                    .cmp(&tag_order(a.0, prefix))
                    .then(b.2.time().seconds().cmp(&a.2.time().seconds()))
            });
            let mut newest = None;
            for (name, r, commit) in candidates {
                let id = commit.id();
                let reachable = id == head
                    || self
                        .repo
                        .graph_descendant_of(head, id)
                        .map_err(|e| error(&e))?;
                if reachable {
                    newest = Some(ReviewTag {
                        name: name.clone(),
                        commit: id,
                        time: commit.time().seconds(),
                        day: date_of(commit.time()),
                        message: r.peel_to_tag().ok().and_then(|t| {
                            t.message_bytes()
                                .map(|m| String::from_utf8_lossy(m).into_owned())
                        }),
                    });
                    break;
                }
            }
            out.push(newest);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_stay_inside_or_are_refused() {
        let d = |s: &[&str]| s.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            resolve_link(d(&["evidence"]), "a.txt"),
            Some(d(&["evidence", "a.txt"]))
        );
        assert_eq!(
            resolve_link(d(&["evidence"]), "../b.txt"),
            Some(d(&["b.txt"]))
        );
        assert_eq!(resolve_link(d(&["evidence"]), "../../b.txt"), None);
        assert_eq!(resolve_link(d(&[]), "/etc/passwd"), None);
    }

    #[test]
    fn another_owner_names_safe_directory() {
        let e = git2::Error::new(
            ErrorCode::Owner,
            git2::ErrorClass::Config,
            "repository path '/srv/client' is not owned by current user",
        );
        let message = error(&e).message(crate::lang::Lang::En);
        assert!(
            message.contains("git config --global --add safe.directory <path>"),
            "{message}"
        );
        let named = owner(Some(Path::new("/srv/client")), "x").message(crate::lang::Lang::Ja);
        assert!(
            named.contains("safe.directory /srv/client") && named.contains("別のユーザーの所有"),
            "{named}"
        );
    }

    #[test]
    fn tag_objects_are_what_git_writes() {
        let tagger = Signature {
            name: "佐藤 <花子>".to_owned(),
            email: String::new(),
            time: 1_795_000_000,
            offset_minutes: 9 * 60,
        };
        let id = Oid::from_str("25c0b087b47560d711d4950c6f8114c39962d029").expect("oid");
        assert_eq!(
            tag_object(id, "review/2026-11-26", &tagger, "summary\n\nlevel: 2"),
            "object 25c0b087b47560d711d4950c6f8114c39962d029\ntype commit\ntag review/2026-11-26\ntagger 佐藤 花子 <> 1795000000 +0900\n\nsummary\n\nlevel: 2\n"
        );
    }

    #[test]
    fn same_day_suffixes_sort_numerically() {
        let mut names = [
            "review/2026-04-25-10",
            "review/2026-04-25",
            "review/2026-04-25-2",
            "review/2026-03-01",
        ];
        names.sort_by_key(|n| std::cmp::Reverse(tag_order(n, "review/")));
        assert_eq!(
            names,
            [
                "review/2026-04-25-10",
                "review/2026-04-25-2",
                "review/2026-04-25",
                "review/2026-03-01"
            ]
        );
    }
}
