//! What every report is made of: sections of headings, lines, lists and tables, each
//! piece of text in both languages and marked as hoshi's own words or as text from
//! outside ([`Untrusted`]). A result is turned into sections once
//! ([`crate::render::status::sections`], [`crate::render::diff::sections`] …); the
//! formatters in [`crate::render::layout`] only lay sections out, each escaping client
//! text its own way.

use crate::finding::Finding;
use crate::lang::{Lang, Text};
use crate::render::untrusted::Untrusted;

/// How a span stands out where the output can show it (a colour on a terminal, bold in
/// Markdown).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Tone {
    #[default]
    Plain,
    /// Bold.
    Strong,
    /// Good news (green on a terminal).
    Good,
    /// Bad news (red on a terminal).
    Bad,
    /// A warning (yellow on a terminal).
    Warn,
    /// A star level (yellow on a terminal).
    Level,
    /// Secondary (dim on a terminal).
    Dim,
}

/// What a span holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    /// hoshi's own words.
    Words(String),
    /// hoshi's words that quote client text (a finding's message quotes a key): escaped as
    /// client text.
    Quoting(String),
    /// Text from outside hoshi.
    User(Untrusted),
    /// A path relative to the client root: shown from where hoshi was run, as client text.
    Path(Untrusted),
    /// An identifier hoshi defines (a requirement id, a finding code): code in Markdown.
    Id(String),
    /// A command to type: in backticks everywhere.
    Command(String),
}

/// A piece of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub content: Content,
    pub tone: Tone,
}

/// A line of text in both languages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Line {
    ja: Vec<Span>,
    en: Vec<Span>,
}

/// Where [`phrase!`](crate::phrase) puts a hole's spans: a marker no data contains.
#[doc(hidden)]
pub struct Hole(pub usize);

const HOLE_OPEN: char = '\u{FFF9}';
const HOLE_CLOSE: char = '\u{FFFB}';

impl std::fmt::Display for Hole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{HOLE_OPEN}{}{HOLE_CLOSE}", self.0)
    }
}

/// Builds a [`Line`] from a Japanese and an English format string. Named holes take any
/// [`Line`] (or what converts to one: [`Untrusted`], [`Text`]) and may sit in a different
/// order in each language; other `{…}` are the caller's variables, as with `format!`:
///
/// ```
/// # use hoshi::phrase;
/// # use hoshi::render::untrusted::Untrusted;
/// let n = 3;
/// let line = phrase!("「{h}」に {n} 件", "{n} in \"{h}\""; h = Untrusted::new("方針"));
/// # let _ = line;
/// ```
#[macro_export]
macro_rules! phrase {
    ($ja:literal, $en:literal $(,)?) => {
        $crate::render::section::Line::words($crate::lang::Text::new(format!($ja), format!($en)))
    };
    ($ja:literal, $en:literal; $($name:ident = $hole:expr),+ $(,)?) => {{
        // Every hole is evaluated before its name stands for the marker.
        let holes: ::std::vec::Vec<$crate::render::section::Line> =
            ::std::vec![$(::std::convert::Into::into($hole)),+];
        let mut index = 0usize..;
        $(
            let $name = $crate::render::section::Hole(index.next().unwrap_or_default());
        )+
        $crate::render::section::Line::from_templates(&format!($ja), &format!($en), &holes)
    }};
}

impl Line {
    fn same(span: Span) -> Line {
        Line {
            ja: vec![span.clone()],
            en: vec![span],
        }
    }

    /// hoshi's words.
    pub fn words(t: Text) -> Line {
        let span = |s: String| Span {
            content: Content::Words(s),
            tone: Tone::Plain,
        };
        Line {
            ja: vec![span(t.ja)],
            en: vec![span(t.en)],
        }
    }

    /// The same words in both languages (a number, a mark).
    pub fn plain(s: impl Into<String>) -> Line {
        Line::same(Span {
            content: Content::Words(s.into()),
            tone: Tone::Plain,
        })
    }

    /// hoshi's words quoting client text (a finding's message or hint).
    pub fn quoting(t: &Text) -> Line {
        let span = |s: &str| Span {
            content: Content::Quoting(s.to_owned()),
            tone: Tone::Plain,
        };
        Line {
            ja: vec![span(&t.ja)],
            en: vec![span(&t.en)],
        }
    }

    /// Text from outside hoshi.
    pub fn user(u: impl Into<Untrusted>) -> Line {
        Line::same(Span {
            content: Content::User(u.into()),
            tone: Tone::Plain,
        })
    }

    /// A path relative to the client root.
    pub fn path(p: impl Into<Untrusted>) -> Line {
        Line::same(Span {
            content: Content::Path(p.into()),
            tone: Tone::Plain,
        })
    }

    /// An identifier hoshi defines.
    pub fn id(s: impl Into<String>) -> Line {
        Line::same(Span {
            content: Content::Id(s.into()),
            tone: Tone::Plain,
        })
    }

