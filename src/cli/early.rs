//! The few flags read before clap parses the command line, because they decide how clap
//! itself speaks: the language of the help and of clap's errors, and the colour.

use std::ffi::OsString;
use std::path::Path;

use crate::cli::ColorChoice;
use crate::lang::Lang;

/// What the raw arguments say about language and colour.
#[derive(Debug, Clone)]
pub(crate) struct Early {
    /// `--lang`, else `HOSHI_LANG`, else `language` in `<--repo>/hoshi.yaml`, else ja.
    pub lang: Lang,
    /// `--color` (the last one given), else auto.
    pub color: ColorChoice,
}

/// The value of `--NAME VALUE` or `--NAME=VALUE`, the last one before `--`.
fn flag(args: &[OsString], name: &str) -> Option<String> {
    let long = format!("--{name}");
    let with_equals = format!("--{name}=");
    let mut found = None;
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if arg == long {
            found = args.next().map(|v| v.into_owned());
        } else if let Some(v) = arg.strip_prefix(&with_equals) {
            found = Some(v.to_owned());
        }
    }
    found
}

/// `language` of the client's hoshi.yaml, if it can be read at all.
pub(crate) fn client_language(repo: &Path) -> Option<Lang> {
    let bytes = std::fs::read(repo.join("hoshi.yaml")).ok()?;
    let loaded = crate::load::yaml::load(&bytes);
    let language = loaded.document?.value.get("language")?.as_str()?.to_owned();
    Lang::parse(&language)
}

impl Early {
    pub(crate) fn scan(args: &[OsString]) -> Early {
        let lang = flag(args, "lang")
            .as_deref()
            .and_then(Lang::parse)
            .or_else(crate::cli::env_lang)
            .or_else(|| client_language(Path::new(flag(args, "repo").as_deref().unwrap_or("."))))
            .unwrap_or(Lang::Ja);
        let color = match flag(args, "color").as_deref() {
            Some("always") => ColorChoice::Always,
            Some("never") => ColorChoice::Never,
            _ => ColorChoice::Auto,
        };
        Early { lang, color }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<OsString> {
        std::iter::once("hoshi")
            .chain(a.iter().copied())
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn reads_both_spellings_and_the_last_one_before_the_separator() {
        assert_eq!(
            flag(&args(&["--lang", "en"]), "lang").as_deref(),
            Some("en")
        );
        assert_eq!(flag(&args(&["--lang=ja"]), "lang").as_deref(), Some("ja"));
        assert_eq!(
            flag(&args(&["--lang", "en", "status", "--lang=ja"]), "lang").as_deref(),
            Some("ja")
        );
        assert_eq!(flag(&args(&["--", "--lang", "en"]), "lang"), None);
        assert_eq!(flag(&args(&["--language", "en"]), "lang"), None);
    }
}
