//! GitHub Actions workflow commands, which become annotations on the changed lines.

use std::fmt::Write;

use crate::finding::{Finding, Severity};
use crate::render::Style;

/// One `::error file=…,line=…,col=…,title=…::message` line per finding.
pub fn findings(findings: &[Finding], style: &Style) -> String {
    let mut out = String::new();
    for f in findings {
        let level = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Hint => "notice",
        };
        let mut props = format!("file={}", property(&style.display_path(&f.file)));
        if let Some(p) = f.pos {
            let _ = write!(props, ",line={},col={}", p.line, p.column);
        }
        let _ = write!(
            props,
            ",title={}",
            property(&format!("hoshi {}", f.code.as_str()))
        );
        let mut message = f.message.get(style.lang).to_owned();
        if let Some(h) = &f.hint {
            message.push('\n');
            message.push_str(h.get(style.lang));
        }
        let _ = writeln!(out, "::{level} {props}::{}", data(&message));
    }
    out
}

/// Escapes a workflow command's message.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}
