//! Located YAML: parses YAML 1.2 into JSON values and remembers where every node came from.
//!
//! One pass over saphyr-parser's spanned events builds both the value and a map from JSON
//! Pointer to source position, so every schema error and semantic finding can name a line
//! and column. The same pass reports duplicate keys with both positions and enforces the
//! budgets that keep hostile input cheap.

// A fatal problem ends the file's parse once; its size on the error path does not matter.
#![allow(clippy::result_large_err)]

use std::borrow::Cow;
use std::collections::HashMap;

use saphyr_parser::{Event, Marker, Parser, ScalarStyle, Tag};
use serde_json::{Map, Number, Value};

use crate::finding::{Code, Pos};
use crate::lang::Text;
use crate::load::mistakes;
use crate::text;

pub use crate::source::MAX_FILE_BYTES;
/// Deepest nesting of mappings and sequences; the format needs five levels.
pub const MAX_DEPTH: usize = 64;
/// Most nodes that aliases may add to a file (guards against alias bombs). Nodes written
/// out are bounded by [`MAX_FILE_BYTES`].
pub const MAX_NODES: usize = 100_000;
/// Most bytes of scalar text that aliases may add to a file.
pub const MAX_EXPANDED_BYTES: usize = 8 << 20;

/// Where a node sits: its key (inside a mapping) and its value, each with where it ends
/// (the position just after its last character). A block mapping or sequence has no end
/// here: it runs over many lines, and the start is what a reader needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub key: Option<Pos>,
    pub key_end: Option<Pos>,
    pub value: Pos,
    pub value_end: Option<Pos>,
}

/// A parsed file: its value and the position of every node by JSON Pointer.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub value: Value,
    locations: Locations,
}

/// Where each node sits, by JSON Pointer. The keys come from client files, so the hasher
/// is seeded per process (foldhash), which keeps crafted keys from colliding at will.
type Locations = HashMap<String, Location, foldhash::fast::RandomState>;

impl Document {
    /// The position of the value at `pointer`, or of its nearest located parent
    /// (nodes inside aliased content are located at the alias).
    pub fn value_pos(&self, pointer: &str) -> Option<Pos> {
        self.nearest(pointer).map(|l| l.value)
    }

    /// The position of the key naming `pointer` (where a reader looks for it), else its value.
    pub fn key_pos(&self, pointer: &str) -> Option<Pos> {
        self.nearest(pointer).map(|l| l.key.unwrap_or(l.value))
    }

    /// Where the node at `pointer` that starts at `start` ends: its value's end when `start`
    /// is where the value begins, its key's end when `start` is its key. `None` for any other
    /// position (a finding inside a text, or at a parent).
    pub fn end_of(&self, pointer: &str, start: Pos) -> Option<Pos> {
        let l = self.nearest(pointer)?;
        if l.value == start {
            l.value_end
        } else if l.key == Some(start) {
            l.key_end
        } else {
            None
        }
    }

    fn nearest(&self, pointer: &str) -> Option<&Location> {
        let mut p = pointer;
        loop {
            if let Some(l) = self.locations.get(p) {
                return Some(l);
            }
            match p.rfind('/') {
                Some(i) => p = &p[..i],
                None => return None,
            }
        }
    }
}

/// Something wrong with the text of a file, located where possible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub code: Code,
    pub pos: Option<Pos>,
    pub path: String,
    pub message: Text,
    pub hint: Option<Text>,
    /// The corrected line, when the mistake is known well enough to say it.
    pub fixed: Option<String>,
}

impl Problem {
    fn new(code: Code, pos: Option<Pos>, message: Text) -> Problem {
        Problem {
            code,
            pos,
            path: String::new(),
            message,
            hint: None,
            fixed: None,
        }
    }

    fn hint(mut self, hint: Text) -> Problem {
        self.hint = Some(hint);
        self
    }
}

