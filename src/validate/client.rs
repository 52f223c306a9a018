//! A client: its five files (and the optional scs.yaml) loaded, located, schema-checked and
//! typed.

use std::sync::Arc;

use jiff::civil::Date;
use rustc_hash::{FxHashMap, FxHashSet};

use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};

use crate::finding::{self, Code, Finding};
use crate::load::yaml::{self, Document};
use crate::model::files::FileKind;
use crate::model::scs::ScsFile;
use crate::model::{Diagnosis, EvidenceRegister, Policy, Principles, Profile, ReviewSettings};
use crate::scs::readiness::{self, ScsStatus};
use crate::source::{Source, hex};
use crate::text;
use crate::validate::schema;

/// One client file as read: its text (for showing source lines) and its document.
#[derive(Debug, Clone)]
pub struct ClientFile {
    pub kind: FileKind,
    /// Shared, so that a file cached across revisions is not copied per revision.
    pub text: Option<Arc<str>>,
    pub document: Option<Arc<Document>>,
    /// Of a file with a syntax error, what can still be read (see
    /// [`yaml::Loaded::readable`]); never validated.
    pub readable: Option<Arc<Document>>,
    /// The file passed the schema, so its typed form is trustworthy.
    pub valid: bool,
}

/// Everything read from one client root.
#[derive(Debug, Clone)]
pub struct Client {
    pub files: Vec<ClientFile>,
    // The typed files are shared: a file cached across revisions is typed once.
    pub profile: Option<Arc<Profile>>,
    pub principles: Option<Arc<Principles>>,
    pub diagnosis: Option<Arc<Diagnosis>>,
    pub policy: Option<Arc<Policy>>,
    pub evidence: Option<Arc<EvidenceRegister>>,
    /// `scs.yaml`, when there is one and it is schema-valid.
    pub scs: Option<Arc<ScsFile>>,
    /// Findings from reading and schema validation, in file order.
    pub findings: Vec<Finding>,
    /// The sha256 (hex) of each of the five files present, in [`FileKind::ALL`] order
    /// (scs.yaml is not part of the content digest).
    pub hashes: Vec<(&'static str, String)>,
    /// The content id of each file in the source ([`Source::content_id`]), by
    /// [`FileKind::EVERY`] index; `None` where the source has none or the file is absent.
    pub content_ids: [Option<Vec<u8>>; 6],
}

/// Why a client could not be read at all.
#[derive(Debug)]
pub enum ReadError {
    /// There is no `hoshi.yaml`: this is not a client root.
    NotAClient,
    Io(&'static str, std::io::Error),
}

/// Files already read, by kind and content id (see [`Source::content_id`]), so that reading
/// many revisions parses a file that recurs only twice. A file is kept the second time its
/// content is seen: in a history most contents appear once (each edit of diagnosis.yaml)
/// and keeping those would only cost copies.
#[derive(Debug, Default)]
pub struct FileCache {
    files: FxHashMap<(FileKind, Vec<u8>), CachedFile>,
    seen: FxHashSet<(FileKind, Vec<u8>)>,
    /// The last findings of each lint, with the content ids of the files it read: in a
    /// history most revisions change one file, so the last result is the one that hits.
    lints: FxHashMap<LintKey, (Vec<Vec<u8>>, Vec<Finding>)>,
    /// The last ★3 readiness, with the content id of the scs.yaml and the day it is for:
    /// in a history scs.yaml rarely changes while diagnosis.yaml does.
    readiness: Option<(Vec<u8>, Date, Option<ScsStatus>)>,
    /// Keep every file from its first sighting (see [`FileCache::keep_first`]).
    keep_first: bool,
}

/// A lint whose findings depend only on the content of some files (see
/// [`FileCache::lint`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LintKey {
    Wording,
    Placeholders(FileKind),
}

impl FileCache {
    /// The ★3 readiness of `client` on `today` ([`Client::scs_readiness`]), reused while
    /// the content of scs.yaml and the day are the ones it was last worked out for.
    pub fn readiness(&mut self, client: &Client, today: Date) -> Option<ScsStatus> {
        let Some(id) = &client.content_ids[FileKind::Scs as usize] else {
            return client.scs_readiness(today);
        };
        if let Some((last, day, status)) = &self.readiness
            && last == id
            && *day == today
        {
            return status.clone();
        }
        let status = client.scs_readiness(today);
        self.readiness = Some((id.clone(), today, status.clone()));
        status
    }

