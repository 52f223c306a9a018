//! Where the client files come from. The working folder today; a git tree reads the same way.

use std::fs::File;
use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use rustc_hash::FxHashMap;
use sha2::{Digest, Sha256};

pub mod git_tree;
pub mod trace;

/// Largest file hoshi reads (1 MiB); real client files are a few kilobytes.
pub const MAX_FILE_BYTES: usize = 1 << 20;

/// What an evidence path leads to.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "is", rename_all = "kebab-case")]
pub enum EvidenceEntry {
    Missing,
    /// A symlink (or a chain of them) that ends outside the client root.
    OutsideRoot,
    /// A folder, device or other non-file.
    NotRegular,
    /// A regular file inside the client root, with its sha256 as lowercase hex.
    File {
        sha256: String,
    },
}

/// Read access to one client's files.
pub trait Source {
    /// Reads a client file (at most [`MAX_FILE_BYTES`] + 1 bytes); `None` when it is absent.
    fn read(&self, rel: &str) -> io::Result<Option<Vec<u8>>>;
    /// Resolves and hashes an evidence file. `rel` has passed [`check_relative_path`].
    fn evidence(&self, rel: &str) -> io::Result<EvidenceEntry>;
    /// [`Source::evidence`] of each path given (`None`: nothing to resolve), in order. A
    /// source that can read from several threads at once does.
    fn evidence_all(&self, rels: &[Option<&str>]) -> Vec<Option<io::Result<EvidenceEntry>>> {
        rels.iter()
            .map(|r| r.map(|rel| self.evidence(rel)))
            .collect()
    }
    /// An id that changes whenever the file's content does (a git blob id), so work on a
    /// file can be reused across revisions; `None` when the source has no such id.
    fn content_id(&self, _rel: &str) -> Option<Vec<u8>> {
        None
    }
}

/// Why an evidence path is refused before it is looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathProblem {
    Empty,
    Absolute,
    ParentDir,
    Backslash,
}

/// Accepts only plain relative paths below the client root, written with `/`.
pub fn check_relative_path(rel: &str) -> Result<(), PathProblem> {
    if rel.is_empty() {
        return Err(PathProblem::Empty);
    }
    // Read as Windows would first, so `C:\x` is called absolute and `..\x` a way out,
    // rather than only a wrong separator.
    let bytes = rel.as_bytes();
    let drive = bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':';
    if rel.starts_with(['/', '\\']) || drive {
        return Err(PathProblem::Absolute);
    }
    if rel.split(['/', '\\']).any(|c| c == "..") {
        return Err(PathProblem::ParentDir);
    }
    if rel.contains('\\') {
        return Err(PathProblem::Backslash);
    }
    Ok(())
}

/// Fewest evidence files hashed by one task of [`WorkTree::evidence_all`]: a client's few
/// files stay on its own thread.
const EVIDENCE_PER_TASK: usize = 64;

/// A client root in the file system.
#[derive(Debug, Clone)]
pub struct WorkTree {
    root: PathBuf,
    /// The root's real path, resolved once (see [`WorkTree::resolve`]).
    real_root: OnceLock<PathBuf>,
    /// The root opened as a folder, once, to open files beneath it (see
    /// [`WorkTree::open_beneath`]); `None` when it cannot be opened so.
    #[cfg(target_os = "linux")]
    root_dir: OnceLock<Option<Arc<std::os::fd::OwnedFd>>>,
    /// What was read, by git blob id (see [`WorkTree::with_blob_ids`]).
    blob_ids: Option<Arc<BlobIds>>,
}

/// The git blob id of each client file a [`WorkTree`] read and of each evidence file it
/// hashed: what lets the commits compared with the working folder reuse its work on every
/// file that is the same in them (a blob id names the content, whatever the path).
#[derive(Debug, Default)]
pub struct BlobIds {
    /// The blob id of the client files read, by path: of the bytes last read.
    files: Mutex<FxHashMap<String, [u8; 20]>>,
    /// The sha256 (hex) of the evidence files hashed, by blob id.
    evidence: Mutex<Vec<([u8; 20], String)>>,
}

impl BlobIds {
    /// The sha256 of each evidence file hashed, by blob id.
    pub fn evidence_hashes(&self) -> Vec<([u8; 20], String)> {
        lock(&self.evidence).clone()
    }
}