/// What loading a file gives: the document (unless a fatal problem stopped it) and the
/// problems found on the way (duplicate keys do not stop loading; the first value is kept).
#[derive(Debug, Clone)]
pub struct Loaded {
    pub document: Option<Document>,
    pub problems: Vec<Problem>,
    /// For a file with a syntax error, what can still be read of it: the file parsed with
    /// each mistaken line corrected where the correction is known, else left out. Never
    /// validated or typed; only for showing what the file says (a declaration, a name)
    /// instead of nothing.
    pub readable: Option<Document>,
}

/// Escapes one JSON Pointer segment (RFC 6901).
pub fn escape_segment(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b == b'~' || b == b'/') {
        Cow::Owned(s.replace('~', "~0").replace('/', "~1"))
    } else {
        Cow::Borrowed(s)
    }
}

/// Parses the bytes of one YAML file.
pub fn load(bytes: &[u8]) -> Loaded {
    match decode(bytes) {
        Ok(src) => load_text(src),
        Err(p) => Loaded {
            document: None,
            problems: vec![p],
            readable: None,
        },
    }
}

/// [`load`] for a file already decoded: its UTF-8 text without the byte order mark, at
/// most [`MAX_FILE_BYTES`] long.
pub fn load_text(src: &str) -> Loaded {
    match parse(src) {
        Ok((document, problems)) => Loaded {
            document: Some(document),
            problems,
            readable: None,
        },
        Err(problems) => Loaded {
            readable: salvage(src, &problems),
            document: None,
            problems,
        },
    }
}

/// Most lines [`salvage`] corrects or leaves out before it gives up.
const SALVAGE_LINES: usize = 8;

/// The file parsed with the lines its syntax errors name replaced by their corrections
/// (or blanked, when none is known), line numbers kept.
fn salvage(src: &str, problems: &[Problem]) -> Option<Document> {
    let mut lines: Vec<String> = src.lines().map(str::to_owned).collect();
    let mut problems = problems.to_vec();
    for _ in 0..SALVAGE_LINES {
        let mut changed = false;
        for p in problems.iter().filter(|p| p.code == Code::YamlSyntax) {
            let n = p.pos.map_or(0, |at| at.line as usize);
            let Some(line) = n.checked_sub(1).and_then(|i| lines.get_mut(i)) else {
                continue;
            };
            let new = p.fixed.clone().filter(|f| f != line).unwrap_or_default();
            if *line != new {
                *line = new;
                changed = true;
            }
        }
        if !changed {
            return None;
        }
        match parse(&lines.join("\n")) {
            Ok((document, _)) => return Some(document),
            Err(next) => problems = next,
        }
        if problems.iter().any(|p| p.code != Code::YamlSyntax) {
            return None;
        }
    }
    None
}

fn decode(bytes: &[u8]) -> Result<&str, Problem> {
    if bytes.len() > MAX_FILE_BYTES {
        // The reader stops one byte past the limit, so the real size is not known here.
        let max = MAX_FILE_BYTES;
        return Err(Problem::new(
            Code::FileTooLarge,
            None,
            text!(
                "ファイルが大きすぎます（上限は {max} バイト＝1 MiB です）",
                "the file is too large (the limit is {max} bytes, 1 MiB)"
            ),
        )
        .hint(text!(
            "証跡の画像や文書は YAML に貼り込まず、evidence/ に置いて evidence.yaml から参照してください",
            "keep evidence files in evidence/ and refer to them from evidence.yaml instead of pasting them into YAML"
        )));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Problem::new(
            Code::NotUtf8,
            Some(Pos { line: 1, column: 1 }),
            text!(
                "UTF-16 で保存されています。UTF-8 で保存し直してください",
                "the file is UTF-16; save it as UTF-8"
            ),
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        // `good` is valid UTF-8 by construction.
        let good = std::str::from_utf8(good).unwrap_or_default();
        let line = good.matches('\n').count() + 1;
        let column = good.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        Problem::new(
            Code::NotUtf8,
            Some(pos(line, column)),
            text!(
                "UTF-8 ではありません（Shift_JIS で保存されていませんか？ UTF-8 で保存し直してください）",
                "not UTF-8 (Shift_JIS? save it as UTF-8)"
            ),
        )
        .hint(text!(
            "メモ帳や VS Code の「エンコード付きで保存」で UTF-8 を選んでください",
            "in your editor choose \"Save with encoding\" and pick UTF-8"
        ))
    })
}

