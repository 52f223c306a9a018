//! Compiler-style text for people: `file:line:col`, the source line and a caret.

use std::fmt::Write;

use unicode_width::UnicodeWidthStr;

use crate::finding::{Finding, Severity};
use crate::lang::Lang;
use crate::report::Style;

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
    for f in findings {
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
            && let Some(line) = source(&f.file).and_then(|t| t.lines().nth(p.line as usize - 1))
        {
            let line = line.trim_end_matches('\r');
            let number = p.line.to_string();
            let gutter = " ".repeat(number.len());
            let before: String = line.chars().take(p.column as usize - 1).collect();
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
    out
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
