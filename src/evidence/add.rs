//! `hoshi evidence add`: registers a file in evidence.yaml without rewriting what is there.
//!
//! The new entry is *inserted* as text: every byte of the existing file stays as it was
//! (comments, blank lines, quoting, a BOM, CRLF line ends), with two exceptions, both
//! documented in docs/evidence.md:
//!
//! - a file that does not end with a line break gets one before the entry;
//! - an empty flow list `evidence: []` becomes a block list: the `[]` token (and the spaces
//!   around it when nothing but them follows on the line) is removed and the entry starts on
//!   the next line. A non-empty flow list (`evidence: [{…}]`) is refused.
//!
//! The result is parsed and checked before anything is written: it must pass the schema and
//! read back as the old register plus exactly the new entry. It is written to a temporary
//! file beside evidence.yaml and renamed over it, so a failure leaves the old file intact.

use std::fs;
use std::io::{self};
use std::path::{Component, Path, PathBuf};

use jiff::civil::Date;
use serde_json::{Map, Value};

use crate::error::Error;
use crate::finding::Finding;
use crate::lang::Text;
use crate::load::yaml::{self, Document, scalar};
use crate::model::files::FileKind;
use crate::model::{Audience, EvidenceRegister};
use crate::source::{EvidenceEntry, Source, WorkTree, check_relative_path};
use crate::text;
use crate::validate::schema;
use crate::write::atomic::{self, Replace};

/// How long the evidence stays valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validity {
    Months(u32),
    Until(Date),
}

/// What the user asked to register.
#[derive(Debug, Clone)]
pub struct Request {
    /// The file as the user named it: relative to the current folder, or absolute.
    pub file: PathBuf,
    pub id: String,
    pub title: String,
    pub visibility: Audience,
    pub collected_on: Date,
    pub validity: Option<Validity>,
}

/// The entry as it will be recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub title: String,
    /// Relative to the client root, `/`-separated.
    pub file: String,
    pub sha256: String,
    pub collected_on: Date,
    pub validity: Option<Validity>,
    pub visibility: Audience,
}

/// A checked plan: the new bytes of evidence.yaml and what they add.
#[derive(Debug, Clone)]
pub struct Plan {
    pub entry: Entry,
    /// evidence.yaml as it is (`None`: there is none yet, it will be created).
    pub before: Option<Vec<u8>>,
    pub after: Vec<u8>,
    /// Ids of items already registered with the same file.
    pub same_file_as: Vec<String>,
}

const EVIDENCE: &str = "evidence.yaml";

pub(crate) fn refused(t: Text) -> Error {
    Error::Evidence(t)
}

/// Works out the new evidence.yaml for `request` in the client at `root`, refusing
/// anything that would register the wrong file or change what is already there.
pub fn plan(root: &Path, request: &Request) -> Result<Plan, Error> {
    if !root.join(FileKind::Hoshi.file_name()).is_file() {
        return Err(Error::NotAClient(root.to_owned()));
    }
    check_id(&request.id)?;
    if request.title.trim().is_empty() {
        return Err(refused(text!(
            "--title が空です。何の証跡かを書いてください",
            "--title is empty; say what the evidence shows"
        )));
    }
    if let Some(Validity::Months(n)) = request.validity
        && !(1..=120).contains(&n)
    {
        return Err(refused(text!(
            "--valid-for-months は 1〜120 で指定してください（{n} が指定されました）",
            "--valid-for-months must be 1 to 120 (got {n})"
        )));
    }
    let rel = relative_path(root, &request.file)?;
    let sha256 = hash(root, &rel, &request.file)?;
    let path = root.join(EVIDENCE);
    let before = match fs::symlink_metadata(&path) {
        Ok(m) if m.file_type().is_symlink() => {
            return Err(refused(text!(
                "evidence.yaml がシンボリックリンクです。書き換えずに中止しました",
                "evidence.yaml is a symlink; stopped without writing"
            )));
        }
        Ok(m) if !m.is_file() => {
            return Err(refused(text!(
                "evidence.yaml が通常のファイルではありません",
                "evidence.yaml is not a regular file"
            )));
        }
        Ok(_) => Some(fs::read(&path).map_err(|e| Error::read(&path, e))?),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(Error::read(&path, e)),
    };
    let entry = Entry {
        id: request.id.clone(),
        title: request.title.clone(),
        file: rel,
        sha256,
        collected_on: request.collected_on,
        validity: request.validity,
        visibility: request.visibility,
    };
    let (after, same_file_as) = match &before {
        None => (new_file(&entry), Vec::new()),
        Some(bytes) => {
            let (doc, register) = read_register(bytes)?;
            if register.evidence.iter().any(|i| i.id == entry.id) {
                let id = &entry.id;
                return Err(refused(text!(
                    "証跡ID「{id}」はすでに evidence.yaml にあります。別のIDを指定してください",
                    "evidence id \"{id}\" is already in evidence.yaml; choose another id"
                )));
            }
            let same: Vec<String> = register
                .evidence
                .iter()
                .filter(|i| i.file.as_deref() == Some(entry.file.as_str()))
                .map(|i| i.id.clone())
                .collect();
            let after = append(bytes, &doc, register.evidence.len(), &entry)?;
            (after, same)
        }
    };
    verify(before.as_deref(), &after, &entry)?;
    Ok(Plan {
        entry,
        before,
        after,
        same_file_as,
    })
}

