//! One client evaluated: validation and status from one [`Source`], the working folder or
//! a git revision alike. `diff`, `review` and `history` run exactly this at each revision.

use jiff::civil::Date;

use crate::evaluate::status::{self, Status};
use crate::finding::Code;
use crate::model::files::FileKind;
use crate::source::Source;
use crate::validate::client::{Client, FileCache, ReadError};
use crate::validate::{self, Validation};

/// A client read, validated and evaluated on one day.
#[derive(Debug, Clone)]
pub struct Evaluation {
    pub validation: Validation,
    pub status: Status,
    /// The day the evaluation is for (freshness, future dates).
    pub date: Date,
}

impl Evaluation {
    pub fn client(&self) -> &Client {
        &self.validation.client
    }

    /// The review tag prefix this client uses (`review.tag_prefix`, default `review/`).
    pub fn tag_prefix(&self) -> String {
        tag_prefix(self.client())
    }

    /// The first file written in a format version this hoshi does not know, with the version.
    pub fn unsupported_version(&self) -> Option<(String, String)> {
        let f = self
            .validation
            .findings
            .iter()
            .find(|f| f.code == Code::UnsupportedVersion)?;
        let kind = FileKind::ALL
            .into_iter()
            .find(|k| k.file_name() == f.file)?;
        let version = self
            .client()
            .document(kind)
            .and_then(|d| d.value.get("schema_version"))
            .map_or_else(String::new, ToString::to_string);
        Some((f.file.clone(), version))
    }
}

/// Validates and evaluates the client in `source` as of `date`.
pub fn evaluate(source: &dyn Source, date: Date) -> Result<Evaluation, ReadError> {
    evaluate_cached(source, date, &mut FileCache::default())
}

/// [`evaluate`], reusing files already read through `cache` (for many revisions).
pub fn evaluate_cached(
    source: &dyn Source,
    date: Date,
    cache: &mut FileCache,
) -> Result<Evaluation, ReadError> {
    let validation = validate::validate_cached(source, cache)?;
    let status = status::evaluate_with(&validation, date, None, |client| {
        cache.readiness(client, date)
    });
    Ok(Evaluation {
        validation,
        status,
        date,
    })
}

/// The review tag prefix of a client, even from a hoshi.yaml with errors elsewhere.
pub fn tag_prefix(client: &Client) -> String {
    client.review_settings().tag_prefix
}
