//! The command line: parses flags into plain values, runs the core, writes its output.
//! Only this module touches stdout and stderr, and only `main` turns the result into an exit code.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::client::ReadError;
use crate::error::Error;
use crate::lang::{Lang, Text};
use crate::report::{self, Style};
use crate::schema::FileKind;
use crate::source::WorkTree;
use crate::{init, status, text, validate};

#[derive(Debug, Parser)]
#[command(
    name = "hoshi",
    version,
    about = "Compliance as code for IPA's SECURITY ACTION (★ / ★★) self-declaration"
)]
struct Cli {
    /// The client root: the folder holding hoshi.yaml.
    #[arg(long, global = true, default_value = ".", value_name = "DIR")]
    repo: PathBuf,
    /// Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja].
    #[arg(long, global = true, value_enum)]
    lang: Option<Lang>,
    /// Output format.
    #[arg(long, global = true, value_enum)]
    format: Option<Format>,
    /// When to colour text output (NO_COLOR is honoured in `auto`).
    #[arg(long, global = true, value_enum, default_value = "auto")]
    color: ColorChoice,
    /// Print only findings, no summary.
    #[arg(short, long, global = true)]
    quiet: bool,
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
    },
    /// Check every client file against its schema and the format's rules.
    Validate,
    /// Score, star eligibility with every requirement, declared vs eligible, what to do next.
    Status,
    /// Write the JSON Schemas of the client files.
    Schema {
        /// Folder to write the five schemas into (stdout when omitted).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
    Github,
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Runs hoshi with the process's arguments.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let lang = cli.lang.or_else(env_lang).unwrap_or(Lang::Ja);
    match run(&cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            let lang = cli.lang.or_else(env_lang).unwrap_or(lang);
            let prefix = match lang {
                Lang::Ja => "hoshi: エラー",
                Lang::En => "hoshi: error",
            };
            let _ = writeln!(std::io::stderr(), "{prefix}: {}", e.message(lang));
            ExitCode::from(2)
        }
    }
}

fn env_lang() -> Option<Lang> {
    std::env::var("HOSHI_LANG")
        .ok()
        .as_deref()
        .and_then(Lang::parse)
}

fn run(cli: &Cli) -> Result<u8, Error> {
    match &cli.command {
        Command::Init { dir, name } => run_init(cli, dir, name.as_deref()),
        Command::Validate => run_validate(cli),
        Command::Status => run_status(cli),
        Command::Schema { out } => run_schema(cli, out.as_deref()),
    }
}

fn style(cli: &Cli, lang: Lang) -> Style {
    let color = match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    };
    let prefix = if cli.repo == Path::new(".") {
        String::new()
    } else {
        let mut p = cli.repo.to_string_lossy().replace('\\', "/");
        if !p.ends_with('/') {
            p.push('/');
        }
        p
    };
    Style {
        lang,
        color,
        path_prefix: prefix,
    }
}

/// Writes to stdout; a closed pipe (`hoshi … | head`) is not an error.
fn emit(s: &str) -> Result<(), Error> {
    let mut out = std::io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::io("<stdout>", e)),
        _ => Ok(()),
    }
}

fn unsupported(command: &str, format: Format) -> Error {
    let f = format!("{format:?}").to_lowercase();
    Error::Refused(text!(
        "`hoshi {command}` は --format {f} に対応していません",
        "`hoshi {command}` does not support --format {f}"
    ))
}

fn run_validate(cli: &Cli) -> Result<u8, Error> {
    let source = WorkTree::new(&cli.repo);
    let v = validate::validate(&source).map_err(|e| read_error(&cli.repo, e))?;
    let lang = cli
        .lang
        .or_else(env_lang)
        .or_else(|| v.client.language().and_then(Lang::parse))
        .unwrap_or(Lang::Ja);
    let style = style(cli, lang);
    let out = match cli.format.unwrap_or(Format::Text) {
        Format::Text => {
            let mut s = report::text::findings(&v.findings, |f| v.client.text(f), &style);
            if !cli.quiet {
                s.push_str(&report::text::summary(
                    &v.findings,
                    FileKind::ALL.len(),
                    lang,
                ));
            }
            s
        }
        Format::Json => report::json::validation(&v, lang),
        Format::Github => report::github::findings(&v.findings, &style),
        f @ Format::Markdown => return Err(unsupported("validate", f)),
    };
    emit(&out)?;
    Ok(if v.is_valid() { 0 } else { 1 })
}