/// Registers a file: plans against evidence.yaml as it is now and writes the plan, all
/// under the client's evidence lock, so concurrent adds each see the others' entries.
pub fn add(root: &Path, request: &Request) -> Result<Plan, Error> {
    let _lock = lock(root)?;
    let plan = plan(root, request)?;
    write(root, &plan)?;
    Ok(plan)
}

/// An exclusive advisory lock for editing evidence.yaml, released when dropped. On Unix
/// the client folder itself is locked, so no lock file is left in the repository.
#[cfg(unix)]
pub(crate) fn lock(root: &Path) -> Result<fs::File, Error> {
    let dir = fs::File::open(root).map_err(|e| Error::read(root, e))?;
    dir.lock().map_err(|e| Error::read(root, e))?;
    Ok(dir)
}

/// Elsewhere (Windows) a folder cannot be opened as a file: see [`lock_outside`].
#[cfg(not(unix))]
pub(crate) fn lock(root: &Path) -> Result<fs::File, Error> {
    lock_outside(root)
}

/// A lock file named after the client folder, in the system's temporary folder: one beside
/// evidence.yaml would be an untracked file in the client's repository, which `hoshi
/// review` then refuses as an uncommitted change.
#[cfg_attr(unix, allow(dead_code))]
fn lock_outside(root: &Path) -> Result<fs::File, Error> {
    let path = lock_path(root)?;
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| Error::write(&path, e))?;
    file.lock().map_err(|e| Error::write(&path, e))?;
    Ok(file)
}

/// The lock file of a client folder: the same folder (however it is named) gets the same
/// file.
#[cfg_attr(unix, allow(dead_code))]
fn lock_path(root: &Path) -> Result<PathBuf, Error> {
    use sha2::{Digest, Sha256};
    let real = root.canonicalize().map_err(|e| Error::read(root, e))?;
    let key = crate::source::hex(&Sha256::digest(real.as_os_str().as_encoded_bytes()));
    Ok(std::env::temp_dir().join(format!("hoshi-evidence-{}.lock", &key[..32])))
}

/// Writes a plan through the one atomic writer: evidence.yaml is replaced whole (hoshi was
/// asked to edit it), or created when there was none.
pub fn write(root: &Path, plan: &Plan) -> Result<(), Error> {
    let replace = if plan.before.is_some() {
        Replace::Always
    } else {
        Replace::Never
    };
    atomic::write_file(&root.join(EVIDENCE), &plan.after, replace)
}

fn check_id(id: &str) -> Result<(), Error> {
    let mut chars = id.chars();
    let ok = chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if ok {
        Ok(())
    } else {
        Err(refused(text!(
            "証跡ID「{id}」は使えません。英数字で始め、英数字と「.」「_」「-」だけを使ってください（例: EV-007）",
            "evidence id \"{id}\" is not allowed: start with a letter or digit and use only letters, digits, '.', '_' and '-' (e.g. EV-007)"
        )))
    }
}

