//! Tables in three formats: aligned text (wide CJK characters count as two columns),
//! CSV (RFC 4180) and Markdown. Cells are plain text from the caller; each format escapes.

use unicode_width::UnicodeWidthStr;

use crate::render::status_markdown;

/// One cell: its text and, for terminal output, an ANSI colour.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub color: Option<&'static str>,
}

impl Cell {
    pub fn new(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            color: None,
        }
    }

    pub fn colored(text: impl Into<String>, color: Option<&'static str>) -> Cell {
        Cell {
            text: text.into(),
            color,
        }
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::new(s)
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::new(s)
    }
}

/// How a column is aligned in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// A table: headers, alignment per column, rows of cells.
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub headers: Vec<String>,
    pub align: Vec<Align>,
    pub rows: Vec<Vec<Cell>>,
}

const RESET: &str = "\x1b[0m";

/// Text safe to show on a terminal: control characters (escape sequences from a YAML
/// file, say) become `?`, line breaks become spaces.
pub fn terminal_safe(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\n' | '\r' | '\t' => ' ',
            c if c.is_control() => '?',
            c => c,
        })
        .collect()
}

impl Table {
    pub fn new(headers: &[&str], align: &[Align]) -> Table {
        Table {
            headers: headers.iter().map(|h| (*h).to_owned()).collect(),
            align: align.to_vec(),
            rows: Vec::new(),
        }
    }

    pub fn push(&mut self, row: Vec<Cell>) {
        self.rows.push(row);
    }

    /// Columns padded to terminal width, two spaces apart, no trailing spaces.
    pub fn text(&self, color: bool) -> String {
        let n = self.headers.len();
        let clean: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|r| r.iter().map(|c| terminal_safe(&c.text)).collect())
            .collect();
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.width()).collect();
        for row in &clean {
            for (i, cell) in row.iter().enumerate().take(n) {
                widths[i] = widths[i].max(cell.width());
            }
        }
        let mut out = String::new();
        let line = |cells: Vec<(String, Option<&'static str>)>, out: &mut String| {
            let mut s = String::new();
            for (i, (text, paint)) in cells.into_iter().enumerate() {
                if i > 0 {
                    s.push_str("  ");
                }
                let pad = " ".repeat(widths[i].saturating_sub(text.width()));
                let shown = match paint {
                    Some(c) if color && !text.is_empty() => format!("{c}{text}{RESET}"),
                    _ => text,
                };
                if self.align.get(i) == Some(&Align::Right) {
                    s.push_str(&pad);
                    s.push_str(&shown);
                } else {
                    s.push_str(&shown);
                    s.push_str(&pad);
                }
            }
            out.push_str(s.trim_end());
            out.push('\n');
        };
        line(
            self.headers
                .iter()
                .map(|h| (h.clone(), Some("\x1b[1m")))
                .collect(),
            &mut out,
        );
        for (row, texts) in self.rows.iter().zip(clean) {
            line(
                texts.into_iter().zip(row.iter().map(|c| c.color)).collect(),
                &mut out,
            );
        }
        out
    }

    /// RFC 4180: CRLF line ends; a field with a comma, quote or line break is quoted, its
    /// quotes doubled.
    pub fn csv(&self) -> String {
        let mut out = String::new();
        let mut line = |fields: Vec<&str>| {
            let row: Vec<String> = fields.into_iter().map(csv_field).collect();
            out.push_str(&row.join(","));
            out.push_str("\r\n");
        };
        line(self.headers.iter().map(String::as_str).collect());
        for row in &self.rows {
            line(row.iter().map(|c| c.text.as_str()).collect());
        }
        out
    }

    /// A GitHub-flavoured Markdown table; cell text is escaped (no markup, no HTML).
    pub fn markdown(&self) -> String {
        let mut out = String::new();
        let row = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
        out.push_str(&row(self
            .headers
            .iter()
            .map(|h| status_markdown::escape(h))
            .collect()));
        out.push_str(&row(self
            .align
            .iter()
            .map(|a| match a {
                Align::Left => "---".to_owned(),
                Align::Right => "---:".to_owned(),
            })
            .collect()));
        for r in &self.rows {
            out.push_str(&row(r
                .iter()
                .map(|c| status_markdown::escape(&c.text))
                .collect()));
        }
        out
    }
}

/// One CSV field. A field that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`
/// first) and that is not a number gets a leading `'`, the usual defence against CSV
/// injection from text in the client files.
pub fn csv_field(s: &str) -> String {
    let formula = s.starts_with(['=', '+', '-', '@', '\t', '\r']) && s.parse::<f64>().is_err();
    let s = if formula {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        let mut t = Table::new(&["名前", "n"], &[Align::Left, Align::Right]);
        t.push(vec!["株式会社みなと".into(), "7".into()]);
        t.push(vec!["a,\"b\"".into(), "12".into()]);
        t
    }

    #[test]
    fn text_aligns_by_terminal_width() {
        assert_eq!(
            table().text(false),
            "名前             n\n株式会社みなと   7\na,\"b\"           12\n"
        );
    }

    #[test]
    fn csv_quotes_as_rfc_4180() {
        assert_eq!(
            table().csv(),
            "名前,n\r\n株式会社みなと,7\r\n\"a,\"\"b\"\"\",12\r\n"
        );
        assert_eq!(csv_field("=1+1"), "'=1+1");
        assert_eq!(csv_field("-3"), "-3");
        assert_eq!(csv_field("line\nbreak"), "\"line\nbreak\"");
    }

    #[test]
    fn markdown_escapes_cells() {
        let mut t = Table::new(&["a"], &[Align::Left]);
        t.push(vec!["x|<b>".into()]);
        assert_eq!(t.markdown(), "| a |\n| --- |\n| x\\|&lt;b&gt; |\n");
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        let mut t = Table::new(&["a"], &[Align::Left]);
        t.push(vec!["\x1b[2Jx".into()]);
        assert_eq!(t.text(false), "a\n?[2Jx\n");
    }
}
