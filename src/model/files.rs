//! The client files: which they are and what they are called. Five are required; scs.yaml
//! (readiness for the SCS scheme's ★3) is optional.

/// One of the client files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FileKind {
    Hoshi,
    Principles,
    Diagnosis,
    Policy,
    Evidence,
    /// `scs.yaml`, optional: the self-assessment for ★3 of the SCS scheme.
    Scs,
}

impl FileKind {
    /// The five files every client has (the content digest covers these).
    pub const ALL: [FileKind; 5] = [
        FileKind::Hoshi,
        FileKind::Principles,
        FileKind::Diagnosis,
        FileKind::Policy,
        FileKind::Evidence,
    ];

    /// Every file hoshi reads: the five, then the optional ones.
    pub const EVERY: [FileKind; 6] = [
        FileKind::Hoshi,
        FileKind::Principles,
        FileKind::Diagnosis,
        FileKind::Policy,
        FileKind::Evidence,
        FileKind::Scs,
    ];

    /// A file a client may leave out: its absence is no finding.
    pub fn optional(self) -> bool {
        self == FileKind::Scs
    }

    /// The file name in the client root.
    pub fn file_name(self) -> &'static str {
        match self {
            FileKind::Hoshi => "hoshi.yaml",
            FileKind::Principles => "principles.yaml",
            FileKind::Diagnosis => "diagnosis.yaml",
            FileKind::Policy => "policy.yaml",
            FileKind::Evidence => "evidence.yaml",
            FileKind::Scs => "scs.yaml",
        }
    }

    /// The schema's file name, as `hoshi schema` writes it.
    pub fn schema_name(self) -> &'static str {
        match self {
            FileKind::Hoshi => "hoshi.schema.json",
            FileKind::Principles => "principles.schema.json",
            FileKind::Diagnosis => "diagnosis.schema.json",
            FileKind::Policy => "policy.schema.json",
            FileKind::Evidence => "evidence.schema.json",
            FileKind::Scs => "scs.schema.json",
        }
    }
}
