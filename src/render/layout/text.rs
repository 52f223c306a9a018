//! Sections for a terminal: headings on their own line, blocks indented under them, a
//! blank line between sections; findings compiler-style (`file:line:col`, the source line
//! and the offending value underlined). Client text goes through [`Untrusted::for_text`].

use std::collections::HashMap;
use std::fmt::Write;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use unicode_width::UnicodeWidthStr;

use crate::finding::{Finding, Severity};
use crate::lang::clip;
use crate::render::Style;
use crate::render::section::{
    Align, Bar, Block, Column, Content, EachRow, Item, Line, Mark, Section, Span, Table, Tone,
};
use crate::render::untrusted::Untrusted;

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";

/// Cells in a part's bar.
const BAR: i32 = 20;

/// Most findings shown per file; a file with thousands has one cause worth fixing first.
const MAX_PER_FILE: usize = 100;

fn color_of(tone: Tone) -> Option<&'static str> {
    match tone {
        Tone::Plain => None,
        Tone::Strong => Some(BOLD),
        Tone::Good => Some("\x1b[32m"),
        Tone::Bad => Some("\x1b[31m"),
        Tone::Warn | Tone::Level => Some("\x1b[33m"),
        Tone::Dim => Some("\x1b[2m"),
    }
}

fn paint(color: bool, code: Option<&str>, s: &str) -> String {
    match code {
        Some(c) if color && !s.is_empty() => format!("{c}{s}{RESET}"),
        _ => s.to_owned(),
    }
}

fn span_text(s: &Span, style: &Style) -> String {
    match &s.content {
        Content::Words(w) | Content::Id(w) => w.clone(),
        Content::Quoting(w) => Untrusted::new(w.as_str()).for_text(),
        Content::User(u) => u.for_text(),
        Content::Path(p) => p.prefixed(&style.path_prefix).for_text(),
        Content::Command(c) => format!("`{c}`"),
    }
}

/// Marks a line that would otherwise start with client text: hoshi's output never lets
/// text from a client file start a line (a name like `::error::…` would read as a workflow
/// command on GitHub, which ignores leading spaces).
const GUARD: &str = "» ";

/// A line that starts a line of output: with [`GUARD`] first when its first visible span is
/// client text.
fn line_start(l: &Line, style: &Style) -> String {
    if starts_untrusted(l, style) {
        format!("{GUARD}{}", line(l, style))
    } else {
        line(l, style)
    }
}

/// A line for a terminal; spans of one tone are painted together.
pub fn line(l: &Line, style: &Style) -> String {
    let mut out = String::new();
    let mut run = String::new();
    let mut tone = Tone::Plain;
    for s in l.spans(style.lang) {
        if s.tone != tone {
            out.push_str(&paint(style.color, color_of(tone), &run));
            run.clear();
            tone = s.tone;
        }
        run.push_str(&span_text(s, style));
    }
    out.push_str(&paint(style.color, color_of(tone), &run));
    out
}

/// Whether the first span with any visible text is client text.
fn starts_untrusted(l: &Line, style: &Style) -> bool {
    l.spans(style.lang)
        .iter()
        .find(|s| !span_text(s, style).trim().is_empty())
        .is_some_and(|s| {
            matches!(
                s.content,
                Content::User(_) | Content::Path(_) | Content::Quoting(_)
            )
        })
}

/// Pads `s` with spaces to `width` terminal columns.
pub fn pad(s: &str, width: usize) -> String {
    format!("{s}{}", " ".repeat(width.saturating_sub(s.width())))
}

/// A bar of 20 cells, filled in proportion (negative scores show empty).
pub fn bar(score: i32, max: i32) -> String {
    let filled = if max <= 0 {
        0
    } else {
        ((score.clamp(0, max) * BAR * 2 + max) / (max * 2)).clamp(0, BAR)
    };
    let filled = usize::try_from(filled).unwrap_or(0);
    let empty = usize::try_from(BAR).unwrap_or(0) - filled;
    format!("{}{}", "█".repeat(filled), "░".repeat(empty))
}

/// The sections for a terminal; `source` gives a client file's text for the findings.
pub fn text<'a>(
    sections: &[Section],
    style: &Style,
    source: impl Fn(&str) -> Option<&'a str>,
) -> String {
    let mut out = String::new();
    for s in sections {
        if !s.joined && !out.is_empty() && !out.ends_with("\n\n") {
            out.push('\n');
        }
        let mut indent = 0;
        if let Some(h) = s.heading.as_ref().filter(|_| !s.landmark) {
            let _ = writeln!(out, "{}", line_start(h, style));
            indent = 2;
        }
        for b in &s.blocks {
            block(b, indent, style, &source, &mut out);
        }
    }
    out
}

