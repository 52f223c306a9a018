//! Edits of a YAML file at the changed nodes only: every other byte stays as it was.
//!
//! The loader ([`crate::load::yaml`]) records where each node starts; an edit also needs
//! where it ends and how it is written (plain, quoted, block scalar, flow or block
//! mapping). One pass over saphyr-parser's spanned events gives both, keyed by the same
//! JSON Pointers. Edits are collected, then applied from the end of the file to its start,
//! and the result is parsed again: it must read as exactly the value the edits describe,
//! or nothing is written (see [`Editor::finish`]).

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScalarStyle};
use serde_json::{Map, Value};

use crate::load::yaml::scalar;
use crate::load::yaml::{self, escape_segment};

/// Why a file cannot be edited in place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditError(pub String);

#[derive(Debug, Clone)]
enum Kind {
    Scalar(ScalarStyle),
    Map {
        flow: bool,
        /// Keys in the order written, with the entry's key start (byte offset).
        entries: Vec<String>,
    },
    Seq,
    Alias,
}

#[derive(Debug, Clone)]
struct Node {
    start: usize,
    end: usize,
    kind: Kind,
    /// The key naming this node inside its mapping: byte range, and its 0-based column.
    key: Option<(usize, usize, usize)>,
    /// Inside a flow collection (so inserted text must stay on one line).
    in_flow: bool,
}

/// A file's text with the span of every node by JSON Pointer.
#[derive(Debug)]
struct Spans {
    nodes: HashMap<String, Node>,
}

enum Frame {
    Map {
        pointer: String,
        key: Option<(String, usize, usize, usize)>,
        flow: bool,
        start: usize,
        last_end: usize,
        entries: Vec<String>,
    },
    Seq {
        pointer: String,
        index: usize,
        flow: bool,
        start: usize,
        last_end: usize,
    },
}

fn spans(text: &str) -> Result<Spans, EditError> {
    // saphyr-parser counts characters; edits need bytes.
    let mut offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    offsets.push(text.len());
    let byte = |c: usize| offsets.get(c).copied().unwrap_or(text.len());
    let mut nodes = HashMap::new();
    let mut stack: Vec<Frame> = Vec::new();
    let in_flow = |stack: &[Frame]| {
        stack.iter().any(|f| match f {
            Frame::Map { flow, .. } | Frame::Seq { flow, .. } => *flow,
        })
    };
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|e| EditError(e.info().to_owned()))?;
        let (start, end) = (byte(span.start.index()), byte(span.end.index()));
        let column = span.start.col();
        let is_key = matches!(stack.last(), Some(Frame::Map { key: None, .. }));
        match event {
            Event::Scalar(v, ..) if is_key => {
                if let Some(Frame::Map { key, entries, .. }) = stack.last_mut() {
                    entries.push(v.to_string());
                    *key = Some((v.to_string(), start, end, column));
                }
            }
            Event::Scalar(_, style, ..) => {
                let flow = in_flow(&stack);
                place(
                    &mut stack,
                    &mut nodes,
                    start,
                    end,
                    Kind::Scalar(style),
                    flow,
                );
            }
            Event::Alias(_) => {
                let flow = in_flow(&stack);
                place(&mut stack, &mut nodes, start, end, Kind::Alias, flow);
            }
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let flow = text[start..].starts_with(['{', '[']);
                let pointer = child_pointer(&stack);
                let frame = if matches!(event, Event::MappingStart(..)) {
                    Frame::Map {
                        pointer,
                        key: None,
                        flow,
                        start,
                        last_end: start,
                        entries: Vec::new(),
                    }
                } else {
                    Frame::Seq {
                        pointer,
                        index: 0,
                        flow,
                        start,
                        last_end: start,
                    }
                };
                stack.push(frame);
            }
            Event::MappingEnd | Event::SequenceEnd => {
                let Some(frame) = stack.pop() else { continue };
                let (kind, start, close) = match frame {
                    Frame::Map {
                        flow,
                        start,
                        last_end,
                        entries,
                        ..
                    } => (
                        Kind::Map { flow, entries },
                        start,
                        if flow { end } else { last_end },
                    ),
                    Frame::Seq {
                        flow,
                        start,
                        last_end,
                        ..
                    } => (Kind::Seq, start, if flow { end } else { last_end }),
                };
                let flow = in_flow(&stack);
                place(&mut stack, &mut nodes, start, close, kind, flow);
            }
            _ => {}
        }
    }
    Ok(Spans { nodes })
}

