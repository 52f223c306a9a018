//! One colour policy for everything hoshi prints, help and clap's errors included:
//! `--color always|never` wins; under `auto`, `NO_COLOR` (set and not empty) turns colour
//! off, `CLICOLOR_FORCE` turns it on, and otherwise stdout must be a terminal (anstream's
//! rules, the ones clap follows). The choice is made once, in `cli::main`, and handed to
//! clap and to anstream.

use std::io::Write;

use crate::cli::ColorChoice;

/// The resolved choice: never `Auto`.
pub(crate) fn resolve(flag: ColorChoice) -> anstream::ColorChoice {
    match flag {
        ColorChoice::Always => anstream::ColorChoice::Always,
        ColorChoice::Never => anstream::ColorChoice::Never,
        ColorChoice::Auto => anstream::AutoStream::choice(&std::io::stdout()),
    }
}

/// Makes `choice` the one every writer follows.
pub(crate) fn set(choice: anstream::ColorChoice) {
    choice.write_global();
}

/// Whether renderers should colour their text.
pub(crate) fn enabled() -> bool {
    !matches!(
        anstream::ColorChoice::global(),
        anstream::ColorChoice::Never | anstream::ColorChoice::Auto
    )
}

/// The same choice for clap's help and errors.
pub(crate) fn for_clap() -> clap::ColorChoice {
    if enabled() {
        clap::ColorChoice::Always
    } else {
        clap::ColorChoice::Never
    }
}

/// stdout through anstream: escape codes pass only when colour is on.
pub(crate) fn stdout() -> impl Write {
    anstream::AutoStream::new(std::io::stdout().lock(), anstream::ColorChoice::global())
}