    /// Whether files are kept from their first sighting rather than their second: for
    /// the working folder, whose files the commits read after it mostly share.
    pub fn keep_first(&mut self, keep: bool) {
        self.keep_first = keep;
    }

    /// The findings of `lint`, reused when the files it reads have the content ids `ids`
    /// it last ran on; `None` (a file without an id): run it, keep nothing.
    pub fn lint(
        &mut self,
        key: LintKey,
        ids: Option<Vec<Vec<u8>>>,
        lint: impl FnOnce() -> Vec<Finding>,
    ) -> Vec<Finding> {
        let Some(ids) = ids else {
            return lint();
        };
        if let Some((last, findings)) = self.lints.get(&key)
            && *last == ids
        {
            return findings.clone();
        }
        let findings = lint();
        self.lints.insert(key, (ids, findings.clone()));
        findings
    }
}

#[derive(Debug, Clone)]
struct CachedFile {
    file: ClientFile,
    findings: Vec<Finding>,
    sha256: String,
    typed: Typed,
    /// The findings of typing the file.
    typing: Vec<Finding>,
}

/// The typed form of one file, when it is schema-valid and the model can hold it.
#[derive(Debug, Clone)]
enum Typed {
    None,
    Profile(Arc<Profile>),
    Principles(Arc<Principles>),
    Diagnosis(Arc<Diagnosis>),
    Policy(Arc<Policy>),
    Evidence(Arc<EvidenceRegister>),
    Scs(Arc<ScsFile>),
}

impl Typed {
    /// Types `file` (see [`to_typed`]), its findings into `findings`.
    fn of(file: &ClientFile, findings: &mut Vec<Finding>) -> Typed {
        let files = std::slice::from_ref(file);
        let kind = file.kind;
        let typed = match kind {
            FileKind::Hoshi => to_typed(files, kind, findings).map(|t| Typed::Profile(Arc::new(t))),
            FileKind::Principles => {
                to_typed(files, kind, findings).map(|t| Typed::Principles(Arc::new(t)))
            }
            FileKind::Diagnosis => {
                to_typed(files, kind, findings).map(|t| Typed::Diagnosis(Arc::new(t)))
            }
            FileKind::Policy => to_typed(files, kind, findings).map(|t| Typed::Policy(Arc::new(t))),
            FileKind::Evidence => {
                to_typed(files, kind, findings).map(|t| Typed::Evidence(Arc::new(t)))
            }
            FileKind::Scs => to_typed(files, kind, findings).map(|t| Typed::Scs(Arc::new(t))),
        };
        typed.unwrap_or(Typed::None)
    }
}

/// The typed files of one client, gathered file by file.
#[derive(Default)]
struct TypedSet {
    profile: Option<Arc<Profile>>,
    principles: Option<Arc<Principles>>,
    diagnosis: Option<Arc<Diagnosis>>,
    policy: Option<Arc<Policy>>,
    evidence: Option<Arc<EvidenceRegister>>,
    scs: Option<Arc<ScsFile>>,
}

impl TypedSet {
    fn put(&mut self, typed: Typed) {
        match typed {
            Typed::None => {}
            Typed::Profile(t) => self.profile = Some(t),
            Typed::Principles(t) => self.principles = Some(t),
            Typed::Diagnosis(t) => self.diagnosis = Some(t),
            Typed::Policy(t) => self.policy = Some(t),
            Typed::Evidence(t) => self.evidence = Some(t),
            Typed::Scs(t) => self.scs = Some(t),
        }
    }
}

impl Client {
    /// Reads and checks the five files from `source`.
    pub fn read(source: &dyn Source) -> Result<Client, ReadError> {
        Client::read_cached(source, &mut FileCache::default())
    }