/// The file's path relative to the client root, as evidence.yaml records it. The folder
/// part is resolved (symlinked folders included); the file name itself is kept, so a
/// symlink inside the root is registered as the link and followed when it is checked.
pub(crate) fn relative_path(root: &Path, file: &Path) -> Result<String, Error> {
    let shown = file.display().to_string();
    match fs::symlink_metadata(file) {
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            // FILE is read from the current folder, as a shell completes it; say so when
            // the user wrote it from the client folder instead.
            if file.is_relative() && fs::symlink_metadata(root.join(file)).is_ok() {
                let there = root.join(file).display().to_string();
                return Err(refused(text!(
                    "ファイル {shown} がありません。FILE は今いるフォルダからのパスです（{there} のことなら、そう指定してください）",
                    "file {shown} does not exist; FILE is a path from the current folder (for {there}, write that)"
                )));
            }
            return Err(refused(text!(
                "ファイル {shown} がありません",
                "file {shown} does not exist"
            )));
        }
        Err(e) => return Err(Error::read(file, e)),
    }
    let name = match file.components().next_back() {
        Some(Component::Normal(name)) => name,
        _ => {
            return Err(refused(text!(
                "{shown} は通常のファイルではありません",
                "{shown} is not a regular file"
            )));
        }
    };
    let parent = match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let real_parent = parent.canonicalize().map_err(|e| Error::read(parent, e))?;
    let real_root = root.canonicalize().map_err(|e| Error::read(root, e))?;
    // The folder as the user knows it: the current one (not its canonical form, which on
    // Windows reads `\\?\C:\…`), or as given.
    let root_shown = if root == Path::new(".") {
        std::env::current_dir()
            .unwrap_or_else(|_| real_root.clone())
            .display()
            .to_string()
    } else {
        root.display().to_string()
    };
    let Ok(inside) = real_parent.strip_prefix(&real_root) else {
        return Err(refused(text!(
            "{shown} はクライアントのフォルダ（{root_shown}）の外にあります。証跡はフォルダの中（例: evidence/）に置いてから登録してください",
            "{shown} is outside the client folder ({root_shown}); copy it inside (e.g. into evidence/) and register that copy"
        )));
    };
    let mut parts = Vec::new();
    for c in inside.components().chain([Component::Normal(name)]) {
        let Component::Normal(part) = c else { continue };
        let Some(part) = part.to_str() else {
            return Err(refused(text!(
                "{shown} のパスに UTF-8 でない文字が含まれています",
                "the path {shown} is not valid UTF-8"
            )));
        };
        parts.push(part);
    }
    let rel = parts.join("/");
    if let Err(problem) = check_relative_path(&rel) {
        return Err(refused(text!(
            "{shown} のパスは evidence.yaml に記録できません（{problem:?}）。ファイル名に「\\」を使わないでください",
            "the path {shown} cannot be recorded in evidence.yaml ({problem:?}); avoid \"\\\" in file names"
        )));
    }
    // The name and what it resolves to: `evidence/x -> ../hoshi.yaml` is hoshi.yaml.
    let target = file.canonicalize().ok().and_then(|real| {
        real.strip_prefix(&real_root)
            .ok()
            .map(|p| p.to_string_lossy().replace('\\', "/"))
    });
    let own = |r: &str| FileKind::ALL.iter().any(|k| k.file_name() == r);
    if own(&rel) {
        return Err(refused(text!(
            "{rel} は hoshi のファイルそのものなので、証跡には登録できません",
            "{rel} is one of hoshi's own files and cannot be registered as evidence"
        )));
    }
    if let Some(named) = target.filter(|t| own(t)) {
        return Err(refused(text!(
            "{shown} は hoshi のファイル {named} を指すリンクなので、証跡には登録できません",
            "{shown} leads to {named}, one of hoshi's own files, and cannot be registered as evidence"
        )));
    }
    Ok(rel)
}

