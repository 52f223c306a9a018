//! `hoshi history`: a table for people, a JSON array for the site's trend chart.

use serde_json::json;

use crate::history::timeline::Point;
use crate::lang::Text;
use crate::load::vocabulary::word;
use crate::phrase;
use crate::render::section::{Block, Column, Line, Section, Table};
use crate::render::terms::{level_name, short};
use crate::render::{Style, layout, or_dash};

/// `[{"ref", "commit", "date", "level", "score", "declared", "reviewer", "recorded"}]`,
/// oldest first.
pub fn json(points: &[Point]) -> String {
    let value: Vec<_> = points
        .iter()
        .map(|p| {
            json!({
                "ref": p.reference,
                "commit": p.commit.to_string(),
                "date": p.date.to_string(),
                "level": p.level,
                "score": p.score,
                "declared": p.declared,
                "scs": p.scs.map(|(met, total)| json!({"met": met, "total": total})),
                "reviewer": p.reviewer,
                "recorded": p.recorded,
            })
        })
        .collect();
    crate::render::json::document(&serde_json::Value::Array(value))
}

/// The points as sections: a table, oldest first, and their count; `commits` says what
/// the rows are (for the empty case).
pub fn sections(points: &[Point], commits: bool) -> Vec<Section> {
    if points.is_empty() {
        let line = if commits {
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
        };
        return vec![Section::plain().with(Block::line(line))];
    }
    let tags = points.iter().any(|p| p.reference.is_some());
    let reviewers = points.iter().any(|p| p.reviewer.is_some());
    let scs = points.iter().any(|p| p.scs.is_some());
    let mut columns = vec![Column::left(word("date"))];
    if tags {
        columns.push(Column::left(word("tag")));
    }
    columns.extend([
        Column::left(word("commit")),
        Column::left(word("eligible")),
        Column::left(word("score")),
        Column::left(word("declared")),
    ]);
    if scs {
        columns.push(Column::left(crate::text!("★3 準備", "★3 ready")));
    }
    if reviewers {
        columns.push(Column::left(word("reviewed_by")));
    }
    let user = |s: &Option<String>| s.as_deref().map_or_else(Line::default, Line::user);
    let rows = points
        .iter()
        .map(|p| {
            let commit = p.commit.to_string();
            let mut row = vec![Line::plain(p.date.to_string())];
            if tags {
                row.push(user(&p.reference));
            }
            row.extend([
                Line::user(short(&commit)),
                level_name(Some(p.level)).into(),
                Line::plain(or_dash(p.score)),
                level_name(p.declared).into(),
            ]);
            if scs {
                row.push(Line::plain(
                    p.scs
                        .map_or_else(|| "—".to_owned(), |(m, t)| format!("{m}/{t}")),
                ));
            }
            if reviewers {
                row.push(user(&p.reviewer));
            }
            row
        })
        .collect();
    let n = points.len();
    vec![
        Section::plain()
            .with(Block::Table(Table { columns, rows }))
            .with(Block::line(phrase!("{n} 件", "{n} point(s)"))),
    ]
}

/// For a terminal.
pub fn text(points: &[Point], commits: bool, style: &Style) -> String {
    layout::text::text(&sections(points, commits), style, |_| None)
}
