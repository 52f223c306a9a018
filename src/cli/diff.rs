//! `hoshi diff`: the result now against the last review.

use clap::ValueEnum;

use crate::cli::{Config, ExitStatus, Format, emit, lang_for, read_error, style, unsupported};
use crate::error::Error;
use crate::evaluate::evaluation;
use crate::history::diff::{self, Diffed, Head};
use crate::render;
use crate::source::WorkTree;

/// What makes `hoshi diff` exit 1 besides errors in the files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(super) enum FailOn {
    /// The eligible level fell, a met requirement became unmet, or the total score fell.
    Regression,
    /// Any single answer got worse (fewer points), even when the total rose.
    Answer,
}

pub(super) fn run(
    cfg: &Config,
    base: Option<&str>,
    head: Option<&str>,
    fail_on: &[FailOn],
) -> Result<ExitStatus, Error> {
    let format = cfg.format.unwrap_or(Format::Text);
    if format == Format::Csv {
        return Err(unsupported("diff", format));
    }
    // The working tree is read first: a folder without hoshi.yaml is the first thing to say.
    let worktree = match head {
        None => Some(
            evaluation::evaluate(&WorkTree::new(&cfg.repo), cfg.today)
                .map_err(|e| read_error(&cfg.repo, e))?,
        ),
        Some(_) => None,
    };
    let which = match (&worktree, head) {
        (Some(e), _) => Head::WorkTree(e),
        (None, rev) => Head::Revision(rev.unwrap_or("HEAD")),
    };
    let Diffed { diff: d, revision } = diff::diff(&cfg.repo, base, which)?;
    let Some(head_eval) = worktree.as_ref().or(revision.as_ref()) else {
        return Err(Error::History(crate::text!(
            "比較する側を評価できませんでした",
            "the head of the comparison could not be evaluated"
        )));
    };
    let lang = lang_for(cfg, Some(head_eval.client()));
    let style = style(cfg, lang);
    let out = match format {
        Format::Text => render::diff::text(&d, |f| head_eval.client().text(f), &style),
        Format::Json => render::diff_json::diff(&d, lang),
        Format::Markdown => render::diff::markdown(&d, &style),
        Format::Github => render::diff::github(&d, &style),
        f @ Format::Csv => return Err(unsupported("diff", f)),
    };
    emit(&out)?;
    // Nothing gets worse from no review: every answer is new then.
    let worse_answer = d.base.is_some() && d.changes.questions.iter().any(|q| q.points < 0);
    let gate = fail_on.iter().any(|g| match g {
        FailOn::Regression => !d.regressions.is_empty(),
        FailOn::Answer => worse_answer,
    });
    Ok(ExitStatus::findings_if(
        gate || head_eval.status.has_errors(),
    ))
}