/// The sha256 of the file, after checking that it is a regular file inside the root.
pub(crate) fn hash(root: &Path, rel: &str, file: &Path) -> Result<String, Error> {
    let shown = file.display().to_string();
    match WorkTree::new(root)
        .evidence(rel)
        .map_err(|e| Error::read(file, e))?
    {
        EvidenceEntry::File { sha256 } => Ok(sha256),
        EvidenceEntry::Missing => Err(refused(text!(
            "{shown} のリンク先がありません",
            "{shown} leads to nothing (a dangling symlink)"
        ))),
        EvidenceEntry::OutsideRoot => Err(refused(text!(
            "{shown} はシンボリックリンクで、クライアントのフォルダの外を指しています。リンクではなくファイルそのものをフォルダに置いてください",
            "{shown} is a symlink leading outside the client folder; put the file itself inside the folder"
        ))),
        EvidenceEntry::NotRegular => Err(refused(text!(
            "{shown} は通常のファイルではありません（フォルダ、デバイスなど）",
            "{shown} is not a regular file (a folder, a device …)"
        ))),
    }
}

/// Reads evidence.yaml as it is; it must already be valid, or appending is refused.
pub(crate) fn read_register(bytes: &[u8]) -> Result<(Document, EvidenceRegister), Error> {
    let first_problem = |f: Option<&Finding>| {
        let (line, msg_ja, msg_en) = match f {
            Some(f) => (
                f.pos.map_or(String::new(), |p| format!(":{}", p.line)),
                f.message.ja.clone(),
                f.message.en.clone(),
            ),
            None => (String::new(), String::new(), String::new()),
        };
        refused(text!(
            "evidence.yaml{line} にエラーがあるため追加しませんでした: {msg_ja}（`hoshi validate` で確認し、直してから実行してください）",
            "evidence.yaml{line} has errors, so nothing was added: {msg_en} (run `hoshi validate`, fix them, then try again)"
        ))
    };
    let loaded = yaml::load(bytes);
    let Some(doc) = loaded.document else {
        let p = loaded.problems.first();
        let f = p.map(|p| Finding::new(p.code, EVIDENCE, p.pos, &p.path, p.message.clone()));
        return Err(first_problem(f.as_ref()));
    };
    if let Some(p) = loaded.problems.first() {
        let f = Finding::new(p.code, EVIDENCE, p.pos, &p.path, p.message.clone());
        return Err(first_problem(Some(&f)));
    }
    let findings = schema::validate(FileKind::Evidence, &doc);
    if !findings.is_empty() {
        return Err(first_problem(findings.first()));
    }
    let register: EvidenceRegister =
        serde_json::from_value(doc.value.clone()).map_err(|_| first_problem(None))?;
    Ok((doc, register))
}

/// The entry as the value it must read back as.
fn entry_value(e: &Entry) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), e.id.clone().into());
    m.insert("title".into(), e.title.clone().into());
    m.insert("file".into(), e.file.clone().into());
    m.insert("sha256".into(), e.sha256.clone().into());
    m.insert("collected_on".into(), e.collected_on.to_string().into());
    match e.validity {
        Some(Validity::Until(d)) => {
            m.insert("valid_until".into(), d.to_string().into());
        }
        Some(Validity::Months(n)) => {
            m.insert("valid_for_months".into(), n.into());
        }
        None => {}
    }
    m.insert("visibility".into(), e.visibility.as_str().into());
    Value::Object(m)
}

/// The entry's lines: `(key, scalar)` pairs in the order the format documents them.
fn entry_lines(e: &Entry) -> Vec<(&'static str, String)> {
    let mut lines = vec![
        ("id", scalar(&e.id)),
        ("title", scalar(&e.title)),
        ("file", scalar(&e.file)),
        ("sha256", scalar(&e.sha256)),
        ("collected_on", scalar(&e.collected_on.to_string())),
    ];
    match e.validity {
        Some(Validity::Until(d)) => lines.push(("valid_until", scalar(&d.to_string()))),
        Some(Validity::Months(n)) => lines.push(("valid_for_months", n.to_string())),
        None => {}
    }
    lines.push(("visibility", e.visibility.as_str().to_owned()));
    lines
}

