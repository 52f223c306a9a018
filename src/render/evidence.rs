//! `hoshi evidence add|check|list` output.

use serde_json::{Value, json};

use crate::evidence::add::{Plan, Validity};
use crate::evidence::register::{FileState, Freshness, Item, Register, Verdict};
use crate::lang::{Lang, Text};
use crate::load::vocabulary::word;
use crate::phrase;
use crate::render::json::finding;
use crate::render::section::{self, Block, Column, Line, Mark, Section, Table, Tone};
use crate::render::untrusted::Untrusted;
use crate::render::{Style, layout};

/// The longest title shown in a text table, in characters.
const TITLE_WIDTH: usize = 32;

fn pretty(value: &Value) -> String {
    crate::render::json::document(value)
}

/// What `evidence add` did, as sections.
pub fn added_sections(plan: &Plan) -> Vec<Section> {
    let e = &plan.entry;
    let (id, file) = (
        Untrusted::new(e.id.as_str()),
        Untrusted::new(e.file.as_str()),
    );
    let path = Line::path("evidence.yaml");
    let head = if plan.before.is_some() {
        phrase!(
            "✓ 証跡 {id}（{file}）を {path} に追加しました",
            "✓ added evidence {id} ({file}) to {path}";
            id = id.clone(), file = file, path = path
        )
    } else {
        phrase!(
            "✓ {path} を作成し、証跡 {id}（{file}）を登録しました",
            "✓ created {path} with evidence {id} ({file})";
            id = id.clone(), file = file, path = path
        )
    };
    let validity = match e.validity {
        Some(Validity::Until(d)) => phrase!("{d} まで有効", "valid until {d}"),
        Some(Validity::Months(n)) => {
            phrase!(
                "収集日から {n} か月有効",
                "valid for {n} months from collection"
            )
        }
        None => phrase!("期限なし", "does not expire"),
    };
    let (sha, on, visibility) = (&e.sha256, e.collected_on, e.visibility.as_str());
    let mut lines = vec![
        phrase!("sha256: {sha}", "sha256: {sha}"),
        phrase!(
            "collected_on: {on}  ({validity}, visibility: {visibility})",
            "collected_on: {on}  ({validity}, visibility: {visibility})";
            validity = validity
        ),
    ];
    if !plan.same_file_as.is_empty() {
        let ids = Line::join(
            plan.same_file_as.iter().map(|i| Line::user(i.as_str())),
            &Line::plain(", "),
        );
        lines.push(phrase!(
            "注意: 同じファイルが {ids} としても登録されています",
            "note: the same file is also registered as {ids}";
            ids = ids
        ));
    }
    lines.push(phrase!(
        "principles.yaml や diagnosis.yaml の evidence: に {id} を書くと、その取組みの証跡になります",
        "cite it by adding {id} to an evidence: list in principles.yaml or diagnosis.yaml";
        id = id
    ));
    vec![Section::headed(head).with(Block::Lines(lines))]
}

/// What `evidence add` did, for people.
pub fn added_text(plan: &Plan, style: &Style) -> String {
    layout::text::text(&added_sections(plan), style, |_| None)
}

/// What `evidence add` did, for programs.
pub fn added_json(plan: &Plan) -> String {
    let e = &plan.entry;
    let (valid_until, valid_for_months) = match e.validity {
        Some(Validity::Until(d)) => (Some(d.to_string()), None),
        Some(Validity::Months(n)) => (None, Some(n)),
        None => (None, None),
    };
    pretty(&json!({
        "added": {
            "id": e.id,
            "title": e.title,
            "file": e.file,
            "sha256": e.sha256,
            "collected_on": e.collected_on.to_string(),
            "valid_until": valid_until,
            "valid_for_months": valid_for_months,
            "visibility": e.visibility.as_str(),
        },
        "created": plan.before.is_none(),
        "same_file_as": plan.same_file_as,
    }))
}

