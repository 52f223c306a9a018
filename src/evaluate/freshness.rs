//! Freshness: what goes stale with time: evidence expired or about to expire, improvement
//! actions past their due date. (A diagnosis older than the review interval is a practice:
//! see [`crate::evaluate::practice`].)
//!
//! The core does not read the clock; the caller passes today's date.

use jiff::Span;
use jiff::civil::Date;

use crate::finding::{Code, Finding, Pos};
use crate::model::files::FileKind;
use crate::model::{Action, AnswerValue, Diagnosis, EvidenceItem};
use crate::text;
use crate::validate::client::Client;

/// Evidence expiring within this many days is reported before it expires.
pub const EXPIRY_WARNING_DAYS: i32 = 30;

pub use crate::model::add_months;

fn add_days(date: Date, days: i32) -> Option<Date> {
    let span = Span::new().try_days(i64::from(days)).ok()?;
    date.checked_add(span).ok()
}

fn at(client: &Client, kind: FileKind, pointer: &str) -> Option<Pos> {
    client.document(kind).and_then(|d| d.value_pos(pointer))
}

/// The last day an evidence item is valid, and the key that says so; `None`: no expiry.
pub fn expiry(item: &EvidenceItem) -> Option<(Date, &'static str)> {
    if let Some(until) = &item.valid_until {
        return until.parse().ok().map(|d| (d, "valid_until"));
    }
    let months = item.valid_for_months?;
    let collected: Date = item.collected_on.parse().ok()?;
    add_months(collected, months).map(|d| (d, "valid_for_months"))
}

/// Every freshness warning for the client's typed files.
pub fn check(client: &Client, today: Date) -> Vec<Finding> {
    let mut out = Vec::new();
    evidence(client, today, &mut out);
    actions(client, today, &mut out);
    out
}

fn evidence(client: &Client, today: Date, out: &mut Vec<Finding>) {
    let Some(register) = &client.evidence else {
        return;
    };
    let soon = add_days(today, EXPIRY_WARNING_DAYS);
    for (i, item) in register.evidence.iter().enumerate() {
        let Some((last, key)) = expiry(item) else {
            continue;
        };
        let path = format!("/evidence/{i}/{key}");
        let pos = at(client, FileKind::Evidence, &path);
        let id = &item.id;
        // Say where a computed date comes from.
        let (from_ja, from_en) = match (key, item.valid_for_months) {
            ("valid_for_months", Some(n)) => {
                let c = &item.collected_on;
                (
                    format!("（collected_on {c} から {n} か月）"),
                    format!(" ({n} months from collected_on {c})"),
                )
            }
            _ => (String::new(), String::new()),
        };
        let finding = if last < today {
            Finding::new(
                Code::EvidenceExpired,
                FileKind::Evidence.file_name(),
                pos,
                &path,
                text!(
                    "証跡 {id} の有効期限 {last}{from_ja}が過ぎています",
                    "evidence {id} expired on {last}{from_en}"
                ),
            )
        } else if soon.is_some_and(|soon| last <= soon) {
            let days = today.until(last).map_or(0, |s| s.get_days());
            Finding::new(
                Code::EvidenceExpiring,
                FileKind::Evidence.file_name(),
                pos,
                &path,
                text!(
                    "証跡 {id} の有効期限 {last}{from_ja}が近づいています（あと {days} 日）",
                    "evidence {id} expires on {last}{from_en}, in {days} day(s)"
                ),
            )
        } else {
            continue;
        };
        out.push(finding.with_hint(text!(
            "新しい証跡を集めてファイルを差し替え、collected_on と有効期限（valid_until / valid_for_months）を更新してください",
            "collect it again, replace the file, and update collected_on and its validity (valid_until / valid_for_months)"
        )));
    }
}

/// The improvement actions still open, with their due dates: an action of an implemented
/// (or not applicable) answer is done.
pub fn open_actions(d: &Diagnosis) -> impl Iterator<Item = (&str, &Action, Date)> {
    d.answers.iter().filter_map(|(qid, answer)| {
        if matches!(
            answer.answer,
            AnswerValue::Implemented | AnswerValue::NotApplicable
        ) {
            return None;
        }
        let action = answer.action.as_ref()?;
        let due = action.due.as_deref()?.parse::<Date>().ok()?;
        Some((qid.as_str(), action, due))
    })
}

