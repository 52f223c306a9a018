//! Geometry of the SVG charts and the badge. Rust computes the numbers; the templates
//! (`charts.html`, `badge.svg`) draw them, so a theme can restyle a chart and every text
//! stays escaped. All coordinates are whole pixels, so the output is the same everywhere.

use serde::Serialize;

/// A horizontal bar per row (the score per part).
#[derive(Debug, Clone, Serialize)]
pub struct BarChart {
    pub width: u32,
    pub height: u32,
    /// Width of the full track (the maximum score).
    pub track: u32,
    pub bar_height: u32,
    pub rows: Vec<BarRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BarRow {
    pub label: String,
    pub score: i32,
    pub max: i32,
    /// Baseline of the label above the bar.
    pub label_y: u32,
    pub bar_y: u32,
    /// Filled width (0 for a score of 0 or below).
    pub fill: u32,
    pub value_x: u32,
    pub value_y: u32,
}

const BAR_WIDTH: u32 = 560;
const BAR_TRACK: u32 = 440;
const BAR_HEIGHT: u32 = 20;
const ROW_HEIGHT: u32 = 58;

/// One bar per `(label, score, max)`.
pub fn bars(rows: &[(String, i32, i32)]) -> BarChart {
    let rows: Vec<BarRow> = rows
        .iter()
        .zip(0u32..)
        .map(|((label, score, max), i)| {
            let top = i * ROW_HEIGHT;
            let fill = if *max > 0 && *score > 0 {
                let s = u32::try_from((*score).min(*max)).unwrap_or(0);
                let m = u32::try_from(*max).unwrap_or(1);
                (s * BAR_TRACK + m / 2) / m
            } else {
                0
            };
            BarRow {
                label: label.clone(),
                score: *score,
                max: *max,
                label_y: top + 18,
                bar_y: top + 28,
                fill,
                value_x: BAR_TRACK + 12,
                value_y: top + 28 + 15,
            }
        })
        .collect();
    let height = u32::try_from(rows.len()).unwrap_or(0) * ROW_HEIGHT + 8;
    BarChart {
        width: BAR_WIDTH,
        height,
        track: BAR_TRACK,
        bar_height: BAR_HEIGHT,
        rows,
    }
}

/// Scores over time, one point per review, oldest first.
#[derive(Debug, Clone, Serialize)]
pub struct LineChart {
    pub width: u32,
    pub height: u32,
    pub left: u32,
    pub right: u32,
    pub top: u32,
    pub bottom: u32,
    pub grid: Vec<GridLine>,
    pub points: Vec<LinePoint>,
    /// The SVG path through the points (`M x y L x y …`); empty for fewer than two.
    pub path: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct GridLine {
    pub y: u32,
    pub label: i32,
}

#[derive(Debug, Clone, Serialize)]
pub struct LinePoint {
    pub x: u32,
    pub y: u32,
    pub score: i32,
    pub date: String,
    /// The eligible level's mark (`★★`), or empty.
    pub mark: String,
    /// The date label is drawn (dense charts label every few points).
    pub labelled: bool,
}

const LINE_WIDTH: u32 = 640;
const LINE_HEIGHT: u32 = 280;
const PLOT_LEFT: u32 = 48;
const PLOT_RIGHT: u32 = 624;
const PLOT_TOP: u32 = 36;
const PLOT_BOTTOM: u32 = 216;
/// Below this many pixels per point, not every date gets a label.
const LABEL_SPACING: u32 = 80;

/// A point per `(date, score, mark)`, oldest first. The y axis runs from 0 (or the lowest
/// score, down to -25) to 100.
pub fn line(points: &[(String, i32, String)]) -> LineChart {
    let low = points.iter().map(|p| p.1).min().unwrap_or(0).clamp(-25, 0);
    let low = if low < 0 { -25 } else { 0 };
    let high = 100;
    let span = u32::try_from(high - low).unwrap_or(100);
    let plot_h = PLOT_BOTTOM - PLOT_TOP;
    let y_of = |score: i32| {
        let above = u32::try_from(score.clamp(low, high) - low).unwrap_or(0);
        PLOT_BOTTOM - (above * plot_h + span / 2) / span
    };
    let grid = (low..=high)
        .filter(|v| v % 25 == 0)
        .map(|v| GridLine {
            y: y_of(v),
            label: v,
        })
        .collect();
    let n = u32::try_from(points.len()).unwrap_or(0).max(1);
    let step = (PLOT_RIGHT - PLOT_LEFT) / n;
    let every = LABEL_SPACING.div_ceil(step.max(1)).max(1);
    let last = n - 1;
    let points: Vec<LinePoint> = points
        .iter()
        .zip(0u32..)
        .map(|((date, score, mark), i)| LinePoint {
            x: PLOT_LEFT + step * i + step / 2,
            y: y_of(*score),
            score: *score,
            date: date.clone(),
            mark: mark.clone(),
            labelled: (last - i) % every == 0,
        })
        .collect();
    let path = if points.len() < 2 {
        String::new()
    } else {
        points
            .iter()
            .enumerate()
            .map(|(i, p)| format!("{}{} {}", if i == 0 { "M" } else { "L" }, p.x, p.y))
            .collect::<Vec<_>>()
            .join(" ")
    };
    LineChart {
        width: LINE_WIDTH,
        height: LINE_HEIGHT,
        left: PLOT_LEFT,
        right: PLOT_RIGHT,
        top: PLOT_TOP,
        bottom: PLOT_BOTTOM,
        grid,
        points,
        path,
    }
}

/// A two-part badge: "SECURITY ACTION" and the declared level with its state.
#[derive(Debug, Clone, Serialize)]
pub struct Badge {
    pub width: u32,
    pub height: u32,
    pub left_width: u32,
    pub right_width: u32,
    pub left: BadgeText,
    pub right: BadgeText,
    /// `held`, `not-held` or `none`: picks the colour.
    pub state: &'static str,
    pub color: &'static str,
    /// The whole badge in words (the SVG title).
    pub title: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct BadgeText {
    pub text: String,
    /// Centre of the text.
    pub x: u32,
    /// Width the text is fitted to (`textLength`).
    pub length: u32,
}

/// Width of a text in the badge's 11 px sans-serif, estimated per character so that the
/// result does not depend on fonts; the SVG fits the text to it with `textLength`.
fn text_width(s: &str) -> u32 {
    s.chars()
        .map(|c| match c {
            'i' | 'l' | 'I' | 'j' | '.' | ',' | ':' | ' ' | '\'' => 4,
            'm' | 'w' | 'M' | 'W' => 10,
            c if c.is_ascii_uppercase() => 8,
            c if c.is_ascii() => 7,
            '★' => 11,
            _ => 12,
        })
        .sum()
}

/// The badge for a declaration (`None`: nothing declared) and whether it holds.
pub fn badge(declared: Option<(&str, Option<bool>)>) -> Badge {
    let left = "SECURITY ACTION".to_owned();
    let (right, state, color) = match declared {
        Some((mark, Some(true))) => (format!("{mark} self-declared"), "held", "#1d6b33"),
        Some((mark, Some(false))) => (format!("{mark} not met"), "not-held", "#a1231b"),
        Some((mark, None)) => (format!("{mark} unconfirmed"), "unknown", "#7a5a00"),
        None => ("not declared".to_owned(), "none", "#5c5c5c"),
    };
    let pad = 8;
    let (lw, rw) = (text_width(&left), text_width(&right));
    let (left_width, right_width) = (lw + 2 * pad, rw + 2 * pad);
    Badge {
        width: left_width + right_width,
        height: 20,
        left_width,
        right_width,
        title: format!("{left}: {right}"),
        left: BadgeText {
            text: left,
            x: left_width / 2,
            length: lw,
        },
        right: BadgeText {
            text: right,
            x: left_width + right_width / 2,
            length: rw,
        },
        state,
        color,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_fill_in_proportion_and_never_below_zero() {
        let c = bars(&[
            ("a".into(), 20, 20),
            ("b".into(), 26, 52),
            ("c".into(), -3, 28),
        ]);
        let fills: Vec<_> = c.rows.iter().map(|r| r.fill).collect();
        assert_eq!(fills, [BAR_TRACK, BAR_TRACK / 2, 0]);
        assert!(c.rows[2].bar_y + BAR_HEIGHT < c.height);
    }

    #[test]
    fn line_points_sit_on_the_scale() {
        let c = line(&[
            ("2025-04-01".into(), 0, String::new()),
            ("2026-04-01".into(), 100, "★★".into()),
        ]);
        assert_eq!(c.points[0].y, PLOT_BOTTOM);
        assert_eq!(c.points[1].y, PLOT_TOP);
        assert!(c.points[0].x < c.points[1].x);
        assert!(c.path.starts_with('M'));
        let grid: Vec<_> = c.grid.iter().map(|g| g.label).collect();
        assert_eq!(grid, [0, 25, 50, 75, 100]);
        let negative = line(&[("d".into(), -5, String::new())]);
        assert_eq!(negative.grid[0].label, -25);
        assert!(negative.path.is_empty());
    }

    #[test]
    fn dense_histories_label_the_newest_date() {
        let pts: Vec<_> = (0..30)
            .map(|i| (format!("d{i}"), i, String::new()))
            .collect();
        let c = line(&pts);
        assert!(c.points.last().is_some_and(|p| p.labelled));
        assert!(c.points.iter().filter(|p| p.labelled).count() < 30);
    }

    #[test]
    fn badge_states() {
        assert_eq!(badge(Some(("★★", Some(true)))).state, "held");
        assert_eq!(badge(Some(("★", Some(false)))).right.text, "★ not met");
        assert_eq!(badge(Some(("★", None))).right.text, "★ unconfirmed");
        let none = badge(None);
        assert_eq!(none.width, none.left_width + none.right_width);
    }
}