fn block<'a>(
    b: &Block,
    indent: usize,
    style: &Style,
    source: &impl Fn(&str) -> Option<&'a str>,
    out: &mut String,
) {
    let margin = " ".repeat(indent);
    match b {
        Block::Lines(lines) => {
            for l in lines {
                let _ = writeln!(out, "{margin}{}", line_start(l, style));
            }
        }
        Block::Fields(fields) => {
            let keys: Vec<String> = fields.iter().map(|(k, _)| line(k, style)).collect();
            let width = fields
                .iter()
                .map(|(k, _)| plain(k, style).width())
                .max()
                .unwrap_or(0);
            for (key, (k, v)) in keys.iter().zip(fields) {
                let shown = format!("{key}{}", " ".repeat(width - plain(k, style).width()));
                let _ = writeln!(out, "{margin}{shown}  {}", line(v, style));
            }
        }
        Block::List {
            head,
            items,
            numbered,
        } => {
            let mut inner = indent;
            if let Some(h) = head {
                let _ = writeln!(out, "{margin}{}", line_start(h, style));
                inner += 2;
            }
            for (i, item) in items.iter().enumerate() {
                list_item(item, (*numbered).then_some(i + 1), inner, style, out);
            }
        }
        Block::Bars { bars, .. } => bars_block(bars, &margin, style, out),
        Block::Table(t) => out.push_str(&table(t, &margin, style)),
        Block::Diff { title, diff } => {
            let _ = writeln!(out, "{margin}{}", line_start(title, style));
            for l in diff.lines() {
                let code = if l.starts_with('+') {
                    Some("\x1b[32m")
                } else if l.starts_with('-') {
                    Some("\x1b[31m")
                } else if l.starts_with('@') {
                    Some("\x1b[36m")
                } else {
                    None
                };
                let _ = writeln!(out, "{margin}  {}", paint(style.color, code, &l.for_text()));
            }
        }
        Block::Findings(f) => out.push_str(&findings(f, source, style)),
    }
}

/// A line's text without colours, for measuring.
fn plain(l: &Line, style: &Style) -> String {
    l.spans(style.lang)
        .iter()
        .map(|s| span_text(s, style))
        .collect()
}

fn mark_text(mark: Mark, color: bool) -> String {
    let (s, code) = match mark {
        Mark::None => return String::new(),
        Mark::Bullet => ("-", None),
        Mark::Met => ("✓", Some("\x1b[32m")),
        Mark::Unmet => ("✗", Some("\x1b[31m")),
        Mark::Unknown => ("?", Some("\x1b[33m")),
        Mark::Advice => ("!", Some("\x1b[33m")),
        Mark::Added => ("+", None),
        Mark::Removed => ("-", None),
        Mark::Replaced | Mark::Edited => ("~", None),
        Mark::Expired => ("!", None),
    };
    format!("{} ", paint(color, code, s))
}

fn list_item(item: &Item, number: Option<usize>, indent: usize, style: &Style, out: &mut String) {
    let margin = " ".repeat(indent);
    let (prefix, width) = match number {
        Some(n) => {
            let p = format!("{n}. ");
            let w = p.width();
            (p, w)
        }
        None => {
            let p = mark_text(item.mark, style.color);
            let w = mark_text(item.mark, false).width();
            (p, w)
        }
    };
    let _ = writeln!(out, "{margin}{prefix}{}", line(&item.line, style));
    // Details line up under the item's text; a check's details leave room for an arrow,
    // which points at what is missing.
    let under = " ".repeat(indent + width.max(2));
    let arrow = match (number, item.mark) {
        (None, Mark::Unmet | Mark::Unknown | Mark::Advice) => "→ ",
        (None, Mark::Met) => "  ",
        _ => "",
    };
    for d in &item.details {
        let _ = writeln!(out, "{under}{arrow}{}", line(d, style));
    }
}

fn bars_block(bars: &[Bar], margin: &str, style: &Style, out: &mut String) {
    let labels: Vec<String> = bars.iter().map(|b| line(&b.label, style)).collect();
    let width = bars
        .iter()
        .map(|b| plain(&b.label, style).width())
        .max()
        .unwrap_or(0);
    for (label, b) in labels.iter().zip(bars) {
        let fill = " ".repeat(width - plain(&b.label, style).width());
        let _ = writeln!(
            out,
            "{margin}{label}{fill}  {}  {:>3} / {}",
            bar(b.score, b.max),
            b.score,
            b.max
        );
    }
}

/// Columns padded to terminal width, two spaces apart, no trailing spaces; cells cut where
/// the column says so.
pub fn table(t: &Table, margin: &str, style: &Style) -> String {
    table_of(
        &t.columns,
        &|each: &mut dyn FnMut(&[Line])| t.rows.iter().for_each(|r| each(r)),
        margin,
        style,
    )
}