    /// A command to type.
    pub fn command(t: Text) -> Line {
        let span = |s: String| Span {
            content: Content::Command(s),
            tone: Tone::Plain,
        };
        Line {
            ja: vec![span(t.ja)],
            en: vec![span(t.en)],
        }
    }

    /// The Japanese of `ja` and the English of `en` (a name that has an English form).
    pub fn by_lang(ja: Line, en: Line) -> Line {
        Line {
            ja: ja.ja,
            en: en.en,
        }
    }

    /// The spans in `lang`.
    pub fn spans(&self, lang: Lang) -> &[Span] {
        match lang {
            Lang::Ja => &self.ja,
            Lang::En => &self.en,
        }
    }

    pub fn is_empty(&self) -> bool {
        let empty = |spans: &[Span]| {
            spans.iter().all(|s| match &s.content {
                Content::Words(w) | Content::Quoting(w) | Content::Id(w) | Content::Command(w) => {
                    w.is_empty()
                }
                Content::User(u) | Content::Path(u) => u.is_empty(),
            })
        };
        empty(&self.ja) && empty(&self.en)
    }

    /// Every span in `tone`.
    pub fn tone(mut self, tone: Tone) -> Line {
        for s in self.ja.iter_mut().chain(self.en.iter_mut()) {
            s.tone = tone;
        }
        self
    }

    /// This line, then `other`.
    pub fn then(mut self, other: impl Into<Line>) -> Line {
        let other = other.into();
        self.ja.extend(other.ja);
        self.en.extend(other.en);
        self
    }

    /// The lines one after another with `sep` between them.
    pub fn join(lines: impl IntoIterator<Item = Line>, sep: &Line) -> Line {
        let mut out = Line::default();
        for (i, l) in lines.into_iter().enumerate() {
            if i > 0 {
                out = out.then(sep.clone());
            }
            out = out.then(l);
        }
        out
    }

    /// Splits each language's template at the [`Hole`] markers, putting the hole's spans
    /// there. Used by [`phrase!`](crate::phrase).
    #[doc(hidden)]
    pub fn from_templates(ja: &str, en: &str, holes: &[Line]) -> Line {
        Line {
            ja: fill(ja, holes, Lang::Ja),
            en: fill(en, holes, Lang::En),
        }
    }
}

fn fill(template: &str, holes: &[Line], lang: Lang) -> Vec<Span> {
    let mut out = Vec::new();
    let words = |s: &str, out: &mut Vec<Span>| {
        if !s.is_empty() {
            out.push(Span {
                content: Content::Words(s.to_owned()),
                tone: Tone::Plain,
            });
        }
    };
    let mut rest = template;
    while let Some(start) = rest.find(HOLE_OPEN) {
        words(&rest[..start], &mut out);
        let after = &rest[start + HOLE_OPEN.len_utf8()..];
        let Some(end) = after.find(HOLE_CLOSE) else {
            break;
        };
        if let Some(hole) = after[..end]
            .parse::<usize>()
            .ok()
            .and_then(|i| holes.get(i))
        {
            out.extend(hole.spans(lang).iter().cloned());
        }
        rest = &after[end + HOLE_CLOSE.len_utf8()..];
    }
    words(rest, &mut out);
    out
}

impl From<Text> for Line {
    fn from(t: Text) -> Line {
        Line::words(t)
    }
}

impl From<&Text> for Line {
    fn from(t: &Text) -> Line {
        Line::words(t.clone())
    }
}

impl From<Untrusted> for Line {
    fn from(u: Untrusted) -> Line {
        Line::user(u)
    }
}

/// How an item of a list is marked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Mark {
    /// No mark.
    #[default]
    None,
    /// A list bullet.
    Bullet,
    /// A requirement or check met.
    Met,
    /// A requirement or check not met; its details say what is missing.
    Unmet,
    /// Cannot be judged: a file it depends on is missing or has errors.
    Unknown,
    /// Advice not followed yet: a warning, never a failure.
    Advice,
    Added,
    Removed,
    /// A file replaced (its recorded sha256 changed).
    Replaced,
    /// Fields edited.
    Edited,
    Expired,
}

/// One item of a list: a line, and lines under it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Item {
    pub mark: Mark,
    pub line: Line,
    pub details: Vec<Line>,
}

impl Item {
    pub fn new(mark: Mark, line: impl Into<Line>) -> Item {
        Item {
            mark,
            line: line.into(),
            details: Vec::new(),
        }
    }

    pub fn detail(mut self, line: impl Into<Line>) -> Item {
        self.details.push(line.into());
        self
    }
}

/// How a table column is aligned in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// A table column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub header: Text,
    pub align: Align,
    /// On a terminal, cells are cut to this many characters.
    pub clip: Option<usize>,
}

impl Column {
    pub fn left(header: Text) -> Column {
        Column {
            header,
            align: Align::Left,
            clip: None,
        }
    }

    pub fn right(header: Text) -> Column {
        Column {
            header,
            align: Align::Right,
            clip: None,
        }
    }

