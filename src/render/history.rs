//! `hoshi history`: a table for people, a JSON array for the site's trend chart.

use std::fmt::Write;

use serde_json::json;
use unicode_width::UnicodeWidthStr;

use crate::history::timeline::Point;
use crate::lang::Lang;
use crate::render::Style;
use crate::render::diff_text::{level_name, short};

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
                "reviewer": p.reviewer,
                "recorded": p.recorded,
            })
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&value).unwrap_or_default();
    out.push('\n');
    out
}

fn pad(s: &str, width: usize) -> String {
    format!("{s}{}", " ".repeat(width.saturating_sub(s.width())))
}

/// One line per point, oldest first; `commits` says what the rows are (for the empty case).
pub fn text(points: &[Point], commits: bool, style: &Style) -> String {
    let lang = style.lang;
    let ja = lang == Lang::Ja;
    if points.is_empty() {
        let s = match (commits, ja) {
            (false, true) => {
                "見直しの記録（レビュータグ）はまだありません。`hoshi review --reviewer 名前` で記録できます\n"
            }
            (false, false) => {
                "no review is recorded yet; record one with `hoshi review --reviewer NAME`\n"
            }
            (true, true) => "クライアントのファイルを変えたコミットはありません\n",
            (true, false) => "no commit changed the client files\n",
        };
        return s.to_owned();
    }
    let rows: Vec<[String; 7]> = points
        .iter()
        .map(|p| {
            let commit = p.commit.to_string();
            let score = p.score.map_or_else(|| "—".to_owned(), |s| s.to_string());
            let declared = match p.declared {
                Some(n) => level_name(Some(n), lang),
                None => "—".to_owned(),
            };
            [
                p.date.to_string(),
                p.reference.clone().unwrap_or_default(),
                short(&commit).to_owned(),
                level_name(Some(p.level), lang),
                score,
                declared,
                p.reviewer.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let header: [&str; 7] = if ja {
        [
            "日付",
            "タグ",
            "コミット",
            "判定",
            "点数",
            "宣言",
            "見直した人",
        ]
    } else {
        [
            "date", "tag", "commit", "eligible", "score", "declared", "reviewer",
        ]
    };
    // The tag and reviewer columns are left out when no row has one (`--commits`).
    let shown = |i: usize| (i < 6 && i != 1) || rows.iter().any(|r| !r[i].is_empty());
    let columns: Vec<usize> = (0..7).filter(|&i| shown(i)).collect();
    let widths: Vec<usize> = (0..7)
        .map(|i| {
            rows.iter()
                .map(|r| r[i].width())
                .chain([header[i].width()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    let line = |cells: &dyn Fn(usize) -> String| {
        let parts: Vec<String> = columns.iter().map(|&i| pad(&cells(i), widths[i])).collect();
        format!("{}\n", parts.join("  ").trim_end())
    };
    out.push_str(&line(&|i| header[i].to_owned()));
    for r in &rows {
        out.push_str(&line(&|i| r[i].clone()));
    }
    let _ = if ja {
        writeln!(out, "{} 件", points.len())
    } else {
        writeln!(out, "{} point(s)", points.len())
    };
    out
}
