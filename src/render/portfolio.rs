//! `hoshi portfolio` output: one row per client, in text, JSON, CSV or Markdown.

use jiff::civil::Date;
use serde_json::{Value, json};

use crate::lang::{Lang, clip};
use crate::portfolio::Row;
use crate::render::json::finding;
use crate::render::status_markdown;
use crate::render::table::{Align, Cell, Table};

const GREEN: &str = "\x1b[32m";
const RED: &str = "\x1b[31m";
const YELLOW: &str = "\x1b[33m";

/// The longest organisation name shown in a text table, in characters.
const NAME_WIDTH: usize = 24;

/// Rows sorted by urgency, the order people read them in.
pub fn by_urgency(rows: &[Row]) -> Vec<&Row> {
    let mut sorted: Vec<&Row> = rows.iter().collect();
    sorted.sort_by_cached_key(|r| r.urgency());
    sorted
}

fn stars(level: Option<u8>, lang: Lang) -> String {
    match (level, lang) {
        (Some(0), Lang::Ja) => "なし".to_owned(),
        (Some(0), Lang::En) => "none".to_owned(),
        (Some(n), _) => "★".repeat(usize::from(n)),
        (None, _) => "—".to_owned(),
    }
}

/// One line saying why a row needs attention, or nothing.
fn note(r: &Row, lang: Lang) -> String {
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

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (State::Bad, Lang::Ja) => "要対応",
            (State::Bad, Lang::En) => "needs action",
            (State::Warn, Lang::Ja) => "期限に注意",
            (State::Warn, Lang::En) => "due soon or overdue",
            (State::Ok, Lang::Ja) => "問題なし",
            (State::Ok, Lang::En) => "fine",
        }
    }

    fn color(self) -> &'static str {
        match self {
            State::Bad => RED,
            State::Warn => YELLOW,
            State::Ok => GREEN,
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
    /// `expired/expiring`.
    pub evidence: String,
    pub errors: usize,
    pub warnings: usize,
    pub reason: String,
}

/// The cells of one row in `lang`.
pub fn row_text(r: &Row, lang: Lang) -> RowText {
    let unreadable = r.error.is_some();
    let last_review = match (&r.last_review, &r.review_note, lang) {
        _ if unreadable => "—".to_owned(),
        (Some(l), _, _) => l.date.to_string(),
        (None, Some(_), Lang::Ja) => "記録なし（git 外）".to_owned(),
        (None, Some(_), Lang::En) => "no record (no git)".to_owned(),
        (None, None, Lang::Ja) => "未実施".to_owned(),
        (None, None, Lang::En) => "none yet".to_owned(),
    };
    let next_review = match (r.next_review, r.review_overdue, lang) {
        _ if unreadable => "—".to_owned(),
        (Some(d), true, Lang::Ja) => format!("{d} 超過"),
        (Some(d), true, Lang::En) => format!("{d} overdue"),
        (Some(d), false, _) => d.to_string(),
        (None, true, Lang::Ja) => "要見直し".to_owned(),
        (None, true, Lang::En) => "due now".to_owned(),
        (None, false, _) => "—".to_owned(),
    };
    let declared = match (r.holds, lang) {
        (Some(false), Lang::Ja) => format!("{} 不成立", stars(r.declared, lang)),
        (Some(false), Lang::En) => format!("{} NOT HELD", stars(r.declared, lang)),
        _ => stars(r.declared, lang),
    };
    RowText {
        state: State::of(r),
        path: r.path.clone(),
        name: r.name_in(lang).unwrap_or("—").to_owned(),
        declared,
        not_held: r.not_held(),
        eligible: if unreadable {
            "—".to_owned()
        } else {
            stars(r.eligible, lang)
        },
        score: r.score.map_or_else(|| "—".to_owned(), |s| s.to_string()),
        last_review,
        next_review,
        overdue: r.review_overdue && !unreadable,
        evidence: format!("{}/{}", r.evidence_expired, r.evidence_expiring),
        errors: r.errors,
        warnings: r.warnings,
        reason: note(r, lang),
    }
}

fn table(rows: &[&Row], lang: Lang, for_terminal: bool) -> Table {
    let headers: &[&str] = match lang {
        Lang::Ja => &[
            "",
            "クライアント",
            "名称",
            "宣言",
            "判定",
            "点数",
            "最終見直し",
            "次の見直し",
            "証跡 切れ/間近",
            "エラー",
            "警告",
            "理由",
        ],
        Lang::En => &[
            "",
            "Client",
            "Name",
            "Declared",
            "Eligible",
            "Score",
            "Last review",
            "Next review",
            "Evidence expired/soon",
            "Errors",
            "Warnings",
            "Reason",
        ],
    };
    use Align::{Left, Right};
    let mut t = Table::new(
        headers,
        &[
            Left, Left, Left, Left, Left, Right, Left, Left, Right, Right, Right, Left,
        ],
    );
    for r in rows {
        let x = row_text(r, lang);
        let name = if for_terminal {
            clip(&x.name, NAME_WIDTH)
        } else {
            x.name.clone()
        };
        let evidence_color = match (r.evidence_expired, r.evidence_expiring) {
            (0, 0) => None,
            (0, _) => Some(YELLOW),
            _ => Some(RED),
        };
        let count = |n: usize, c: &'static str| {
            Cell::colored(n.to_string(), if n > 0 { Some(c) } else { None })
        };
        t.push(vec![
            Cell::colored(x.state.mark(), Some(x.state.color())),
            Cell::new(x.path),
            Cell::new(name),
            Cell::colored(x.declared, x.not_held.then_some(RED)),
            Cell::new(x.eligible),
            Cell::new(x.score),
            Cell::new(x.last_review),
            Cell::colored(x.next_review, x.overdue.then_some(RED)),
            Cell::colored(x.evidence, evidence_color),
            count(x.errors, RED),
            count(x.warnings, YELLOW),
            Cell::new(x.reason),
        ]);
    }
    t
}