/// A lock whose holder cannot leave the data half-written (each holder inserts one entry).
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The git blob id of `bytes`: the sha1 of `blob <length>\0` and the bytes.
pub fn blob_id(bytes: &[u8]) -> [u8; 20] {
    let mut sha1 = sha1::Sha1::new();
    sha1.update(format!("blob {}\0", bytes.len()).as_bytes());
    sha1.update(bytes);
    sha1.finalize().into()
}

impl WorkTree {
    pub fn new(root: impl Into<PathBuf>) -> WorkTree {
        WorkTree {
            root: root.into(),
            real_root: OnceLock::new(),
            #[cfg(target_os = "linux")]
            root_dir: OnceLock::new(),
            blob_ids: None,
        }
    }

    /// A root that also takes the git blob id of each client file it reads (then its
    /// [`Source::content_id`]) and of each evidence file it hashes (see
    /// [`WorkTree::blob_ids`]), for comparing it with commits. It costs a sha1 of every
    /// byte read, so only where a commit will be read. Such a root is meant to be read
    /// once: until a file is read again, its id is that of the previous read, which a
    /// [`crate::validate::client::FileCache`] would take for the file's content.
    pub fn with_blob_ids(root: impl Into<PathBuf>) -> WorkTree {
        WorkTree {
            blob_ids: Some(Arc::default()),
            ..WorkTree::new(root)
        }
    }

    /// What was read, by blob id, for a root made with [`WorkTree::with_blob_ids`].
    pub fn blob_ids(&self) -> Option<&BlobIds> {
        self.blob_ids.as_deref()
    }

    pub fn root(&self) -> &Path {
        &self.root
    }
}

/// Why a path of the client was not followed: it leads outside the client root, or to
/// something that is not a regular file. Carried inside an [`io::Error`]; what the path
/// leads to is never read, so none of it can reach an output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("it leads outside the client folder (a symbolic link)")]
    OutsideRoot,
    #[error("it is not a regular file")]
    NotRegular,
    #[error("it is a symbolic link in the commit")]
    LinkInCommit,
}

impl Refusal {
    /// The reason in both languages.
    pub fn text(self) -> crate::lang::Text {
        match self {
            Refusal::OutsideRoot => crate::text!(
                "クライアントのフォルダの外を指しています（シンボリックリンク）。中身は読んでいません",
                "it leads outside the client folder (a symbolic link); its content was not read"
            ),
            Refusal::NotRegular => {
                crate::text!("通常のファイルではありません", "it is not a regular file")
            }
            Refusal::LinkInCommit => crate::text!(
                "コミットの中でシンボリックリンクになっています。通常のファイルにしてください",
                "it is a symbolic link in the commit; commit a regular file instead"
            ),
        }
    }

    /// The refusal as an I/O error.
    pub fn error(self) -> io::Error {
        io::Error::new(io::ErrorKind::PermissionDenied, self)
    }

    /// The refusal inside an I/O error, if it is one.
    pub fn of(e: &io::Error) -> Option<Refusal> {
        e.get_ref()?.downcast_ref::<Refusal>().copied()
    }
}