fn pos(line: usize, column: usize) -> Pos {
    Pos {
        line: u32::try_from(line).unwrap_or(u32::MAX),
        column: u32::try_from(column).unwrap_or(u32::MAX),
    }
}

fn marker_pos(m: &Marker) -> Pos {
    pos(m.line(), m.col() + 1)
}

enum Frame {
    Seq {
        items: Vec<Value>,
        pointer: String,
        anchor: usize,
        nodes_at_start: usize,
        bytes_at_start: usize,
    },
    Map {
        map: Map<String, Value>,
        pointer: String,
        anchor: usize,
        nodes_at_start: usize,
        bytes_at_start: usize,
        /// The key waiting for its value, with where it starts and ends.
        key: Option<(String, Pos, Pos)>,
        /// A duplicate key's value is parsed and dropped.
        skipping: bool,
    },
}

#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    root: Option<Value>,
    locations: Locations,
    /// Where each key that is written more than once was first written.
    first_keys: HashMap<String, Pos>,
    anchors: HashMap<usize, (Value, usize, usize)>,
    nodes: usize,
    bytes: usize,
    alias_nodes: usize,
    alias_bytes: usize,
    problems: Vec<Problem>,
    /// Depth of dropped content under a duplicate key.
    skip_depth: usize,
}

/// Why parsing stopped: the parser's own error (explained from the text by
/// [`mistakes::explain`]) or a problem hoshi found.
enum Stop {
    Syntax {
        line: usize,
        column: usize,
        info: String,
    },
    Problem(Problem),
}

impl From<Problem> for Stop {
    fn from(p: Problem) -> Stop {
        Stop::Problem(p)
    }
}

/// Lines (1-based) inside multi-line scalars, where any character is text.
#[derive(Default)]
struct TextLines(Vec<(usize, usize)>);

impl TextLines {
    fn contains(&self, line: usize) -> bool {
        self.0.iter().any(|&(a, b)| (a..=b).contains(&line))
    }
}

fn parse(src: &str) -> Result<(Document, Vec<Problem>), Vec<Problem>> {
    let mut text = TextLines::default();
    let result = parse_events(src, &mut text);
    let in_text = |n: usize| text.contains(n);
    match result {
        Ok(parsed) => {
            // A full-width colon or space can parse, into the wrong shape: the schema's
            // complaint would be about a shape nobody wrote.
            let found = mistakes::structural(src, &in_text, usize::MAX);
            if found.is_empty() {
                Ok(parsed)
            } else {
                Err(found.into_iter().map(syntax_problem).collect())
            }
        }
        Err(Stop::Problem(p)) => Err(vec![p]),
        Err(Stop::Syntax { line, column, info }) => {
            let found = mistakes::structural(src, &in_text, line);
            // The parser stops on the line after a mistake, or on it.
            let lines: Vec<&str> = src.lines().collect();
            let before = (1..line).rev().find(|&k| {
                let t = lines
                    .get(k - 1)
                    .map_or("", |l| l.trim_start_matches([' ', '\u{3000}']));
                !t.is_empty() && !t.starts_with('#') && !in_text(k)
            });
            let explains = found
                .iter()
                .any(|m| m.pos.line as usize == line || Some(m.pos.line as usize) == before);
            let mut out: Vec<Problem> = found.into_iter().map(syntax_problem).collect();
            if !explains {
                out.push(syntax_problem(mistakes::explain(
                    src, line, column, &info, &in_text,
                )));
            }
            Err(out)
        }
    }
}