    /// Cut to `n` characters on a terminal.
    pub fn clip(mut self, n: usize) -> Column {
        self.clip = Some(n);
        self
    }
}

/// Rows of a table handed out one at a time: it calls its argument with each row, in order.
pub type EachRow<'a> = dyn Fn(&mut dyn FnMut(&[Line])) + 'a;

/// A table: columns, and rows of one line per column.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Line>>,
}

/// One labelled bar: a part of the diagnosis and its score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub label: Line,
    pub score: i32,
    pub max: i32,
}

/// A block of a section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// Lines of prose.
    Lines(Vec<Line>),
    /// Labelled values, the labels aligned.
    Fields(Vec<(Line, Line)>),
    /// A list under an optional head; a numbered list counts its items.
    List {
        head: Option<Line>,
        items: Vec<Item>,
        numbered: bool,
    },
    /// Scores out of a maximum: bars on a terminal, a table in Markdown. `headers` name
    /// the label, score and maximum columns.
    Bars {
        headers: [Text; 3],
        bars: Vec<Bar>,
    },
    Table(Table),
    /// A unified diff of client text under a title.
    Diff {
        title: Line,
        diff: Untrusted,
    },
    /// Findings, located in the client files.
    Findings(Vec<Finding>),
}

impl Block {
    /// A list without a head.
    pub fn list(items: Vec<Item>) -> Block {
        Block::List {
            head: None,
            items,
            numbered: false,
        }
    }

    /// One line.
    pub fn line(line: impl Into<Line>) -> Block {
        Block::Lines(vec![line.into()])
    }
}

/// How prominent a heading is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Rank {
    /// The report's title (`##` in Markdown).
    Title,
    /// A part of the report (`###` in Markdown).
    #[default]
    Section,
}

/// A section: an optional heading and blocks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Section {
    pub heading: Option<Line>,
    pub rank: Rank,
    /// The heading is for documents only: on a terminal the blocks speak for themselves
    /// (compiler-style findings, say) and stand without it.
    pub landmark: bool,
    /// A warning: Markdown shows it as an alert.
    pub alert: bool,
    /// Belongs with the section before it: no break between them on a terminal.
    pub joined: bool,
    pub blocks: Vec<Block>,
}

impl Section {
    /// A section without a heading.
    pub fn plain() -> Section {
        Section::default()
    }

    /// The report's title.
    pub fn title(heading: impl Into<Line>) -> Section {
        Section {
            heading: Some(heading.into()),
            rank: Rank::Title,
            ..Section::default()
        }
    }

    /// A part of the report.
    pub fn headed(heading: impl Into<Line>) -> Section {
        Section {
            heading: Some(heading.into()),
            ..Section::default()
        }
    }

    /// See [`Section::landmark`].
    pub fn landmark(mut self) -> Section {
        self.landmark = true;
        self
    }

    /// See [`Section::alert`].
    pub fn alert(mut self) -> Section {
        self.alert = true;
        self
    }

    /// See [`Section::joined`].
    pub fn joined(mut self) -> Section {
        self.joined = true;
        self
    }

    pub fn with(mut self, block: Block) -> Section {
        self.blocks.push(block);
        self
    }

    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }
}

/// Only the findings, without headings (`--quiet`).
pub fn findings_only(sections: &[Section]) -> Vec<Section> {
    sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter(|b| matches!(b, Block::Findings(_)))
        .map(|b| Section::plain().with(b.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &Line, lang: Lang) -> Vec<String> {
        line.spans(lang)
            .iter()
            .map(|s| match &s.content {
                Content::User(u) | Content::Path(u) => format!("<{}>", u.for_text()),
                Content::Words(w) | Content::Quoting(w) | Content::Id(w) | Content::Command(w) => {
                    w.clone()
                }
            })
            .collect()
    }

    #[test]
    fn phrases_put_holes_where_each_language_wants_them() {
        let n = 2;
        let line = phrase!("{b}の{a}（{n}）", "{a} of {b} ({n})"; a = Untrusted::new("A"), b = Line::id("B"));
        assert_eq!(words(&line, Lang::Ja), ["B", "の", "<A>", "（2）"]);
        assert_eq!(words(&line, Lang::En), ["<A>", " of ", "B", " (2)"]);
    }

    #[test]
    fn client_text_never_becomes_words() {
        // Braces and the hole markers in client text stay inside its span.
        let line = phrase!("「{x}」", "\"{x}\""; x = Untrusted::new("{x} \u{FFF9}0\u{FFFB}"));
        assert_eq!(
            words(&line, Lang::Ja),
            ["「", "<{x} \u{FFF9}0\u{FFFB}>", "」"]
        );
    }

    #[test]
    fn quiet_keeps_the_findings_alone() {
        let sections = vec![
            Section::title(Line::plain("t")).with(Block::line(Line::plain("x"))),
            Section::headed(Line::plain("h")).with(Block::Findings(Vec::new())),
        ];
        assert_eq!(
            findings_only(&sections),
            vec![Section::plain().with(Block::Findings(Vec::new()))]
        );
    }
}
