//! The mistakes people make typing YAML, above all in a Japanese input method, found in the
//! text and said in words a non-engineer can act on, at the character that is wrong, with
//! the corrected line.
//!
//! Two entry points. [`structural`] finds the characters that break YAML's structure
//! without YAML noticing (a full-width colon or space where a key's `:` or an indent
//! belongs): such a file can parse, into the wrong shape. [`explain`] turns a parser error
//! into the same kind of message: saphyr-parser marks where it gave up, often the line
//! after the mistake, and words it for YAML experts, in English.

use crate::finding::Pos;
use crate::lang::Text;
use crate::text;

/// A mistake in the text: where it is, what is wrong, and the corrected line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mistake {
    pub pos: Pos,
    pub message: Text,
    pub hint: Text,
    /// The corrected line, when it can be given whole.
    pub fixed: Option<String>,
}

/// Lines (1-based) that hold the content of a multi-line scalar (a `|` or `>` block, a
/// quoted or plain text running over lines): free text, where any character is fine.
pub type InText<'a> = &'a dyn Fn(usize) -> bool;

const FULL_COLON: char = '：';
const FULL_SPACE: char = '\u{3000}';
const FULL_HASH: char = '＃';
/// Whether `s` has a character a structural mistake is made of (a full-width colon,
/// space or hash); each is looked for as a substring, which is much faster than decoding
/// every character.
fn has_full_width(s: &str) -> bool {
    s.contains("：") || s.contains("\u{3000}") || s.contains("＃")
}

fn pos(line: usize, column: usize) -> Pos {
    Pos {
        line: u32::try_from(line).unwrap_or(u32::MAX),
        column: u32::try_from(column).unwrap_or(u32::MAX),
    }
}

/// A key as the format spells them (`employees`, `Q5`), or as an input method types them
/// (`Ｑ５`).
fn key_like(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| {
            c.is_ascii_alphanumeric()
                || c == '_'
                || c == '-'
                || ('Ａ'..='Ｚ').contains(&c)
                || ('ａ'..='ｚ').contains(&c)
                || ('０'..='９').contains(&c)
                || c == '＿'
        })
}

/// The line without its comment (a `#` after a blank, outside quotes).
fn without_comment(line: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut prev = ' ';
    for (i, c) in line.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if (c == '"' || c == '\'') && matches!(prev, ' ' | '{' | '[' | ',' | ':') => {
                quote = Some(c);
            }
            None if c == '#' && (prev == ' ' || prev == '\t' || i == 0) => return &line[..i],
            None => {}
        }
        prev = c;
    }
    line
}

/// Where a line's content starts, in characters: past the indent and any `- ` items.
fn content_start(chars: &[char]) -> usize {
    let mut i = 0;
    loop {
        while i < chars.len() && matches!(chars[i], ' ' | FULL_SPACE) {
            i += 1;
        }
        if i + 1 < chars.len() && chars[i] == '-' && chars[i + 1] == ' ' {
            i += 1;
            continue;
        }
        return i;
    }
}

fn indent_of(line: &str) -> usize {
    line.chars().take_while(|c| *c == ' ').count()
}

fn is_content(line: &str) -> bool {
    let t = line.trim_start_matches([' ', '\t', FULL_SPACE]);
    !t.is_empty() && !t.starts_with('#')
}

fn shown(line: &str) -> String {
    line.trim_end().to_owned()
}

fn corrected(fixed: &str) -> Text {
    let fixed = shown(fixed);
    text!("直した行: {fixed}", "corrected: {fixed}")
}