/// The entry as block-sequence item text: the dash at `dash` columns, keys at `key`.
fn entry_text(e: &Entry, dash: usize, key: usize, eol: &str) -> String {
    let mut out = String::new();
    for (i, (k, v)) in entry_lines(e).into_iter().enumerate() {
        if i == 0 {
            out.push_str(&" ".repeat(dash));
            out.push('-');
            out.push_str(&" ".repeat(key.saturating_sub(dash + 1).max(1)));
        } else {
            out.push_str(&" ".repeat(key));
        }
        out.push_str(k);
        out.push_str(": ");
        out.push_str(&v);
        out.push_str(eol);
    }
    out
}

/// A new evidence.yaml holding just this entry.
fn new_file(e: &Entry) -> Vec<u8> {
    let mut s = String::from(
        "# evidence.yaml — 証跡の台帳 / evidence register (hoshi evidence add)\nschema_version: 1\nevidence:\n",
    );
    s.push_str(&entry_text(e, 2, 4, "\n"));
    s.into_bytes()
}

/// The text of a file as lines with their byte offsets (the BOM excluded from columns).
pub(crate) struct Lines<'a> {
    text: &'a str,
    /// Byte offset in the file where `text` starts (3 with a BOM).
    pub(crate) base: usize,
    /// Byte offset (in `text`) where each line starts.
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Option<Lines<'a>> {
        let (base, body) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) => (3, rest),
            None => (0, bytes),
        };
        let text = std::str::from_utf8(body).ok()?;
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Some(Lines { text, base, starts })
    }

    /// The line (1-based) without its line break.
    fn line(&self, n: u32) -> &'a str {
        let i = (n as usize).saturating_sub(1);
        let Some(&start) = self.starts.get(i) else {
            return "";
        };
        let end = self.starts.get(i + 1).map_or(self.text.len(), |&e| e - 1);
        self.text[start..end].trim_end_matches('\r')
    }

    /// Byte offset in `text` of a 1-based line and 1-based character column.
    pub(crate) fn offset(&self, line: u32, column: u32) -> Option<usize> {
        let start = *self.starts.get((line as usize).checked_sub(1)?)?;
        let rest = &self.text[start..];
        let skip = (column as usize).checked_sub(1)?;
        match rest.char_indices().nth(skip) {
            Some((i, _)) => Some(start + i),
            None if rest.chars().count() == skip => Some(self.text.len()),
            None => None,
        }
    }

    /// Byte offset in `text` where a 1-based line starts (the end of text past the last).
    fn line_start(&self, n: u32) -> usize {
        self.starts
            .get((n as usize).saturating_sub(1))
            .copied()
            .unwrap_or(self.text.len())
    }

    fn count(&self) -> u32 {
        u32::try_from(self.starts.len()).unwrap_or(u32::MAX)
    }
}

fn unsupported_layout(why: Text) -> Error {
    let (ja, en) = (why.ja, why.en);
    refused(text!(
        "evidence.yaml の書き方（{ja}）のため、既存の内容を変えずに追加できません。項目を手で追加してください",
        "cannot append to evidence.yaml without changing what is there ({en}); add the item by hand"
    ))
}

