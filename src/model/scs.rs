//! `scs.yaml`: the client's self-assessment against the SCS scheme's ★3, as typed data.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer};

use crate::model::{Action, Person};

/// `scs.yaml`, read from a schema-valid document.
#[derive(Debug, Clone, Deserialize)]
pub struct ScsFile {
    pub scheme: String,
    pub assessed_on: String,
    pub assessed_by: String,
    /// By criterion id; a criterion not listed is not answered. `answers:` with nothing
    /// under it (only comments, as `hoshi init --scs` writes it) is no answers.
    #[serde(default, deserialize_with = "null_is_empty")]
    pub answers: BTreeMap<String, ScsAnswer>,
    pub expert: Option<Expert>,
    pub pledge: Option<Pledge>,
}

fn null_is_empty<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, ScsAnswer>, D::Error> {
    Ok(Option::deserialize(d)?.unwrap_or_default())
}

/// One criterion's answer.
#[derive(Debug, Clone, Deserialize)]
pub struct ScsAnswer {
    /// `met` / `partial` / `not_met` / `not_applicable`, as the scheme's answers name them.
    pub answer: String,
    /// Written by `hoshi scs suggest --write`: not an answer until a person confirms it.
    #[serde(default)]
    pub suggested: bool,
    pub reason: Option<String>,
    pub note: Option<String>,
    #[serde(default)]
    pub evidence: Vec<String>,
    pub action: Option<Action>,
}

/// The expert who confirmed the assessment.
#[derive(Debug, Clone, Deserialize)]
pub struct Expert {
    pub name: String,
    pub organization: Option<String>,
    pub confirmed_on: String,
    pub scope: Option<String>,
}

/// The management pledge (自己適合宣誓).
#[derive(Debug, Clone, Deserialize)]
pub struct Pledge {
    pub signed_by: Person,
    pub signed_on: String,
}
