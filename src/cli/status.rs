//! `hoshi status`.

use crate::cli::{Cli, Format, emit, lang_for, style, today_date, validate_repo};
use crate::error::Error;
use crate::{evaluate::status, render};

pub(super) fn run(cli: &Cli) -> Result<u8, Error> {
    let v = validate_repo(cli)?;
    let lang = lang_for(cli, Some(&v.client));
    let style = style(cli, lang);
    let s = status::evaluate(&v, today_date());
    let out = match cli.format.unwrap_or(Format::Text) {
        Format::Text => render::status_text::status(&s, |f| v.client.text(f), &style, cli.quiet),
        Format::Json => render::status_json::status(&s, lang),
        Format::Github => render::github::findings(&s.findings, &style),
        Format::Markdown => render::status_markdown::status(&s, &style),
        f @ Format::Csv => return Err(crate::cli::unsupported("status", f)),
    };
    emit(&out)?;
    Ok(if s.has_errors() { 1 } else { 0 })
}