fn syntax_problem(m: mistakes::Mistake) -> Problem {
    Problem {
        fixed: m.fixed,
        ..Problem::new(Code::YamlSyntax, Some(m.pos), m.message).hint(m.hint)
    }
}

fn parse_events(src: &str, text: &mut TextLines) -> Result<(Document, Vec<Problem>), Stop> {
    let mut b = Builder::default();
    let mut documents = 0;
    for event in Parser::new_from_str(src) {
        let (event, span) = event.map_err(|e| Stop::Syntax {
            line: e.marker().line(),
            column: e.marker().col() + 1,
            info: e.info().to_owned(),
        })?;
        let at = marker_pos(&span.start);
        let end = marker_pos(&span.end);
        match event {
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    return Err(Problem::new(
                        Code::MultipleDocuments,
                        Some(at),
                        text!(
                            "1つのファイルに書ける YAML 文書は1つだけです（2つ目の `---` があります）",
                            "a file holds one YAML document; this is a second one (`---`)"
                        ),
                    )
                    .into());
                }
            }
            Event::Scalar(v, style, anchor, tag) => {
                let (first, last) = (span.start.line(), span.end.line());
                // A block scalar's span ends at the start of the line after its text.
                let last = if span.end.col() == 0 && last > first {
                    last - 1
                } else {
                    last
                };
                if last > first {
                    text.0.push((first + 1, last));
                }
                b.scalar(v, style, anchor, tag.as_deref(), at, end)?
            }
            Event::SequenceStart(anchor, _) => b.start(false, anchor, at)?,
            Event::MappingStart(anchor, _) => b.start(true, anchor, at)?,
            Event::SequenceEnd | Event::MappingEnd => b.end(end),
            Event::Alias(id) => b.alias(id, at, end)?,
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => {}
        }
    }
    let value = b.root.take().unwrap_or(Value::Null);
    if value.is_null() {
        return Err(Problem::new(
            Code::EmptyFile,
            None,
            text!("ファイルが空です", "the file is empty"),
        )
        .hint(text!(
            "`hoshi init` で作られるひな形を参考にしてください",
            "see the skeleton that `hoshi init` writes"
        ))
        .into());
    }
    Ok((
        Document {
            value,
            locations: b.locations,
        },
        b.problems,
    ))
}

impl Builder {
    /// Counts nodes and text as they are read; aliases also spend the expansion budget.
    fn count(&mut self, nodes: usize, bytes: usize) {
        self.nodes += nodes;
        self.bytes += bytes;
    }

    fn expand(&mut self, nodes: usize, bytes: usize, at: Pos) -> Result<(), Problem> {
        self.count(nodes, bytes);
        self.alias_nodes += nodes;
        self.alias_bytes += bytes;
        if self.alias_nodes > MAX_NODES || self.alias_bytes > MAX_EXPANDED_BYTES {
            return Err(Problem::new(
                Code::AliasBudget,
                Some(at),
                text!(
                    "エイリアス（*）を展開すると大きくなりすぎます（{MAX_NODES} 要素・{MAX_EXPANDED_BYTES} バイトまで）",
                    "the file expands to too much data through aliases (limit {MAX_NODES} nodes, {MAX_EXPANDED_BYTES} bytes)"
                ),
            ));
        }
        Ok(())
    }

    /// The pointer of the node about to be completed in the innermost container, with its
    /// key's start and end.
    fn child_pointer(&self) -> (String, Option<(Pos, Pos)>) {
        let join = |pointer: &str, segment: &str| {
            let mut p = String::with_capacity(pointer.len() + 1 + segment.len());
            p.push_str(pointer);
            p.push('/');
            p.push_str(segment);
            p
        };
        match self.stack.last() {
            None => (String::new(), None),
            Some(Frame::Seq { items, pointer, .. }) => {
                (join(pointer, itoa::Buffer::new().format(items.len())), None)
            }
            Some(Frame::Map { key, pointer, .. }) => match key {
                Some((k, at, end)) => (join(pointer, &escape_segment(k)), Some((*at, *end))),
                None => (pointer.clone(), None),
            },
        }
    }