fn child_pointer(stack: &[Frame]) -> String {
    match stack.last() {
        None => String::new(),
        Some(Frame::Map { pointer, key, .. }) => match key {
            Some((k, ..)) => format!("{pointer}/{}", escape_segment(k)),
            None => pointer.clone(),
        },
        Some(Frame::Seq { pointer, index, .. }) => format!("{pointer}/{index}"),
    }
}

/// Records a finished node under its pointer and advances its container.
fn place(
    stack: &mut [Frame],
    nodes: &mut HashMap<String, Node>,
    start: usize,
    end: usize,
    kind: Kind,
    in_flow: bool,
) {
    let pointer = child_pointer(stack);
    let key = match stack.last() {
        Some(Frame::Map {
            key: Some((_, ks, ke, col)),
            ..
        }) => Some((*ks, *ke, *col)),
        _ => None,
    };
    nodes.insert(
        pointer,
        Node {
            start,
            end,
            kind,
            key,
            in_flow,
        },
    );
    match stack.last_mut() {
        Some(Frame::Map { key, last_end, .. }) => {
            *key = None;
            *last_end = end;
        }
        Some(Frame::Seq {
            index, last_end, ..
        }) => {
            *index += 1;
            *last_end = end;
        }
        None => {}
    }
}

/// A value to write: a scalar, or a mapping of scalars and mappings (written in flow style).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum New {
    Scalar(String),
    Map(Vec<(String, New)>),
}

impl New {
    fn to_value(&self) -> Value {
        match self {
            New::Scalar(s) => Value::String(s.clone()),
            New::Map(entries) => Value::Object(
                entries
                    .iter()
                    .map(|(k, v)| (k.clone(), v.to_value()))
                    .collect::<Map<_, _>>(),
            ),
        }
    }

    fn flow(&self) -> String {
        match self {
            New::Scalar(s) => flow_scalar(s),
            New::Map(entries) => {
                let inner: Vec<String> = entries
                    .iter()
                    .map(|(k, v)| format!("{}: {}", flow_scalar(k), v.flow()))
                    .collect();
                format!("{{{}}}", inner.join(", "))
            }
        }
    }
}

/// A scalar that reads back as `s` inside a flow collection, where `,[]{}` end plain text.
fn flow_scalar(s: &str) -> String {
    let q = scalar(s);
    if q.starts_with('"') || !q.contains([',', '[', ']', '{', '}']) {
        q
    } else {
        serde_json::Value::String(s.to_owned()).to_string()
    }
}

/// Collects edits of one file and applies them together.
pub struct Editor<'a> {
    bytes: &'a [u8],
    /// The text after a BOM, if there is one.
    text: &'a str,
    base: usize,
    spans: Spans,
    eol: &'static str,
    edits: Vec<(usize, usize, String)>,
    expected: Value,
    /// Empty flow mappings (`{}`) already turned into block mappings: where the next entry
    /// goes, and its indentation.
    opened: HashMap<String, (usize, usize)>,
}