/// [`table`] of rows that `rows` hands to its argument one at a time, twice (once for the
/// widths, once to write them): a row need not be kept once it is written.
pub fn table_of(columns: &[Column], rows: &EachRow<'_>, margin: &str, style: &Style) -> String {
    let lang = style.lang;
    // Each cell: its shown width and its painted text.
    let cell = |l: &Line, clip_to: Option<usize>| -> (usize, String) {
        let text = plain(l, style);
        match clip_to {
            Some(n) if text.chars().count() > n => {
                let cut = clip(&text, n);
                let tone = l.spans(lang).first().map_or(Tone::Plain, |s| s.tone);
                (cut.width(), paint(style.color, color_of(tone), &cut))
            }
            _ => (text.width(), line(l, style)),
        }
    };
    let width = |l: &Line, clip_to: Option<usize>| -> usize {
        let text = plain(l, style);
        match clip_to {
            Some(n) if text.chars().count() > n => clip(&text, n).width(),
            _ => text.width(),
        }
    };
    let header: Vec<(usize, String)> = columns
        .iter()
        .map(|c| {
            let h = c.header.get(lang);
            (h.width(), paint(style.color, Some(BOLD), h))
        })
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|(w, _)| *w).collect();
    rows(&mut |r| {
        for (i, (l, c)) in r.iter().zip(columns).enumerate() {
            widths[i] = widths[i].max(width(l, c.clip));
        }
    });
    let mut out = String::new();
    let mut write = |r: &[(usize, String)]| {
        let mut s = margin.to_owned();
        for (i, (w, shown)) in r.iter().enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            let fill = " ".repeat(widths[i].saturating_sub(*w));
            if columns[i].align == Align::Right {
                s.push_str(&fill);
                s.push_str(shown);
            } else {
                s.push_str(shown);
                s.push_str(&fill);
            }
        }
        out.push_str(s.trim_end());
        out.push('\n');
    };
    write(&header);
    rows(&mut |r| {
        let cells: Vec<(usize, String)> = r
            .iter()
            .zip(columns)
            .map(|(l, c)| cell(l, c.clip))
            .collect();
        write(&cells);
    });
    out
}

/// Findings compiler-style, each followed by a blank line; at most 100 per file. The
/// source line and the underline of the whole offending key or value are drawn by
/// annotate-snippets, which measures CJK text in terminal columns.
fn findings<'a>(
    findings: &[Finding],
    source: &impl Fn(&str) -> Option<&'a str>,
    style: &Style,
) -> String {
    let lang = style.lang;
    let mut out = String::new();
    // Each file is split into lines once, however many findings point into it.
    let mut lines: HashMap<&str, Vec<&str>> = HashMap::new();
    for f in findings {
        lines.entry(f.file.as_str()).or_insert_with(|| {
            source(&f.file)
                .map(|t| t.lines().collect())
                .unwrap_or_default()
        });
    }
    let renderer = if style.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut shown: HashMap<&str, usize> = HashMap::new();
    for f in findings {
        let count = shown.entry(f.file.as_str()).or_default();
        *count += 1;
        if *count > MAX_PER_FILE {
            continue;
        }
        let line = f.pos.and_then(|p| {
            lines
                .get(f.file.as_str())
                .and_then(|l| l.get((p.line as usize).checked_sub(1)?))
                .copied()
        });
        let parts = Parts::of(f, line, style);
        out.push_str(&renderer.render(&[parts.report(f)]));
        out.push_str("\n\n");
    }
    let mut files: Vec<_> = shown
        .into_iter()
        .filter(|(_, n)| *n > MAX_PER_FILE)
        .collect();
    files.sort();
    for (file, n) in files {
        let more = n - MAX_PER_FILE;
        let path = Untrusted::new(style.display_path(file)).for_text();
        let note = crate::text!(
            "…{path} にはほかに {more} 件あります（すべて見るには --format json）",
            "…and {more} more in {path} (--format json shows all)"
        );
        let _ = writeln!(out, "{}\n", note.get(lang));
    }
    out
}

/// A finding's texts made safe for a terminal (no control character of a client file
/// reaches it), and the bytes of its source line to underline.
struct Parts {
    label: String,
    message: String,
    path: String,
    hint: Option<(String, String)>,
    /// The source line, and the underlined bytes of it.
    source: Option<(String, std::ops::Range<usize>)>,
}

