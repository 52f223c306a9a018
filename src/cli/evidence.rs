//! `hoshi evidence add|update|check|list`.

use std::path::PathBuf;

use clap::{Subcommand, ValueEnum};
use jiff::civil::Date;

use crate::cli::{Config, ExitStatus, Format, emit, lang_for, read_error, style, unsupported};
use crate::error::Error;
use crate::evidence::add::{self, Request, Validity};
use crate::model::Audience;
use crate::render;
use crate::source::WorkTree;
use crate::validate::client::Client;
use crate::{evidence::register, text};

#[derive(Debug, Subcommand)]
pub(crate) enum EvidenceCommand {
    /// Register a file inside the client folder: compute its sha256 and append an entry to
    /// evidence.yaml, leaving every byte already there as it was.
    Add {
        /// The file to register (inside the client folder).
        file: PathBuf,
        /// Id of the new item (e.g. EV-007); must not be in use.
        #[arg(long)]
        id: String,
        /// What the evidence shows.
        #[arg(long)]
        title: String,
        /// Widest audience whose site may show it.
        #[arg(long, value_enum, default_value = "internal")]
        visibility: Visibility,
        /// When it was collected (YYYY-MM-DD) [default: today].
        #[arg(long, value_name = "DATE")]
        collected_on: Option<String>,
        /// Months it stays valid after collection (1–120).
        #[arg(long, value_name = "N", conflicts_with = "valid_until")]
        valid_for_months: Option<u32>,
        /// The last day it is valid (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        valid_until: Option<String>,
    },
    /// Refresh a registered file: compute its sha256 again and set a new collected_on,
    /// changing only those values in evidence.yaml (and file, when another file is named).
    Update {
        /// Id of the registered item (e.g. EV-001).
        id: String,
        /// The new file, if it replaces the registered one (inside the client folder).
        file: Option<PathBuf>,
        /// When it was collected (YYYY-MM-DD) [default: today].
        #[arg(long, value_name = "DATE")]
        collected_on: Option<String>,
    },
    /// Verify every evidence file (exists, unchanged sha256) and its expiry; exit 1 on a problem.
    Check,
    /// List the evidence with age, expiry and what cites it; flags items nothing cites.
    List,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Visibility {
    Public,
    Partners,
    Internal,
}

impl From<Visibility> for Audience {
    fn from(v: Visibility) -> Audience {
        match v {
            Visibility::Public => Audience::Public,
            Visibility::Partners => Audience::Partners,
            Visibility::Internal => Audience::Internal,
        }
    }
}

fn date(flag: &str, value: &str) -> Result<Date, Error> {
    value
        .parse::<Date>()
        .ok()
        .filter(|_| value.len() == 10)
        .ok_or_else(|| {
            Error::Usage(text!(
                "--{flag} の日付「{value}」が読めません。YYYY-MM-DD で書いてください（例: 2026-04-18）",
                "--{flag}: \"{value}\" is not a date; write YYYY-MM-DD (e.g. 2026-04-18)"
            ))
        })
}

/// A date that has already come: evidence is collected on or before today.
fn past_date(flag: &str, value: &str, today: Date) -> Result<Date, Error> {
    let d = date(flag, value)?;
    if d > today {
        return Err(Error::Usage(text!(
            "--{flag} {d} は今日（{today}）より後の日付です。集めた日の日付を指定してください",
            "--{flag} {d} is after today ({today}); give the day it was collected"
        )));
    }
    Ok(d)
}

pub(super) fn run(cfg: &Config, command: &EvidenceCommand) -> Result<ExitStatus, Error> {
    match command {
        EvidenceCommand::Add {
            file,
            id,
            title,
            visibility,
            collected_on,
            valid_for_months,
            valid_until,
        } => {
            let collected_on = match collected_on {
                Some(d) => past_date("collected-on", d, cfg.today)?,
                None => cfg.today,
            };
            let validity = match (valid_for_months, valid_until) {
                (Some(n), _) => Some(Validity::Months(*n)),
                (None, Some(d)) => Some(Validity::Until(date("valid-until", d)?)),
                (None, None) => None,
            };
            let request = Request {
                file: file.clone(),
                id: id.clone(),
                title: title.clone(),
                visibility: (*visibility).into(),
                collected_on,
                validity,
            };
            add(cfg, &request)
        }
        EvidenceCommand::Update {
            id,
            file,
            collected_on,
        } => {
            let collected_on = match collected_on {
                Some(d) => past_date("collected-on", d, cfg.today)?,
                None => cfg.today,
            };
            let request = crate::evidence::update::Request {
                id: id.clone(),
                file: file.clone(),
                collected_on,
            };
            update(cfg, &request)
        }
        EvidenceCommand::Check => check(cfg),
        EvidenceCommand::List => list(cfg),
    }
}

fn read(cfg: &Config) -> Result<(WorkTree, Client), Error> {
    let root = WorkTree::new(&cfg.repo);
    let client = Client::read(&root).map_err(|e| read_error(&cfg.repo, e))?;
    Ok((root, client))
}

fn add(cfg: &Config, request: &Request) -> Result<ExitStatus, Error> {
    let format = cfg.format.unwrap_or(Format::Text);
    if !matches!(format, Format::Text | Format::Json) {
        return Err(unsupported("evidence add", format));
    }
    let plan = add::add(&cfg.repo, request)?;
    let client = Client::read(&WorkTree::new(&cfg.repo)).ok();
    let style = style(cfg, lang_for(cfg, client.as_ref()));
    let out = match format {
        Format::Json => render::evidence::added_json(&plan),
        _ if cfg.quiet => String::new(),
        _ => render::evidence::added_text(&plan, &style),
    };
    emit(&out)?;
    Ok(ExitStatus::Ok)
}

fn update(cfg: &Config, request: &crate::evidence::update::Request) -> Result<ExitStatus, Error> {
    let format = cfg.format.unwrap_or(Format::Text);
    if !matches!(format, Format::Text | Format::Json) {
        return Err(unsupported("evidence update", format));
    }
    let done = crate::evidence::update::update(&cfg.repo, request)?;
    let client = Client::read(&WorkTree::new(&cfg.repo)).ok();
    let lang = lang_for(cfg, client.as_ref());
    let out = match format {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&serde_json::json!({
                "id": done.id,
                "file": done.file,
                "sha256": {"from": done.sha256_before, "to": done.sha256},
                "collected_on": {"from": done.collected_on_before, "to": done.collected_on.to_string()},
            }))
            .unwrap_or_default();
            s.push('\n');
            s
        }
        _ if cfg.quiet => String::new(),
        _ => {
            let id = crate::render::untrusted::Untrusted::new(done.id.as_str()).for_text();
            let file = crate::render::untrusted::Untrusted::new(done.file.as_str()).for_text();
            let same = done.sha256_before == done.sha256;
            let (from, to) = (&done.collected_on_before, done.collected_on);
            match (lang, same) {
                (crate::lang::Lang::Ja, true) => format!(
                    "hoshi: {id}（{file}）を更新しました: 内容は同じです。collected_on {from} → {to}\n"
                ),
                (crate::lang::Lang::Ja, false) => format!(
                    "hoshi: {id}（{file}）を更新しました: sha256 を計算し直しました。collected_on {from} → {to}\n"
                ),
                (crate::lang::Lang::En, true) => format!(
                    "hoshi: updated {id} ({file}): the content is the same; collected_on {from} → {to}\n"
                ),
                (crate::lang::Lang::En, false) => format!(
                    "hoshi: updated {id} ({file}): sha256 computed again; collected_on {from} → {to}\n"
                ),
            }
        }
    };
    emit(&out)?;
    Ok(ExitStatus::Ok)
}

