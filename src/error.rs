//! Errors that stop a command from doing its job (exit status 2), one kind per stage.
//!
//! Findings about the client's files are not errors: they are data ([`crate::validate`]).
//! An error is the command failing: a flag it cannot honour, a file it cannot read, git
//! refusing, an output it will not write over. Each kind has a stable [`Error::code`] and a
//! message in both languages; only `main` turns an error into the exit status.

use std::path::{Path, PathBuf};

use crate::lang::{Lang, Text};

/// Why git could not give what was asked, where the reason changes what a caller does
/// (`hoshi ci` goes on without a comparison when there is no history to compare with).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GitKind {
    /// The client is not inside a git repository.
    NotARepository,
    /// A shallow clone: the history is incomplete.
    Shallow,
    /// The repository has no commit yet.
    NoCommits,
    /// Anything else: a missing revision, another owner, a bare repository, a failure.
    Other,
}

impl GitKind {
    /// There is no history to read, which is normal outside git or before the first commit;
    /// anything else is a real failure.
    pub fn is_no_history(self) -> bool {
        matches!(
            self,
            GitKind::NotARepository | GitKind::Shallow | GitKind::NoCommits
        )
    }
}

/// A failure of the command itself, as opposed to findings about the files.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The command line asks for what this command cannot do.
    #[error("{0}")]
    Usage(Text),
    /// The folder holds no hoshi.yaml.
    #[error("{}", .0.display())]
    NotAClient(PathBuf),
    /// A file or folder could not be read.
    #[error("{}: {source}", .path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// An output could not be written.
    #[error("{}: {source}", .path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// Git refused or failed.
    #[error("{message}")]
    Git {
        kind: GitKind,
        message: Text,
        #[source]
        source: Option<git2::Error>,
    },
    /// A revision or review tag cannot be used (a newer format, no client files there).
    #[error("{0}")]
    History(Text),
    /// The site cannot be built (no profile, a broken theme).
    #[error("{0}")]
    Site(Text),
    /// Evidence cannot be registered as asked.
    #[error("{0}")]
    Evidence(Text),
    /// hoshi will not write there: a file or folder it did not create, a symlink.
    #[error("{0}")]
    Output(Text),
    /// A workbook cannot be exported or imported (not one of hoshi's, another client's).
    #[error("{0}")]
    Sheet(Text),
}

impl Error {
    /// A file or folder that could not be read.
    pub fn read(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Read {
            path: path.into(),
            source,
        }
    }

    /// An output that could not be written.
    pub fn write(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Write {
            path: path.into(),
            source,
        }
    }

    /// A git failure of a kind, with the message to show.
    pub fn git(kind: GitKind, message: Text, source: Option<git2::Error>) -> Error {
        Error::Git {
            kind,
            message,
            source,
        }
    }

    /// A stable name of the kind of error (for JSON output and tests).
    pub fn code(&self) -> &'static str {
        match self {
            Error::Usage(_) => "usage",
            Error::NotAClient(_) => "not-a-client",
            Error::Read { .. } => "read",
            Error::Write { .. } => "write",
            Error::Git { .. } => "git",
            Error::History(_) => "history",
            Error::Site(_) => "site",
            Error::Evidence(_) => "evidence",
            Error::Output(_) => "output",
            Error::Sheet(_) => "sheet",
        }
    }

    /// The kind of a git error; `None` for every other error.
    pub fn git_kind(&self) -> Option<GitKind> {
        match self {
            Error::Git { kind, .. } => Some(*kind),
            _ => None,
        }
    }

    /// The message in both languages.
    pub fn text(&self) -> Text {
        match self {
            Error::NotAClient(p) => {
                let p = shown(p);
                crate::text!(
                    "{p} に hoshi.yaml がありません。クライアントのフォルダを --repo で指定するか、`hoshi init` で作成してください",
                    "no hoshi.yaml in {p}; point --repo at a client folder or create one with `hoshi init`"
                )
            }
            Error::Read { path, source } => {
                let p = path.display();
                match crate::source::Refusal::of(source) {
                    Some(why) => {
                        let why = why.text();
                        let (ja, en) = (why.ja, why.en);
                        crate::text!("{p} を読みません: {ja}", "{p} is not read: {en}")
                    }
                    None => crate::text!("{p} を読めません: {source}", "cannot read {p}: {source}"),
                }
            }
            Error::Write { path, source } => {
                let p = path.display();
                crate::text!("{p} に書けません: {source}", "cannot write {p}: {source}")
            }
            Error::Git { message: t, .. }
            | Error::Usage(t)
            | Error::History(t)
            | Error::Site(t)
            | Error::Evidence(t)
            | Error::Output(t)
            | Error::Sheet(t) => t.clone(),
        }
    }

    /// The message in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        self.text().get(lang).to_owned()
    }
}

/// A folder as the user named it, or its absolute form when they named it `.`.
fn shown(p: &Path) -> String {
    if p == Path::new(".") {
        std::path::absolute(p)
            .unwrap_or_else(|_| p.to_owned())
            .display()
            .to_string()
    } else {
        p.display().to_string()
    }
}
