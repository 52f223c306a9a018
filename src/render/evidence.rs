//! `hoshi evidence add|check|list` output.

use std::fmt::Write;

use serde_json::{Value, json};

use crate::evidence::add::{Plan, Validity};
use crate::evidence::register::{FileState, Freshness, Item, Register};
use crate::lang::{Lang, clip};
use crate::model::Audience;
use crate::render::json::finding;
use crate::render::table::{Align, Cell, Table};
use crate::render::{Style, text};

const GREEN: &str = "\x1b[32m";
const RED: &str = "\x1b[31m";
const YELLOW: &str = "\x1b[33m";

/// The longest title shown in a text table, in characters.
const TITLE_WIDTH: usize = 32;

fn pretty(value: &Value) -> String {
    let mut s = serde_json::to_string_pretty(value).unwrap_or_default();
    s.push('\n');
    s
}

pub fn audience(a: Audience) -> &'static str {
    match a {
        Audience::Public => "public",
        Audience::Partners => "partners",
        Audience::Internal => "internal",
    }
}

/// What `evidence add` did, for people.
pub fn added_text(plan: &Plan, style: &Style) -> String {
    let e = &plan.entry;
    let (id, file) = (&e.id, &e.file);
    let path = style.display_path("evidence.yaml");
    let mut out = match (style.lang, plan.before.is_some()) {
        (Lang::Ja, true) => format!("✓ 証跡 {id}（{file}）を {path} に追加しました\n"),
        (Lang::Ja, false) => format!("✓ {path} を作成し、証跡 {id}（{file}）を登録しました\n"),
        (Lang::En, true) => format!("✓ added evidence {id} ({file}) to {path}\n"),
        (Lang::En, false) => format!("✓ created {path} with evidence {id} ({file})\n"),
    };
    let _ = writeln!(out, "  sha256: {}", e.sha256);
    let validity = match (e.validity, style.lang) {
        (Some(Validity::Until(d)), Lang::Ja) => format!("{d} まで有効"),
        (Some(Validity::Until(d)), Lang::En) => format!("valid until {d}"),
        (Some(Validity::Months(n)), Lang::Ja) => format!("収集日から {n} か月有効"),
        (Some(Validity::Months(n)), Lang::En) => format!("valid for {n} months from collection"),
        (None, Lang::Ja) => "期限なし".to_owned(),
        (None, Lang::En) => "does not expire".to_owned(),
    };
    let _ = writeln!(
        out,
        "  collected_on: {}  ({validity}, visibility: {})",
        e.collected_on,
        audience(e.visibility)
    );
    if !plan.same_file_as.is_empty() {
        let ids = plan.same_file_as.join(", ");
        let _ = match style.lang {
            Lang::Ja => writeln!(out, "  注意: 同じファイルが {ids} としても登録されています"),
            Lang::En => writeln!(out, "  note: the same file is also registered as {ids}"),
        };
    }
    let _ = match style.lang {
        Lang::Ja => writeln!(
            out,
            "  principles.yaml や diagnosis.yaml の evidence: に {id} を書くと、その取組みの証跡になります"
        ),
        Lang::En => writeln!(
            out,
            "  cite it by adding {id} to an evidence: list in principles.yaml or diagnosis.yaml"
        ),
    };
    out
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
            "visibility": audience(e.visibility),
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
        "visibility": audience(i.visibility),
        "collected_on": i.collected_on,
        "age_days": i.age_days,
        "expires": i.expires.map(|d| d.to_string()),
        "days_left": i.days_left,
        "freshness": i.freshness.as_str(),
        "cited_by": i.cited_by,
        "state": i.file_state.as_str(),
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

/// `evidence check` for people: the findings as `validate` shows them, then one line.
pub fn check_text<'a>(
    r: &Register,
    source: impl Fn(&str) -> Option<&'a str>,
    style: &Style,
    quiet: bool,
) -> String {
    let mut out = text::findings(&r.findings, source, style);
    if quiet {
        return out;
    }
    let c = counts(r);
    let n = r.items.len();
    let bad = r.has_problems();
    let mark = match (bad, style.color) {
        (false, true) => format!("{GREEN}✓\x1b[0m"),
        (false, false) => "✓".to_owned(),
        (true, true) => format!("{RED}✗\x1b[0m"),
        (true, false) => "✗".to_owned(),
    };
    if !r.readable {
        let _ = match style.lang {
            Lang::Ja => writeln!(
                out,
                "{mark} evidence.yaml を読めないため、証跡を確認できません"
            ),
            Lang::En => writeln!(
                out,
                "{mark} evidence.yaml cannot be read, so no evidence was checked"
            ),
        };
        return out;
    }
    let Counts {
        files_ok,
        missing,
        changed,
        other,
        expired,
        expiring,
    } = c;
    let parts: Vec<String> = [
        (missing, "見つからない", "missing"),
        (changed, "変更あり", "changed"),
        (other, "その他の問題", "other problems"),
        (expired, "期限切れ", "expired"),
        (expiring, "期限間近", "expiring soon"),
    ]
    .iter()
    .filter(|(n, _, _)| *n > 0)
    .map(|(n, ja, en)| match style.lang {
        Lang::Ja => format!("{ja} {n}"),
        Lang::En => format!("{n} {en}"),
    })
    .collect();
    let _ = match (parts.is_empty(), style.lang) {
        (true, Lang::Ja) => writeln!(
            out,
            "{mark} 証跡 {n} 件を確認しました（ファイル {files_ok} 件の sha256 が一致、期限切れなし）"
        ),
        (true, Lang::En) => writeln!(
            out,
            "{mark} checked {n} evidence item(s): {files_ok} file(s) match their sha256, none expired"
        ),
        (false, Lang::Ja) => writeln!(
            out,
            "{mark} 証跡 {n} 件: {}（sha256 が一致したファイル {files_ok} 件）",
            parts.join("、")
        ),
        (false, Lang::En) => writeln!(
            out,
            "{mark} {n} evidence item(s): {} ({files_ok} file(s) match their sha256)",
            parts.join(", ")
        ),
    };
    out
}

