//! Text that came from outside hoshi: a client file, a tag record, git metadata, a path.
//!
//! [`Untrusted`] has no `Display` and no way to read the string back as it is: to show it, a
//! formatter picks the escape of its output (a terminal, GitHub-flavoured Markdown, a
//! GitHub workflow command, CSV). HTML is escaped by the site's templates (minijinja
//! autoescapes every `.html` template), which see the value through `Serialize`.

use serde::Serialize;

/// A string from outside hoshi, shown only through an escape.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Untrusted(String);

/// Marks a GitHub `@mention` or `#123` reference as plain text: GitHub links them in the
/// rendered HTML, after Markdown escapes are gone, so only an invisible character between
/// the sign and the name stops it. U+2060 WORD JOINER neither shows nor breaks the line.
pub const WORD_JOINER: char = '\u{2060}';

impl Untrusted {
    pub fn new(s: impl Into<String>) -> Untrusted {
        Untrusted(s.into())
    }

    /// The pieces one after another, as one text.
    pub fn concat(parts: &[Untrusted]) -> Untrusted {
        Untrusted(parts.iter().map(|p| p.0.as_str()).collect())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// At most `max` characters, the cut marked with `…`.
    pub fn clipped(&self, max: usize) -> Untrusted {
        Untrusted(crate::lang::clip(&self.0, max))
    }

    /// `prefix` then this text (a path shown from where hoshi was run).
    pub fn prefixed(&self, prefix: &str) -> Untrusted {
        Untrusted(format!("{prefix}{}", self.0))
    }

    /// The first `n` characters (a short hash).
    pub fn prefix(&self, n: usize) -> Untrusted {
        Untrusted(self.0.chars().take(n).collect())
    }

    /// Each line, for output laid out line by line (a unified diff).
    pub fn lines(&self) -> impl Iterator<Item = Untrusted> + '_ {
        self.0.lines().map(Untrusted::new)
    }

    /// Whether the text starts with `c` (a diff line's `+`, `-` or `@`).
    pub fn starts_with(&self, c: char) -> bool {
        self.0.starts_with(c)
    }

    /// For a terminal, on one line: line breaks and tabs become spaces; every other control
    /// character (an escape sequence, say) and every bidirectional override is shown as
    /// `\u{…}`, so the text can neither move the cursor nor reorder what surrounds it.
    pub fn for_text(&self) -> String {
        terminal(&self.0, false)
    }

    /// A line of a client file quoted under a caret: as [`Untrusted::for_text`], but tabs
    /// stay (the caret's column counts them).
    pub fn for_source_line(&self) -> String {
        terminal(&self.0, true)
    }

