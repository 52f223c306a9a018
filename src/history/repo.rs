//! The client's git repository: revisions as sources, tags, the dirty check, and writing a
//! review tag.
//!
//! A client root may be a subfolder of the repository (a consultant's repo with a folder
//! per client); every path here is relative to that root, and a revision is read from its
//! tree without a checkout.

use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};

use git2::{ErrorCode, ObjectType, Oid, Repository, Tree};
use jiff::civil::Date;
use rustc_hash::FxHashMap;

use crate::error::{Error, GitKind};
use crate::lang::Text;
use crate::source::git_tree::{BlobHashes, GitTree};
use crate::text;

/// An open repository and where the client root sits in it.
pub struct Repo {
    pub repo: Repository,
    /// The client root relative to the repository's top, `/`-separated; empty at the top.
    pub prefix: String,
    /// sha256 of blobs already hashed (shared by every tree read through this handle).
    hashes: BlobHashes,
}

/// A tag: its name, the commit it points at, and that commit's time. What a tag means
/// for a client (a review, and what it records) is read in [`crate::history::review`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagRef {
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
    Error::git(GitKind::Other, t, None)
}

/// Turns a libgit2 error into a message a person can act on.
pub fn error(e: &git2::Error) -> Error {
    let detail = e.message().to_owned();
    let source = Some(git2::Error::new(e.code(), e.class(), e.message()));
    match e.code() {
        ErrorCode::Owner => owner(None, &detail),
        ErrorCode::UnbornBranch => Error::git(
            GitKind::NoCommits,
            text!(
                "まだコミットがありません。最初のコミットをしてから実行してください",
                "there are no commits yet; commit first"
            ),
            source,
        ),
        _ => Error::git(
            GitKind::Other,
            text!("git の操作に失敗しました: {detail}", "git failed: {detail}"),
            source,
        ),
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
        // libgit2 recomputes the SHA-1 of every object it reads; git itself does not on a
        // read (`git fsck` checks objects), and zlib's checksum still catches a damaged
        // object. It was a fifth of the time of a site whose review evaluation reads
        // 1,000 evidence blobs.
        git2::opts::strict_hash_verification(false);
        let repo = match Repository::discover(client_root) {
            Ok(r) => r,
            Err(e) if e.code() == ErrorCode::NotFound => {
                let p = std::path::absolute(client_root).unwrap_or_else(|_| client_root.to_owned());
                let p = p.display();
                return Err(Error::git(
                    GitKind::NotARepository,
                    text!(
                        "{p} は git リポジトリの中にありません（diff・review・history には git の履歴が必要です。validate・status・site は git なしで使えます）",
                        "{p} is not inside a git repository (diff, review and history need its history; validate, status and site work without git)"
                    ),
                    Some(e),
                ));
            }
            Err(e) if e.code() == ErrorCode::Owner => {
                return Err(owner(repository_top(client_root).as_deref(), e.message()));
            }
            Err(e) => return Err(error(&e)),
        };
        if repo.is_shallow() {
            return Err(Error::git(
                GitKind::Shallow,
                text!(
                    "浅いクローン（shallow clone）では履歴をたどれません。全履歴を取得してください（GitHub Actions では actions/checkout に fetch-depth: 0）",
                    "this is a shallow clone, so the history is incomplete; fetch the full history (on GitHub Actions: actions/checkout with fetch-depth: 0)"
                ),
                None,
            ));
        }
        let Some(workdir) = repo.workdir() else {
            return Err(refused(text!(
                "作業フォルダのない（bare）リポジトリには対応していません",
                "bare repositories are not supported"
            )));
        };
        let prefix = folder_in(workdir, client_root)?;
        Ok(Repo {
            repo,
            prefix,
            hashes: BlobHashes::default(),
        })
    }

    /// The folder of a client root inside this repository's working tree, `/`-separated,
    /// empty at the top (what [`Repo::prefix`] is for the client this was opened for).
    pub fn folder_of(&self, client_root: &Path) -> Result<String, Error> {
        match self.repo.workdir() {
            Some(workdir) => folder_in(workdir, client_root),
            None => Ok(String::new()),
        }
    }

    /// The git folder of the repository holding `path`; `None` outside any repository.
    /// Clients in one repository share its tags (a consultant's repo, one folder per client).
    pub fn git_dir_of(path: &Path) -> Result<Option<PathBuf>, Error> {
        match Repository::discover_path(path, std::iter::empty::<&Path>()) {
            Ok(dir) => Ok(Some(dir)),
            Err(e) if e.code() == ErrorCode::NotFound => Ok(None),
            Err(e) => Err(error(&e)),
        }
    }

    /// Another handle on the same repository and client (one per thread: a libgit2
    /// repository is not shared between threads).
    pub fn reopen(&self) -> Result<Repo, Error> {
        Ok(Repo {
            repo: Repository::open(self.repo.path()).map_err(|e| error(&e))?,
            prefix: self.prefix.clone(),
            hashes: BlobHashes::default(),
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
    pub fn source_at(&self, commit: Oid) -> Result<GitTree<'_>, Error> {
        Ok(GitTree::new(
            &self.repo,
            self.client_tree(commit)?,
            &self.hashes,
        ))
    }

    /// Takes the sha256 of blobs already known (by blob id), so no tree read through this
    /// handle reads those blobs to hash them.
    pub fn know_hashes(&self, known: impl IntoIterator<Item = (Oid, String)>) {
        self.hashes.borrow_mut().extend(known);
    }

    /// A source reading a client subtree by its tree id (see [`Repo::subtree_id`]).
    pub fn source_of_tree(&self, subtree: Oid) -> Result<GitTree<'_>, Error> {
        let tree = self.repo.find_tree(subtree).map_err(|e| error(&e))?;
        Ok(GitTree::new(&self.repo, Some(tree), &self.hashes))
    }

    /// Every tag whose name starts with `name_prefix` (lightweight or annotated) and that
    /// points at a commit, in no particular order.
    pub fn tags(&self, name_prefix: &str) -> Result<Vec<TagRef>, Error> {
        let glob = format!("refs/tags/{name_prefix}*");
        let mut out = Vec::new();
        for r in self.repo.references_glob(&glob).map_err(|e| error(&e))? {
            let r = r.map_err(|e| error(&e))?;
            let Ok(name) = r.shorthand().map(str::to_owned) else {
                continue;
            };
            if let Some(tag) = tag_ref(name, &r) {
                out.push(tag);
            }
        }
        Ok(out)
    }

    /// The tag of this name, if it exists and points at a commit.
    pub fn tag(&self, name: &str) -> Option<TagRef> {
        let r = self
            .repo
            .find_reference(&format!("refs/tags/{name}"))
            .ok()?;
        tag_ref(name.to_owned(), &r)
    }

    /// Whether `commit` is `head` or one of its ancestors.
    pub fn reaches(&self, head: Oid, commit: Oid) -> Result<bool, Error> {
        Ok(commit == head
            || self
                .repo
                .graph_descendant_of(head, commit)
                .map_err(|e| error(&e))?)
    }

    /// Every commit reachable from `head` (one walk of the history).
    pub fn ancestors(&self, head: Oid) -> Result<HashSet<Oid>, Error> {
        let mut walk = self.repo.revwalk().map_err(|e| error(&e))?;
        walk.push(head).map_err(|e| error(&e))?;
        walk.collect::<Result<HashSet<Oid>, _>>()
            .map_err(|e| error(&e))
    }

    /// Paths under the client root with uncommitted changes (untracked files included).
    pub fn uncommitted(&self) -> Result<Vec<String>, Error> {
        let mut options = git2::StatusOptions::new();
        options
            .include_untracked(true)
            .recurse_untracked_dirs(true)
            .include_ignored(false);
        // The client folder is a path, never a pattern: `clients/[a]` is that folder, not
        // `clients/a`.
        let under = format!("{}/", self.prefix);
        if !self.prefix.is_empty() {
            options.pathspec(&under).disable_pathspec_match(true);
        }
        let statuses = self
            .repo
            .statuses(Some(&mut options))
            .map_err(|e| error(&e))?;
        let workdir = self.repo.workdir().map(Path::to_path_buf);
        let mut marked: HashMap<PathBuf, bool> = HashMap::new();
        Ok(statuses
            .iter()
            .filter_map(|s| s.path().ok().map(str::to_owned))
            .filter(|p| self.prefix.is_empty() || p.starts_with(&under))
            .filter(|p| {
                workdir
                    .as_deref()
                    .is_none_or(|w| !in_hoshi_output(w, p, &mut marked))
            })
            .collect())
    }

    /// Whether a tag of this name exists.
    pub fn tag_exists(&self, name: &str) -> bool {
        self.repo
            .find_reference(&format!("refs/tags/{name}"))
            .is_ok()
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

    /// The commits reachable from `head` whose client subtree differs from every
    /// parent's (the commits that changed the client, as `git log -- <client>` lists
    /// them) and that have the client folder, newest first (parents after children).
    pub fn client_commits(&self, head: Oid) -> Result<Vec<ClientCommit>, Error> {
        let mut walk = self.repo.revwalk().map_err(|e| error(&e))?;
        walk.set_sorting(git2::Sort::TOPOLOGICAL | git2::Sort::TIME)
            .map_err(|e| error(&e))?;
        walk.push(head).map_err(|e| error(&e))?;
        // The subtrees of parents not yet reached by the walk: a commit comes after all
        // its children, so its entry is taken when it is reached and the map holds only
        // the frontier of the walk.
        let mut subtrees: FxHashMap<Oid, Option<Oid>> = FxHashMap::default();
        let mut out = Vec::new();
        for id in walk {
            let id = id.map_err(|e| error(&e))?;
            let commit = self.repo.find_commit(id).map_err(|e| error(&e))?;
            let subtree = match subtrees.remove(&id) {
                Some(s) => s,
                None => self.subtree_of(&commit)?,
            };
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
            // A commit that removed the folder changed it, but has no client to show.
            if let (true, Some(subtree)) = (changed, subtree) {
                out.push(ClientCommit {
                    id,
                    date: date_of(commit.time()),
                    subtree,
                });
            }
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
                return Err(Error::History(text!(
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
        Err(Error::History(text!(
            "{base} の同じ日のタグが多すぎます",
            "too many review tags on the same day as {base}"
        )))
    }
}

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
    /// The commit's day in the committer's time zone.
    pub date: Date,
    /// The client folder's tree id.
    pub subtree: Oid,
}

/// `client_root` relative to the working tree `workdir`, `/`-separated.
fn folder_in(workdir: &Path, client_root: &Path) -> Result<String, Error> {
    let top = workdir
        .canonicalize()
        .map_err(|e| Error::read(workdir, e))?;
    let root = client_root
        .canonicalize()
        .map_err(|e| Error::read(client_root, e))?;
    let rel = root.strip_prefix(&top).unwrap_or(Path::new(""));
    Ok(rel
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("/"))
}

/// A tag reference as a [`TagRef`]; `None` when it does not point at a commit.
fn tag_ref(name: String, r: &git2::Reference<'_>) -> Option<TagRef> {
    let commit = r.peel_to_commit().ok()?;
    Some(TagRef {
        name,
        commit: commit.id(),
        time: commit.time().seconds(),
        day: date_of(commit.time()),
        message: tag_message(r),
    })
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

/// Whether `path` (relative to the work tree) lies in a folder hoshi built: one that
/// carries the site marker, such as the `_site/` that `hoshi ci` writes. Those are
/// hoshi's output, never the client's changes.
fn in_hoshi_output(workdir: &Path, path: &str, marked: &mut HashMap<PathBuf, bool>) -> bool {
    let mut dir = Path::new(path).parent();
    while let Some(d) = dir.filter(|d| !d.as_os_str().is_empty()) {
        let hit = *marked
            .entry(d.to_path_buf())
            .or_insert_with(|| workdir.join(d).join(crate::write::folder::MARKER).is_file());
        if hit {
            return true;
        }
        dir = d.parent();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
