//! Errors that stop a command from doing its job (exit code 2).

use std::path::PathBuf;

/// A failure of the command itself, as opposed to findings about the files.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}", .0.display())]
    NotAClient(PathBuf),
    #[error("{}: {source}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}")]
    Refused(crate::lang::Text),
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// The message in the user's language.
    pub fn message(&self, lang: crate::lang::Lang) -> String {
        use crate::lang::Lang;
        match (self, lang) {
            (Error::NotAClient(p), Lang::Ja) => format!(
                "{} に hoshi.yaml がありません。クライアントのフォルダを --repo で指定するか、`hoshi init` で作成してください",
                shown(p)
            ),
            (Error::NotAClient(p), Lang::En) => format!(
                "no hoshi.yaml in {}; point --repo at a client folder or create one with `hoshi init`",
                shown(p)
            ),
            (Error::Io { path, source }, Lang::Ja) => {
                format!("{} を読み書きできません: {source}", path.display())
            }
            (Error::Io { path, source }, Lang::En) => {
                format!("cannot access {}: {source}", path.display())
            }
            (Error::Refused(t), lang) => t.get(lang).to_owned(),
        }
    }
}

/// A folder as the user named it, or its absolute form when they named it `.`.
fn shown(p: &std::path::Path) -> String {
    if p == std::path::Path::new(".") {
        std::path::absolute(p)
            .unwrap_or_else(|_| p.to_owned())
            .display()
            .to_string()
    } else {
        p.display().to_string()
    }
}
