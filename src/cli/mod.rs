//! The command line: parses flags into plain values, runs the core, writes its output.
//! Only this module touches stdout and stderr, and only `main` turns the result into an exit code.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

mod ci;
mod color;
pub mod completions;
mod diff;
mod early;
mod evidence;
mod formats;
pub mod help_ja;
mod history;
mod init;
pub mod man;
mod portfolio;
mod review;
mod schema;
mod scs;
mod sheet;
pub(crate) mod site;
mod status;
mod validate;

use crate::error::Error;
use crate::lang::Lang;
use crate::render::Style;
use crate::source::WorkTree;
use crate::text;
use crate::validate::client::{Client, ReadError};

#[derive(Debug, Parser)]
#[command(
    name = "hoshi",
    version,
    about = "Compliance as code for IPA's SECURITY ACTION (★ / ★★) self-declaration"
)]
pub(crate) struct Cli {
    /// The client root: the folder holding hoshi.yaml.
    #[arg(long, global = true, default_value = ".", value_name = "DIR")]
    pub(crate) repo: PathBuf,
    /// Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja].
    #[arg(long, global = true, value_enum)]
    pub(crate) lang: Option<LangArg>,
    /// Output format.
    #[arg(long, global = true, value_enum)]
    pub(crate) format: Option<Format>,
    /// When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides).
    #[arg(long, global = true, value_enum, default_value = "auto")]
    pub(crate) color: ColorChoice,
    /// Print only findings, no summary.
    #[arg(short, long, global = true)]
    pub(crate) quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Scaffold a client repository (refuses to overwrite anything).
    Init {
        /// Folder to create the client in.
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// The organisation's name.
        #[arg(long)]
        name: Option<String>,
        /// Also add scs.yaml, the self-check of readiness for ★3 of the SCS scheme, with
        /// every criterion unanswered (works in an existing client too).
        #[arg(long)]
        scs: bool,
    },
    /// Check every client file against its schema and the format's rules.
    Validate,
    /// Score, star eligibility with every requirement, declared vs eligible, what to do next.
    Status,
    /// What changed since the last review (the newest review tag reachable from HEAD).
    Diff {
        /// Compare against this revision [default: the newest review tag reachable from HEAD].
        #[arg(long, value_name = "REV")]
        base: Option<String>,
        /// Compare this revision [default: the working tree].
        #[arg(long, value_name = "REV")]
        head: Option<String>,
        /// Exit 1 on `regression` (the eligible level fell, a met requirement became unmet, or
        /// the total score fell) or on `answer` (any single answer got worse, even when the
        /// total rose); both may be given, comma-separated.
        #[arg(long, value_enum, value_name = "GATE", value_delimiter = ',')]
        fail_on: Vec<diff::FailOn>,
    },
    /// Record an accepted review as an annotated git tag on HEAD (never moves a tag).
    Review {
        /// Who reviewed (written into the tag).
        #[arg(long, value_name = "NAME")]
        reviewer: String,
        /// The review date [default: today].
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// The tag's one-line summary [default: date, reviewer, level and score].
        #[arg(long, short, value_name = "MESSAGE")]
        message: Option<String>,
    },
    /// Level and score at each review tag, or at each commit that changed the client files.
    History {
        /// One row per commit that changed the client folder instead of per review.
        #[arg(long)]
        commits: bool,
        /// With --commits, evaluate every commit again instead of taking the summaries kept
        /// in hoshi's cache folder by an earlier run.
        #[arg(long)]
        no_cache: bool,
    },
    /// Register, refresh, verify and list evidence files (`add`, `update`, `check`, `list`).
    Evidence {
        #[command(subcommand)]
        command: evidence::EvidenceCommand,
    },
    /// Every client under the paths in one table: declaration, score, reviews, evidence.
    Portfolio {
        /// Folders to search for clients (folders with hoshi.yaml).
        #[arg(default_value = ".")]
        paths: Vec<PathBuf>,
        /// Also write every due date (reviews, evidence expiry, improvement actions) as an
        /// iCalendar file.
        #[arg(long, value_name = "FILE.ics")]
        calendar: Option<PathBuf>,
        /// How many days before each due date the calendar's reminder fires (0: no
        /// reminder).
        #[arg(long, value_name = "DAYS", default_value_t = crate::render::calendar::ALARM_DAYS,
              value_parser = clap::value_parser!(u32).range(0..=365))]
        remind_days: u32,
        /// Also build a private dashboard into DIR, linking each client's internal site
        /// (never publish it).
        #[arg(long, value_name = "DIR")]
        site: Option<PathBuf>,
        /// Evaluate every client again instead of taking the rows kept in hoshi's cache
        /// folder for clients whose files are unchanged since a run the same day.
        #[arg(long)]
        no_cache: bool,
    },
    /// What CI runs: validate, status, the diff against the last review (into the GitHub job
    /// summary), and the site for `site.audience`.
    Ci {
        /// Folder to write the site into; replaced whole, and only if hoshi made it. It is
        /// what the workflow deploys, so it is built for `public` unless hoshi.yaml says
        /// `site.access_controlled: true`.
        #[arg(long, default_value = "_site", value_name = "DIR")]
        out: PathBuf,
        /// Who the deployed site is for; anything but `public` needs
        /// `site.access_controlled: true` [default: public].
        #[arg(long, value_enum)]
        audience: Option<site::AudienceArg>,
    },
    /// Build the static compliance site (ja/en pages, status.json, badge.svg) into a folder.
    Site {
        /// Folder to write the site into; replaced whole, and only if hoshi made it.
        #[arg(long, default_value = "_site", value_name = "DIR")]
        out: PathBuf,
        /// Who the site is for [default: hoshi.yaml `site.audience`, else public].
        #[arg(long, value_enum)]
        audience: Option<site::AudienceArg>,
    },
    /// The Excel workbook round trip: `export` a workbook for the client to fill in,
    /// `import` it back (only changed values are written; problems are named by cell).
    Sheet {
        #[command(subcommand)]
        command: sheet::SheetCommand,
    },
    /// ★3 of the SCS scheme: `suggest` answers from the SECURITY ACTION answers (never
    /// answers by itself).
    Scs {
        #[command(subcommand)]
        command: scs::ScsCommand,
    },
    /// Write the JSON Schemas of the client files.
    Schema {
        /// Folder to write the schemas into (stdout when omitted).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// Print a shell completion script (also in `completions/` of the source and release).
    Completions {
        /// The shell to complete in.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print a manual page (roff), e.g. `hoshi man | man -l -`.
    Man {
        /// The command whose page to print, e.g. `status` or `evidence add`; the main page
        /// when omitted.
        command: Vec<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    Text,
    Json,
    Github,
    Markdown,
    /// Comma-separated values (RFC 4180), for tables: `portfolio`, `evidence list`.
    Csv,
}

/// `--lang`: the core's [`Lang`], as clap parses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum LangArg {
    Ja,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Ja => Lang::Ja,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// What a command tells `main`; only `main` turns it into the process's exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// The command did its job and found nothing at error severity (exit 0).
    Ok,
    /// The command did its job: the files have errors, the declaration does not hold, or
    /// a gate tripped (exit 1).
    Findings,
    /// The command could not do its job (exit 2); an [`Error`] says why.
    Failed,
}

impl ExitStatus {
    /// [`ExitStatus::Findings`] when `found`, else [`ExitStatus::Ok`].
    pub fn findings_if(found: bool) -> ExitStatus {
        if found {
            ExitStatus::Findings
        } else {
            ExitStatus::Ok
        }
    }

    fn code(self) -> u8 {
        match self {
            ExitStatus::Ok => 0,
            ExitStatus::Findings => 1,
            ExitStatus::Failed => 2,
        }
    }
}

/// The command line resolved once: the language asked for, the colour choice, today.
#[derive(Debug, Clone)]
pub(crate) struct Config {
    /// The client root (`--repo`).
    pub(crate) repo: PathBuf,
    pub(crate) format: Option<Format>,
    pub(crate) quiet: bool,
    /// `--lang`, else `HOSHI_LANG`; the client's `language` applies when neither is set.
    pub(crate) lang: Option<Lang>,
    /// Whether text output is coloured (`--color`, `NO_COLOR`, `CLICOLOR_FORCE`, a terminal).
    pub(crate) color: bool,
    /// Today, or `HOSHI_TODAY` (tests, reproducible builds).
    pub(crate) today: jiff::civil::Date,
}

impl Config {
    fn new(cli: &Cli) -> Config {
        // `main` resolved the colour once (--color, NO_COLOR, CLICOLOR_FORCE, a terminal).
        let color = color::enabled();
        Config {
            repo: cli.repo.clone(),
            format: cli.format,
            quiet: cli.quiet,
            lang: cli.lang.map(Lang::from).or_else(env_lang),
            color,
            today: today(),
        }
    }
}

/// The clap command with its help in `lang` (the English text is the derive's).
pub fn command(lang: Lang) -> clap::Command {
    let cmd = formats::restrict(Cli::command());
    match lang {
        Lang::Ja => help_ja::localize(cmd),
        Lang::En => cmd,
    }
}

/// Runs hoshi with the process's arguments.
pub fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The language and colour decide how clap itself speaks, so they are read first.
    let early = early::Early::scan(&args);
    color::set(color::resolve(early.color));
    let parsed = command(early.lang)
        .color(color::for_clap())
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            match (early.lang, help_ja::render_error(&e)) {
                (Lang::Ja, Some(message)) => {
                    let _ = write!(std::io::stderr(), "{message}");
                }
                _ => {
                    let _ = e.print();
                }
            }
            return ExitCode::from(code);
        }
    };
    let cfg = Config::new(&cli);
    // Interrupted, hoshi leaves none of its temporary files behind (130: as a shell does).
    let _ = ctrlc::set_handler(|| {
        crate::write::atomic::on_signal();
        std::process::exit(130);
    });
    match run(&cli.command, &cfg) {
        Ok(status) => ExitCode::from(status.code()),
        Err(e) => {
            let lang = cfg.lang.unwrap_or(early.lang);
            let prefix = match lang {
                Lang::Ja => "hoshi: エラー",
                Lang::En => "hoshi: error",
            };
            let _ = writeln!(std::io::stderr(), "{prefix}: {}", e.message(lang));
            ExitCode::from(ExitStatus::Failed.code())
        }
    }
}

