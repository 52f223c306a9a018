//! `hoshi portfolio` output: one row per client, in text, JSON, CSV or Markdown.

use jiff::civil::Date;
use serde_json::{Value, json};

use crate::lang::{Lang, Text};
use crate::load::vocabulary::word;
use crate::phrase;
use crate::portfolio::{Due, DueKind, Row};
use crate::render::json::finding;
use crate::render::section::{Block, Column, Line, Section, Table, Tone};
use crate::render::{Style, layout, or_dash};

/// The longest organisation name shown in a text table, in characters.
const NAME_WIDTH: usize = 24;

/// Rows sorted by urgency, the order people read them in.
pub fn by_urgency(rows: &[Row]) -> Vec<&Row> {
    let mut sorted: Vec<&Row> = rows.iter().collect();
    sorted.sort_by_cached_key(|r| r.urgency());
    sorted
}

fn stars(level: Option<u8>) -> Text {
    match level {
        Some(0) => word("none"),
        Some(n) => Text::same("★".repeat(usize::from(n))),
        None => Text::same("—"),
    }
}

/// Why a row needs attention, or nothing.
fn note(r: &Row) -> Line {
    if let Some(e) = &r.error {
        return Line::quoting(e);
    }
    if let Some(f) = &r.first_error {
        let at = f.pos.map_or(String::new(), |p| format!(":{}", p.line));
        let code = f.code.as_str();
        return phrase!("{file}{at} [{code}]", "{file}{at} [{code}]"; file = Line::user(f.file.as_str()));
    }
    Line::default()
}

/// The reason as plain text (for the dashboard, which escapes it as HTML).
fn note_text(r: &Row, lang: Lang) -> String {
    if let Some(e) = &r.error {
        return e.get(lang).to_owned();
    }
    if let Some(f) = &r.first_error {
        let at = f.pos.map_or(String::new(), |p| format!(":{}", p.line));
        return format!("{}{at} [{}]", f.file, f.code.as_str());
    }
    String::new()
}

/// How urgent a row is, for marks and colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// The declaration does not hold, or errors.
    Bad,
    /// An overdue review, or evidence expired or expiring.
    Warn,
    Ok,
}

impl State {
    pub fn of(r: &Row) -> State {
        if r.not_held() || r.has_errors() {
            State::Bad
        } else if r.review_overdue || r.evidence_expired > 0 || r.evidence_expiring > 0 {
            State::Warn
        } else {
            State::Ok
        }
    }

    pub fn mark(self) -> &'static str {
        match self {
            State::Bad => "✗",
            State::Warn => "!",
            State::Ok => "✓",
        }
    }

    /// The state in words.
    pub fn label(self) -> Text {
        word(match self {
            State::Bad => "client_needs_action",
            State::Warn => "client_due",
            State::Ok => "client_fine",
        })
    }

    fn tone(self) -> Tone {
        match self {
            State::Bad => Tone::Bad,
            State::Warn => Tone::Warn,
            State::Ok => Tone::Good,
        }
    }
}

/// A row's cells as text, shared by the table formats and the dashboard page.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RowText {
    pub state: State,
    pub path: String,
    pub name: String,
    pub declared: String,
    pub not_held: bool,
    pub eligible: String,
    pub score: String,
    pub last_review: String,
    pub next_review: String,
    pub overdue: bool,
    /// The evidence in words: 「2 件が期限切れ、1 件が間近」.
    pub evidence: String,
    /// The nearest deadline of any kind: 「2027-01-15 証跡 EV-003」.
    pub next_deadline: String,
    /// Improvement actions past their due date.
    pub actions_overdue: usize,
    pub errors: usize,
    pub warnings: usize,
    /// Of the warnings, the practice advice.
    pub practice: usize,
    pub reason: String,
}

/// The cells of one row, in both languages.
struct Cells {
    last_review: Text,
    next_review: Text,
    declared: Text,
    eligible: Text,
    evidence: Text,
    next_deadline: Text,
    actions_overdue: usize,
}

/// The nearest deadline of any kind (review, evidence, action) on or after today.
pub fn next_deadline(r: &Row) -> Option<&Due> {
    r.next_due.as_ref()
}