/// `evidence check --format json`.
pub fn check_json(r: &Register, lang: Lang) -> String {
    pretty(&json!({
        "ok": !r.has_problems(),
        "items": r.items.iter().map(|i| item_json(i, lang)).collect::<Vec<_>>(),
        "findings": r.findings.iter().map(|f| finding(f, lang)).collect::<Vec<_>>(),
    }))
}

fn freshness_text(i: &Item, lang: Lang) -> (String, Option<&'static str>) {
    let left = i.days_left.unwrap_or(0);
    match (i.freshness, lang) {
        (Freshness::NoExpiry, Lang::Ja) => ("期限なし".to_owned(), None),
        (Freshness::NoExpiry, Lang::En) => ("no expiry".to_owned(), None),
        (Freshness::Valid, Lang::Ja) => ("有効".to_owned(), Some(GREEN)),
        (Freshness::Valid, Lang::En) => ("valid".to_owned(), Some(GREEN)),
        (Freshness::Expiring, Lang::Ja) => (format!("期限間近（あと{left}日）"), Some(YELLOW)),
        (Freshness::Expiring, Lang::En) => (format!("expiring ({left} d left)"), Some(YELLOW)),
        (Freshness::Expired, Lang::Ja) => (format!("期限切れ（{}日超過）", -left), Some(RED)),
        (Freshness::Expired, Lang::En) => (format!("expired ({} d ago)", -left), Some(RED)),
    }
}

