//! Star eligibility: the scheme's levels as embedded data, evaluated into met / unmet
//! requirements, each with a reason that names exactly what is missing.
//!
//! A requirement is a **condition** (what IPA asks: it alone decides eligibility and
//! whether a declaration holds) or a **practice** (hoshi's advice on substance: reported
//! as a warning, never a reason that a declaration fails). Levels are not cumulative:
//! the eligible level is the highest whose conditions all hold.
//!
//! `assets/levels.yaml` chooses and parameterises the checks; this file implements the
//! condition check kinds and [`crate::evaluate::practice`] the practice ones. A further
//! level (METI's ★3) is data as long as its requirements use these kinds.

use std::sync::OnceLock;

use jiff::civil::Date;
use serde::Deserialize;

use crate::evaluate::facts::{Broken, Facts, Outcome, Subject, broken, fix};
use crate::evaluate::practice;
use crate::evaluate::scoring;
use crate::evaluate::words::{id_list, quoted_titles, status_id, status_label};
use crate::finding::Code;
use crate::lang::Text;
use crate::model::catalogue::Catalogue;
use crate::model::files::FileKind;
use crate::model::{AnswerValue, Audience, Policy, PrincipleStatus};
use crate::text;

/// The levels as written, for the tests that change them.
#[cfg(test)]
const SOURCE: &str = include_str!("../../assets/levels.yaml");
/// `assets/levels.yaml` as JSON, made from it and kept current by a test (`generated::`):
/// parsed at start-up many times faster than the YAML.
const JSON: &str = include_str!("../../assets/generated/levels.json");

/// The scheme's levels, lowest first.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Levels {
    pub scheme: String,
    pub levels: Vec<Level>,
}

/// One level (a number of stars) and what it requires.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub level: u8,
    /// `★`, `★★`, …
    pub mark: String,
    pub name: Text,
    pub requirements: Vec<Requirement>,
}

pub use crate::model::RequirementKind as Kind;

/// One requirement: a stable id, its kind, the check that decides it, and its wording.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    /// Stable: users and CI refer to it.
    pub id: String,
    pub kind: Kind,
    /// The warning a practice not met is reported as (practices only).
    #[serde(default, deserialize_with = "code")]
    pub finding: Option<Code>,
    pub check: Check,
    /// What is required, for the people who keep the files.
    pub text: Text,
    /// What is required, in plain words for a reader outside the company.
    pub public: Text,
    /// What to do when it is not met.
    pub todo: Text,
}

fn code<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Code>, D::Error> {
    let name = String::deserialize(d)?;
    Code::from_name(&name)
        .map(Some)
        .ok_or_else(|| serde::de::Error::custom(format!("unknown finding code {name:?}")))
}

/// The check kinds hoshi implements; the data picks one per requirement.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Check {
    /// Every principle of the catalogue has one of these statuses.
    Principles { status: Vec<PrincipleStatus> },
    /// Every condition of this lower level holds.
    Level { level: u8 },
    /// Every question of the catalogue has an answer (`unknown` counts).
    AllAnswered,
    /// No question has this answer.
    NoAnswer { answer: AnswerValue },
    /// No principle is practised while its Part 1 question is not implemented.
    #[serde(rename = "part1-consistent")]
    Part1Consistent,
    /// Every `partial` / `not_implemented` answer has an improvement action.
    ActionsPlanned,
    /// Signed, dated, at least one section, none of the placeholder strings.
    PolicyEstablished { placeholders: Vec<String> },
    /// A publication URL and date, or the hoshi site published to everyone.
    PolicyPublished,
    /// The diagnosis is younger than the review interval.
    DiagnosisFresh,
    /// The last review is younger than the review interval (where git is known).
    ReviewCurrent,
    /// The diagnosis scores at least this much.
    MinScore { score: i32 },
}

impl Check {
    /// The client files the check reads (a broken one makes it undetermined).
    pub fn files(&self) -> &'static [FileKind] {
        match self {
            Check::Principles { .. } => &[FileKind::Principles],
            Check::Level { .. } | Check::ReviewCurrent => &[],
            Check::AllAnswered
            | Check::NoAnswer { .. }
            | Check::MinScore { .. }
            | Check::ActionsPlanned
            | Check::DiagnosisFresh => &[FileKind::Diagnosis],
            Check::Part1Consistent => &[FileKind::Principles, FileKind::Diagnosis],
            Check::PolicyEstablished { .. } => &[FileKind::Policy],
            // hoshi.yaml is read only without a publication URL, for the site's settings.
            Check::PolicyPublished => &[FileKind::Policy, FileKind::Hoshi],
        }
    }
}

/// The embedded levels, parsed once.
pub fn get() -> &'static Levels {
    static LEVELS: OnceLock<Levels> = OnceLock::new();
    LEVELS.get_or_init(|| {
        serde_json::from_str(JSON)
            .map_err(|e| e.to_string())
            .and_then(checked)
            .expect("the embedded levels are valid (tested)")
    })
}

/// Parses a levels definition (the embedded one, or another in tests).
pub fn parse(src: &str) -> Result<Levels, String> {
    let loaded = crate::load::yaml::load(src.as_bytes());
    if let Some(p) = loaded.problems.first() {
        return Err(p.message.en.clone());
    }
    let doc = loaded.document.ok_or("empty levels definition")?;
    checked(serde_json::from_value(doc.value).map_err(|e| e.to_string())?)
}

/// `levels` in order, once each practice names its finding and no condition does.
fn checked(mut levels: Levels) -> Result<Levels, String> {
    levels.levels.sort_by_key(|l| l.level);
    for r in levels.levels.iter().flat_map(|l| &l.requirements) {
        match (r.kind, r.finding) {
            (Kind::Practice, None) => return Err(format!("practice {} names no finding", r.id)),
            (Kind::Condition, Some(_)) => {
                return Err(format!("condition {} names a finding", r.id));
            }
            _ => {}
        }
    }
    Ok(levels)
}

/// Whether findings with this code are practice advice (a practice's `finding`).
pub fn is_practice(code: Code) -> bool {
    get()
        .levels
        .iter()
        .flat_map(|l| &l.requirements)
        .any(|r| r.finding == Some(code))
}

/// A requirement, evaluated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequirementResult {
    pub id: String,
    pub kind: Kind,
    pub met: bool,
    /// Neither met nor unmet: a file it reads is missing or has errors.
    pub undetermined: bool,
    pub text: Text,
    /// The requirement in plain words (the site).
    pub public: Text,
    /// Met: what shows it. Unmet: exactly what is missing.
    pub reason: Text,
    /// The reason in plain words (the site).
    pub plain: Text,
    pub todo: Text,
    /// The warning code of a practice.
    pub finding: Option<Code>,
    /// Unmet: each thing to fix, located.
    pub subjects: Vec<Subject>,
}

