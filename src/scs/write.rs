//! `hoshi scs suggest --write`: the suggestions added to scs.yaml as answers marked
//! `suggested: true`, every other byte of the file kept as it was. Only criteria with no
//! entry at all are written; an answer a person wrote, or an earlier suggestion, stays.

use crate::lang::Text;
use crate::load::yaml;
use crate::scs::crosswalk::Suggestion;
use crate::text;

/// The new text of scs.yaml with `new` added under `answers`, or why it cannot be done.
/// `text` must be a file that loads; the result is checked to load to the same values
/// plus the new answers.
pub fn add(text: &str, new: &[&Suggestion]) -> Result<String, Text> {
    if new.is_empty() {
        return Ok(text.to_owned());
    }
    let before = yaml::load(text.as_bytes());
    let Some(doc) = before.document.filter(|_| before.problems.is_empty()) else {
        return Err(text!(
            "scs.yaml に誤りがあるため書き込みません。先に `hoshi validate` で直してください",
            "scs.yaml has errors, so nothing is written; fix them first (`hoshi validate`)"
        ));
    };
    let nl = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let entry = |indent: &str, s: &Suggestion| {
        let from: Vec<String> = s
            .sources
            .iter()
            .map(|x| format!("{} {}", x.from, x.value))
            .collect();
        format!(
            "{indent}\"{}\": {{answer: {}, suggested: true}}   # 提案 / suggested: {}{nl}",
            s.criterion,
            s.answer,
            from.join(", ")
        )
    };
    let answers = doc.value.get("answers");
    let mut out = String::new();
    match answers {
        None => {
            out.push_str(text);
            if !text.is_empty() && !text.ends_with('\n') {
                out.push_str(nl);
            }
            out.push_str(&format!("answers:{nl}"));
            for s in new {
                out.push_str(&entry("  ", s));
            }
        }
        Some(v) if v.is_null() || v.as_object().is_some_and(|m| m.is_empty()) => {
            let key_line = key_line(&doc, &lines)?;
            let line = lines[key_line];
            let body = line.trim_end_matches(['\n', '\r']);
            let rest = body
                .trim_start_matches("answers")
                .trim_start_matches(':')
                .trim_start();
            // `answers:` or `answers: {}` (perhaps with a comment): the key alone stays.
            let head = if let Some(after) = rest.strip_prefix("{}") {
                let comment = after.trim_start();
                if comment.is_empty() {
                    "answers:".to_owned()
                } else if comment.starts_with('#') {
                    format!("answers:  {comment}")
                } else {
                    return Err(unsupported());
                }
            } else if rest.is_empty() || rest.starts_with('#') {
                body.to_owned()
            } else {
                return Err(unsupported());
            };
            let end = block_end(&lines, key_line);
            for (i, l) in lines.iter().enumerate() {
                if i == key_line {
                    out.push_str(&head);
                    out.push_str(nl);
                } else {
                    out.push_str(l);
                }
                // Each suggestion after its criterion's commented line, as `init --scs`
                // writes them; the rest at the end of the block.
                if i > key_line && i < end {
                    for s in new.iter().filter(|s| commented(l, &s.criterion)) {
                        out.push_str(&entry(&indent_of(l), s));
                    }
                }
                if i + 1 == end {
                    for s in new
                        .iter()
                        .filter(|s| !has_comment(&lines, key_line, end, s))
                    {
                        out.push_str(&entry("  ", s));
                    }
                }
            }
        }
        Some(v) if v.is_object() => {
            let key_line = key_line(&doc, &lines)?;
            let first = v
                .as_object()
                .and_then(|m| m.keys().next())
                .and_then(|k| doc.key_pos(&format!("/answers/{}", yaml::escape_segment(k))));
            // A flow mapping starts on the key's own line.
            let Some(first) = first.filter(|p| p.line as usize > key_line + 1) else {
                return Err(unsupported());
            };
            let col = first.column;
            let indent = " ".repeat(col.saturating_sub(1) as usize);
            let end = block_end(&lines, key_line);
            for (i, l) in lines.iter().enumerate() {
                out.push_str(l);
                if i + 1 == end {
                    if !l.ends_with('\n') {
                        out.push_str(nl);
                    }
                    for s in new {
                        out.push_str(&entry(&indent, s));
                    }
                }
            }
        }
        Some(_) => return Err(unsupported()),
    }
    check_same(&doc.value, &out, new)?;
    Ok(out)
}

fn unsupported() -> Text {
    text!(
        "scs.yaml の answers の書き方（フロー形式など）には書き込めません。answers: の下に1行ずつ書く形にしてください",
        "cannot add to answers written this way (flow style); write answers as a block, one criterion a line"
    )
}

/// The index of the line holding the `answers` key (top level, column 1).
fn key_line(doc: &yaml::Document, lines: &[&str]) -> Result<usize, Text> {
    let pos = doc.key_pos("/answers").ok_or_else(unsupported)?;
    let i = (pos.line as usize).saturating_sub(1);
    if pos.column != 1 || i >= lines.len() {
        return Err(unsupported());
    }
    Ok(i)
}

/// Where the block under the top-level key at `key_line` ends: the line index after its
/// last line, before the next top-level key (and the blank lines and comments at column 1
/// right above it, which belong to that key).
fn block_end(lines: &[&str], key_line: usize) -> usize {
    let next = (key_line + 1..lines.len())
        .find(|&i| {
            let l = lines[i];
            !l.starts_with([' ', '\t', '#', '\r', '\n']) && !l.is_empty()
        })
        .unwrap_or(lines.len());
    let mut end = next;
    while end > key_line + 1 {
        let l = lines[end - 1];
        let t = l.trim_end_matches(['\n', '\r']);
        if t.trim().is_empty() || t.starts_with('#') {
            end -= 1;
        } else {
            break;
        }
    }
    end
}

fn commented(line: &str, criterion: &str) -> bool {
    let t = line.trim_start();
    t.starts_with('#')
        && t[1..]
            .trim_start()
            .starts_with(&format!("\"{criterion}\":"))
}

fn has_comment(lines: &[&str], key_line: usize, end: usize, s: &Suggestion) -> bool {
    lines[key_line + 1..end]
        .iter()
        .any(|l| commented(l, &s.criterion))
}

fn indent_of(line: &str) -> String {
    line.chars().take_while(|c| *c == ' ').collect()
}

/// The written text must load, keep every value it had, and add exactly the suggestions.
fn check_same(before: &serde_json::Value, after: &str, new: &[&Suggestion]) -> Result<(), Text> {
    let loaded = yaml::load(after.as_bytes());
    let ok = loaded.problems.is_empty()
        && loaded.document.is_some_and(|d| {
            let mut want = before.clone();
            if let Some(obj) = want.as_object_mut() {
                let answers = obj
                    .entry("answers")
                    .or_insert_with(|| serde_json::Value::Object(Default::default()));
                if answers.is_null() {
                    *answers = serde_json::Value::Object(Default::default());
                }
                if let Some(m) = answers.as_object_mut() {
                    for s in new {
                        m.insert(
                            s.criterion.clone(),
                            serde_json::json!({"answer": s.answer, "suggested": true}),
                        );
                    }
                }
            }
            d.value == want
        });
    if ok { Ok(()) } else { Err(unsupported()) }
}