/// The closing line: how many clients need what.
pub fn summary(rows: &[Row], lang: Lang) -> String {
    let n = rows.len();
    let not_held = rows.iter().filter(|r| r.not_held()).count();
    let errors = rows.iter().filter(|r| r.has_errors()).count();
    let overdue = rows.iter().filter(|r| r.review_overdue).count();
    let evidence = rows
        .iter()
        .filter(|r| r.evidence_expired + r.evidence_expiring > 0)
        .count();
    match lang {
        Lang::Ja => format!(
            "クライアント {n} 件: 宣言が成り立たない {not_held}、エラーあり {errors}、見直し期限切れ {overdue}、証跡の期限切れ・間近 {evidence}\n"
        ),
        Lang::En => format!(
            "{n} client(s): {not_held} declaration(s) not held, {errors} with errors, {overdue} review(s) overdue, {evidence} with evidence expired or expiring\n"
        ),
    }
}

/// The table for a terminal, sorted by urgency, with a closing summary.
pub fn text(rows: &[Row], lang: Lang, color: bool) -> String {
    let mut out = table(&by_urgency(rows), lang, true).text(color);
    out.push('\n');
    out.push_str(&summary(rows, lang));
    out
}

/// A Markdown table sorted by urgency (for a job summary or an issue).
pub fn markdown(rows: &[Row], lang: Lang) -> String {
    let title = match lang {
        Lang::Ja => "## SECURITY ACTION クライアント一覧",
        Lang::En => "## SECURITY ACTION clients",
    };
    let mut out = format!("{title}\n\n");
    out.push_str(&table(&by_urgency(rows), lang, false).markdown());
    out.push('\n');
    out.push_str(&status_markdown::escape(summary(rows, lang).trim_end()));
    out.push('\n');
    out
}

fn row_json(r: &Row, lang: Lang) -> Value {
    json!({
        "path": r.path,
        "name": r.name,
        "name_en": r.name_en,
        "declared": r.declared,
        "eligible": r.eligible,
        "holds": r.holds,
        "score": r.score,
        "last_review": r.last_review.as_ref().map(|l| json!({
            "ref": l.tag,
            "date": l.date.to_string(),
        })),
        "next_review": r.next_review.map(|d| d.to_string()),
        "review_overdue": r.review_overdue,
        "evidence_expiring": r.evidence_expiring,
        "evidence_expired": r.evidence_expired,
        "errors": r.errors,
        "warnings": r.warnings,
        "error": r.error.as_ref().map(|e| e.get(lang)),
        "first_error": r.first_error.as_ref().map(|f| finding(f, lang)),
        "review_note": r.review_note.as_ref().map(|n| n.get(lang)),
    })
}

/// `{"clients": [...]}` in path order, as product.md names the fields.
pub fn json(rows: &[Row], today: Date, lang: Lang) -> String {
    let value = json!({
        "as_of": today.to_string(),
        "clients": rows.iter().map(|r| row_json(r, lang)).collect::<Vec<_>>(),
    });
    let mut s = serde_json::to_string_pretty(&value).unwrap_or_default();
    s.push('\n');
    s
}

/// One CSV row per client in path order, with the JSON field names as headers.
pub fn csv(rows: &[Row], lang: Lang) -> String {
    let headers = [
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
        "errors",
        "warnings",
        "error",
    ];
    let mut t = Table::new(&headers, &[Align::Left; 15]);
    let opt = |v: Option<String>| Cell::new(v.unwrap_or_default());
    for r in rows {
        t.push(vec![
            Cell::new(r.path.clone()),
            opt(r.name.clone()),
            opt(r.declared.map(|d| d.to_string())),
            opt(r.eligible.map(|d| d.to_string())),
            opt(r.holds.map(|h| h.to_string())),
            opt(r.score.map(|s| s.to_string())),
            opt(r.last_review.as_ref().map(|l| l.tag.clone())),
            opt(r.last_review.as_ref().map(|l| l.date.to_string())),
            opt(r.next_review.map(|d| d.to_string())),
            Cell::new(r.review_overdue.to_string()),
            Cell::new(r.evidence_expiring.to_string()),
            Cell::new(r.evidence_expired.to_string()),
            Cell::new(r.errors.to_string()),
            Cell::new(r.warnings.to_string()),
            Cell::new(note(r, lang)),
        ]);
    }
    t.csv()
}
