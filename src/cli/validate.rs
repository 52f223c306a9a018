//! `hoshi validate`.

use crate::cli::{Config, ExitStatus, Format, emit, lang_for, style, unsupported, validate_repo};
use crate::error::Error;
use crate::render;

pub(super) fn run(cfg: &Config) -> Result<ExitStatus, Error> {
    let mut v = validate_repo(cfg)?;
    // A date after today is wrong whatever else holds; `status` reports it the same way.
    v.findings
        .extend(crate::evaluate::future::check(&v.client, cfg.today));
    // Underlined whole, as validation's own findings are.
    v.client.locate_ends(&mut v.findings);
    crate::finding::sort(&mut v.findings);
    let lang = lang_for(cfg, Some(&v.client));
    let style = style(cfg, lang);
    let out = match cfg.format.unwrap_or(Format::Text) {
        Format::Text => {
            let files = v.client.file_count();
            render::validation::text(&v.findings, files, |f| v.client.text(f), &style, cfg.quiet)
        }
        Format::Json => render::json::validation(&v, lang),
        Format::Github => render::validation::github(&v.findings, v.client.file_count(), &style),
        f @ (Format::Markdown | Format::Csv) => return Err(unsupported("validate", f)),
    };
    emit(&out)?;
    Ok(ExitStatus::findings_if(!v.is_valid()))
}