    /// Records where the node about to be completed sits; its pointer is returned for a
    /// container, which keeps it for its children.
    fn locate(&mut self, value: Pos, value_end: Option<Pos>, container: bool) -> Option<String> {
        let (pointer, key) = self.child_pointer();
        let kept = container.then(|| pointer.clone());
        self.locations.insert(
            pointer,
            Location {
                key: key.map(|k| k.0),
                key_end: key.map(|k| k.1),
                value,
                value_end,
            },
        );
        kept
    }

    fn expecting_key(&self) -> bool {
        matches!(self.stack.last(), Some(Frame::Map { key: None, .. }))
    }

    fn scalar(
        &mut self,
        v: Cow<'_, str>,
        style: ScalarStyle,
        anchor: usize,
        tag: Option<&Tag>,
        at: Pos,
        end: Pos,
    ) -> Result<(), Problem> {
        self.count(1, v.len());
        if self.skip_depth > 0 {
            return Ok(());
        }
        if self.expecting_key() {
            let k = v.into_owned();
            if anchor != 0 {
                let len = k.len();
                self.anchors
                    .insert(anchor, (Value::String(k.clone()), 1, len));
            }
            return self.key(k, at, end);
        }
        let len = v.len();
        let value = resolve(v, style, tag);
        if anchor != 0 {
            self.anchors.insert(anchor, (value.clone(), 1, len));
        }
        self.locate(at, Some(end), false);
        self.complete(value);
        Ok(())
    }

    fn key(&mut self, k: String, at: Pos, end: Pos) -> Result<(), Problem> {
        let Some(Frame::Map {
            map,
            key,
            skipping,
            pointer,
            ..
        }) = self.stack.last_mut()
        else {
            return Ok(());
        };
        // A key already in the mapping is a duplicate: its first value completed before
        // this key was read, and was located with its key. (A duplicate's value is
        // located too, so where the first one was is kept apart from the second on.)
        if map.contains_key(&k) {
            let path = format!("{pointer}/{}", escape_segment(&k));
            let located = self.locations.get(&path).map(|l| l.key.unwrap_or(l.value));
            let first_line = self
                .first_keys
                .entry(path.clone())
                .or_insert(located.unwrap_or(at))
                .line;
            let shown = crate::lang::clip(&k, 60);
            self.problems.push(Problem {
                path,
                ..Problem::new(
                    Code::DuplicateKey,
                    Some(at),
                    text!(
                        "キー「{shown}」が2回書かれています（最初は {first_line} 行目）",
                        "duplicate key \"{shown}\" (first at line {first_line})"
                    ),
                )
                .hint(text!(
                    "どちらか一方を消してください。後の値は無視されます",
                    "remove one of them; the later value is ignored"
                ))
            });
            *skipping = true;
        } else {
            *skipping = false;
        }
        *key = Some((k, at, end));
        Ok(())
    }

    fn start(&mut self, mapping: bool, anchor: usize, at: Pos) -> Result<(), Problem> {
        self.count(1, 0);
        if self.expecting_key() {
            return Err(Problem::new(
                Code::NonScalarKey,
                Some(at),
                text!(
                    "キーには文字列を書いてください（マッピングやリストはキーにできません）",
                    "a key must be plain text, not a mapping or a list"
                ),
            ));
        }
        if self.stack.len() >= MAX_DEPTH {
            return Err(Problem::new(
                Code::TooDeep,
                Some(at),
                text!(
                    "入れ子が深すぎます（{MAX_DEPTH} 段まで）",
                    "nesting is too deep (limit {MAX_DEPTH} levels)"
                ),
            ));
        }
        if self.skip_depth > 0 || self.in_skipped_value() {
            self.skip_depth += 1;
            return Ok(());
        }
        let pointer = self.locate(at, None, true).unwrap_or_default();
        let (nodes_at_start, bytes_at_start) = (self.nodes, self.bytes);
        self.stack.push(if mapping {
            Frame::Map {
                map: Map::new(),
                pointer,
                anchor,
                nodes_at_start,
                bytes_at_start,
                key: None,
                skipping: false,
            }
        } else {
            Frame::Seq {
                items: Vec::new(),
                pointer,
                anchor,
                nodes_at_start,
                bytes_at_start,
            }
        });
        Ok(())
    }