impl RequirementResult {
    pub fn is_condition(&self) -> bool {
        self.kind == Kind::Condition
    }
}

/// A level, evaluated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelResult {
    pub level: u8,
    pub mark: String,
    pub name: Text,
    /// Every condition holds (practices do not count).
    pub eligible: bool,
    /// Conditions first, then practices, each in the order of the data.
    pub requirements: Vec<RequirementResult>,
}

impl LevelResult {
    /// `★★ 二つ星` / `★★ (two stars)`.
    pub fn label(&self) -> Text {
        let (mark, ja, en) = (&self.mark, &self.name.ja, &self.name.en);
        text!("{mark} {ja}", "{mark} ({en})")
    }

    /// The conditions: what IPA asks.
    pub fn conditions(&self) -> impl Iterator<Item = &RequirementResult> {
        self.requirements.iter().filter(|r| r.is_condition())
    }

    /// The practices: hoshi's advice.
    pub fn practices(&self) -> impl Iterator<Item = &RequirementResult> {
        self.requirements.iter().filter(|r| !r.is_condition())
    }

    /// The conditions not met: why the level is not reached.
    pub fn unmet(&self) -> impl Iterator<Item = &RequirementResult> {
        self.conditions().filter(|r| !r.met)
    }

    /// Whether the conditions hold: `None` when none is found unmet but one cannot be
    /// judged because a file it reads is missing or has errors.
    pub fn verdict(&self) -> Option<bool> {
        if self.eligible {
            Some(true)
        } else if self.unmet().all(|r| r.undetermined) {
            None
        } else {
            Some(false)
        }
    }
}

/// Every level evaluated, and the highest level whose conditions hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Eligibility {
    /// 0 when no level's conditions hold.
    pub level: u8,
    pub levels: Vec<LevelResult>,
}

impl Eligibility {
    pub fn get(&self, level: u8) -> Option<&LevelResult> {
        self.levels.iter().find(|l| l.level == level)
    }

    /// The lowest level above the eligible one: the next star to work for.
    pub fn next(&self) -> Option<&LevelResult> {
        self.levels
            .iter()
            .find(|l| l.level > self.level && !l.eligible)
    }

    /// Whether a declaration of `level` holds: its own conditions all hold. `None`: it
    /// cannot be told, because a file a condition reads is missing or has errors.
    pub fn holds(&self, level: u8) -> Option<bool> {
        self.get(level).map_or(Some(false), LevelResult::verdict)
    }

    /// Every practice not met, over all levels.
    pub fn practice_unmet(&self) -> impl Iterator<Item = &RequirementResult> {
        self.levels
            .iter()
            .flat_map(|l| l.practices())
            .filter(|r| !r.met)
    }
}

/// Evaluates every level against the facts.
pub fn evaluate(levels: &Levels, catalogue: &'static Catalogue, facts: &Facts) -> Eligibility {
    let mut done: Vec<LevelResult> = Vec::with_capacity(levels.levels.len());
    for level in &levels.levels {
        let mut requirements: Vec<RequirementResult> = level
            .requirements
            .iter()
            .filter_map(|r| {
                let outcome = check(&r.check, level.level, &done, catalogue, facts)?;
                // A broken file is fixed first, whatever the requirement asks.
                let todo = r
                    .check
                    .files()
                    .iter()
                    .find_map(|&kind| facts.state(kind).err().map(|why| fix(kind, why)))
                    .unwrap_or_else(|| r.todo.clone());
                Some(RequirementResult {
                    id: r.id.clone(),
                    kind: r.kind,
                    met: outcome.met,
                    undetermined: outcome.undetermined,
                    text: r.text.clone(),
                    public: r.public.clone(),
                    reason: outcome.reason,
                    plain: outcome.plain,
                    todo,
                    finding: r.finding,
                    subjects: outcome.subjects,
                })
            })
            .collect();
        // Stable: conditions first, each kind in the order of the data.
        requirements.sort_by_key(|r| !r.is_condition());
        let eligible = requirements
            .iter()
            .filter(|r| r.is_condition())
            .all(|r| r.met);
        done.push(LevelResult {
            level: level.level,
            mark: level.mark.clone(),
            name: level.name.clone(),
            eligible,
            requirements,
        });
    }
    let level = done
        .iter()
        .filter(|l| l.eligible)
        .map(|l| l.level)
        .max()
        .unwrap_or(0);
    Eligibility {
        level,
        levels: done,
    }
}

/// `None`: the check cannot be judged here (review checks outside git).
fn check(
    check: &Check,
    this_level: u8,
    done: &[LevelResult],
    catalogue: &'static Catalogue,
    facts: &Facts,
) -> Option<Outcome> {
    Some(match check {
        Check::Principles { status } => principles(status, catalogue, facts),
        Check::Level { level } => lower_level(*level, this_level, done),
        Check::AllAnswered => all_answered(catalogue, facts),
        Check::NoAnswer { answer } => practice::no_answer(*answer, catalogue, facts),
        Check::Part1Consistent => practice::part1_consistent(catalogue, facts),
        Check::ActionsPlanned => practice::actions_planned(catalogue, facts),
        Check::PolicyEstablished { placeholders } => policy_established(placeholders, facts),
        Check::PolicyPublished => policy_published(facts),
        Check::DiagnosisFresh => practice::diagnosis_fresh(facts),
        Check::ReviewCurrent => practice::review_current(facts)?,
        Check::MinScore { score } => min_score(*score, catalogue, facts),
    })
}