fn actions(client: &Client, today: Date, out: &mut Vec<Finding>) {
    let Some(d) = &client.diagnosis else { return };
    for (qid, action, due) in open_actions(d) {
        if due >= today {
            continue;
        }
        let path = format!("/answers/{qid}/action/due");
        let what = &action.what;
        out.push(
            Finding::new(
                Code::ActionOverdue,
                FileKind::Diagnosis.file_name(),
                at(client, FileKind::Diagnosis, &path),
                &path,
                text!(
                    "{qid} の改善計画「{what}」の期限 {due} を過ぎています",
                    "the improvement action for {qid} (\"{what}\") was due on {due}"
                ),
            )
            .with_hint(text!(
                "終わっていれば回答を更新し、まだなら新しい期限を決めてください",
                "if it is done, update the answer; if not, set a new due date"
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::source::WorkTree;

    fn example() -> Client {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("example-repo");
        Client::read(&WorkTree::new(root)).expect("example-repo reads")
    }

    /// (code, path, line) of each finding.
    fn found(client: &Client, today: Date) -> Vec<(&'static str, String, u32)> {
        let mut f = check(client, today);
        crate::finding::sort(&mut f);
        f.into_iter()
            .map(|f| (f.code.as_str(), f.path, f.pos.map_or(0, |p| p.line)))
            .collect()
    }

    #[test]
    fn the_example_is_fresh_on_the_test_day() {
        assert_eq!(found(&example(), date(2026, 11, 26)), []);
    }

    #[test]
    fn an_action_is_overdue_the_day_after_it_was_due() {
        let c = example();
        assert_eq!(found(&c, date(2026, 12, 25)), []);
        assert_eq!(
            found(&c, date(2026, 12, 26)),
            [("action-overdue", "/answers/Q7/action/due".to_owned(), 20)]
        );
    }

    /// EV-002 is valid until 2027-01-31: reported from 30 days before, expired after.
    #[test]
    fn evidence_expiring_then_expired() {
        let c = example();
        let ev002 = |today| {
            check(&c, today)
                .into_iter()
                .filter(|f| f.path.starts_with("/evidence/1/"))
                .map(|f| (f.code.as_str(), f.message.en))
                .collect::<Vec<_>>()
        };
        assert_eq!(ev002(date(2026, 12, 31)), []);
        assert_eq!(
            ev002(date(2027, 1, 1)),
            [(
                "evidence-expiring",
                "evidence EV-002 expires on 2027-01-31, in 30 day(s)".to_owned()
            )]
        );
        assert_eq!(
            ev002(date(2027, 1, 31)),
            [(
                "evidence-expiring",
                "evidence EV-002 expires on 2027-01-31, in 0 day(s)".to_owned()
            )]
        );
        assert_eq!(
            ev002(date(2027, 2, 1)),
            [(
                "evidence-expired",
                "evidence EV-002 expired on 2027-01-31".to_owned()
            )]
        );
    }

    /// A year on, everything with a date has gone stale, each at its own line.
    #[test]
    fn a_year_later() {
        assert_eq!(
            found(&example(), date(2027, 4, 21)),
            [
                ("action-overdue", "/answers/Q7/action/due".to_owned(), 20),
                ("action-overdue", "/answers/Q12/action/due".to_owned(), 28),
                ("action-overdue", "/answers/Q23/action/due".to_owned(), 47),
                ("action-overdue", "/answers/Q24/action/due".to_owned(), 51),
                (
                    "evidence-expired",
                    "/evidence/0/valid_for_months".to_owned(),
                    11
                ),
                ("evidence-expired", "/evidence/1/valid_until".to_owned(), 19),
                (
                    "evidence-expired",
                    "/evidence/2/valid_for_months".to_owned(),
                    27
                ),
                ("evidence-expired", "/evidence/3/valid_until".to_owned(), 35),
            ]
        );
    }

    #[test]
    fn a_computed_expiry_says_where_it_comes_from() {
        let f = check(&example(), date(2027, 4, 16));
        let ev001: Vec<_> = f
            .iter()
            .filter(|f| f.path == "/evidence/0/valid_for_months")
            .map(|f| (f.message.en.as_str(), f.message.ja.as_str()))
            .collect();
        assert_eq!(
            ev001,
            [(
                "evidence EV-001 expired on 2027-04-15 (12 months from collected_on 2026-04-15)",
                "証跡 EV-001 の有効期限 2027-04-15（collected_on 2026-04-15 から 12 か月）が過ぎています"
            )]
        );
    }

    #[test]
    fn implemented_answers_have_no_overdue_action() {
        let mut c = example();
        if let Some(d) = c.diagnosis.as_mut().map(std::sync::Arc::make_mut)
            && let Some(a) = d.answers.get_mut("Q7")
        {
            a.answer = AnswerValue::Implemented;
        }
        assert_eq!(found(&c, date(2026, 12, 26)), []);
    }
}