/// Full-width characters that break the structure: a `：` where a key's `:` belongs, a
/// `　` (U+3000) in the indent or right after a key's `:`, a `＃` starting a comment. Lines inside free text are
/// skipped, and so are comments. Only lines up to `last_line` (1-based) are read.
pub fn structural(src: &str, in_text: InText<'_>, last_line: usize) -> Vec<Mistake> {
    let mut out = Vec::new();
    // Every mistake found here has a full-width colon, space or hash on its line.
    if !has_full_width(src) {
        return out;
    }
    for (i, raw) in src.lines().enumerate().take(last_line) {
        let n = i + 1;
        if !has_full_width(raw) || in_text(n) || !is_content(raw) {
            continue;
        }
        let body = raw.trim_start_matches([' ', FULL_SPACE]);
        if let Some(comment) = body.strip_prefix(FULL_HASH) {
            let indent = &raw[..raw.len() - body.len()];
            let fixed = format!("{indent}#{comment}");
            out.push(Mistake {
                pos: pos(n, indent.chars().count() + 1),
                message: text!(
                    "全角の ＃ があります。コメントは半角の # で始めてください",
                    "a full-width hash (＃); a comment starts with an ordinary #"
                ),
                hint: corrected(&fixed),
                fixed: Some(shown(&fixed)),
            });
            continue;
        }
        let line = without_comment(raw);
        let chars: Vec<char> = line.chars().collect();
        if let Some(col) = chars
            .iter()
            .take_while(|c| matches!(**c, ' ' | FULL_SPACE | '\t'))
            .position(|c| *c == FULL_SPACE)
        {
            let fixed = indent_fixed(raw);
            out.push(Mistake {
                pos: pos(n, col + 1),
                message: text!(
                    "字下げに全角スペース（　）があります。半角スペースに直してください",
                    "a full-width space (U+3000) in the indentation; indent with ordinary spaces"
                ),
                hint: corrected(&fixed),
                fixed: Some(shown(&fixed)),
            });
            continue;
        }
        if let Some(m) = colon_mistake(n, raw, &chars) {
            out.push(m);
        }
    }
    out
}

/// Each full-width space of the indent as two spaces: it is as wide as two.
fn indent_fixed(line: &str) -> String {
    let body = line.trim_start_matches([' ', FULL_SPACE]);
    let indent: String = line[..line.len() - body.len()]
        .chars()
        .map(|c| if c == FULL_SPACE { "  " } else { " " })
        .collect();
    format!("{indent}{body}")
}

/// A key followed by `：`, or by `:` and a full-width space, at the start of a line's
/// content or of a flow mapping's entry (`{answer： partial}`).
fn colon_mistake(n: usize, raw: &str, chars: &[char]) -> Option<Mistake> {
    let mut starts = vec![content_start(chars)];
    for (i, c) in chars.iter().enumerate() {
        if matches!(c, '{' | ',') {
            let mut j = i + 1;
            while j < chars.len() && chars[j] == ' ' {
                j += 1;
            }
            starts.push(j);
        }
    }
    for start in starts {
        let rest = &chars[start.min(chars.len())..];
        let Some(end) = rest.iter().position(|c| matches!(*c, FULL_COLON | ':')) else {
            continue;
        };
        let key: String = rest[..end].iter().collect();
        if !key_like(&key) {
            continue;
        }
        let at = start + end;
        let after = rest.get(end + 1).copied();
        if rest[end] == FULL_COLON {
            let fixed = replace_at(raw, at, ": ", after == Some(' ') || after.is_none());
            return Some(Mistake {
                pos: pos(n, at + 1),
                message: text!(
                    "全角のコロン（：）があります。半角の : に直してください",
                    "a full-width colon (：); write an ordinary colon (:)"
                ),
                hint: corrected(&fixed),
                fixed: Some(shown(&fixed)),
            });
        }
        if after == Some(FULL_SPACE) {
            let fixed = replace_at(raw, at + 1, " ", false);
            return Some(Mistake {
                pos: pos(n, at + 2),
                message: text!(
                    "コロン（:）の後が全角スペース（　）です。半角スペースに直してください",
                    "a full-width space (U+3000) after the colon; write an ordinary space"
                ),
                hint: corrected(&fixed),
                fixed: Some(shown(&fixed)),
            });
        }
    }
    None
}

