//! `hoshi ci`: what the client workflow runs on every change — validate, status, the diff
//! against the last review, and the site — from one reading of the files.

use std::fs::OpenOptions;
use std::io::Write as _;
use std::path::Path;

use crate::cli::{Config, ExitStatus, Format, emit, lang_for, read_error, style, unsupported};
use crate::error::{Error, GitKind};
use crate::evaluate::evaluation;
use crate::history::diff::{self, Diffed, Head};
use crate::history::provenance;
use crate::lang::Lang;
use crate::render;
use crate::site::{self, theme::Theme};
use crate::source::WorkTree;
use crate::text;
use crate::write::folder as output;

pub(super) fn run(cfg: &Config, out: &Path) -> Result<ExitStatus, Error> {
    if cfg.format.is_some_and(|f| f != Format::Text) {
        return Err(unsupported("ci", cfg.format.unwrap_or(Format::Text)));
    }
    let today = cfg.today;
    let e = evaluation::evaluate(&WorkTree::new(&cfg.repo), today)
        .map_err(|err| read_error(&cfg.repo, err))?;
    let lang = lang_for(cfg, Some(e.client()));
    let style = style(cfg, lang);
    let source = |f: &str| e.client().text(f);
    let mut log = String::new();
    if std::env::var("GITHUB_ACTIONS").is_ok_and(|v| v == "true") {
        log.push_str(&render::github::findings(&e.status.findings, &style));
    }
    log.push_str(&render::status_text::status(
        &e.status, source, &style, cfg.quiet,
    ));

    let mut summary = render::status_markdown::status(&e.status, &style);
    summary.push('\n');
    match diff::diff(&cfg.repo, None, Head::WorkTree(&e)) {
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
        Err(why) if why.git_kind().is_some_and(GitKind::is_no_history) => {
            let note = skipped(lang, &why.message(lang));
            log.push_str(&format!("\n{note}\n"));
            summary.push_str(&format!("> {note}\n"));
        }
        // Anything else (the reviewed revision in a newer format, git failing) is the
        // job failing: say what was done so far, then the error.
        Err(why) => {
            emit(&log)?;
            return Err(why);
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
    let site = crate::load::theme::read(&cfg.repo)
        .and_then(|theme| {
            let provenance = provenance::read(&cfg.repo, &e.tag_prefix(), &e.status.digest, today);
            site::build(
                &cfg.repo,
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
            Ok(ExitStatus::findings_if(has_errors))
        }
        // The files' errors are already the job's failure; say why there is no site too.
        Err(why) if has_errors => {
            let m = why.message(lang);
            log.push_str(&format!(
                "\n{}\n",
                text!("サイトは作成していません: {m}", "no site built: {m}").get(lang)
            ));
            emit(&log)?;
            Ok(ExitStatus::Findings)
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
