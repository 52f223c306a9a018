//! `hoshi review`: records an accepted review as an annotated tag on HEAD.

use serde_json::json;

use crate::cli::{Config, ExitStatus, Format, emit, lang_for, read_error, style, unsupported};
use crate::error::Error;
use crate::history::repo::Repo;
use crate::history::review::{self, Outcome, Request};
use crate::render;
use crate::source::WorkTree;
use crate::text;
use crate::validate::client::Client;

/// The tagger's time: `HOSHI_NOW` (seconds since the epoch, UTC; for tests), else now in
/// the local time zone.
fn now() -> (i64, i32) {
    if let Some(secs) = std::env::var("HOSHI_NOW")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
    {
        return (secs, 0);
    }
    let now = jiff::ZonedDateTime::now();
    (now.timestamp().as_second(), now.offset().seconds() / 60)
}

pub(super) fn run(
    cfg: &Config,
    reviewer: &str,
    date: Option<&str>,
    message: Option<&str>,
) -> Result<ExitStatus, Error> {
    let format = cfg.format.unwrap_or(Format::Text);
    if !matches!(format, Format::Text | Format::Json) {
        return Err(unsupported("review", format));
    }
    let reviewer = reviewer.trim();
    if reviewer.is_empty() || reviewer.contains(['\n', '\r']) {
        return Err(Error::Usage(text!(
            "--reviewer には見直しをした人の名前を1行で指定してください",
            "--reviewer needs the name of the person who reviewed, on one line"
        )));
    }
    let date_text = date.map_or_else(|| cfg.today.to_string(), str::to_owned);
    let Ok(date) = date_text.parse::<jiff::civil::Date>() else {
        return Err(Error::Usage(text!(
            "--date は YYYY-MM-DD 形式の実在する日付で指定してください（「{date_text}」）",
            "--date must be a real date written YYYY-MM-DD (\"{date_text}\")"
        )));
    };
    if date > cfg.today {
        let today = cfg.today;
        return Err(Error::Usage(text!(
            "--date {date} は今日（{today}）より後の日付です。見直しは行った日の日付で記録します",
            "--date {date} is after today ({today}); a review is recorded on the day it took place"
        )));
    }
    // The folder must be a client before git is asked anything.
    let worktree = Client::read(&WorkTree::new(&cfg.repo)).map_err(|e| read_error(&cfg.repo, e))?;
    let lang = lang_for(cfg, Some(&worktree));
    let repo = Repo::open(&cfg.repo)?;
    let (now, offset_minutes) = now();
    let request = Request {
        reviewer: reviewer.to_owned(),
        date,
        summary: message.map(str::to_owned),
        lang,
        now,
        offset_minutes,
    };
    match review::review(&repo, &request)? {
        Outcome::Uncommitted(paths) => {
            let list: String = paths.iter().map(|p| format!("\n  {p}")).collect();
            Err(Error::History(text!(
                "クライアントのフォルダにコミットしていない変更があります。コミットしてから見直しを記録してください（タグは作っていません）:{list}",
                "the client folder has uncommitted changes; commit them before recording a review (no tag was written):{list}"
            )))
        }
        Outcome::Invalid(e) => {
            let style = style(cfg, lang);
            let findings = &e.status.findings;
            let out = match format {
                Format::Json => {
                    let value = json!({
                        "tag": null,
                        "refused": "errors",
                        "findings": findings.iter().map(|f| render::json::finding(f, lang)).collect::<Vec<_>>(),
                    });
                    crate::render::json::document(&value)
                }
                _ => {
                    let why = crate::phrase!(
                        "HEAD のファイルにエラーがあるため、見直しを記録しませんでした（タグは作っていません）",
                        "the files at HEAD have errors, so no review was recorded (no tag was written)"
                    );
                    let sections =
                        render::validation::sections(findings, e.client().file_count(), vec![why]);
                    render::layout::text::text(&sections, &style, |f| e.client().text(f))
                }
            };
            emit(&out)?;
            Ok(ExitStatus::Findings)
        }
        Outcome::Tagged(t) => {
            let out = match format {
                Format::Json => render::review::json(&t),
                _ => render::review::text(&t, &style(cfg, lang)),
            };
            emit(&out)?;
            Ok(ExitStatus::Ok)
        }
    }
}
