//! Sections as GitHub-flavoured Markdown, for a pull-request comment or a job summary:
//! headings, paragraphs, lists and tables; long diffs folded in `<details>`. Client text
//! goes through [`Untrusted::for_markdown`] (or into a code span or fenced block).

use std::fmt::Write;

use crate::finding::{Finding, Severity};
use crate::load::vocabulary::word;
use crate::render::Style;
use crate::render::section::{Align, Block, Content, Item, Line, Mark, Rank, Section, Tone};
use crate::render::untrusted::{Untrusted, WORD_JOINER};

/// Policy diffs longer than this many lines are folded.
pub const FOLD_LINES: usize = 12;

/// hoshi's own words: no markup, no HTML, one line. Client text needs more
/// ([`Untrusted::for_markdown`]). Our sentences may still carry a value from the files (a
/// URL, a name), so what GitHub would turn into a link, a mention or an issue reference
/// is broken up here too: `://`, `www.`, `@name`, `#123`.
fn words(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    let mut word = String::new();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            ':' if chars.peek() == Some(&'/') => out.push_str("\\:"),
            '.' if word.eq_ignore_ascii_case("www") => out.push_str("\\."),
            '@' | '#' => {
                out.push(c);
                if chars
                    .peek()
                    .is_some_and(|n| n.is_alphanumeric() || matches!(n, '_' | '-'))
                {
                    out.push(WORD_JOINER);
                }
            }
            '\r' => {}
            '\n' => out.push(' '),
            c => out.push(c),
        }
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            word.clear();
        }
    }
    out
}

/// hoshi's words with the commands and keys they put between backticks as code spans.
fn words_with_code(s: &str) -> String {
    match crate::render::untrusted::code_spans(s) {
        None => words(s),
        Some(parts) => parts
            .into_iter()
            .map(|(code, p)| {
                if code {
                    format!("`{}`", Untrusted::new(p).for_markdown_code())
                } else {
                    words(p)
                }
            })
            .collect(),
    }
}

/// A line as inline Markdown.
pub fn line(l: &Line, style: &Style) -> String {
    let mut out = String::new();
    let mut strong = String::new();
    let flush = |strong: &mut String, out: &mut String| {
        if !strong.is_empty() {
            let _ = write!(out, "**{strong}**");
            strong.clear();
        }
    };
    for s in l.spans(style.lang) {
        let text = match &s.content {
            Content::Words(w) => words_with_code(w),
            Content::Quoting(w) => Untrusted::new(w.as_str()).for_markdown(),
            Content::User(u) => u.for_markdown(),
            Content::Path(p) => format!("`{}`", p.prefixed(&style.path_prefix).for_markdown_code()),
            Content::Id(w) | Content::Command(w) => {
                format!("`{}`", Untrusted::new(w.as_str()).for_markdown_code())
            }
        };
        if s.tone == Tone::Strong {
            strong.push_str(&text);
        } else {
            flush(&mut strong, &mut out);
            out.push_str(&text);
        }
    }
    flush(&mut strong, &mut out);
    out
}

/// The same without emphasis (a heading is bold already).
fn heading(l: &Line, style: &Style) -> String {
    line(&l.clone().tone(Tone::Plain), style)
}

fn mark(m: Mark) -> &'static str {
    match m {
        Mark::None | Mark::Bullet => "",
        Mark::Met => "✅ ",
        Mark::Unmet => "❌ ",
        Mark::Unknown => "❔ ",
        Mark::Advice => "⚠️ ",
        Mark::Added => "➕ ",
        Mark::Removed => "➖ ",
        Mark::Replaced => "🔁 ",
        Mark::Edited => "✏️ ",
        Mark::Expired => "⏰ ",
    }
}

fn severity_icon(s: Severity) -> &'static str {
    match s {
        Severity::Error => "❌",
        Severity::Warning => "⚠️",
        Severity::Hint => "💡",
    }
}

/// The sections as one Markdown document, ending in a newline.
pub fn markdown(sections: &[Section], style: &Style) -> String {
    let mut parts: Vec<String> = Vec::new();
    for s in sections {
        let mut blocks: Vec<String> = Vec::new();
        if s.alert {
            let mut body = String::from("> [!WARNING]\n");
            if let Some(h) = &s.heading {
                let _ = writeln!(body, "> **{}**", heading(h, style));
            }
            for b in &s.blocks {
                for l in block(b, style).lines() {
                    let _ = writeln!(body, "{}", format!("> {l}").trim_end());
                }
            }
            parts.push(body);
            continue;
        }
        if let Some(h) = &s.heading {
            let hashes = match s.rank {
                Rank::Title => "##",
                Rank::Section => "###",
            };
            blocks.push(format!("{hashes} {}\n", heading(h, style)));
        }
        blocks.extend(
            s.blocks
                .iter()
                .map(|b| block(b, style))
                .filter(|b| !b.is_empty()),
        );
        parts.extend(blocks);
    }
    parts.join("\n")
}

fn table_row(cells: &[String]) -> String {
    format!("| {} |\n", cells.join(" | "))
}

