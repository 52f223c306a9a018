//! `hoshi status`.

use crate::cli::{Config, ExitStatus, Format, emit, lang_for, style, validate_repo};
use crate::error::Error;
use crate::render;

pub(super) fn run(cfg: &Config) -> Result<ExitStatus, Error> {
    let v = validate_repo(cfg)?;
    let lang = lang_for(cfg, Some(&v.client));
    let style = style(cfg, lang);
    let s = crate::history::review::status_with_review(&cfg.repo, &v, cfg.today);
    let out = match cfg.format.unwrap_or(Format::Text) {
        Format::Text => render::status::text(&s, |f| v.client.text(f), &style, cfg.quiet),
        Format::Json => render::status_json::status(&s, lang),
        Format::Github => render::status::github(&s, &style),
        Format::Markdown => render::status::markdown(&s, &style),
        f @ Format::Csv => return Err(crate::cli::unsupported("status", f)),
    };
    emit(&out)?;
    Ok(ExitStatus::findings_if(s.has_errors()))
}
