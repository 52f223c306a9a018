//! What the checks look at and what they find: the typed files (or why one is not
//! there), the review record and today, and each check's outcome with its located
//! subjects. Conditions ([`crate::evaluate::eligibility`]) and practices
//! ([`crate::evaluate::practice`]) both speak in these terms.

use jiff::civil::Date;

use crate::lang::Text;
use crate::model::files::FileKind;
use crate::model::{Diagnosis, Policy, Principles, Profile};
use crate::text;

/// Why a file's content is not available to a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Broken {
    Missing,
    Invalid,
}

/// A typed client file, or why there is none.
pub type Input<'a, T> = Result<&'a T, Broken>;

/// The review record, where the client's git history is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewRecord {
    /// In git, and no review tag yet.
    None,
    /// The newest review tag reachable from HEAD.
    Last { name: String, date: Date },
}

/// What the checks look at. The core never reads the clock: `today` is given.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    pub profile: Input<'a, Profile>,
    pub principles: Input<'a, Principles>,
    pub diagnosis: Input<'a, Diagnosis>,
    pub policy: Input<'a, Policy>,
    /// `None` where git is not known (a folder outside git): review checks are skipped.
    pub review: Option<&'a ReviewRecord>,
    pub today: Date,
}

impl Facts<'_> {
    /// Whether a file's typed content is there.
    pub fn state(&self, kind: FileKind) -> Result<(), Broken> {
        match kind {
            FileKind::Hoshi => self.profile.map(|_| ()),
            FileKind::Principles => self.principles.map(|_| ()),
            FileKind::Diagnosis => self.diagnosis.map(|_| ()),
            FileKind::Policy => self.policy.map(|_| ()),
            FileKind::Evidence | FileKind::Scs => Ok(()),
        }
    }

    /// `review.interval_months` (12 when hoshi.yaml cannot be read).
    pub fn interval_months(&self) -> u32 {
        self.profile.map_or(12, |p| p.review.interval_months)
    }
}

/// One thing a requirement found wrong, where it is: a practice reports each as a warning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject {
    pub file: FileKind,
    /// JSON Pointer into the file.
    pub pointer: String,
    pub message: Text,
}

/// What a check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub met: bool,
    /// Not met, and not unmet either: a file the check reads is missing or has errors, so
    /// what the client wrote cannot be judged. A verdict that depends on it is unknown.
    pub undetermined: bool,
    /// Met: what shows it. Unmet: exactly what is missing (ids and keys named).
    pub reason: Text,
    /// The same in plain words for a reader outside the company.
    pub plain: Text,
    /// Unmet: each thing to fix, located.
    pub subjects: Vec<Subject>,
}

impl Outcome {
    pub fn met(reason: Text, plain: Text) -> Outcome {
        Outcome {
            met: true,
            undetermined: false,
            reason,
            plain,
            subjects: Vec::new(),
        }
    }

    pub fn unmet(reason: Text, plain: Text, subjects: Vec<Subject>) -> Outcome {
        Outcome {
            met: false,
            undetermined: false,
            reason,
            plain,
            subjects,
        }
    }

    /// A file the check reads is missing or has errors (reported by validation already).
    /// A missing file is a thing not done: unmet. A file with errors says something hoshi
    /// cannot read: undetermined.
    pub fn broken(kind: FileKind, why: Broken) -> Outcome {
        match why {
            Broken::Missing => {
                let plain = text!("確認できません", "cannot be confirmed");
                Outcome::unmet(broken(kind, why), plain, Vec::new())
            }
            Broken::Invalid => Outcome::undetermined(broken(kind, why)),
        }
    }

    /// Cannot be judged: `reason` says which file is in the way.
    pub fn undetermined(reason: Text) -> Outcome {
        let plain = text!("確認できません", "cannot be confirmed");
        Outcome {
            undetermined: true,
            ..Outcome::unmet(reason, plain, Vec::new())
        }
    }
}

/// The reason a check cannot look at a file.
pub fn broken(kind: FileKind, why: Broken) -> Text {
    let file = kind.file_name();
    match why {
        Broken::Missing => text!("{file} がありません", "{file} is missing"),
        Broken::Invalid => text!("{file} にエラーがあります", "{file} has errors"),
    }
}

/// What to do about a broken file.
pub fn fix(kind: FileKind, why: Broken) -> Text {
    let file = kind.file_name();
    match why {
        Broken::Missing => text!(
            "{file} を作成してください（`hoshi init` が書くひな形を参考にできます）",
            "create {file} (the skeleton `hoshi init` writes is a starting point)"
        ),
        Broken::Invalid => text!(
            "{file} のエラーを直してください（`hoshi validate` で場所を確認できます）",
            "fix the errors in {file} (`hoshi validate` shows where)"
        ),
    }
}
