//! `hoshi validate`.

use crate::cli::{Config, ExitStatus, Format, emit, lang_for, style, unsupported, validate_repo};
use crate::error::Error;
use crate::render;

pub(super) fn run(cfg: &Config) -> Result<ExitStatus, Error> {
    let v = validate_repo(cfg)?;
    let lang = lang_for(cfg, Some(&v.client));
    let style = style(cfg, lang);
    let out = match cfg.format.unwrap_or(Format::Text) {
        Format::Text => {
            render::validation::text(&v.findings, |f| v.client.text(f), &style, cfg.quiet)
        }
        Format::Json => render::json::validation(&v, lang),
        Format::Github => render::validation::github(&v.findings, &style),
        f @ (Format::Markdown | Format::Csv) => return Err(unsupported("validate", f)),
    };
    emit(&out)?;
    Ok(ExitStatus::findings_if(!v.is_valid()))
}
