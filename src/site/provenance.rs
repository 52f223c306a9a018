//! Where a site comes from: the source commit, whether the files differ from it, and the
//! review tags (for "last review" and the history chart).
//!
//! Outside git, in a shallow clone or with no review yet, the site still builds and says so.

use std::path::Path;

use git2::{ErrorCode, Repository};
use jiff::civil::Date;

use crate::client::Client;
use crate::git::{Repo, ReviewTag};
use crate::lang::Text;
use crate::{status, text, validate};

/// The commit and reviews a site is built from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    /// The commit HEAD points at (hex), when the client is in a git repository with commits.
    pub commit: Option<String>,
    /// The five client files differ from the commit (their digest differs).
    pub dirty: bool,
    pub reviews: Reviews,
}

/// The review tags reachable from HEAD, or why they could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reviews {
    /// Newest first; may be empty (no review yet).
    Found(Vec<Review>),
    /// Not in git, a shallow clone, or git failed: the reason, for the page and stderr.
    Unavailable(Text),
}

/// One review tag with what it recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub name: String,
    pub commit: String,
    pub date: String,
    pub reviewer: Option<String>,
    /// Eligible level at the reviewed commit.
    pub level: Option<u8>,
    pub declared: Option<u8>,
    pub score: Option<i32>,
    /// Digest of the client files at the reviewed commit.
    pub digest: Option<String>,
}

impl Provenance {
    /// The newest review, if any.
    pub fn last_review(&self) -> Option<&Review> {
        match &self.reviews {
            Reviews::Found(r) => r.first(),
            Reviews::Unavailable(_) => None,
        }
    }
}

/// Reads the provenance of the client at `root`, whose working files have `digest`.
/// `today` is used only to evaluate a review tag that does not record its result.
pub fn read(root: &Path, tag_prefix: &str, digest: &str, today: Date) -> Provenance {
    let repo = match Repo::open(root) {
        Ok(r) => r,
        Err(e) => return without_history(root, &e),
    };
    let head = match repo.head() {
        Ok(h) => h,
        Err(e) => {
            return Provenance {
                commit: None,
                dirty: false,
                reviews: Reviews::Unavailable(reason(&e)),
            };
        }
    };
    let dirty = repo
        .source_at(head)
        .ok()
        .and_then(|s| Client::read(&s).ok())
        .is_none_or(|c| c.digest() != digest);
    let reviews = match repo.review_tags(tag_prefix, head) {
        Ok(tags) => Reviews::Found(
            tags.iter()
                .map(|t| review(&repo, t, tag_prefix, today))
                .collect(),
        ),
        Err(e) => Reviews::Unavailable(reason(&e)),
    };
    Provenance {
        commit: Some(head.to_string()),
        dirty,
        reviews,
    }
}

fn reason(e: &crate::error::Error) -> Text {
    Text::new(
        e.message(crate::lang::Lang::Ja),
        e.message(crate::lang::Lang::En),
    )
}

/// Outside git, or where [`Repo::open`] refuses (a shallow clone): the commit if there is
/// one, and no review history.
fn without_history(root: &Path, e: &crate::error::Error) -> Provenance {
    match Repository::discover(root) {
        Err(d) if d.code() == ErrorCode::NotFound => Provenance {
            commit: None,
            dirty: false,
            reviews: Reviews::Unavailable(text!(
                "git リポジトリの外にあるため、見直しの記録を読めません",
                "not inside a git repository, so there is no review record"
            )),
        },
        Err(_) => Provenance {
            commit: None,
            dirty: false,
            reviews: Reviews::Unavailable(reason(e)),
        },
        Ok(r) => Provenance {
            commit: r
                .head()
                .ok()
                .and_then(|h| h.peel_to_commit().ok())
                .map(|c| c.id().to_string()),
            // Without the full history the files cannot be compared reliably; the digest
            // on the page still identifies them.
            dirty: false,
            reviews: Reviews::Unavailable(reason(e)),
        },
    }
}

/// A review tag with its recorded values; what the tag does not record (a tag written by
/// hand) is evaluated at its commit.
fn review(repo: &Repo, tag: &ReviewTag, prefix: &str, today: Date) -> Review {
    let body = tag.message.as_deref().and_then(message_yaml);
    let get = |k: &str| body.as_ref().and_then(|v| v.get(k));
    let text = |k: &str| get(k).and_then(|v| v.as_str()).map(str::to_owned);
    let int = |k: &str| get(k).and_then(serde_json::Value::as_i64);
    let mut r = Review {
        name: tag.name.clone(),
        commit: tag.commit.to_string(),
        date: text("date")
            .filter(|d| d.parse::<Date>().is_ok())
            .or_else(|| name_date(&tag.name, prefix))
            .unwrap_or_else(|| commit_date(tag.time)),
        reviewer: text("reviewer"),
        level: int("level").and_then(|n| u8::try_from(n).ok()),
        declared: int("declared").and_then(|n| u8::try_from(n).ok()),
        score: int("score").and_then(|n| i32::try_from(n).ok()),
        digest: text("digest"),
    };
    if (r.level.is_none() || r.score.is_none() || r.digest.is_none())
        && let Some((level, score, digest)) = evaluate_at(repo, tag.commit, today)
    {
        r.level = r.level.or(Some(level));
        r.score = r.score.or(score);
        r.digest = r.digest.or(Some(digest));
    }
    r
}

/// The YAML after the summary line and a blank line of a review tag message.
fn message_yaml(message: &str) -> Option<serde_json::Value> {
    let message = message.replace("\r\n", "\n");
    let (_, body) = message.split_once("\n\n")?;
    let value = crate::yaml::load(body.as_bytes()).document?.value;
    value.is_object().then_some(value)
}

fn name_date(name: &str, prefix: &str) -> Option<String> {
    let rest = name.strip_prefix(prefix)?;
    let date = rest.get(..10)?;
    date.parse::<Date>().ok().map(|_| date.to_owned())
}

fn commit_date(seconds: i64) -> String {
    jiff::Timestamp::from_second(seconds)
        .map(|t| {
            t.to_zoned_datetime(jiff::tz::TimeZone::UTC)
                .date()
                .to_string()
        })
        .unwrap_or_default()
}

fn evaluate_at(repo: &Repo, commit: git2::Oid, today: Date) -> Option<(u8, Option<i32>, String)> {
    let source = repo.source_at(commit).ok()?;
    let v = validate::validate(&source).ok()?;
    let s = status::evaluate(&v, today);
    Some((s.eligibility.level, s.score.map(|x| x.total), s.digest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_yaml_of_a_review_message() {
        let m = "review 2026-04-25: ★★, 78 points\n\nreviewer: 佐藤 花子\ndate: 2026-04-25\nlevel: 2\ndeclared: 2\nscore: 78\ndigest: sha256:ab\nhoshi: 0.3.0\n";
        let v = message_yaml(m).expect("yaml");
        assert_eq!(v["score"], 78);
        assert_eq!(v["date"], "2026-04-25");
        assert!(message_yaml("just a line").is_none());
        assert!(message_yaml("line\n\n- a list\n").is_none());
    }

    #[test]
    fn dates_from_names_and_commits() {
        assert_eq!(
            name_date("review/2026-04-25-2", "review/").as_deref(),
            Some("2026-04-25")
        );
        assert_eq!(name_date("review/latest", "review/"), None);
        assert_eq!(commit_date(0), "1970-01-01");
    }
}
