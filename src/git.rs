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
use sha2::{Digest, Sha256};

use crate::error::Error;
use crate::lang::Text;
use crate::source::{EvidenceEntry, Source, hex};
use crate::text;
use crate::yaml::MAX_FILE_BYTES;

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
        ErrorCode::Owner => refused(text!(
            "このリポジトリは別のユーザーの所有です。信頼できるなら `git config --global --add safe.directory <パス>` で許可してください（{detail}）",
            "the repository is owned by another user; if you trust it, allow it with `git config --global --add safe.directory <path>` ({detail})"
        )),
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

impl Repo {
    /// Finds the repository containing `client_root`. History commands need all of it.
    pub fn open(client_root: &Path) -> Result<Repo, Error> {
        let repo = match Repository::discover(client_root) {
            Ok(r) => r,
            Err(e) if e.code() == ErrorCode::NotFound => {
                let p = client_root.display();
                return Err(refused(text!(
                    "{p} は git リポジトリの中にありません（diff・review・history には git が必要です。validate・status は使えます）",
                    "{p} is not inside a git repository (diff, review and history need git; validate and status work without it)"
                )));
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

    /// The commit HEAD points at.
    pub fn head(&self) -> Result<Oid, Error> {
        let head = self.repo.head().map_err(|e| error(&e))?;
        head.peel_to_commit().map(|c| c.id()).map_err(|e| error(&e))
    }

    /// Resolves a revision (branch, tag, commit id, `HEAD~2` …) to a commit.
    pub fn commit(&self, rev: &str) -> Result<Oid, Error> {
        let object = self.repo.revparse_single(rev).map_err(|e| {
            if e.code() == ErrorCode::NotFound {
                refused(text!(
                    "リビジョン「{rev}」が見つかりません",
                    "revision \"{rev}\" not found"
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

    /// Review tags (`<prefix>…`, lightweight or annotated) whose commit is HEAD or an
    /// ancestor of it, newest first.
    pub fn review_tags(&self, tag_prefix: &str, head: Oid) -> Result<Vec<ReviewTag>, Error> {
        let mut tags = Vec::new();
        let glob = format!("refs/tags/{tag_prefix}*");
        let refs = self.repo.references_glob(&glob).map_err(|e| error(&e))?;
        for r in refs {
            let r = r.map_err(|e| error(&e))?;
            let Ok(name) = r.shorthand().map(str::to_owned) else {
                continue;
            };
            let message = r.peel_to_tag().ok().and_then(|t| {
                t.message_bytes()
                    .map(|m| String::from_utf8_lossy(m).into_owned())
            });
            let Ok(commit) = r.peel_to_commit() else {
                continue;
            };
            let id = commit.id();
            let reachable = id == head
                || self
                    .repo
                    .graph_descendant_of(head, id)
                    .map_err(|e| error(&e))?;
            if reachable {
                tags.push(ReviewTag {
                    name,
                    commit: id,
                    time: commit.time().seconds(),
                    message,
                });
            }
        }
        tags.sort_by(|a, b| {
            tag_order(&b.name, tag_prefix)
                .cmp(&tag_order(&a.name, tag_prefix))
                .then(b.time.cmp(&a.time))
        });
        Ok(tags)
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