    fn in_skipped_value(&self) -> bool {
        matches!(
            self.stack.last(),
            Some(Frame::Map {
                key: Some(_),
                skipping: true,
                ..
            })
        )
    }

    fn end(&mut self, end: Pos) {
        if self.skip_depth > 0 {
            self.skip_depth -= 1;
            if self.skip_depth == 0 {
                self.finish_skipped();
            }
            return;
        }
        let Some(frame) = self.stack.pop() else {
            return;
        };
        let (value, anchor, nodes, bytes, pointer) = match frame {
            Frame::Seq {
                items,
                anchor,
                nodes_at_start,
                bytes_at_start,
                pointer,
            } => (
                Value::Array(items),
                anchor,
                nodes_at_start,
                bytes_at_start,
                pointer,
            ),
            Frame::Map {
                map,
                anchor,
                nodes_at_start,
                bytes_at_start,
                pointer,
                ..
            } => (
                Value::Object(map),
                anchor,
                nodes_at_start,
                bytes_at_start,
                pointer,
            ),
        };
        // A flow collection on one line (`[a, b]`) ends where a reader sees it end.
        if let Some(l) = self.locations.get_mut(&pointer)
            && end.line == l.value.line
            && end.column > l.value.column
        {
            l.value_end = Some(end);
        }
        if anchor != 0 {
            let size = (self.nodes - nodes + 1, self.bytes - bytes);
            self.anchors.insert(anchor, (value.clone(), size.0, size.1));
        }
        // The location was recorded when the container started.
        self.complete(value);
    }

    /// Ends the value of a duplicate key: it is dropped, and the key slot is freed.
    fn finish_skipped(&mut self) {
        if let Some(Frame::Map { key, skipping, .. }) = self.stack.last_mut() {
            *key = None;
            *skipping = false;
        }
    }

    fn alias(&mut self, id: usize, at: Pos, end: Pos) -> Result<(), Problem> {
        let Some((value, nodes, bytes)) = self.anchors.get(&id).cloned() else {
            return Err(Problem::new(
                Code::YamlSyntax,
                Some(at),
                text!(
                    "未定義のアンカーを参照しています",
                    "alias to an unknown anchor"
                ),
            ));
        };
        self.expand(nodes, bytes, at)?;
        if self.skip_depth > 0 {
            return Ok(());
        }
        if self.expecting_key() {
            return match value {
                Value::String(k) => self.key(k, at, end),
                _ => Err(Problem::new(
                    Code::NonScalarKey,
                    Some(at),
                    text!("キーには文字列を書いてください", "a key must be plain text"),
                )),
            };
        }
        self.locate(at, Some(end), false);
        self.complete(value);
        Ok(())
    }

    /// Puts a finished value into its container (or makes it the root).
    fn complete(&mut self, value: Value) {
        match self.stack.last_mut() {
            None => {
                if self.root.is_none() {
                    self.root = Some(value);
                }
            }
            Some(Frame::Seq { items, .. }) => items.push(value),
            Some(Frame::Map {
                map, key, skipping, ..
            }) => {
                if let Some((k, ..)) = key.take()
                    && !*skipping
                {
                    map.insert(k, value);
                }
                *skipping = false;
            }
        }
    }
}

