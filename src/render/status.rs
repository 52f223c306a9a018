//! `hoshi status` as sections: the declaration, the diagnosis, the requirements of each
//! level, what to do next, and the findings. Text and Markdown are laid out from them.

use crate::evaluate::eligibility::RequirementResult;
use crate::evaluate::next_steps::Step;
use crate::evaluate::status::{Status, level_label};
use crate::lang::{Lang, Text};
use crate::load::vocabulary::word;
use crate::model::AnswerValue;
use crate::model::catalogue;
use crate::phrase;
use crate::render::Style;
use crate::render::layout;
use crate::render::section::{Bar, Block, Item, Line, Mark, Section, Tone, findings_only};
use crate::render::terms::summary;
use crate::render::untrusted::Untrusted;

/// The status, once, for every format.
pub fn sections(s: &Status) -> Vec<Section> {
    let mut out = vec![declaration(s)];
    out.extend(crate::render::scs::result_section(s));
    out.extend([diagnosis(s), requirements(s)]);
    out.extend(practices(s));
    out.push(steps(s));
    out.extend(crate::render::scs::section(s));
    out.push(findings(s));
    out
}

/// For a terminal; with `quiet`, the findings only.
pub fn text<'a>(
    s: &Status,
    source: impl Fn(&str) -> Option<&'a str>,
    style: &Style,
    quiet: bool,
) -> String {
    let sections = sections(s);
    if quiet {
        return layout::text::text(&findings_only(&sections), style, source);
    }
    layout::text::text(&sections, style, source)
}

/// For a pull-request comment or a job summary.
pub fn markdown(s: &Status, style: &Style) -> String {
    layout::markdown::markdown(&sections(s), style)
}

/// Annotations for the findings.
pub fn github(s: &Status, style: &Style) -> String {
    layout::github::github(&sections(s), style)
}

/// At most `limit` annotations, the most important first (see
/// [`layout::github::annotations`]).
pub fn annotations(s: &Status, style: &Style, limit: usize) -> String {
    layout::github::annotations(&sections(s), style, limit)
}

fn level(s: &Status, n: u8) -> Line {
    Line::words(level_label(&s.eligibility, n)).tone(Tone::Level)
}

/// ✓, ✗, or ? when it cannot be told.
fn check(verdict: Option<bool>) -> Line {
    match verdict {
        Some(true) => Line::plain("✓").tone(Tone::Good),
        Some(false) => Line::plain("✗").tone(Tone::Bad),
        None => Line::plain("?").tone(Tone::Bad),
    }
}

/// The mark of a condition: met, unmet, or not judged because a file it reads is broken.
fn condition_mark(r: &RequirementResult) -> Mark {
    match (r.met, r.undetermined) {
        (true, _) => Mark::Met,
        (false, true) => Mark::Unknown,
        (false, false) => Mark::Unmet,
    }
}