/// What a deadline is, in a few words: 「見直し」, 「証跡 EV-003」, 「改善 Q23」.
fn deadline_kind(d: &Due) -> Text {
    match &d.what {
        DueKind::Review { .. } => Text::new("見直し", "review"),
        DueKind::Diagnosis { .. } => Text::new("自社診断のやり直し", "self-diagnosis due"),
        DueKind::EvidenceExpiry { id, .. } => crate::text!("証跡 {id}", "evidence {id}"),
        DueKind::Action { question, .. } => {
            crate::text!("改善 {question}", "action {question}")
        }
    }
}

/// The kind of a deadline as a field value: `review`, `evidence`, `action`.
fn deadline_key(d: &Due) -> &'static str {
    match d.what {
        DueKind::Review { .. } => "review",
        DueKind::Diagnosis { .. } => "diagnosis",
        DueKind::EvidenceExpiry { .. } => "evidence",
        DueKind::Action { .. } => "action",
    }
}

fn cells(r: &Row) -> Cells {
    let unreadable = r.error.is_some();
    let last_review = match (&r.last_review, &r.review_note) {
        _ if unreadable => Text::same("—"),
        (Some(l), _) => Text::same(l.date.to_string()),
        (None, Some(_)) => Text::new("記録なし（git 外）", "no record (no git)"),
        (None, None) => Text::new("未実施", "none yet"),
    };
    let next_review = match (r.next_review, r.review_overdue) {
        _ if unreadable => Text::same("—"),
        (Some(d), true) => crate::text!("{d} 超過", "{d} overdue"),
        (Some(d), false) => Text::same(d.to_string()),
        (None, true) => Text::new("要見直し", "due now"),
        (None, false) => Text::same("—"),
    };
    let declared = match r.holds {
        Some(false) => {
            let s = stars(r.declared);
            let (ja, en) = (&s.ja, &s.en);
            crate::text!("{ja} 不成立", "{en} NOT HELD")
        }
        _ if r.declared_unknown && !unreadable => Text::new("不明", "unknown"),
        None if r.declared.is_some() && !unreadable => {
            let s = stars(r.declared);
            let (ja, en) = (&s.ja, &s.en);
            crate::text!("{ja} 判定不能", "{en} UNKNOWN")
        }
        _ => stars(r.declared),
    };
    let eligible = if unreadable {
        Text::same("—")
    } else {
        stars(r.eligible)
    };
    let (expired, expiring) = (r.evidence_expired, r.evidence_expiring);
    let evidence = match (expired, expiring) {
        _ if unreadable => Text::same("—"),
        (0, 0) => Text::new("問題なし", "fine"),
        (0, n) => crate::text!("{n} 件が間近", "{n} expiring"),
        (n, 0) => crate::text!("{n} 件が期限切れ", "{n} expired"),
        (e, n) => crate::text!(
            "{e} 件が期限切れ、{n} 件が間近",
            "{e} expired, {n} expiring"
        ),
    };
    let next_deadline = match next_deadline(r) {
        _ if unreadable => Text::same("—"),
        None => Text::same("—"),
        Some(d) => {
            let date = d.date;
            let kind = deadline_kind(d);
            let (ja, en) = (&kind.ja, &kind.en);
            crate::text!("{date} {ja}", "{date} {en}")
        }
    };
    Cells {
        last_review,
        next_review,
        declared,
        eligible,
        evidence,
        next_deadline,
        actions_overdue: r.actions_overdue,
    }
}

/// The cells of one row in `lang`.
pub fn row_text(r: &Row, lang: Lang) -> RowText {
    let c = cells(r);
    RowText {
        state: State::of(r),
        path: r.path.clone(),
        name: r.name_in(lang).unwrap_or("—").to_owned(),
        declared: c.declared.get(lang).to_owned(),
        not_held: r.not_held(),
        eligible: c.eligible.get(lang).to_owned(),
        score: or_dash(r.score),
        last_review: c.last_review.get(lang).to_owned(),
        next_review: c.next_review.get(lang).to_owned(),
        overdue: r.review_overdue && r.error.is_none(),
        evidence: c.evidence.get(lang).to_owned(),
        next_deadline: c.next_deadline.get(lang).to_owned(),
        actions_overdue: c.actions_overdue,
        errors: r.errors,
        warnings: r.warnings,
        practice: r.practice,
        reason: note_text(r, lang),
    }
}

