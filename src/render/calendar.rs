//! `hoshi portfolio --calendar`: every due date of every client as an iCalendar file
//! (RFC 5545) that Google Calendar and Outlook import.
//!
//! All-day events (`DTSTART;VALUE=DATE`, `DTEND` the next day), each with a reminder
//! (`VALARM`) seven days before. A date already past is put on today, marked overdue; a
//! client never reviewed gets its first review today. Each event's UID is derived
//! from the client's path and what is due (not the date), so importing a newer file
//! updates an event instead of duplicating it. `DTSTAMP` is midnight UTC of `today`, so
//! the same input gives the same bytes. Lines end in CRLF and are folded at 75 octets;
//! text values escape `\`, `;`, `,` and line breaks.

use sha2::{Digest, Sha256};

use jiff::civil::Date;

use crate::lang::{Lang, Text};
use crate::portfolio::{DueKind, Row};
use crate::source::hex;
use crate::text;

/// Longest line in octets, without the CRLF (RFC 5545 §3.1).
const FOLD: usize = 75;

/// Escapes a TEXT value (RFC 5545 §3.3.11); other control characters are dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line: at most 75 octets per line, continuation lines start with a
/// space, and a UTF-8 character is never split.
pub fn fold(line: &str, out: &mut String) {
    let mut rest = line;
    let mut limit = FOLD;
    loop {
        if rest.len() <= limit {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        // The leading space counts toward the next line's 75 octets.
        limit = FOLD - 1;
    }
}

fn uid(path: &str, key: &str) -> String {
    let digest = Sha256::digest(format!("{path}\0{key}").as_bytes());
    format!("{}-{}@hoshi", key_slug(key), &hex(&digest)[..20])
}

/// The kind of event in a UID, for a human reading the file.
fn key_slug(key: &str) -> &str {
    key.split(':').next().unwrap_or("due")
}

fn compact(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

struct Event {
    date: Date,
    uid: String,
    summary: String,
    description: String,
}

/// How long before each event its reminder (VALARM) fires, unless `--remind-days` says.
pub const ALARM_DAYS: u32 = 7;

fn events(rows: &[Row], today: Date, lang: Lang) -> Vec<Event> {
    let mut out = Vec::new();
    for r in rows {
        let nj = r.name_in(Lang::Ja).unwrap_or(&r.path);
        let ne = r.name_in(Lang::En).unwrap_or(&r.path);
        // A client never reviewed has no next review: its first review is due today.
        let never_reviewed = r.error.is_none()
            && r.review_settings.is_some()
            && r.last_review.is_none()
            && !r
                .due
                .iter()
                .any(|d| matches!(d.what, DueKind::Review { .. }));
        if never_reviewed {
            let path = &r.path;
            out.push(Event {
                date: today,
                // The key of the review event, so the next review replaces it once made.
                uid: uid(&r.path, "review"),
                summary: text!(
                    "【{nj}】SECURITY ACTION の初回の見直し",
                    "{ne}: first SECURITY ACTION review"
                )
                .get(lang)
                .to_owned(),
                description: text!(
                    "見直しの記録（review タグ）がまだありません。内容を確認して hoshi review で記録してください\nクライアント: {path}",
                    "no review has been recorded yet; go through the files and record one with hoshi review\nclient: {path}"
                )
                .get(lang)
                .to_owned(),
            });
        }
        for due in &r.due {
            let (key, summary, detail) = match &due.what {
                DueKind::Review { last } => (
                    "review".to_owned(),
                    text!(
                        "【{nj}】SECURITY ACTION の見直し期限",
                        "{ne}: SECURITY ACTION review due"
                    ),
                    match last {
                        Some(l) => {
                            let (date, tag) = (l.date, &l.tag);
                            text!(
                                "前回の見直し: {date} ({tag})",
                                "last review: {date} ({tag})"
                            )
                        }
                        None => Text::same(""),
                    },
                ),
                DueKind::Diagnosis { assessed_on } => (
                    "diagnosis".to_owned(),
                    text!(
                        "【{nj}】自社診断のやり直し",
                        "{ne}: self-diagnosis due again"
                    ),
                    text!(
                        "前回の自社診断: {assessed_on}。見直し間隔を過ぎる前に診断をやり直し、diagnosis.yaml の assessed_on を更新してください",
                        "last self-diagnosis: {assessed_on}; carry it out again before the review interval passes and update assessed_on in diagnosis.yaml"
                    ),
                ),
                DueKind::EvidenceExpiry { id, title } => (
                    format!("evidence:{id}"),
                    text!(
                        "【{nj}】証跡 {id} の有効期限",
                        "{ne}: evidence {id} expires"
                    ),
                    text!(
                        "{title}\nこの日まで有効です。新しい証跡を集めて差し替えてください",
                        "{title}\nlast valid day; collect it again and replace the file"
                    ),
                ),
                DueKind::Action {
                    question,
                    what,
                    owner,
                } => (
                    format!("action:{question}"),
                    text!(
                        "【{nj}】{question} 改善計画の期限: {what}",
                        "{ne}: improvement action for {question} due: {what}"
                    ),
                    owner
                        .as_ref()
                        .map_or(Text::same(""), |o| text!("担当: {o}", "owner: {o}")),
                ),
            };
            let path = &r.path;
            let client = text!("クライアント: {path}", "client: {path}");
            let (detail, client) = (detail.get(lang), client.get(lang));
            let mut description = if detail.is_empty() {
                client.to_owned()
            } else {
                format!("{detail}\n{client}")
            };
            // A date already past is shown today, as overdue, where it is still seen.
            let overdue = due.date < today;
            let (date, summary) = if overdue {
                let was = due.date;
                let (sj, se) = (&summary.ja, &summary.en);
                description = format!(
                    "{}\n{description}",
                    text!("期限は {was} でした", "it was due on {was}").get(lang)
                );
                (today, text!("【期限切れ】{sj}", "OVERDUE: {se}"))
            } else {
                (due.date, summary)
            };
            out.push(Event {
                date,
                uid: uid(&r.path, &key),
                summary: summary.get(lang).to_owned(),
                description,
            });
        }
    }
    out.sort_by(|a, b| (a.date, &a.uid).cmp(&(b.date, &b.uid)));
    out
}

/// The calendar of every due date of `rows`.
/// `remind_days`: how many days before each event its reminder fires; 0 for none.
pub fn ics(rows: &[Row], today: Date, lang: Lang, remind_days: u32) -> String {
    let mut out = String::new();
    let name = Text::new(
        "SECURITY ACTION 期限（hoshi）",
        "SECURITY ACTION due dates (hoshi)",
    );
    let name = name.get(lang);
    let language = lang.as_str().to_ascii_uppercase();
    for line in [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!("PRODID:-//hoshi//hoshi portfolio//{language}"),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        format!("X-WR-CALNAME:{}", escape(name)),
    ] {
        fold(&line, &mut out);
    }
    let stamp = format!("{}T000000Z", compact(today));
    for e in events(rows, today, lang) {
        let end = e.date.tomorrow().unwrap_or(e.date);
        let mut lines = vec![
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", e.uid),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", compact(e.date)),
            format!("DTEND;VALUE=DATE:{}", compact(end)),
            format!("SUMMARY:{}", escape(&e.summary)),
            format!("DESCRIPTION:{}", escape(&e.description)),
            "TRANSP:TRANSPARENT".to_owned(),
        ];
        if remind_days > 0 {
            lines.extend([
                "BEGIN:VALARM".to_owned(),
                "ACTION:DISPLAY".to_owned(),
                format!("TRIGGER:-P{remind_days}D"),
                format!("DESCRIPTION:{}", escape(&e.summary)),
                "END:VALARM".to_owned(),
            ]);
        }
        lines.push("END:VEVENT".to_owned());
        for line in lines {
            fold(&line, &mut out);
        }
    }
    fold("END:VCALENDAR", &mut out);
    out
}

/// Whether a file is a calendar hoshi wrote (its `PRODID` names hoshi), so `--calendar`
/// may replace it; anything else is left alone.
pub fn is_ours(bytes: &[u8]) -> bool {
    String::from_utf8_lossy(bytes)
        .lines()
        .any(|l| l.trim_end().starts_with("PRODID:-//hoshi//"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_values() {
        assert_eq!(escape("a,b;c\\d\r\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "証跡".repeat(30));
        fold(&line, &mut out);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{line}\r\n"));
    }

    #[test]
    fn short_lines_stay_whole() {
        let mut out = String::new();
        fold("BEGIN:VEVENT", &mut out);
        assert_eq!(out, "BEGIN:VEVENT\r\n");
    }
}
