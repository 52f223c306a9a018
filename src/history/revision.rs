//! One client evaluated at one revision: the same pipeline as the working folder, read from
//! a git tree. `diff`, `history`, the site's review record and the portfolio all use this.

use jiff::civil::Date;

use crate::error::Error;
use crate::evaluate::evaluation::{self, Evaluation};
use crate::source::Source;
use crate::text;
use crate::validate::client::{FileCache, ReadError};

/// The client in `source` (the tree of revision `rev`) evaluated as of `date`, reusing
/// files already parsed through `cache`; `None` when the revision has no client files.
/// A revision written in a format version this hoshi cannot read is an error, never a
/// result.
pub fn evaluate(
    source: &dyn Source,
    rev: &str,
    date: Date,
    cache: &mut FileCache,
) -> Result<Option<Evaluation>, Error> {
    match evaluation::evaluate_cached(source, date, cache) {
        Ok(e) => match e.unsupported_version() {
            Some((file, version)) => Err(unsupported(rev, &file, &version)),
            None => Ok(Some(e)),
        },
        Err(ReadError::NotAClient) => Ok(None),
        Err(ReadError::Io(file, e)) => Err(Error::read(file, e)),
    }
}

/// A revision in a format version this hoshi cannot read.
pub fn unsupported(rev: &str, file: &str, version: &str) -> Error {
    // A commit id is shortened; a tag or branch name is shown as given.
    let short: String = if rev.len() == 40 && rev.chars().all(|c| c.is_ascii_hexdigit()) {
        rev.chars().take(7).collect()
    } else {
        rev.to_owned()
    };
    Error::History(text!(
        "{short} の {file} は形式バージョン {version} で書かれていて、この hoshi では読めません。hoshi を更新してください",
        "{file} at {short} is in format version {version}, which this hoshi cannot read; update hoshi"
    ))
}
