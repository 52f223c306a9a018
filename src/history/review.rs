//! Reviews recorded in git: the annotated tag `hoshi review` writes on HEAD, the record in
//! its message (format.md, "Review tags"), and the review tags of one client.

use git2::Oid;
use jiff::civil::Date;

use crate::error::Error;
use crate::evaluate::evaluation::Evaluation;
use crate::evaluate::facts::ReviewRecord;
use crate::evaluate::status::level_label;
use crate::history::repo::{Repo, Signature, TagRef};
use crate::lang::{Lang, Text};
use crate::load::yaml::scalar;
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

impl Record {
    /// What makes the record impossible for this scheme, if anything: a level (eligible or
    /// declared) the scheme does not have, or a score outside what the diagnosis can score.
    pub fn problem(&self) -> Option<Text> {
        let levels = &crate::evaluate::eligibility::get().levels;
        let known = |n: u8| n == 0 || levels.iter().any(|l| l.level == n);
        if let Some(n) = self.level.filter(|&n| !known(n)) {
            return Some(text!(
                "記録の level: {n} はこの制度にない段階です",
                "the record's level: {n} is not a level of the scheme"
            ));
        }
        if let Some(n) = self.declared.filter(|&n| n == 0 || !known(n)) {
            return Some(text!(
                "記録の declared: {n} はこの制度にない段階です",
                "the record's declared: {n} is not a level of the scheme"
            ));
        }
        let (min, max) = crate::model::catalogue::get().score_range();
        if let Some(n) = self.score.filter(|n| !(min..=max).contains(n)) {
            return Some(text!(
                "記録の score: {n} は {min}〜{max} の範囲外です",
                "the record's score: {n} is outside {min}..{max}"
            ));
        }
        None
    }
}

/// What a review tag's message says about the review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordState {
    /// No record: a tag written by hand (lightweight, or a message without one).
    Absent,
    /// A record whose values are within the scheme.
    Read(Record),
    /// A record that cannot be right (a level the scheme does not have, a score outside
    /// −25..100): shown as unreadable, never as what it claims.
    Unreadable(Text),
}

/// A review tag of one client, with what its message records.
#[derive(Debug, Clone)]
pub struct Review {
    pub tag: TagRef,
    pub record: RecordState,
}

impl Review {
    /// Reads a tag: its record parsed and checked against the scheme.
    pub fn read(tag: TagRef) -> Review {
        let record = match tag.message.as_deref().and_then(Record::parse) {
            None => RecordState::Absent,
            Some(r) => match r.problem() {
                None => RecordState::Read(r),
                Some(why) => RecordState::Unreadable(why),
            },
        };
        Review { tag, record }
    }

    /// The record, when it was read and is within the scheme.
    pub fn record(&self) -> Option<&Record> {
        match &self.record {
            RecordState::Read(r) => Some(r),
            _ => None,
        }
    }

    /// The client folder the record names (`client:`), readable or not.
    fn client(&self) -> Option<String> {
        match &self.record {
            RecordState::Read(r) => r.client.clone(),
            _ => self
                .tag
                .message
                .as_deref()
                .and_then(Record::parse)
                .and_then(|r| r.client),
        }
    }

    /// Whether this tag is a review of the client at `client` (a folder of the repository,
    /// `/`-separated, empty at the top): a record naming another folder is that client's.
    pub fn is_of(&self, client: &str) -> bool {
        self.client().is_none_or(|c| c == client)
    }