fn columns() -> Vec<Column> {
    vec![
        Column::left(Text::same("")),
        Column::left(word("client")),
        Column::left(word("name")).clip(NAME_WIDTH),
        Column::left(word("declared")),
        Column::left(word("eligible")),
        Column::right(word("score")),
        Column::right(crate::text!("★3 準備", "★3 ready")),
        Column::left(word("last_review")),
        Column::left(word("next_review")),
        Column::left(word("next_deadline")),
        Column::right(word("actions_overdue")),
        Column::left(word("evidence_state")),
        Column::right(word("errors")),
        Column::right(word("warnings")),
        Column::right(word("of_which_advice")),
        Column::left(word("why")),
    ]
}

/// The cells of a row of the table.
fn row_lines(r: &Row) -> Vec<Line> {
    let c = cells(r);
    let state = State::of(r);
    let name = match (r.name_in(Lang::Ja), r.name_in(Lang::En)) {
        (Some(ja), Some(en)) => Line::by_lang(Line::user(ja), Line::user(en)),
        _ => Line::plain("—"),
    };
    let evidence_tone = match (r.evidence_expired, r.evidence_expiring) {
        (0, 0) => Tone::Plain,
        (0, _) => Tone::Warn,
        _ => Tone::Bad,
    };
    let count = |n: usize, tone: Tone| {
        Line::plain(n.to_string()).tone(if n > 0 { tone } else { Tone::Plain })
    };
    let when = |ok: bool, tone: Tone| if ok { tone } else { Tone::Plain };
    vec![
        Line::plain(state.mark()).tone(state.tone()),
        Line::user(r.path.as_str()),
        name,
        Line::words(c.declared).tone(when(r.not_held(), Tone::Bad)),
        c.eligible.into(),
        Line::plain(or_dash(r.score)),
        Line::plain(
            r.scs
                .map_or_else(|| "—".to_owned(), |(m, t, _)| format!("{m}/{t}")),
        ),
        c.last_review.into(),
        Line::words(c.next_review).tone(when(r.review_overdue && r.error.is_none(), Tone::Bad)),
        Line::words(c.next_deadline),
        count(c.actions_overdue, Tone::Bad),
        Line::words(c.evidence).tone(evidence_tone),
        count(r.errors, Tone::Bad),
        count(r.warnings, Tone::Warn),
        count(r.practice, Tone::Warn),
        note(r),
    ]
}

fn table(rows: &[&Row]) -> Table {
    Table {
        columns: columns(),
        rows: rows.iter().map(|r| row_lines(r)).collect(),
    }
}

/// The closing line: how many clients need what.
pub fn summary(rows: &[Row]) -> Text {
    let n = rows.len();
    let not_held = rows.iter().filter(|r| r.not_held()).count();
    let errors = rows.iter().filter(|r| r.has_errors()).count();
    let overdue = rows.iter().filter(|r| r.review_overdue).count();
    let evidence = rows
        .iter()
        .filter(|r| r.evidence_expired + r.evidence_expiring > 0)
        .count();
    crate::text!(
        "クライアント {n} 件: 宣言が成り立たない {not_held}、エラーあり {errors}、見直し期限切れ {overdue}、証跡の期限切れ・間近 {evidence}",
        "{n} client(s): {not_held} declaration(s) not held, {errors} with errors, {overdue} review(s) overdue, {evidence} with evidence expired or expiring"
    )
}

/// Every client, most urgent first, as sections: a title (for documents), the table and
/// the summary.
pub fn sections(rows: &[Row]) -> Vec<Section> {
    vec![
        Section::title(word("portfolio_title"))
            .landmark()
            .with(Block::Table(table(&by_urgency(rows)))),
        Section::plain().with(Block::line(summary(rows))),
    ]
}

/// The table for a terminal, sorted by urgency, with a closing summary: the text of
/// [`sections`], each row's cells made as the row is written rather than all at once.
pub fn text(rows: &[Row], style: &Style) -> String {
    let sorted = by_urgency(rows);
    let each = |f: &mut dyn FnMut(&[Line])| {
        for r in &sorted {
            f(&row_lines(r));
        }
    };
    // The title is a landmark, not shown on a terminal; the summary is a section apart.
    let mut out = layout::text::table_of(&columns(), &each, "", style);
    out.push('\n');
    out.push_str(&layout::text::text(
        &[Section::plain().with(Block::line(summary(rows)))],
        style,
        |_| None,
    ));
    out
}

/// A Markdown table sorted by urgency (for a job summary or an issue).
pub fn markdown(rows: &[Row], style: &Style) -> String {
    layout::markdown::markdown(&sections(rows), style)
}

