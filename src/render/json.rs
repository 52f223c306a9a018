//! JSON output, as the product contract names the fields.

use serde_json::{Value, json};

use crate::finding::Finding;
use crate::lang::Lang;
use crate::validate::Validation;

/// One finding as JSON; `file` stays relative to the client root.
pub fn finding(f: &Finding, lang: Lang) -> Value {
    json!({
        "severity": f.severity.as_str(),
        "code": f.code.as_str(),
        "file": f.file,
        "line": f.pos.map(|p| p.line),
        "column": f.pos.map(|p| p.column),
        "end_line": f.end.map(|p| p.line),
        "end_column": f.end.map(|p| p.column),
        "path": f.path,
        "message": f.message.get(lang),
        "hint": f.hint.as_ref().map(|h| h.get(lang)),
    })
}

/// `hoshi validate --format json`.
pub fn validation(v: &Validation, lang: Lang) -> String {
    document(&json!({
        "valid": v.is_valid(),
        "findings": v.findings.iter().map(|f| finding(f, lang)).collect::<Vec<_>>(),
    }))
}

/// A JSON document as hoshi prints and writes it: indented, one newline at the end, and
/// every character a terminal acts on escaped. serde_json escapes the C0 controls; DEL,
/// the C1 controls and the bidirectional controls it leaves raw, which is valid JSON but
/// would reach a terminal that shows the output. Here they are `\uXXXX` too.
pub fn document(value: &Value) -> String {
    escaped(serde_json::to_string_pretty(value).unwrap_or_default())
}

/// Pretty-printed JSON `raw` as [`document`] prints it: the controls a terminal acts on
/// escaped, one newline at the end. Without such a control, `raw` itself is returned.
pub fn escaped(mut raw: String) -> String {
    if !raw.chars().any(acted_on) {
        raw.push('\n');
        return raw;
    }
    let mut out = String::with_capacity(raw.len() + 16);
    for c in raw.chars() {
        if acted_on(c) {
            // Only inside strings: outside them JSON holds no such character.
            let _ = std::fmt::Write::write_fmt(&mut out, format_args!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out.push('\n');
    out
}

/// DEL, the C1 controls and the bidirectional controls: left raw by serde_json.
fn acted_on(c: char) -> bool {
    c == '\u{7f}'
        || ('\u{80}'..='\u{9f}').contains(&c)
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}
