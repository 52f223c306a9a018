//! The one way hoshi writes a file or a folder: into a temporary entry beside the target,
//! then renamed over it, so a reader sees the old content or the new, never a half.
//!
//! The rules, for every output (the site, the dashboard, the schemas, the calendar,
//! evidence.yaml, a scaffolded client):
//!
//! - the temporary entry is created with `create_new` (never through an existing path or
//!   symlink) under an unpredictable name carrying [`TEMP_MARK`], in the target's folder;
//! - the target itself is never a symlink, and is replaced only as [`Replace`] allows;
//! - files are synced before the rename, and the folder after it;
//! - on failure the temporary entry is removed, and nothing else: hoshi never deletes what
//!   it did not create;
//! - a folder replaces a folder by exchanging the two in one step where the system can
//!   ([`swap_in`]), so the target is never missing, even for a reader or a killed run;
//! - on SIGINT or SIGTERM the entries of this process are removed ([`on_signal`]), and a
//!   later run removes the entries a killed run left beside the same target ([`sweep`]):
//!   they carry the marker and the id of a process that no longer runs;
//! - a rename into place and the removal of an entry happen under one lock, which the
//!   signal cleanup takes and keeps until the process exits: the cleanup never runs in the
//!   middle of a rename, and nothing is renamed or removed after it.

use std::fs::{self, File, OpenOptions};
use std::hash::{BuildHasher, Hasher};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use crate::error::Error;
use crate::text;

/// Part of the name of every temporary entry hoshi creates (`.NAME.hoshi-…`), so a later
/// run can tell its own leftovers from anybody's files.
pub const TEMP_MARK: &str = ".hoshi-";

/// Whether an existing target may be replaced.
#[derive(Clone, Copy)]
pub enum Replace<'a> {
    /// Only create: an existing target is refused.
    Never,
    /// Replace only what hoshi wrote: the predicate sees the existing file's bytes.
    IfOurs(&'a dyn Fn(&[u8]) -> bool),
    /// Replace a file hoshi was asked to edit (evidence.yaml with `evidence add`).
    Always,
}

/// A temporary entry of ours; removed when dropped unless [`Temp::keep`] was called.
pub struct Temp {
    path: PathBuf,
    dir: bool,
    armed: bool,
}

impl Temp {
    /// Creates a new file beside `target`, never through an existing path.
    pub fn file_beside(target: &Path) -> Result<(Temp, File), Error> {
        Temp::create_beside(target, "tmp", false, |path| {
            OpenOptions::new().write(true).create_new(true).open(path)
        })
    }