pub(crate) fn env_lang() -> Option<Lang> {
    std::env::var("HOSHI_LANG")
        .ok()
        .as_deref()
        .and_then(Lang::parse)
}

fn run(command: &Command, cfg: &Config) -> Result<ExitStatus, Error> {
    match command {
        Command::Init { dir, name, scs } => init::run(cfg, dir, name.as_deref(), *scs),
        Command::Validate => validate::run(cfg),
        Command::Status => status::run(cfg),
        Command::Diff {
            base,
            head,
            fail_on,
        } => diff::run(cfg, base.as_deref(), head.as_deref(), fail_on),
        Command::Review {
            reviewer,
            date,
            message,
        } => review::run(cfg, reviewer, date.as_deref(), message.as_deref()),
        Command::History { commits, no_cache } => history::run(cfg, *commits, !no_cache),
        Command::Schema { out } => schema::run(cfg, out.as_deref()),
        Command::Site { out, audience } => site::run(cfg, out, *audience),
        Command::Ci { out, audience } => ci::run(cfg, out, *audience),
        Command::Evidence { command } => evidence::run(cfg, command),
        Command::Sheet { command } => sheet::run(cfg, command),
        Command::Scs { command } => scs::run(cfg, command),
        Command::Portfolio {
            paths,
            calendar,
            remind_days,
            site,
            no_cache,
        } => portfolio::run(
            cfg,
            paths,
            !no_cache,
            calendar.as_deref(),
            *remind_days,
            site.as_deref(),
        ),
        Command::Completions { shell } => completions::run(cfg, *shell),
        Command::Man { command } => man::run(cfg, command),
    }
}