    /// The day of the review: the record's date, else the date in the tag's name
    /// (`review/2026-04-25-2`), else the commit's day.
    pub fn day(&self) -> Date {
        self.record()
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

/// Orders review tag names: by the date in the name, then the same-day suffix (`-2`, `-3`).
fn tag_order(name: &str, prefix: &str) -> (String, u32) {
    let rest = name.strip_prefix(prefix).unwrap_or(name);
    let date: String = rest.chars().take(10).collect();
    let suffix = rest
        .get(10..)
        .and_then(|s| s.strip_prefix('-'))
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    (date, suffix)
}

/// Above this many candidate review tags, reachability comes from one walk of the history.
const WALK_ABOVE: usize = 8;

/// Which client's reviews to read: its folder in the repository and its tag prefix.
#[derive(Debug, Clone, Copy)]
pub struct Whose<'a> {
    /// The client folder, `/`-separated, empty at the top ([`Repo::prefix`]).
    pub client: &'a str,
    /// `review.tag_prefix` of its hoshi.yaml.
    pub tag_prefix: &'a str,
}

/// The one reader of review tags: every tag read once, each client's reviews picked out of
/// them (its prefix, its `client:`), newest first, reachable from `head`.
pub struct ReviewTags<'r> {
    repo: &'r Repo,
    head: Oid,
    tags: Vec<Review>,
    ancestors: Option<std::collections::HashSet<Oid>>,
}

impl<'r> ReviewTags<'r> {
    /// Reads the tags under `name_prefix` (use `""` for every client of a repository).
    pub fn read(repo: &'r Repo, name_prefix: &str, head: Oid) -> Result<Self, Error> {
        let tags = repo
            .tags(name_prefix)?
            .into_iter()
            .map(Review::read)
            .collect();
        Ok(ReviewTags {
            repo,
            head,
            tags,
            ancestors: None,
        })
    }

    /// The reviews of one client, newest first; at most `limit`.
    pub fn of(&mut self, whose: Whose<'_>, limit: usize) -> Result<Vec<Review>, Error> {
        let mut mine: Vec<&Review> = self
            .tags
            .iter()
            .filter(|r| r.tag.name.starts_with(whose.tag_prefix) && r.is_of(whose.client))
            .collect();
        mine.sort_by(|a, b| {
            tag_order(&b.tag.name, whose.tag_prefix)
                .cmp(&tag_order(&a.tag.name, whose.tag_prefix))
                .then(b.tag.time.cmp(&a.tag.time))
        });
        // Many tags: one walk of the history answers them all; a few: ask per tag.
        if self.ancestors.is_none() && mine.len() > WALK_ABOVE && limit > 1 {
            self.ancestors = Some(self.repo.ancestors(self.head)?);
        }
        let mut out = Vec::new();
        for review in mine {
            if out.len() >= limit {
                break;
            }
            let reachable = match &self.ancestors {
                Some(set) => set.contains(&review.tag.commit),
                None => self.repo.reaches(self.head, review.tag.commit)?,
            };
            if reachable {
                out.push(review.clone());
            }
        }
        Ok(out)
    }
}

/// The review tags of the client at `repo.prefix` reachable from `head`, newest first.
pub fn reviews(repo: &Repo, tag_prefix: &str, head: Oid) -> Result<Vec<Review>, Error> {
    let whose = Whose {
        client: &repo.prefix,
        tag_prefix,
    };
    ReviewTags::read(repo, tag_prefix, head)?.of(whose, usize::MAX)
}

/// The newest review of the client reachable from `head`: the base of `hoshi diff`.
pub fn last_review(repo: &Repo, tag_prefix: &str, head: Oid) -> Result<Option<Review>, Error> {
    let whose = Whose {
        client: &repo.prefix,
        tag_prefix,
    };
    Ok(ReviewTags::read(repo, tag_prefix, head)?
        .of(whose, 1)?
        .into_iter()
        .next())
}

/// The review record of the client in `root` for the review practice: `None` where git is
/// not known (outside git, a shallow clone, no commit yet), so the practice is not judged.
pub fn review_record(root: &std::path::Path, prefix: &str) -> Option<ReviewRecord> {
    let repo = Repo::open(root).ok()?;
    let head = repo.head().ok()?;
    Some(match last_review(&repo, prefix, head).ok()? {
        Some(r) => ReviewRecord::Last {
            date: r.day(),
            name: r.tag.name,
        },
        None => ReviewRecord::None,
    })
}

/// The status of the client at `root` as `status`, `site` and the dashboard show it: with
/// the review practice judged from its git history where there is one, so that an overdue
/// review is a located warning everywhere, not only in `portfolio`.
pub fn status_with_review(
    root: &std::path::Path,
    v: &crate::validate::Validation,
    today: jiff::civil::Date,
) -> crate::evaluate::status::Status {
    let prefix = crate::evaluate::evaluation::tag_prefix(&v.client);
    let record = review_record(root, &prefix);
    crate::evaluate::status::evaluate_with_review(v, today, record.as_ref())
}