impl Parts {
    fn of(f: &Finding, line: Option<&str>, style: &Style) -> Parts {
        let lang = style.lang;
        let source = f.pos.zip(line).map(|(p, line)| {
            let chars: Vec<char> = line.trim_end_matches('\r').chars().collect();
            let from = (p.column as usize).saturating_sub(1).min(chars.len());
            let to = match f.end {
                Some(e) if e.line == p.line => (e.column as usize).saturating_sub(1),
                // The value goes on below: to the end of its first line.
                Some(e) if e.line > p.line => {
                    chars.len() - chars.iter().rev().take_while(|c| c.is_whitespace()).count()
                }
                _ => from,
            }
            .clamp(from, chars.len());
            // Each piece is escaped on its own, so the underline covers the escaped value.
            let piece = |r: std::ops::Range<usize>| {
                Untrusted::new(chars[r].iter().collect::<String>()).for_source_line()
            };
            let (before, value, after) = (piece(0..from), piece(from..to), piece(to..chars.len()));
            let span = before.len()..before.len() + value.len();
            (format!("{before}{value}{after}"), span)
        });
        Parts {
            // Compiler style: the severity in lower case.
            label: f.severity.label().get(lang).to_lowercase(),
            message: Untrusted::new(f.message.get(lang)).for_text(),
            path: Untrusted::new(style.display_path(&f.file)).for_text(),
            hint: f.hint.as_ref().map(|h| {
                (
                    Severity::Hint.label().get(lang).to_lowercase(),
                    Untrusted::new(h.get(lang)).for_text(),
                )
            }),
            source,
        }
    }

    fn report<'a>(&'a self, f: &'a Finding) -> Group<'a> {
        let level = match f.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
            Severity::Hint => Level::HELP,
        };
        let title = level
            .with_name(Some(self.label.as_str()))
            .primary_title(self.message.as_str())
            .id(f.code.as_str());
        let mut group = match (f.pos, &self.source) {
            (Some(p), Some((line, span))) => title.element(
                Snippet::source(line.as_str())
                    .line_start(p.line as usize)
                    .path(self.path.as_str())
                    .annotation(AnnotationKind::Primary.span(span.clone())),
            ),
            (Some(p), None) => title.element(
                Origin::path(self.path.as_str())
                    .line(p.line as usize)
                    .char_column((p.column as usize).saturating_sub(1)),
            ),
            (None, _) => title.element(Origin::path(self.path.as_str())),
        };
        if let Some((word, hint)) = &self.hint {
            group = group.element(
                Level::HELP
                    .with_name(Some(word.as_str()))
                    .message(hint.as_str()),
            );
        }
        group
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::render::section::Column;

    fn style(color: bool) -> Style {
        Style {
            lang: Lang::Ja,
            color,
            path_prefix: String::new(),
        }
    }

    #[test]
    fn bars_round_and_clamp() {
        assert_eq!(bar(20, 20), "█".repeat(20));
        assert_eq!(bar(0, 52), "░".repeat(20));
        // 48/52 = 18.46 cells, 20/28 = 14.29 cells.
        assert_eq!(bar(48, 52), format!("{}{}", "█".repeat(18), "░".repeat(2)));
        assert_eq!(bar(20, 28), format!("{}{}", "█".repeat(14), "░".repeat(6)));
        assert_eq!(bar(-5, 20), "░".repeat(20));
        assert_eq!(bar(3, 0), "░".repeat(20));
    }

    #[test]
    fn padding_counts_terminal_columns() {
        assert_eq!(pad("宣言", 8), "宣言    ");
        assert_eq!(pad("declared", 8), "declared");
    }

    fn table_of(rows: &[[&str; 2]]) -> Table {
        use crate::lang::Text;
        Table {
            columns: vec![
                Column::left(Text::same("名前")),
                Column::right(Text::same("n")),
            ],
            rows: rows
                .iter()
                .map(|r| vec![Line::user(r[0]), Line::plain(r[1])])
                .collect(),
        }
    }

    #[test]
    fn tables_align_by_terminal_width() {
        let t = table_of(&[["株式会社みなと", "7"], ["a,\"b\"", "12"]]);
        assert_eq!(
            table(&t, "", &style(false)),
            "名前             n\n株式会社みなと   7\na,\"b\"           12\n"
        );
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        let t = table_of(&[["\x1b[2Jx", "1"]]);
        assert_eq!(
            table(&t, "", &style(false)),
            "名前        n\n\\u{1b}[2Jx  1\n"
        );
        let l = Line::user("a\nb\x07");
        assert_eq!(line(&l, &style(true)), "a b\\u{7}");
    }

    #[test]
    fn tones_paint_only_in_colour() {
        let l = Line::plain("a").then(Line::plain("b").tone(Tone::Bad));
        assert_eq!(line(&l, &style(false)), "ab");
        assert_eq!(line(&l, &style(true)), "a\x1b[31mb\x1b[0m");
    }
}
