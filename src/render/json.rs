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
        "path": f.path,
        "message": f.message.get(lang),
        "hint": f.hint.as_ref().map(|h| h.get(lang)),
    })
}

/// `hoshi validate --format json`.
pub fn validation(v: &Validation, lang: Lang) -> String {
    let value = json!({
        "valid": v.is_valid(),
        "findings": v.findings.iter().map(|f| finding(f, lang)).collect::<Vec<_>>(),
    });
    let mut s = serde_json::to_string_pretty(&value).unwrap_or_default();
    s.push('\n');
    s
}
