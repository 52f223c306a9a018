//! Findings: what validation reports, each located and in both languages.

use serde::{Deserialize, Serialize};

use crate::lang::Text;

/// How serious a finding is. Only `Error` makes `validate` exit 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Hint,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Hint => "hint",
        }
    }
}

macro_rules! codes {
    ($($variant:ident = $name:literal, $severity:ident;)*) => {
        /// Every finding code hoshi emits. The names are stable: users and CI match on them.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $($variant),* }

        impl Code {
            /// All codes, in documentation order.
            pub const ALL: &[Code] = &[$(Code::$variant),*];

            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $name),* }
            }

            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity),* }
            }
        }
    };
}

codes! {
    // Reading the files
    MissingFile = "missing-file", Error;
    FileTooLarge = "file-too-large", Error;
    NotUtf8 = "not-utf8", Error;
    YamlSyntax = "yaml-syntax", Error;
    MultipleDocuments = "multiple-documents", Error;
    EmptyFile = "empty-file", Error;
    DuplicateKey = "duplicate-key", Error;
    NonScalarKey = "non-scalar-key", Error;
    TooDeep = "too-deep", Error;
    AliasBudget = "alias-budget", Error;
    UnsupportedVersion = "unsupported-version", Error;
    // The schema
    UnknownKey = "unknown-key", Error;
    MissingKey = "missing-key", Error;
    WrongType = "wrong-type", Error;
    InvalidValue = "invalid-value", Error;
    InvalidFormat = "invalid-format", Error;
    InvalidDate = "invalid-date", Error;
    OutOfRange = "out-of-range", Error;
    WrongCount = "wrong-count", Error;
    DuplicateItem = "duplicate-item", Error;
    FileOrUrl = "file-or-url", Error;
    Conflict = "conflicting-keys", Error;
    UnknownQuestion = "unknown-question", Error;
    UnknownPrinciple = "unknown-principle", Error;
    // Meaning
    DuplicateEvidenceId = "duplicate-evidence-id", Error;
    UnknownEvidence = "unknown-evidence", Error;
    EvidenceFileMissing = "evidence-file-missing", Error;
    EvidencePathInvalid = "evidence-path-invalid", Error;
    EvidenceOutsideRoot = "evidence-outside-root", Error;
    EvidenceNotRegularFile = "evidence-not-regular-file", Error;
    EvidenceHashMismatch = "evidence-hash-mismatch", Error;
    CorporateNumberCheckDigit = "corporate-number-check-digit", Error;
    DeclarationIdFormat = "declaration-id-format", Error;
    ReasonMissing = "reason-missing", Error;
    UrlScheme = "url-scheme", Error;
    DateInFuture = "date-in-future", Error;
    ScsResultDates = "scs-result-dates", Error;
    // Status: the declaration, the wording, freshness
    DeclarationNotHeld = "declaration-not-held", Error;
    DeclarationBelowEligible = "declaration-below-eligible", Hint;
    CertificationWording = "certification-wording", Warning;
    PlaceholderText = "placeholder-text", Warning;
    EvidenceExpired = "evidence-expired", Warning;
    EvidenceExpiring = "evidence-expiring", Warning;
    ScsResultExpired = "scs-result-expired", Warning;
    ActionOverdue = "action-overdue", Warning;
    // Practice: hoshi's advice, never a reason that a declaration fails
    PrincipleNotPracticed = "principle-not-practiced", Warning;
    UnknownAnswer = "unknown-answer", Warning;
    PrincipleAnswerMismatch = "principle-answer-mismatch", Warning;
    ActionMissing = "action-missing", Warning;
    DiagnosisStale = "diagnosis-stale", Warning;
    ReviewOverdue = "review-overdue", Warning;
}

impl Code {
    /// Looks a code up by its stable name.
    pub fn from_name(name: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|c| c.as_str() == name)
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Code, D::Error> {
        let name = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Code::from_name(&name)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown finding code {name}")))
    }
}

/// A position in a source file: 1-based line, 1-based column counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Pos {
    pub line: u32,
    pub column: u32,
}

/// One thing validation found, located in a client file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    /// Path relative to the client root, `/`-separated.
    pub file: String,
    pub pos: Option<Pos>,
    /// Where the offending text ends (just after its last character), when known: the
    /// whole value or key is underlined.
    pub end: Option<Pos>,
    /// JSON Pointer into the file's data; empty for the whole file.
    pub path: String,
    pub message: Text,
    pub hint: Option<Text>,
}

impl Finding {
    pub fn new(code: Code, file: &str, pos: Option<Pos>, path: &str, message: Text) -> Finding {
        Finding {
            code,
            severity: code.severity(),
            file: file.to_owned(),
            pos,
            end: None,
            path: path.to_owned(),
            message,
            hint: None,
        }
    }

    pub fn with_hint(mut self, hint: Text) -> Finding {
        self.hint = Some(hint);
        self
    }

    /// The finding with where its text ends.
    pub fn ending_at(mut self, end: Option<Pos>) -> Finding {
        self.end = end;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Orders findings as a reader expects: by file, then position.
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (&a.file, a.pos, a.code.as_str(), &a.path).cmp(&(&b.file, b.pos, b.code.as_str(), &b.path))
    });
}