fn item_json(i: &Item, lang: Lang) -> Value {
    let _ = lang;
    json!({
        "id": i.id,
        "title": i.title,
        "file": i.file,
        "url": i.url,
        "visibility": i.visibility.as_str(),
        "collected_on": i.collected_on,
        "age_days": i.age_days,
        "expires": i.expires.map(|d| d.to_string()),
        "days_left": i.days_left,
        "freshness": i.freshness.as_str(),
        "cited_by": i.cited_by,
        "scs_cited_by": i.scs_cited_by,
        "state": i.file_state.as_str(),
        "verdict": i.verdict().as_str(),
        "sha256": i.sha256,
        "actual_sha256": match &i.file_state {
            FileState::Changed { actual } => Some(actual.as_str()),
            _ => None,
        },
    })
}

/// Counts for the closing line of `evidence check`.
#[derive(Default)]
struct Counts {
    files_ok: usize,
    missing: usize,
    changed: usize,
    other: usize,
    expired: usize,
    expiring: usize,
}

fn counts(r: &Register) -> Counts {
    let mut c = Counts::default();
    for i in &r.items {
        match &i.file_state {
            FileState::Ok => c.files_ok += 1,
            FileState::Missing => c.missing += 1,
            FileState::Changed { .. } => c.changed += 1,
            s if s.is_problem() => c.other += 1,
            _ => {}
        }
        match i.freshness {
            Freshness::Expired => c.expired += 1,
            Freshness::Expiring => c.expiring += 1,
            _ => {}
        }
    }
    c
}

/// `evidence check` as sections: the findings as `validate` shows them, then one line.
pub fn check_sections(r: &Register) -> Vec<Section> {
    let mut s = Section::plain().with(Block::Findings(r.findings.clone()));
    let mark = if r.has_problems() {
        Mark::Unmet
    } else {
        Mark::Met
    };
    let line = if !r.readable {
        phrase!(
            "evidence.yaml を読めないため、証跡を確認できません",
            "evidence.yaml cannot be read, so no evidence was checked"
        )
    } else {
        let Counts {
            files_ok,
            missing,
            changed,
            other,
            expired,
            expiring,
        } = counts(r);
        let n = r.items.len();
        let parts: Vec<Line> = [
            (missing, Text::new("見つからない", "missing")),
            (changed, Text::new("変更あり", "changed")),
            (other, Text::new("その他の問題", "other problems")),
            (expired, Text::new("期限切れ", "expired")),
            (expiring, Text::new("期限間近", "expiring soon")),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| phrase!("{what} {n}", "{n} {what}"; what = what))
        .collect();
        if parts.is_empty() {
            phrase!(
                "証跡 {n} 件を確認しました（ファイル {files_ok} 件の sha256 が一致、期限切れなし）",
                "checked {n} evidence item(s): {files_ok} file(s) match their sha256, none expired"
            )
        } else {
            let parts = Line::join(parts, &phrase!("、", ", "));
            phrase!(
                "証跡 {n} 件: {parts}（sha256 が一致したファイル {files_ok} 件）",
                "{n} evidence item(s): {parts} ({files_ok} file(s) match their sha256)";
                parts = parts
            )
        }
    };
    s.push(Block::list(vec![section::Item::new(mark, line)]));
    vec![s]
}

/// `evidence check` for people; with `quiet`, the findings only.
pub fn check_text<'a>(
    r: &Register,
    source: impl Fn(&str) -> Option<&'a str>,
    style: &Style,
    quiet: bool,
) -> String {
    let s = check_sections(r);
    let s = if quiet { section::findings_only(&s) } else { s };
    layout::text::text(&s, style, source)
}

/// `evidence check --format github`.
pub fn check_github(r: &Register, style: &Style) -> String {
    layout::github::github(&check_sections(r), style)
}

/// `evidence check --format json`.
pub fn check_json(r: &Register, lang: Lang) -> String {
    pretty(&json!({
        "ok": !r.has_problems(),
        "items": r.items.iter().map(|i| item_json(i, lang)).collect::<Vec<_>>(),
        "findings": r.findings.iter().map(|f| finding(f, lang)).collect::<Vec<_>>(),
    }))
}