    /// Inline GitHub-flavoured Markdown that renders as the text itself: no emphasis, links,
    /// images, HTML, table cells or line breaks; no autolinks, `@mentions` or `#refs`; no
    /// heading, list or quote when the text starts a line.
    pub fn for_markdown(&self) -> String {
        let mut out = String::with_capacity(self.0.len() + 8);
        let mut chars = self.0.chars().peekable();
        // A block marker only matters where the text starts (it may start a list item).
        match chars.peek() {
            Some('#' | '-' | '+' | '=') => out.push('\\'),
            Some(c) if c.is_ascii_digit() => {
                let digits: String = self.0.chars().take_while(char::is_ascii_digit).collect();
                if self.0[digits.len()..].starts_with(['.', ')']) {
                    out.push_str(&digits);
                    out.push('\\');
                    for _ in 0..digits.len() {
                        chars.next();
                    }
                }
            }
            _ => {}
        }
        let mut word = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '!' => {
                    out.push('\\');
                    out.push(c);
                }
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '&' => out.push_str("&amp;"),
                // `https://…` and `mailto:` become links only with their colon.
                ':' => out.push_str("\\:"),
                // `www.example.com` becomes a link only with its dot.
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
                '\r' if chars.peek() == Some(&'\n') => {}
                c if is_line_break(c) || c == '\t' => out.push(' '),
                c if c.is_control() || is_bidi_control(c) => out.push_str(&visible(c)),
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

    /// As [`Untrusted::for_markdown`], but a command or key that hoshi's message puts between
    /// backticks (`` `hoshi review` ``) becomes a code span instead of showing its backticks.
    /// Unpaired backticks are shown as they are.
    pub fn for_markdown_with_code(&self) -> String {
        match code_spans(&self.0) {
            None => self.for_markdown(),
            Some(parts) => parts
                .into_iter()
                .map(|(code, s)| {
                    let u = Untrusted::new(s);
                    if code {
                        format!("`{}`", u.for_markdown_code())
                    } else {
                        u.for_markdown()
                    }
                })
                .collect(),
        }
    }

    /// Inside a Markdown code span, where escapes do not work: no backticks, one line.
    pub fn for_markdown_code(&self) -> String {
        self.0
            .chars()
            .map(|c| match c {
                '`' => "'".to_owned(),
                c if is_line_break(c) || c == '\t' => " ".to_owned(),
                c if c.is_control() || is_bidi_control(c) => visible(c),
                c => c.to_string(),
            })
            .collect()
    }

    /// A line inside a fenced code block, where Markdown shows everything as it is: only
    /// control characters and bidirectional overrides are shown as `\u{…}`.
    pub fn for_markdown_fenced(&self) -> String {
        self.0
            .chars()
            .map(|c| {
                if (c.is_control() && c != '\t') || is_bidi_control(c) {
                    visible(c)
                } else {
                    c.to_string()
                }
            })
            .collect()
    }

    /// A workflow command's message (`::error …::message`): `%`, CR and LF percent-encoded,
    /// as GitHub's runner decodes them.
    pub fn for_github_message(&self) -> String {
        github_data(&self.0)
    }

    /// A workflow command's property value (`file=…`, `title=…`): as a message, and `:` and
    /// `,` too, which would end the value.
    pub fn for_github_property(&self) -> String {
        github_data(&self.0).replace(':', "%3A").replace(',', "%2C")
    }

    /// One CSV field (RFC 4180). A field that a spreadsheet would run as a formula (`=`,
    /// `+`, `-`, `@` first) and that is not a number gets a leading `'`, the usual defence
    /// against CSV injection.
    ///
    /// A field stays on its line: a line break becomes a space (a newline inside a quoted
    /// field is valid CSV, but the next line would then start with client text), and every
    /// other control character is shown by its code point.
    pub fn for_csv(&self) -> String {
        let s = &terminal(&self.0, true);
        let formula = s.starts_with(['=', '+', '-', '@', '\t', '\r']) && s.parse::<f64>().is_err();
        let s = if formula { format!("'{s}") } else { s.clone() };
        if s.contains([',', '"', '\r', '\n']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s
        }
    }
}

impl From<&str> for Untrusted {
    fn from(s: &str) -> Untrusted {
        Untrusted::new(s)
    }
}

impl From<String> for Untrusted {
    fn from(s: String) -> Untrusted {
        Untrusted(s)
    }
}

impl From<&String> for Untrusted {
    fn from(s: &String) -> Untrusted {
        Untrusted(s.clone())
    }
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0085}' | '\u{2028}' | '\u{2029}')
}

/// Characters that reorder the text around them (the "Trojan Source" characters).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A character shown by its code point: `\u{1b}`.
fn visible(c: char) -> String {
    format!("\\u{{{:x}}}", u32::from(c))
}

fn terminal(s: &str, keep_tabs: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\t' if keep_tabs => out.push('\t'),
            '\r' if chars.peek() == Some(&'\n') => {}
            c if is_line_break(c) || c == '\t' => out.push(' '),
            c if c.is_control() || is_bidi_control(c) => out.push_str(&visible(c)),
            c => out.push(c),
        }
    }
    // A workflow command is a line that starts with `::` after its leading spaces; client
    // text may end up first on a line (a table cell), so it never starts with one.
    let lead = out.len() - out.trim_start().len();
    if out[lead..].starts_with("::") {
        out.replace_range(lead..=lead, "\\u{3a}");
    }
    out
}

/// `%`, CR and LF percent-encoded, as GitHub's runner decodes them; every other control
/// character, line break or bidirectional control shown by its code point.
fn github_data(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c if c != '\t' && (c.is_control() || is_line_break(c) || is_bidi_control(c)) => {
                out.push_str(&visible(c));
            }
            c => out.push(c),
        }
    }
    out
}

