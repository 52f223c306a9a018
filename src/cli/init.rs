//! `hoshi init`.

use std::path::Path;

use crate::cli::{Config, ExitStatus, Format, emit, lang_for, unsupported};
use crate::error::Error;
use crate::text;
use crate::write::scaffold;

pub(super) fn run(
    cfg: &Config,
    dir: &Path,
    name: Option<&str>,
    scs: bool,
) -> Result<ExitStatus, Error> {
    let lang = lang_for(cfg, None);
    if cfg.format.is_some_and(|f| f != Format::Text) {
        return Err(unsupported("init", cfg.format.unwrap_or(Format::Text)));
    }
    // `--repo` names the client folder for every command; `init DIR` does too. Either
    // may be given, not two different ones.
    let dir = match (dir == Path::new("."), cfg.repo == Path::new(".")) {
        (true, false) => cfg.repo.as_path(),
        (false, false) if dir != cfg.repo => {
            let (a, b) = (dir.display(), cfg.repo.display());
            return Err(Error::Usage(text!(
                "フォルダが2つ指定されています（{a} と --repo {b}）。どちらか一方にしてください",
                "two folders given ({a} and --repo {b}); give one"
            )));
        }
        _ => dir,
    };
    let fallback = std::path::absolute(dir)
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()));
    let name = name
        .map(str::to_owned)
        .or(fallback)
        .unwrap_or_else(|| "（組織名を記入）".to_owned());
    let done = scaffold::init_with(dir, &name, &cfg.today.to_string(), scs)?;
    if !cfg.quiet {
        emit(scaffold::report(dir, &done).get(lang))?;
    }
    Ok(ExitStatus::Ok)
}