impl Source for WorkTree {
    /// A client file is read only if it is a regular file inside the client root; a
    /// symlink is followed only while it stays inside (a pull request can commit
    /// `policy.yaml -> /etc/passwd`).
    fn read(&self, rel: &str) -> io::Result<Option<Vec<u8>>> {
        let path = self.root.join(rel);
        let meta = match std::fs::symlink_metadata(&path) {
            Ok(m) => m,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e),
        };
        let (file, len) = if meta.file_type().is_symlink() {
            match self.resolve(rel)? {
                Resolved::File(file) => {
                    let len = file.metadata()?.len();
                    (file, len)
                }
                Resolved::Missing => return Ok(None),
                Resolved::OutsideRoot => return Err(Refusal::OutsideRoot.error()),
                Resolved::NotRegular => return Err(Refusal::NotRegular.error()),
            }
        } else if meta.is_file() {
            (File::open(&path)?, meta.len())
        } else {
            return Err(Refusal::NotRegular.error());
        };
        // Room for the whole file, so it is read in one call rather than in growing steps.
        let room = usize::try_from(len).map_or(MAX_FILE_BYTES, |n| n.min(MAX_FILE_BYTES));
        let mut bytes = Vec::with_capacity(room + 1);
        // One byte more than the cap tells the loader the file is too large.
        file.take(MAX_FILE_BYTES as u64 + 1)
            .read_to_end(&mut bytes)?;
        if let Some(ids) = &self.blob_ids {
            lock(&ids.files).insert(rel.to_owned(), blob_id(&bytes));
        }
        Ok(Some(bytes))
    }

    /// With [`WorkTree::with_blob_ids`], the blob id of what [`Source::read`] last read
    /// of `rel`; `None` before that.
    fn content_id(&self, rel: &str) -> Option<Vec<u8>> {
        let ids = self.blob_ids.as_ref()?;
        lock(&ids.files).get(rel).map(|id| id.to_vec())
    }

    /// In parallel for a long register (a few hundred items or more): each file is opened
    /// and hashed by one thread, and the results come in the register's order.
    fn evidence_all(&self, rels: &[Option<&str>]) -> Vec<Option<io::Result<EvidenceEntry>>> {
        use rayon::prelude::*;
        rels.par_iter()
            .with_min_len(EVIDENCE_PER_TASK)
            .map(|r| r.map(|rel| self.evidence(rel)))
            .collect()
    }

    fn evidence(&self, rel: &str) -> io::Result<EvidenceEntry> {
        Ok(match self.resolve(rel)? {
            Resolved::File(mut file) => EvidenceEntry::File {
                sha256: match &self.blob_ids {
                    None => sha256_reader(&mut file)?,
                    Some(ids) => {
                        let (sha256, id) = sha256_and_blob_id(&mut file)?;
                        if let Some(id) = id {
                            lock(&ids.evidence).push((id, sha256.clone()));
                        }
                        sha256
                    }
                },
            },
            Resolved::Missing => EvidenceEntry::Missing,
            Resolved::OutsideRoot => EvidenceEntry::OutsideRoot,
            Resolved::NotRegular => EvidenceEntry::NotRegular,
        })
    }
}

/// Where a path of the client leads in the file system.
enum Resolved {
    /// A regular file inside the root, opened.
    File(File),
    Missing,
    OutsideRoot,
    NotRegular,
}

impl WorkTree {
    /// Follows `rel` (symlinks included) and says whether it ends at a regular file
    /// inside the client root, opening it if so.
    ///
    /// The common case takes a fixed number of system calls whatever the depth of the
    /// path. On Linux the kernel opens the file only if every step, symlinks included,
    /// stays beneath the root ([`WorkTree::open_beneath`]). Otherwise, or where that is
    /// refused, the file is opened (following symlinks) and the path the open file really
    /// has is read back from the kernel, then compared with the root's real path, which
    /// is resolved once per root. Anything else (a missing or dangling path, a folder, no
    /// way to read the open file's path) takes [`WorkTree::resolve_by_path`], which
    /// decides it as before.
    fn resolve(&self, rel: &str) -> io::Result<Resolved> {
        let path = self.root.join(rel);
        let Ok(meta) = std::fs::metadata(&path) else {
            return self.resolve_by_path(&path);
        };
        if !meta.is_file() {
            return self.resolve_by_path(&path);
        }
        #[cfg(target_os = "linux")]
        if let Some(file) = self.open_beneath(rel) {
            // The path may have been replaced since the check: judge what was opened.
            if !file.metadata()?.is_file() {
                return Ok(Resolved::NotRegular);
            }
            return Ok(Resolved::File(file));
        }
        let Ok(file) = File::open(&path) else {
            return self.resolve_by_path(&path);
        };
        let Some(real) = real_path_of(&file) else {
            return self.resolve_by_path(&path);
        };
        if !self.inside(&real)? {
            return Ok(Resolved::OutsideRoot);
        }
        // The path may have been replaced between the check and the open: judge what
        // was opened.
        if !file.metadata()?.is_file() {
            return Ok(Resolved::NotRegular);
        }
        Ok(Resolved::File(file))
    }