    /// [`Temp::file_beside`], readable and writable by the user alone.
    pub fn private_file_beside(target: &Path) -> Result<(Temp, File), Error> {
        Temp::create_beside(target, "tmp", false, |path| {
            let mut options = OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(0o600);
            }
            options.open(path)
        })
    }

    /// Creates a new, empty folder beside `target` (`what`: `new`, `old`).
    pub fn dir_beside(target: &Path, what: &str) -> Result<Temp, Error> {
        Temp::create_beside(target, what, true, |path| fs::create_dir(path)).map(|(temp, ())| temp)
    }

    /// Creates an entry under a fresh name beside `target` with `create`, which fails on an
    /// existing path. It is created and recorded as this process's under the lock, so an
    /// interruption never finds it made but unknown.
    fn create_beside<T>(
        target: &Path,
        what: &str,
        dir: bool,
        create: impl Fn(&Path) -> io::Result<T>,
    ) -> Result<(Temp, T), Error> {
        let parent = parent_of(target)?;
        let name = file_name(target)?;
        let mut live = live();
        for _ in 0..16 {
            let path = parent.join(temp_name(&name, what));
            match create(&path) {
                Ok(made) => {
                    live.push(Live {
                        path: path.clone(),
                        dir,
                        aside_of: None,
                    });
                    let temp = Temp {
                        path,
                        dir,
                        armed: true,
                    };
                    return Ok((temp, made));
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(Error::write(&path, e)),
            }
        }
        Err(Error::write(
            target,
            io::Error::other("no free temporary name"),
        ))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Renames the entry to `target` and stops owning it.
    pub fn rename_to(mut self, target: &Path) -> Result<(), Error> {
        let mut live = live();
        fs::rename(&self.path, target).map_err(|e| Error::write(target, e))?;
        self.disarm(&mut live);
        drop(live);
        sync_dir(target);
        Ok(())
    }

    /// [`Temp::rename_to`] without syncing the folder: for what a crash may lose (a cache
    /// entry is only work done again).
    pub fn rename_unsynced(mut self, target: &Path) -> Result<(), Error> {
        let mut live = live();
        fs::rename(&self.path, target).map_err(|e| Error::write(target, e))?;
        self.disarm(&mut live);
        Ok(())
    }

    fn disarm(&mut self, live: &mut Vec<Live>) {
        self.armed = false;
        live.retain(|l| l.path != self.path);
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        let mut live = live();
        // Ours: created by this process under a fresh name.
        if self.dir {
            remove_tree(&self.path);
        }
        remove(&self.path, self.dir);
        self.disarm(&mut live);
    }
}

/// A temporary entry this process owns.
struct Live {
    path: PathBuf,
    dir: bool,
    /// What it holds when something was moved aside into it (a folder swap).
    aside_of: Option<PathBuf>,
}

/// The temporary entries this process owns now, for [`on_signal`]. Its lock is held for
/// every rename into place and every removal, and kept by [`on_signal`] for good.
static LIVE: Mutex<Vec<Live>> = Mutex::new(Vec::new());

/// Set when the process is interrupted: no new file is started in a temporary folder.
static CLOSING: AtomicBool = AtomicBool::new(false);

fn live() -> MutexGuard<'static, Vec<Live>> {
    LIVE.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Whether the process is being interrupted (writers stop starting new files).
pub fn interrupted() -> bool {
    CLOSING.load(Ordering::Acquire)
}

/// Removes the folder `path` and what it holds, folders in parallel (a previous site holds
/// a folder per evidence item). Entries are judged without following symlinks: a link is
/// removed, never what it points at. Best effort: [`remove`] takes what is left.
fn remove_tree(path: &Path) {
    use rayon::prelude::*;
    let Ok(entries) = fs::read_dir(path) else {
        return;
    };
    let entries: Vec<fs::DirEntry> = entries.flatten().collect();
    entries.par_iter().for_each(|e| match e.file_type() {
        Ok(t) if t.is_dir() => remove_tree(&e.path()),
        _ => {
            let _ = fs::remove_file(e.path());
        }
    });
    let _ = fs::remove_dir(path);
}

fn remove(path: &Path, dir: bool) {
    let _ = if dir {
        fs::remove_dir_all(path)
    } else {
        fs::remove_file(path)
    };
}

/// Removes every temporary entry of this process: what the command line does when it is
/// interrupted (SIGINT, SIGTERM), before it exits. It waits for a rename or removal in
/// progress, and afterwards keeps the lock, so no other thread renames or removes anything
/// before the process exits.
pub fn on_signal() {
    let mut live = live();
    CLOSING.store(true, Ordering::Release);
    for l in live.drain(..) {
        // Interrupted between the two renames of a swap: the old content goes back.
        if let Some(target) = &l.aside_of
            && fs::symlink_metadata(&l.path).is_ok()
            && fs::symlink_metadata(target).is_err()
            && fs::rename(&l.path, target).is_ok()
        {
            continue;
        }
        // A writer thread may still finish a file it had started in a temporary folder.
        for _ in 0..50 {
            remove(&l.path, l.dir);
            if fs::symlink_metadata(&l.path).is_err() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
    }
    std::mem::forget(live);
}

/// Puts the folder `staging` in place of the folder `target`, then removes the previous
/// `target` (the caller has checked it is hoshi's). Where the system exchanges two entries
/// in one step (`RENAME_EXCHANGE` on Linux), `target` is never missing, not even for a
/// process killed half-way; elsewhere `target` is first moved aside, and put back if the
/// second rename fails, the process is interrupted, or by the [`sweep`] after a kill.
pub fn swap_in(staging: Temp, target: &Path) -> Result<(), Error> {
    let live = live();
    if exchange(&staging.path, target).map_err(|e| Error::write(target, e))? {
        // The staging name now holds the previous folder: still ours, removed on drop.
        drop(live);
        sync_dir(target);
        drop(staging);
        return Ok(());
    }
    swap_by_renames(staging, target, live)
}

/// [`swap_in`] where the system cannot exchange: `target` moved aside, `staging` moved in,
/// under the lock `live` (so an interruption puts `target` back rather than finding it
/// missing), then the previous folder removed.
fn swap_by_renames(
    mut staging: Temp,
    target: &Path,
    mut live: MutexGuard<'static, Vec<Live>>,
) -> Result<(), Error> {
    let (parent, name) = (parent_of(target)?, file_name(target)?);
    let aside = (0..16)
        .map(|_| parent.join(temp_name(&name, "old")))
        .find(|p| fs::symlink_metadata(p).is_err())
        .ok_or_else(|| Error::write(target, io::Error::other("no free temporary name")))?;
    fs::rename(target, &aside).map_err(|e| Error::write(target, e))?;
    live.push(Live {
        path: aside.clone(),
        dir: true,
        aside_of: Some(target.to_owned()),
    });
    if let Err(e) = fs::rename(&staging.path, target) {
        if fs::rename(&aside, target).is_ok() {
            live.retain(|l| l.path != aside);
        }
        return Err(Error::write(target, e));
    }
    staging.disarm(&mut live);
    drop(live);
    sync_dir(target);
    // The new folder is in place; dropping this removes the previous build.
    drop(Temp {
        path: aside,
        dir: true,
        armed: true,
    });
    Ok(())
}

/// Exchanges two entries in one step; `false` where the system or file system cannot.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        Err(Errno::INVAL | Errno::NOSYS | Errno::OPNOTSUPP) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<bool> {
    Ok(false)
}

/// Cleans what killed runs left beside `target`: temporary files and folders carrying
/// hoshi's marker and the id of a process that no longer runs are removed. When `target`
/// itself is missing and a killed run had moved it aside (between the two renames of a
/// folder swap), it is put back first. Entries of running processes, and anything without
/// the marker, are never touched.
pub fn sweep(target: &Path) -> Result<(), Error> {
    let (Ok(parent), Ok(name)) = (parent_of(target), file_name(target)) else {
        return Ok(());
    };
    let Ok(entries) = fs::read_dir(&parent) else {
        return Ok(());
    };
    let prefix = format!(".{name}{TEMP_MARK}");
    let mut stale: Vec<(String, PathBuf)> = Vec::new();
    for entry in entries.flatten() {
        let entry_name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = entry_name.strip_prefix(&prefix) else {
            continue;
        };
        let mut parts = rest.splitn(3, '-');
        let (Some(what), Some(pid)) = (parts.next(), parts.next()) else {
            continue;
        };
        let Ok(pid) = pid.parse::<u32>() else {
            continue;
        };
        if pid != std::process::id() && !process_runs(pid, &entry.path()) {
            stale.push((what.to_owned(), entry.path()));
        }
    }
    stale.sort();
    let missing = fs::symlink_metadata(target).is_err();
    if missing && let Some((_, old)) = stale.iter().find(|(what, _)| what == "old") {
        fs::rename(old, target).map_err(|e| Error::write(target, e))?;
    }
    for (_, path) in stale {
        if fs::symlink_metadata(&path).is_ok_and(|m| !m.file_type().is_symlink()) {
            remove(&path, path.is_dir());
        }
    }
    Ok(())
}

/// Whether the process that made an entry may still be running. Linux tells by `/proc`;
/// elsewhere an entry younger than a day is assumed to be in use.
fn process_runs(pid: u32, entry: &Path) -> bool {
    if cfg!(target_os = "linux") && Path::new("/proc/self").exists() {
        return Path::new(&format!("/proc/{pid}")).exists();
    }
    fs::symlink_metadata(entry)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_none_or(|age| age.as_secs() < 24 * 3600)
}

/// Writes `bytes` to `target` atomically, replacing an existing file only as `replace`
/// allows. A symlink or a folder at `target` is refused. Keeps the permissions of a
/// replaced file.
pub fn write_file(target: &Path, bytes: &[u8], replace: Replace<'_>) -> Result<(), Error> {
    sweep(target)?;
    let existing = existing_file(target)?;
    if let Some(meta) = &existing {
        let allowed = match replace {
            Replace::Never => false,
            Replace::Always => true,
            Replace::IfOurs(ours) => {
                let old = fs::read(target).map_err(|e| Error::read(target, e))?;
                ours(&old)
            }
        };
        if !allowed {
            let shown = target.display();
            return Err(Error::Output(text!(
                "{shown} は hoshi が書いたものではないため、上書きしません",
                "{shown} was not written by hoshi, so it is not replaced"
            )));
        }
        let _ = meta;
    }
    let temp = written_beside(target, bytes, existing.as_ref())?;
    if matches!(replace, Replace::Never) {
        // Create only: a hard link fails if something appeared at the target meanwhile.
        match fs::hard_link(temp.path(), target) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                let shown = target.display();
                return Err(Error::Output(text!(
                    "{shown} は既にあるため、上書きしません",
                    "{shown} already exists and is not replaced"
                )));
            }
            // A file system without hard links: create the target itself, never over
            // anything.
            Err(_) => {
                let mut out = OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(target)
                    .map_err(|e| Error::write(target, e))?;
                out.write_all(bytes)
                    .and_then(|()| out.sync_all())
                    .map_err(|e| Error::write(target, e))?;
            }
        }
        sync_dir(target);
        return Ok(());
    }
    temp.rename_to(target)
}

