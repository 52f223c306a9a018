//! Which `--format` each command writes. Every command offers exactly these in its help,
//! man page and completions, and clap refuses the rest before the command runs.

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Arg, Command, ValueEnum};

use super::Format;

/// Per command (its path below `hoshi`): the formats it can write, text first.
pub(crate) const FORMATS: &[(&str, &[Format])] = &[
    ("init", &[Format::Text]),
    ("validate", &[Format::Text, Format::Json, Format::Github]),
    (
        "status",
        &[Format::Text, Format::Json, Format::Github, Format::Markdown],
    ),
    (
        "diff",
        &[Format::Text, Format::Json, Format::Github, Format::Markdown],
    ),
    ("review", &[Format::Text, Format::Json]),
    ("history", &[Format::Text, Format::Json]),
    ("schema", &[Format::Text]),
    ("site", &[Format::Text, Format::Json]),
    ("ci", &[Format::Text]),
    ("evidence add", &[Format::Text, Format::Json]),
    ("evidence update", &[Format::Text, Format::Json]),
    (
        "evidence check",
        &[Format::Text, Format::Json, Format::Github],
    ),
    (
        "evidence list",
        &[Format::Text, Format::Json, Format::Markdown, Format::Csv],
    ),
    ("sheet export", &[Format::Text, Format::Json]),
    ("sheet import", &[Format::Text, Format::Json]),
    (
        "portfolio",
        &[Format::Text, Format::Json, Format::Markdown, Format::Csv],
    ),
    ("completions", &[Format::Text]),
    ("man", &[Format::Text]),
];

pub(crate) fn name(f: Format) -> &'static str {
    match f {
        Format::Text => "text",
        Format::Json => "json",
        Format::Github => "github",
        Format::Markdown => "markdown",
        Format::Csv => "csv",
    }
}

/// The formats of the command at `path`, if it is listed.
pub(crate) fn of(path: &str) -> Option<&'static [Format]> {
    FORMATS.iter().find(|(p, _)| *p == path).map(|(_, f)| *f)
}

/// The Japanese help of `--format` for these formats.
pub(crate) fn help_ja(formats: &[Format]) -> String {
    let names: Vec<&str> = formats.iter().map(|f| name(*f)).collect();
    format!("出力の形式: {}", names.join("、"))
}

/// Gives every listed command its own `--format`, taking only its formats. The global flag
/// stays (hidden) on `hoshi` itself and on the groups (`evidence`, `sheet`).
pub(crate) fn restrict(cmd: Command) -> Command {
    let base = cmd
        .get_arguments()
        .find(|a| a.get_id() == "format")
        .cloned();
    let Some(base) = base else {
        return cmd;
    };
    let cmd = cmd.mut_arg("format", |a| a.hide(true));
    walk(cmd, "", &base)
}

fn walk(cmd: Command, path: &str, base: &Arg) -> Command {
    let mut cmd = match of(path) {
        Some(formats) => {
            let names: Vec<&'static str> = formats.iter().map(|f| name(*f)).collect();
            let parser = PossibleValuesParser::new(names)
                .try_map(|s| Format::from_str(&s, true).map_err(|e| e.to_string()));
            cmd.arg(base.clone().global(false).hide(false).value_parser(parser))
        }
        None => cmd,
    };
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in subs {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(&name, |s| walk(s, &sub_path, base));
    }
    cmd
}
