//! `hoshi init`.

use std::path::Path;

use crate::cli::{Config, ExitStatus, Format, emit, lang_for, unsupported};
use crate::error::Error;
use crate::write::scaffold;

pub(super) fn run(cfg: &Config, dir: &Path, name: Option<&str>) -> Result<ExitStatus, Error> {
    let lang = lang_for(cfg, None);
    if cfg.format.is_some_and(|f| f != Format::Text) {
        return Err(unsupported("init", cfg.format.unwrap_or(Format::Text)));
    }
    let fallback = std::path::absolute(dir)
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()));
    let name = name
        .map(str::to_owned)
        .or(fallback)
        .unwrap_or_else(|| "（組織名を記入）".to_owned());
    let written = scaffold::init(dir, &name, &cfg.today.to_string())?;
    if !cfg.quiet {
        let mut s = String::new();
        for f in &written {
            s.push_str(&format!("  {f}\n"));
        }
        s.push_str(scaffold::next_steps(dir).get(lang));
        s.push('\n');
        emit(&s)?;
    }
    Ok(ExitStatus::Ok)
}
