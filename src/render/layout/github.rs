//! Sections as GitHub Actions workflow commands: each finding becomes an annotation on its
//! line (`::error file=…,line=…,col=…,title=…::message`); the rest of a report has no
//! place there. Client text goes through [`Untrusted::for_github_message`] and
//! [`Untrusted::for_github_property`].

use std::fmt::Write;

use crate::finding::{Finding, Severity};
use crate::render::Style;
use crate::render::section::{Block, Section};
use crate::render::untrusted::Untrusted;

/// One workflow command per finding of the sections.
pub fn github(sections: &[Section], style: &Style) -> String {
    annotations(sections, style, usize::MAX)
}

/// At most `limit` workflow commands, the most important first (errors, then warnings,
/// then notices, each in file order), and a notice saying how many were left out: GitHub
/// shows only a few annotations per step, and a huge file must not flood the log.
pub fn annotations(sections: &[Section], style: &Style, limit: usize) -> String {
    let mut out = String::new();
    let mut findings: Vec<&Finding> = sections
        .iter()
        .flat_map(|s| &s.blocks)
        .flat_map(|b| match b {
            Block::Findings(f) => f.as_slice(),
            _ => &[],
        })
        .collect();
    // Stable: the findings are already in file order.
    findings.sort_by_key(|f| f.severity);
    let left_out = findings.len().saturating_sub(limit);
    for f in findings.into_iter().take(limit) {
        let level = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Hint => "notice",
        };
        let file = Untrusted::new(style.display_path(&f.file));
        let mut props = format!("file={}", file.for_github_property());
        if let Some(p) = f.pos {
            let _ = write!(props, ",line={},col={}", p.line, p.column);
        }
        let _ = write!(props, ",title=hoshi {}", f.code.as_str());
        let mut message = f.message.get(style.lang).to_owned();
        if let Some(h) = &f.hint {
            message.push('\n');
            message.push_str(h.get(style.lang));
        }
        let message = Untrusted::new(message);
        let _ = writeln!(out, "::{level} {props}::{}", message.for_github_message());
    }
    if left_out > 0 {
        let note = crate::text!(
            "hoshi: ほかに {left_out} 件の指摘があります（注釈にはしていません。ログの全文を見てください）",
            "hoshi: {left_out} more findings are not shown as annotations; see the full log"
        );
        let _ = writeln!(
            out,
            "::notice title=hoshi more-findings::{}",
            Untrusted::new(note.get(style.lang)).for_github_message()
        );
    }
    out
}
