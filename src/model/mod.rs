//! The client's files as typed data, read from schema-valid documents.

pub mod catalogue;
pub mod files;
pub mod scs;
pub mod scs_scheme;

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Deserialize;

use crate::lang::Text;
use crate::load::vocabulary::word;

/// `hoshi.yaml`: the organisation, its declaration and settings.
#[derive(Debug, Clone, Deserialize)]
pub struct Profile {
    pub language: Option<String>,
    pub organization: Organization,
    pub declaration: Option<Declaration>,
    /// A ★3 result of the SCS scheme, recorded once officially obtained (readiness is
    /// never a result).
    pub scs_result: Option<ScsResult>,
    #[serde(default)]
    pub review: ReviewSettings,
    #[serde(default)]
    pub site: SiteSettings,
    pub consultant: Option<Consultant>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Organization {
    pub name: String,
    pub name_en: Option<String>,
    pub corporate_number: Option<String>,
    pub industry: Option<String>,
    /// The industry on the English site.
    #[serde(default)]
    pub industry_en: Option<String>,
    pub employees: Option<u32>,
    pub representative: Option<Person>,
    pub website: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Person {
    pub title: String,
    pub name: String,
    /// The title and name on the English site (hoshi.yaml's representative).
    #[serde(default)]
    pub title_en: Option<String>,
    #[serde(default)]
    pub name_en: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Declaration {
    pub level: u8,
    pub id: Option<String>,
    pub declared_on: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct ReviewSettings {
    pub interval_months: u32,
    pub tag_prefix: String,
}

impl Default for ReviewSettings {
    fn default() -> Self {
        ReviewSettings {
            interval_months: 12,
            tag_prefix: "review/".to_owned(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct SiteSettings {
    pub title: Option<String>,
    /// The title of the English pages.
    pub title_en: Option<String>,
    pub base_url: Option<String>,
    pub languages: Vec<String>,
    pub audience: Audience,
    pub publish_policy: bool,
    /// The host restricts who can read the deployed site (private Pages on GitHub
    /// Enterprise, say), so `hoshi ci` may deploy a partners or internal build.
    pub access_controlled: bool,
}

impl Default for SiteSettings {
    fn default() -> Self {
        SiteSettings {
            title: None,
            title_en: None,
            base_url: None,
            languages: vec!["ja".to_owned(), "en".to_owned()],
            audience: Audience::Public,
            publish_policy: false,
            access_controlled: false,
        }
    }
}

/// Who may read a page or an evidence item.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    #[default]
    Public,
    Partners,
    Internal,
}

impl Audience {
    /// `public` / `partners` / `internal`, as hoshi.yaml and evidence.yaml spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Public => "public",
            Audience::Partners => "partners",
            Audience::Internal => "internal",
        }
    }

    /// Who may read it, in words.
    pub fn label(self) -> Text {
        word(&format!("visibility_{}", self.as_str()))
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Consultant {
    pub name: String,
    pub organization: Option<String>,
    pub email: Option<String>,
}

/// `principles.yaml`: the five principles by id.
#[derive(Debug, Clone, Deserialize)]
pub struct Principles {
    pub principles: BTreeMap<String, PrincipleState>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct PrincipleState {
    pub status: PrincipleStatus,
    pub measures: Option<String>,
    pub owner: Option<String>,
    #[serde(default)]
    pub evidence: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PrincipleStatus {
    Practiced,
    InProgress,
    NotStarted,
}

impl PrincipleStatus {
    /// `practiced` / `in_progress` / `not_started`, as principles.yaml spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            PrincipleStatus::Practiced => "practiced",
            PrincipleStatus::InProgress => "in_progress",
            PrincipleStatus::NotStarted => "not_started",
        }
    }

    /// The status in words.
    pub fn label(self) -> Text {
        word(&format!("status_{}", self.as_str()))
    }
}

/// `diagnosis.yaml`: the self-diagnosis.
#[derive(Debug, Clone, Deserialize)]
pub struct Diagnosis {
    pub question_set: String,
    pub assessed_on: String,
    pub assessed_by: String,
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Answer {
    pub answer: AnswerValue,
    pub reason: Option<String>,
    pub note: Option<String>,
    #[serde(default)]
    pub evidence: Vec<String>,
    pub action: Option<Action>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerValue {
    Implemented,
    Partial,
    NotImplemented,
    Unknown,
    NotApplicable,
}

impl AnswerValue {
    /// `implemented` / `partial` / … , as diagnosis.yaml spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            AnswerValue::Implemented => "implemented",
            AnswerValue::Partial => "partial",
            AnswerValue::NotImplemented => "not_implemented",
            AnswerValue::Unknown => "unknown",
            AnswerValue::NotApplicable => "not_applicable",
        }
    }

    /// The answer in words, as the question set words it.
    pub fn label(self) -> Text {
        let id = self.as_str();
        catalogue::get()
            .answers
            .iter()
            .find(|a| a.id == id)
            .map_or_else(|| Text::same(id), |a| a.label.clone())
    }

    /// The label of an answer, or "not answered".
    pub fn label_or_unanswered(answer: Option<AnswerValue>) -> Text {
        answer.map_or_else(|| word("not_answered"), AnswerValue::label)
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Action {
    pub what: String,
    pub owner: Option<String>,
    pub due: Option<String>,
}

/// `policy.yaml`: the basic security policy.
#[derive(Debug, Clone, Deserialize)]
pub struct Policy {
    pub title: String,
    pub preamble: String,
    pub sections: Vec<Section>,
    pub established_on: String,
    #[serde(default)]
    pub revisions: Vec<Revision>,
    pub signed_by: Person,
    pub publication: Option<Publication>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Section {
    pub heading: String,
    pub body: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Revision {
    pub date: String,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Publication {
    pub url: String,
    pub published_on: String,
}

/// `evidence.yaml`: the evidence register.
#[derive(Debug, Clone, Deserialize)]
pub struct EvidenceRegister {
    pub evidence: Vec<EvidenceItem>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct EvidenceItem {
    pub id: String,
    pub title: String,
    pub file: Option<String>,
    pub url: Option<String>,
    pub sha256: Option<String>,
    pub collected_on: String,
    pub valid_until: Option<String>,
    pub valid_for_months: Option<u32>,
    #[serde(default = "internal")]
    pub visibility: Audience,
    pub note: Option<String>,
}

fn internal() -> Audience {
    Audience::Internal
}

/// `scs_result` in hoshi.yaml: a ★3 result of the SCS scheme once officially obtained
/// (checked where hoshi.yaml is validated).
#[derive(Debug, Clone, Deserialize)]
pub struct ScsResult {
    pub level: u8,
    pub obtained_on: String,
    /// The registration number the scheme issued (this or `reference`, or both).
    pub registration: Option<String>,
    /// Where the result can be checked: a URL or the number of a notice.
    pub reference: Option<String>,
    pub valid_until: String,
}

impl ScsResult {
    /// The last day of validity has passed on `today`.
    pub fn expired(&self, today: Date) -> bool {
        self.valid_until
            .parse::<Date>()
            .is_ok_and(|until| until < today)
    }
}

/// Whether a requirement is IPA's or hoshi's advice (of SECURITY ACTION's levels and of
/// the SCS scheme's checks alike).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RequirementKind {
    /// What IPA asks: decides eligibility and whether a declaration holds.
    Condition,
    /// hoshi's advice on substance: a warning with what to do, never a failure.
    Practice,
}

impl RequirementKind {
    /// `condition` / `practice`, as in the data and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            RequirementKind::Condition => "condition",
            RequirementKind::Practice => "practice",
        }
    }
}

/// A date plus whole calendar months, as the files' intervals and validity periods count
/// them; `None` when out of range.
pub fn add_months(date: Date, months: u32) -> Option<Date> {
    let span = jiff::Span::new().try_months(i64::from(months)).ok()?;
    date.checked_add(span).ok()
}
