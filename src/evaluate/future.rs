//! Dates that have not happened yet. A declaration, a diagnosis, a collection of evidence,
//! a policy's establishment, revision or publication can only lie in the past (or today):
//! one written ahead is a mistake, or a claim made before it is true.
//!
//! The core does not read the clock; the caller passes today's date (`HOSHI_TODAY` pins
//! it for tests). Due dates and validity ends are meant to be ahead and are not checked.

use jiff::civil::Date;

use crate::finding::{Code, Finding};
use crate::model::files::FileKind;
use crate::text;
use crate::validate::client::Client;

/// A located error for each past-only date of the typed files that is after `today`.
pub fn check(client: &Client, today: Date) -> Vec<Finding> {
    let mut dates: Vec<(FileKind, String, &str)> = Vec::new();
    if let Some(d) = client.profile.as_ref().and_then(|p| p.declaration.as_ref()) {
        dates.push((
            FileKind::Hoshi,
            "/declaration/declared_on".into(),
            &d.declared_on,
        ));
    }
    dates.extend(crate::scs::result::past_dates(client));
    if let Some(d) = &client.diagnosis {
        dates.push((FileKind::Diagnosis, "/assessed_on".into(), &d.assessed_on));
    }
    if let Some(p) = &client.policy {
        dates.push((
            FileKind::Policy,
            "/established_on".into(),
            &p.established_on,
        ));
        for (i, r) in p.revisions.iter().enumerate() {
            dates.push((FileKind::Policy, format!("/revisions/{i}/date"), &r.date));
        }
        if let Some(x) = &p.publication {
            dates.push((
                FileKind::Policy,
                "/publication/published_on".into(),
                &x.published_on,
            ));
        }
    }
    if let Some(r) = &client.evidence {
        for (i, item) in r.evidence.iter().enumerate() {
            dates.push((
                FileKind::Evidence,
                format!("/evidence/{i}/collected_on"),
                &item.collected_on,
            ));
        }
    }
    if let Some(scs) = &client.scs {
        dates.extend(crate::validate::scs::past_dates(scs));
    }
    dates
        .into_iter()
        .filter_map(|(kind, path, value)| {
            let date = value.parse::<Date>().ok().filter(|d| *d > today)?;
            let key = path.rsplit('/').next().unwrap_or_default().to_owned();
            let pos = client.document(kind).and_then(|d| d.value_pos(&path));
            Some(
                Finding::new(
                    Code::DateInFuture,
                    kind.file_name(),
                    pos,
                    &path,
                    text!(
                        "{key} の {date} は今日（{today}）より後の日付です",
                        "{key} {date} is after today ({today})"
                    ),
                )
                .with_hint(text!(
                    "実際にその日が来てから、その日の日付を書いてください",
                    "write the day it actually happened, once it has"
                )),
            )
        })
        .collect()
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

    #[test]
    fn every_past_only_date_after_today_is_an_error_at_its_value() {
        let client = example();
        assert!(check(&client, date(2026, 11, 26)).is_empty());
        let found = check(&client, date(2026, 4, 1));
        let paths: Vec<&str> = found.iter().map(|f| f.path.as_str()).collect();
        assert!(paths.contains(&"/declaration/declared_on"), "{paths:?}");
        assert!(paths.contains(&"/assessed_on"), "{paths:?}");
        assert!(paths.contains(&"/evidence/0/collected_on"), "{paths:?}");
        assert!(found.iter().all(|f| f.is_error() && f.pos.is_some()));
    }
}
