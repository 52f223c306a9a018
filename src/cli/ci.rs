//! `hoshi ci`: what the client workflow runs on every change — validate, status, the diff
//! against the last review, and the site — from one reading of the files.

use std::fs::OpenOptions;
use std::io::Write as _;
use std::path::Path;

use crate::cli::{Cli, Format, emit, lang_for, read_error, style, today_date, unsupported};
use crate::error::Error;
use crate::evaluate::evaluation;
use crate::history::diff::{self, Diffed, Head};
use crate::history::provenance;
use crate::lang::Lang;
use crate::render;
use crate::site::{self, theme::Theme};
use crate::source::WorkTree;
use crate::text;
use crate::write::folder as output;

pub(super) fn run(cli: &Cli, out: &Path) -> Result<u8, Error> {
    if cli.format.is_some_and(|f| f != Format::Text) {
        return Err(unsupported("ci", cli.format.unwrap_or(Format::Text)));
    }
    let today = today_date();
    let e = evaluation::evaluate(&WorkTree::new(&cli.repo), today)
        .map_err(|err| read_error(&cli.repo, err))?;
    let lang = lang_for(cli, Some(e.client()));
    let style = style(cli, lang);
    let source = |f: &str| e.client().text(f);
    let mut log = String::new();
    if std::env::var("GITHUB_ACTIONS").is_ok_and(|v| v == "true") {
        log.push_str(&render::github::findings(&e.status.findings, &style));
    }
    log.push_str(&render::status_text::status(
        &e.status, source, &style, cli.quiet,
    ));

    let mut summary = render::status_markdown::status(&e.status, &style);
    summary.push('\n');
    match diff::diff(&cli.repo, None, Head::WorkTree(&e)) {
        Ok(Diffed { diff, .. }) => {
            log.push('\n');
            log.push_str(&render::diff_text::diff(&diff, source, &style));
            summary.push_str(&render::diff_markdown::diff(
                &diff,
                e.status.name(lang),
                &style,
            ));
        }
        // Outside git, in a shallow clone or before the first commit there is nothing to
        // compare with; the rest of the job still runs.
        Err(why) => {
            let note = skipped(lang, &why.message(lang));
            log.push_str(&format!("\n{note}\n"));
            summary.push_str(&format!("> {note}\n"));
        }
    }
    if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
        OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .and_then(|mut f| f.write_all(summary.as_bytes()))
            .map_err(|err| Error::write(&path, err))?;
    }

    let has_errors = e.status.has_errors();
    let site = crate::load::theme::read(&cli.repo)
        .and_then(|theme| {
            let provenance = provenance::read(&cli.repo, &e.tag_prefix(), &e.status.digest, today);
            site::build(
                &cli.repo,
                &e.validation,
                &e.status,
                None,
                provenance,
                Theme::with_overrides(theme),
            )
        })
        .and_then(|built| output::write(out, &built.site.tree).map(|()| built.site.tree.len()));
    match site {
        Ok(files) => {
            let shown = out.display();
            log.push_str(&format!(
                "\n{}\n",
                text!(
                    "サイトを {shown} に書き出しました（{files} ファイル）",
                    "site written to {shown} ({files} files)"
                )
                .get(lang)
            ));
            emit(&log)?;
            Ok(u8::from(has_errors))
        }
        // The files' errors are already the job's failure; say why there is no site too.
        Err(why) if has_errors => {
            let m = why.message(lang);
            log.push_str(&format!(
                "\n{}\n",
                text!("サイトは作成していません: {m}", "no site built: {m}").get(lang)
            ));
            emit(&log)?;
            Ok(1)
        }
        Err(why) => {
            emit(&log)?;
            Err(why)
        }
    }
}

fn skipped(lang: Lang, why: &str) -> String {
    text!(
        "前回のレビューとの比較は行いません: {why}",
        "no comparison with the last review: {why}"
    )
    .get(lang)
    .to_owned()
}
