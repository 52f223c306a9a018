//! `hoshi status`: score, eligibility, declared vs eligible, findings and next steps, as data.
//! Renderers in [`crate::render`] turn it into text, JSON or Markdown.

use std::sync::Arc;

use jiff::civil::Date;

use crate::evaluate::eligibility::{self, Eligibility};
use crate::evaluate::facts::{Broken, Facts, Input, ReviewRecord};
use crate::evaluate::next_steps::{self, Step};
use crate::evaluate::scoring::{self, Score};
use crate::evaluate::{freshness, future};
use crate::finding::{self, Code, Finding};
use crate::lang::Text;
use crate::model::catalogue;
use crate::model::files::FileKind;
use crate::text;
use crate::validate::Validation;
use crate::validate::client::Client;

/// The declaration made to IPA, and whether it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declared {
    pub level: u8,
    pub id: Option<String>,
    pub declared_on: Option<String>,
    /// The conditions of the declared level all hold (levels are not cumulative). `None`:
    /// it cannot be told, because a file one of them reads is missing or has errors.
    pub holds: Option<bool>,
}

/// Everything `hoshi status` reports.
#[derive(Debug, Clone)]
pub struct Status {
    pub organization: Option<String>,
    /// The English name, for English output.
    pub organization_en: Option<String>,
    /// When the diagnosis was made (when diagnosis.yaml is usable).
    pub assessed_on: Option<String>,
    /// `None` when diagnosis.yaml is missing or has errors.
    pub score: Option<Score>,
    pub eligibility: Eligibility,
    /// `None` when nothing was declared, or when hoshi.yaml cannot be read far enough to
    /// tell (then [`Status::declaration_unknown`]).
    pub declaration: Option<Declared>,
    /// hoshi.yaml is broken and what can be read of it names no declaration: whether one
    /// was made is unknown, which is not "nothing declared".
    pub declaration_unknown: bool,
    pub next_steps: Vec<Step>,
    /// Validation's findings and the status checks', sorted; practice advice after the
    /// rest.
    pub findings: Vec<Finding>,
    /// The content digest of the client files (see [`crate::validate::client::Client::digest`]).
    pub digest: String,
    /// ★3 readiness of the SCS scheme, when the client keeps a scs.yaml (a self-check,
    /// never a result).
    pub scs: Option<crate::scs::readiness::ScsStatus>,
    /// How many client files were checked (see [`Client::file_count`]).
    pub files: usize,
    /// A ★3 result recorded in hoshi.yaml (officially obtained; shown on the public page).
    pub scs_result: Option<crate::scs::result::Recorded>,
}

impl Status {
    /// The ★3 readiness, if scs.yaml was measured.
    pub fn scs_readiness(&self) -> Option<&crate::scs::readiness::Readiness> {
        self.scs
            .as_ref()
            .and_then(crate::scs::readiness::ScsStatus::readiness)
    }

    /// The organisation's name in `lang` (English falls back to the name).
    pub fn name(&self, lang: crate::lang::Lang) -> Option<&str> {
        match lang {
            crate::lang::Lang::En => self
                .organization_en
                .as_deref()
                .or(self.organization.as_deref()),
            crate::lang::Lang::Ja => self.organization.as_deref(),
        }
    }

    /// Exit 1: the files have errors or the declaration does not hold (itself an error).
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(Finding::is_error)
    }
}

fn input<'a, T>(client: &Client, kind: FileKind, typed: &'a Option<Arc<T>>) -> Input<'a, T> {
    match typed.as_deref() {
        Some(t) => Ok(t),
        None if client
            .findings
            .iter()
            .any(|f| f.code == Code::MissingFile && f.file == kind.file_name()) =>
        {
            Err(Broken::Missing)
        }
        None => Err(Broken::Invalid),
    }
}

/// Evaluates a validated client. `today` decides freshness and future dates.
pub fn evaluate(v: &Validation, today: Date) -> Status {
    evaluate_with_review(v, today, None)
}

/// [`evaluate`], with the client's review record where its git history is known (the
/// review practice is judged only then).
pub fn evaluate_with_review(v: &Validation, today: Date, review: Option<&ReviewRecord>) -> Status {
    evaluate_with(v, today, review, |client| client.scs_readiness(today))
}

