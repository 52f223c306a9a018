//! `hoshi schema --out DIR`: writes the embedded schemas, never over a file hoshi did not write.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::model::files::FileKind;
use crate::text;
use crate::write::atomic::{self, Replace};

/// True when `path` holds a schema written by hoshi (it carries hoshi's `$comment`).
fn written_by_hoshi(path: &Path) -> bool {
    fs::read(path).is_ok_and(|b| is_ours(&b))
}

/// A schema file hoshi wrote: its `$comment` starts with "hoshi ".
fn is_ours(bytes: &[u8]) -> bool {
    serde_json::from_slice::<serde_json::Value>(bytes)
        .ok()
        .and_then(|v| v.get("$comment")?.as_str().map(|c| c.starts_with("hoshi ")))
        .unwrap_or(false)
}

/// Writes the schemas into `dir` (created if missing), each through the one atomic
/// writer, replacing only a schema hoshi wrote. Returns the paths written.
pub fn write(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let targets: Vec<(PathBuf, &str)> = FileKind::EVERY
        .iter()
        .map(|k| (dir.join(k.schema_name()), k.schema_text()))
        .collect();
    let foreign: Vec<String> = targets
        .iter()
        .filter(|(p, _)| p.symlink_metadata().is_ok() && !written_by_hoshi(p))
        .map(|(p, _)| p.display().to_string())
        .collect();
    if !foreign.is_empty() {
        let list = foreign.join(", ");
        return Err(Error::Output(text!(
            "hoshi が書いたものではないファイルは上書きしません: {list}",
            "refusing to overwrite files hoshi did not write: {list}"
        )));
    }
    fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
    let mut written = Vec::new();
    for (path, body) in targets {
        if fs::read_to_string(&path).is_ok_and(|old| old == body) {
            continue;
        }
        atomic::write_file(&path, body.as_bytes(), Replace::IfOurs(&is_ours))?;
        written.push(path);
    }
    Ok(written)
}