pub(crate) fn style(cfg: &Config, lang: Lang) -> Style {
    let prefix = if cfg.repo == Path::new(".") {
        String::new()
    } else {
        let mut p = cfg.repo.to_string_lossy().replace('\\', "/");
        if !p.ends_with('/') {
            p.push('/');
        }
        p
    };
    Style {
        lang,
        color: cfg.color,
        path_prefix: prefix,
    }
}

/// Writes to stdout; a closed pipe (`hoshi … | head`) is not an error.
pub(crate) fn emit(s: &str) -> Result<(), Error> {
    let mut out = color::stdout();
    match out.write_all(s.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::write("<stdout>", e)),
        _ => Ok(()),
    }
}

pub(crate) fn unsupported(command: &str, format: Format) -> Error {
    let f = format!("{format:?}").to_lowercase();
    Error::Usage(text!(
        "`hoshi {command}` は --format {f} に対応していません",
        "`hoshi {command}` does not support --format {f}"
    ))
}

pub(crate) fn read_error(root: &Path, e: ReadError) -> Error {
    match e {
        ReadError::NotAClient => Error::NotAClient(root.to_owned()),
        ReadError::Io(file, e) => Error::read(root.join(file), e),
    }
}

/// Today's date; `HOSHI_TODAY` pins it (tests, reproducible builds).
fn today() -> jiff::civil::Date {
    std::env::var("HOSHI_TODAY")
        .ok()
        .and_then(|d| d.parse::<jiff::civil::Date>().ok())
        .unwrap_or_else(|| jiff::ZonedDateTime::now().date())
}

/// The message language: `--lang`, else `HOSHI_LANG`, else the client's `language`, else ja.
pub(crate) fn lang_for(cfg: &Config, client: Option<&Client>) -> Lang {
    cfg.lang
        .or_else(|| client.and_then(Client::language).and_then(Lang::parse))
        .unwrap_or(Lang::Ja)
}

/// The language of help, man pages and completions: `--lang`, else `HOSHI_LANG`, else the
/// `language` of `--repo`'s hoshi.yaml (read even when the client has errors), else ja.
pub(crate) fn help_lang(cfg: &Config) -> Lang {
    cfg.lang
        .or_else(|| early::client_language(&cfg.repo))
        .unwrap_or(Lang::Ja)
}

/// Reads and validates the client at `--repo` in the working folder.
pub(crate) fn validate_repo(cfg: &Config) -> Result<crate::validate::Validation, Error> {
    crate::validate::validate(&WorkTree::new(&cfg.repo)).map_err(|e| read_error(&cfg.repo, e))
}
