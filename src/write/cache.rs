//! hoshi's cache: work kept between runs, in the user's own cache folder, never in a client
//! repository (a pull request must not be able to supply results).
//!
//! The folder is `$HOSHI_CACHE_DIR`, else `$XDG_CACHE_HOME/hoshi`, else
//! `~/.cache/hoshi` (`~/Library/Caches/hoshi` on macOS, `%LOCALAPPDATA%\hoshi\cache` on
//! Windows). An entry is written whole or not at all (a temporary file renamed into
//! place), readable by the user alone. Anything that goes wrong with the cache only costs
//! the work it would have saved: it is never a reason for a command to fail.

use std::ffi::OsString;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::write::atomic::Temp;

/// The environment variable naming the cache folder.
pub const DIR_VAR: &str = "HOSHI_CACHE_DIR";

/// One kind of entry (one subfolder of the cache), named by content.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
    build: String,
}

impl Store {
    /// The store for `kind`; `None` when there is no cache folder to use, or this build of
    /// hoshi cannot be told apart from another (see [`build_id`]).
    pub fn open(kind: &str) -> Option<Store> {
        let base = base_dir(|k| std::env::var_os(k))?;
        Some(Store {
            dir: base.join(kind),
            build: build_id()?,
        })
    }

    /// A store in `dir`, for tests.
    pub fn at(dir: impl Into<PathBuf>, build: &str) -> Store {
        Store {
            dir: dir.into(),
            build: build.to_owned(),
        }
    }

    /// What tells this build's entries from another's: work done by one build is never
    /// taken by another.
    pub fn build(&self) -> &str {
        &self.build
    }

    /// The entry `name`, if there is one.
    pub fn read(&self, name: &str) -> Option<Vec<u8>> {
        fs::read(self.dir.join(name)).ok()
    }

    /// Writes the entry `name` whole, replacing the one before it. Errors are dropped: an
    /// entry not written is only work done again.
    pub fn write(&self, name: &str, bytes: &[u8]) {
        let _ = self.try_write(name, bytes);
    }

    fn try_write(&self, name: &str, bytes: &[u8]) -> Result<(), crate::error::Error> {
        let mut builder = fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        builder
            .create(&self.dir)
            .map_err(|e| crate::error::Error::write(&self.dir, e))?;
        let target = self.dir.join(name);
        let (temp, mut file) = Temp::private_file_beside(&target)?;
        file.write_all(bytes)
            .map_err(|e| crate::error::Error::write(temp.path(), e))?;
        drop(file);
        temp.rename_unsynced(&target)
    }

    /// The folder of this kind's entries.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

/// The cache folder from the environment `var` (see the module's documentation).
fn base_dir(var: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    let absolute = |v: Option<OsString>| v.map(PathBuf::from).filter(|p| p.is_absolute());
    if let Some(dir) = absolute(var(DIR_VAR)) {
        return Some(dir);
    }
    if cfg!(windows) {
        return absolute(var("LOCALAPPDATA")).map(|d| d.join("hoshi").join("cache"));
    }
    if let Some(dir) = absolute(var("XDG_CACHE_HOME")) {
        return Some(dir.join("hoshi"));
    }
    let home = absolute(var("HOME"))?;
    Some(if cfg!(target_os = "macos") {
        home.join("Library").join("Caches").join("hoshi")
    } else {
        home.join(".cache").join("hoshi")
    })
}

/// This build of hoshi: its version and the size and time of its executable, so a binary
/// built again from changed code has another id without reading the binary through.
fn build_id() -> Option<String> {
    let exe = std::env::current_exe().ok()?;
    let meta = fs::metadata(exe).ok()?;
    let modified = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    Some(format!(
        "{} {} {}.{:09}",
        env!("CARGO_PKG_VERSION"),
        meta.len(),
        modified.as_secs(),
        modified.subsec_nanos()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<OsString> + 'a {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| OsString::from(v))
        }
    }

    #[cfg(unix)]
    #[test]
    fn the_cache_folder_follows_the_environment() {
        let home = [("HOME", "/home/a")];
        let expected = if cfg!(target_os = "macos") {
            "/home/a/Library/Caches/hoshi"
        } else {
            "/home/a/.cache/hoshi"
        };
        assert_eq!(base_dir(env(&home)), Some(PathBuf::from(expected)));
        let xdg = [("HOME", "/home/a"), ("XDG_CACHE_HOME", "/c")];
        assert_eq!(base_dir(env(&xdg)), Some(PathBuf::from("/c/hoshi")));
        let own = [("HOME", "/home/a"), (DIR_VAR, "/x")];
        assert_eq!(base_dir(env(&own)), Some(PathBuf::from("/x")));
        // A relative folder would move with the current folder: it is not used.
        let relative = [("HOME", "/home/a"), (DIR_VAR, "cache")];
        assert_eq!(base_dir(env(&relative)), Some(PathBuf::from(expected)));
        assert_eq!(base_dir(env(&[])), None);
    }

    #[test]
    fn an_entry_is_written_whole_and_replaced() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().join("kind"), "b");
        assert_eq!(store.read("e"), None);
        store.write("e", b"one");
        store.write("e", b"two");
        assert_eq!(store.read("e").as_deref(), Some(&b"two"[..]));
        let names: Vec<_> = fs::read_dir(store.dir())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, vec![OsString::from("e")]);
    }
}
