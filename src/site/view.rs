//! What the templates may see, per language and audience.
//!
//! Confidentiality is decided here, not in the templates: a field the audience may not
//! read is never put into the view, so no template (a client's theme included) can show
//! it. Public: organisation, declaration, review, provenance, the policy, public
//! evidence. Partners add the diagnosis (answers without notes), principles (without
//! owners), partners' evidence and the review history. Internal adds notes, reasons,
//! improvement actions, owners, internal evidence and its notes, findings and the
//! consultant.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::evaluate::eligibility::{LevelResult, RequirementResult};
use crate::evaluate::freshness;
use crate::evaluate::status::{self, Status};
use crate::finding::Finding;
use crate::history::provenance::{Provenance, Reviews};
use crate::lang::{Lang, Text};
use crate::model::catalogue::{self, Catalogue};
use crate::model::{AnswerValue, Audience, EvidenceItem, Profile};
use crate::site::chart::{self, BarChart, LineChart};
use crate::validate::Validation;

/// The recipe that recomputes the content digest, shown on every page.
pub const DIGEST_RECIPE: &str =
    "sha256sum hoshi.yaml principles.yaml diagnosis.yaml policy.yaml evidence.yaml | sha256sum";

/// Most reviews drawn in the history chart.
const MAX_CHART_POINTS: usize = 40;

/// An evidence file that goes into the site, checked against its recorded hash.
#[derive(Debug, Clone)]
pub struct PublishedFile {
    pub id: String,
    /// Path inside the site (`files/<id>/<name>`).
    pub site_path: String,
    pub name: String,
    pub sha256: String,
}

/// Everything the site shows in one language, filtered for one audience.
#[derive(Debug, Clone, Serialize)]
pub struct View {
    pub lang: &'static str,
    /// The language the client's own texts are written in.
    pub content_lang: &'static str,
    pub audience: &'static str,
    pub title: String,
    pub org: Org,
    pub declaration: Option<DeclarationView>,
    pub eligible: LevelView,
    /// The conditions of the declared level, in plain words (every audience; `None` when
    /// nothing is declared).
    pub conditions: Option<LevelRequirements>,
    /// Partners and internal: every level's conditions, in plain words.
    pub requirements: Option<Vec<LevelRequirements>>,
    /// Partners and internal: hoshi's practice advice, in plain words.
    pub practices: Option<Vec<RequirementView>>,
    pub review: ReviewView,
    pub source: SourceView,
    pub digest: String,
    pub digest_hex: String,
    pub recipe: &'static str,
    pub policy: Option<PolicyView>,
    pub publish_policy: bool,
    /// Partners and internal (and `None` when diagnosis.yaml has errors).
    pub diagnosis: Option<DiagnosisView>,
    /// Partners and internal (and `None` when principles.yaml has errors).
    pub principles: Option<Vec<PrincipleView>>,
    /// Items at or below the audience.
    pub evidence: Vec<EvidenceView>,
    /// Partners and internal.
    pub history: Option<HistoryView>,
    /// Internal only.
    pub actions: Option<Vec<ActionView>>,
    /// Internal only.
    pub findings: Option<Vec<FindingView>>,
    /// Internal only.
    pub consultant: Option<ConsultantView>,
    /// Partners and internal, with a scs.yaml: ★3 readiness (never public).
    pub scs: Option<crate::site::scs::ScsView>,
    /// Every audience: a ★3 result recorded in hoshi.yaml (the only ★3 the public sees).
    pub scs_result: Option<ScsResultView>,
}