fn list_table(r: &Register, lang: Lang, clip_titles: bool) -> Table {
    let headers: &[&str] = match lang {
        Lang::Ja => &[
            "ID",
            "タイトル",
            "収集日",
            "経過",
            "有効期限",
            "状態",
            "公開範囲",
            "引用",
        ],
        Lang::En => &[
            "ID",
            "Title",
            "Collected",
            "Age",
            "Expires",
            "State",
            "Visibility",
            "Cited by",
        ],
    };
    use Align::{Left, Right};
    let mut t = Table::new(headers, &[Left, Left, Left, Right, Left, Left, Left, Left]);
    for i in &r.items {
        let title = if clip_titles {
            clip(&i.title, TITLE_WIDTH)
        } else {
            i.title.clone()
        };
        let age = match (i.age_days, lang) {
            (Some(d), Lang::Ja) => format!("{d}日"),
            (Some(d), Lang::En) => format!("{d} d"),
            (None, _) => "—".to_owned(),
        };
        let (state, color) = freshness_text(i, lang);
        let cited = if i.cited_by.is_empty() {
            let none = match lang {
                Lang::Ja => "⚠ 引用なし",
                Lang::En => "⚠ not cited",
            };
            Cell::colored(none, Some(YELLOW))
        } else {
            Cell::new(i.cited_by.join(", "))
        };
        t.push(vec![
            Cell::new(i.id.clone()),
            Cell::new(title),
            Cell::new(i.collected_on.clone()),
            Cell::new(age),
            Cell::new(i.expires.map_or_else(|| "—".to_owned(), |d| d.to_string())),
            Cell::colored(state, color),
            Cell::new(audience(i.visibility)),
            cited,
        ]);
    }
    t
}

fn list_summary(r: &Register, lang: Lang) -> String {
    let n = r.items.len();
    let uncited: Vec<&str> = r.uncited().map(|i| i.id.as_str()).collect();
    match (uncited.is_empty(), lang) {
        (true, Lang::Ja) => format!("証跡 {n} 件。すべて原則か設問から引用されています\n"),
        (true, Lang::En) => format!("{n} evidence item(s), all cited by a principle or question\n"),
        (false, Lang::Ja) => format!(
            "証跡 {n} 件。どこからも引用されていない証跡が {} 件あります: {}（principles.yaml か diagnosis.yaml の evidence: に書くか、不要なら削除してください）\n",
            uncited.len(),
            uncited.join(", ")
        ),
        (false, Lang::En) => format!(
            "{n} evidence item(s); {} cited by nothing: {} (cite it in an evidence: list of principles.yaml or diagnosis.yaml, or remove it)\n",
            uncited.len(),
            uncited.join(", ")
        ),
    }
}

/// `evidence list` for people.
pub fn list_text<'a>(
    r: &Register,
    source: impl Fn(&str) -> Option<&'a str>,
    style: &Style,
) -> String {
    if !r.readable {
        return text::findings(&r.findings, source, style);
    }
    let mut out = list_table(r, style.lang, true).text(style.color);
    out.push('\n');
    out.push_str(&list_summary(r, style.lang));
    out
}

/// `evidence list --format json`.
pub fn list_json(r: &Register, lang: Lang) -> String {
    pretty(&json!({
        "evidence": r.items.iter().map(|i| {
            let mut v = item_json(i, lang);
            if let Some(m) = v.as_object_mut() {
                // The list does not look at files.
                m.remove("state");
                m.remove("actual_sha256");
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
    use Align::Left;
    let mut t = Table::new(
        &[
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
            "cited_by",
        ],
        &[Left; 11],
    );
    let num = |n: Option<i32>| n.map_or_else(String::new, |n| n.to_string());
    for i in &r.items {
        t.push(vec![
            Cell::new(i.id.clone()),
            Cell::new(i.title.clone()),
            Cell::new(i.file.clone().unwrap_or_default()),
            Cell::new(i.url.clone().unwrap_or_default()),
            Cell::new(audience(i.visibility)),
            Cell::new(i.collected_on.clone()),
            Cell::new(num(i.age_days)),
            Cell::new(i.expires.map_or_else(String::new, |d| d.to_string())),
            Cell::new(num(i.days_left)),
            Cell::new(i.freshness.as_str()),
            Cell::new(i.cited_by.join(" ")),
        ]);
    }
    t.csv()
}

/// `evidence list --format markdown`.
pub fn list_markdown(r: &Register, style: &Style) -> String {
    let mut out = list_table(r, style.lang, false).markdown();
    out.push('\n');
    out.push_str(&crate::render::status_markdown::escape(
        list_summary(r, style.lang).trim_end(),
    ));
    out.push('\n');
    out
}
