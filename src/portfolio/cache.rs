//! Rows kept between runs: a client whose files are as they were is not parsed, checked or
//! evaluated again the same day.
//!
//! An entry holds a client's row with the trace of every answer its files gave
//! ([`trace`]): each file's sha256, each evidence file's sha256 or why it is not a file.
//! The row is taken only when this build made it, for the same day and the same kind of
//! row, and the files answer every question of the trace as they did. So reading the
//! files again is all a kept row costs, and a row is never taken for files that changed
//! (or for a changed link, a file that appeared or went away). The day is in the entry
//! because what is due, expiring or stale moves with it. Review tags are read from git on
//! every run ([`super::evaluate`]).

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{Found, Row, row_from};
use crate::source::trace::{self, Step, Traced};
use crate::source::{WorkTree, hex};
use crate::write::cache::Store;

/// What an entry says it is; an entry that does not say so is replaced.
const FORMAT: &str = "hoshi portfolio row 1";

/// The cache of rows, in the user's cache folder ([`Store`]).
#[derive(Debug, Clone)]
pub struct RowCache {
    store: Store,
    /// The current folder, read once, to name a client by its absolute path.
    cwd: PathBuf,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    format: String,
    build: String,
    /// The client folder, as an absolute path.
    root: String,
    today: Date,
    all_due: bool,
    steps: Vec<Step>,
    row: Row,
}

impl RowCache {
    /// The cache of the user's cache folder; `None` when there is none to use.
    pub fn open() -> Option<RowCache> {
        RowCache::in_store(Store::open("portfolio")?)
    }

    /// A cache kept in `store`.
    fn in_store(store: Store) -> Option<RowCache> {
        Some(RowCache {
            store,
            cwd: std::env::current_dir().ok()?,
        })
    }

    /// The row of `found` (see [`super::row`]): the kept one while it holds, else a new one,
    /// kept for the next run.
    pub fn row(&self, found: &Found, today: Date, all_due: bool) -> Row {
        let root = self.cwd.join(&found.root);
        let name = entry_name(&root, all_due);
        let tree = WorkTree::new(&found.root);
        if let Some(mut row) = self.kept(&name, &root, &tree, today, all_due) {
            row.path.clone_from(&found.shown);
            row.root.clone_from(&found.root);
            return row;
        }
        let traced = Traced::new(&tree);
        let row = row_from(&traced, found, today, all_due);
        let Some(steps) = traced.finish() else {
            return row;
        };
        let entry = Entry {
            format: FORMAT.to_owned(),
            build: self.store.build().to_owned(),
            root: root.to_string_lossy().into_owned(),
            today,
            all_due,
            steps,
            row,
        };
        if let Ok(bytes) = serde_json::to_vec(&entry) {
            self.store.write(&name, &bytes);
        }
        entry.row
    }

    /// The kept row of the client at `root`, if it holds.
    fn kept(
        &self,
        name: &str,
        root: &Path,
        tree: &WorkTree,
        today: Date,
        all_due: bool,
    ) -> Option<Row> {
        let entry: Entry = serde_json::from_slice(&self.store.read(name)?).ok()?;
        let holds = entry.format == FORMAT
            && entry.build == self.store.build()
            && entry.root == root.to_string_lossy()
            && entry.today == today
            && entry.all_due == all_due
            && trace::replays(&entry.steps, tree);
        holds.then_some(entry.row)
    }
}

/// The entry of a client folder: a sha256 of its absolute path and the kind of row.
fn entry_name(root: &Path, all_due: bool) -> String {
    let mut h = Sha256::new();
    h.update(root.as_os_str().as_encoded_bytes());
    h.update([u8::from(all_due)]);
    hex(&h.finalize())
}
