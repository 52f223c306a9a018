//! The client's `theme/` folder: the files that override the site's embedded templates and
//! stylesheet, read as text. Only regular files inside the client root count; the folder
//! itself must not be a symlink (it could pull in files from outside).

use std::fs;
use std::path::Path;

use crate::error::Error;
use crate::text;

/// The folder in the client root whose files override the embedded ones.
pub const THEME_DIR: &str = "theme";

/// The stylesheet's name, in `theme/` and in the site.
pub const STYLESHEET: &str = "style.css";

/// Most bytes read from one theme file.
const MAX_THEME_FILE: u64 = 1024 * 1024;

/// What `theme/` holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ThemeFiles {
    /// The stylesheet and templates (`.html`, `.svg`) by file name, sorted.
    pub files: Vec<(String, String)>,
    /// Entries hoshi does not read (a misspelt name, a folder, a symlink), as
    /// `theme/NAME`, sorted.
    pub ignored: Vec<String>,
}

/// Reads `<client_root>/theme/`; empty when there is no such folder.
pub fn read(client_root: &Path) -> Result<ThemeFiles, Error> {
    let mut out = ThemeFiles::default();
    let dir = client_root.join(THEME_DIR);
    match fs::symlink_metadata(&dir) {
        Ok(m) if m.file_type().is_symlink() => {
            return Err(Error::Site(text!(
                "{THEME_DIR}/ がシンボリックリンクです。クライアントのフォルダの外のファイルを取り込まないよう、通常のフォルダにしてください",
                "{THEME_DIR}/ is a symbolic link; make it a plain folder, so that no file from outside the client folder is pulled in"
            )));
        }
        Ok(m) if !m.is_dir() => return Ok(out),
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(Error::read(&dir, e)),
    }
    let mut names = Vec::new();
    for entry in fs::read_dir(&dir).map_err(|e| Error::read(&dir, e))? {
        let entry = entry.map_err(|e| Error::read(&dir, e))?;
        names.push(entry.file_name().to_string_lossy().into_owned());
    }
    names.sort();
    for name in names {
        let path = dir.join(&name);
        let meta = fs::symlink_metadata(&path).map_err(|e| Error::read(&path, e))?;
        let wanted = name == STYLESHEET || name.ends_with(".html") || name.ends_with(".svg");
        if !wanted || !meta.is_file() {
            out.ignored.push(format!("{THEME_DIR}/{name}"));
            continue;
        }
        if meta.len() > MAX_THEME_FILE {
            let shown = format!("{THEME_DIR}/{name}");
            return Err(Error::Site(text!(
                "テーマのファイル {shown} が大きすぎます（1 MiB まで）",
                "theme file {shown} is too large (1 MiB at most)"
            )));
        }
        let source = fs::read_to_string(&path).map_err(|e| Error::read(&path, e))?;
        out.files.push((name, source));
    }
    Ok(out)
}