/// `bytes` written and synced into a temporary file beside `target`, with the permissions
/// of the file it will replace.
fn written_beside(
    target: &Path,
    bytes: &[u8],
    replaces: Option<&fs::Metadata>,
) -> Result<Temp, Error> {
    let (temp, mut file) = Temp::file_beside(target)?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|e| Error::write(temp.path(), e))?;
    if let Some(meta) = replaces {
        fs::set_permissions(temp.path(), meta.permissions())
            .map_err(|e| Error::write(temp.path(), e))?;
    }
    Ok(temp)
}

/// Replaces several files as one change, as far as a file system allows: every target is
/// checked (a regular file or nothing, never a symlink) and every new content is written
/// and synced beside its target first; only then are they renamed into place, one by one.
/// A failure before the renames leaves every file as it was.
pub fn replace_files(files: &[(&Path, &[u8])]) -> Result<(), Error> {
    let mut ready = Vec::with_capacity(files.len());
    for &(target, bytes) in files {
        sweep(target)?;
        let existing = existing_file(target)?;
        ready.push((written_beside(target, bytes, existing.as_ref())?, target));
    }
    for (temp, target) in ready {
        temp.rename_to(target)?;
    }
    Ok(())
}

/// The metadata of a regular file at `path`, `None` when nothing is there; a symlink,
/// folder or device is refused.
fn existing_file(path: &Path) -> Result<Option<fs::Metadata>, Error> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            let shown = path.display();
            Err(Error::Output(text!(
                "{shown} はシンボリックリンクなので、書き込みません",
                "{shown} is a symbolic link; hoshi does not write through it"
            )))
        }
        Ok(m) if !m.is_file() => {
            let shown = path.display();
            Err(Error::Output(text!(
                "{shown} は通常のファイルではないため、書き込みません",
                "{shown} is not a regular file; hoshi does not write over it"
            )))
        }
        Ok(m) => Ok(Some(m)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::read(path, e)),
    }
}