fn declaration(s: &Status) -> Section {
    let name = match (s.name(Lang::Ja), s.name(Lang::En)) {
        (Some(ja), Some(en)) => Line::by_lang(Line::user(ja), Line::user(en)),
        _ => phrase!("（組織名不明）", "(unnamed organisation)"),
    };
    let title = phrase!("SECURITY ACTION — {name}", "SECURITY ACTION — {name}"; name = name)
        .tone(Tone::Strong);
    let declared = match &s.declaration {
        Some(d) => {
            let label = level(s, d.level);
            let id = d.id.as_deref().map(Untrusted::new);
            let on = d.declared_on.as_deref().map(Untrusted::new);
            match (id, on) {
                (Some(id), Some(on)) => phrase!(
                    "{label}（自己宣言ID {id}、{on}）",
                    "{label}, self-declaration ID {id}, declared {on}";
                    label = label, id = id, on = on
                ),
                (Some(id), None) => phrase!(
                    "{label}（自己宣言ID {id}）", "{label}, self-declaration ID {id}";
                    label = label, id = id
                ),
                (None, Some(on)) => phrase!(
                    "{label}（{on}）", "{label}, declared {on}";
                    label = label, on = on
                ),
                (None, None) => label,
            }
        }
        None if s.declaration_unknown => phrase!(
            "不明（hoshi.yaml の誤りのため、宣言を読めません）",
            "unknown (hoshi.yaml has errors, so the declaration cannot be read)"
        )
        .tone(Tone::Bad),
        None => phrase!(
            "なし（IPA への自己宣言はまだ記録されていません）",
            "none (no self-declaration to IPA is recorded)"
        ),
    };
    let eligible = if s.eligibility.level == 0 {
        phrase!(
            "なし（どのレベルの条件もまだ満たしていません）",
            "none (no level's conditions hold yet)"
        )
    } else {
        level(s, s.eligibility.level)
    };
    // A higher level that a broken file keeps from being judged: "at least", not "only".
    let eligible = match s
        .eligibility
        .levels
        .iter()
        .rev()
        .find(|l| l.level > s.eligibility.level && l.verdict().is_none())
    {
        Some(l) => phrase!(
            "{eligible}（{higher}は、ファイルのエラーのため確かめられません）",
            "{eligible}; {higher} cannot be judged until the files' errors are fixed";
            eligible = eligible, higher = Line::words(l.label())
        ),
        None => eligible,
    };
    let mut section = Section::title(title).with(Block::Fields(vec![
        (word("declared").into(), declared),
        (word("eligible").into(), eligible),
    ]));
    if let Some(d) = &s.declaration {
        let (mark, verdict) = match d.holds {
            Some(true) => (
                Mark::Met,
                phrase!("宣言は条件を満たしています", "the declaration holds"),
            ),
            Some(false) => (
                Mark::Unmet,
                phrase!(
                    "宣言が条件を満たしていません",
                    "the declaration does not hold"
                ),
            ),
            None => (
                Mark::Unknown,
                phrase!(
                    "宣言が条件を満たしているか確かめられません（ファイルのエラーを直すと判定できます）",
                    "whether the declaration holds cannot be told until the files' errors are fixed"
                ),
            ),
        };
        section.push(Block::list(vec![Item::new(mark, verdict)]));
    }
    section
}

/// A score band's range in words: 「70〜99 点」, 「49 点以下」 (the lowest band starts at the
/// lowest possible score), 「100 点」.
fn band_range(min: i32, max: i32) -> Line {
    let bands = &crate::model::catalogue::get().bands;
    let lowest = bands.iter().map(|b| b.min).min().unwrap_or(min);
    if min == max {
        phrase!("{min} 点", "{min} points")
    } else if min <= lowest {
        phrase!("{max} 点以下", "{max} or less")
    } else {
        phrase!("{min}〜{max} 点", "{min}–{max}")
    }
}

fn diagnosis(s: &Status) -> Section {
    let c = catalogue::get();
    let head = Line::words(word("self_diagnosis")).tone(Tone::Strong);
    let Some(score) = &s.score else {
        let why = phrase!(
            "diagnosis.yaml にエラーがあるか、ファイルがないため、点数を計算できません",
            "no score: diagnosis.yaml is missing or has errors"
        );
        return Section::headed(phrase!("{head}  {why}", "{head}  {why}"; head = head, why = why));
    };
    let (total, max) = (score.total, score.max);
    let points = phrase!("{total} / {max} 点", "{total} / {max}").tone(Tone::Strong);
    // The band by its label and range in words, never by its id (「49-or-less」).
    let band = score.band.map_or_else(Line::default, |b| {
        let range = band_range(b.min, b.max);
        phrase!("  {label}（{range}）", "  {label} ({range})";
            label = b.label.clone(), range = range)
    });
    let heading = phrase!("{head}  {points}{band}", "{head}  {points}{band}";
        head = head, points = points, band = band);
    let n = score.questions.len();
    let (answered, unknown) = (score.answered, score.unknown);
    let assessed = Untrusted::new(s.assessed_on.as_deref().unwrap_or(""));
    let counts = phrase!(
        "回答 {answered} / {n} 問、わからない {unknown} 問（{assessed} 実施）",
        "answered {answered} / {n}, unknown {unknown}, assessed {assessed}";
        assessed = assessed
    );
    let bars = score
        .parts
        .iter()
        .map(|part| {
            let title = c
                .parts
                .iter()
                .find(|x| x.part == part.part)
                .map_or_else(|| Text::same(""), |x| x.title.clone());
            let n = part.part;
            Bar {
                label: phrase!("パート{n} {title}", "Part {n} {title}"; title = title),
                score: part.score,
                max: part.max,
            }
        })
        .collect();
    Section::headed(heading)
        .with(Block::line(counts))
        .with(Block::Bars {
            headers: [word("part"), word("score"), word("max")],
            bars,
        })
}