impl<'a> Editor<'a> {
    /// Reads the file's spans; it must parse.
    pub fn new(bytes: &'a [u8]) -> Result<Editor<'a>, EditError> {
        let (base, body) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) => (3, rest),
            None => (0, bytes),
        };
        let text = std::str::from_utf8(body).map_err(|_| EditError("not UTF-8".into()))?;
        let spans = spans(text)?;
        let expected = yaml::load(bytes)
            .document
            .map(|d| d.value)
            .ok_or_else(|| EditError("does not parse".into()))?;
        let eol = match text.find('\n') {
            Some(i) if i > 0 && text.as_bytes()[i - 1] == b'\r' => "\r\n",
            _ => "\n",
        };
        Ok(Editor {
            bytes,
            text,
            base,
            spans,
            eol,
            edits: Vec::new(),
            expected,
            opened: HashMap::new(),
        })
    }

    fn node(&self, pointer: &str) -> Result<&Node, EditError> {
        self.spans
            .nodes
            .get(pointer)
            .ok_or_else(|| EditError(format!("no node at {pointer}")))
    }

    /// Where a node's text ends: a block scalar's span runs on over the blank lines and
    /// the indentation after it, which belong to what follows.
    fn end_of(&self, node: &Node) -> usize {
        match node.kind {
            Kind::Scalar(ScalarStyle::Literal | ScalarStyle::Folded) => {
                self.text[..node.end].trim_end().len().max(node.start)
            }
            _ => node.end,
        }
    }

    /// Whether a node exists at `pointer`.
    pub fn has(&self, pointer: &str) -> bool {
        self.spans.nodes.contains_key(pointer)
    }

    /// Replaces the scalar at `pointer` with `value`, keeping its block style when it has one.
    pub fn set(&mut self, pointer: &str, value: &str) -> Result<(), EditError> {
        let node = self.node(pointer)?.clone();
        let Kind::Scalar(style) = node.kind else {
            return Err(EditError(format!("{pointer} is not a scalar")));
        };
        let (mut start, mut end) = (node.start, node.end);
        let block = matches!(style, ScalarStyle::Literal | ScalarStyle::Folded);
        if block {
            // The span covers the content lines; the `|` or `>` sits after the key's colon.
            let Some((_, key_end, _)) = node.key else {
                return Err(EditError(format!(
                    "{pointer}: a block scalar without a key"
                )));
            };
            let after = &self.text[key_end..];
            let skip = after.len() - after.trim_start_matches([' ', '\t', ':']).len();
            start = key_end + skip;
            end = self.end_of(&node).max(start);
        }
        if style == ScalarStyle::Plain && start == end {
            // An empty value (`note:`): write after the colon.
            if let Some((_, key_end, _)) = node.key {
                start = key_end + self.text[key_end..].find(':').map_or(0, |i| i + 1);
                end = start;
                let text = format!(" {}", self.render(&node, value));
                self.edits.push((start, end, text));
                return self.expect_set(pointer, Value::String(value.to_owned()));
            }
        }
        let text = self.render(&node, value);
        self.edits.push((start, end, text));
        self.expect_set(pointer, Value::String(value.to_owned()))
    }

    /// A scalar as it will be written at `node`: a literal block for multi-line text in
    /// block context, else a plain or quoted scalar.
    fn render(&self, node: &Node, value: &str) -> String {
        if node.in_flow {
            return flow_scalar(value);
        }
        if let Some((_, _, column)) = node.key
            && let Some(block) = literal(value, column + 2, self.eol)
        {
            return block;
        }
        scalar(value)
    }

    /// Removes the entry at `pointer` (a key of a mapping) with its value.
    pub fn remove(&mut self, pointer: &str) -> Result<(), EditError> {
        let (parent, key) = split(pointer);
        let node = self.node(pointer)?.clone();
        let map = self.node(&parent)?.clone();
        let Kind::Map { flow, entries } = &map.kind else {
            return Err(EditError(format!("{parent} is not a mapping")));
        };
        let Some((key_start, _, _)) = node.key else {
            return Err(EditError(format!("{pointer} has no key")));
        };
        let index = entries
            .iter()
            .position(|k| k == &key)
            .ok_or_else(|| EditError(format!("{pointer}: key not found")))?;
        if entries.len() == 1 {
            return Err(EditError(format!("{pointer} is the only entry")));
        }
        if *flow {
            if index + 1 < entries.len() {
                // `key: value, next` → `next`
                let next = self.entry_key_start(&parent, &entries[index + 1])?;
                self.edits.push((key_start, next, String::new()));
            } else {
                // `prev, key: value` → `prev`
                let prev =
                    self.node(&format!("{parent}/{}", escape_segment(&entries[index - 1])))?;
                self.edits.push((prev.end, node.end, String::new()));
            }
        } else {
            let from = self.text[..key_start].rfind('\n').map_or(0, |i| i + 1);
            if !self.text[from..key_start].trim().is_empty() {
                return Err(EditError(format!("{pointer}: the key shares its line")));
            }
            let end = self.end_of(&node);
            let to = self.text[end..]
                .find('\n')
                .map_or(self.text.len(), |i| end + i + 1);
            self.edits.push((from, to, String::new()));
        }
        if let Some(Value::Object(m)) = self.expected.pointer_mut(&parent) {
            m.remove(&key);
        }
        Ok(())
    }

    fn entry_key_start(&self, parent: &str, key: &str) -> Result<usize, EditError> {
        let n = self.node(&format!("{parent}/{}", escape_segment(key)))?;
        n.key
            .map(|(s, _, _)| s)
            .ok_or_else(|| EditError(format!("{parent}/{key} has no key")))
    }

    /// Adds `key: value` to the mapping at `parent`, after the entry `after` when given
    /// (else at its end).
    pub fn insert(
        &mut self,
        parent: &str,
        after: Option<&str>,
        key: &str,
        value: &New,
    ) -> Result<(), EditError> {
        let map = self.node(parent)?.clone();
        if self.is_empty_null(&map, parent) {
            return self.insert_under_null(&map, parent, key, value);
        }
        let Kind::Map { flow, entries } = &map.kind else {
            return Err(EditError(format!("{parent} is not a mapping")));
        };
        let after = after
            .filter(|a| entries.iter().any(|k| k == a))
            .or(entries.last().map(String::as_str));
        let entry = format!("{}: {}", flow_scalar(key), value.flow());
        match (flow, after) {
            (true, None) if self.opened.contains_key(parent) => {
                let (at, column) = self.opened[parent];
                let text = format!("{}{}{entry}", self.eol, " ".repeat(column));
                self.edits.push((at, at, text));
            }
            (true, None) => {
                // `{}`: in block context it becomes a block mapping, keys two columns in.
                let Some((_, _, column)) = map.key.filter(|_| !map.in_flow) else {
                    self.edits.push((map.start + 1, map.start + 1, entry));
                    return self.expect_insert(parent, key, value);
                };
                let from = self.text[..map.start].trim_end_matches([' ', '\t']).len();
                let indent = " ".repeat(column + 2);
                let eol = self.eol;
                let rest = &self.text[map.end..];
                let line_rest = rest.find('\n').map_or(rest, |i| &rest[..i]);
                let tail = line_rest.trim_end_matches('\r');
                if !tail.trim().is_empty() && !tail.trim_start().starts_with('#') {
                    return Err(EditError(format!("{parent}: text after {{}}")));
                }
                // `answers: {}  # c` keeps its comment on the key's line.
                let comment = if tail.trim().is_empty() {
                    String::new()
                } else {
                    format!(" {}", tail.trim())
                };
                let to = map.end + tail.len();
                self.opened.insert(parent.to_owned(), (to, column + 2));
                self.edits
                    .push((from, to, format!("{comment}{eol}{indent}{entry}")));
            }
            (true, Some(a)) => {
                let prev = self.node(&format!("{parent}/{}", escape_segment(a)))?;
                self.edits.push((prev.end, prev.end, format!(", {entry}")));
            }
            (false, Some(a)) => {
                let first = entries.first().map(String::as_str).unwrap_or(a);
                let column = self
                    .node(&format!("{parent}/{}", escape_segment(first)))?
                    .key
                    .map_or(0, |(_, _, c)| c);
                let prev = self.node(&format!("{parent}/{}", escape_segment(a)))?;
                let prev_end = self.end_of(prev);
                let eol = self.eol;
                let indent = " ".repeat(column);
                match self.text[prev_end..].find('\n') {
                    Some(i) => {
                        let at = prev_end + i + 1;
                        self.edits.push((at, at, format!("{indent}{entry}{eol}")));
                    }
                    None => {
                        let at = self.text.len();
                        self.edits.push((at, at, format!("{eol}{indent}{entry}")));
                    }
                }
            }
            (false, None) => return Err(EditError(format!("{parent}: an empty block mapping"))),
        }
        self.expect_insert(parent, key, value)
    }

    /// `key:` with nothing after it but a comment (a null, as `answers:` is in a file
    /// whose entries are all still commented out).
    fn is_empty_null(&self, node: &Node, pointer: &str) -> bool {
        matches!(node.kind, Kind::Scalar(ScalarStyle::Plain))
            && !node.in_flow
            && node.key.is_some()
            && self
                .text
                .get(node.start..node.end)
                .is_some_and(|t| t.trim().is_empty())
            && (self.opened.contains_key(pointer)
                || self.expected.pointer(pointer) == Some(&Value::Null))
    }

    /// Adds `key: value` under an empty `parent:`, which becomes a block mapping two
    /// columns in; entries go on the lines after the key's line, in the order added.
    fn insert_under_null(
        &mut self,
        node: &Node,
        parent: &str,
        key: &str,
        value: &New,
    ) -> Result<(), EditError> {
        if !self.opened.contains_key(parent) {
            let Some((_, key_end, column)) = node.key else {
                return Err(EditError(format!("{parent} has no key")));
            };
            let rest = &self.text[key_end..];
            let mut at = key_end + rest.find('\n').unwrap_or(rest.len());
            if self.text[..at].ends_with('\r') {
                at -= 1;
            }
            let tail = self.text[key_end..at].trim_start();
            let after_colon = tail.strip_prefix(':').map(str::trim);
            if !after_colon.is_some_and(|t| t.is_empty() || t.starts_with('#')) {
                return Err(EditError(format!("{parent}: text after the key")));
            }
            self.opened.insert(parent.to_owned(), (at, column + 2));
            if let Some(v) = self.expected.pointer_mut(parent) {
                *v = Value::Object(Map::new());
            }
        }
        let (at, column) = self.opened[parent];
        let entry = format!("{}: {}", flow_scalar(key), value.flow());
        let text = format!("{}{}{entry}", self.eol, " ".repeat(column));
        self.edits.push((at, at, text));
        self.expect_insert(parent, key, value)
    }

    fn expect_set(&mut self, pointer: &str, value: Value) -> Result<(), EditError> {
        match self.expected.pointer_mut(pointer) {
            Some(slot) => {
                *slot = value;
                Ok(())
            }
            None => Err(EditError(format!("{pointer} is not in the value"))),
        }
    }

    fn expect_insert(&mut self, parent: &str, key: &str, value: &New) -> Result<(), EditError> {
        match self.expected.pointer_mut(parent) {
            Some(Value::Object(m)) => {
                m.insert(key.to_owned(), value.to_value());
                Ok(())
            }
            _ => Err(EditError(format!("{parent} is not a mapping in the value"))),
        }
    }

    /// Whether any edit was made.
    pub fn is_empty(&self) -> bool {
        self.edits.is_empty()
    }

    /// Applies the edits and checks that the result reads as the edited value.
    pub fn finish(mut self) -> Result<Vec<u8>, EditError> {
        // From the end backwards; at one offset, later edits go first so that text
        // inserted there keeps the order it was added in.
        let mut order: Vec<usize> = (0..self.edits.len()).collect();
        order.sort_by(|&a, &b| {
            let (ea, eb) = (&self.edits[a], &self.edits[b]);
            // A removal or replacement starting where text is inserted goes first, so that
            // `{answer: met, suggested: true}` can lose its last entry and gain another.
            eb.0.cmp(&ea.0)
                .then((ea.0 == ea.1).cmp(&(eb.0 == eb.1)))
                .then(b.cmp(&a))
        });
        let mut text = self.text.to_owned();
        let mut floor = usize::MAX;
        for i in order {
            let (start, end, ref new) = self.edits[i];
            if end > floor && start != end {
                return Err(EditError("overlapping edits".into()));
            }
            text.replace_range(start..end, new);
            floor = start;
        }
        let mut out = self.bytes[..self.base].to_vec();
        out.extend_from_slice(text.as_bytes());
        let loaded = yaml::load(&out);
        let ok =
            loaded.problems.is_empty() && loaded.document.is_some_and(|d| d.value == self.expected);
        if !ok {
            return Err(EditError(
                "the edited file does not read as intended".into(),
            ));
        }
        self.edits.clear();
        Ok(out)
    }
}