fn principles(want: &[PrincipleStatus], catalogue: &Catalogue, facts: &Facts) -> Outcome {
    let p = match facts.principles {
        Ok(p) => p,
        Err(why) => return Outcome::broken(FileKind::Principles, why),
    };
    // Principles not in a wanted state, grouped by their state (`None`: missing), the
    // groups in the order their first principle comes.
    let mut groups: Vec<(Option<PrincipleStatus>, Vec<&str>)> = Vec::new();
    let mut subjects = Vec::new();
    for principle in &catalogue.principles {
        let state = match p.principles.get(&principle.id) {
            Some(s) if want.contains(&s.status) => continue,
            Some(s) => Some(s.status),
            None => None,
        };
        if let Some(s) = state {
            let (pid, title) = (&principle.id, &principle.title);
            let (sid, label) = (status_id(s), status_label(s));
            let (lja, len) = (label.ja_str(), label.en_str());
            let (tja, ten) = (&title.ja, &title.en);
            let wanted: Vec<&str> = want.iter().map(|&w| status_id(w)).collect();
            let (wja, wen) = (wanted.join(" か "), wanted.join(" or "));
            subjects.push(Subject {
                file: FileKind::Principles,
                pointer: format!("/principles/{pid}/status"),
                message: text!(
                    "{pid}（{tja}）は {sid}（{lja}）で、{wja} ではありません",
                    "{pid} ({ten}) is {sid} ({len}), not {wen}"
                ),
            });
        }
        match groups.iter_mut().find(|(g, _)| *g == state) {
            Some((_, ids)) => ids.push(&principle.id),
            None => groups.push((state, vec![&principle.id])),
        }
    }
    let n = catalogue.principles.len();
    if groups.is_empty() {
        let wanted: Vec<&str> = want.iter().map(|&w| status_id(w)).collect();
        let (wja, wen) = (wanted.join(" か "), wanted.join(" or "));
        let ids: Vec<&str> = catalogue.principles.iter().map(|p| p.id.as_str()).collect();
        let all = id_list(&ids);
        let (ja, en) = (all.ja, all.en);
        let reason = text!("{ja} のすべてが {wja} です", "{en} are all {wen}");
        // Plain: how many are practised, how many in progress.
        let count = |s: PrincipleStatus| p.principles.values().filter(|x| x.status == s).count();
        let (done_n, going) = (
            count(PrincipleStatus::Practiced),
            count(PrincipleStatus::InProgress),
        );
        let plain = if going == 0 {
            text!(
                "{n}項目すべてを実践しています",
                "all {n} principles are practised"
            )
        } else {
            text!(
                "{n}項目すべてに取り組んでいます（実践している {done_n}、取り組み中 {going}）",
                "all {n} principles are being worked on ({done_n} practised, {going} in progress)"
            )
        };
        return Outcome::met(reason, plain);
    }
    let (mut ja, mut en) = (Vec::new(), Vec::new());
    let (mut pja, mut pen) = (Vec::new(), Vec::new());
    for (state, ids) in &groups {
        let list = id_list(ids);
        let verb = if ids.len() == 1 { "is" } else { "are" };
        let titles: Vec<&Text> = ids
            .iter()
            .filter_map(|id| catalogue.principles.iter().find(|p| p.id == *id))
            .map(|p| &p.title)
            .collect();
        let names = quoted_titles(&titles);
        match state {
            Some(state) => {
                let (id, label) = (status_id(*state), status_label(*state));
                ja.push(format!("{} は {id}（{}）", list.ja, label.ja_str()));
                en.push(format!("{} {verb} {id}", list.en));
                pja.push(format!("{}は{}", names.ja, label.ja_str()));
                pen.push(format!("{} {verb} {}", names.en, label.en_str()));
            }
            None => {
                ja.push(format!("{} がありません", list.ja));
                en.push(format!("{} {verb} missing", list.en));
                pja.push(format!("{}は記録がありません", names.ja));
                pen.push(format!("{} {verb} not recorded", names.en));
            }
        }
    }
    let (ja, en) = (ja.join("、"), en.join("; "));
    let (pja, pen) = (pja.join("、"), pen.join("; "));
    Outcome::unmet(
        text!("{ja}です", "{en}"),
        text!("{pja}です", "{pen}"),
        subjects,
    )
}