    /// [`Client::read`], taking files with a known content id from `cache`: their text,
    /// document, findings, digest and typed form, so a revision that changes one file
    /// reads, parses and types only that one.
    pub fn read_cached(source: &dyn Source, cache: &mut FileCache) -> Result<Client, ReadError> {
        let mut files = Vec::with_capacity(6);
        let mut findings = Vec::new();
        let mut hashes = Vec::new();
        // Typing findings come after every reading finding, in file order.
        let mut typing: Vec<Finding> = Vec::new();
        let mut typed = TypedSet::default();
        let mut content_ids: [Option<Vec<u8>>; 6] = Default::default();
        for kind in FileKind::EVERY {
            let name = kind.file_name();
            let id = source.content_id(name);
            content_ids[kind as usize].clone_from(&id);
            if let Some(hit) = id
                .as_ref()
                .and_then(|id| cache.files.get(&(kind, id.clone())))
            {
                if !kind.optional() {
                    hashes.push((name, hit.sha256.clone()));
                }
                findings.extend(hit.findings.iter().cloned());
                typing.extend(hit.typing.iter().cloned());
                typed.put(hit.typed.clone());
                files.push(hit.file.clone());
                continue;
            }
            let bytes = source.read(name).map_err(|e| ReadError::Io(name, e))?;
            // A source may know the id only once it has read the file (a working folder
            // taking blob ids).
            let id = id.or_else(|| source.content_id(name));
            let Some(bytes) = bytes else {
                if kind.optional() {
                    continue;
                }
                if kind == FileKind::Hoshi {
                    return Err(ReadError::NotAClient);
                }
                findings.push(
                    Finding::new(
                        Code::MissingFile,
                        name,
                        None,
                        "",
                        text!("{name} がありません", "{name} is missing"),
                    )
                    .with_hint(text!(
                        "`hoshi init` で作られるひな形から始めてください",
                        "start from the skeleton that `hoshi init` writes"
                    )),
                );
                files.push(ClientFile {
                    kind,
                    text: None,
                    document: None,
                    readable: None,
                    valid: false,
                });
                continue;
            };
            let sha256 = hex(&Sha256::digest(&bytes));
            let mut found = Vec::new();
            let file = read_file(kind, &bytes, &mut found);
            let mut typed_found = Vec::new();
            let file_typed = Typed::of(&file, &mut typed_found);
            if let Some(key) = id.map(|id| (kind, id))
                && (!cache.seen.insert(key.clone()) || cache.keep_first)
            {
                cache.files.insert(
                    key,
                    CachedFile {
                        file: file.clone(),
                        findings: found.clone(),
                        sha256: sha256.clone(),
                        typed: file_typed.clone(),
                        typing: typed_found.clone(),
                    },
                );
            }
            if !kind.optional() {
                hashes.push((name, sha256));
            }
            findings.extend(found);
            typing.extend(typed_found);
            typed.put(file_typed);
            files.push(file);
        }
        findings.extend(typing);
        Ok(Client {
            profile: typed.profile,
            principles: typed.principles,
            diagnosis: typed.diagnosis,
            policy: typed.policy,
            evidence: typed.evidence,
            scs: typed.scs,
            files,
            findings,
            hashes,
            content_ids,
        })
    }

    /// The content digest of the client files: the sha256 of `sha256sum`'s listing of the
    /// five files, so anyone can recompute it in the client folder with
    /// `sha256sum hoshi.yaml principles.yaml diagnosis.yaml policy.yaml evidence.yaml | sha256sum`.
    pub fn digest(&self) -> String {
        let listing: String = self
            .hashes
            .iter()
            .map(|(name, hash)| format!("{hash}  {name}\n"))
            .collect();
        format!("sha256:{}", hex(&Sha256::digest(listing.as_bytes())))
    }

    /// How many client files there are to check: the five (read, or missing and reported)
    /// and each optional file present (scs.yaml). The closing line of `validate` and
    /// `status` counts these.
    pub fn file_count(&self) -> usize {
        self.files.len()
    }

