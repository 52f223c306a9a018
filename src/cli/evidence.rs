//! `hoshi evidence add|check|list`.

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