/// `line` with the character at `at` replaced by `with` (and a following space dropped
/// when `with` brings its own).
fn replace_at(line: &str, at: usize, with: &str, drop_space: bool) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out: String = chars[..at].iter().collect();
    out.push_str(with);
    let skip = if drop_space && chars.get(at + 1) == Some(&' ') {
        2
    } else {
        1
    };
    out.extend(chars.iter().skip(at + skip));
    out
}

/// A parser error explained: the mistake's position, message and hint. `line` and
/// `column` (both 1-based, the column in characters) are where the parser gave up;
/// `info` is its English text.
pub fn explain(src: &str, line: usize, column: usize, info: &str, in_text: InText<'_>) -> Mistake {
    let lines: Vec<&str> = src.lines().collect();
    let at = |n: usize| lines.get(n.wrapping_sub(1)).copied().unwrap_or("");
    // The nearest line with content at or before the parser's line, and the one before it.
    let content_before = |n: usize| {
        (1..n)
            .rev()
            .find(|&k| is_content(at(k)) && !in_text(k))
            .map(|k| (k, at(k)))
    };
    let here = at(line);
    let marker_is_line_start = {
        let chars: Vec<char> = here.chars().collect();
        column <= content_start(&chars) + 1 || !is_content(here)
    };

    if (info.contains("tab") || here.contains(":\t"))
        && let Some(m) = tab(&lines, line, in_text)
    {
        return m;
    }
    if info.contains("simple key expect ':'") || info.contains("comment intercepting") {
        // The parser gives up on the key after the one missing its colon.
        let culprit = (1..=line.min(lines.len()))
            .rev()
            .filter(|&k| is_content(at(k)) && !in_text(k))
            .find(|&k| !has_key_colon(at(k)))
            .map(|k| (k, at(k)))
            .or_else(|| {
                if marker_is_line_start {
                    content_before(line)
                } else {
                    Some((line, here))
                }
            });
        if let Some((n, l)) = culprit {
            return missing_colon(n, l, content_before(n).map(|(_, p)| p));
        }
    }
    if info.contains("mapping values are not allowed") {
        if let Some(m) = colon_in_value(line, here) {
            return m;
        }
        if let Some((_, prev)) = content_before(line)
            && indent_of(here) > indent_of(prev)
            && !prev.trim_end().ends_with(':')
        {
            let fixed = format!("{}{}", " ".repeat(indent_of(prev)), here.trim_start());
            let (have, want) = (indent_of(here), indent_of(prev));
            return Mistake {
                pos: pos(line, have + 1),
                message: text!(
                    "字下げが深すぎます（{have} 文字）。上の行と同じ {want} 文字にしてください",
                    "this line is indented too far ({have} spaces); indent it like the line above ({want})"
                ),
                hint: corrected(&fixed),
                fixed: Some(shown(&fixed)),
            };
        }
    }
    if info.contains("did not find expected key") {
        if let Some((n, prev)) = content_before(line)
            && let Some(m) = closed_too_early(n, prev)
        {
            return m;
        }
        if let Some(m) = misaligned(&lines, line, in_text) {
            return m;
        }
    }
    if info.contains("flow mapping")
        || info.contains("flow sequence")
        || info.contains("node content")
    {
        if let Some(m) = colon_in_value(line, here) {
            return m;
        }
        if let Some(m) = unclosed_flow(&lines, line, in_text) {
            return m;
        }
    }
    if info.contains("quoted scalar")
        && let Some(m) = unclosed_quote(&lines, line, in_text)
    {
        return m;
    }
    Mistake {
        pos: pos(line, column),
        message: translate(info),
        hint: text!(
            "字下げ（半角スペースの数）、「キー: 値」のコロンの後の半角スペース、引用符やかっこの閉じ忘れを確かめてください",
            "check the indentation, the space after `key:`, and unclosed quotes or brackets"
        ),
        fixed: None,
    }
}

