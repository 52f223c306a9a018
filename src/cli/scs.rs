//! `hoshi scs suggest [--write]`.

use std::fs;

use clap::Subcommand;

use crate::cli::{Config, ExitStatus, Format, emit, lang_for, style, unsupported, validate_repo};
use crate::error::Error;
use crate::model::files::FileKind;
use crate::render;
use crate::scs::{crosswalk, write};
use crate::text;
use crate::write::atomic::{self, Replace};

#[derive(Debug, Subcommand)]
pub(crate) enum ScsCommand {
    /// Suggest answers for the ★3 criteria from the SECURITY ACTION answers; never
    /// answers by itself.
    Suggest {
        /// Add the suggestions for criteria scs.yaml does not answer yet, marked
        /// `suggested: true` (they count as not answered until confirmed).
        #[arg(long)]
        write: bool,
    },
}

pub(super) fn run(cfg: &Config, command: &ScsCommand) -> Result<ExitStatus, Error> {
    let ScsCommand::Suggest { write: do_write } = command;
    let format = cfg.format.unwrap_or(Format::Text);
    if !matches!(format, Format::Text | Format::Json) {
        return Err(unsupported("scs suggest", format));
    }
    let v = validate_repo(cfg)?;
    let lang = lang_for(cfg, Some(&v.client));
    let present = v.client.files.iter().any(|f| f.kind == FileKind::Scs);
    let scs_errors = v
        .findings
        .iter()
        .any(|f| f.is_error() && f.file == FileKind::Scs.file_name());
    let suggestions = crosswalk::suggest(&v.client, v.client.scs.as_deref());
    let mut written = None;
    if *do_write {
        if !present {
            return Err(Error::Output(text!(
                "scs.yaml がありません。先に `hoshi init --scs` で作ってください",
                "there is no scs.yaml; create it first with `hoshi init --scs`"
            )));
        }
        if scs_errors || v.client.scs.is_none() {
            return Err(Error::Output(text!(
                "scs.yaml に誤りがあるため書き込みません。先に `hoshi validate` で直してください",
                "scs.yaml has errors, so nothing is written; fix them first (`hoshi validate`)"
            )));
        }
        let path = cfg.repo.join(FileKind::Scs.file_name());
        let meta = fs::symlink_metadata(&path).map_err(|e| Error::read(&path, e))?;
        if !meta.is_file() {
            return Err(Error::Output(text!(
                "scs.yaml が通常のファイルではない（リンクなど）ため書き込みません",
                "scs.yaml is not a regular file (a link?), so nothing is written"
            )));
        }
        let bytes = fs::read(&path).map_err(|e| Error::read(&path, e))?;
        let (bom, body) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) => (true, rest),
            None => (false, &bytes[..]),
        };
        let Ok(text) = std::str::from_utf8(body) else {
            return Err(Error::Output(text!(
                "scs.yaml が UTF-8 ではないため書き込みません",
                "scs.yaml is not UTF-8, so nothing is written"
            )));
        };
        let new: Vec<&crosswalk::Suggestion> =
            suggestions.iter().filter(|s| s.current.is_none()).collect();
        let after = write::add(text, &new).map_err(Error::Output)?;
        if !new.is_empty() {
            let mut out = Vec::with_capacity(after.len() + 3);
            if bom {
                out.extend_from_slice(b"\xEF\xBB\xBF");
            }
            out.extend_from_slice(after.as_bytes());
            atomic::write_file(&path, &out, Replace::Always)?;
        }
        written = Some(new.iter().map(|s| s.criterion.clone()).collect::<Vec<_>>());
    }
    let out = match format {
        Format::Json => render::scs::suggest_json(&suggestions, written.as_deref(), lang),
        _ => render::layout::text::text(
            &render::scs::suggest_sections(&suggestions, written.as_deref()),
            &style(cfg, lang),
            |_| None,
        ),
    };
    if !cfg.quiet || format == Format::Json {
        emit(&out)?;
    }
    Ok(ExitStatus::Ok)
}