fn lower_level(level: u8, this_level: u8, done: &[LevelResult]) -> Outcome {
    let Some(lower) = done.iter().find(|l| l.level == level && level < this_level) else {
        // Only reachable with a broken levels definition (tested for the embedded one).
        let reason = text!(
            "レベル {level} は定義されていません",
            "level {level} is not defined"
        );
        return Outcome::unmet(reason.clone(), reason, Vec::new());
    };
    let label = lower.label();
    let (lja, len) = (&label.ja, &label.en);
    if lower.eligible {
        let reason = text!("{lja}の条件を満たしています", "the {len} conditions hold");
        return Outcome::met(reason.clone(), reason);
    }
    if lower.verdict().is_none() {
        return Outcome::undetermined(text!(
            "{lja}の条件を確かめられません",
            "the {len} conditions cannot be judged"
        ));
    }
    let unmet: Vec<&RequirementResult> = lower.unmet().collect();
    let ja = unmet
        .iter()
        .map(|r| r.reason.ja.as_str())
        .collect::<Vec<_>>()
        .join("。");
    let en = unmet
        .iter()
        .map(|r| r.reason.en.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    Outcome::unmet(
        text!(
            "{lja}の条件を満たしていません（{ja}）",
            "the {len} conditions do not hold: {en}"
        ),
        text!(
            "{lja}の条件を満たしていません",
            "the {len} conditions do not hold"
        ),
        Vec::new(),
    )
}

fn all_answered(catalogue: &Catalogue, facts: &Facts) -> Outcome {
    let d = match facts.diagnosis {
        Ok(d) => d,
        Err(why) => return Outcome::broken(FileKind::Diagnosis, why),
    };
    let missing: Vec<&str> = catalogue
        .questions
        .iter()
        .filter(|q| !d.answers.contains_key(&q.id))
        .map(|q| q.id.as_str())
        .collect();
    let n = catalogue.questions.len();
    if missing.is_empty() {
        let on = &d.assessed_on;
        return Outcome::met(
            text!(
                "{n}問すべてに回答しています",
                "all {n} questions are answered"
            ),
            text!(
                "{on} に{n}問すべてに回答しています",
                "all {n} questions answered on {on}"
            ),
        );
    }
    let list = id_list(&missing);
    let (ja, en) = (list.ja, list.en);
    let m = missing.len();
    Outcome::unmet(
        text!("{ja} が未回答です", "{en} unanswered"),
        {
            let verb = if m == 1 { "is" } else { "are" };
            text!(
                "{n}問のうち{m}問がまだ回答されていません",
                "{m} of the {n} questions {verb} not answered yet"
            )
        },
        Vec::new(),
    )
}

/// The policy's free-text fields, with the name a reason uses for each.
pub fn policy_fields(p: &Policy) -> Vec<(String, &str)> {
    let mut out = vec![
        ("title".to_owned(), p.title.as_str()),
        ("preamble".to_owned(), p.preamble.as_str()),
    ];
    for (i, s) in p.sections.iter().enumerate() {
        out.push((format!("sections[{i}].heading"), s.heading.as_str()));
        out.push((format!("sections[{i}].body"), s.body.as_str()));
    }
    out.push(("signed_by.title".to_owned(), p.signed_by.title.as_str()));
    out.push(("signed_by.name".to_owned(), p.signed_by.name.as_str()));
    out
}

fn policy_established(placeholders: &[String], facts: &Facts) -> Outcome {
    let p = match facts.policy {
        Ok(p) => p,
        Err(why) => return Outcome::broken(FileKind::Policy, why),
    };
    // (technical, plain) per problem.
    let mut problems: Vec<(Text, Text)> = Vec::new();
    if p.signed_by.name.trim().is_empty() {
        problems.push((
            text!(
                "基本方針に署名者（signed_by.name）がありません",
                "the policy has no signer"
            ),
            text!("署名がありません", "it is not signed"),
        ));
    }
    let established = p.established_on.trim();
    match established.parse::<Date>() {
        Err(_) if established.is_empty() => problems.push((
            text!(
                "基本方針に制定日（established_on）がありません",
                "the policy has no date established (established_on)"
            ),
            text!("制定日がありません", "it has no date"),
        )),
        Err(_) => problems.push((
            text!(
                "制定日（established_on）「{established}」が日付ではありません",
                "the date established (established_on) \"{established}\" is not a date"
            ),
            text!("制定日がありません", "it has no date"),
        )),
        Ok(d) if d > facts.today => problems.push((
            text!(
                "制定日 {d} が今日より後の日付です",
                "the date established {d} is in the future"
            ),
            text!("制定日がまだ来ていません", "its date has not come yet"),
        )),
        Ok(_) => {}
    }
    if p.sections.is_empty() {
        problems.push((
            text!(
                "基本方針に項目（sections）がありません",
                "the policy has no sections"
            ),
            text!("本文がありません", "it has no content"),
        ));
    }
    let fields = policy_fields(p);
    let mut drafts = false;
    for placeholder in placeholders.iter().filter(|s| !s.is_empty()) {
        let found: Vec<&str> = fields
            .iter()
            .filter(|(_, value)| value.contains(placeholder.as_str()))
            .map(|(name, _)| name.as_str())
            .collect();
        if !found.is_empty() {
            let (ja, en) = (found.join("、"), found.join(", "));
            let plain = (!drafts).then(|| {
                text!(
                    "書きかけの箇所が残っています",
                    "parts of it are still drafts"
                )
            });
            drafts = true;
            problems.push((
                text!(
                    "{ja} に仮の文字「{placeholder}」が残っています",
                    "placeholder text {placeholder} in {en}"
                ),
                plain.unwrap_or_else(|| Text::new("", "")),
            ));
        }
    }
    if problems.is_empty() {
        let (title, name, n) = (&p.signed_by.title, &p.signed_by.name, p.sections.len());
        let by = format!("{title} {name}");
        let by = by.trim();
        return Outcome::met(
            text!(
                "{by} が署名、{established} 制定、{n} 項目",
                "signed by {by}, established {established}, {n} section(s)"
            ),
            text!(
                "{established} に制定し、{by} が署名しています",
                "established on {established} and signed by {by}"
            ),
        );
    }
    let join = |f: fn(&Text) -> &str, sep: &str| {
        problems
            .iter()
            .map(|(t, _)| f(t))
            .collect::<Vec<_>>()
            .join(sep)
    };
    let reason = Text::new(join(|t| &t.ja, "。"), join(|t| &t.en, "; "));
    let plain_ja: Vec<&str> = problems
        .iter()
        .map(|(_, p)| p.ja.as_str())
        .filter(|s| !s.is_empty())
        .collect();
    let plain_en: Vec<&str> = problems
        .iter()
        .map(|(_, p)| p.en.as_str())
        .filter(|s| !s.is_empty())
        .collect();
    let (pja, pen) = (plain_ja.join("。"), plain_en.join("; "));
    Outcome::unmet(
        reason,
        text!(
            "基本方針はまだ整っていません（{pja}）",
            "the basic policy is not complete yet: {pen}"
        ),
        Vec::new(),
    )
}

fn policy_published(facts: &Facts) -> Outcome {
    let p = match facts.policy {
        Ok(p) => p,
        Err(why) => return Outcome::broken(FileKind::Policy, why),
    };
    if let Some(publication) = &p.publication
        && !publication.url.trim().is_empty()
        && !publication.published_on.trim().is_empty()
    {
        let (url, on) = (&publication.url, &publication.published_on);
        return Outcome::met(
            text!("{on} に {url} で公開", "published at {url} on {on}"),
            text!(
                "{on} から {url} で公開しています",
                "published at {url} since {on}"
            ),
        );
    }
    let plain = text!(
        "基本方針はまだ社外に公開されていません",
        "the basic policy is not yet published outside the company"
    );
    let profile = match facts.profile {
        Ok(profile) => profile,
        Err(why @ Broken::Missing) => return Outcome::broken(FileKind::Hoshi, why),
        Err(why) => {
            let b = broken(FileKind::Hoshi, why);
            let (ja, en) = (b.ja, b.en);
            return Outcome::undetermined(text!(
                "policy.yaml に publication の URL がなく、このサイトで公開しているか（site.publish_policy）を確かめられません（{ja}）",
                "policy.yaml has no publication URL, and whether the site publishes the policy (site.publish_policy) cannot be read ({en})"
            ));
        }
    };
    let site = &profile.site;
    let base_url = site.base_url.as_deref().map(str::trim).unwrap_or("");
    if !site.publish_policy {
        return Outcome::unmet(
            text!(
                "基本方針が公開されていません: policy.yaml に publication の URL がなく、hoshi.yaml の site.publish_policy が false です",
                "the policy is not published: no publication URL and site.publish_policy is false"
            ),
            plain,
            Vec::new(),
        );
    }
    if site.audience != Audience::Public {
        let audience = match site.audience {
            Audience::Public => "public",
            Audience::Partners => "partners",
            Audience::Internal => "internal",
        };
        return Outcome::unmet(
            text!(
                "基本方針が社外に公開されていません: site.publish_policy は true ですが、site.audience が {audience} で、サイトは誰でも読めるものではありません（publication の URL もありません）",
                "the policy is not published externally: site.publish_policy is true, but site.audience is {audience}, so the site is not open to everyone (and there is no publication URL)"
            ),
            plain,
            Vec::new(),
        );
    }
    if base_url.is_empty() {
        return Outcome::unmet(
            text!(
                "基本方針が社外に公開されていません: site.publish_policy は true ですが、サイトを公開する場所（site.base_url）がありません（publication の URL もありません）",
                "the policy is not published externally: site.publish_policy is true, but there is no site.base_url saying where the site is published (and no publication URL)"
            ),
            plain,
            Vec::new(),
        );
    }
    Outcome::met(
        text!(
            "{base_url} の hoshi のサイトで公開（site.publish_policy: true、audience: public）",
            "published on the hoshi site at {base_url} (site.publish_policy: true, audience: public)"
        ),
        text!("このサイトで公開しています", "published on this site"),
    )
}

fn min_score(min: i32, catalogue: &'static Catalogue, facts: &Facts) -> Outcome {
    let d = match facts.diagnosis {
        Ok(d) => d,
        Err(why) => return Outcome::broken(FileKind::Diagnosis, why),
    };
    let total = scoring::score(catalogue, d).total;
    if total >= min {
        let reason = text!(
            "得点 {total} 点（{min} 点以上）",
            "the score {total} is at least {min}"
        );
        Outcome::met(reason.clone(), reason)
    } else {
        let reason = text!(
            "得点 {total} 点が {min} 点に届きません",
            "the score {total} is below {min}"
        );
        Outcome::unmet(reason.clone(), reason, Vec::new())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluate::facts::ReviewRecord;
    use crate::model::catalogue;
    use crate::model::{Answer, Publication};
    use crate::model::{Diagnosis, Principles, Profile};
    use crate::source::WorkTree;
    use crate::validate::{self, Validation};

    fn example() -> Validation {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("example-repo");
        validate::validate(&WorkTree::new(root)).expect("example-repo reads")
    }

    /// The example's typed files, owned so that a test can change one thing.
    struct Owned {
        profile: Profile,
        principles: Principles,
        diagnosis: Diagnosis,
        policy: Policy,
    }

    fn owned() -> Owned {
        let v = example();
        assert!(v.is_valid(), "{:?}", v.findings);
        let c = v.client;
        Owned {
            profile: std::sync::Arc::unwrap_or_clone(c.profile.expect("profile")),
            principles: std::sync::Arc::unwrap_or_clone(c.principles.expect("principles")),
            diagnosis: std::sync::Arc::unwrap_or_clone(c.diagnosis.expect("diagnosis")),
            policy: std::sync::Arc::unwrap_or_clone(c.policy.expect("policy")),
        }
    }

    fn today() -> Date {
        jiff::civil::date(2026, 11, 26)
    }

    fn run(o: &Owned) -> Eligibility {
        evaluate(
            get(),
            catalogue::get(),
            &Facts {
                profile: Ok(&o.profile),
                principles: Ok(&o.principles),
                diagnosis: Ok(&o.diagnosis),
                policy: Ok(&o.policy),
                review: None,
                today: today(),
            },
        )
    }

    /// (id, met, English reason) of every requirement, in order.
    fn table(e: &Eligibility) -> Vec<(String, bool, String)> {
        e.levels
            .iter()
            .flat_map(|l| &l.requirements)
            .map(|r| (r.id.clone(), r.met, r.reason.en.clone()))
            .collect()
    }

    /// The ids of unmet requirements.
    fn unmet(e: &Eligibility) -> Vec<String> {
        table(e).into_iter().filter(|r| !r.1).map(|r| r.0).collect()
    }

    fn todo_of(e: &Eligibility, id: &str) -> Option<String> {
        e.levels
            .iter()
            .flat_map(|l| &l.requirements)
            .find(|r| r.id == id)
            .map(|r| r.todo.en.clone())
    }

    fn reason<'a>(e: &'a Eligibility, id: &str) -> &'a Text {
        &e.levels
            .iter()
            .flat_map(|l| &l.requirements)
            .find(|r| r.id == id)
            .expect("requirement")
            .reason
    }

    fn met_of(e: &Eligibility, id: &str) -> bool {
        e.levels
            .iter()
            .flat_map(|l| &l.requirements)
            .find(|r| r.id == id)
            .expect("requirement")
            .met
    }

    fn plain<'a>(e: &'a Eligibility, id: &str) -> &'a Text {
        &e.levels
            .iter()
            .flat_map(|l| &l.requirements)
            .find(|r| r.id == id)
            .expect("requirement")
            .plain
    }

    #[test]
    fn embedded_levels_are_well_formed() {
        let levels = get();
        assert_eq!(levels.scheme, "security-action");
        let numbers: Vec<u8> = levels.levels.iter().map(|l| l.level).collect();
        assert_eq!(numbers, [1, 2]);
        let ids: Vec<(&str, &str)> = levels
            .levels
            .iter()
            .flat_map(|l| &l.requirements)
            .map(|r| (r.id.as_str(), r.kind.as_str()))
            .collect();
        assert_eq!(
            ids,
            [
                ("L1.principles-committed", "condition"),
                ("L1.principles-practiced", "practice"),
                ("L2.all-answered", "condition"),
                ("L2.policy-established", "condition"),
                ("L2.policy-published", "condition"),
                ("L2.no-unknown", "practice"),
                ("L2.part1-consistent", "practice"),
                ("L2.actions-planned", "practice"),
                ("L2.diagnosis-fresh", "practice"),
                ("L2.review-current", "practice"),
            ]
        );
        for level in &levels.levels {
            assert!(
                level.requirements.iter().any(|r| r.kind == Kind::Condition),
                "level {} has no condition",
                level.level
            );
            for r in &level.requirements {
                assert!(r.id.starts_with(&format!("L{}.", level.level)), "{}", r.id);
                // Levels are not cumulative: no level refers to another.
                assert!(!matches!(r.check, Check::Level { .. }), "{}", r.id);
                for t in [&r.text, &r.todo, &r.public] {
                    assert!(!t.ja.is_empty() && !t.en.is_empty(), "{}", r.id);
                }
                // A reader outside the company sees `public`: no ids, no keys.
                for s in [&r.public.ja, &r.public.en] {
                    assert!(!s.contains('_') && !s.contains(".yaml"), "{}: {s}", r.id);
                    assert!(!s.contains("P1") && !s.contains("Q1"), "{}: {s}", r.id);
                }
                if let Some(code) = r.finding {
                    assert_eq!(code.severity(), crate::finding::Severity::Warning);
                }
            }
        }
        // A practice without a finding, or a condition with one, is refused.
        assert!(parse(&SOURCE.replace("        finding: unknown-answer\n", "")).is_err());
        assert!(
            parse(&SOURCE.replace(
                "      - id: L2.all-answered\n        kind: condition\n",
                "      - id: L2.all-answered\n        kind: condition\n        finding: unknown-answer\n"
            ))
            .is_err()
        );
        assert!(
            parse(&SOURCE.replace("finding: unknown-answer", "finding: unknown-answr")).is_err()
        );
    }

    #[test]
    fn example_is_two_star_eligible_with_reasons() {
        let e = run(&owned());
        assert_eq!(e.level, 2);
        assert!(e.levels.iter().all(|l| l.eligible));
        assert_eq!(
            table(&e),
            [
                (
                    "L1.principles-committed".to_owned(),
                    true,
                    "P1–P5 are all practiced or in_progress".to_owned()
                ),
                (
                    "L1.principles-practiced".to_owned(),
                    true,
                    "P1–P5 are all practiced".to_owned()
                ),
                (
                    "L2.all-answered".to_owned(),
                    true,
                    "all 25 questions are answered".to_owned()
                ),
                (
                    "L2.policy-established".to_owned(),
                    true,
                    "signed by 代表取締役 港 一郎, established 2026-04-01, 5 section(s)".to_owned()
                ),
                (
                    "L2.policy-published".to_owned(),
                    true,
                    "published at https://minato-seiko.example.jp/security-policy on 2026-04-05"
                        .to_owned()
                ),
                (
                    "L2.no-unknown".to_owned(),
                    true,
                    "no answer is unknown".to_owned()
                ),
                (
                    "L2.part1-consistent".to_owned(),
                    true,
                    "P1–P5 agree with the answers to Q1–Q5".to_owned()
                ),
                (
                    "L2.actions-planned".to_owned(),
                    true,
                    "every partial or not_implemented answer has an improvement action".to_owned()
                ),
                (
                    "L2.diagnosis-fresh".to_owned(),
                    true,
                    "assessed 2026-04-20, next due by 2027-04-20".to_owned()
                ),
            ]
        );
        // The review practice is judged only where git is known.
        assert!(!table(&e).iter().any(|r| r.0 == "L2.review-current"));
    }

    /// IPA: ★ is a declaration that the company works on the five principles; a company
    /// that is only starting may declare it. `in_progress` meets the condition.
    #[test]
    fn a_principle_in_progress_still_meets_one_star() {
        let mut o = owned();
        if let Some(p) = o.principles.principles.get_mut("P4") {
            p.status = PrincipleStatus::InProgress;
        }
        let e = run(&o);
        assert_eq!(e.level, 2);
        assert!(met_of(&e, "L1.principles-committed"));
        assert_eq!(unmet(&e), ["L1.principles-practiced"]);
        assert_eq!(
            reason(&e, "L1.principles-practiced").en,
            "P4 is in_progress"
        );
        assert_eq!(
            reason(&e, "L1.principles-practiced").ja,
            "P4 は in_progress（取り組み中）です"
        );
        assert_eq!(
            plain(&e, "L1.principles-committed").ja,
            "5項目すべてに取り組んでいます（実践している 4、取り組み中 1）"
        );
        assert_eq!(
            plain(&e, "L1.principles-practiced").en,
            "\"Review sharing settings\" is in progress"
        );
        let subjects = &e.levels[0].requirements[1].subjects;
        assert_eq!(subjects.len(), 1);
        assert_eq!(subjects[0].pointer, "/principles/P4/status");
    }

    #[test]
    fn a_principle_not_started_fails_one_star_only() {
        let mut o = owned();
        if let Some(p) = o.principles.principles.get_mut("P5") {
            p.status = PrincipleStatus::NotStarted;
        }
        if let Some(p) = o.principles.principles.get_mut("P4") {
            p.status = PrincipleStatus::InProgress;
        }
        o.principles.principles.remove("P1");
        let e = run(&o);
        // ★ is no prerequisite of ★★: the eligible level is still 2.
        assert_eq!(e.level, 2);
        assert!(!e.levels[0].eligible && e.levels[1].eligible);
        assert_eq!(
            unmet(&e),
            ["L1.principles-committed", "L1.principles-practiced"]
        );
        assert_eq!(
            reason(&e, "L1.principles-committed").en,
            "P1 is missing; P5 is not_started"
        );
        assert_eq!(
            reason(&e, "L1.principles-practiced").en,
            "P1 is missing; P4 is in_progress; P5 is not_started"
        );
        assert_eq!(
            plain(&e, "L1.principles-committed").ja,
            "「OS・ソフトウェアを最新に保つ」は記録がありません、「脅威や攻撃の手口を知る」は未着手です"
        );
        for id in ["P1", "P2", "P3"] {
            let mut state = o.principles.principles["P5"].clone();
            state.status = PrincipleStatus::NotStarted;
            o.principles.principles.insert(id.to_owned(), state);
        }
        let e = run(&o);
        let r = reason(&e, "L1.principles-practiced");
        assert_eq!(r.en, "P1–P3, P5 are not_started; P4 is in_progress");
        assert_eq!(
            r.ja,
            "P1〜P3、P5 は not_started（未着手）、P4 は in_progress（取り組み中）です"
        );
    }

    #[test]
    fn unanswered_questions_fail_all_answered_alone_in_ranges() {
        let mut o = owned();
        for q in ["Q12", "Q13", "Q14", "Q20"] {
            o.diagnosis.answers.remove(q);
        }
        let e = run(&o);
        assert_eq!(e.level, 1);
        assert_eq!(unmet(&e), ["L2.all-answered"]);
        let r = reason(&e, "L2.all-answered");
        assert_eq!(r.en, "Q12–Q14, Q20 unanswered");
        assert_eq!(r.ja, "Q12〜Q14、Q20 が未回答です");
        assert_eq!(
            plain(&e, "L2.all-answered").ja,
            "25問のうち4問がまだ回答されていません"
        );
    }

    /// IPA: わからない is an answer worth −1 that should be looked into; it does not block ★★.
    #[test]
    fn an_unknown_answer_is_practice_advice_only() {
        let mut o = owned();
        for q in ["Q3", "Q4", "Q21"] {
            if let Some(a) = o.diagnosis.answers.get_mut(q) {
                a.answer = AnswerValue::Unknown;
            }
        }
        let e = run(&o);
        assert_eq!(e.level, 2);
        assert!(met_of(&e, "L2.all-answered"));
        assert_eq!(unmet(&e), ["L2.no-unknown"]);
        assert_eq!(reason(&e, "L2.no-unknown").en, "Q3, Q4, Q21 are unknown");
        let r = e.levels[1]
            .requirements
            .iter()
            .find(|r| r.id == "L2.no-unknown")
            .expect("no-unknown");
        assert_eq!(r.kind, Kind::Practice);
        assert_eq!(r.subjects.len(), 3);
        assert_eq!(r.subjects[2].pointer, "/answers/Q21/answer");
        assert_eq!(
            r.subjects[2].message.ja,
            "Q21（私物端末の業務利用）の回答が unknown（わからない）です"
        );
        // The advice says to look into it, never to replace the answer with a guess.
        assert!(!r.todo.en.contains("replace"), "{}", r.todo.en);
        assert!(r.todo.en.contains("Look into"), "{}", r.todo.en);
    }

    #[test]
    fn part1_disagreeing_with_the_principles_is_a_practice_naming_both() {
        let mut o = owned();
        for q in ["Q2", "Q4", "Q5"] {
            if let Some(a) = o.diagnosis.answers.get_mut(q) {
                a.answer = AnswerValue::NotImplemented;
                a.action = Some(crate::model::Action {
                    what: "w".to_owned(),
                    owner: None,
                    due: None,
                });
            }
        }
        let e = run(&o);
        assert_eq!(e.level, 2);
        assert_eq!(unmet(&e), ["L2.part1-consistent"]);
        assert_eq!(
            reason(&e, "L2.part1-consistent").en,
            "P2 is practiced but Q2 is not_implemented; P4 is practiced but Q4 is not_implemented; P5 is practiced but Q5 is not_implemented"
        );
        let r = e.levels[1]
            .requirements
            .iter()
            .find(|r| r.id == "L2.part1-consistent")
            .expect("part1");
        assert_eq!(
            r.subjects[0].message.en,
            "P2 (Install anti-malware software) is practiced in principles.yaml, but Q2 (Anti-malware software) is not_implemented in diagnosis.yaml"
        );
        // A principle only in progress does not contradict a not-implemented answer.
        if let Some(p) = o.principles.principles.get_mut("P2") {
            p.status = PrincipleStatus::InProgress;
        }
        for pid in ["P4", "P5"] {
            if let Some(p) = o.principles.principles.get_mut(pid) {
                p.status = PrincipleStatus::InProgress;
            }
        }
        assert!(met_of(&run(&o), "L2.part1-consistent"));
    }

    #[test]
    fn a_weak_answer_without_an_action_is_a_practice() {
        let mut o = owned();
        if let Some(a) = o.diagnosis.answers.get_mut("Q12") {
            a.action = None;
        }
        let e = run(&o);
        assert_eq!(e.level, 2);
        assert_eq!(unmet(&e), ["L2.actions-planned"]);
        assert_eq!(
            reason(&e, "L2.actions-planned").en,
            "Q12 has no improvement action"
        );
        assert_eq!(
            plain(&e, "L2.actions-planned").ja,
            "不十分な対策のうち1件に改善計画がありません"
        );
    }

    #[test]
    fn a_stale_diagnosis_and_an_overdue_review_are_practices() {
        let o = owned();
        let later = jiff::civil::date(2027, 4, 21);
        let review = ReviewRecord::Last {
            name: "review/2026-04-25".to_owned(),
            date: jiff::civil::date(2026, 4, 25),
        };
        let facts = Facts {
            profile: Ok(&o.profile),
            principles: Ok(&o.principles),
            diagnosis: Ok(&o.diagnosis),
            policy: Ok(&o.policy),
            review: Some(&review),
            today: later,
        };
        let e = evaluate(get(), catalogue::get(), &facts);
        assert_eq!(e.level, 2);
        assert_eq!(unmet(&e), ["L2.diagnosis-fresh"]);
        assert_eq!(
            reason(&e, "L2.review-current").en,
            "last review review/2026-04-25 (2026-04-25), next due by 2027-04-25"
        );
        let e = evaluate(
            get(),
            catalogue::get(),
            &Facts {
                today: jiff::civil::date(2027, 4, 26),
                ..facts
            },
        );
        assert_eq!(unmet(&e), ["L2.diagnosis-fresh", "L2.review-current"]);
        assert_eq!(
            reason(&e, "L2.review-current").en,
            "the last review review/2026-04-25 (2026-04-25) is older than the review interval of 12 months (due 2027-04-25)"
        );
        let none = ReviewRecord::None;
        let e = evaluate(
            get(),
            catalogue::get(),
            &Facts {
                review: Some(&none),
                ..facts
            },
        );
        assert_eq!(
            reason(&e, "L2.review-current").en,
            "no review is recorded yet (no review tag)"
        );
    }

    #[test]
    fn an_unsigned_policy_fails_policy_established_alone() {
        let mut o = owned();
        o.policy.signed_by.name = "  ".to_owned();
        let e = run(&o);
        assert_eq!(e.level, 1);
        assert_eq!(unmet(&e), ["L2.policy-established"]);
        assert_eq!(
            reason(&e, "L2.policy-established").en,
            "the policy has no signer"
        );
        assert_eq!(
            plain(&e, "L2.policy-established").ja,
            "基本方針はまだ整っていません（署名がありません）"
        );
    }

    #[test]
    fn placeholder_text_fails_policy_established_naming_the_field() {
        let mut o = owned();
        o.policy.sections[2].body = "当社は〇〇を通じて学ぶ機会を設けます。".to_owned();
        let e = run(&o);
        assert_eq!(unmet(&e), ["L2.policy-established"]);
        let r = reason(&e, "L2.policy-established");
        assert_eq!(r.en, "placeholder text 〇〇 in sections[2].body");
        assert_eq!(r.ja, "sections[2].body に仮の文字「〇〇」が残っています");
        // Each marker of the init template counts, and every problem is named.
        o.policy.preamble = "（書き直してください）".to_owned();
        o.policy.signed_by.name = String::new();
        o.policy.title = "TODO".to_owned();
        let e = run(&o);
        assert_eq!(
            reason(&e, "L2.policy-established").en,
            "the policy has no signer; placeholder text 〇〇 in sections[2].body; \
             placeholder text （書き直してください） in preamble; placeholder text TODO in title"
        );
        assert_eq!(
            plain(&e, "L2.policy-established").en,
            "the basic policy is not complete yet: it is not signed; parts of it are still drafts"
        );
    }

    #[test]
    fn an_undated_or_future_or_empty_policy_is_not_established() {
        let mut o = owned();
        o.policy.established_on = String::new();
        let e = run(&o);
        assert_eq!(unmet(&e), ["L2.policy-established"]);
        assert_eq!(
            reason(&e, "L2.policy-established").en,
            "the policy has no date established (established_on)"
        );
        o.policy.established_on = "2026-11-27".to_owned();
        assert_eq!(
            reason(&run(&o), "L2.policy-established").en,
            "the date established 2026-11-27 is in the future"
        );
        o.policy.established_on = "2026-11-26".to_owned();
        o.policy.sections.clear();
        assert_eq!(
            reason(&run(&o), "L2.policy-established").en,
            "the policy has no sections"
        );
    }

    #[test]
    fn an_unpublished_policy_fails_policy_published_alone() {
        let mut o = owned();
        o.policy.publication = None;
        // The example's site is public, has a base_url and publishes the policy.
        let e = run(&o);
        assert_eq!(
            reason(&e, "L2.policy-published").en,
            "published on the hoshi site at https://minato-seiko.github.io/security/ (site.publish_policy: true, audience: public)"
        );
        assert_eq!(
            plain(&e, "L2.policy-published").ja,
            "このサイトで公開しています"
        );
        o.profile.site.publish_policy = false;
        let e = run(&o);
        assert_eq!(e.level, 1);
        assert_eq!(unmet(&e), ["L2.policy-published"]);
        assert_eq!(
            reason(&e, "L2.policy-published").en,
            "the policy is not published: no publication URL and site.publish_policy is false"
        );
        // A publication alone is enough.
        o.policy.publication = Some(Publication {
            url: "https://example.jp/p".to_owned(),
            published_on: "2026-05-01".to_owned(),
        });
        assert_eq!(run(&o).level, 2);
    }

    /// IPA asks for the policy to be published externally: a site only partners (or only
    /// the company) can read, or one with no address, is not that.
    #[test]
    fn publish_policy_counts_only_on_a_public_site_with_an_address() {
        let mut o = owned();
        o.policy.publication = None;
        o.profile.site.audience = crate::model::Audience::Partners;
        let e = run(&o);
        assert_eq!(e.level, 1);
        assert_eq!(unmet(&e), ["L2.policy-published"]);
        assert_eq!(
            reason(&e, "L2.policy-published").en,
            "the policy is not published externally: site.publish_policy is true, but site.audience is partners, so the site is not open to everyone (and there is no publication URL)"
        );
        o.profile.site.audience = crate::model::Audience::Internal;
        assert_eq!(run(&o).level, 1);
        o.profile.site.audience = crate::model::Audience::Public;
        o.profile.site.base_url = None;
        let e = run(&o);
        assert_eq!(e.level, 1);
        assert_eq!(
            reason(&e, "L2.policy-published").en,
            "the policy is not published externally: site.publish_policy is true, but there is no site.base_url saying where the site is published (and no publication URL)"
        );
        assert_eq!(
            plain(&e, "L2.policy-published").ja,
            "基本方針はまだ社外に公開されていません"
        );
    }

    #[test]
    fn broken_files_leave_dependent_requirements_undetermined() {
        let o = owned();
        let facts = Facts {
            profile: Ok(&o.profile),
            principles: Ok(&o.principles),
            diagnosis: Err(Broken::Invalid),
            policy: Ok(&o.policy),
            review: None,
            today: today(),
        };
        let e = evaluate(get(), catalogue::get(), &facts);
        assert_eq!(
            unmet(&e),
            [
                "L2.all-answered",
                "L2.no-unknown",
                "L2.part1-consistent",
                "L2.actions-planned",
                "L2.diagnosis-fresh"
            ]
        );
        assert_eq!(e.level, 1);
        assert_eq!(
            reason(&e, "L2.all-answered").en,
            "diagnosis.yaml has errors"
        );
        assert_eq!(plain(&e, "L2.all-answered").ja, "確認できません");
        // Broken files are validation's errors; practices add no warnings for them.
        assert!(e.practice_unmet().all(|r| r.subjects.is_empty()));
        assert_eq!(
            todo_of(&e, "L2.no-unknown").as_deref(),
            Some("fix the errors in diagnosis.yaml (`hoshi validate` shows where)")
        );
        let facts = Facts {
            principles: Err(Broken::Missing),
            policy: Err(Broken::Invalid),
            ..facts
        };
        let e = evaluate(get(), catalogue::get(), &facts);
        assert_eq!(e.level, 0);
        assert_eq!(
            reason(&e, "L1.principles-committed").ja,
            "principles.yaml がありません"
        );
        assert_eq!(
            todo_of(&e, "L1.principles-committed").as_deref(),
            Some("create principles.yaml (the skeleton `hoshi init` writes is a starting point)")
        );
        assert_eq!(
            reason(&e, "L2.policy-published").en,
            "policy.yaml has errors"
        );
        // Without hoshi.yaml's settings a publication in policy.yaml still counts.
        let facts = Facts {
            profile: Err(Broken::Invalid),
            ..facts
        };
        let mut o2 = owned();
        o2.policy.publication = None;
        let e = evaluate(
            get(),
            catalogue::get(),
            &Facts {
                policy: Ok(&o2.policy),
                ..facts
            },
        );
        assert_eq!(
            reason(&e, "L2.policy-published").en,
            "policy.yaml has no publication URL, and whether the site publishes the policy (site.publish_policy) cannot be read (hoshi.yaml has errors)"
        );
        // Neither met nor unmet: whether ★★ holds cannot be told, and no level above ★ is
        // reached.
        let published = e
            .get(2)
            .and_then(|l| l.conditions().find(|r| r.id == "L2.policy-published"));
        assert_eq!(
            published.map(|r| (r.met, r.undetermined)),
            Some((false, true))
        );
        assert_eq!(e.holds(2), None);
        assert_eq!(
            todo_of(&e, "L2.policy-published").as_deref(),
            Some("fix the errors in hoshi.yaml (`hoshi validate` shows where)")
        );
    }

    #[test]
    fn every_level_fails_on_an_empty_client() {
        let mut o = owned();
        for p in o.principles.principles.values_mut() {
            p.status = PrincipleStatus::NotStarted;
        }
        o.diagnosis.answers.clear();
        let e = run(&o);
        assert_eq!(e.level, 0);
        assert_eq!(
            unmet(&e),
            [
                "L1.principles-committed",
                "L1.principles-practiced",
                "L2.all-answered"
            ]
        );
        assert_eq!(reason(&e, "L2.all-answered").en, "Q1–Q25 unanswered");
    }

    /// A third star needs no code when it uses the existing kinds.
    #[test]
    fn a_further_level_is_data() {
        let src = format!(
            "{SOURCE}\n  - level: 3\n    mark: \"★★★\"\n    name: {{ja: 三つ星, en: three stars}}\n    requirements:\n      - id: L3.level2\n        kind: condition\n        check: {{kind: level, level: 2}}\n        text: {{ja: a, en: a}}\n        public: {{ja: a, en: a}}\n        todo: {{ja: b, en: b}}\n      - id: L3.score\n        kind: condition\n        check: {{kind: min-score, score: 90}}\n        text: {{ja: c, en: c}}\n        public: {{ja: c, en: c}}\n        todo: {{ja: d, en: d}}\n"
        );
        let levels = parse(&src).expect("levels with ★3");
        let mut o = owned();
        let facts = |o: &Owned| -> Eligibility {
            evaluate(
                &levels,
                catalogue::get(),
                &Facts {
                    profile: Ok(&o.profile),
                    principles: Ok(&o.principles),
                    diagnosis: Ok(&o.diagnosis),
                    policy: Ok(&o.policy),
                    review: None,
                    today: today(),
                },
            )
        };
        let e = facts(&o);
        assert_eq!(e.level, 2);
        assert_eq!(unmet(&e), ["L3.score"]);
        assert_eq!(reason(&e, "L3.score").en, "the score 88 is below 90");
        for q in ["Q7", "Q12"] {
            if let Some(a) = o.diagnosis.answers.get_mut(q) {
                a.answer = AnswerValue::Implemented;
            }
        }
        let e = facts(&o);
        assert_eq!(e.level, 3);
        assert_eq!(reason(&e, "L3.score").en, "the score 92 is at least 90");
        assert_eq!(
            reason(&e, "L3.level2").en,
            "the ★★ (two stars) conditions hold"
        );
        // An unknown kind of check is refused, not ignored.
        assert!(parse(&SOURCE.replace("kind: all-answered", "kind: all-answerd")).is_err());
    }

    #[test]
    fn not_applicable_counts_as_answered() {
        let mut o = owned();
        for a in o.diagnosis.answers.values_mut() {
            *a = Answer {
                answer: AnswerValue::NotApplicable,
                reason: Some("r".to_owned()),
                ..a.clone()
            };
        }
        assert_eq!(run(&o).level, 2);
    }
}