/// The line's content starts with `key:` (then a blank or the end): a key YAML can read.
fn has_key_colon(line: &str) -> bool {
    let chars: Vec<char> = line.chars().collect();
    let rest: String = chars[content_start(&chars)..].iter().collect();
    let rest = without_comment(&rest).trim_end();
    match rest.split_once(':') {
        Some((key, after)) => {
            let key = key.trim_matches(['"', '\'']);
            key_like(key) && (after.is_empty() || after.starts_with([' ', '\t']))
        }
        None => false,
    }
}

/// A tab in the indent, or right after a key's colon.
fn tab(lines: &[&str], from: usize, in_text: InText<'_>) -> Option<Mistake> {
    for (i, l) in lines.iter().enumerate().skip(from.saturating_sub(1)) {
        let n = i + 1;
        let chars: Vec<char> = l.chars().collect();
        let indent = chars.iter().take_while(|c| matches!(c, ' ' | '\t')).count();
        if let Some(col) = chars[..indent].iter().position(|c| *c == '\t') {
            // Indent like the line above, one level deeper under a key that opens a block.
            let above = (1..n)
                .rev()
                .map(|k| lines[k - 1])
                .find(|l| is_content(l) && !l.starts_with('\t'));
            let want = above.map_or(2, |a| {
                let opens = without_comment(a).trim_end().ends_with([':', '|', '>']);
                indent_of(a) + if opens { 2 } else { 0 }
            });
            let fixed = format!("{}{}", " ".repeat(want), l.trim_start_matches([' ', '\t']));
            return Some(Mistake {
                pos: pos(n, col + 1),
                message: text!(
                    "字下げにタブ文字があります。YAML の字下げは半角スペースで書きます",
                    "a tab in the indentation; YAML indents with spaces"
                ),
                hint: corrected(&fixed),
                fixed: Some(shown(&fixed)),
            });
        }
        if !in_text(n)
            && let Some(at) = l.find(":\t")
        {
            let col = l[..at].chars().count() + 2;
            let fixed = format!("{}: {}", &l[..at], l[at + 2..].trim_start_matches('\t'));
            return Some(Mistake {
                pos: pos(n, col),
                message: text!(
                    "コロン（:）の後にタブ文字があります。半角スペースに直してください",
                    "a tab follows the colon; write a space instead"
                ),
                hint: corrected(&fixed),
                fixed: Some(shown(&fixed)),
            });
        }
    }
    None
}

/// A line read as a key that has no `:`: the key's colon is missing or full-width, or the
/// line continues the value above but is indented less than it.
fn missing_colon(n: usize, line: &str, previous: Option<&str>) -> Mistake {
    let chars: Vec<char> = line.chars().collect();
    if let Some(m) = colon_mistake(n, line, &chars) {
        return m;
    }
    let start = content_start(&chars);
    if let Some(prev) = previous
        && prev.contains(": ")
        && indent_of(line) <= indent_of(prev)
        && !line.trim_start().starts_with("- ")
    {
        let (key, value) = prev.split_once(": ").unwrap_or((prev, ""));
        let joined = format!(
            "{key}: \"{}{}\"",
            value.trim().trim_matches('"'),
            line.trim()
        );
        return Mistake {
            pos: pos(n, start + 1),
            message: text!(
                "この行に「キー: 値」の : がありません。上の行の値の続きなら、1行にまとめるか引用符で囲んでください",
                "this line has no `key: value` colon; if it continues the value above, join the lines or quote the value"
            ),
            hint: corrected(&joined),
            fixed: None,
        };
    }
    // `level 2` is `level: 2` with its colon missing; otherwise the line is a key.
    let body = without_comment(line).trim_end();
    let comment = &line[body.len()..];
    let head: String = chars[..start].iter().collect();
    let content = &body[head.len().min(body.len())..];
    let fixed = match content.split_once(' ') {
        Some((key, value)) if key_like(key) => format!("{head}{key}: {}{comment}", value.trim()),
        _ => format!("{body}:{comment}"),
    };
    Mistake {
        pos: pos(n, start + 1),
        message: text!(
            "この行に「キー: 値」の : がありません",
            "this line has no `key: value` colon"
        ),
        hint: corrected(&fixed),
        fixed: Some(shown(&fixed)),
    }
}

