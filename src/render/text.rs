//! Compiler-style text for people: `file:line:col`, the source line and a caret.

use std::collections::HashMap;
use std::fmt::Write;

use unicode_width::UnicodeWidthStr;

use crate::finding::{Finding, Severity};
use crate::lang::Lang;
use crate::render::Style;

const RED: &str = "\x1b[1;31m";
const YELLOW: &str = "\x1b[1;33m";
const CYAN: &str = "\x1b[1;36m";
const BLUE: &str = "\x1b[1;34m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

fn paint(style: &Style, color: &str, s: &str) -> String {
    if style.color {
        format!("{color}{s}{RESET}")
    } else {
        s.to_owned()
    }
}

/// Renders findings; `source` gives a client file's text by name.
pub fn findings<'a>(
    findings: &[Finding],
    source: impl Fn(&str) -> Option<&'a str>,
    style: &Style,
) -> String {
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
    let mut shown: HashMap<&str, usize> = HashMap::new();
    for f in findings {
        let count = shown.entry(f.file.as_str()).or_default();
        *count += 1;
        if *count > MAX_PER_FILE {
            continue;
        }
        let (label, color) = match (f.severity, style.lang) {
            (Severity::Error, Lang::Ja) => ("エラー", RED),
            (Severity::Error, Lang::En) => ("error", RED),
            (Severity::Warning, Lang::Ja) => ("警告", YELLOW),
            (Severity::Warning, Lang::En) => ("warning", YELLOW),
            (Severity::Hint, Lang::Ja) => ("ヒント", CYAN),
            (Severity::Hint, Lang::En) => ("hint", CYAN),
        };
        let head = format!("{label}[{}]", f.code.as_str());
        let _ = writeln!(
            out,
            "{}: {}",
            paint(style, color, &head),
            paint(style, BOLD, f.message.get(style.lang))
        );
        let location = match f.pos {
            Some(p) => format!("{}:{}:{}", style.display_path(&f.file), p.line, p.column),
            None => style.display_path(&f.file),
        };
        let _ = writeln!(out, "  {} {location}", paint(style, BLUE, "-->"));
        if let Some(p) = f.pos
            && let Some(line) = lines
                .get(f.file.as_str())
                .and_then(|l| l.get(p.line as usize - 1))
        {
            let (before, line) = window(line.trim_end_matches('\r'), p.column as usize - 1);
            let number = p.line.to_string();
            let gutter = " ".repeat(number.len());
            let indent = " ".repeat(before.replace('\t', " ").width());
            let bar = paint(style, BLUE, "|");
            let _ = writeln!(out, "{gutter} {bar}");
            let _ = writeln!(out, "{} {bar} {line}", paint(style, BLUE, &number));
            let _ = writeln!(out, "{gutter} {bar} {indent}{}", paint(style, color, "^"));
        }
        if let Some(h) = &f.hint {
            let word = match style.lang {
                Lang::Ja => "ヒント",
                Lang::En => "hint",
            };
            let _ = writeln!(out, "  = {word}: {}", h.get(style.lang));
        }
        out.push('\n');
    }
    let mut files: Vec<_> = shown
        .into_iter()
        .filter(|(_, n)| *n > MAX_PER_FILE)
        .collect();
    files.sort();
    for (file, n) in files {
        let (more, path) = (n - MAX_PER_FILE, style.display_path(file));
        let note = match style.lang {
            Lang::Ja => {
                format!("…{path} にはほかに {more} 件あります（すべて見るには --format json）\n\n")
            }
            Lang::En => format!("…and {more} more in {path} (--format json shows all)\n\n"),
        };
        out.push_str(&note);
    }
    out
}

/// Most findings shown per file; a file with thousands has one cause worth fixing first.
const MAX_PER_FILE: usize = 100;

/// Most characters of a source line shown around a caret.
const WINDOW: usize = 100;

/// The part of a long line around `column` (0-based, in characters), with `…` where cut;
/// returns the text before the caret and the whole shown line.
fn window(line: &str, column: usize) -> (String, String) {
    let chars: Vec<char> = line.chars().collect();
    let column = column.min(chars.len());
    if chars.len() <= WINDOW {
        return (chars[..column].iter().collect(), line.to_owned());
    }
    let start = column.saturating_sub(WINDOW / 2);
    let end = (start + WINDOW).min(chars.len());
    let lead = if start > 0 { "…" } else { "" };
    let tail = if end < chars.len() { "…" } else { "" };
    let before: String = chars[start..column].iter().collect();
    let shown: String = chars[start..end].iter().collect();
    (format!("{lead}{before}"), format!("{lead}{shown}{tail}"))
}

/// The closing line: counts of errors and warnings.
pub fn summary(findings: &[Finding], files: usize, lang: Lang) -> String {
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let warnings = findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    match (errors + warnings, lang) {
        (0, Lang::Ja) => format!("✓ {files} ファイルに問題はありません\n"),
        (0, Lang::En) => format!("✓ {files} files, no problems found\n"),
        (_, Lang::Ja) => format!("エラー {errors} 件、警告 {warnings} 件\n"),
        (_, Lang::En) => format!("{errors} error(s), {warnings} warning(s)\n"),
    }
}