    /// The loaded document of a file, if it parsed.
    pub fn document(&self, kind: FileKind) -> Option<&Document> {
        self.files
            .iter()
            .find(|f| f.kind == kind)
            .and_then(|f| f.document.as_deref())
    }

    /// What can be read of a file: its document, or, when it has a syntax error, the part
    /// that can still be read ([`ClientFile::readable`]). For showing what a broken file
    /// says; never for judging it.
    pub fn readable(&self, kind: FileKind) -> Option<&Document> {
        self.files
            .iter()
            .find(|f| f.kind == kind)
            .and_then(|f| f.document.as_deref().or(f.readable.as_deref()))
    }

    /// A value a file says at `pointer`, as far as the file can be read (see
    /// [`Client::readable`]): for showing what a broken file says, never for judging it.
    pub fn says(&self, kind: FileKind, pointer: &str) -> Option<&serde_json::Value> {
        self.readable(kind)?.value.pointer(pointer)
    }

    /// A text a file says at `pointer` (see [`Client::says`]), when it is a non-empty string.
    pub fn says_text(&self, kind: FileKind, pointer: &str) -> Option<&str> {
        self.says(kind, pointer)
            .and_then(|v| v.as_str())
            .filter(|s| !s.trim().is_empty())
    }

    /// `review` of hoshi.yaml, even from a hoshi.yaml with errors elsewhere: each setting
    /// that can be read, the default for the rest.
    pub fn review_settings(&self) -> ReviewSettings {
        if let Some(p) = &self.profile {
            return p.review.clone();
        }
        let default = ReviewSettings::default();
        ReviewSettings {
            interval_months: self
                .says(FileKind::Hoshi, "/review/interval_months")
                .and_then(serde_json::Value::as_u64)
                .and_then(|n| u32::try_from(n).ok())
                .filter(|&n| n > 0)
                .unwrap_or(default.interval_months),
            tag_prefix: self
                .says_text(FileKind::Hoshi, "/review/tag_prefix")
                .map_or(default.tag_prefix, str::to_owned),
        }
    }

    /// The text of a client file by name, for showing source lines.
    pub fn text(&self, file: &str) -> Option<&str> {
        self.files
            .iter()
            .find(|f| f.kind.file_name() == file)
            .and_then(|f| f.text.as_deref())
    }

    /// Gives each finding that starts where a node (or its key) starts that node's end, so
    /// the whole value is underlined. Findings elsewhere (inside a text) keep what they have.
    pub fn locate_ends(&self, findings: &mut [Finding]) {
        for f in findings.iter_mut().filter(|f| f.end.is_none()) {
            let kind = FileKind::EVERY
                .into_iter()
                .find(|k| k.file_name() == f.file);
            let (Some(pos), Some(kind)) = (f.pos, kind) else {
                continue;
            };
            if let Some(document) = self.document(kind) {
                f.end = document.end_of(&f.path, pos);
            }
        }
    }

    /// The ★3 readiness on `today` (see [`readiness::evaluate`]); `None` when the client
    /// keeps no scs.yaml.
    pub fn scs_readiness(&self, today: Date) -> Option<ScsStatus> {
        if let Some(scs) = &self.scs {
            return Some(ScsStatus::Measured(Arc::new(readiness::evaluate(
                scs, today,
            ))));
        }
        self.files
            .iter()
            .any(|f| f.kind == FileKind::Scs)
            .then_some(ScsStatus::Invalid)
    }

    /// The `language` of hoshi.yaml, even when the file has other errors.
    pub fn language(&self) -> Option<&str> {
        self.readable(FileKind::Hoshi)?
            .value
            .get("language")?
            .as_str()
    }