/// Resolves a scalar by the YAML 1.2 core schema: only untagged plain scalars are typed;
/// `!!str` and the non-specific tag `!` make text.
fn resolve(v: Cow<'_, str>, style: ScalarStyle, tag: Option<&Tag>) -> Value {
    if let Some(tag) = tag
        && ((tag.is_yaml_core_schema() && tag.suffix == "str")
            || (tag.handle.is_empty() && tag.suffix == "!"))
    {
        return Value::String(v.into_owned());
    }
    if style != ScalarStyle::Plain {
        return Value::String(v.into_owned());
    }
    match v.as_ref() {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    if let Some(n) = resolve_int(&v) {
        return Value::Number(n);
    }
    if is_core_float(&v)
        && let Some(n) = v.parse::<f64>().ok().and_then(Number::from_f64)
    {
        return Value::Number(n);
    }
    Value::String(v.into_owned())
}

fn resolve_int(v: &str) -> Option<Number> {
    let (radix, digits) = if let Some(h) = v.strip_prefix("0x") {
        (16, h)
    } else if let Some(o) = v.strip_prefix("0o") {
        (8, o)
    } else {
        let unsigned = v.strip_prefix(['-', '+']).unwrap_or(v);
        if unsigned.is_empty() || !unsigned.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        return match v.parse::<i64>() {
            Ok(i) => Some(Number::from(i)),
            Err(_) => v.parse::<f64>().ok().and_then(Number::from_f64),
        };
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    i64::from_str_radix(digits, radix).ok().map(Number::from)
}

/// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`
fn is_core_float(v: &str) -> bool {
    let s = v.strip_prefix(['-', '+']).unwrap_or(v);
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let digits = |t: &str| t.bytes().all(|c| c.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some((int, frac)) => digits(int) && digits(frac) && !(int.is_empty() && frac.is_empty()),
        None => !mantissa.is_empty() && digits(mantissa),
    };
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    mantissa_ok && exponent_ok
}

/// A scalar as YAML text: plain when this loader reads it back as the same string, else
/// double-quoted. The one quoter for every YAML hoshi writes (evidence.yaml entries, review
/// tag records).
pub fn scalar(s: &str) -> String {
    let plain_chars = !s.is_empty()
        && s.trim() == s
        && !s.starts_with(|c: char| "-?:,[]{}#&*!|>'\"%@`".contains(c))
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.ends_with(':')
        && s.chars()
            .all(|c| c >= ' ' && printable(c) && c != '\u{feff}');
    if plain_chars {
        let probe = format!("v: {s}\n");
        let loaded = load(probe.as_bytes());
        if loaded.problems.is_empty()
            && loaded
                .document
                .as_ref()
                .and_then(|d| d.value.get("v"))
                .and_then(Value::as_str)
                == Some(s)
        {
            return s.to_owned();
        }
    }
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if !printable(c) || c < ' ' || c == '\u{feff}' => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// YAML 1.2's printable characters (c-printable), less the line breaks handled apart.
fn printable(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | ' '..='~' | '\u{85}' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(src: &str) -> Document {
        let loaded = load(src.as_bytes());
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        loaded.document.expect("document")
    }

    #[test]
    fn locates_nested_keys_and_values() {
        let d = doc("a:\n  b: 1\n  c:\n    - x\n    - {d: y}\n");
        assert_eq!(d.key_pos("/a/b"), Some(Pos { line: 2, column: 3 }));
        assert_eq!(d.value_pos("/a/b"), Some(Pos { line: 2, column: 6 }));
        assert_eq!(
            d.value_pos("/a/c/1/d"),
            Some(Pos {
                line: 5,
                column: 11
            })
        );
        assert_eq!(d.value_pos("/a/c/0"), Some(Pos { line: 4, column: 7 }));
    }

    #[test]
    fn counts_columns_in_characters() {
        let d = doc("名前: 港 一郎\n");
        assert_eq!(d.value_pos("/名前"), Some(Pos { line: 1, column: 5 }));
    }

    #[test]
    fn types_plain_scalars_by_yaml_1_2() {
        let d = doc(
            "a: yes\nb: 012\nc: 2026-04-01\nd: 0x1F\ne: 1.5e3\nf: ~\ng: '12'\nh: .inf\ni: true\n",
        );
        let v = &d.value;
        assert_eq!(v["a"], "yes");
        assert_eq!(v["b"], 12);
        assert_eq!(v["c"], "2026-04-01");
        assert_eq!(v["d"], 31);
        assert_eq!(v["e"], 1500.0);
        assert!(v["f"].is_null());
        assert_eq!(v["g"], "12");
        assert_eq!(v["h"], ".inf");
        assert_eq!(v["i"], true);
    }

    #[test]
    fn reports_duplicate_keys_with_both_lines_and_keeps_the_first() {
        let loaded = load(b"a: 1\nb:\n  c: 2\na:\n  x: [1, 2]\nz: 3\n");
        assert_eq!(loaded.problems.len(), 1);
        let p = &loaded.problems[0];
        assert_eq!(p.code, Code::DuplicateKey);
        assert_eq!(p.pos, Some(Pos { line: 4, column: 1 }));
        assert!(p.message.en.contains("line 1"), "{}", p.message.en);
        let v = loaded.document.expect("document").value;
        assert_eq!(v, serde_json::json!({"a": 1, "b": {"c": 2}, "z": 3}));
    }

    #[test]
    fn refuses_alias_bombs() {
        let mut src = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let p = i - 1;
            src.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
            ));
        }
        let loaded = load(src.as_bytes());
        assert_eq!(loaded.problems[0].code, Code::AliasBudget);
    }

    #[test]
    fn refuses_deep_nesting_without_overflowing_the_stack() {
        let src = "[".repeat(100);
        assert_eq!(load(src.as_bytes()).problems[0].code, Code::TooDeep);
        // saphyr-parser stops far deeper input itself, as a syntax error.
        let src = "[".repeat(200_000);
        assert_eq!(load(src.as_bytes()).problems[0].code, Code::YamlSyntax);
    }

    #[test]
    fn names_shift_jis_at_the_first_bad_byte() {
        let loaded = load(b"a: 1\nb: \x82\xa0\n");
        let p = &loaded.problems[0];
        assert_eq!(p.code, Code::NotUtf8);
        assert_eq!(p.pos, Some(Pos { line: 2, column: 4 }));
    }

    #[test]
    fn points_at_the_tab_not_the_scalar_before_it() {
        for (src, line, column) in [
            ("a:\n  b: 1\n\tc: 2\n", 3, 1),
            ("a:\n\tb: 1\n", 2, 1),
            ("a:\n  - x\n  \t- y\n", 3, 3),
            ("a:\n  b: |\n\tx\n", 3, 1),
        ] {
            let p = &load(src.as_bytes()).problems[0];
            assert_eq!(p.code, Code::YamlSyntax, "{src:?}");
            assert_eq!(
                p.pos,
                Some(Pos { line, column }),
                "{src:?}: {}",
                p.message.en
            );
            assert!(p.message.en.contains("tab"), "{src:?}: {}", p.message.en);
            assert!(p.hint.is_some(), "{src:?}");
        }
    }

    #[test]
    fn accepts_bom_and_crlf() {
        let d = doc("\u{feff}a: 1\r\nb: x\r\n");
        assert_eq!(d.value, serde_json::json!({"a": 1, "b": "x"}));
        assert_eq!(d.value_pos("/b"), Some(Pos { line: 2, column: 4 }));
    }

    #[test]
    fn scalars_quote_only_when_needed() {
        assert_eq!(scalar("EV-001"), "EV-001");
        assert_eq!(scalar("Windows Update 設定"), "Windows Update 設定");
        assert_eq!(scalar("true"), "\"true\"");
        assert_eq!(scalar("1e5"), "\"1e5\"");
        assert_eq!(scalar("null"), "\"null\"");
        assert_eq!(scalar("a: b"), "\"a: b\"");
        assert_eq!(scalar("# x"), "\"# x\"");
        assert_eq!(scalar("say \"hi\"\n"), "\"say \\\"hi\\\"\\n\"");
        assert_eq!(scalar("\u{7f}"), "\"\\u007f\"");
        assert_eq!(scalar(""), "\"\"");
    }
}
