//! Star eligibility: the scheme's levels as embedded data, evaluated into met / unmet
//! requirements, each with a reason that names exactly what is missing.
//!
//! `assets/levels.yaml` chooses and parameterises the checks; this file implements the fixed
//! set of check kinds. A further level (METI's ★3) is data as long as its requirements use
//! these kinds.

use std::sync::OnceLock;

use jiff::civil::Date;
use serde::Deserialize;

use crate::evaluate::scoring::{self, answer_id};
use crate::lang::Text;
use crate::model::catalogue::Catalogue;
use crate::model::files::FileKind;
use crate::model::{AnswerValue, Diagnosis, Policy, PrincipleStatus, Principles, Profile};
use crate::text;

const SOURCE: &str = include_str!("../../assets/levels.yaml");

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

/// One requirement: a stable id, the check that decides it, and its wording.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    /// Stable: users and CI refer to it.
    pub id: String,
    pub check: Check,
    /// What is required.
    pub text: Text,
    /// What to do when it is not met.
    pub todo: Text,
}

/// The check kinds hoshi implements; the data picks one per requirement.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Check {
    /// Every principle of the catalogue has this status.
    Principles { status: PrincipleStatus },
    /// Every requirement of this lower level is met.
    Level { level: u8 },
    /// Every question of the catalogue has an answer.
    AllAnswered,
    /// No question has this answer.
    NoAnswer { answer: AnswerValue },
    /// Signed, dated, at least one section, none of the placeholder strings.
    PolicyEstablished { placeholders: Vec<String> },
    /// A publication URL and date, or `site.publish_policy: true`.
    PolicyPublished,
    /// The diagnosis scores at least this much.
    MinScore { score: i32 },
}

impl Check {
    /// The client files the check reads (a broken one makes it unmet).
    pub fn files(&self) -> &'static [FileKind] {
        match self {
            Check::Principles { .. } => &[FileKind::Principles],
            Check::Level { .. } => &[],
            Check::AllAnswered | Check::NoAnswer { .. } | Check::MinScore { .. } => {
                &[FileKind::Diagnosis]
            }
            Check::PolicyEstablished { .. } | Check::PolicyPublished => &[FileKind::Policy],
        }
    }
}

/// The embedded levels, parsed once.
pub fn get() -> &'static Levels {
    static LEVELS: OnceLock<Levels> = OnceLock::new();
    LEVELS.get_or_init(|| parse(SOURCE).expect("the embedded levels are valid (tested)"))
}

/// Parses a levels definition (the embedded one, or another in tests).
pub fn parse(src: &str) -> Result<Levels, String> {
    let loaded = crate::load::yaml::load(src.as_bytes());
    if let Some(p) = loaded.problems.first() {
        return Err(p.message.en.clone());
    }
    let doc = loaded.document.ok_or("empty levels definition")?;
    let mut levels: Levels = serde_json::from_value(doc.value).map_err(|e| e.to_string())?;
    levels.levels.sort_by_key(|l| l.level);
    Ok(levels)
}

/// Why a file's content is not available to a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Broken {
    Missing,
    Invalid,
}

/// A typed client file, or why there is none.
pub type Input<'a, T> = Result<&'a T, Broken>;

/// What the checks look at. The core never reads the clock: `today` is given.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    pub profile: Input<'a, Profile>,
    pub principles: Input<'a, Principles>,
    pub diagnosis: Input<'a, Diagnosis>,
    pub policy: Input<'a, Policy>,
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
            FileKind::Evidence => Ok(()),
        }
    }
}

/// A requirement, evaluated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequirementResult {
    pub id: String,
    pub met: bool,
    pub text: Text,
    /// Met: what shows it. Unmet: exactly what is missing.
    pub reason: Text,
    pub todo: Text,
}

/// A level, evaluated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelResult {
    pub level: u8,
    pub mark: String,
    pub name: Text,
    pub eligible: bool,
    pub requirements: Vec<RequirementResult>,
}

impl LevelResult {
    /// `★★ 二つ星` / `★★ (two stars)`.
    pub fn label(&self) -> Text {
        let (mark, ja, en) = (&self.mark, &self.name.ja, &self.name.en);
        text!("{mark} {ja}", "{mark} ({en})")
    }

