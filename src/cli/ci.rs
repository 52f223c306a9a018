//! `hoshi ci`: what the client workflow runs on every change — validate, status, the diff
//! against the last review, and the site — from one reading of the files.
//!
//! A pull request controls the files, so under GitHub Actions everything that is not an
//! annotation is printed between `::stop-commands::TOKEN` and `::TOKEN::` with a random
//! token (client text is escaped as well: this is defence in depth), annotations are
//! capped, and the job summary stays under GitHub's 1 MiB.

use std::fs::OpenOptions;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::cli::site::AudienceArg;
use crate::cli::{Config, ExitStatus, Format, emit, lang_for, read_error, style, unsupported};
use crate::error::{Error, GitKind};
use crate::evaluate::evaluation::{self, Evaluation};
use crate::history::diff::{self, Diffed, Head};
use crate::history::provenance;
use crate::lang::{Lang, Text};
use crate::model::Audience;
use crate::render;
use crate::site::{self, theme::Theme};
use crate::source::WorkTree;
use crate::text;
use crate::write::atomic::{self, Replace};
use crate::write::folder as output;

/// Most annotations printed: GitHub shows only ten of each kind per step anyway.
const MAX_ANNOTATIONS: usize = 50;

/// Most bytes hoshi appends to the job summary (GitHub refuses a step summary over 1 MiB).
const MAX_SUMMARY: usize = 1000 * 1024;

pub(super) fn run(
    cfg: &Config,
    out: &Path,
    audience: Option<AudienceArg>,
) -> Result<ExitStatus, Error> {
    if cfg.format.is_some_and(|f| f != Format::Text) {
        return Err(unsupported("ci", cfg.format.unwrap_or(Format::Text)));
    }
    let today = cfg.today;
    let mut e = evaluation::evaluate(&WorkTree::new(&cfg.repo), today)
        .map_err(|err| read_error(&cfg.repo, err))?;
    // The review practice needs the git history; judge it where there is one.
    if let Some(review) = crate::history::review::review_record(&cfg.repo, &e.tag_prefix()) {
        e.status =
            crate::evaluate::status::evaluate_with_review(&e.validation, today, Some(&review));
    }
    let lang = lang_for(cfg, Some(e.client()));
    let audience = deployed_audience(&e, audience.map(Audience::from))?;
    let style = style(cfg, lang);
    let source = |f: &str| e.client().text(f);
    let github = std::env::var("GITHUB_ACTIONS").is_ok_and(|v| v == "true");
    let mut log = String::new();
    log.push_str(&render::status::text(&e.status, source, &style, cfg.quiet));

    let mut summary = render::status::markdown(&e.status, &style);
    summary.push('\n');
    let failed = match diff::diff(&cfg.repo, None, Head::WorkTree(&e)) {
        Ok(Diffed { diff, .. }) => {
            log.push('\n');
            log.push_str(&render::diff::text(&diff, source, &style));
            summary.push_str(&render::diff::markdown(&diff, &style));
            None
        }
        // Outside git, in a shallow clone or before the first commit there is nothing to
        // compare with; the rest of the job still runs.
        Err(why) if why.git_kind().is_some_and(GitKind::is_no_history) => {
            let note = skipped(lang, &why.message(lang));
            log.push_str(&format!("\n{note}\n"));
            summary.push_str(&format!("> {note}\n"));
            None
        }
        // Anything else (the reviewed revision in a newer format, git failing) is the
        // job failing: say what was done so far, then the error.
        Err(why) => Some(why),
    };
    if failed.is_none() {
        write_summary(&summary, lang)?;
    }

    let result = match failed {
        Some(why) => Err(why),
        None => build_site(cfg, &e, out, audience, lang, &mut log),
    };
    let annotations = if github {
        render::status::annotations(&e.status, &style, MAX_ANNOTATIONS)
    } else {
        String::new()
    };
    emit(&format!("{annotations}{}", guarded(&log, github)))?;
    result
}

/// Who the folder the workflow deploys is for. GitHub Pages is public, so it is `public`
/// unless hoshi.yaml says the host restricts who can read it (`site.access_controlled`);
/// a partners or internal build for deployment is refused otherwise.
fn deployed_audience(e: &Evaluation, asked: Option<Audience>) -> Result<Audience, Error> {
    let site = e.client().profile.as_ref().map(|p| &p.site);
    let controlled = site.is_some_and(|s| s.access_controlled);
    let wanted = asked.or(controlled.then(|| site.map(|s| s.audience)).flatten());
    match wanted {
        None | Some(Audience::Public) => Ok(Audience::Public),
        Some(a) if controlled => Ok(a),
        Some(a) => {
            let a = a.as_str();
            Err(Error::Usage(text!(
                "hoshi ci が書き出すフォルダは公開されるため、--audience {a} は使えません。アクセスを制限できるホスティング（GitHub Enterprise の非公開 Pages など）なら hoshi.yaml に site.access_controlled: true と書いてください。社内向けのサイトは `hoshi site --audience {a}` で作り、ワークフローの成果物（artifact）として渡してください",
                "the folder hoshi ci writes is deployed in public, so --audience {a} is refused; if the host restricts who can read it (such as private Pages on GitHub Enterprise), set site.access_controlled: true in hoshi.yaml. Build the {a} site with `hoshi site --audience {a}` and hand it on as a workflow artifact"
            )))
        }
    }
}