/// The review a named tag records, if `name` is a tag.
pub fn review_named(repo: &Repo, name: &str) -> Option<Review> {
    repo.tag(name).map(Review::read)
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
    let evaluation = crate::history::revision::evaluate(
        &source,
        "HEAD",
        req.date,
        &mut crate::validate::client::FileCache::default(),
    )?
    .ok_or_else(|| not_committed(repo))?;
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
    Error::History(text!(
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
        let tag = |name: &str, message: Option<String>| TagRef {
            name: name.to_owned(),
            commit: Oid::ZERO_SHA1,
            time: 0,
            day: jiff::civil::date(2026, 5, 1),
            message,
        };
        let recorded = Review::read(tag("review/2026-04-30", Some(record().message("s"))));
        assert_eq!(recorded.day(), jiff::civil::date(2026, 4, 25));
        let by_hand = Review::read(tag("review/2026-04-30-2", Some("ok".to_owned())));
        assert_eq!(by_hand.record, RecordState::Absent);
        assert_eq!(by_hand.day(), jiff::civil::date(2026, 4, 30));
        assert_eq!(
            Review::read(tag("review/latest", None)).day(),
            jiff::civil::date(2026, 5, 1)
        );
    }

    #[test]
    fn a_record_outside_the_scheme_is_unreadable_not_believed() {
        let tag = |message: String| TagRef {
            name: "review/2026-04-30".to_owned(),
            commit: Oid::ZERO_SHA1,
            time: 0,
            day: jiff::civil::date(2026, 5, 1),
            message: Some(message),
        };
        let nine = Record {
            level: Some(9),
            ..record()
        };
        let r = Review::read(tag(nine.message("s")));
        let RecordState::Unreadable(why) = &r.record else {
            panic!("level 9 was believed: {:?}", r.record);
        };
        assert_eq!(why.en, "the record's level: 9 is not a level of the scheme");
        assert_eq!(r.record(), None);
        // The date of an unreadable record is not trusted either: the name's is used.
        assert_eq!(r.day(), jiff::civil::date(2026, 4, 30));
        for (score, ok) in [(-25, true), (100, true), (-26, false), (101, false)] {
            let rec = Record {
                score: Some(score),
                ..record()
            };
            let read = Review::read(tag(rec.message("s")));
            assert_eq!(read.record().is_some(), ok, "score {score}");
        }
        let undeclared = Record {
            declared: Some(0),
            ..record()
        };
        assert!(matches!(
            Review::read(tag(undeclared.message("s"))).record,
            RecordState::Unreadable(_)
        ));
    }

    #[test]
    fn a_record_naming_another_client_folder_is_not_this_client_s() {
        let tag = |client: Option<&str>| {
            let rec = Record {
                client: client.map(str::to_owned),
                ..record()
            };
            Review::read(TagRef {
                name: "review/2026-04-30".to_owned(),
                commit: Oid::ZERO_SHA1,
                time: 0,
                day: jiff::civil::date(2026, 5, 1),
                message: Some(rec.message("s")),
            })
        };
        assert!(tag(Some("clients/a")).is_of("clients/a"));
        assert!(!tag(Some("clients/a")).is_of("clients/b"));
        assert!(!tag(Some("clients/a")).is_of(""));
        // A record without `client:` (a repository of one client) belongs to any.
        assert!(tag(None).is_of("clients/b"));
    }

    #[test]
    fn same_day_suffixes_sort_numerically() {
        let mut names = [
            "review/2026-04-25-10",
            "review/2026-04-25",
            "review/2026-04-25-2",
            "review/2026-03-01",
        ];
        names.sort_by_key(|n| std::cmp::Reverse(tag_order(n, "review/")));
        assert_eq!(
            names,
            [
                "review/2026-04-25-10",
                "review/2026-04-25-2",
                "review/2026-04-25",
                "review/2026-03-01"
            ]
        );
    }
}