/// Inserts the entry into the existing bytes; see the module documentation.
fn append(bytes: &[u8], doc: &Document, count: usize, e: &Entry) -> Result<Vec<u8>, Error> {
    let lines = Lines::new(bytes)
        .ok_or_else(|| unsupported_layout(text!("UTF-8 ではありません", "it is not UTF-8")))?;
    let eol = match lines.text.find('\n') {
        Some(i) if i > 0 && lines.text.as_bytes()[i - 1] == b'\r' => "\r\n",
        _ => "\n",
    };
    let key = doc
        .key_pos("/evidence")
        .ok_or_else(|| unsupported_layout(text!("evidence が見つかりません", "no evidence key")))?;
    let value = doc.value_pos("/evidence").unwrap_or(key);
    let value_at = lines
        .offset(value.line, value.column)
        .ok_or_else(|| unsupported_layout(text!("位置が読めません", "position out of range")))?;
    let flow = lines.text[value_at..].starts_with('[');
    let mut text = lines.text.to_owned();
    let (insert_at, dash, key_col, separate) = if count == 0 {
        if !flow {
            return Err(unsupported_layout(text!(
                "evidence が空のリストではありません",
                "evidence is not an empty list"
            )));
        }
        let inner_end = lines.text[value_at + 1..]
            .find(|c: char| c != ' ' && c != '\t')
            .map(|i| value_at + 1 + i);
        let Some(close) = inner_end.filter(|&i| lines.text.as_bytes()[i] == b']') else {
            return Err(unsupported_layout(text!(
                "空のリスト [] が1行に書かれていません",
                "the empty list [] is not written on one line"
            )));
        };
        let line_end = lines.line_start(value.line + 1);
        let rest = &lines.text[close + 1..line_end];
        let (from, to) = if rest.trim().is_empty() {
            // Nothing follows `[]`: drop it with the spaces around it.
            let from = lines.text[..value_at].trim_end_matches([' ', '\t']).len();
            let to = close + 1 + (rest.len() - rest.trim_start_matches([' ', '\t']).len());
            (from, to)
        } else {
            // A comment follows: drop only the token, the comment keeps its place.
            (value_at, close + 1)
        };
        text.replace_range(from..to, "");
        let removed = to - from;
        let mut at = line_end - removed;
        if !text[..at].ends_with('\n') {
            text.insert_str(at, eol);
            at += eol.len();
        }
        let indent = key.column as usize - 1 + 2;
        (at, indent, indent + 2, false)
    } else {
        if flow {
            return Err(unsupported_layout(text!(
                "evidence がフロー形式 [ … ] で書かれています",
                "evidence is written as a flow list [ … ]"
            )));
        }
        let (dash, key_col) = item_columns(&lines, doc)?;
        let separate = count >= 2 && {
            let second = doc.key_pos("/evidence/1").map_or(0, |p| p.line);
            let dash_line = dash_line_of(&lines, second);
            dash_line > 1 && lines.line(dash_line - 1).trim().is_empty()
        };
        (end_of_list(&lines, doc, key.line), dash, key_col, separate)
    };
    let mut insert = String::new();
    let mut at = insert_at;
    if at == text.len() && !text.is_empty() && !text.ends_with('\n') {
        insert.push_str(eol);
    }
    if separate && !(text[..at].ends_with("\n\n") || text[..at].ends_with("\n\r\n")) {
        insert.push_str(eol);
    }
    insert.push_str(&entry_text(e, dash, key_col, eol));
    if at > text.len() {
        at = text.len();
    }
    text.insert_str(at, &insert);
    let mut out = bytes[..lines.base].to_vec();
    out.extend_from_slice(text.as_bytes());
    Ok(out)
}

/// The line holding the `-` of the item whose first node is on `line` (the dash may sit
/// alone on an earlier line).
fn dash_line_of(lines: &Lines, line: u32) -> u32 {
    let mut n = line;
    while n > 1 {
        let l = lines.line(n).trim_start();
        if l.starts_with('-') {
            return n;
        }
        n -= 1;
    }
    line
}

/// The columns (0-based) of the first item's dash and of its keys.
fn item_columns(lines: &Lines, doc: &Document) -> Result<(usize, usize), Error> {
    let first = doc
        .value_pos("/evidence/0")
        .ok_or_else(|| unsupported_layout(text!("項目の位置が読めません", "no item position")))?;
    let dash_line = dash_line_of(lines, first.line);
    let line = lines.line(dash_line);
    let Some(dash) = line.find('-') else {
        return Err(unsupported_layout(text!(
            "項目の「-」が見つかりません",
            "no '-' for the first item"
        )));
    };
    let dash_chars = line[..dash].chars().count();
    // An item written as a flow mapping (`- {id: …}`): new keys go two columns in.
    if line[dash + 1..].trim_start().starts_with('{') {
        return Ok((dash_chars, dash_chars + 2));
    }
    let dash = dash_chars;
    let first_key = doc
        .value
        .pointer("/evidence/0")
        .and_then(|v| v.as_object())
        .and_then(|m| m.keys().next());
    let key_col = first_key
        .and_then(|k| doc.key_pos(&format!("/evidence/0/{}", yaml::escape_segment(k))))
        .map(|p| p.column as usize - 1)
        .filter(|&k| k > dash)
        .unwrap_or(dash + 2);
    Ok((dash, key_col))
}

