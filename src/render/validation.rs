//! `hoshi validate` (and every command that stops at the files' findings) as sections:
//! the findings, then the count.

use crate::finding::Finding;
use crate::render::section::{Block, Line, Section, findings_only};
use crate::render::terms::summary;
use crate::render::{Style, layout};

/// The findings and their count over `files` client files; `then` closes with more lines
/// (why a command stopped).
pub fn sections(findings: &[Finding], files: usize, then: Vec<Line>) -> Vec<Section> {
    let mut s = Section::plain()
        .with(Block::Findings(findings.to_vec()))
        .with(Block::line(summary(findings, files)));
    if !then.is_empty() {
        s.push(Block::Lines(then));
    }
    vec![s]
}

/// For a terminal; with `quiet`, the findings only.
pub fn text<'a>(
    findings: &[Finding],
    files: usize,
    source: impl Fn(&str) -> Option<&'a str>,
    style: &Style,
    quiet: bool,
) -> String {
    let s = sections(findings, files, Vec::new());
    let s = if quiet { findings_only(&s) } else { s };
    layout::text::text(&s, style, source)
}

/// Annotations for the findings.
pub fn github(findings: &[Finding], files: usize, style: &Style) -> String {
    layout::github::github(&sections(findings, files, Vec::new()), style)
}
