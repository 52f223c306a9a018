//! Compiler-style text for people: `file:line:col`, the source line and the offending
//! value underlined, drawn by annotate-snippets (which measures CJK text in terminal
//! columns, as a Japanese line needs).

use std::collections::HashMap;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use crate::finding::{Finding, Severity};
use crate::lang::Lang;
use crate::render::Style;

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
        });
        out.push_str(&renderer.render(&[report(f, line.copied(), style)]));
        out.push_str("\n\n");
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

/// One finding: the title, where it is (with its source line when there is one) and the hint.
fn report<'a>(f: &'a Finding, line: Option<&'a str>, style: &Style) -> Group<'a> {
    let lang = style.lang;
    let label = match (f.severity, lang) {
        (Severity::Error, Lang::Ja) => "エラー",
        (Severity::Error, Lang::En) => "error",
        (Severity::Warning, Lang::Ja) => "警告",
        (Severity::Warning, Lang::En) => "warning",
        (Severity::Hint, Lang::Ja) => "ヒント",
        (Severity::Hint, Lang::En) => "hint",
    };
    let level = match f.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Hint => Level::HELP,
    };
    let title = level
        .with_name(Some(label))
        .primary_title(f.message.get(lang))
        .id(f.code.as_str());
    let path = style.display_path(&f.file);
    let mut group = match (f.pos, line) {
        (Some(p), Some(line)) => {
            let line = line.trim_end_matches('\r');
            let span = underline(line, p, f.end);
            title.element(
                Snippet::source(line)
                    .line_start(p.line as usize)
                    .path(path)
                    .annotation(AnnotationKind::Primary.span(span)),
            )
        }
        (Some(p), None) => title.element(
            Origin::path(path)
                .line(p.line as usize)
                .char_column((p.column as usize).saturating_sub(1)),
        ),
        (None, _) => title.element(Origin::path(path)),
    };
    if let Some(h) = &f.hint {
        let word = match lang {
            Lang::Ja => "ヒント",
            Lang::En => "hint",
        };
        group = group.element(Level::HELP.with_name(Some(word)).message(h.get(lang)));
    }
    group
}

/// The bytes of `line` to underline: from the finding's column to its end on the same line
/// (to the end of the line when the value goes on below it), or a single caret when the end
/// is not known.
fn underline(
    line: &str,
    start: crate::finding::Pos,
    end: Option<crate::finding::Pos>,
) -> std::ops::Range<usize> {
    let byte_at = |column: u32| {
        line.char_indices()
            .nth((column as usize).saturating_sub(1))
            .map_or(line.len(), |(i, _)| i)
    };
    let from = byte_at(start.column);
    let to = match end {
        Some(e) if e.line == start.line => byte_at(e.column),
        Some(e) if e.line > start.line => line.trim_end().len(),
        _ => from,
    };
    from..to.max(from)
}

/// Most findings shown per file; a file with thousands has one cause worth fixing first.
const MAX_PER_FILE: usize = 100;

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