/// `key: value: more`: a value holding `: `, which YAML reads as a second key. In a flow
/// mapping each entry's value is read up to its `,` or `}`.
fn colon_in_value(n: usize, line: &str) -> Option<Mistake> {
    let body = without_comment(line).trim_end();
    let chars: Vec<char> = body.chars().collect();
    let mut starts = vec![(content_start(&chars), false)];
    for (i, c) in chars.iter().enumerate() {
        if matches!(c, '{' | ',') {
            let mut j = i + 1;
            while j < chars.len() && chars[j] == ' ' {
                j += 1;
            }
            starts.push((j, true));
        }
    }
    for (start, flow) in starts {
        let rest: String = chars[start.min(chars.len())..].iter().collect();
        let Some((key, value)) = rest.split_once(": ") else {
            continue;
        };
        if !key_like(key) || value.starts_with(['"', '\'', '{', '[', '|', '>']) {
            continue;
        }
        let value = if flow {
            &value[..value.find([',', '}']).unwrap_or(value.len())]
        } else {
            value
        };
        let Some(inner) = value
            .find(": ")
            .or_else(|| value.ends_with(':').then(|| value.len() - 1))
        else {
            continue;
        };
        let value_at = start + key.chars().count() + 2;
        let escaped = value.replace('\\', "\\\\").replace('"', "\\\"");
        let head: String = chars[..value_at].iter().collect();
        let tail: String = chars[value_at + value.chars().count()..].iter().collect();
        let fixed = format!("{head}\"{escaped}\"{tail}");
        let col = value_at + value[..inner].chars().count() + 1;
        let short = crate::lang::clip(&escaped, 24);
        return Some(Mistake {
            pos: pos(n, col),
            message: text!(
                "値に : が含まれています。\"{short}\" のように引用符で囲んでください",
                "the value contains \": \"; put it in quotes: \"{short}\""
            ),
            hint: corrected(&fixed),
            fixed: Some(shown(&fixed)),
        });
    }
    None
}

/// `answers: {}` (or `[]`) left above the entries that follow: the braces already closed
/// the mapping.
fn closed_too_early(n: usize, line: &str) -> Option<Mistake> {
    let body = without_comment(line).trim_end();
    let empty = if body.ends_with("{}") {
        "{}"
    } else if body.ends_with("[]") {
        "[]"
    } else {
        return None;
    };
    let at = body.chars().count() - 1;
    let fixed = body[..body.len() - 2].trim_end().to_owned();
    Some(Mistake {
        pos: pos(n, at),
        message: if empty == "{}" {
            text!(
                "{empty} でマッピングがここで閉じています。続けて中身を書くなら {empty} を消してください",
                "{empty} closes the mapping here; remove it to write the entries below"
            )
        } else {
            text!(
                "{empty} でリストがここで閉じています。続けて中身を書くなら {empty} を消してください",
                "{empty} closes the list here; remove it to write the items below"
            )
        },
        hint: corrected(&fixed),
        fixed: Some(shown(&fixed)),
    })
}

/// A line whose indent matches no open level: it should line up with its siblings.
fn misaligned(lines: &[&str], n: usize, in_text: InText<'_>) -> Option<Mistake> {
    let line = *lines.get(n.checked_sub(1)?)?;
    let have = indent_of(line);
    // The indents open above this line, innermost first.
    let mut levels: Vec<usize> = Vec::new();
    let mut bound = usize::MAX;
    for k in (1..n).rev() {
        let l = lines[k - 1];
        if !is_content(l) || in_text(k) {
            continue;
        }
        let i = indent_of(l);
        if i < bound {
            levels.push(i);
            bound = i;
        }
        if i == 0 {
            break;
        }
    }
    let want = levels.iter().copied().filter(|&i| i > have).min()?;
    let fixed = format!("{}{}", " ".repeat(want), line.trim_start());
    Some(Mistake {
        pos: pos(n, have + 1),
        message: text!(
            "字下げが揃っていません（{have} 文字）。同じ階層の上の行に合わせて {want} 文字にしてください",
            "the indentation ({have} spaces) matches no line above; line it up with its siblings ({want} spaces)"
        ),
        hint: corrected(&fixed),
        fixed: Some(shown(&fixed)),
    })
}