fn run_status(cli: &Cli) -> Result<u8, Error> {
    let source = WorkTree::new(&cli.repo);
    let v = validate::validate(&source).map_err(|e| read_error(&cli.repo, e))?;
    let lang = cli
        .lang
        .or_else(env_lang)
        .or_else(|| v.client.language().and_then(Lang::parse))
        .unwrap_or(Lang::Ja);
    let style = style(cli, lang);
    let s = status::evaluate(&v, today_date());
    let out = match cli.format.unwrap_or(Format::Text) {
        Format::Text => report::status_text::status(&s, |f| v.client.text(f), &style, cli.quiet),
        Format::Json => report::status_json::status(&s, lang),
        Format::Github => report::github::findings(&s.findings, &style),
        Format::Markdown => report::status_markdown::status(&s, &style),
    };
    emit(&out)?;
    Ok(if s.has_errors() { 1 } else { 0 })
}

fn read_error(root: &Path, e: ReadError) -> Error {
    match e {
        ReadError::NotAClient => Error::NotAClient(root.to_owned()),
        ReadError::Io(file, e) => Error::io(root.join(file), e),
    }
}

/// Today's date; `HOSHI_TODAY` pins it (tests, reproducible builds).
pub fn today() -> String {
    std::env::var("HOSHI_TODAY")
        .ok()
        .filter(|d| d.parse::<jiff::civil::Date>().is_ok())
        .unwrap_or_else(|| jiff::ZonedDateTime::now().date().to_string())
}

/// [`today`] as a date, for the core.
fn today_date() -> jiff::civil::Date {
    today()
        .parse()
        .unwrap_or_else(|_| jiff::ZonedDateTime::now().date())
}

fn run_init(cli: &Cli, dir: &Path, name: Option<&str>) -> Result<u8, Error> {
    let lang = cli.lang.or_else(env_lang).unwrap_or(Lang::Ja);
    if cli.format.is_some_and(|f| f != Format::Text) {
        return Err(unsupported("init", cli.format.unwrap_or(Format::Text)));
    }
    let fallback = std::path::absolute(dir)
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()));
    let name = name
        .map(str::to_owned)
        .or(fallback)
        .unwrap_or_else(|| "（組織名を記入）".to_owned());
    let written = init::init(dir, &name, &today())?;
    if !cli.quiet {
        let mut s = String::new();
        for f in &written {
            s.push_str(&format!("  {f}\n"));
        }
        s.push_str(init::next_steps(dir).get(lang));
        s.push('\n');
        emit(&s)?;
    }
    Ok(0)
}

fn run_schema(cli: &Cli, out: Option<&Path>) -> Result<u8, Error> {
    let lang = cli.lang.or_else(env_lang).unwrap_or(Lang::Ja);
    let Some(dir) = out else {
        let mut all = serde_json::Map::new();
        for kind in FileKind::ALL {
            let schema: serde_json::Value =
                serde_json::from_str(kind.schema_text()).unwrap_or_default();
            all.insert(kind.schema_name().to_owned(), schema);
        }
        let mut s = serde_json::to_string_pretty(&all).unwrap_or_default();
        s.push('\n');
        emit(&s)?;
        return Ok(0);
    };
    let written = crate::schema_out::write(dir)?;
    if !cli.quiet {
        let done: Text = text!("書き込みました", "written");
        let mut s = String::new();
        for f in written {
            s.push_str(&format!("{}: {}\n", done.get(lang), f.display()));
        }
        emit(&s)?;
    }
    Ok(0)
}
