//! `hoshi validate`.

use crate::cli::{Cli, Format, emit, lang_for, style, unsupported, validate_repo};
use crate::error::Error;
use crate::model::files::FileKind;
use crate::render;

pub(super) fn run(cli: &Cli) -> Result<u8, Error> {
    let v = validate_repo(cli)?;
    let lang = lang_for(cli, Some(&v.client));
    let style = style(cli, lang);
    let out = match cli.format.unwrap_or(Format::Text) {
        Format::Text => {
            let mut s = render::text::findings(&v.findings, |f| v.client.text(f), &style);
            if !cli.quiet {
                s.push_str(&render::text::summary(
                    &v.findings,
                    FileKind::ALL.len(),
                    lang,
                ));
            }
            s
        }
        Format::Json => render::json::validation(&v, lang),
        Format::Github => render::github::findings(&v.findings, &style),
        f @ (Format::Markdown | Format::Csv) => return Err(unsupported("validate", f)),
    };
    emit(&out)?;
    Ok(if v.is_valid() { 0 } else { 1 })
}
