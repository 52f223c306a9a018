//! `hoshi validate`: reading, schema and semantic checks in one result.

pub mod checks;
pub mod client;
pub mod meant;
pub mod placeholders;
pub mod schema;
pub mod scs;
pub mod wording;

use crate::finding::Finding;
use crate::model::files::FileKind;
use crate::source::Source;
use crate::validate::client::{Client, FileCache, LintKey, ReadError};

/// The outcome of validating one client.
#[derive(Debug, Clone)]
pub struct Validation {
    pub client: Client,
    /// Every finding, sorted by file and position.
    pub findings: Vec<Finding>,
}

impl Validation {
    pub fn is_valid(&self) -> bool {
        !self.findings.iter().any(Finding::is_error)
    }
}

/// Reads the client from `source` and runs every check.
pub fn validate(source: &dyn Source) -> Result<Validation, ReadError> {
    validate_cached(source, &mut FileCache::default())
}

/// [`validate`], reusing files already read through `cache` (for many revisions).
pub fn validate_cached(
    source: &dyn Source,
    cache: &mut FileCache,
) -> Result<Validation, ReadError> {
    let client = Client::read_cached(source, cache)?;
    let mut findings = client.findings.clone();
    findings.extend(checks::check(&client, source));
    findings.extend(crate::validate::scs::check(&client));
    // The lints read the files alone: across revisions they are redone only for a file
    // (or, for the wording, one of the files it reads) whose content changed.
    // An optional file that is absent, in a source that has ids, has the empty id: its
    // absence is content too, and must not make every revision redo the wording.
    let has_ids = client.content_ids[FileKind::Hoshi as usize].is_some();
    let ids = FileKind::EVERY.map(|kind| {
        client.content_ids[kind as usize].clone().or_else(|| {
            let absent = kind.optional() && !client.files.iter().any(|f| f.kind == kind);
            (has_ids && absent).then(Vec::new)
        })
    });
    let wording_key: Option<Vec<Vec<u8>>> = wording::FILES
        .iter()
        .map(|&kind| ids[kind as usize].clone())
        .collect();
    findings.extend(cache.lint(LintKey::Wording, wording_key, || wording::lint(&client)));
    // scs.yaml too: the placeholder `hoshi init --scs` writes is as much a placeholder.
    for kind in FileKind::EVERY {
        let key = ids[kind as usize].clone().map(|id| vec![id]);
        findings.extend(cache.lint(LintKey::Placeholders(kind), key, || {
            placeholders::lint_file(&client, kind)
        }));
    }
    client.locate_ends(&mut findings);
    crate::finding::sort(&mut findings);
    Ok(Validation { client, findings })
}
