//! `hoshi man [COMMAND]`: the manual pages (roff), generated from the CLI definition.

use clap::CommandFactory;

use crate::cli::{Cli, Config, ExitStatus, Format, emit, unsupported};
use crate::error::Error;
use crate::text;

/// Every page: `hoshi.1`, then `hoshi-COMMAND.1` for each visible command (and
/// `hoshi-COMMAND-SUBCOMMAND.1` below it), as (file name, roff). These are the committed
/// files in `docs/man/`.
pub fn pages() -> Vec<(String, String)> {
    fn walk(cmd: &clap::Command, out: &mut Vec<(String, String)>) {
        out.push(render(cmd.clone()));
        for sub in cmd.get_subcommands() {
            if !sub.is_hide_set() && sub.get_name() != "help" {
                walk(sub, out);
            }
        }
    }
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, &mut out);
    out
}

fn render(cmd: clap::Command) -> (String, String) {
    let man = clap_mangen::Man::new(cmd).source(concat!("hoshi ", env!("CARGO_PKG_VERSION")));
    let mut roff = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = man.render(&mut roff);
    (
        man.get_filename(),
        String::from_utf8_lossy(&roff).into_owned(),
    )
}

pub(super) fn run(cfg: &Config, command: &[String]) -> Result<ExitStatus, Error> {
    if let Some(format) = cfg.format.filter(|f| *f != Format::Text) {
        return Err(unsupported("man", format));
    }
    let wanted = if command.is_empty() {
        "hoshi.1".to_owned()
    } else {
        format!("hoshi-{}.1", command.join("-"))
    };
    let pages = pages();
    let Some((_, roff)) = pages.iter().find(|(name, _)| *name == wanted) else {
        let known: Vec<String> = pages
            .iter()
            .filter_map(|(name, _)| name.strip_prefix("hoshi-")?.strip_suffix(".1"))
            .map(|name| name.replace('-', " "))
            .collect();
        let known = known.join(", ");
        let c = command.join(" ");
        return Err(Error::Usage(text!(
            "「{c}」というコマンドはありません（{known}）",
            "no command named {c:?} (one of: {known})"
        )));
    };
    emit(roff)?;
    Ok(ExitStatus::Ok)
}