/// `text` cut at its backticks into (is code, text) pieces, when they pair up; `None` when
/// there are none or one is left unpaired.
pub fn code_spans(text: &str) -> Option<Vec<(bool, &str)>> {
    let pieces: Vec<&str> = text.split('`').collect();
    if pieces.len() < 3 || pieces.len().is_multiple_of(2) {
        return None;
    }
    Some(
        pieces
            .into_iter()
            .enumerate()
            .filter(|(_, s)| !s.is_empty())
            .map(|(i, s)| (i % 2 == 1, s))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Untrusted {
        Untrusted::new(s)
    }

    #[test]
    fn text_never_starts_a_workflow_command() {
        assert_eq!(u("::error::x").for_text(), "\\u{3a}:error::x");
        assert_eq!(u("  ::warning::x").for_text(), "  \\u{3a}:warning::x");
        assert_eq!(u("a ::error::x").for_text(), "a ::error::x");
    }

    #[test]
    fn text_shows_control_characters_and_keeps_one_line() {
        assert_eq!(u("\x1b[2Jx").for_text(), "\\u{1b}[2Jx");
        assert_eq!(u("a\nb\r\nc\td").for_text(), "a b c d");
        assert_eq!(u("\u{7}bell\u{9b}").for_text(), "\\u{7}bell\\u{9b}");
        assert_eq!(u("株式会社みなと精工").for_text(), "株式会社みなと精工");
        // An override would show "txt.exe" as "exe.txt".
        assert_eq!(u("a\u{202E}b\u{2066}").for_text(), "a\\u{202e}b\\u{2066}");
        assert_eq!(u("\tkey: 1").for_source_line(), "\tkey: 1");
        assert_eq!(u("\tkey\x1b").for_source_line(), "\tkey\\u{1b}");
    }

    #[test]
    fn markdown_renders_as_the_text_itself() {
        assert_eq!(
            u("a|b <script> *x* [l](u)\nnext").for_markdown(),
            "a\\|b &lt;script&gt; \\*x\\* \\[l\\](u) next"
        );
        assert_eq!(u("![img](x)").for_markdown(), "\\!\\[img\\](x)");
        assert_eq!(
            u("`code` ~~s~~ _e_").for_markdown(),
            "\\`code\\` \\~\\~s\\~\\~ \\_e\\_"
        );
        assert_eq!(u("株式会社みなと精工").for_markdown(), "株式会社みなと精工");
        assert_eq!(u("a&amp;b").for_markdown(), "a&amp;amp;b");
        assert_eq!(u("\x1b[2J\u{202e}").for_markdown(), "\\u{1b}\\[2J\\u{202e}");
    }

    #[test]
    fn markdown_neutralises_autolinks_mentions_and_refs() {
        assert_eq!(
            u("https://evil.example/x").for_markdown(),
            "https\\://evil.example/x"
        );
        assert_eq!(
            u("see WWW.evil.example").for_markdown(),
            "see WWW\\.evil.example"
        );
        assert_eq!(
            u("mailto:a@b.example").for_markdown(),
            "mailto\\:a@\u{2060}b.example"
        );
        assert_eq!(u("cc @octocat").for_markdown(), "cc @\u{2060}octocat");
        assert_eq!(u("fixes #12").for_markdown(), "fixes #\u{2060}12");
        assert_eq!(u("a @ b # c").for_markdown(), "a @ b # c");
    }

    #[test]
    fn markdown_text_cannot_start_a_block() {
        assert_eq!(u("# title").for_markdown(), "\\# title");
        assert_eq!(u("- item").for_markdown(), "\\- item");
        assert_eq!(u("> quote").for_markdown(), "&gt; quote");
        assert_eq!(u("12. item").for_markdown(), "12\\. item");
        assert_eq!(u("3) item").for_markdown(), "3\\) item");
        assert_eq!(u("2026-04-01").for_markdown(), "2026-04-01");
    }

    #[test]
    fn markdown_code_spans_lose_backticks_and_breaks() {
        assert_eq!(u("a`b\nc\x1b").for_markdown_code(), "a'b c\\u{1b}");
        assert_eq!(
            u("evidence/<x>.png").for_markdown_code(),
            "evidence/<x>.png"
        );
    }

    #[test]
    fn fenced_lines_stay_as_they_are() {
        assert_eq!(
            u("+<b>*x*</b>\x1b").for_markdown_fenced(),
            "+<b>*x*</b>\\u{1b}"
        );
    }

    #[test]
    fn github_commands_encode_what_would_end_them() {
        assert_eq!(
            u("100% done\r\n::error::x").for_github_message(),
            "100%25 done%0D%0A::error::x"
        );
        assert_eq!(u("a,b:c%\n").for_github_property(), "a%2Cb%3Ac%25%0A");
    }

    #[test]
    fn csv_quotes_as_rfc_4180_and_defuses_formulas() {
        assert_eq!(u("a,\"b\"").for_csv(), "\"a,\"\"b\"\"\"");
        assert_eq!(u("=1+1").for_csv(), "'=1+1");
        assert_eq!(u("@SUM(A1)").for_csv(), "'@SUM(A1)");
        assert_eq!(u("-3").for_csv(), "-3");
        // A field stays on its line, so client text never starts one.
        assert_eq!(u("line\n::warning::x").for_csv(), "line ::warning::x");
        assert_eq!(u("a\u{1b}[2J").for_csv(), "a\\u{1b}[2J");
    }

    #[test]
    fn html_is_left_to_the_templates() {
        // Serialised as the plain string: minijinja's autoescape is what makes it HTML-safe.
        assert_eq!(
            serde_json::to_string(&u("<b>")).unwrap_or_default(),
            "\"<b>\""
        );
    }
}