/// [`evaluate_with_review`], with the ★3 readiness worked out by `scs` (which may reuse
/// it across revisions).
pub fn evaluate_with(
    v: &Validation,
    today: Date,
    review: Option<&ReviewRecord>,
    scs: impl FnOnce(&Client) -> Option<crate::scs::readiness::ScsStatus>,
) -> Status {
    let client = &v.client;
    let catalogue = catalogue::get();
    let facts = Facts {
        profile: input(client, FileKind::Hoshi, &client.profile),
        principles: input(client, FileKind::Principles, &client.principles),
        diagnosis: input(client, FileKind::Diagnosis, &client.diagnosis),
        policy: input(client, FileKind::Policy, &client.policy),
        review,
        today,
    };
    let eligibility = eligibility::evaluate(eligibility::get(), catalogue, &facts);
    let score = client
        .diagnosis
        .as_ref()
        .map(|d| scoring::score(catalogue, d));
    let declaration = declared(client, &eligibility);
    let mut findings = v.findings.clone();
    findings.extend(freshness::check(client, today));
    findings.extend(crate::scs::result::freshness(client, today));
    findings.extend(future::check(client, today));
    findings.extend(declaration_findings(
        client,
        declaration.as_ref(),
        &eligibility,
    ));
    findings.extend(practice_findings(&eligibility, client));
    client.locate_ends(&mut findings);
    finding::sort(&mut findings);
    // Conditions and everything else first, practice advice after (stable).
    findings.sort_by_key(|f| eligibility::is_practice(f.code));
    let next_steps = next_steps::plan(
        &eligibility,
        declaration
            .as_ref()
            .filter(|d| d.holds != Some(true))
            .map(|d| d.level),
        score.as_ref(),
        catalogue,
    );
    Status {
        organization: organization(client),
        organization_en: client
            .says_text(FileKind::Hoshi, "/organization/name_en")
            .map(str::to_owned),
        assessed_on: client.diagnosis.as_ref().map(|d| d.assessed_on.clone()),
        score,
        eligibility,
        declaration_unknown: declaration.is_none()
            && client.readable(FileKind::Hoshi).is_none_or(|d| {
                // Only partly readable, or a declaration is there but cannot be read.
                client.document(FileKind::Hoshi).is_none() || d.value.get("declaration").is_some()
            }),
        declaration,
        next_steps,
        findings,
        digest: client.digest(),
        scs: scs(client),
        scs_result: crate::scs::result::recorded(client, today),
        files: client.file_count(),
    }
}

/// One warning per thing an unmet practice found, at its place in the files.
fn practice_findings(e: &Eligibility, client: &Client) -> Vec<Finding> {
    let mut out = Vec::new();
    for r in e.practice_unmet() {
        let Some(code) = r.finding else { continue };
        for s in &r.subjects {
            let pos = client
                .document(s.file)
                .and_then(|d| d.value_pos(&s.pointer));
            out.push(
                Finding::new(code, s.file.file_name(), pos, &s.pointer, s.message.clone())
                    .with_hint(r.todo.clone()),
            );
        }
    }
    out
}

/// The organisation's name, even from a hoshi.yaml with errors elsewhere.
fn organization(client: &Client) -> Option<String> {
    if let Some(p) = &client.profile {
        return Some(p.organization.name.clone());
    }
    client
        .says_text(FileKind::Hoshi, "/organization/name")
        .map(str::to_owned)
}

/// The declaration, from the typed profile or, when hoshi.yaml has errors elsewhere,
/// from its `declaration` if that part is well-formed (a declaration is never hidden).
fn declared(client: &Client, e: &Eligibility) -> Option<Declared> {
    let (level, id, declared_on) = match &client.profile {
        Some(p) => {
            let d = p.declaration.as_ref()?;
            (d.level, d.id.clone(), Some(d.declared_on.clone()))
        }
        None => {
            let d = client.readable(FileKind::Hoshi)?.value.get("declaration")?;
            let level = u8::try_from(d.get("level")?.as_u64()?).ok()?;
            // Only a level the scheme has; anything else is the schema's error to report.
            if !eligibility::get().levels.iter().any(|l| l.level == level) {
                return None;
            }
            let text = |k: &str| d.get(k).and_then(|v| v.as_str()).map(str::to_owned);
            (level, text("id"), text("declared_on"))
        }
    };
    Some(Declared {
        level,
        id,
        declared_on,
        holds: e.holds(level),
    })
}

/// `★★ 二つ星` for a level, from the levels data.
pub fn level_label(eligibility: &Eligibility, level: u8) -> Text {
    match eligibility.get(level) {
        Some(l) => l.label(),
        None => {
            let mark = "★".repeat(usize::from(level));
            text!("{mark}", "{mark}")
        }
    }
}