/// Where new items go: the end of the file when `evidence` is the last top-level key,
/// else before the next top-level key and the blank lines and comments just above it.
fn end_of_list(lines: &Lines, doc: &Document, evidence_line: u32) -> usize {
    let next = doc
        .value
        .as_object()
        .into_iter()
        .flat_map(|m| m.keys())
        .filter_map(|k| doc.key_pos(&format!("/{}", yaml::escape_segment(k))))
        .map(|p| p.line)
        .filter(|&l| l > evidence_line)
        .min();
    let Some(mut line) = next else {
        return lines.text.len();
    };
    while line > evidence_line + 1 {
        let above = lines.line(line - 1).trim_start();
        if above.is_empty() || above.starts_with('#') {
            line -= 1;
        } else {
            break;
        }
    }
    if line > lines.count() {
        return lines.text.len();
    }
    lines.line_start(line)
}

/// The new bytes must be valid and read back as the old register plus the entry.
fn verify(before: Option<&[u8]>, after: &[u8], e: &Entry) -> Result<(), Error> {
    let not_kept = || {
        refused(text!(
            "追加後の evidence.yaml を確かめたところ、既存の内容が変わるか正しく読めなくなるため、書き込みませんでした。項目を手で追加してください",
            "appending would have changed what evidence.yaml already says or left it unreadable, so nothing was written; add the item by hand"
        ))
    };
    let (new_doc, _) = read_register(after).map_err(|_| not_kept())?;
    let mut expected = match before {
        Some(b) => read_register(b)?.0.value,
        None => new_doc.value.clone(),
    };
    if before.is_some() {
        let Some(list) = expected.get_mut("evidence").and_then(Value::as_array_mut) else {
            return Err(not_kept());
        };
        list.push(entry_value(e));
    } else if new_doc
        .value
        .get("evidence")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        != Some(&[entry_value(e)][..])
    {
        return Err(not_kept());
    }
    if new_doc.value != expected {
        return Err(not_kept());
    }
    // Byte for byte, the old text must survive outside the one documented rewrite.
    if let Some(b) = before
        && !contains_in_order(b, after)
    {
        return Err(not_kept());
    }
    Ok(())
}

