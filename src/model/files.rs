//! The five client files: which they are and what they are called.

/// One of the five client files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FileKind {
    Hoshi,
    Principles,
    Diagnosis,
    Policy,
    Evidence,
}

impl FileKind {
    pub const ALL: [FileKind; 5] = [
        FileKind::Hoshi,
        FileKind::Principles,
        FileKind::Diagnosis,
        FileKind::Policy,
        FileKind::Evidence,
    ];

    /// The file name in the client root.
    pub fn file_name(self) -> &'static str {
        match self {
            FileKind::Hoshi => "hoshi.yaml",
            FileKind::Principles => "principles.yaml",
            FileKind::Diagnosis => "diagnosis.yaml",
            FileKind::Policy => "policy.yaml",
            FileKind::Evidence => "evidence.yaml",
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
        }
    }
}
