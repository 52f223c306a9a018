//! The client files as they are in one git tree (a commit's client folder), read without a
//! checkout. Symlinks are followed inside the tree only.

use std::cell::RefCell;
use std::io;
use std::path::Path;

use git2::{ErrorCode, ObjectType, Oid, Repository, Tree, TreeEntry};
use rustc_hash::FxHashMap;
use sha2::{Digest, Sha256};

use crate::source::MAX_FILE_BYTES;
use crate::source::{EvidenceEntry, Refusal, Source, hex};

/// sha256 of blobs already hashed, by blob id (evidence rarely changes between commits).
pub type BlobHashes = RefCell<FxHashMap<Oid, String>>;

/// The client files in one tree of a repository.
pub struct GitTree<'r> {
    repo: &'r Repository,
    tree: Option<Tree<'r>>,
    hashes: &'r BlobHashes,
    /// Folders of the tree already looked up, by path; `None`: not a folder. A folder
    /// such as `evidence/` with many files is read from the repository once, not once
    /// per file in it (libgit2 keeps only small trees in its object cache).
    folders: RefCell<FxHashMap<String, Option<Tree<'r>>>>,
}

impl<'r> GitTree<'r> {
    /// The client folder `tree` of `repo`; `None` reads as a revision without the client.
    pub fn new(repo: &'r Repository, tree: Option<Tree<'r>>, hashes: &'r BlobHashes) -> Self {
        GitTree {
            repo,
            tree,
            hashes,
            folders: RefCell::default(),
        }
    }

    /// The blob id of a client file, for caching work per distinct content; `None` for a
    /// symlink, whose blob (the link's target) may have the id of a file's content but is
    /// refused where a file is read.
    pub fn blob_id(&self, rel: &str) -> Option<Oid> {
        let entry = self.tree.as_ref()?.get_path(Path::new(rel)).ok()?;
        (entry.kind() == Some(ObjectType::Blob) && entry.filemode() != SYMLINK_MODE)
            .then(|| entry.id())
    }

    /// The entry at `path` (`/`-separated, below the client root), as
    /// [`Tree::get_path`] finds it: a missing path, or one that goes through something
    /// other than a folder, is `NotFound`.
    fn entry(&self, tree: &Tree<'r>, path: &str) -> Result<TreeEntry<'static>, git2::Error> {
        let Some((dir, name)) = path.rsplit_once('/') else {
            return tree.get_path(Path::new(path)).map(|e| e.to_owned());
        };
        // An empty part (`a//b`, `a/`) is left to libgit2, which has its own reading of it.
        if dir.split('/').chain([name]).any(str::is_empty) {
            return tree.get_path(Path::new(path)).map(|e| e.to_owned());
        }
        let not_found = || {
            git2::Error::new(
                ErrorCode::NotFound,
                git2::ErrorClass::Tree,
                "the path does not exist in the given tree",
            )
        };
        let folder = self.folder(tree, dir)?.ok_or_else(not_found)?;
        folder
            .get_name(name)
            .map(|e| e.to_owned())
            .ok_or_else(not_found)
    }

    /// The folder at `dir` (no empty part), looked up once per tree.
    fn folder(&self, tree: &Tree<'r>, dir: &str) -> Result<Option<Tree<'r>>, git2::Error> {
        if let Some(found) = self.folders.borrow().get(dir) {
            return Ok(found.clone());
        }
        let parent = match dir.rsplit_once('/') {
            Some((up, _)) => self.folder(tree, up)?,
            None => Some(tree.clone()),
        };
        let name = dir.rsplit_once('/').map_or(dir, |(_, n)| n);
        let found = match parent.as_ref().and_then(|p| p.get_name(name)) {
            Some(e) if e.kind() == Some(ObjectType::Tree) => Some(self.repo.find_tree(e.id())?),
            _ => None,
        };
        self.folders
            .borrow_mut()
            .insert(dir.to_owned(), found.clone());
        Ok(found)
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

const SYMLINK_MODE: i32 = 0o120000;
/// Most symlinks followed from one evidence path.
const MAX_LINKS: usize = 8;

impl Source for GitTree<'_> {
    /// A client file that is a symlink in the tree is refused, as in the working folder
    /// (its target is not followed: a pull request can commit any link).
    fn read(&self, rel: &str) -> io::Result<Option<Vec<u8>>> {
        let Some(entry) = self
            .tree
            .as_ref()
            .and_then(|t| t.get_path(Path::new(rel)).ok())
        else {
            return Ok(None);
        };
        if entry.filemode() == SYMLINK_MODE {
            return Err(Refusal::LinkInCommit.error());
        }
        if entry.kind() != Some(ObjectType::Blob) {
            return Err(Refusal::NotRegular.error());
        }
        let blob = self.repo.find_blob(entry.id()).map_err(io::Error::other)?;
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
            let entry = match self.entry(tree, &joined) {
                Ok(e) => e,
                Err(e) if e.code() == ErrorCode::NotFound => return Ok(EvidenceEntry::Missing),
                Err(e) => return Err(io::Error::other(e)),
            };
            match entry.kind() {
                Some(ObjectType::Blob) if entry.filemode() == SYMLINK_MODE => {
                    let blob = self.repo.find_blob(entry.id()).map_err(io::Error::other)?;
                    let target = String::from_utf8_lossy(blob.content()).into_owned();
                    path.pop();
                    match resolve_link(path, &target) {
                        Some(next) => path = next,
                        None => return Ok(EvidenceEntry::OutsideRoot),
                    }
                }
                Some(ObjectType::Blob) => {
                    return Ok(EvidenceEntry::File {
                        sha256: self.sha256_of_blob(entry.id())?,
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
}
