//! `hoshi completions SHELL`: a shell completion script, generated from the CLI definition.

use clap_complete::{Generator, Shell};

use crate::cli::{Config, ExitStatus, Format, command, emit, help_lang, unsupported};
use crate::error::Error;
use crate::lang::Lang;

/// The shells a script is generated for (the committed files in `completions/`).
pub fn shells() -> &'static [Shell] {
    <Shell as clap::ValueEnum>::value_variants()
}

/// The completion script for `shell` with English descriptions (the committed files in
/// `completions/`); see [`script_in`].
pub fn script(shell: Shell) -> (String, String) {
    script_in(shell, Lang::En)
}

/// The completion script for `shell` with the descriptions in `lang`, with the file name the
/// shell expects (`hoshi.bash`, `_hoshi` for zsh, `hoshi.fish`, `_hoshi.ps1`, `hoshi.elv`).
/// The Japanese ones are committed in `completions/ja/`.
pub fn script_in(shell: Shell, lang: Lang) -> (String, String) {
    let mut cmd = command(lang);
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
    emit(&script_in(shell, help_lang(cfg)).1)?;
    Ok(ExitStatus::Ok)
}