/// The item's one verdict ([`Item::verdict`]): a file problem, else its freshness.
fn verdict(i: &Item) -> Line {
    let Verdict::File(state) = i.verdict() else {
        return freshness(i);
    };
    let what = match state {
        FileState::Missing => Text::new("ファイルがない", "file missing"),
        FileState::Changed { .. } => {
            Text::new("変更あり（sha256 不一致）", "changed (sha256 differs)")
        }
        FileState::OutsideRoot => Text::new("フォルダの外", "outside the client folder"),
        FileState::NotRegular => Text::new("通常のファイルでない", "not a regular file"),
        FileState::InvalidPath => Text::new("パスが不正", "invalid path"),
        FileState::Unreadable => Text::new("読めない", "unreadable"),
        FileState::Url | FileState::Ok => return freshness(i),
    };
    Line::words(what).tone(Tone::Bad)
}

fn freshness(i: &Item) -> Line {
    let left = i.days_left.unwrap_or(0);
    match i.freshness {
        Freshness::NoExpiry => Line::words(i.freshness.label()),
        Freshness::Valid => Line::words(i.freshness.label()).tone(Tone::Good),
        Freshness::Expiring => phrase!("{f}（あと{left}日）", "{f} ({left} d left)";
            f = i.freshness.label())
        .tone(Tone::Warn),
        Freshness::Expired => {
            let over = -left;
            phrase!("{f}（{over}日超過）", "{f} ({over} d ago)"; f = i.freshness.label())
                .tone(Tone::Bad)
        }
    }
}

fn list_table(r: &Register) -> Table {
    let columns = vec![
        Column::left(word("id")),
        Column::left(word("title")).clip(TITLE_WIDTH),
        Column::left(word("collected_on")),
        Column::right(word("age")),
        Column::left(word("valid_until")),
        Column::left(word("state")),
        Column::left(word("visibility")),
        Column::left(word("cited_by")),
    ];
    let rows = r
        .items
        .iter()
        .map(|i| {
            let age = match i.age_days {
                Some(d) => phrase!("{d}日", "{d} d"),
                None => Line::plain("—"),
            };
            let cited = if i.cited_by.is_empty() && i.scs_cited_by.is_empty() {
                phrase!("⚠ 引用なし", "⚠ not cited").tone(Tone::Warn)
            } else {
                let mut parts: Vec<Line> =
                    i.cited_by.iter().map(|c| Line::user(c.as_str())).collect();
                if !i.scs_cited_by.is_empty() {
                    // The criteria as one group after the principles and questions.
                    let ids = Line::join(
                        i.scs_cited_by.iter().map(|c| Line::user(c.as_str())),
                        &Line::plain(" "),
                    );
                    parts.push(phrase!("★3 {ids}", "★3 {ids}"; ids = ids));
                }
                Line::join(parts, &Line::plain(", "))
            };
            vec![
                Line::user(i.id.as_str()),
                Line::user(i.title.as_str()),
                Line::user(i.collected_on.as_str()),
                age,
                Line::plain(i.expires.map_or_else(|| "—".to_owned(), |d| d.to_string())),
                verdict(i),
                Line::plain(i.visibility.as_str()),
                cited,
            ]
        })
        .collect();
    Table { columns, rows }
}

fn list_summary(r: &Register) -> Vec<Line> {
    let mut lines = vec![citation_summary(r)];
    let broken: Vec<Line> = r
        .items
        .iter()
        .filter(|i| matches!(i.verdict(), Verdict::File(_)))
        .map(|i| Line::user(i.id.as_str()))
        .collect();
    if !broken.is_empty() {
        let ids = Line::join(broken, &Line::plain(", "));
        let cmd = Line::command(Text::same("hoshi evidence check"));
        lines.push(
            phrase!(
                "ファイルに問題のある証跡: {ids}（詳しくは {cmd}）",
                "evidence whose file has a problem: {ids} (see {cmd})";
                ids = ids, cmd = cmd
            )
            .tone(Tone::Bad),
        );
    }
    lines
}

