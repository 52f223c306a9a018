//! `hoshi history`: a table for people, a JSON array for the site's trend chart.

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::history::timeline::Point;
use crate::lang::Text;
use crate::load::vocabulary::word;
use crate::phrase;
use crate::render::section::{Block, Column, Line, Section};
use crate::render::terms::{level_name, short};
use crate::render::{Style, layout, or_dash};

/// `[{"ref", "commit", "date", "level", "score", "declared", "scs", "reviewer",
/// "recorded"}]`, oldest first. Each point is written as it is serialized, with no JSON
/// tree of the whole history in between.
pub fn json(points: &[Point]) -> String {
    let raw = serde_json::to_string_pretty(&Points(points)).unwrap_or_default();
    crate::render::json::escaped(raw)
}

/// The points as a JSON array, in the field order of the contract.
struct Points<'a>(&'a [Point]);

impl Serialize for Points<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(PointJson))
    }
}

struct PointJson<'a>(&'a Point);

/// `{"met", "total"}` of the ★3 criteria.
#[derive(serde::Serialize)]
struct Scs {
    met: usize,
    total: usize,
}

impl Serialize for PointJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let p = self.0;
        let mut m = s.serialize_map(Some(9))?;
        m.serialize_entry("ref", &p.reference)?;
        m.serialize_entry("commit", &p.commit.to_string())?;
        m.serialize_entry("date", &p.date.to_string())?;
        m.serialize_entry("level", &p.level)?;
        m.serialize_entry("score", &p.score)?;
        m.serialize_entry("declared", &p.declared)?;
        m.serialize_entry("scs", &p.scs.map(|(met, total)| Scs { met, total }))?;
        m.serialize_entry("reviewer", &p.reviewer)?;
        m.serialize_entry("recorded", &p.recorded)?;
        m.end()
    }
}

/// What the table shows beyond the fixed columns: only what some point has.
#[derive(Clone, Copy)]
struct Shown {
    tags: bool,
    reviewers: bool,
    scs: bool,
}

impl Shown {
    fn of(points: &[Point]) -> Shown {
        Shown {
            tags: points.iter().any(|p| p.reference.is_some()),
            reviewers: points.iter().any(|p| p.reviewer.is_some()),
            scs: points.iter().any(|p| p.scs.is_some()),
        }
    }

    fn columns(self) -> Vec<Column> {
        let mut columns = vec![Column::left(word("date"))];
        if self.tags {
            columns.push(Column::left(word("tag")));
        }
        columns.extend([
            Column::left(word("commit")),
            Column::left(word("eligible")),
            Column::left(word("score")),
            Column::left(word("declared")),
        ]);
        if self.scs {
            columns.push(Column::left(crate::text!("★3 準備", "★3 ready")));
        }
        if self.reviewers {
            columns.push(Column::left(word("reviewed_by")));
        }
        columns
    }

    fn row(self, p: &Point) -> Vec<Line> {
        let user = |s: &Option<String>| s.as_deref().map_or_else(Line::default, Line::user);
        let commit = p.commit.to_string();
        let mut row = vec![Line::plain(p.date.to_string())];
        if self.tags {
            row.push(user(&p.reference));
        }
        row.extend([
            Line::user(short(&commit)),
            level_name(Some(p.level)).into(),
            Line::plain(or_dash(p.score)),
            level_name(p.declared).into(),
        ]);
        if self.scs {
            row.push(Line::plain(
                p.scs
                    .map_or_else(|| "—".to_owned(), |(m, t)| format!("{m}/{t}")),
            ));
        }
        if self.reviewers {
            row.push(user(&p.reviewer));
        }
        row
    }
}

/// What is said when there is no point; `commits` says what the rows would be.
fn nothing(commits: bool) -> Line {
    if commits {
        phrase!(
            "クライアントのファイルを変えたコミットはありません",
            "no commit changed the client files"
        )
    } else {
        phrase!(
            "見直しの記録（レビュータグ）はまだありません。{cmd} で記録できます",
            "no review is recorded yet; record one with {cmd}";
            cmd = Line::command(Text::new(
                "hoshi review --reviewer 名前",
                "hoshi review --reviewer NAME"
            ))
        )
    }
}

/// For a terminal: a table, oldest first, and the count. The rows are made one at a time
/// as they are measured and written, so a long history is never held as a table.
pub fn text(points: &[Point], commits: bool, style: &Style) -> String {
    let line =
        |l: Line| layout::text::text(&[Section::plain().with(Block::line(l))], style, |_| None);
    if points.is_empty() {
        return line(nothing(commits));
    }
    let shown = Shown::of(points);
    let each = |row: &mut dyn FnMut(&[Line])| points.iter().for_each(|p| row(&shown.row(p)));
    let mut out = layout::text::table_of(&shown.columns(), &each, "", style);
    let n = points.len();
    out.push_str(&line(phrase!("{n} 件", "{n} point(s)")));
    out
}
