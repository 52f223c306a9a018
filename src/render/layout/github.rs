//! Sections as GitHub Actions workflow commands: each finding becomes an annotation on its
//! line (`::error file=…,line=…,col=…,title=…::message`); the rest of a report has no
//! place there. Client text goes through [`Untrusted::for_github_message`] and
//! [`Untrusted::for_github_property`].

use std::fmt::Write;

use crate::finding::Severity;
use crate::render::Style;
use crate::render::section::{Block, Section};
use crate::render::untrusted::Untrusted;

/// One workflow command per finding of the sections.
pub fn github(sections: &[Section], style: &Style) -> String {
    let mut out = String::new();
    let findings = sections
        .iter()
        .flat_map(|s| &s.blocks)
        .flat_map(|b| match b {
            Block::Findings(f) => f.as_slice(),
            _ => &[],
        });
    for f in findings {
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
    out
}
