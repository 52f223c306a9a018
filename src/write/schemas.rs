//! `hoshi schema --out DIR`: writes the embedded schemas, never over a file hoshi did not write.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::text;
use crate::validate::schema::FileKind;

/// True when `path` holds a schema written by hoshi (it carries hoshi's `$comment`).
fn written_by_hoshi(path: &Path) -> bool {
    fs::read_to_string(path)
        .ok()
        .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
        .and_then(|v| v.get("$comment")?.as_str().map(|c| c.starts_with("hoshi ")))
        .unwrap_or(false)
}

/// Writes the five schemas into `dir` (created if missing). Returns the paths written.
pub fn write(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let targets: Vec<(PathBuf, &str)> = FileKind::ALL
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
        return Err(Error::Refused(text!(
            "hoshi が書いたものではないファイルは上書きしません: {list}",
            "refusing to overwrite files hoshi did not write: {list}"
        )));
    }
    fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let mut written = Vec::new();
    for (path, body) in targets {
        if fs::read_to_string(&path).is_ok_and(|old| old == body) {
            continue;
        }
        // Write beside the target, then rename: a reader never sees half a schema.
        let tmp = path.with_extension("json.tmp");
        fs::write(&tmp, body)
            .and_then(|()| fs::rename(&tmp, &path))
            .map_err(|e| {
                let _ = fs::remove_file(&tmp);
                Error::io(&path, e)
            })?;
        written.push(path);
    }
    Ok(written)
}