/// Whether `old` can be read off `new` in order (it is `new` with insertions, or `[]` gone).
fn contains_in_order(old: &[u8], new: &[u8]) -> bool {
    let mut it = new.iter();
    old.iter()
        .filter(|b| !matches!(b, b'[' | b']' | b' ' | b'\t'))
        .all(|b| it.any(|n| n == b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lock_outside_the_client_folder_leaves_nothing_in_it_and_excludes_a_second() {
        let tmp = tempfile::tempdir().expect("tmp");
        let held = lock_outside(tmp.path()).expect("lock");
        assert_eq!(
            fs::read_dir(tmp.path()).expect("list").count(),
            0,
            "a file was left in the client folder"
        );
        let path = lock_path(&tmp.path().join(".")).expect("path");
        assert_eq!(
            path,
            lock_path(tmp.path()).expect("path"),
            "one folder, one lock"
        );
        let second = fs::OpenOptions::new()
            .write(true)
            .open(&path)
            .expect("the lock file");
        assert!(
            matches!(second.try_lock(), Err(fs::TryLockError::WouldBlock)),
            "a second lock was granted while the first is held"
        );
        drop(held);
        second.try_lock().expect("free once the first is dropped");
    }

    fn entry() -> Entry {
        Entry {
            id: "EV-9".into(),
            title: "題名: コロン付き".into(),
            file: "evidence/a.txt".into(),
            sha256: "ab".repeat(32),
            collected_on: jiff::civil::date(2026, 11, 26),
            validity: Some(Validity::Months(12)),
            visibility: Audience::Internal,
        }
    }

    fn appended(before: &str) -> String {
        let (doc, reg) = read_register(before.as_bytes()).expect("valid before");
        let after = append(before.as_bytes(), &doc, reg.evidence.len(), &entry()).expect("append");
        verify(Some(before.as_bytes()), &after, &entry()).expect("verifies");
        String::from_utf8(after).expect("utf-8")
    }

    const ITEM: &str = "  - id: EV-9\n    title: \"題名: コロン付き\"\n    file: evidence/a.txt\n    sha256: abababababababababababababababababababababababababababababababab\n    collected_on: 2026-11-26\n    valid_for_months: 12\n    visibility: internal\n";

    #[test]
    fn empty_flow_list_becomes_a_block_list() {
        let out = appended("schema_version: 1\nevidence: []\n");
        assert_eq!(out, format!("schema_version: 1\nevidence:\n{ITEM}"));
    }

    #[test]
    fn empty_flow_list_with_a_comment_keeps_the_comment() {
        let out = appended("schema_version: 1\nevidence: [ ]  # none yet\n");
        assert_eq!(
            out,
            format!("schema_version: 1\nevidence:   # none yet\n{ITEM}")
        );
    }

    #[test]
    fn empty_flow_list_without_final_newline() {
        let out = appended("schema_version: 1\nevidence: []");
        assert_eq!(out, format!("schema_version: 1\nevidence:\n{ITEM}"));
    }

    #[test]
    fn empty_flow_list_before_another_key() {
        let out = appended("evidence: []\nschema_version: 1\n");
        assert_eq!(out, format!("evidence:\n{ITEM}schema_version: 1\n"));
    }

    #[test]
    fn block_list_keeps_every_byte_and_its_indentation() {
        let before = "schema_version: 1\nevidence:\n- id: A\n  title: a\n  url: https://a.example\n  collected_on: 2026-01-01\n# trailing comment\n";
        let out = appended(before);
        assert!(out.starts_with(before));
        assert!(out[before.len()..].starts_with("- id: EV-9\n  title: \"題名"));
    }

    #[test]
    fn crlf_and_no_final_newline() {
        let before = "schema_version: 1\r\nevidence:\r\n  - id: A\r\n    title: a\r\n    url: https://a.example\r\n    collected_on: 2026-01-01";
        let out = appended(before);
        assert!(out.starts_with(before));
        assert_eq!(
            &out[before.len()..],
            format!("\r\n{}", ITEM.replace('\n', "\r\n"))
        );
    }

    #[test]
    fn blank_lines_between_items_are_kept_up() {
        let before = "schema_version: 1\nevidence:\n  - id: A\n    title: a\n    url: https://a.example\n    collected_on: 2026-01-01\n\n  - id: B\n    title: b\n    url: https://b.example\n    collected_on: 2026-01-01\n";
        let out = appended(before);
        assert_eq!(out, format!("{before}\n{ITEM}"));
    }

    #[test]
    fn inserted_before_a_later_key_and_its_comment() {
        let before = "evidence:\n  - id: A\n    title: a\n    url: https://a.example\n    collected_on: 2026-01-01\n\n# the version\nschema_version: 1\n";
        let out = appended(before);
        let head = "evidence:\n  - id: A\n    title: a\n    url: https://a.example\n    collected_on: 2026-01-01\n";
        assert_eq!(
            out,
            format!("{head}{ITEM}\n# the version\nschema_version: 1\n")
        );
    }

    #[test]
    fn a_bom_stays() {
        let before = "\u{feff}schema_version: 1\nevidence:\n  - id: A\n    title: a\n    url: https://a.example\n    collected_on: 2026-01-01\n";
        let out = appended(before);
        assert!(out.starts_with(before));
    }

    #[test]
    fn flow_lists_with_items_are_refused() {
        let before = "schema_version: 1\nevidence: [{id: A, title: a, url: https://a.example, collected_on: 2026-01-01}]\n";
        let (doc, reg) = read_register(before.as_bytes()).expect("valid");
        assert!(append(before.as_bytes(), &doc, reg.evidence.len(), &entry()).is_err());
    }
}