    /// All findings sorted for reading.
    pub fn sorted_findings(mut findings: Vec<Finding>) -> Vec<Finding> {
        finding::sort(&mut findings);
        findings
    }
}

fn read_file(kind: FileKind, bytes: &[u8], findings: &mut Vec<Finding>) -> ClientFile {
    let name = kind.file_name();
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .ok()
        .map(Arc::from);
    // The text is decoded once, for showing and for parsing.
    let loaded = match &text {
        Some(t) if bytes.len() <= yaml::MAX_FILE_BYTES => yaml::load_text(t),
        _ => yaml::load(bytes),
    };
    findings.extend(loaded.problems.iter().map(|p| {
        let f = Finding::new(p.code, name, p.pos, &p.path, p.message.clone());
        match &p.hint {
            Some(h) => f.with_hint(h.clone()),
            None => f,
        }
    }));
    let clean = loaded.problems.is_empty();
    let Some(document) = loaded.document else {
        return ClientFile {
            kind,
            text,
            document: None,
            readable: loaded.readable.map(Arc::new),
            valid: false,
        };
    };
    // Only a number other than 1 is a version hoshi does not know; anything else ("1",
    // `true`, a list) is a mistake the schema names.
    if let Some(version) = document.value.get("schema_version")
        && version.is_number()
        && version != 1
    {
        let shown = version.to_string();
        findings.push(
            Finding::new(
                Code::UnsupportedVersion,
                name,
                document.value_pos("/schema_version"),
                "/schema_version",
                text!(
                    "対応していない形式のバージョンです（schema_version: {shown}）。このバージョンの hoshi が読めるのは 1 です",
                    "unsupported format version (schema_version: {shown}); this hoshi reads version 1"
                ),
            )
            .with_hint(text!(
                "hoshi を更新するか、schema_version: 1 の形式で書いてください",
                "update hoshi, or write the file in format version 1"
            )),
        );
        return ClientFile {
            kind,
            text,
            document: Some(Arc::new(document)),
            readable: None,
            valid: false,
        };
    }
    let schema_findings = schema::validate(kind, &document);
    let valid = clean && schema_findings.is_empty();
    findings.extend(schema_findings);
    ClientFile {
        kind,
        text,
        document: Some(Arc::new(document)),
        readable: None,
        valid,
    }
}

/// The typed form of a schema-valid file. A value the schema lets through but the model
/// cannot hold (a number too large for its field, say) is a located finding, never a file
/// that is silently left out.
fn to_typed<T: DeserializeOwned>(
    files: &[ClientFile],
    kind: FileKind,
    findings: &mut Vec<Finding>,
) -> Option<T> {
    let file = files.iter().find(|f| f.kind == kind && f.valid)?;
    let document = file.document.as_deref()?;
    // From a reference: copying the whole value first costs more than the typing itself.
    // Tracking the path costs as much again, so it is done only to tell where it failed.
    if let Ok(typed) = T::deserialize(&document.value) {
        return Some(typed);
    }
    match serde_path_to_error::deserialize::<_, T>(&document.value) {
        Ok(typed) => Some(typed),
        Err(e) => {
            let pointer: String = e
                .path()
                .iter()
                .filter_map(|segment| match segment {
                    serde_path_to_error::Segment::Seq { index } => Some(index.to_string()),
                    serde_path_to_error::Segment::Map { key } => {
                        Some(yaml::escape_segment(key).into_owned())
                    }
                    serde_path_to_error::Segment::Enum { variant } => {
                        Some(yaml::escape_segment(variant).into_owned())
                    }
                    serde_path_to_error::Segment::Unknown => None,
                })
                .map(|s| format!("/{s}"))
                .collect();
            let value = document
                .value
                .pointer(&pointer)
                .map_or_else(String::new, |v| crate::lang::clip(&v.to_string(), 40));
            findings.push(
                Finding::new(
                    Code::InvalidValue,
                    kind.file_name(),
                    document.value_pos(&pointer),
                    &pointer,
                    text!(
                        "hoshi はこの値を扱えません（{value}）",
                        "hoshi cannot hold this value ({value})"
                    ),
                )
                .with_hint(text!(
                    "値が大きすぎないか、形式が正しいかを確かめてください",
                    "check that the value is not too large and is written as the format says"
                )),
            );
            None
        }
    }
}