/// `.NAME.hoshi-WHAT-PID-RANDOM`: unpredictable, so nobody can plant a symlink there
/// first, and naming its process, so a later run can tell a leftover from work in progress.
fn temp_name(name: &str, what: &str) -> String {
    format!(
        ".{name}{TEMP_MARK}{what}-{}-{:016x}",
        std::process::id(),
        unguessable()
    )
}

/// A number nobody can guess ahead (temporary names, the `hoshi ci` command token): the
/// process's random hash keys mixed with the time, the process id and a counter.
pub fn unguessable() -> u64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    h.write_u32(std::process::id());
    if let Ok(t) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        h.write_u128(t.as_nanos());
    }
    h.finish()
}

/// Whether a folder entry's name is a temporary entry of hoshi's.
pub fn is_temp_name(name: &str) -> bool {
    name.starts_with('.') && name.contains(TEMP_MARK)
}

fn parent_of(target: &Path) -> Result<PathBuf, Error> {
    let abs = std::path::absolute(target).map_err(|e| Error::write(target, e))?;
    match abs.parent() {
        Some(p) => Ok(p.to_owned()),
        None => {
            let shown = target.display();
            Err(Error::Output(text!(
                "{shown} には書き出せません",
                "cannot write to {shown}"
            )))
        }
    }
}