/// A ★3 result officially obtained, as recorded in hoshi.yaml.
#[derive(Debug, Clone, Serialize)]
pub struct ScsResultView {
    /// The scheme's name in the page's language.
    pub scheme: String,
    pub mark: String,
    pub obtained_on: String,
    pub registration: Option<String>,
    pub reference: Option<Link>,
    pub valid_until: String,
    pub expired: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub text: String,
    /// Only http(s) and mailto links get an address; anything else stays text.
    pub href: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Org {
    pub name: String,
    /// The name in the client's own language, when the page shows the English name.
    pub local_name: Option<String>,
    pub corporate_number: Option<String>,
    pub industry: Option<String>,
    pub employees: Option<u32>,
    pub representative: Option<PersonView>,
    pub website: Option<Link>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PersonView {
    pub title: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct DeclarationView {
    pub level: u8,
    pub mark: String,
    pub label: String,
    pub id: Option<String>,
    pub declared_on: Option<String>,
    /// `None` (null to a template): cannot be told, a file a condition reads has errors.
    pub holds: Option<bool>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LevelView {
    pub level: u8,
    pub mark: String,
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct LevelRequirements {
    pub level: u8,
    pub label: String,
    pub eligible: bool,
    /// Not eligible, but only for conditions that cannot be judged.
    pub unknown: bool,
    pub requirements: Vec<RequirementView>,
}

/// A requirement in plain words for a reader outside the company: no ids, no keys.
#[derive(Debug, Clone, Serialize)]
pub struct RequirementView {
    pub text: String,
    pub met: bool,
    /// Cannot be judged: a file it reads is missing or has errors.
    pub unknown: bool,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReviewView {
    /// `reviewed`, `none` (no review yet) or `unavailable`.
    pub state: &'static str,
    pub name: Option<String>,
    pub date: Option<String>,
    pub commit: Option<String>,
    /// Partners and internal.
    pub reviewer: Option<String>,
    /// The reviewed files are the ones shown (their digests match); `None` when unknown.
    pub unchanged: Option<bool>,
    /// The client files that differ from the reviewed ones, by name (empty when unknown).
    pub changed: Vec<String>,
    /// Why the review record could not be read.
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    pub commit: Option<String>,
    pub short: Option<String>,
    pub dirty: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct PolicyView {
    pub title: String,
    pub preamble: Vec<Block>,
    pub sections: Vec<PolicySection>,
    pub established_on: String,
    pub revised_on: Option<String>,
    pub revisions: Vec<RevisionView>,
    pub signed_by: PersonView,
    pub publication: Option<PublicationView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PolicySection {
    pub anchor: String,
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RevisionView {
    pub date: String,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PublicationView {
    pub url: Link,
    pub published_on: String,
}

/// A block of plain text: a paragraph (its lines) or a list (its items).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    /// `p` or `ul`.
    pub kind: &'static str,
    pub lines: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DiagnosisView {
    pub assessed_on: String,
    /// Internal only.
    pub assessed_by: Option<String>,
    pub question_set: String,
    pub score: i32,
    pub max: i32,
    pub answered: u32,
    pub questions_total: usize,
    pub unknown: u32,
    pub band: Option<BandView>,
    pub chart: BarChart,
    pub parts: Vec<PartView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BandView {
    pub label: String,
    pub advice: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PartView {
    pub part: u8,
    pub title: String,
    pub score: i32,
    pub max: i32,
    pub questions: Vec<QuestionView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionView {
    pub id: String,
    pub topic: String,
    pub question: String,
    /// The answer id (`implemented` …), `None` when not answered.
    pub answer: Option<&'static str>,
    pub answer_label: Option<String>,
    pub points: i32,
    pub max: i32,
    /// Internal only.
    pub note: Option<String>,
    /// Internal only.
    pub reason: Option<String>,
    /// Internal only.
    pub action: Option<ActionView>,
    pub evidence: Vec<EvidenceRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ActionView {
    pub question: String,
    pub topic: String,
    pub what: String,
    pub owner: Option<String>,
    pub due: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EvidenceRef {
    pub id: String,
    pub title: String,
    pub anchor: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PrincipleView {
    pub id: String,
    pub title: String,
    pub description: String,
    pub status: &'static str,
    pub measures: Option<String>,
    /// Internal only.
    pub owner: Option<String>,
    pub evidence: Vec<EvidenceRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EvidenceView {
    pub id: String,
    pub anchor: String,
    pub title: String,
    pub visibility: &'static str,
    pub collected_on: String,
    pub valid_until: Option<String>,
    pub file: Option<FileView>,
    /// The register names a file, but it is not in the site (missing or changed).
    pub file_withheld: bool,
    pub url: Option<Link>,
    /// Internal only.
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FileView {
    pub name: String,
    /// Relative to the site root.
    pub path: String,
    pub sha256: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct HistoryView {
    pub chart: LineChart,
    /// Newest first.
    pub reviews: Vec<HistoryRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct HistoryRow {
    pub name: String,
    pub date: String,
    pub level: Option<String>,
    pub declared: Option<String>,
    pub score: Option<i32>,
    pub reviewer: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FindingView {
    pub severity: &'static str,
    pub code: &'static str,
    pub location: String,
    pub message: String,
    pub hint: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ConsultantView {
    pub name: String,
    pub organization: Option<String>,
    pub email: Option<Link>,
}

/// The inputs of a view.
pub struct Input<'a> {
    pub validation: &'a Validation,
    pub profile: &'a Profile,
    pub status: &'a Status,
    pub provenance: &'a Provenance,
    pub audience: Audience,
    /// Evidence files that go into the site, by evidence id.
    pub files: &'a [PublishedFile],
}

/// A link for http(s) and mailto addresses; other schemes (`javascript:` …) stay text.
pub fn link(text: &str, url: &str) -> Link {
    let lower = url.trim().to_ascii_lowercase();
    let allowed = ["https://", "http://", "mailto:"]
        .iter()
        .any(|s| lower.starts_with(s))
        && !url.chars().any(|c| c.is_control() || c.is_whitespace());
    Link {
        text: text.to_owned(),
        href: allowed.then(|| url.to_owned()),
    }
}

/// Splits plain text into paragraphs and lists: blank lines separate paragraphs, lines
/// starting with `- ` are list items. Nothing is interpreted as markup.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut open = false;
    for line in text.lines() {
        let line = line.trim_end();
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            open = false;
            continue;
        }
        let (kind, content) = match trimmed.strip_prefix("- ") {
            Some(item) => ("ul", item.trim()),
            None => ("p", line),
        };
        match out.last_mut() {
            Some(b) if open && b.kind == kind => b.lines.push(content.to_owned()),
            _ => out.push(Block {
                kind,
                lines: vec![content.to_owned()],
            }),
        }
        open = true;
    }
    out
}

fn person(p: &crate::model::Person) -> PersonView {
    PersonView {
        title: p.title.clone(),
        name: p.name.clone(),
    }
}

/// The representative in `lang`: the English title and name on the English site when given.
fn person_in(p: &crate::model::Person, lang: Lang) -> PersonView {
    match lang {
        Lang::En => PersonView {
            title: p.title_en.clone().unwrap_or_else(|| p.title.clone()),
            name: p.name_en.clone().unwrap_or_else(|| p.name.clone()),
        },
        Lang::Ja => person(p),
    }
}

fn level_view(status: &Status, level: u8, lang: Lang) -> LevelView {
    let e = &status.eligibility;
    LevelView {
        level,
        mark: e.get(level).map(|l| l.mark.clone()).unwrap_or_default(),
        label: status::level_label(e, level).get(lang).to_owned(),
    }
}

/// The content language: hoshi.yaml `language`, else Japanese.
pub fn content_lang(profile: &Profile) -> Lang {
    profile
        .language
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or(Lang::Ja)
}

/// The title of the site in `lang`: `site.title` in the client's language, else made up
/// from the organisation's name.
pub fn title(profile: &Profile, lang: Lang, suffix: &Text) -> String {
    match (&profile.site.title, &profile.site.title_en) {
        (_, Some(t)) if lang == Lang::En => t.clone(),
        (Some(t), _) if lang == content_lang(profile) => t.clone(),
        // 「株式会社みなと精工 情報セキュリティへの取組み」; "Information security at Minato Seiko".
        _ => match lang {
            Lang::Ja => format!("{} {}", org_name(profile, lang), suffix.get(lang)),
            Lang::En => format!("{} {}", suffix.get(lang), org_name(profile, lang)),
        },
    }
}

fn org_name(profile: &Profile, lang: Lang) -> String {
    let o = &profile.organization;
    match lang {
        Lang::En => o.name_en.clone().unwrap_or_else(|| o.name.clone()),
        Lang::Ja => o.name.clone(),
    }
}

/// Builds the view of the site in `lang`.
pub fn build(input: &Input, lang: Lang, labels_suffix: &Text) -> View {
    let Input {
        validation,
        profile,
        status,
        provenance,
        audience,
        files,
    } = *input;
    let client = &validation.client;
    let catalogue = catalogue::get();
    let partners = audience >= Audience::Partners;
    let internal = audience >= Audience::Internal;

    let visible: Vec<&EvidenceItem> = client
        .evidence
        .as_ref()
        .map(|r| {
            r.evidence
                .iter()
                .filter(|e| e.visibility <= audience)
                .collect()
        })
        .unwrap_or_default();
    let visible_ids: BTreeSet<&str> = visible.iter().map(|e| e.id.as_str()).collect();
    let refs = |ids: &[String]| -> Vec<EvidenceRef> {
        let mut seen = BTreeSet::new();
        ids.iter()
            .filter(|id| visible_ids.contains(id.as_str()) && seen.insert(id.as_str()))
            .filter_map(|id| visible.iter().find(|e| &e.id == id))
            .map(|e| EvidenceRef {
                id: e.id.clone(),
                title: e.title.clone(),
                anchor: anchor("ev", &e.id),
            })
            .collect()
    };

    let o = &profile.organization;
    let name = org_name(profile, lang);
    let org = Org {
        local_name: (name != o.name).then(|| o.name.clone()),
        name,
        corporate_number: o.corporate_number.clone(),
        industry: match lang {
            Lang::En => o.industry_en.clone().or_else(|| o.industry.clone()),
            Lang::Ja => o.industry.clone(),
        },
        employees: o.employees,
        representative: o.representative.as_ref().map(|p| person_in(p, lang)),
        website: o.website.as_deref().map(|w| link(w, w)),
    };

    let declaration = status.declaration.as_ref().map(|d| {
        let l = level_view(status, d.level, lang);
        DeclarationView {
            level: d.level,
            mark: l.mark,
            label: l.label,
            id: d.id.clone(),
            declared_on: d.declared_on.clone(),
            holds: d.holds,
        }
    });

    let plain = |r: &RequirementResult| RequirementView {
        text: r.public.get(lang).to_owned(),
        met: r.met,
        unknown: r.undetermined,
        reason: r.plain.get(lang).to_owned(),
    };
    let level_conditions = |l: &LevelResult| LevelRequirements {
        level: l.level,
        label: l.label().get(lang).to_owned(),
        eligible: l.eligible,
        unknown: l.verdict().is_none(),
        requirements: l.conditions().map(plain).collect(),
    };
    let conditions = status
        .declaration
        .as_ref()
        .and_then(|d| status.eligibility.get(d.level))
        .map(level_conditions);
    let requirements = partners.then(|| {
        status
            .eligibility
            .levels
            .iter()
            .map(level_conditions)
            .collect()
    });
    let practices = partners.then(|| {
        status
            .eligibility
            .levels
            .iter()
            .flat_map(|l| l.practices())
            .map(plain)
            .collect()
    });

    let review = review_view(
        provenance,
        &status.digest,
        &input.validation.client.hashes,
        partners,
        lang,
    );
    let source = SourceView {
        short: provenance
            .commit
            .as_ref()
            .map(|c| c.chars().take(12).collect()),
        commit: provenance.commit.clone(),
        dirty: provenance.dirty,
    };

    let policy = client.policy.as_ref().map(|p| PolicyView {
        title: p.title.clone(),
        preamble: blocks(&p.preamble),
        sections: p
            .sections
            .iter()
            .zip(1..)
            .map(|(s, i)| PolicySection {
                anchor: format!("section-{i}"),
                heading: s.heading.clone(),
                blocks: blocks(&s.body),
            })
            .collect(),
        established_on: p.established_on.clone(),
        revised_on: p.revisions.iter().map(|r| r.date.clone()).max(),
        revisions: p
            .revisions
            .iter()
            .map(|r| RevisionView {
                date: r.date.clone(),
                note: r.note.clone(),
            })
            .collect(),
        signed_by: person(&p.signed_by),
        publication: p.publication.as_ref().map(|x| PublicationView {
            url: link(&x.url, &x.url),
            published_on: x.published_on.clone(),
        }),
    });

    let diagnosis = if partners {
        diagnosis_view(input, catalogue, lang, internal, &refs)
    } else {
        None
    };

    let principles = if partners {
        client.principles.as_ref().map(|ps| {
            catalogue
                .principles
                .iter()
                .filter_map(|c| {
                    let p = ps.principles.get(&c.id)?;
                    Some(PrincipleView {
                        id: c.id.clone(),
                        title: c.title.get(lang).to_owned(),
                        description: c.description.get(lang).to_owned(),
                        status: p.status.as_str(),
                        measures: p.measures.clone(),
                        owner: if internal { p.owner.clone() } else { None },
                        evidence: refs(&p.evidence),
                    })
                })
                .collect()
        })
    } else {
        None
    };

    let evidence = visible
        .iter()
        .map(|e| {
            let file = files.iter().find(|f| f.id == e.id).map(|f| FileView {
                name: f.name.clone(),
                path: f.site_path.clone(),
                sha256: f.sha256.clone(),
            });
            EvidenceView {
                id: e.id.clone(),
                anchor: anchor("ev", &e.id),
                title: e.title.clone(),
                visibility: e.visibility.as_str(),
                collected_on: e.collected_on.clone(),
                valid_until: freshness::expiry(e).map(|(d, _)| d.to_string()),
                file_withheld: e.file.is_some() && file.is_none(),
                file,
                url: e.url.as_deref().map(|u| link(u, u)),
                note: if internal { e.note.clone() } else { None },
            }
        })
        .collect();

    let history = if partners {
        history_view(provenance, status, lang)
    } else {
        None
    };

    let actions = internal.then(|| {
        let mut list: Vec<ActionView> = diagnosis_actions(client, catalogue, lang);
        list.sort_by(|a, b| {
            (a.due.is_none(), &a.due, question_number(&a.question)).cmp(&(
                b.due.is_none(),
                &b.due,
                question_number(&b.question),
            ))
        });
        list
    });

    let findings = internal.then(|| {
        status
            .findings
            .iter()
            .map(|f| finding_view(f, lang))
            .collect()
    });

    let consultant = if internal {
        profile.consultant.as_ref().map(|c| ConsultantView {
            name: c.name.clone(),
            organization: c.organization.clone(),
            email: c.email.as_deref().map(|e| link(e, &format!("mailto:{e}"))),
        })
    } else {
        None
    };

    View {
        lang: lang.as_str(),
        content_lang: content_lang(profile).as_str(),
        audience: audience.as_str(),
        title: title(profile, lang, labels_suffix),
        org,
        declaration,
        eligible: level_view(status, status.eligibility.level, lang),
        conditions,
        requirements,
        practices,
        review,
        source,
        digest: status.digest.clone(),
        digest_hex: status
            .digest
            .strip_prefix("sha256:")
            .unwrap_or(&status.digest)
            .to_owned(),
        recipe: DIGEST_RECIPE,
        policy,
        publish_policy: profile.site.publish_policy,
        diagnosis,
        principles,
        evidence,
        history,
        actions,
        findings,
        consultant,
        scs: crate::site::scs::view(status.scs_readiness(), client, audience, lang),
        scs_result: status.scs_result.as_ref().map(|rec| {
            let r = &rec.result;
            let scheme = crate::scs::scheme::get();
            ScsResultView {
                scheme: scheme.name.get(lang).to_owned(),
                mark: scheme.level_label(r.level).get(lang).to_owned(),
                obtained_on: r.obtained_on.clone(),
                registration: r.registration.clone(),
                reference: r.reference.as_deref().map(|x| link(x, x)),
                valid_until: r.valid_until.clone(),
                expired: rec.expired,
            }
        }),
    }
}

/// An HTML id from a prefix and a client id (ids are `[A-Za-z0-9._-]`).
pub fn anchor(prefix: &str, id: &str) -> String {
    let clean: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("{prefix}-{clean}")
}

fn question_number(id: &str) -> u32 {
    id.trim_start_matches('Q').parse().unwrap_or(u32::MAX)
}

/// The files whose sha256 differs between `now` and `then`, in file order; a file present
/// at one end only counts as changed.
fn changed_files(now: &[(&'static str, String)], then: &[(&'static str, String)]) -> Vec<String> {
    let find = |list: &[(&'static str, String)], name: &str| {
        list.iter()
            .find(|(n, _)| *n == name)
            .map(|(_, h)| h.clone())
    };
    crate::model::files::FileKind::ALL
        .iter()
        .map(|k| k.file_name())
        .filter(|name| find(now, name) != find(then, name))
        .map(str::to_owned)
        .collect()
}

fn review_view(
    p: &Provenance,
    digest: &str,
    hashes: &[(&'static str, String)],
    partners: bool,
    lang: Lang,
) -> ReviewView {
    match &p.reviews {
        Reviews::Found(list) => match list.first() {
            Some(r) => ReviewView {
                changed: r
                    .hashes
                    .as_deref()
                    .map(|then| changed_files(hashes, then))
                    .unwrap_or_default(),
                state: "reviewed",
                name: Some(r.name.clone()),
                date: Some(r.date.clone()),
                commit: Some(r.commit.clone()),
                reviewer: if partners { r.reviewer.clone() } else { None },
                unchanged: r.digest.as_deref().map(|d| d == digest),
                reason: None,
            },
            None => ReviewView {
                state: "none",
                name: None,
                date: None,
                commit: None,
                reviewer: None,
                unchanged: None,
                changed: Vec::new(),
                reason: None,
            },
        },
        Reviews::Unavailable(why) => ReviewView {
            state: "unavailable",
            name: None,
            date: None,
            commit: None,
            reviewer: None,
            unchanged: None,
            changed: Vec::new(),
            reason: Some(why.reason.get(lang).to_owned()),
        },
    }
}

fn diagnosis_view(
    input: &Input,
    catalogue: &'static Catalogue,
    lang: Lang,
    internal: bool,
    refs: &dyn Fn(&[String]) -> Vec<EvidenceRef>,
) -> Option<DiagnosisView> {
    let d = input.validation.client.diagnosis.as_ref()?;
    let score = input.status.score.as_ref()?;
    let part_title = |n: u8| {
        catalogue
            .parts
            .iter()
            .find(|p| p.part == n)
            .map(|p| p.title.get(lang).to_owned())
            .unwrap_or_default()
    };
    let parts: Vec<PartView> = score
        .parts
        .iter()
        .map(|p| PartView {
            part: p.part,
            title: part_title(p.part),
            score: p.score,
            max: p.max,
            questions: score
                .questions
                .iter()
                .filter(|q| q.part == p.part)
                .filter_map(|q| {
                    let c = catalogue.question(&q.id)?;
                    let a = d.answers.get(&q.id);
                    let answer = q.answer.map(AnswerValue::as_str);
                    Some(QuestionView {
                        id: q.id.clone(),
                        topic: c.topic.get(lang).to_owned(),
                        question: c.question.get(lang).to_owned(),
                        answer,
                        answer_label: answer.and_then(|id| {
                            catalogue
                                .answers
                                .iter()
                                .find(|k| k.id == id)
                                .map(|k| k.label.get(lang).to_owned())
                        }),
                        points: q.points,
                        max: q.max,
                        note: a.filter(|_| internal).and_then(|a| a.note.clone()),
                        reason: a.filter(|_| internal).and_then(|a| a.reason.clone()),
                        action: a.filter(|_| internal).and_then(|a| {
                            a.action.as_ref().map(|x| ActionView {
                                question: q.id.clone(),
                                topic: c.topic.get(lang).to_owned(),
                                what: x.what.clone(),
                                owner: x.owner.clone(),
                                due: x.due.clone(),
                            })
                        }),
                        evidence: a.map(|a| refs(&a.evidence)).unwrap_or_default(),
                    })
                })
                .collect(),
        })
        .collect();
    let chart = chart::bars(
        &parts
            .iter()
            .map(|p| {
                let word = crate::site::labels()
                    .get("part")
                    .map_or("", |t| t.get(lang));
                (format!("{word} {}: {}", p.part, p.title), p.score, p.max)
            })
            .collect::<Vec<_>>(),
    );
    Some(DiagnosisView {
        assessed_on: d.assessed_on.clone(),
        assessed_by: internal.then(|| d.assessed_by.clone()),
        question_set: d.question_set.clone(),
        score: score.total,
        max: score.max,
        answered: score.answered,
        questions_total: score.questions.len(),
        unknown: score.unknown,
        band: score.band.map(|b| BandView {
            label: b.label.get(lang).to_owned(),
            advice: b.advice.get(lang).to_owned(),
        }),
        chart,
        parts,
    })
}

fn diagnosis_actions(
    client: &crate::validate::client::Client,
    catalogue: &Catalogue,
    lang: Lang,
) -> Vec<ActionView> {
    let Some(d) = &client.diagnosis else {
        return Vec::new();
    };
    d.answers
        .iter()
        .filter_map(|(id, a)| {
            let x = a.action.as_ref()?;
            Some(ActionView {
                question: id.clone(),
                topic: catalogue
                    .question(id)
                    .map(|q| q.topic.get(lang).to_owned())
                    .unwrap_or_default(),
                what: x.what.clone(),
                owner: x.owner.clone(),
                due: x.due.clone(),
            })
        })
        .collect()
}

fn history_view(p: &Provenance, status: &Status, lang: Lang) -> Option<HistoryView> {
    let Reviews::Found(list) = &p.reviews else {
        return None;
    };
    let label = |level: Option<u8>| {
        level.map(|l| {
            if l == 0 {
                "—".to_owned()
            } else {
                status::level_label(&status.eligibility, l)
                    .get(lang)
                    .to_owned()
            }
        })
    };
    let mark = |level: Option<u8>| {
        level
            .and_then(|l| status.eligibility.get(l))
            .map(|l| l.mark.clone())
            .unwrap_or_default()
    };
    // The chart shows the newest reviews; the table lists them all.
    let points: Vec<(String, i32, String)> = list
        .iter()
        .take(MAX_CHART_POINTS)
        .rev()
        .filter_map(|r| Some((r.date.clone(), r.score?, mark(r.level))))
        .collect();
    Some(HistoryView {
        chart: chart::line(&points),
        reviews: list
            .iter()
            .map(|r| HistoryRow {
                name: r.name.clone(),
                date: r.date.clone(),
                level: label(r.level),
                declared: label(r.declared),
                score: r.score,
                reviewer: r.reviewer.clone(),
            })
            .collect(),
    })
}

fn finding_view(f: &Finding, lang: Lang) -> FindingView {
    let location = match f.pos {
        Some(p) => format!("{}:{}:{}", f.file, p.line, p.column),
        None => f.file.clone(),
    };
    FindingView {
        severity: f.severity.as_str(),
        code: f.code.as_str(),
        location,
        message: f.message.get(lang).to_owned(),
        hint: f.hint.as_ref().map(|h| h.get(lang).to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_becomes_paragraphs_and_lists() {
        let b = blocks("first line\nsecond line\n\n- one\n- two\n\nafter <b>x</b>\n");
        assert_eq!(
            b,
            [
                Block {
                    kind: "p",
                    lines: vec!["first line".into(), "second line".into()]
                },
                Block {
                    kind: "ul",
                    lines: vec!["one".into(), "two".into()]
                },
                Block {
                    kind: "p",
                    lines: vec!["after <b>x</b>".into()]
                },
            ]
        );
        assert!(blocks("\n\n").is_empty());
    }

    #[test]
    fn only_web_and_mail_links_get_an_address() {
        assert!(link("a", "https://example.jp/").href.is_some());
        assert!(link("a", "mailto:a@example.jp").href.is_some());
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:text/html,x",
            "https://a b",
            "//evil.example",
        ] {
            assert!(link("a", bad).href.is_none(), "{bad}");
        }
    }

    #[test]
    fn anchors_are_plain() {
        assert_eq!(anchor("ev", "EV-001"), "ev-EV-001");
        assert_eq!(anchor("ev", "a b"), "ev-a-b");
    }
}