    pub fn unmet(&self) -> impl Iterator<Item = &RequirementResult> {
        self.requirements.iter().filter(|r| !r.met)
    }
}

/// Every level evaluated, and the highest level reached without a gap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Eligibility {
    /// 0 when no level is met.
    pub level: u8,
    pub levels: Vec<LevelResult>,
}

impl Eligibility {
    pub fn get(&self, level: u8) -> Option<&LevelResult> {
        self.levels.iter().find(|l| l.level == level)
    }

    /// The lowest level not reached: the next star to work for.
    pub fn next(&self) -> Option<&LevelResult> {
        self.levels.iter().find(|l| !l.eligible)
    }
}

/// Evaluates every level against the facts.
pub fn evaluate(levels: &Levels, catalogue: &'static Catalogue, facts: &Facts) -> Eligibility {
    let mut done: Vec<LevelResult> = Vec::with_capacity(levels.levels.len());
    for level in &levels.levels {
        let requirements: Vec<RequirementResult> = level
            .requirements
            .iter()
            .map(|r| {
                let (met, reason) = check(&r.check, level.level, &done, catalogue, facts);
                // A broken file is fixed first, whatever the requirement asks.
                let todo = r
                    .check
                    .files()
                    .iter()
                    .find_map(|&kind| facts.state(kind).err().map(|why| fix(kind, why)))
                    .unwrap_or_else(|| r.todo.clone());
                RequirementResult {
                    id: r.id.clone(),
                    met,
                    text: r.text.clone(),
                    reason,
                    todo,
                }
            })
            .collect();
        done.push(LevelResult {
            level: level.level,
            mark: level.mark.clone(),
            name: level.name.clone(),
            eligible: requirements.iter().all(|r| r.met),
            requirements,
        });
    }
    let level = done
        .iter()
        .take_while(|l| l.eligible)
        .last()
        .map_or(0, |l| l.level);
    Eligibility {
        level,
        levels: done,
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
fn fix(kind: FileKind, why: Broken) -> Text {
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

fn check(
    check: &Check,
    this_level: u8,
    done: &[LevelResult],
    catalogue: &'static Catalogue,
    facts: &Facts,
) -> (bool, Text) {
    match check {
        Check::Principles { status } => principles(*status, catalogue, facts),
        Check::Level { level } => lower_level(*level, this_level, done),
        Check::AllAnswered => all_answered(catalogue, facts),
        Check::NoAnswer { answer } => no_answer(*answer, catalogue, facts),
        Check::PolicyEstablished { placeholders } => policy_established(placeholders, facts),
        Check::PolicyPublished => policy_published(facts),
        Check::MinScore { score } => min_score(*score, catalogue, facts),
    }
}

fn status_id(s: PrincipleStatus) -> &'static str {
    match s {
        PrincipleStatus::Practiced => "practiced",
        PrincipleStatus::InProgress => "in_progress",
        PrincipleStatus::NotStarted => "not_started",
    }
}

/// The Japanese label of a principle status.
pub fn status_label_ja(s: PrincipleStatus) -> &'static str {
    match s {
        PrincipleStatus::Practiced => "実践している",
        PrincipleStatus::InProgress => "取り組み中",
        PrincipleStatus::NotStarted => "未着手",
    }
}

fn principles(want: PrincipleStatus, catalogue: &Catalogue, facts: &Facts) -> (bool, Text) {
    let p = match facts.principles {
        Ok(p) => p,
        Err(why) => return (false, broken(FileKind::Principles, why)),
    };
    // Principles not in the wanted state, grouped by their state (`None`: missing), the
    // groups in the order their first principle comes.
    let mut groups: Vec<(Option<PrincipleStatus>, Vec<&str>)> = Vec::new();
    for principle in &catalogue.principles {
        let state = match p.principles.get(&principle.id) {
            Some(s) if s.status == want => continue,
            Some(s) => Some(s.status),
            None => None,
        };
        match groups.iter_mut().find(|(g, _)| *g == state) {
            Some((_, ids)) => ids.push(&principle.id),
            None => groups.push((state, vec![&principle.id])),
        }
    }
    let s = status_id(want);
    if groups.is_empty() {
        let ids: Vec<&str> = catalogue.principles.iter().map(|p| p.id.as_str()).collect();
        let all = id_list(&ids);
        let (ja, en) = (all.ja, all.en);
        return (true, text!("{ja} のすべてが {s} です", "{en} are all {s}"));
    }
    let (mut ja, mut en) = (Vec::new(), Vec::new());
    for (state, ids) in &groups {
        let list = id_list(ids);
        let verb = if ids.len() == 1 { "is" } else { "are" };
        match state {
            Some(state) => {
                let (id, label) = (status_id(*state), status_label_ja(*state));
                ja.push(format!("{} は {id}（{label}）", list.ja));
                en.push(format!("{} {verb} {id}", list.en));
            }
            None => {
                ja.push(format!("{} がありません", list.ja));
                en.push(format!("{} {verb} missing", list.en));
            }
        }
    }
    let (ja, en) = (ja.join("、"), en.join("; "));
    (false, text!("{ja}です", "{en}"))
}

fn lower_level(level: u8, this_level: u8, done: &[LevelResult]) -> (bool, Text) {
    let Some(lower) = done.iter().find(|l| l.level == level && level < this_level) else {
        // Only reachable with a broken levels definition (tested for the embedded one).
        return (
            false,
            text!(
                "レベル {level} は定義されていません",
                "level {level} is not defined"
            ),
        );
    };
    let label = lower.label();
    let (lja, len) = (&label.ja, &label.en);
    if lower.eligible {
        return (
            true,
            text!(
                "{lja}の要件を満たしています",
                "the {len} requirements are met"
            ),
        );
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
    (
        false,
        text!(
            "{lja}の要件を満たしていません（{ja}）",
            "the {len} requirements are not met: {en}"
        ),
    )
}

/// Splits an id such as `Q12` into its letters and number.
fn split_id(id: &str) -> Option<(&str, u32)> {
    let at = id.find(|c: char| c.is_ascii_digit())?;
    Some((&id[..at], id[at..].parse().ok()?))
}

/// Ids such as `Q3`, `P4`, in order, runs of three or more compressed:
/// `Q3, Q12–Q14` (en) / `Q3、Q12〜Q14` (ja). Ids without a number are listed as they are.
pub fn id_list(ids: &[&str]) -> Text {
    let mut runs: Vec<(&str, u32, u32)> = Vec::new();
    let mut plain: Vec<&str> = Vec::new();
    for id in ids {
        let Some((prefix, n)) = split_id(id) else {
            plain.push(id);
            continue;
        };
        match runs.last_mut() {
            Some((p, _, end)) if *p == prefix && end.checked_add(1) == Some(n) => *end = n,
            _ => runs.push((prefix, n, n)),
        }
    }
    let render = |dash: &str, sep: &str| {
        let mut parts = Vec::new();
        for &(p, a, b) in &runs {
            match b - a {
                0 => parts.push(format!("{p}{a}")),
                1 => {
                    parts.push(format!("{p}{a}"));
                    parts.push(format!("{p}{b}"));
                }
                _ => parts.push(format!("{p}{a}{dash}{p}{b}")),
            }
        }
        parts.extend(plain.iter().map(|s| (*s).to_owned()));
        parts.join(sep)
    };
    Text::new(render("〜", "、"), render("–", ", "))
}

fn all_answered(catalogue: &Catalogue, facts: &Facts) -> (bool, Text) {
    let d = match facts.diagnosis {
        Ok(d) => d,
        Err(why) => return (false, broken(FileKind::Diagnosis, why)),
    };
    let missing: Vec<&str> = catalogue
        .questions
        .iter()
        .filter(|q| !d.answers.contains_key(&q.id))
        .map(|q| q.id.as_str())
        .collect();
    let n = catalogue.questions.len();
    if missing.is_empty() {
        return (
            true,
            text!(
                "{n}問すべてに回答しています",
                "all {n} questions are answered"
            ),
        );
    }
    let list = id_list(&missing);
    let (ja, en) = (list.ja, list.en);
    (false, text!("{ja} が未回答です", "{en} unanswered"))
}

fn no_answer(answer: AnswerValue, catalogue: &Catalogue, facts: &Facts) -> (bool, Text) {
    let d = match facts.diagnosis {
        Ok(d) => d,
        Err(why) => return (false, broken(FileKind::Diagnosis, why)),
    };
    let id = answer_id(answer);
    let label = catalogue
        .answers
        .iter()
        .find(|a| a.id == id)
        .map_or(id, |a| a.label.ja.as_str());
    let found: Vec<&str> = catalogue
        .questions
        .iter()
        .filter(|q| d.answers.get(&q.id).is_some_and(|a| a.answer == answer))
        .map(|q| q.id.as_str())
        .collect();
    if found.is_empty() {
        return (
            true,
            text!("{id}（{label}）の回答はありません", "no answer is {id}"),
        );
    }
    let verb = if found.len() == 1 { "is" } else { "are" };
    let list = id_list(&found);
    let (ja, en) = (list.ja, list.en);
    (
        false,
        text!("{ja} が {id}（{label}）です", "{en} {verb} {id}"),
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

fn policy_established(placeholders: &[String], facts: &Facts) -> (bool, Text) {
    let p = match facts.policy {
        Ok(p) => p,
        Err(why) => return (false, broken(FileKind::Policy, why)),
    };
    let mut problems: Vec<Text> = Vec::new();
    if p.signed_by.name.trim().is_empty() {
        problems.push(text!(
            "基本方針に署名者（signed_by.name）がありません",
            "the policy has no signer"
        ));
    }
    let established = p.established_on.trim();
    match established.parse::<Date>() {
        Err(_) if established.is_empty() => problems.push(text!(
            "基本方針に制定日（established_on）がありません",
            "the policy has no date established (established_on)"
        )),
        Err(_) => problems.push(text!(
            "制定日（established_on）「{established}」が日付ではありません",
            "the date established (established_on) \"{established}\" is not a date"
        )),
        Ok(d) if d > facts.today => problems.push(text!(
            "制定日 {d} が今日より後の日付です",
            "the date established {d} is in the future"
        )),
        Ok(_) => {}
    }
    if p.sections.is_empty() {
        problems.push(text!(
            "基本方針に項目（sections）がありません",
            "the policy has no sections"
        ));
    }
    let fields = policy_fields(p);
    for placeholder in placeholders.iter().filter(|s| !s.is_empty()) {
        let found: Vec<&str> = fields
            .iter()
            .filter(|(_, value)| value.contains(placeholder.as_str()))
            .map(|(name, _)| name.as_str())
            .collect();
        if !found.is_empty() {
            let (ja, en) = (found.join("、"), found.join(", "));
            problems.push(text!(
                "{ja} に仮の文字「{placeholder}」が残っています",
                "placeholder text {placeholder} in {en}"
            ));
        }
    }
    if problems.is_empty() {
        let (title, name, n) = (&p.signed_by.title, &p.signed_by.name, p.sections.len());
        let by = format!("{title} {name}");
        let by = by.trim();
        return (
            true,
            text!(
                "{by} が署名、{established} 制定、{n} 項目",
                "signed by {by}, established {established}, {n} section(s)"
            ),
        );
    }
    let ja = problems
        .iter()
        .map(|t| t.ja.as_str())
        .collect::<Vec<_>>()
        .join("。");
    let en = problems
        .iter()
        .map(|t| t.en.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    (false, Text::new(ja, en))
}

fn policy_published(facts: &Facts) -> (bool, Text) {
    let p = match facts.policy {
        Ok(p) => p,
        Err(why) => return (false, broken(FileKind::Policy, why)),
    };
    if let Some(publication) = &p.publication
        && !publication.url.trim().is_empty()
        && !publication.published_on.trim().is_empty()
    {
        let (url, on) = (&publication.url, &publication.published_on);
        return (
            true,
            text!("{on} に {url} で公開", "published at {url} on {on}"),
        );
    }
    match facts.profile {
        Ok(profile) if profile.site.publish_policy => (
            true,
            text!(
                "hoshi のサイトで公開（site.publish_policy: true）",
                "published on the hoshi site (site.publish_policy is true)"
            ),
        ),
        Ok(_) => (
            false,
            text!(
                "基本方針が公開されていません: policy.yaml に publication の URL がなく、hoshi.yaml の site.publish_policy が false です",
                "the policy is not published: no publication URL and site.publish_policy is false"
            ),
        ),
        Err(why) => {
            let b = broken(FileKind::Hoshi, why);
            let (ja, en) = (b.ja, b.en);
            (
                false,
                text!(
                    "基本方針が公開されていません: policy.yaml に publication の URL がなく、site.publish_policy を確かめられません（{ja}）",
                    "the policy is not published: no publication URL, and site.publish_policy cannot be read ({en})"
                ),
            )
        }
    }
}

fn min_score(min: i32, catalogue: &'static Catalogue, facts: &Facts) -> (bool, Text) {
    let d = match facts.diagnosis {
        Ok(d) => d,
        Err(why) => return (false, broken(FileKind::Diagnosis, why)),
    };
    let total = scoring::score(catalogue, d).total;
    if total >= min {
        (
            true,
            text!(
                "得点 {total} 点（{min} 点以上）",
                "the score {total} is at least {min}"
            ),
        )
    } else {
        (
            false,
            text!(
                "得点 {total} 点が {min} 点に届きません",
                "the score {total} is below {min}"
            ),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalogue;
    use crate::model::{Answer, Publication};
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
            profile: c.profile.expect("profile"),
            principles: c.principles.expect("principles"),
            diagnosis: c.diagnosis.expect("diagnosis"),
            policy: c.policy.expect("policy"),
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

    #[test]
    fn embedded_levels_are_well_formed() {
        let levels = get();
        assert_eq!(levels.scheme, "security-action");
        let numbers: Vec<u8> = levels.levels.iter().map(|l| l.level).collect();
        assert_eq!(numbers, [1, 2]);
        let ids: Vec<&str> = levels
            .levels
            .iter()
            .flat_map(|l| &l.requirements)
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(
            ids,
            [
                "L1.principles-practiced",
                "L2.level1",
                "L2.all-answered",
                "L2.no-unknown",
                "L2.policy-established",
                "L2.policy-published"
            ]
        );
        for level in &levels.levels {
            for r in &level.requirements {
                assert!(r.id.starts_with(&format!("L{}.", level.level)), "{}", r.id);
                if let Check::Level { level: lower } = r.check {
                    assert!(lower < level.level, "{} refers up", r.id);
                }
                for t in [&r.text, &r.todo] {
                    assert!(!t.ja.is_empty() && !t.en.is_empty(), "{}", r.id);
                }
            }
        }
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
                    "L1.principles-practiced".to_owned(),
                    true,
                    "P1–P5 are all practiced".to_owned()
                ),
                (
                    "L2.level1".to_owned(),
                    true,
                    "the ★ (one star) requirements are met".to_owned()
                ),
                (
                    "L2.all-answered".to_owned(),
                    true,
                    "all 25 questions are answered".to_owned()
                ),
                (
                    "L2.no-unknown".to_owned(),
                    true,
                    "no answer is unknown".to_owned()
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
            ]
        );
    }

    #[test]
    fn a_principle_not_practiced_fails_one_star_and_so_two() {
        let mut o = owned();
        if let Some(p) = o.principles.principles.get_mut("P4") {
            p.status = PrincipleStatus::InProgress;
        }
        let e = run(&o);
        assert_eq!(e.level, 0);
        assert_eq!(unmet(&e), ["L1.principles-practiced", "L2.level1"]);
        assert_eq!(
            reason(&e, "L1.principles-practiced").en,
            "P4 is in_progress"
        );
        assert_eq!(
            reason(&e, "L1.principles-practiced").ja,
            "P4 は in_progress（取り組み中）です"
        );
        assert_eq!(
            reason(&e, "L2.level1").en,
            "the ★ (one star) requirements are not met: P4 is in_progress"
        );
        if let Some(p) = o.principles.principles.get_mut("P5") {
            p.status = PrincipleStatus::NotStarted;
        }
        o.principles.principles.remove("P1");
        assert_eq!(
            reason(&run(&o), "L1.principles-practiced").en,
            "P1 is missing; P4 is in_progress; P5 is not_started"
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
    }

    #[test]
    fn an_unknown_answer_fails_no_unknown_alone() {
        let mut o = owned();
        if let Some(a) = o.diagnosis.answers.get_mut("Q21") {
            a.answer = AnswerValue::Unknown;
        }
        let e = run(&o);
        assert_eq!(e.level, 1);
        assert_eq!(unmet(&e), ["L2.no-unknown"]);
        assert_eq!(reason(&e, "L2.no-unknown").en, "Q21 is unknown");
        assert_eq!(
            reason(&e, "L2.no-unknown").ja,
            "Q21 が unknown（わからない）です"
        );
        for q in ["Q3", "Q4"] {
            if let Some(a) = o.diagnosis.answers.get_mut(q) {
                a.answer = AnswerValue::Unknown;
            }
        }
        assert_eq!(
            reason(&run(&o), "L2.no-unknown").en,
            "Q3, Q4, Q21 are unknown"
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
        assert_eq!(
            reason(&run(&o), "L2.policy-established").en,
            "the policy has no signer; placeholder text 〇〇 in sections[2].body; \
             placeholder text （書き直してください） in preamble; placeholder text TODO in title"
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
        // The example's site publishes the policy.
        assert_eq!(
            reason(&run(&o), "L2.policy-published").en,
            "published on the hoshi site (site.publish_policy is true)"
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

    #[test]
    fn broken_files_make_dependent_requirements_unmet() {
        let o = owned();
        let facts = Facts {
            profile: Ok(&o.profile),
            principles: Ok(&o.principles),
            diagnosis: Err(Broken::Invalid),
            policy: Ok(&o.policy),
            today: today(),
        };
        let e = evaluate(get(), catalogue::get(), &facts);
        assert_eq!(unmet(&e), ["L2.all-answered", "L2.no-unknown"]);
        assert_eq!(
            reason(&e, "L2.all-answered").en,
            "diagnosis.yaml has errors"
        );
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
            reason(&e, "L1.principles-practiced").ja,
            "principles.yaml がありません"
        );
        assert_eq!(
            todo_of(&e, "L1.principles-practiced").as_deref(),
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
            "the policy is not published: no publication URL, and site.publish_policy cannot be read (hoshi.yaml has errors)"
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
            ["L1.principles-practiced", "L2.level1", "L2.all-answered"]
        );
        assert_eq!(reason(&e, "L2.all-answered").en, "Q1–Q25 unanswered");
    }

    /// A third star needs no code when it uses the existing kinds.
    #[test]
    fn a_further_level_is_data() {
        let src = format!(
            "{SOURCE}\n  - level: 3\n    mark: \"★★★\"\n    name: {{ja: 三つ星, en: three stars}}\n    requirements:\n      - id: L3.level2\n        check: {{kind: level, level: 2}}\n        text: {{ja: a, en: a}}\n        todo: {{ja: b, en: b}}\n      - id: L3.score\n        check: {{kind: min-score, score: 90}}\n        text: {{ja: c, en: c}}\n        todo: {{ja: d, en: d}}\n"
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
        // An unknown kind of check is refused, not ignored.
        assert!(parse(&SOURCE.replace("kind: all-answered", "kind: all-answerd")).is_err());
    }

    #[test]
    fn id_lists_compress_runs_of_three() {
        let l = id_list(&["Q3", "Q12", "Q13", "Q14", "Q20", "Q21"]);
        assert_eq!(l.en, "Q3, Q12–Q14, Q20, Q21");
        assert_eq!(l.ja, "Q3、Q12〜Q14、Q20、Q21");
        assert_eq!(id_list(&["P1", "P2", "P3", "P4", "P5"]).en, "P1–P5");
        assert_eq!(id_list(&[]).en, "");
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
