//! Writing a file whole or not at all, until the shared atomic writer takes over.
//!
//! A temporary file with a random name is created beside the target (never following a
//! symlink, never reusing a name), filled, flushed to disk and renamed over the target.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use sha2::{Digest, Sha256};

/// Replaces (or creates) `path` with `bytes`; a failure leaves the old file as it was.
/// A symlink at `path` is refused, not followed.
pub fn atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let old = match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            return Err(io::Error::other("is a symlink; not followed"));
        }
        Ok(m) if !m.is_file() => return Err(io::Error::other("is not a regular file")),
        Ok(m) => Some(m),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (tmp, mut file) = create_temp(dir, &name)?;
    let result = (|| {
        file.write_all(bytes)?;
        if let Some(m) = &old {
            fs::set_permissions(&tmp, m.permissions())?;
        }
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, path)?;
        // The rename is durable once the folder is; not every platform can sync one.
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

fn create_temp(dir: &Path, name: &str) -> io::Result<(std::path::PathBuf, fs::File)> {
    let mut last = None;
    for attempt in 0u32..16 {
        let tmp = dir.join(format!(".{name}.{}.tmp", random(attempt)));
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| io::Error::other("no temporary name")))
}

/// Twelve hex digits no other writer is likely to pick.
fn random(attempt: u32) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let local = 0u8;
    let seed = format!(
        "{}-{now}-{attempt}-{:p}",
        std::process::id(),
        std::ptr::addr_of!(local)
    );
    crate::source::hex(&Sha256::digest(seed.as_bytes()))[..12].to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_whole_and_refuses_symlinks() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.yaml");
        atomic(&p, b"one").unwrap();
        atomic(&p, b"two").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"two");
        #[cfg(unix)]
        {
            let link = dir.path().join("b.yaml");
            std::os::unix::fs::symlink(&p, &link).unwrap();
            assert!(atomic(&link, b"x").is_err());
            assert_eq!(fs::read(&p).unwrap(), b"two");
        }
        let left: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 2);
    }
}