fn file_name(target: &Path) -> Result<String, Error> {
    match target.file_name() {
        Some(n) => Ok(n.to_string_lossy().into_owned()),
        None => {
            let shown = target.display();
            Err(Error::Output(text!(
                "{shown} には書き出せません。ファイル名かフォルダ名を指定してください",
                "cannot write to {shown}; name a file or folder"
            )))
        }
    }
}

/// Makes a rename in the folder of `target` durable (best effort: not every system can
/// sync a folder).
fn sync_dir(target: &Path) {
    if let Some(parent) = std::path::absolute(target)
        .ok()
        .and_then(|p| p.parent().map(Path::to_owned))
        && let Ok(dir) = File::open(parent)
    {
        let _ = dir.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .expect("read dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn creates_then_refuses_to_replace_what_is_not_ours() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("a.ics");
        write_file(&target, b"one", Replace::Never).expect("create");
        assert_eq!(fs::read(&target).expect("read"), b"one");
        let e = write_file(&target, b"two", Replace::Never).expect_err("exists");
        assert_eq!(e.code(), "output");
        let ours = |b: &[u8]| b.starts_with(b"one");
        write_file(&target, b"two", Replace::IfOurs(&ours)).expect("ours");
        assert_eq!(fs::read(&target).expect("read"), b"two");
        let e = write_file(&target, b"three", Replace::IfOurs(&ours)).expect_err("not ours");
        assert_eq!(e.code(), "output");
        assert_eq!(fs::read(&target).expect("read"), b"two");
        assert_eq!(names(dir.path()), ["a.ics"]);
    }

    #[cfg(unix)]
    #[test]
    fn never_writes_through_a_symlink() {
        let dir = tempfile::tempdir().expect("tempdir");
        let victim = dir.path().join("victim");
        fs::write(&victim, "keep").expect("write");
        let link = dir.path().join("out.ics");
        std::os::unix::fs::symlink(&victim, &link).expect("symlink");
        let e = write_file(&link, b"x", Replace::Always).expect_err("symlink");
        assert_eq!(e.code(), "output");
        assert_eq!(fs::read(&victim).expect("read"), b"keep");
        assert_eq!(names(dir.path()), ["out.ics", "victim"]);
    }

    #[test]
    fn leftovers_of_dead_processes_are_swept_and_others_kept() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("site");
        // A killed swap: the old folder moved aside, the new one half written.
        let dead = 999_999_999u32;
        let old = dir.path().join(format!(".site{TEMP_MARK}old-{dead}-00"));
        let new = dir.path().join(format!(".site{TEMP_MARK}new-{dead}-01"));
        fs::create_dir(&old).expect("old");
        fs::write(old.join("index.html"), "previous").expect("write");
        fs::create_dir(&new).expect("new");
        // Someone else's files that only look similar.
        let theirs = dir.path().join(".site.tmp");
        fs::write(&theirs, "mine").expect("write");
        let running = dir
            .path()
            .join(format!(".site{TEMP_MARK}tmp-{}-02", std::process::id()));
        fs::write(&running, "in use").expect("write");
        sweep(&target).expect("sweep");
        assert_eq!(
            fs::read(target.join("index.html")).expect("restored"),
            b"previous"
        );
        let mut left = names(dir.path());
        left.retain(|n| n != "site");
        assert_eq!(
            left,
            [
                running.file_name().unwrap().to_string_lossy().into_owned(),
                ".site.tmp".to_owned(),
            ]
        );
    }

    /// A folder replaced by two renames is missing between them, for a reader and for a
    /// run killed there (`item_11` once found no site): exchanged, it never is.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_swapped_folder_is_never_missing_for_a_reader() {
        use std::sync::Arc;
        let dir = tempfile::tempdir().expect("tempdir");
        // Every file system the tests run on can (ext4, tmpfs, btrfs, xfs); one that
        // cannot would take the two renames, which the next test pins.
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        fs::create_dir(&a).expect("a");
        fs::create_dir(&b).expect("b");
        assert!(
            exchange(&a, &b).expect("exchange"),
            "the test folder's file system cannot exchange two folders"
        );
        fs::remove_dir(&a).expect("a");
        fs::remove_dir(&b).expect("b");
        let target = dir.path().join("site");
        fs::create_dir(&target).expect("site");
        fs::write(target.join("index.html"), "0").expect("write");
        let done = Arc::new(AtomicBool::new(false));
        let reader = {
            let (done, page) = (Arc::clone(&done), target.join("index.html"));
            std::thread::spawn(move || {
                let mut missing = 0u32;
                while !done.load(Ordering::Relaxed) {
                    missing += u32::from(fs::symlink_metadata(&page).is_err());
                }
                missing
            })
        };
        for i in 1..=2000 {
            let staging = Temp::dir_beside(&target, "new").expect("staging");
            fs::write(staging.path().join("index.html"), i.to_string()).expect("write");
            swap_in(staging, &target).expect("swap");
        }
        done.store(true, Ordering::Relaxed);
        assert_eq!(
            reader.join().expect("reader"),
            0,
            "times the reader found no site"
        );
        assert_eq!(fs::read(target.join("index.html")).expect("read"), b"2000");
        assert_eq!(names(dir.path()), ["site"]);
    }

    /// Where the system cannot exchange, the two renames still replace the folder whole,
    /// remove the previous one and leave nothing beside it.
    #[test]
    fn a_folder_is_swapped_by_two_renames_where_it_cannot_be_exchanged() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("site");
        fs::create_dir(&target).expect("site");
        fs::write(target.join("old.html"), "old").expect("write");
        let staging = Temp::dir_beside(&target, "new").expect("staging");
        fs::write(staging.path().join("index.html"), "new").expect("write");
        swap_by_renames(staging, &target, live()).expect("swap");
        assert_eq!(names(&target), ["index.html"]);
        assert_eq!(names(dir.path()), ["site"]);
        // A failing second rename puts the previous folder back.
        let staging = Temp::dir_beside(&target, "new").expect("staging");
        fs::remove_dir(staging.path()).expect("gone");
        assert!(swap_by_renames(staging, &target, live()).is_err());
        assert_eq!(names(&target), ["index.html"]);
        assert_eq!(names(dir.path()), ["site"]);
    }

    /// Removing a folder of ours removes a symlink in it, never what the link points at.
    #[cfg(unix)]
    #[test]
    fn removing_a_folder_of_ours_never_follows_a_link_in_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        let outside = dir.path().join("outside");
        fs::create_dir_all(outside.join("deep")).expect("outside");
        fs::write(outside.join("deep/keep.txt"), "keep").expect("write");
        let temp = Temp::dir_beside(&dir.path().join("site"), "old").expect("temp");
        for i in 0..40 {
            let sub = temp.path().join(format!("files/EV-{i:03}"));
            fs::create_dir_all(&sub).expect("sub");
            fs::write(sub.join("a.txt"), "a").expect("write");
        }
        std::os::unix::fs::symlink(&outside, temp.path().join("files/link")).expect("link");
        std::os::unix::fs::symlink(outside.join("deep/keep.txt"), temp.path().join("f"))
            .expect("link");
        drop(temp);
        assert_eq!(names(dir.path()), ["outside"]);
        assert_eq!(
            fs::read(outside.join("deep/keep.txt")).expect("kept"),
            b"keep"
        );
    }

    #[test]
    fn temp_names_are_marked_and_differ() {
        let a = temp_name("x", "tmp");
        let b = temp_name("x", "tmp");
        assert_ne!(a, b);
        assert!(is_temp_name(&a), "{a}");
        assert!(!is_temp_name("x.tmp"));
    }
}