fn row_json(r: &Row, lang: Lang) -> Value {
    let deadline = next_deadline(r);
    json!({
        "path": r.path,
        "name": r.name,
        "name_en": r.name_en,
        "declared": r.declared,
        "declared_unknown": r.declared_unknown,
        "eligible": r.eligible,
        "holds": r.holds,
        "score": r.score,
        "scs": r.scs.map(|(met, total, ready)| json!({"met": met, "total": total, "ready": ready})),
        "last_review": r.last_review.as_ref().map(|l| json!({
            "ref": l.tag,
            "date": l.date.to_string(),
        })),
        "next_review": r.next_review.map(|d| d.to_string()),
        "review_overdue": r.review_overdue,
        "evidence_expiring": r.evidence_expiring,
        "evidence_expired": r.evidence_expired,
        "next_deadline": deadline.map(|d| json!({
            "date": d.date.to_string(),
            "kind": deadline_key(d),
            "what": deadline_kind(d).get(lang),
        })),
        "actions_overdue": r.actions_overdue,
        "errors": r.errors,
        "warnings": r.warnings,
        "practice": r.practice,
        "error": r.error.as_ref().map(|e| e.get(lang)),
        "first_error": r.first_error.as_ref().map(|f| finding(f, lang)),
        "review_note": r.review_note.as_ref().map(|n| n.get(lang)),
    })
}

/// `{"clients": [...]}` in path order, with the fields docs/portfolio.md lists: the bytes
/// of [`crate::render::json::document`] of the whole value, written one row at a time so
/// that the whole document is never held as a value.
pub fn json(rows: &[Row], today: Date, lang: Lang) -> String {
    let mut raw = String::from("{\n  \"as_of\": ");
    raw.push_str(&Value::String(today.to_string()).to_string());
    raw.push_str(",\n  \"clients\": [");
    for (i, r) in rows.iter().enumerate() {
        raw.push_str(if i == 0 { "\n" } else { ",\n" });
        let row = serde_json::to_string_pretty(&row_json(r, lang)).unwrap_or_default();
        // Two levels in: a string holds no raw newline, so every line is indented.
        for (j, line) in row.lines().enumerate() {
            if j > 0 {
                raw.push('\n');
            }
            raw.push_str("    ");
            raw.push_str(line);
        }
    }
    raw.push_str(if rows.is_empty() { "]\n}" } else { "\n  ]\n}" });
    crate::render::json::escaped(raw)
}

/// One CSV row per client in path order, with the JSON field names as headers.
pub fn csv(rows: &[Row], lang: Lang) -> String {
    let columns = [
        "path",
        "name",
        "declared",
        "eligible",
        "holds",
        "score",
        "last_review_ref",
        "last_review_date",
        "next_review",
        "review_overdue",
        "evidence_expiring",
        "evidence_expired",
        "next_deadline",
        "next_deadline_kind",
        "actions_overdue",
        "errors",
        "warnings",
        "practice",
        "error",
    ]
    .map(|h| Column::left(Text::same(h)))
    .to_vec();
    let opt = |v: Option<String>| Line::plain(v.unwrap_or_default());
    let line = |r: &Row| {
        let deadline = next_deadline(r);
        vec![
            Line::user(r.path.as_str()),
            Line::user(r.name.clone().unwrap_or_default()),
            opt(r
                .declared
                .map(|d| d.to_string())
                .or_else(|| r.declared_unknown.then(|| "unknown".to_owned()))),
            opt(r.eligible.map(|d| d.to_string())),
            opt(r.holds.map(|h| h.to_string())),
            opt(r.score.map(|s| s.to_string())),
            Line::user(
                r.last_review
                    .as_ref()
                    .map(|l| l.tag.clone())
                    .unwrap_or_default(),
            ),
            opt(r.last_review.as_ref().map(|l| l.date.to_string())),
            opt(r.next_review.map(|d| d.to_string())),
            Line::plain(r.review_overdue.to_string()),
            Line::plain(r.evidence_expiring.to_string()),
            Line::plain(r.evidence_expired.to_string()),
            opt(deadline.map(|d| d.date.to_string())),
            opt(deadline.map(|d| deadline_key(d).to_owned())),
            Line::plain(r.actions_overdue.to_string()),
            Line::plain(r.errors.to_string()),
            Line::plain(r.warnings.to_string()),
            Line::plain(r.practice.to_string()),
            note(r),
        ]
    };
    let each = |f: &mut dyn FnMut(&[Line])| rows.iter().for_each(|r| f(&line(r)));
    layout::csv::csv_of(&columns, &each, lang)
}
