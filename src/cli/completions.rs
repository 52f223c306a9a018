//! `hoshi completions SHELL`: a shell completion script, generated from the CLI definition.

use clap::CommandFactory;
use clap_complete::{Generator, Shell};

use crate::cli::{Cli, Config, ExitStatus, Format, emit, unsupported};
use crate::error::Error;

/// The shells a script is generated for (the committed files in `completions/`).
pub fn shells() -> &'static [Shell] {
    <Shell as clap::ValueEnum>::value_variants()
}

/// The completion script for `shell`, with the file name the shell expects
/// (`hoshi.bash`, `_hoshi` for zsh, `hoshi.fish`, `_hoshi.ps1`, `hoshi.elv`).
pub fn script(shell: Shell) -> (String, String) {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "hoshi", &mut out);
    (
        shell.file_name("hoshi"),
        String::from_utf8_lossy(&out).into_owned(),
    )
}

pub(super) fn run(cfg: &Config, shell: Shell) -> Result<ExitStatus, Error> {
    if let Some(format) = cfg.format.filter(|f| *f != Format::Text) {
        return Err(unsupported("completions", format));
    }
    emit(&script(shell).1)?;
    Ok(ExitStatus::Ok)
}