    /// `rel` opened for reading by `openat2` with `RESOLVE_BENEATH`: the kernel refuses a
    /// path that leaves the root at any step (`..`, an absolute path or symlink, a symlink
    /// out). `None` when it refuses or cannot (an older kernel), for the other ways of
    /// [`WorkTree::resolve`] to decide.
    #[cfg(target_os = "linux")]
    fn open_beneath(&self, rel: &str) -> Option<File> {
        use rustix::fs::{Mode, OFlags, ResolveFlags, open, openat2};
        let root = self
            .root_dir
            .get_or_init(|| {
                open(
                    &self.root,
                    OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
                    Mode::empty(),
                )
                .ok()
                .map(Arc::new)
            })
            .as_ref()?;
        openat2(
            root.as_ref(),
            rel,
            OFlags::RDONLY | OFlags::CLOEXEC | OFlags::NOCTTY,
            Mode::empty(),
            ResolveFlags::BENEATH | ResolveFlags::NO_MAGICLINKS,
        )
        .ok()
        .map(File::from)
    }

    /// [`WorkTree::resolve`] by canonicalising the path, one system call per component.
    fn resolve_by_path(&self, path: &Path) -> io::Result<Resolved> {
        if path.symlink_metadata().is_err() {
            return Ok(Resolved::Missing);
        }
        let real = match path.canonicalize() {
            Ok(p) => p,
            // A dangling symlink.
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Resolved::Missing),
            Err(e) => return Err(e),
        };
        if !self.inside(&real)? {
            return Ok(Resolved::OutsideRoot);
        }
        if !real.metadata()?.is_file() {
            return Ok(Resolved::NotRegular);
        }
        Ok(Resolved::File(File::open(real)?))
    }

    /// Whether a real (canonical) path is inside the client root.
    fn inside(&self, real: &Path) -> io::Result<bool> {
        let root = match self.real_root.get() {
            Some(r) => r,
            None => {
                let r = self.root.canonicalize()?;
                self.real_root.get_or_init(|| r)
            }
        };
        Ok(real.starts_with(root) && !real.components().any(|c| c == Component::ParentDir))
    }

    /// Opens a client file for reading only if it is a regular file inside the client
    /// root, after following symlinks (for copying evidence into the site).
    pub fn open_inside(&self, rel: &str) -> io::Result<File> {
        if check_relative_path(rel).is_err() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "not a plain relative path",
            ));
        }
        match self.resolve(rel)? {
            Resolved::File(file) => Ok(file),
            Resolved::Missing => Err(io::ErrorKind::NotFound.into()),
            Resolved::OutsideRoot => Err(Refusal::OutsideRoot.error()),
            Resolved::NotRegular => Err(Refusal::NotRegular.error()),
        }
    }
}

/// The real path of an open file, as the kernel has it; `None` where it cannot be told.
#[cfg(target_os = "linux")]
fn real_path_of(file: &File) -> Option<PathBuf> {
    use std::os::fd::AsRawFd;
    let real = std::fs::read_link(format!("/proc/self/fd/{}", file.as_raw_fd())).ok()?;
    // An unlinked file, or one outside this process's view of the file system.
    (real.is_absolute() && !real.as_os_str().as_encoded_bytes().ends_with(b" (deleted)"))
        .then_some(real)
}

#[cfg(not(target_os = "linux"))]
fn real_path_of(_file: &File) -> Option<PathBuf> {
    None
}

/// The sha256 of a file as lowercase hex, streamed.
pub fn sha256_file(path: &Path) -> io::Result<String> {
    sha256_reader(&mut File::open(path)?)
}

/// The sha256 of what `file` reads as lowercase hex, streamed.
pub fn sha256_reader(file: &mut impl Read) -> io::Result<String> {
    let mut hasher = Sha256::new();
    stream(file, |chunk| hasher.update(chunk))?;
    Ok(hex(&hasher.finalize()))
}

/// Reads `file` to its end through this thread's buffer, handing each chunk to `chunk`.
fn stream(file: &mut impl Read, mut chunk: impl FnMut(&[u8])) -> io::Result<()> {
    with_buffer(|buf| {
        loop {
            let n = file.read(buf)?;
            if n == 0 {
                return Ok(());
            }
            chunk(&buf[..n]);
        }
    })
}

/// The sha256 of an open file as lowercase hex, streamed, with its git blob id; no id when
/// the file did not keep the length it had when the read began.
fn sha256_and_blob_id(file: &mut File) -> io::Result<(String, Option<[u8; 20]>)> {
    let len = file.metadata()?.len();
    let mut sha256 = Sha256::new();
    let mut sha1 = sha1::Sha1::new();
    sha1.update(format!("blob {len}\0").as_bytes());
    let mut read = 0u64;
    stream(file, |chunk| {
        sha256.update(chunk);
        sha1.update(chunk);
        read += chunk.len() as u64;
    })?;
    let id = (read == len).then(|| sha1.finalize().into());
    Ok((hex(&sha256.finalize()), id))
}