fn build_site(
    cfg: &Config,
    e: &Evaluation,
    out: &Path,
    audience: Audience,
    lang: Lang,
    log: &mut String,
) -> Result<ExitStatus, Error> {
    let has_errors = e.status.has_errors();
    let site = crate::load::theme::read(&cfg.repo)
        .and_then(|theme| {
            let provenance =
                provenance::read(&cfg.repo, &e.tag_prefix(), &e.status.digest, cfg.today);
            site::build(
                &cfg.repo,
                &e.validation,
                &e.status,
                Some(audience),
                provenance,
                Theme::with_overrides(theme),
            )
        })
        .and_then(|built| output::write(out, &built.site.tree).map(|()| built.site.tree.len()));
    match site {
        Ok(files) => {
            let shown = out.display();
            let a = audience.as_str();
            log.push_str(&format!(
                "\n{}\n",
                text!(
                    "サイト（{a}）を {shown} に書き出しました（{files} ファイル）",
                    "site ({a}) written to {shown} ({files} files)"
                )
                .get(lang)
            ));
            Ok(ExitStatus::findings_if(has_errors))
        }
        // The files' errors are already the job's failure; say why there is no site too.
        Err(why) if has_errors => {
            let m = why.message(lang);
            log.push_str(&format!(
                "\n{}\n",
                text!("サイトは作成していません: {m}", "no site built: {m}").get(lang)
            ));
            Ok(ExitStatus::Findings)
        }
        Err(why) => Err(why),
    }
}

/// Under GitHub Actions, the log between `::stop-commands::TOKEN` and `::TOKEN::`, so that
/// nothing in it can act as a workflow command.
fn guarded(log: &str, github: bool) -> String {
    if !github || log.is_empty() {
        return log.to_owned();
    }
    let token = format!(
        "hoshi-{:016x}{:016x}",
        atomic::unguessable(),
        atomic::unguessable()
    );
    let mut out = format!("::stop-commands::{token}\n{log}");
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&format!("::{token}::\n"));
    out
}

/// Appends the summary to `$GITHUB_STEP_SUMMARY`, cut to fit GitHub's limit. A cut summary
/// says so and points to the full report, written to `$RUNNER_TEMP/hoshi/report.md` for
/// the workflow to upload as an artifact.
fn write_summary(summary: &str, lang: Lang) -> Result<(), Error> {
    let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) else {
        return Ok(());
    };
    let shown = if summary.len() <= MAX_SUMMARY {
        summary.to_owned()
    } else {
        let report = std::env::var_os("RUNNER_TEMP")
            .filter(|p| !p.is_empty())
            .map(|t| PathBuf::from(t).join("hoshi").join("report.md"));
        if let Some(report) = &report {
            if let Some(dir) = report.parent() {
                std::fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
            }
            let ours = |b: &[u8]| b.starts_with(REPORT_HEAD.as_bytes());
            let full = format!("{REPORT_HEAD}{summary}");
            atomic::write_file(report, full.as_bytes(), Replace::IfOurs(&ours))?;
        }
        cut(
            summary,
            MAX_SUMMARY - 1024,
            &cut_note(report.is_some()),
            lang,
        )
    };
    OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut f| f.write_all(shown.as_bytes()))
        .map_err(|err| Error::write(&path, err))
}

/// The first line of the full report hoshi writes (so it replaces only its own).
const REPORT_HEAD: &str = "<!-- hoshi ci: the full job summary -->\n";

fn cut_note(artifact: bool) -> Text {
    if artifact {
        text!(
            "> [!NOTE]\n> 概要が GitHub の上限（1 MiB）を超えるため、ここで切りました。全文はワークフローの成果物 `hoshi-report` にあります。\n",
            "> [!NOTE]\n> The summary is longer than GitHub allows (1 MiB) and was cut here; the full report is the workflow artifact `hoshi-report`.\n"
        )
    } else {
        text!(
            "> [!NOTE]\n> 概要が GitHub の上限（1 MiB）を超えるため、ここで切りました。全文は `hoshi diff --format markdown` で見られます。\n",
            "> [!NOTE]\n> The summary is longer than GitHub allows (1 MiB) and was cut here; `hoshi diff --format markdown` prints all of it.\n"
        )
    }
}

/// `s` cut at a line boundary within `budget` bytes, every `<details>` fold left open by
/// the cut closed again, then `note`.
fn cut(s: &str, budget: usize, note: &Text, lang: Lang) -> String {
    let mut end = 0;
    for (at, _) in s.match_indices('\n') {
        if at + 1 > budget {
            break;
        }
        end = at + 1;
    }
    let mut out = s[..end].to_owned();
    let open = out.matches("<details").count();
    let closed = out.matches("</details>").count();
    for _ in closed..open {
        out.push_str("\n</details>\n");
    }
    out.push('\n');
    out.push_str(note.get(lang));
    out
}

fn skipped(lang: Lang, why: &str) -> String {
    text!(
        "前回のレビューとの比較は行いません: {why}",
        "no comparison with the last review: {why}"
    )
    .get(lang)
    .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_summary_closes_its_folds_and_says_so() {
        let s = "# a\n<details>\n<summary>x</summary>\n\nline 1\nline 2\n</details>\n";
        let out = cut(s, 30, &text!("cut", "cut"), Lang::En);
        assert_eq!(out, "# a\n<details>\n\n</details>\n\ncut");
        assert_eq!(cut(s, 1000, &text!("c", "c"), Lang::En), format!("{s}\nc"));
    }

    #[test]
    fn the_log_is_fenced_from_workflow_commands_with_a_fresh_token() {
        let a = guarded("x\n::error::forged\n", true);
        let b = guarded("x\n", true);
        let first = a.lines().next().expect("line");
        let token = first.strip_prefix("::stop-commands::").expect("fence");
        assert!(token.len() >= 32, "{token}");
        assert_eq!(a.lines().last(), Some(format!("::{token}::").as_str()));
        assert_ne!(b.lines().next(), Some(first));
        assert_eq!(guarded("x\n", false), "x\n");
    }
}
