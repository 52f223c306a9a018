//! `hoshi evidence update ID [FILE]`: re-hashes a registered file and sets a new
//! `collected_on`, changing only those values (and `file`, when another file is named) in
//! evidence.yaml. Every other byte stays as it was: the values are replaced in place, at the
//! positions the located loader gives, and the result must read back as the old register
//! with exactly those values changed before it is written (through the one atomic writer,
//! under the lock `evidence add` takes).

use std::fs;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde_json::Value;

use crate::error::Error;
use crate::load::yaml::{Document, scalar};
use crate::model::files::FileKind;
use crate::text;
use crate::write::atomic::{self, Replace};

use super::add::{Lines, hash, lock, read_register, refused, relative_path};

const EVIDENCE: &str = "evidence.yaml";

/// What to refresh.
#[derive(Debug, Clone)]
pub struct Request {
    pub id: String,
    /// A replacement file (as the user named it); `None`: the file already registered.
    pub file: Option<PathBuf>,
    pub collected_on: Date,
}

/// What changed.
#[derive(Debug, Clone)]
pub struct Updated {
    pub id: String,
    pub file: String,
    pub sha256_before: String,
    pub sha256: String,
    pub collected_on_before: String,
    pub collected_on: Date,
}

/// Refreshes the item under the evidence lock.
pub fn update(root: &Path, request: &Request) -> Result<Updated, Error> {
    if !root.join(FileKind::Hoshi.file_name()).is_file() {
        return Err(Error::NotAClient(root.to_owned()));
    }
    let _lock = lock(root)?;
    let path = root.join(EVIDENCE);
    let meta = fs::symlink_metadata(&path).map_err(|e| Error::read(&path, e))?;
    if !meta.is_file() {
        return Err(refused(text!(
            "evidence.yaml が通常のファイルではありません",
            "evidence.yaml is not a regular file"
        )));
    }
    let before = fs::read(&path).map_err(|e| Error::read(&path, e))?;
    let (doc, register) = read_register(&before)?;
    let id = &request.id;
    let Some(index) = register.evidence.iter().position(|i| i.id == *id) else {
        return Err(refused(text!(
            "証跡ID「{id}」は evidence.yaml にありません（`hoshi evidence list` で確認できます）",
            "there is no evidence id \"{id}\" in evidence.yaml (see `hoshi evidence list`)"
        )));
    };
    let item = &register.evidence[index];
    let rel = match (&request.file, &item.file) {
        (Some(file), _) => relative_path(root, file)?,
        (None, Some(file)) => file.clone(),
        (None, None) => {
            return Err(refused(text!(
                "「{id}」は url の証跡なので、ハッシュを計算するファイルがありません。ファイルを指定するか、collected_on を手で直してください",
                "\"{id}\" is a url item: there is no file to hash; name a file, or edit collected_on by hand"
            )));
        }
    };
    let sha256 = hash(root, &rel, Path::new(&rel))?;
    let mut changes = vec![
        ("sha256", scalar(&sha256)),
        ("collected_on", scalar(&request.collected_on.to_string())),
    ];
    if item.file.as_deref() != Some(rel.as_str()) {
        changes.push(("file", scalar(&rel)));
    }
    let after = replace_values(&before, &doc, index, &changes)?;
    verify(&before, &after, index, &rel, &sha256, request.collected_on)?;
    atomic::write_file(&path, &after, Replace::Always)?;
    Ok(Updated {
        id: id.clone(),
        file: rel,
        sha256_before: item.sha256.clone().unwrap_or_default(),
        sha256,
        collected_on_before: item.collected_on.clone(),
        collected_on: request.collected_on,
    })
}

fn cannot_edit(key: &str) -> Error {
    refused(text!(
        "evidence.yaml の {key} の書き方のため、ほかを変えずに書き換えられません。値を1行で書くか、手で直してください",
        "cannot rewrite {key} in evidence.yaml without changing anything else; write its value on one line, or edit it by hand"
    ))
}

/// The bytes with each `(key, new text)` of item `index` replaced where its value is.
fn replace_values(
    bytes: &[u8],
    doc: &Document,
    index: usize,
    changes: &[(&str, String)],
) -> Result<Vec<u8>, Error> {
    let lines = Lines::new(bytes).ok_or_else(|| cannot_edit("evidence"))?;
    let mut spans = Vec::new();
    for (key, text) in changes {
        let pointer = format!("/evidence/{index}/{key}");
        let Some(start) = doc.value_pos(&pointer) else {
            return Err(cannot_edit(key));
        };
        let end = doc
            .end_of(&pointer, start)
            .ok_or_else(|| cannot_edit(key))?;
        let from = lines
            .offset(start.line, start.column)
            .ok_or_else(|| cannot_edit(key))?;
        let to = lines
            .offset(end.line, end.column)
            .ok_or_else(|| cannot_edit(key))?;
        if start.line != end.line || to <= from {
            return Err(cannot_edit(key));
        }
        spans.push((lines.base + from, lines.base + to, text.as_bytes()));
    }
    spans.sort_by_key(|(from, ..)| *from);
    let mut out = Vec::with_capacity(bytes.len() + 64);
    let mut at = 0;
    for (from, to, text) in spans {
        if from < at {
            return Err(cannot_edit("evidence"));
        }
        out.extend_from_slice(&bytes[at..from]);
        out.extend_from_slice(text);
        at = to;
    }
    out.extend_from_slice(&bytes[at..]);
    Ok(out)
}

/// The new bytes must read back as the old register with only the item's file, sha256 and
/// collected_on changed.
fn verify(
    before: &[u8],
    after: &[u8],
    index: usize,
    file: &str,
    sha256: &str,
    collected_on: Date,
) -> Result<(), Error> {
    let not_kept = || {
        refused(text!(
            "書き換えた evidence.yaml を確かめたところ、ほかの内容が変わるか正しく読めなくなるため、書き込みませんでした。手で直してください",
            "the rewrite would have changed more of evidence.yaml or left it unreadable, so nothing was written; edit it by hand"
        ))
    };
    let (new_doc, _) = read_register(after).map_err(|_| not_kept())?;
    let (old_doc, _) = read_register(before)?;
    let mut expected = old_doc.value;
    let item = expected
        .get_mut("evidence")
        .and_then(|v| v.get_mut(index))
        .and_then(Value::as_object_mut)
        .ok_or_else(not_kept)?;
    item.insert("file".to_owned(), Value::String(file.to_owned()));
    item.insert("sha256".to_owned(), Value::String(sha256.to_owned()));
    item.insert(
        "collected_on".to_owned(),
        Value::String(collected_on.to_string()),
    );
    if new_doc.value != expected {
        return Err(not_kept());
    }
    Ok(())
}