/// A `{` or `[` that is never closed on its line.
fn unclosed_flow(lines: &[&str], n: usize, in_text: InText<'_>) -> Option<Mistake> {
    for k in (1..=n.min(lines.len())).rev() {
        let l = without_comment(lines[k - 1]);
        if in_text(k) || !is_content(l) {
            continue;
        }
        let mut depth: Vec<(char, usize)> = Vec::new();
        for (i, c) in l.chars().enumerate() {
            match c {
                '{' | '[' => depth.push((c, i)),
                '}' | ']' => {
                    depth.pop();
                }
                _ => {}
            }
        }
        if let Some((c, i)) = depth.first().copied() {
            let close = if c == '{' { '}' } else { ']' };
            let fixed = format!("{}{close}", l.trim_end());
            return Some(Mistake {
                pos: pos(k, i + 1),
                message: text!(
                    "{c} が閉じていません。行の終わりに {close} を書いてください",
                    "the {c} is not closed; end the line with {close}"
                ),
                hint: corrected(&fixed),
                fixed: Some(shown(&fixed)),
            });
        }
    }
    None
}

/// A quote that opens a value and is not closed on its line.
fn unclosed_quote(lines: &[&str], n: usize, in_text: InText<'_>) -> Option<Mistake> {
    for k in (1..=n.min(lines.len())).rev() {
        let l = lines[k - 1];
        if in_text(k) || !is_content(l) {
            continue;
        }
        let chars: Vec<char> = l.chars().collect();
        for (i, &q) in chars.iter().enumerate() {
            if q != '"' && q != '\'' {
                continue;
            }
            let before = chars[..i].iter().rev().find(|c| **c != ' ');
            if !matches!(before, None | Some(':' | '-' | '[' | '{' | ',')) {
                continue;
            }
            let closed = chars[i + 1..].iter().filter(|c| **c == q).count() % 2 == 1;
            if closed {
                break;
            }
            let fixed = format!("{}{q}", l.trim_end());
            return Some(Mistake {
                pos: pos(k, i + 1),
                message: text!(
                    "引用符（{q}）が閉じていません",
                    "the quote ({q}) is not closed"
                ),
                hint: corrected(&fixed),
                fixed: Some(shown(&fixed)),
            });
        }
    }
    None
}

