//! Reviews recorded in git: the annotated tag `hoshi review` writes on HEAD, the record in
//! its message (format.md, "Review tags"), and the review tags of one client.

use git2::Oid;
use jiff::civil::Date;

use crate::error::Error;
use crate::evaluate::evaluation::{self, Evaluation};
use crate::evaluate::status::level_label;
use crate::history::repo::{Repo, ReviewTag, Signature};
use crate::lang::{Lang, Text};
use crate::text;

/// The hoshi version written into each record.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// What a review tag's message records, below its one-line summary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    pub reviewer: Option<String>,
    pub date: Option<String>,
    /// The eligible level at the tagged commit.
    pub level: Option<u8>,
    /// The declared level; `None` when nothing was declared.
    pub declared: Option<u8>,
    pub score: Option<i32>,
    pub digest: Option<String>,
    pub hoshi: Option<String>,
    /// The client folder inside the repository, when it is not the top (a consultant's
    /// repository with a folder per client), so one client never takes another's review.
    pub client: Option<String>,
}

impl Record {
    /// The tag message: the summary on one line, a blank line, then the record as YAML.
    pub fn message(&self, summary: &str) -> String {
        let summary: String = summary
            .split(['\n', '\r'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let text = |v: &Option<String>| v.as_deref().map_or("null".to_owned(), scalar);
        let number = |v: Option<i64>| v.map_or("null".to_owned(), |n| n.to_string());
        let mut out = format!("{summary}\n\n");
        out.push_str(&format!("reviewer: {}\n", text(&self.reviewer)));
        out.push_str(&format!("date: {}\n", text(&self.date)));
        out.push_str(&format!("level: {}\n", number(self.level.map(i64::from))));
        out.push_str(&format!(
            "declared: {}\n",
            number(self.declared.map(i64::from))
        ));
        out.push_str(&format!("score: {}\n", number(self.score.map(i64::from))));
        out.push_str(&format!("digest: {}\n", text(&self.digest)));
        out.push_str(&format!("hoshi: {}\n", text(&self.hoshi)));
        if let Some(client) = &self.client {
            out.push_str(&format!("client: {}\n", scalar(client)));
        }
        out
    }

    /// Reads the record from a tag message; `None` when the message has none (a tag
    /// written by hand). A trailing signature block is ignored.
    pub fn parse(message: &str) -> Option<Record> {
        let message = message.replace("\r\n", "\n");
        let body = message.split_once("\n\n")?.1;
        let body = body
            .find("-----BEGIN ")
            .map_or(body, |at| body.get(..at).unwrap_or(body));
        let loaded = crate::load::yaml::load(body.as_bytes());
        let value = loaded.document?.value;
        let map = value.as_object()?;
        let text = |k: &str| {
            map.get(k).and_then(|v| match v {
                serde_json::Value::String(s) => Some(s.clone()),
                serde_json::Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
        };
        let int = |k: &str| map.get(k).and_then(serde_json::Value::as_i64);
        let record = Record {
            reviewer: text("reviewer"),
            date: text("date").filter(|d| d.parse::<Date>().is_ok()),
            level: int("level").and_then(|n| u8::try_from(n).ok()),
            declared: int("declared").and_then(|n| u8::try_from(n).ok()),
            score: int("score").and_then(|n| i32::try_from(n).ok()),
            digest: text("digest"),
            hoshi: text("hoshi"),
            client: text("client"),
        };
        (record.level.is_some() || record.digest.is_some()).then_some(record)
    }
}

/// A text as a YAML scalar: plain when that reads back as the same text, else quoted.
fn scalar(s: &str) -> String {
    let plain =
        s.chars().next().is_some_and(|c| {
            c.is_alphabetic() || (c.is_ascii_digit() && s.parse::<f64>().is_err())
        }) && !s.ends_with(char::is_whitespace)
            && !s.contains(": ")
            && !s.contains(" #")
            && !s.ends_with(':')
            && s.chars().all(|c| {
                !c.is_control()
                    && (!c.is_ascii() || c.is_ascii_alphanumeric() || " .-_()/+@:,'".contains(c))
            })
            && !matches!(
                s.to_ascii_lowercase().as_str(),
                "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n" | "nan" | "inf"
            );
    if plain {
        s.to_owned()
    } else {
        serde_json::Value::String(s.to_owned()).to_string()
    }
}

/// A review tag of one client, with its record when the message has one.
#[derive(Debug, Clone)]
pub struct Review {
    pub tag: ReviewTag,
    pub record: Option<Record>,
}

impl From<ReviewTag> for Review {
    fn from(tag: ReviewTag) -> Review {
        let record = tag.message.as_deref().and_then(Record::parse);
        Review { tag, record }
    }
}

impl Review {
    /// The day of the review: the record's date, else the date in the tag's name
    /// (`review/2026-04-25-2`), else the commit's day.
    pub fn day(&self) -> Date {
        self.record
            .as_ref()
            .and_then(|r| r.date.as_deref())
            .and_then(|d| d.parse().ok())
            .or_else(|| date_in(&self.tag.name))
            .unwrap_or(self.tag.day)
    }
}

/// The last `YYYY-MM-DD` in a tag name.
fn date_in(name: &str) -> Option<Date> {
    let bytes = name.as_bytes();
    (0..bytes.len().saturating_sub(9))
        .rev()
        .filter(|&i| bytes[i].is_ascii_digit())
        .find_map(|i| name.get(i..i + 10)?.parse().ok())
}

/// The review tags of the client at `repo.prefix` reachable from `head`, newest first,
/// with their records (see [`Repo::review_tags`]).
pub fn reviews(repo: &Repo, prefix: &str, head: Oid) -> Result<Vec<Review>, Error> {
    Ok(repo
        .review_tags(prefix, head)?
        .into_iter()
        .map(Review::from)
        .collect())
}

/// The newest review of the client reachable from `head`: the base of `hoshi diff`.
pub fn last_review(repo: &Repo, prefix: &str, head: Oid) -> Result<Option<Review>, Error> {
    Ok(repo.last_review_tag(prefix, head)?.map(Review::from))
}

/// The review a named tag records, if `name` is a tag.
pub fn review_named(repo: &Repo, name: &str) -> Option<Review> {
    repo.tag(name).map(Review::from)
}

/// What `hoshi review` is asked to record.
#[derive(Debug, Clone)]
pub struct Request {
    pub reviewer: String,
    /// The review date (the tag's name and record); the files are evaluated as of it.
    pub date: Date,
    /// The one-line summary; a default in `lang` when `None`.
    pub summary: Option<String>,
    pub lang: Lang,
    /// Seconds since the epoch and minutes east of UTC, for the tagger line.
    pub now: i64,
    pub offset_minutes: i32,
}

/// What came of a review.
#[derive(Debug)]
pub enum Outcome {
    /// Files under the client root differ from HEAD; nothing was written.
    Uncommitted(Vec<String>),
    /// HEAD's files have errors (or the declaration does not hold); nothing was written.
    Invalid(Box<Evaluation>),
    /// The tag was written.
    Tagged(Box<Tagged>),
}

/// A written review tag.
#[derive(Debug)]
pub struct Tagged {
    pub name: String,
    pub commit: Oid,
    pub record: Record,
    pub message: String,
    pub evaluation: Evaluation,
}

/// Records a review of HEAD: refuses uncommitted changes under the client root, then
/// validates HEAD's files (what the tag will point at), then writes the tag.
pub fn review(repo: &Repo, req: &Request) -> Result<Outcome, Error> {
    let head = repo.head()?;
    let dirty = repo.uncommitted()?;
    if !dirty.is_empty() {
        return Ok(Outcome::Uncommitted(dirty));
    }
    let source = repo.source_at(head)?;
    let evaluation = evaluation::evaluate(&source, req.date).map_err(|e| match e {
        crate::load::client::ReadError::NotAClient => not_committed(repo),
        crate::load::client::ReadError::Io(file, e) => Error::io(file, e),
    })?;
    if evaluation.status.has_errors() {
        return Ok(Outcome::Invalid(Box::new(evaluation)));
    }
    let s = &evaluation.status;
    let record = Record {
        reviewer: Some(req.reviewer.clone()),
        date: Some(req.date.to_string()),
        level: Some(s.eligibility.level),
        declared: s.declaration.as_ref().map(|d| d.level),
        score: s.score.as_ref().map(|sc| sc.total),
        digest: Some(s.digest.clone()),
        hoshi: Some(VERSION.to_owned()),
        client: (!repo.prefix.is_empty()).then(|| repo.prefix.clone()),
    };
    let summary = match &req.summary {
        Some(m) => m.clone(),
        None => default_summary(&evaluation, &req.reviewer, req.date)
            .get(req.lang)
            .to_owned(),
    };
    let message = record.message(&summary);
    let (name, email) = repo.tagger(&req.reviewer);
    let tagger = Signature {
        name,
        email,
        time: req.now,
        offset_minutes: req.offset_minutes,
    };
    let base = format!("{}{}", evaluation.tag_prefix(), req.date);
    let name = repo.create_tag(&base, head, &tagger, &message)?;
    Ok(Outcome::Tagged(Box::new(Tagged {
        name,
        commit: head,
        record,
        message,
        evaluation,
    })))
}

fn not_committed(repo: &Repo) -> Error {
    let at = if repo.prefix.is_empty() {
        ".".to_owned()
    } else {
        repo.prefix.clone()
    };
    Error::Refused(text!(
        "HEAD のコミットに {at}/hoshi.yaml がありません。クライアントのファイルをコミットしてから見直しを記録してください",
        "HEAD has no {at}/hoshi.yaml; commit the client files before recording a review"
    ))
}

/// `2026-11-26 の見直し（佐藤 花子）: ★★ 二つ星、88 点`.
pub fn default_summary(e: &Evaluation, reviewer: &str, date: Date) -> Text {
    let s = &e.status;
    let level = if s.eligibility.level == 0 {
        text!("星なし", "no star")
    } else {
        level_label(&s.eligibility, s.eligibility.level)
    };
    let (lja, len) = (&level.ja, &level.en);
    match s.score.as_ref().map(|sc| sc.total) {
        Some(score) => text!(
            "{date} の見直し（{reviewer}）: {lja}、{score} 点",
            "Review of {date} by {reviewer}: {len}, score {score}"
        ),
        None => text!(
            "{date} の見直し（{reviewer}）: {lja}",
            "Review of {date} by {reviewer}: {len}"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> Record {
        Record {
            reviewer: Some("佐藤 花子".to_owned()),
            date: Some("2026-04-25".to_owned()),
            level: Some(2),
            declared: Some(2),
            score: Some(78),
            digest: Some("sha256:abc".to_owned()),
            hoshi: Some("0.3.0".to_owned()),
            client: None,
        }
    }

    #[test]
    fn the_message_is_a_summary_a_blank_line_and_yaml() {
        let m = record().message("Review\nof today");
        assert_eq!(
            m,
            "Review of today\n\nreviewer: 佐藤 花子\ndate: 2026-04-25\nlevel: 2\ndeclared: 2\nscore: 78\ndigest: sha256:abc\nhoshi: 0.3.0\n"
        );
        assert_eq!(Record::parse(&m), Some(record()));
    }

    #[test]
    fn awkward_names_are_quoted_and_read_back() {
        for name in [
            "yes",
            "#1 reviewer",
            "a: b",
            "  padded",
            "\"quoted\"",
            "- dash",
            "123",
            "Dr. O'Brien",
            "佐藤　花子",
        ] {
            let r = Record {
                reviewer: Some(name.to_owned()),
                declared: None,
                client: Some("clients/minato".to_owned()),
                ..record()
            };
            let back = Record::parse(&r.message("s")).expect("parses");
            assert_eq!(back.reviewer.as_deref(), Some(name), "{name}");
            assert_eq!(back.declared, None);
            assert_eq!(back.client.as_deref(), Some("clients/minato"));
        }
    }

    #[test]
    fn the_day_is_found_in_the_tag_name() {
        assert_eq!(
            date_in("review/2026-04-25"),
            Some(jiff::civil::date(2026, 4, 25))
        );
        assert_eq!(
            date_in("review/a/2026-04-25-2"),
            Some(jiff::civil::date(2026, 4, 25))
        );
        assert_eq!(date_in("review/2026-02-30"), None);
        assert_eq!(date_in("v1"), None);
    }

    #[test]
    fn hand_written_messages_have_no_record() {
        assert_eq!(Record::parse("Reviewed with the client"), None);
        assert_eq!(Record::parse("Reviewed\n\nall good, see minutes"), None);
        let signed = format!(
            "{}-----BEGIN PGP SIGNATURE-----\nabc\n-----END PGP SIGNATURE-----\n",
            record().message("s")
        );
        assert_eq!(Record::parse(&signed), Some(record()));
    }

    #[test]
    fn the_day_is_the_record_s_then_the_name_s_then_the_commit_s() {
        let tag = |name: &str, message: Option<String>| ReviewTag {
            name: name.to_owned(),
            commit: Oid::ZERO_SHA1,
            time: 0,
            day: jiff::civil::date(2026, 5, 1),
            message,
        };
        let recorded = Review::from(tag("review/2026-04-30", Some(record().message("s"))));
        assert_eq!(recorded.day(), jiff::civil::date(2026, 4, 25));
        let by_hand = Review::from(tag("review/2026-04-30-2", Some("ok".to_owned())));
        assert_eq!(by_hand.record, None);
        assert_eq!(by_hand.day(), jiff::civil::date(2026, 4, 30));
        assert_eq!(
            Review::from(tag("review/latest", None)).day(),
            jiff::civil::date(2026, 5, 1)
        );
    }
}