/// Runs `f` with this thread's 256 KiB read buffer, made once per thread (most evidence
/// files are a few kilobytes: a fresh buffer per file cost more than reading them).
pub fn with_buffer<T>(f: impl FnOnce(&mut [u8]) -> T) -> T {
    thread_local! {
        static BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    BUFFER.with(|cell| match cell.try_borrow_mut() {
        Ok(mut buf) => {
            if buf.is_empty() {
                buf.resize(256 * 1024, 0);
            }
            f(&mut buf)
        }
        // Already in use further up this thread's stack.
        Err(_) => f(&mut vec![0u8; 256 * 1024]),
    })
}

/// Lowercase hex of bytes.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn refuses_paths_that_leave_the_root() {
        assert_eq!(check_relative_path("evidence/a.txt"), Ok(()));
        assert_eq!(check_relative_path("../a"), Err(PathProblem::ParentDir));
        assert_eq!(
            check_relative_path("evidence/../../a"),
            Err(PathProblem::ParentDir)
        );
        assert_eq!(
            check_relative_path("/etc/passwd"),
            Err(PathProblem::Absolute)
        );
        assert_eq!(check_relative_path("C:/x"), Err(PathProblem::Absolute));
        assert_eq!(
            check_relative_path("evidence\\a"),
            Err(PathProblem::Backslash)
        );
        // A Windows path is judged as Windows reads it.
        assert_eq!(
            check_relative_path("C:\\evidence\\a"),
            Err(PathProblem::Absolute)
        );
        assert_eq!(
            check_relative_path("\\\\server\\share\\a"),
            Err(PathProblem::Absolute)
        );
        assert_eq!(
            check_relative_path("evidence\\..\\..\\a"),
            Err(PathProblem::ParentDir)
        );
        assert_eq!(check_relative_path(""), Err(PathProblem::Empty));
    }

    /// Where each kind of link leads decides the verdict, whichever way it is opened
    /// (beneath the root by the kernel, or by reading the open file's path back).
    #[cfg(unix)]
    #[test]
    fn evidence_links_are_judged_by_where_they_lead() {
        use std::os::unix::fs::symlink;
        let tmp = tempfile::tempdir().expect("tmp");
        let root = tmp.path().join("client");
        fs::create_dir_all(root.join("evidence/sub")).expect("dirs");
        fs::write(root.join("evidence/a.txt"), "a").expect("write");
        fs::write(tmp.path().join("secret.txt"), "secret").expect("write");
        symlink("a.txt", root.join("evidence/rel")).expect("link");
        symlink(root.join("evidence/a.txt"), root.join("evidence/abs")).expect("link");
        symlink("../a.txt", root.join("evidence/sub/up")).expect("link");
        symlink("../../secret.txt", root.join("evidence/out")).expect("link");
        symlink(tmp.path().join("secret.txt"), root.join("evidence/absout")).expect("link");
        symlink(
            "../sub/../../../secret.txt",
            root.join("evidence/sub/zigzag"),
        )
        .expect("link");
        symlink("sub", root.join("evidence/dir")).expect("link");
        let tree = WorkTree::new(&root);
        let a = sha256_file(&root.join("evidence/a.txt")).expect("hash");
        for rel in [
            "evidence/a.txt",
            "evidence/rel",
            "evidence/abs",
            "evidence/sub/up",
        ] {
            assert_eq!(
                tree.evidence(rel).expect(rel),
                EvidenceEntry::File { sha256: a.clone() },
                "{rel}"
            );
        }
        for rel in ["evidence/out", "evidence/absout", "evidence/sub/zigzag"] {
            assert_eq!(
                tree.evidence(rel).expect(rel),
                EvidenceEntry::OutsideRoot,
                "{rel}"
            );
        }
        assert_eq!(
            tree.evidence("evidence/dir").expect("dir"),
            EvidenceEntry::NotRegular
        );
        assert_eq!(
            tree.evidence("evidence/none").expect("none"),
            EvidenceEntry::Missing
        );
    }
}
