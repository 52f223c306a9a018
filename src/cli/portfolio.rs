//! `hoshi portfolio`.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use crate::cli::{Config, ExitStatus, Format, emit, env_lang, unsupported};
use crate::error::Error;
use crate::lang::Lang;
use crate::write::atomic::{self, Replace};
use crate::write::folder as output;
use crate::{portfolio, render, site::dashboard, text};

/// Clients from which a progress bar is worth showing.
const PROGRESS_FROM: usize = 20;

pub(super) fn run(
    cfg: &Config,
    paths: &[PathBuf],
    use_cache: bool,
    calendar: Option<&Path>,
    remind_days: u32,
    site: Option<&Path>,
) -> Result<ExitStatus, Error> {
    let lang = cfg.lang.or_else(env_lang).unwrap_or(Lang::Ja);
    let format = cfg.format.unwrap_or(Format::Text);
    if format == Format::Github {
        return Err(unsupported("portfolio", format));
    }
    let today = cfg.today;
    let found = portfolio::discover(paths)?;
    {
        let mut err = std::io::stderr().lock();
        for (dir, why) in &found.unreadable {
            let _ = match lang {
                Lang::Ja => writeln!(err, "hoshi: 警告: フォルダ {dir} を読めません: {why}"),
                Lang::En => writeln!(err, "hoshi: warning: cannot list {dir}: {why}"),
            };
        }
    }
    if found.clients.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        let shown = shown.join(", ");
        return Err(Error::Usage(text!(
            "{shown} の下にクライアント（hoshi.yaml のあるフォルダ）が見つかりません",
            "no client (a folder with hoshi.yaml) found under {shown}"
        )));
    }
    if let Some(dir) = site {
        // Before any work; the site's message names its own flag.
        output::check_target(dir).map_err(|e| {
            let flag = |m: String| m.replace("--out", "--site");
            Error::Output(crate::lang::Text::new(
                flag(e.message(Lang::Ja)),
                flag(e.message(Lang::En)),
            ))
        })?;
    }
    // The calendar (every due date) only when it is written or published.
    let all_due = calendar.is_some() || site.is_some();
    let cache = use_cache.then(portfolio::cache::RowCache::open).flatten();
    let rows = evaluate(cfg, &found.clients, today, all_due, cache.as_ref());
    let ics = if all_due {
        render::calendar::ics(&rows, today, lang, remind_days)
    } else {
        String::new()
    };
    if let Some(file) = calendar {
        let ours = |old: &[u8]| render::calendar::is_ours(old);
        atomic::write_file(file, ics.as_bytes(), Replace::IfOurs(&ours))?;
    }
    if let Some(dir) = site {
        let json = render::portfolio::json(&rows, today, lang);
        let dashboard = dashboard::build(&rows, today, lang, &json, &ics)?;
        output::write(dir, &dashboard.tree)?;
        if !cfg.quiet {
            let mut err = std::io::stderr().lock();
            let (n, shown) = (dashboard.built.len(), dir.display());
            let _ = match lang {
                Lang::Ja => writeln!(
                    err,
                    "hoshi: {shown} にダッシュボードと {n} 件のクライアントの社内向けサイトを書き出しました（非公開にしてください）"
                ),
                Lang::En => writeln!(
                    err,
                    "hoshi: wrote the dashboard and {n} clients' internal sites to {shown} (keep it private)"
                ),
            };
            for (path, why) in &dashboard.skipped {
                let _ = match lang {
                    Lang::Ja => writeln!(
                        err,
                        "hoshi: 警告: {path} のサイトは作れませんでした: {}",
                        why.ja
                    ),
                    Lang::En => writeln!(err, "hoshi: warning: no site for {path}: {}", why.en),
                };
            }
        }
    }
    let style = crate::cli::style(cfg, lang);
    let out = match format {
        Format::Text if cfg.quiet => String::new(),
        Format::Text => render::portfolio::text(&rows, &style),
        Format::Json => render::portfolio::json(&rows, today, lang),
        Format::Csv => render::portfolio::csv(&rows, lang),
        Format::Markdown => render::portfolio::markdown(&rows, &style),
        Format::Github => String::new(),
    };
    emit(&out)?;
    let attention = rows.iter().any(|r| r.not_held() || r.has_errors());
    Ok(ExitStatus::findings_if(attention))
}

/// Evaluates in parallel, with a progress bar on a terminal for larger portfolios.
fn evaluate(
    cfg: &Config,
    clients: &[portfolio::Found],
    today: jiff::civil::Date,
    all_due: bool,
    cache: Option<&portfolio::cache::RowCache>,
) -> Vec<portfolio::Row> {
    let show = !cfg.quiet && clients.len() > PROGRESS_FROM && std::io::stderr().is_terminal();
    if !show {
        return portfolio::evaluate(clients, today, all_due, cache, &|| {});
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(clients.len() as u64),
        indicatif::ProgressDrawTarget::stderr(),
    );
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}") {
        bar.set_style(style);
    }
    let rows = portfolio::evaluate(clients, today, all_due, cache, &|| bar.inc(1));
    bar.finish_and_clear();
    rows
}