/// The parser's English words, in both languages; the Japanese never quotes them.
pub fn translate(info: &str) -> Text {
    const WORDS: &[(&str, &str, &str)] = &[
        (
            "simple key expect",
            "「キー: 値」の : がありません",
            "a key is missing its colon (:)",
        ),
        (
            "mapping values are not allowed",
            "ここに「キー: 値」は書けません（字下げか、値の中の : を確かめてください）",
            "a `key: value` is not allowed here (check the indentation, or a colon inside a value)",
        ),
        (
            "did not find expected key",
            "字下げが揃っていないか、キーがありません",
            "the indentation does not line up, or a key is missing",
        ),
        (
            "block sequence entries are not allowed",
            "ここに「- 」のリストは書けません（字下げを確かめてください）",
            "a `- ` list item is not allowed here (check the indentation)",
        ),
        (
            "did not find expected '-' indicator",
            "リストの項目は「- 」で始めてください",
            "start each list item with `- `",
        ),
        (
            "did not find expected ',' or '}'",
            "{ } の中で , か } が足りません",
            "a `,` or `}` is missing in the { } mapping",
        ),
        (
            "expected ',' or ']'",
            "[ ] の中で , か ] が足りません",
            "a `,` or `]` is missing in the [ ] list",
        ),
        (
            "did not find expected node content",
            "値がありません",
            "a value is missing",
        ),
        (
            "found unknown escape character",
            "引用符の中の \\ の使い方が正しくありません（\\ を書くなら \\\\ と2つ重ねるか、' で囲んでください）",
            "an unknown escape after \\ in a quoted value (write \\\\, or quote with ')",
        ),
        (
            "unexpected end of stream",
            "引用符が閉じていません",
            "a quote is not closed",
        ),
        (
            "invalid indentation in quoted scalar",
            "引用符が閉じていないか、引用符の中の改行の字下げが足りません",
            "a quote is not closed, or a quoted value's next line is not indented",
        ),
        (
            "found unknown anchor",
            "未定義のアンカー（*名前）を参照しています",
            "an alias (*name) refers to an unknown anchor",
        ),
        (
            "duplicated anchor",
            "同じ名前のアンカー（&名前）が2つあります",
            "two anchors (&name) share a name",
        ),
        (
            "tab",
            "字下げにタブ文字は使えません。半角スペースで字下げしてください",
            "YAML does not allow tabs for indentation; indent with spaces",
        ),
        (
            "unprintable character",
            "表示できない制御文字が含まれています",
            "the file contains an unprintable control character",
        ),
        (
            "byte order mark",
            "文書の途中に BOM（U+FEFF）があります",
            "a byte order mark (U+FEFF) inside the document",
        ),
        (
            "must be followed by a valid YAML whitespace",
            "記号（: や -）の後には半角スペースが必要です",
            "a `:` or `-` must be followed by a space",
        ),
        (
            "wrongly indented line in block scalar",
            "| や > の本文の字下げが足りません",
            "a line of a | or > text is not indented enough",
        ),
        (
            "block scalar",
            "| や > の書き方に誤りがあります",
            "a | or > text is not written correctly",
        ),
        (
            "recursion limit exceeded",
            "入れ子が深すぎます",
            "nesting is too deep",
        ),
        (
            "invalid indentation",
            "字下げが正しくありません",
            "the indentation is not valid",
        ),
        (
            "tag",
            "! で始まるタグの書き方に誤りがあります（値に ! を書くなら引用符で囲んでください）",
            "a tag (starting with !) is not valid (quote a value that starts with !)",
        ),
        (
            "directive",
            "% で始まる行は書けません（値に % を書くなら引用符で囲んでください）",
            "a line starting with % is a directive (quote a value that starts with %)",
        ),
        (
            "document",
            "文書の区切り（--- や ...）の位置が正しくありません",
            "a document marker (--- or ...) is misplaced",
        ),
        (
            "anchor or alias",
            "& や * の後に名前がありません（値に & や * を書くなら引用符で囲んでください）",
            "& or * is not followed by a name (quote a value that starts with & or *)",
        ),
        (
            "illegal placement of ':'",
            ": の位置が正しくありません（値の中の : は引用符で囲んでください）",
            "a `:` is misplaced (quote a value holding a colon)",
        ),
        (
            "unexpected character",
            "使えない文字があります（値なら引用符で囲んでください）",
            "an unexpected character (quote the value)",
        ),
    ];
    WORDS
        .iter()
        .find(|(en, _, _)| info.contains(en))
        .map_or_else(
            || {
                text!(
                    "YAML として読めない書き方があります",
                    "invalid YAML: {info}"
                )
            },
            |(_, ja, en)| Text::new(*ja, *en),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none(_: usize) -> bool {
        false
    }

    fn at(m: &Mistake) -> (u32, u32) {
        (m.pos.line, m.pos.column)
    }

    #[test]
    fn a_full_width_colon_is_found_at_its_character_with_the_fixed_line() {
        let src = "organization:\n  name: x\n  employees： 8\n";
        let found = structural(src, &none, usize::MAX);
        assert_eq!(found.len(), 1);
        assert_eq!(at(&found[0]), (3, 12));
        assert!(found[0].message.ja.contains("全角のコロン"));
        assert_eq!(found[0].hint.en, "corrected:   employees: 8");
    }

    #[test]
    fn full_width_spaces_in_the_indent_and_after_a_colon() {
        let found = structural("a:\n　b: 1\n  c:　2\n", &none, usize::MAX);
        assert_eq!(found.iter().map(at).collect::<Vec<_>>(), [(2, 1), (3, 5)]);
        assert_eq!(found[0].hint.en, "corrected:   b: 1");
        assert_eq!(found[1].hint.en, "corrected:   c: 2");
    }

    #[test]
    fn free_text_and_comments_may_hold_any_character() {
        let src =
            "# 注意：コメント\nnote: 時刻：10時\nbody: |\n　全角で始まる段落\n  Step1：確認\n";
        let in_text = |n: usize| n >= 4;
        assert!(structural(src, &in_text, usize::MAX).is_empty());
    }

    #[test]
    fn a_missing_colon_is_the_line_before_the_parser_s() {
        let src = "a:\n  b: 1\n  c 2\n  d: 3\n";
        let m = explain(src, 4, 3, "simple key expect ':'", &none);
        assert_eq!(at(&m), (3, 3));
    }

    #[test]
    fn an_under_indented_continuation_is_named_at_its_line() {
        let src = "Q1:\n    note: 私物\n  のみ\n  Q2: x\n";
        let m = explain(src, 4, 3, "simple key expect ':'", &none);
        assert_eq!(at(&m), (3, 3));
        assert!(
            m.message.ja.contains("上の行の値の続き"),
            "{}",
            m.message.ja
        );
    }

    #[test]
    fn a_colon_inside_a_value_asks_for_quotes() {
        let m = explain(
            "a:\n  note: 参考: IPA\n",
            2,
            13,
            "mapping values are not allowed in this context",
            &none,
        );
        assert_eq!(at(&m), (2, 11));
        assert_eq!(m.hint.en, "corrected:   note: \"参考: IPA\"");
        let m = explain(
            "Q1: {answer: partial, note: 参考: IPA}\n",
            1,
            31,
            "while parsing a flow mapping, did not find expected ',' or '}'",
            &none,
        );
        assert_eq!(at(&m), (1, 31));
        assert_eq!(
            m.hint.en,
            "corrected: Q1: {answer: partial, note: \"参考: IPA\"}"
        );
    }

    #[test]
    fn braces_left_above_the_entries_are_named_at_their_line() {
        let src = "answers: {}\n  Q1: {answer: partial}\n";
        let m = explain(src, 2, 3, "did not find expected key", &none);
        assert_eq!(at(&m), (1, 10));
        assert_eq!(m.hint.en, "corrected: answers:");
    }

    #[test]
    fn a_tab_after_a_colon_is_not_called_indentation() {
        let src = "a:\n  answer:\timplemented\n";
        let m = explain(
            src,
            2,
            10,
            "':' must be followed by a valid YAML whitespace",
            &none,
        );
        assert_eq!(at(&m), (2, 10));
        assert!(
            m.message.en.contains("tab follows the colon"),
            "{}",
            m.message.en
        );
    }

    #[test]
    fn an_under_indented_key_lines_up_with_its_siblings() {
        let src = "a:\n  action:\n    what: x\n   owner: y\n";
        let m = explain(
            src,
            4,
            4,
            "while parsing a block mapping, did not find expected key",
            &none,
        );
        assert_eq!(at(&m), (4, 4));
        assert_eq!(m.hint.en, "corrected:     owner: y");
    }

    #[test]
    fn japanese_never_quotes_the_parser() {
        let t = translate("some message no table knows");
        assert!(!t.ja.contains("some message"));
    }
}