/// `(parent pointer, last key)` of a pointer.
fn split(pointer: &str) -> (String, String) {
    match pointer.rfind('/') {
        Some(i) => (
            pointer[..i].to_owned(),
            pointer[i + 1..].replace("~1", "/").replace("~0", "~"),
        ),
        None => (String::new(), pointer.to_owned()),
    }
}

/// Multi-line text as a literal block scalar indented by `indent`, when one can hold it
/// exactly (no leading spaces, at most one final line break, printable text).
fn literal(value: &str, indent: usize, eol: &str) -> Option<String> {
    if !value.contains('\n') {
        return None;
    }
    let body = value.strip_suffix('\n').unwrap_or(value);
    let plain_lines = !body.ends_with('\n')
        && !body.starts_with([' ', '\t', '\n'])
        && body
            .chars()
            .all(|c| c == '\n' || c == '\t' || (!c.is_control() && c != '\u{feff}'))
        && !body.contains('\r')
        && body.lines().all(|l| l.trim_end() == l);
    if !plain_lines {
        return None;
    }
    let chomp = if value.ends_with('\n') { "|" } else { "|-" };
    let pad = " ".repeat(indent);
    let mut out = String::from(chomp);
    for line in body.split('\n') {
        out.push_str(eol);
        if !line.is_empty() {
            out.push_str(&pad);
            out.push_str(line);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(src: &str, f: impl FnOnce(&mut Editor<'_>)) -> String {
        let mut e = Editor::new(src.as_bytes()).expect("parses");
        f(&mut e);
        String::from_utf8(e.finish().expect("finishes")).expect("utf-8")
    }

    const FLOW: &str = "# head\nanswers:\n  Q1: {answer: implemented, note: 全PC, evidence: [EV-1]}   # c\n  Q2:\n    answer: partial # why\n    note: |\n      a\n      b\n\n    action: {what: w}\nx: 1\n";

    #[test]
    fn sets_a_plain_scalar_in_a_flow_mapping() {
        let out = edit(FLOW, |e| e.set("/answers/Q1/answer", "partial").unwrap());
        assert_eq!(out, FLOW.replace("answer: implemented", "answer: partial"));
    }

    #[test]
    fn quotes_flow_indicators_inside_flow_mappings() {
        let out = edit(FLOW, |e| e.set("/answers/Q1/note", "a, b").unwrap());
        assert_eq!(out, FLOW.replace("note: 全PC", "note: \"a, b\""));
    }

    #[test]
    fn keeps_comments_on_block_entries() {
        let out = edit(FLOW, |e| e.set("/answers/Q2/answer", "unknown").unwrap());
        assert_eq!(
            out,
            FLOW.replace("answer: partial # why", "answer: unknown # why")
        );
    }

    #[test]
    fn replaces_a_literal_block() {
        let out = edit(FLOW, |e| e.set("/answers/Q2/note", "one line").unwrap());
        assert_eq!(out, FLOW.replace("|\n      a\n      b", "one line"));
        let out = edit(FLOW, |e| e.set("/answers/Q2/note", "x\ny").unwrap());
        assert_eq!(
            out,
            FLOW.replace("|\n      a\n      b", "|-\n      x\n      y")
        );
    }

    #[test]
    fn newline_in_flow_is_escaped() {
        let out = edit(FLOW, |e| e.set("/answers/Q1/note", "x\ny").unwrap());
        assert_eq!(out, FLOW.replace("note: 全PC", "note: \"x\\ny\""));
    }

    #[test]
    fn removes_entries() {
        let out = edit(FLOW, |e| e.remove("/answers/Q1/note").unwrap());
        assert_eq!(out, FLOW.replace("note: 全PC, ", ""));
        let out = edit(FLOW, |e| e.remove("/answers/Q1/evidence").unwrap());
        assert_eq!(out, FLOW.replace(", evidence: [EV-1]", ""));
        let out = edit(FLOW, |e| e.remove("/answers/Q2/note").unwrap());
        assert_eq!(out, FLOW.replace("    note: |\n      a\n      b\n", ""));
    }

    #[test]
    fn inserts_entries() {
        let action = New::Map(vec![
            ("what".into(), New::Scalar("手順を作る".into())),
            ("due".into(), New::Scalar("2026-04-01".into())),
        ]);
        let out = edit(FLOW, |e| {
            e.insert("/answers/Q1", None, "reason", &New::Scalar("r".into()))
                .unwrap();
            e.insert("/answers/Q1", None, "action", &action).unwrap();
        });
        assert_eq!(
            out,
            FLOW.replace(
                "[EV-1]}",
                "[EV-1], reason: r, action: {what: 手順を作る, due: 2026-04-01}}"
            )
        );
        let out = edit(FLOW, |e| {
            e.insert(
                "/answers/Q2",
                Some("answer"),
                "reason",
                &New::Scalar("r".into()),
            )
            .unwrap()
        });
        assert_eq!(out, FLOW.replace("# why\n", "# why\n    reason: r\n"));
        let q3 = New::Map(vec![("answer".into(), New::Scalar("unknown".into()))]);
        let out = edit(FLOW, |e| {
            e.insert("/answers", Some("Q1"), "Q3", &q3).unwrap()
        });
        assert_eq!(out, FLOW.replace("# c\n", "# c\n  Q3: {answer: unknown}\n"));
    }

    #[test]
    fn an_empty_flow_mapping_becomes_a_block_mapping() {
        let q1 = New::Map(vec![("answer".into(), New::Scalar("partial".into()))]);
        let out = edit("a: 1\nanswers: {}\n", |e| {
            e.insert("/answers", None, "Q1", &q1).unwrap();
            e.insert("/answers", None, "Q2", &q1).unwrap();
        });
        assert_eq!(
            out,
            "a: 1\nanswers:\n  Q1: {answer: partial}\n  Q2: {answer: partial}\n"
        );
    }

    #[test]
    fn entries_go_under_a_key_with_only_comments_after_it() {
        let src = "a: 1\nanswers:  # by id\n  # \"x\": {answer: }\nb: 2\n";
        let out = edit(src, |e| {
            e.insert(
                "/answers",
                None,
                "1-1",
                &New::Map(vec![("answer".into(), New::Scalar("met".into()))]),
            )
            .unwrap();
            e.insert("/answers", None, "1-2", &New::Scalar("x".into()))
                .unwrap();
        });
        assert_eq!(
            out,
            "a: 1\nanswers:  # by id\n  1-1: {answer: met}\n  1-2: x\n  # \"x\": {answer: }\nb: 2\n"
        );
    }

    #[test]
    fn the_last_flow_entry_goes_while_another_is_added_after_the_first() {
        let src = "a: {answer: met, suggested: true}  # c\n";
        let out = edit(src, |e| {
            e.set("/a/answer", "partial").unwrap();
            e.remove("/a/suggested").unwrap();
            e.insert("/a", Some("answer"), "note", &New::Scalar("n".into()))
                .unwrap();
        });
        assert_eq!(out, "a: {answer: partial, note: n}  # c\n");
    }

    #[test]
    fn crlf_and_bom_stay() {
        let src = "\u{feff}p:\r\n  P1:   # c\r\n    status: not_started\r\n";
        let out = edit(src, |e| {
            e.set("/p/P1/status", "practiced").unwrap();
            e.insert("/p/P1", None, "owner", &New::Scalar("総務 田中".into()))
                .unwrap();
        });
        assert_eq!(
            out,
            "\u{feff}p:\r\n  P1:   # c\r\n    status: practiced\r\n    owner: 総務 田中\r\n"
        );
    }

    #[test]
    fn a_value_that_would_change_type_is_quoted() {
        let out = edit("a: x\n", |e| e.set("/a", "2026").unwrap());
        assert_eq!(out, "a: \"2026\"\n");
    }
}