fn citation_summary(r: &Register) -> Line {
    let n = r.items.len();
    let uncited: Vec<Line> = r.uncited().map(|i| Line::user(i.id.as_str())).collect();
    if uncited.is_empty() {
        if r.scs {
            return phrase!(
                "証跡 {n} 件。すべて原則か設問か ★3 の評価基準から引用されています",
                "{n} evidence item(s), all cited by a principle, a question or a ★3 criterion"
            );
        }
        return phrase!(
            "証跡 {n} 件。すべて原則か設問から引用されています",
            "{n} evidence item(s), all cited by a principle or question"
        );
    }
    let count = uncited.len();
    let ids = Line::join(uncited, &Line::plain(", "));
    if r.scs {
        return phrase!(
            "証跡 {n} 件。どこからも引用されていない証跡が {count} 件あります: {ids}（principles.yaml か diagnosis.yaml か scs.yaml の evidence: に書くか、不要なら削除してください）",
            "{n} evidence item(s); {count} cited by nothing: {ids} (cite it in an evidence: list of principles.yaml, diagnosis.yaml or scs.yaml, or remove it)";
            ids = ids
        );
    }
    phrase!(
        "証跡 {n} 件。どこからも引用されていない証跡が {count} 件あります: {ids}（principles.yaml か diagnosis.yaml の evidence: に書くか、不要なら削除してください）",
        "{n} evidence item(s); {count} cited by nothing: {ids} (cite it in an evidence: list of principles.yaml or diagnosis.yaml, or remove it)";
        ids = ids
    )
}

/// `evidence list` as sections: the table, then what is not cited. An unreadable
/// register shows its findings instead.
pub fn list_sections(r: &Register) -> Vec<Section> {
    if !r.readable {
        return vec![Section::plain().with(Block::Findings(r.findings.clone()))];
    }
    vec![
        Section::plain().with(Block::Table(list_table(r))),
        Section::plain().with(Block::Lines(list_summary(r))),
    ]
}

/// `evidence list` for people.
pub fn list_text<'a>(
    r: &Register,
    source: impl Fn(&str) -> Option<&'a str>,
    style: &Style,
) -> String {
    layout::text::text(&list_sections(r), style, source)
}

/// `evidence list --format json`.
pub fn list_json(r: &Register, lang: Lang) -> String {
    pretty(&json!({
        "evidence": r.items.iter().map(|i| {
            let mut v = item_json(i, lang);
            if let Some(m) = v.as_object_mut() {
                m.insert("cited".into(), (!i.cited_by.is_empty()).into());
            }
            v
        }).collect::<Vec<_>>(),
        "uncited": r.uncited().map(|i| i.id.as_str()).collect::<Vec<_>>(),
        "findings": r.findings.iter().map(|f| finding(f, lang)).collect::<Vec<_>>(),
    }))
}

/// `evidence list --format csv`: one row per item, fields in English ids.
pub fn list_csv(r: &Register) -> String {
    let columns = [
        "id",
        "title",
        "file",
        "url",
        "visibility",
        "collected_on",
        "age_days",
        "expires",
        "days_left",
        "freshness",
        "verdict",
        "cited_by",
        "scs_cited_by",
    ]
    .map(|h| Column::left(Text::same(h)))
    .to_vec();
    let num = |n: Option<i32>| Line::plain(n.map_or_else(String::new, |n| n.to_string()));
    let user = |s: &Option<String>| Line::user(s.clone().unwrap_or_default());
    let rows = r
        .items
        .iter()
        .map(|i| {
            vec![
                Line::user(i.id.as_str()),
                Line::user(i.title.as_str()),
                user(&i.file),
                user(&i.url),
                Line::plain(i.visibility.as_str()),
                Line::user(i.collected_on.as_str()),
                num(i.age_days),
                Line::plain(i.expires.map_or_else(String::new, |d| d.to_string())),
                num(i.days_left),
                Line::plain(i.freshness.as_str()),
                Line::plain(i.verdict().as_str()),
                Line::user(i.cited_by.join(" ")),
                Line::user(i.scs_cited_by.join(" ")),
            ]
        })
        .collect();
    layout::csv::csv(&Table { columns, rows }, Lang::En)
}

/// `evidence list --format markdown`.
pub fn list_markdown(r: &Register, style: &Style) -> String {
    layout::markdown::markdown(&list_sections(r), style)
}