fn block(b: &Block, style: &Style) -> String {
    let lang = style.lang;
    let mut out = String::new();
    match b {
        Block::Lines(lines) => {
            let shown: Vec<String> = lines
                .iter()
                .map(|l| format!("{}\n", line(l, style)))
                .collect();
            out.push_str(&shown.join("\n"));
        }
        Block::Fields(fields) => {
            out.push_str("| | |\n|---|---|\n");
            for (k, v) in fields {
                out.push_str(&table_row(&[line(k, style), line(v, style)]));
            }
        }
        Block::List {
            head,
            items,
            numbered,
        } => {
            if let Some(h) = head {
                let _ = writeln!(out, "{}\n", line(h, style));
            }
            for (i, item) in items.iter().enumerate() {
                list_item(item, numbered.then_some(i + 1), style, &mut out);
            }
        }
        Block::Bars { headers, bars } => {
            let h: Vec<String> = headers.iter().map(|h| words(h.get(lang))).collect();
            out.push_str(&table_row(&h));
            out.push_str("|---|---:|---:|\n");
            for b in bars {
                out.push_str(&table_row(&[
                    line(&b.label, style),
                    b.score.to_string(),
                    b.max.to_string(),
                ]));
            }
        }
        Block::Table(t) => {
            let h: Vec<String> = t
                .columns
                .iter()
                .map(|c| words(c.header.get(lang)))
                .collect();
            out.push_str(&table_row(&h));
            let rule: Vec<String> = t
                .columns
                .iter()
                .map(|c| match c.align {
                    Align::Left => "---".to_owned(),
                    Align::Right => "---:".to_owned(),
                })
                .collect();
            out.push_str(&table_row(&rule));
            for r in &t.rows {
                let cells: Vec<String> = r.iter().map(|l| line(l, style)).collect();
                out.push_str(&table_row(&cells));
            }
        }
        Block::Diff { title, diff } => diff_block(&line(title, style), diff, &mut out),
        Block::Findings(f) => findings(f, style, &mut out),
    }
    out
}

fn list_item(item: &Item, number: Option<usize>, style: &Style, out: &mut String) {
    let lead = match number {
        Some(n) => format!("{n}. "),
        None => "- ".to_owned(),
    };
    let mut text = format!("{lead}{}{}", mark(item.mark), line(&item.line, style));
    for d in &item.details {
        let _ = write!(text, "<br>{}", line(d, style));
    }
    let _ = writeln!(out, "{text}");
}

/// A fenced `diff` block, folded when long. The fence is longer than any backtick run in
/// the text, so policy text cannot close it; inside it, text is shown as it is.
fn diff_block(summary: &str, diff: &Untrusted, out: &mut String) {
    let lines: Vec<String> = diff.lines().map(|l| l.for_markdown_fenced()).collect();
    let longest = lines
        .iter()
        .flat_map(|l| l.split(|c| c != '`'))
        .map(str::len)
        .max()
        .unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    let mut block = format!("{fence}diff\n");
    for l in &lines {
        let _ = writeln!(block, "{l}");
    }
    let _ = writeln!(block, "{fence}");
    if lines.len() > FOLD_LINES {
        let _ = writeln!(
            out,
            "<details><summary>{summary}</summary>\n\n{block}\n</details>"
        );
    } else {
        let _ = write!(out, "{summary}\n\n{block}");
    }
}

/// A table of findings: severity, code, where, what (with the hint under it).
fn findings(findings: &[Finding], style: &Style, out: &mut String) {
    if findings.is_empty() {
        return;
    }
    let lang = style.lang;
    let _ = writeln!(
        out,
        "| | {} | {} | {} |\n|---|---|---|---|",
        words(word("code").get(lang)),
        words(word("location").get(lang)),
        words(word("message").get(lang))
    );
    for f in findings {
        let path = style.display_path(&f.file);
        let place = match f.pos {
            Some(p) => format!("{path}:{}:{}", p.line, p.column),
            None => path,
        };
        let mut what = Untrusted::new(f.message.get(lang)).for_markdown_with_code();
        if let Some(h) = &f.hint {
            let _ = write!(
                what,
                "<br>{}",
                Untrusted::new(h.get(lang)).for_markdown_with_code()
            );
        }
        out.push_str(&table_row(&[
            severity_icon(f.severity).to_owned(),
            format!("`{}`", f.code.as_str()),
            format!("`{}`", Untrusted::new(place).for_markdown_code()),
            what,
        ]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn style() -> Style {
        Style {
            lang: Lang::Ja,
            color: false,
            path_prefix: String::new(),
        }
    }

    #[test]
    fn long_diffs_fold_and_fences_outlast_backticks() {
        let short = Untrusted::new("@@ -1 +1 @@\n-a\n+b\n");
        let mut out = String::new();
        diff_block("節「前文」", &short, &mut out);
        assert_eq!(out, "節「前文」\n\n```diff\n@@ -1 +1 @@\n-a\n+b\n```\n");
        let long: String = (0..20).map(|i| format!("+line {i}\n")).collect();
        let mut out = String::new();
        diff_block("Section", &Untrusted::new(long), &mut out);
        assert!(out.starts_with("<details><summary>Section</summary>\n\n```diff\n+line 0\n"));
        assert!(out.ends_with("```\n\n</details>\n"));
        let mut out = String::new();
        diff_block("s", &Untrusted::new("+```not a fence\n"), &mut out);
        assert!(out.contains("\n````diff\n+```not a fence\n````\n"), "{out}");
    }

    #[test]
    fn client_text_is_escaped_and_words_are_not_links() {
        let l = Line::plain("**ok** ").then(Line::user("[x](javascript:alert(1)) @here"));
        assert_eq!(
            line(&l, &style()),
            "\\*\\*ok\\*\\* \\[x\\](javascript\\:alert(1)) @\u{2060}here"
        );
        let strong = Line::plain("a").tone(Tone::Strong).then(Line::plain("b"));
        assert_eq!(line(&strong, &style()), "**a**b");
        assert_eq!(line(&Line::id("L1.x`y"), &style()), "`L1.x'y`");
    }

    #[test]
    fn alerts_quote_every_line() {
        let s = Section::headed(Line::plain("後退"))
            .alert()
            .with(Block::list(vec![Item::new(Mark::Bullet, Line::plain("a"))]));
        assert_eq!(
            markdown(&[s], &style()),
            "> [!WARNING]\n> **後退**\n> - a\n"
        );
    }
}