/// The conditions of each level: what IPA asks, which alone decide eligibility and whether
/// a declaration holds.
fn requirements(s: &Status) -> Section {
    let mut section = Section::headed(word("requirements")).landmark();
    for l in &s.eligibility.levels {
        let verdict = match l.verdict() {
            Some(true) => phrase!("条件を満たしています", "conditions hold"),
            Some(false) => phrase!("条件を満たしていません", "conditions do not hold"),
            None => phrase!("条件を確かめられません", "conditions cannot be judged"),
        };
        let head = phrase!("{label} {mark} {verdict}", "{label} {mark} {verdict}";
            label = Line::words(l.label()).tone(Tone::Level), mark = check(l.verdict()), verdict = verdict);
        let items = l
            .conditions()
            .map(|r| {
                let mark = condition_mark(r);
                let id = Line::id(r.id.as_str()).tone(Tone::Dim);
                Item::new(
                    mark,
                    phrase!("{t}  {id}", "{t}  {id}"; t = r.text.clone(), id = id),
                )
                .detail(r.reason.clone())
            })
            .collect();
        section.push(Block::List {
            head: Some(head),
            items,
            numbered: false,
        });
    }
    section
}

/// hoshi's practice advice, after the conditions: warnings with what to do, never a
/// reason that a declaration fails.
fn practices(s: &Status) -> Option<Section> {
    let items: Vec<Item> = s
        .eligibility
        .levels
        .iter()
        .flat_map(|l| l.practices())
        .map(|r| {
            let mark = if r.met { Mark::Met } else { Mark::Advice };
            let id = Line::id(r.id.as_str()).tone(Tone::Dim);
            Item::new(
                mark,
                phrase!("{t}  {id}", "{t}  {id}"; t = r.text.clone(), id = id),
            )
            .detail(r.reason.clone())
        })
        .collect();
    if items.is_empty() {
        return None;
    }
    let head = Line::words(word("practice_advice")).tone(Tone::Strong);
    Some(Section::headed(head).with(Block::List {
        head: None,
        items,
        numbered: false,
    }))
}

fn steps(s: &Status) -> Section {
    let head = Line::words(word("next_steps")).tone(Tone::Strong);
    if s.next_steps.is_empty() {
        let none = phrase!(
            "ありません。この状態を保ち、定期的に見直してください",
            "none; keep it up and review regularly"
        );
        return Section::headed(
            phrase!("{head}: {none}", "{head}: {none}"; head = head, none = none),
        );
    }
    // Every step, grouped: what a declaration needs, then what raises the score.
    let item = |step: &Step| match step {
        Step::Requirement {
            label,
            text,
            reason,
            todo,
            ..
        } => Item::new(
            Mark::None,
            phrase!("{label}: {text} — {reason}", "{label}: {text} — {reason}";
                label = label.clone(), text = text.clone(), reason = reason.clone()),
        )
        .detail(todo.clone()),
        Step::Question {
            id,
            topic,
            answer,
            gain,
            measure,
        } => {
            let answer = AnswerValue::label_or_unanswered(*answer);
            Item::new(
                Mark::None,
                phrase!(
                    "{id} {topic}（{answer}、+{gain} 点）",
                    "{id} {topic} ({answer}, +{gain} points)";
                    topic = topic.clone(), answer = answer
                ),
            )
            .detail(measure.clone())
        }
    };
    let (requirements, questions): (Vec<&Step>, Vec<&Step>) = s
        .next_steps
        .iter()
        .partition(|step| matches!(step, Step::Requirement { .. }));
    let mut section = Section::headed(head);
    // Under a head of its own only when both kinds are there.
    let both = !requirements.is_empty() && !questions.is_empty();
    let (r, q) = (requirements.len(), questions.len());
    for (group, group_head) in [
        (
            requirements,
            phrase!(
                "宣言の条件を満たすために（{r} 件）",
                "To meet the declaration's conditions ({r})"
            ),
        ),
        (
            questions,
            phrase!(
                "点数を上げるために（{q} 件、上がる点の大きい順）",
                "To raise the score ({q}, most points first)"
            ),
        ),
    ] {
        if group.is_empty() {
            continue;
        }
        section.push(Block::List {
            head: both.then_some(group_head),
            items: group.into_iter().map(item).collect(),
            numbered: true,
        });
    }
    section
}

fn findings(s: &Status) -> Section {
    let digest = &s.digest;
    Section::headed(word("findings"))
        .landmark()
        .with(Block::Findings(s.findings.clone()))
        .with(Block::line(summary(&s.findings, s.files)))
        .with(Block::line(
            phrase!("{d}: {digest}", "{d}: {digest}"; d = word("digest")),
        ))
}