fn declaration_findings(
    client: &Client,
    declared: Option<&Declared>,
    e: &Eligibility,
) -> Vec<Finding> {
    let file = FileKind::Hoshi.file_name();
    let path = "/declaration/level";
    let pos = client
        .document(FileKind::Hoshi)
        .and_then(|d| d.value_pos(path));
    let Some(d) = declared else {
        // Nothing declared: say what could be, when hoshi.yaml could be read.
        if e.level == 0 || client.profile.is_none() {
            return Vec::new();
        }
        let may = level_label(e, e.level);
        let (mja, men) = (&may.ja, &may.en);
        return vec![
            Finding::new(
                Code::DeclarationBelowEligible,
                file,
                None,
                "/declaration",
                text!(
                    "{mja}を宣言できます（まだ宣言していません）",
                    "you may declare {men}; nothing is declared yet"
                ),
            )
            .with_hint(text!(
                "IPA のサイトで自己宣言し、自己宣言IDと宣言日を hoshi.yaml の declaration に書いてください",
                "declare it on IPA's site, then record the self-declaration ID and date under declaration in hoshi.yaml"
            )),
        ];
    };
    // Cannot be told: the broken file's own errors say what to fix.
    let Some(holds) = d.holds else {
        return Vec::new();
    };
    let declared_label = level_label(e, d.level);
    let (dja, den) = (&declared_label.ja, &declared_label.en);
    if !holds {
        let (ja_reach, en_reach) = if e.level == 0 {
            (
                "条件を満たしているレベルはありません".to_owned(),
                "no level's conditions hold".to_owned(),
            )
        } else {
            let reached = level_label(e, e.level);
            (
                format!("条件を満たしているのは{}です", reached.ja),
                format!("the conditions hold for {}", reached.en),
            )
        };
        let unmet: Vec<_> = e.get(d.level).into_iter().flat_map(|l| l.unmet()).collect();
        let ja_unmet = unmet
            .iter()
            .map(|r| format!("{}（{}）", r.id, r.reason.ja))
            .collect::<Vec<_>>()
            .join("、");
        let en_unmet = unmet
            .iter()
            .map(|r| format!("{} ({})", r.id, r.reason.en))
            .collect::<Vec<_>>()
            .join(", ");
        return vec![
            Finding::new(
                Code::DeclarationNotHeld,
                file,
                pos,
                path,
                text!(
                    "{dja}を宣言していますが、その条件を満たしていません（{ja_reach}）。満たしていない条件: {ja_unmet}",
                    "the declaration is {den}, but its conditions do not hold ({en_reach}); unmet: {en_unmet}"
                ),
            )
            .with_hint(text!(
                "不足を解消するか、IPA のサイトで宣言を実態に合わせてください。満たしていない宣言を続けると、ロゴの使用などに影響することがあります",
                "fix what is missing, or change the declaration with IPA to a level that holds; a declaration that does not hold can cost you the logo"
            )),
        ];
    }
    if d.level < e.level {
        let may = level_label(e, e.level);
        let (mja, men) = (&may.ja, &may.en);
        return vec![
            Finding::new(
                Code::DeclarationBelowEligible,
                file,
                pos,
                path,
                text!(
                    "{mja}を宣言できます（現在の宣言: {dja}）",
                    "you may declare {men}; the declaration is {den}"
                ),
            )
            .with_hint(text!(
                "IPA のサイトで宣言を更新したら、hoshi.yaml の declaration を書き換えてください",
                "after declaring it with IPA, update declaration in hoshi.yaml"
            )),
        ];
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::model::AnswerValue;
    use crate::source::WorkTree;
    use crate::validate;

    fn example() -> Validation {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("example-repo");
        validate::validate(&WorkTree::new(root)).expect("example-repo reads")
    }

    fn today() -> Date {
        date(2026, 11, 26)
    }

    fn codes(s: &Status) -> Vec<&'static str> {
        s.findings.iter().map(|f| f.code.as_str()).collect()
    }

    #[test]
    fn the_example_holds_its_two_stars() {
        let s = evaluate(&example(), today());
        assert_eq!(s.organization.as_deref(), Some("株式会社みなと精工"));
        assert_eq!(s.eligibility.level, 2);
        assert_eq!(
            s.declaration,
            Some(Declared {
                level: 2,
                id: Some("51234567890".to_owned()),
                declared_on: Some("2026-05-10".to_owned()),
                holds: Some(true)
            })
        );
        let score = s.score.as_ref().expect("score");
        assert_eq!((score.total, score.answered, score.unknown), (88, 25, 0));
        assert!(s.findings.is_empty(), "{:?}", s.findings);
        assert!(!s.has_errors());
        // Nothing blocks a star; the biggest loss (Q23, not implemented) comes first.
        let first = match &s.next_steps[0] {
            Step::Question { id, gain, .. } => (id.as_str(), *gain),
            other => panic!("{other:?}"),
        };
        assert_eq!(first, ("Q23", 4));
        assert_eq!(s.next_steps.len(), 5);
    }

    #[test]
    fn a_declaration_above_eligibility_is_an_error_at_the_level() {
        let mut v = example();
        if let Some(d) = v.client.diagnosis.as_mut().map(std::sync::Arc::make_mut) {
            d.answers.remove("Q21");
        }
        let s = evaluate(&v, today());
        assert_eq!(s.eligibility.level, 1);
        assert_eq!(s.declaration.as_ref().and_then(|d| d.holds), Some(false));
        assert!(s.has_errors());
        assert_eq!(codes(&s), ["declaration-not-held"]);
        let f = &s.findings[0];
        assert_eq!(
            (f.file.as_str(), f.path.as_str()),
            ("hoshi.yaml", "/declaration/level")
        );
        assert_eq!(f.pos.map(|p| (p.line, p.column)), Some((19, 10)));
        assert_eq!(
            f.message.en,
            "the declaration is ★★ (two stars), but its conditions do not hold (the conditions hold for ★ (one star)); unmet: L2.all-answered (Q21 unanswered)"
        );
        assert_eq!(
            f.message.ja,
            "★★ 二つ星を宣言していますが、その条件を満たしていません（条件を満たしているのは★ 一つ星です）。満たしていない条件: L2.all-answered（Q21 が未回答です）"
        );
        // The blocker is the first next step.
        assert!(matches!(
            &s.next_steps[0],
            Step::Requirement { id, .. } if id == "L2.all-answered"
        ));
    }

    /// Regression (stricter than IPA): an `unknown` answer made a ★★ declaration fail.
    /// わからない is an answer; it is practice advice to look into it.
    #[test]
    fn an_unknown_answer_no_longer_fails_two_stars() {
        let mut v = example();
        if let Some(a) = v
            .client
            .diagnosis
            .as_mut()
            .map(std::sync::Arc::make_mut)
            .and_then(|d| d.answers.get_mut("Q21"))
        {
            a.answer = AnswerValue::Unknown;
        }
        let s = evaluate(&v, today());
        assert_eq!(s.eligibility.level, 2);
        assert_eq!(s.declaration.as_ref().and_then(|d| d.holds), Some(true));
        assert!(!s.has_errors());
        assert_eq!(codes(&s), ["unknown-answer"]);
        let f = &s.findings[0];
        assert_eq!(f.severity, crate::finding::Severity::Warning);
        assert_eq!(
            (f.file.as_str(), f.path.as_str()),
            ("diagnosis.yaml", "/answers/Q21/answer")
        );
        assert!(f.pos.is_some());
        assert!(
            f.hint
                .as_ref()
                .is_some_and(|h| h.ja.contains("実態を調べて")),
            "{:?}",
            f.hint
        );
    }

    /// Levels are not cumulative: a ★ declaration is judged by ★'s conditions alone.
    #[test]
    fn a_declared_star_fails_on_its_own_conditions_even_when_two_stars_hold() {
        let mut v = example();
        if let Some(p) = v
            .client
            .principles
            .as_mut()
            .map(std::sync::Arc::make_mut)
            .and_then(|p| p.principles.get_mut("P4"))
        {
            p.status = crate::model::PrincipleStatus::NotStarted;
        }
        if let Some(d) = v
            .client
            .profile
            .as_mut()
            .map(std::sync::Arc::make_mut)
            .and_then(|p| p.declaration.as_mut())
        {
            d.level = 1;
        }
        let s = evaluate(&v, today());
        assert_eq!(s.eligibility.level, 2);
        assert_eq!(
            codes(&s),
            ["declaration-not-held", "principle-not-practiced"]
        );
        assert_eq!(
            s.findings[0].message.en,
            "the declaration is ★ (one star), but its conditions do not hold (the conditions hold for ★★ (two stars)); unmet: L1.principles-committed (P4 is not_started)"
        );
        // Nothing holds at all.
        if let Some(d) = v.client.diagnosis.as_mut().map(std::sync::Arc::make_mut) {
            d.answers.clear();
        }
        let s = evaluate(&v, today());
        assert_eq!(s.eligibility.level, 0);
        assert_eq!(
            s.findings[0].message.en,
            "the declaration is ★ (one star), but its conditions do not hold (no level's conditions hold); unmet: L1.principles-committed (P4 is not_started)"
        );
    }

    /// Regression (stricter than IPA): ★★ required ★. A ★★ declaration holds with a
    /// principle not started; the practice warning says what to do.
    #[test]
    fn two_stars_hold_without_one_star() {
        let mut v = example();
        if let Some(p) = v
            .client
            .principles
            .as_mut()
            .map(std::sync::Arc::make_mut)
            .and_then(|p| p.principles.get_mut("P2"))
        {
            p.status = crate::model::PrincipleStatus::NotStarted;
        }
        let s = evaluate(&v, today());
        assert_eq!(s.eligibility.level, 2);
        assert_eq!(s.declaration.as_ref().and_then(|d| d.holds), Some(true));
        assert!(!s.has_errors());
        assert_eq!(codes(&s), ["principle-not-practiced"]);
        assert_eq!(s.findings[0].path, "/principles/P2/status");
    }

    #[test]
    fn a_declaration_below_eligibility_is_a_hint() {
        let mut v = example();
        if let Some(d) = v
            .client
            .profile
            .as_mut()
            .map(std::sync::Arc::make_mut)
            .and_then(|p| p.declaration.as_mut())
        {
            d.level = 1;
        }
        let s = evaluate(&v, today());
        assert!(!s.has_errors());
        assert_eq!(s.declaration.as_ref().and_then(|d| d.holds), Some(true));
        assert_eq!(codes(&s), ["declaration-below-eligible"]);
        assert_eq!(s.findings[0].severity, crate::finding::Severity::Hint);
        assert_eq!(
            s.findings[0].message.ja,
            "★★ 二つ星を宣言できます（現在の宣言: ★ 一つ星）"
        );
        assert_eq!(
            s.findings[0].message.en,
            "you may declare ★★ (two stars); the declaration is ★ (one star)"
        );
    }

    #[test]
    fn no_declaration_yet_is_a_hint_and_null() {
        let mut v = example();
        if let Some(p) = v.client.profile.as_mut().map(std::sync::Arc::make_mut) {
            p.declaration = None;
        }
        let s = evaluate(&v, today());
        assert_eq!(s.declaration, None);
        assert_eq!(codes(&s), ["declaration-below-eligible"]);
        assert_eq!(
            s.findings[0].message.en,
            "you may declare ★★ (two stars); nothing is declared yet"
        );
        assert_eq!(s.findings[0].pos, None);
    }

    #[test]
    fn a_declaration_is_read_from_a_hoshi_yaml_with_other_errors() {
        let mut v = example();
        v.client.profile = None;
        if let Some(d) = v.client.diagnosis.as_mut().map(std::sync::Arc::make_mut) {
            d.answers.remove("Q1");
        }
        let s = evaluate(&v, today());
        assert_eq!(s.organization.as_deref(), Some("株式会社みなと精工"));
        assert_eq!(
            s.declaration.as_ref().map(|d| (d.level, d.holds)),
            Some((2, Some(false)))
        );
        assert_eq!(codes(&s), ["declaration-not-held"]);
    }

    #[test]
    fn a_broken_diagnosis_has_no_score_and_blocks_two_stars() {
        let mut v = example();
        v.client.diagnosis = None;
        let s = evaluate(&v, today());
        assert!(s.score.is_none());
        assert_eq!(s.eligibility.level, 1);
        let unmet: Vec<_> = s
            .eligibility
            .levels
            .iter()
            .flat_map(|l| l.unmet())
            .map(|r| (r.id.as_str(), r.reason.en.as_str()))
            .collect();
        assert_eq!(unmet, [("L2.all-answered", "diagnosis.yaml has errors")]);
    }

    #[test]
    fn level_labels_fall_back_to_stars() {
        let s = evaluate(&example(), today());
        assert_eq!(level_label(&s.eligibility, 2).en, "★★ (two stars)");
        assert_eq!(level_label(&s.eligibility, 3).ja, "★★★");
    }
}