fn check(cfg: &Config) -> Result<ExitStatus, Error> {
    let (root, client) = read(cfg)?;
    let lang = lang_for(cfg, Some(&client));
    let style = style(cfg, lang);
    let r = register::check(&client, &root, cfg.today);
    let out = match cfg.format.unwrap_or(Format::Text) {
        Format::Text => render::evidence::check_text(&r, |f| client.text(f), &style, cfg.quiet),
        Format::Json => render::evidence::check_json(&r, lang),
        Format::Github => render::evidence::check_github(&r, &style),
        f @ (Format::Markdown | Format::Csv) => return Err(unsupported("evidence check", f)),
    };
    emit(&out)?;
    Ok(ExitStatus::findings_if(r.has_problems()))
}

fn list(cfg: &Config) -> Result<ExitStatus, Error> {
    let (root, client) = read(cfg)?;
    let lang = lang_for(cfg, Some(&client));
    let style = style(cfg, lang);
    let r = register::list(&client, &root, cfg.today);
    let out = match cfg.format.unwrap_or(Format::Text) {
        Format::Text => render::evidence::list_text(&r, |f| client.text(f), &style),
        Format::Json => render::evidence::list_json(&r, lang),
        Format::Csv => render::evidence::list_csv(&r),
        Format::Markdown => render::evidence::list_markdown(&r, &style),
        f @ Format::Github => return Err(unsupported("evidence list", f)),
    };
    emit(&out)?;
    Ok(ExitStatus::findings_if(!r.readable))
}
