//! `hoshi sheet import`: a filled-in workbook back into the YAML files.
//!
//! Three steps, and nothing is written unless all of them pass:
//!
//! 1. [`open`] refuses what is not a workbook hoshi exported for this format (not a zip,
//!    encrypted, too large, a sheet renamed or removed, a newer format version).
//! 2. [`plan`] reads every editable cell, locates each problem by sheet and cell, and
//!    decides per cell from the digests of the hidden sheet: unchanged in the workbook
//!    (nothing to do), changed in the workbook only (take it), or changed in both the
//!    workbook and the repository since the export (a conflict, refused unless the caller
//!    chose a side).
//! 3. The changes are made at the changed YAML nodes only ([`super::edit`]), and the
//!    result is validated like any edit: new errors are refused at their cells.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{Cursor, Read};
use std::path::Path;

use calamine::{Reader, Xlsx};

use crate::error::Error;
use crate::evaluate::evaluation::{self, Evaluation};
use crate::lang::{Lang, Text};
use crate::model::catalogue;
use crate::model::files::FileKind;
use crate::sheet::cell::{self, Cell};
use crate::sheet::edit::{EditError, Editor, New};
use crate::sheet::{
    FORMAT_VERSION, Kind, MAX_WORKBOOK_BYTES, META_SHEET, SCS_KEY, SheetId, Slot, answer_labels,
    cell_digest, cell_ref, label, p, q, s, scs_answer_labels, scs_slots, slots, status_labels,
    value_at,
};
use crate::source::{EvidenceEntry, Source};
use crate::text;
use crate::validate::client::Client;

/// Which side wins where both the workbook and the repository changed a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolve {
    /// Keep the repository's value.
    Ours,
    /// Take the workbook's value.
    Theirs,
}

/// A problem with one cell (or the workbook), in both languages.
#[derive(Debug, Clone)]
pub struct Problem {
    /// `設問!D14`; `None` for a problem that is not about one cell.
    pub cell: Option<String>,
    pub message: Text,
    pub hint: Option<Text>,
}

/// One value the import changes.
#[derive(Debug, Clone)]
pub struct Change {
    pub key: String,
    pub cell: String,
    pub what: Text,
    pub kind: Kind,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// A file's bytes before and after the import.
#[derive(Debug, Clone)]
pub struct FileEdit {
    pub kind: FileKind,
    pub before: Vec<u8>,
    pub after: Vec<u8>,
}

/// What importing would do.
pub struct Plan {
    pub problems: Vec<Problem>,
    pub changes: Vec<Change>,
    /// Cells changed in both places and settled by `--ours` / `--theirs`.
    pub resolved: usize,
    pub files: Vec<FileEdit>,
    /// The client as it is and as it would be (for the domain diff); `None` with problems.
    pub before: Option<Evaluation>,
    pub after: Option<Evaluation>,
}

/// A workbook read from disk.
pub struct Workbook {
    pub lang: Lang,
    meta: BTreeMap<String, String>,
    sheets: HashMap<&'static str, Grid>,
}

#[derive(Default)]
struct Grid {
    cells: HashMap<(u32, u16), Cell>,
    rows: u32,
}

impl Grid {
    fn get(&self, row: u32, col: u16) -> Cell {
        self.cells.get(&(row, col)).cloned().unwrap_or(Cell::Empty)
    }
}

fn refused(t: Text) -> Error {
    Error::Sheet(t)
}

/// Opens a workbook, refusing anything `sheet import` cannot read as one of its own.
pub fn open(path: &Path) -> Result<Workbook, Error> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| Error::read(path, e))?;
    if !meta.is_file() {
        return Err(refused(text!(
            "{shown} は通常のファイルではありません",
            "{shown} is not a regular file"
        )));
    }
    if meta.len() > MAX_WORKBOOK_BYTES {
        let (mb, max) = (meta.len() / (1 << 20), MAX_WORKBOOK_BYTES >> 20);
        return Err(refused(text!(
            "{shown} は大きすぎます（{mb} MB、上限 {max} MB）。hoshi sheet export で書き出したブックを指定してください",
            "{shown} is too large ({mb} MB, the limit is {max} MB); give the workbook hoshi sheet export wrote"
        )));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_WORKBOOK_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| Error::read(path, e))?;
    from_bytes(&bytes, &shown)
}

/// [`open`] on bytes already read; `shown` names the file in messages.
pub fn from_bytes(bytes: &[u8], shown: &str) -> Result<Workbook, Error> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        let encrypted = utf16_contains(bytes, "EncryptionInfo");
        return Err(refused(if encrypted {
            text!(
                "{shown} はパスワードで保護（暗号化）されています。Excel で「ファイル → 情報 → ブックの保護 → パスワードを使用して暗号化」からパスワードを消して保存し直してください",
                "{shown} is password-protected (encrypted); in Excel remove the password (File → Info → Protect Workbook → Encrypt with Password) and save it again"
            )
        } else {
            text!(
                "{shown} は古い Excel 形式（.xls）です。Excel ブック（.xlsx）として保存し直してください",
                "{shown} is in the old Excel format (.xls); save it as an Excel workbook (.xlsx)"
            )
        }));
    }
    let not_a_workbook = || {
        refused(text!(
            "{shown} は Excel ブック（.xlsx）ではありません。hoshi sheet export で書き出したブックを指定してください",
            "{shown} is not an Excel workbook (.xlsx); give the workbook hoshi sheet export wrote"
        ))
    };
    if !bytes.starts_with(b"PK\x03\x04") {
        return Err(not_a_workbook());
    }
    check_expansion(bytes, shown)?;
    let mut xlsx: Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(bytes)).map_err(|_| not_a_workbook())?;
    let sheets = xlsx.sheets_metadata().to_vec();
    if !sheets.iter().any(|s| s.name == META_SHEET) {
        return Err(refused(text!(
            "{shown} は hoshi sheet export で書き出したブックではありません（記録用の隠しシート「{META_SHEET}」がありません）",
            "{shown} was not written by hoshi sheet export (its hidden sheet \"{META_SHEET}\" is missing)"
        )));
    }
    let meta_grid = read_grid(&mut xlsx, META_SHEET).ok_or_else(not_a_workbook)?;
    let mut meta = BTreeMap::new();
    for row in 0..=meta_grid.rows {
        if let (Some(k), Some(v)) = (meta_grid.get(row, 0).text(), meta_grid.get(row, 1).text()) {
            meta.insert(k, v);
        } else if let Some(k) = meta_grid.get(row, 0).text() {
            meta.insert(k, String::new());
        }
    }
    let version = meta.get("format_version").cloned().unwrap_or_default();
    match version.parse::<u32>() {
        Ok(v) if v == FORMAT_VERSION => {}
        Ok(v) if v > FORMAT_VERSION => {
            return Err(refused(text!(
                "{shown} は新しい形式（バージョン {v}）のブックです。この hoshi が読めるのはバージョン {FORMAT_VERSION} までです。hoshi を更新してください",
                "{shown} is a workbook of a newer format (version {v}); this hoshi reads version {FORMAT_VERSION}; update hoshi"
            )));
        }
        _ => {
            return Err(refused(text!(
                "{shown} の隠しシート「{META_SHEET}」が壊れています（形式のバージョン「{version}」）。書き出し直してください",
                "the hidden sheet \"{META_SHEET}\" of {shown} is damaged (format version \"{version}\"); export the workbook again"
            )));
        }
    }
    let lang = meta
        .get("language")
        .and_then(|l| Lang::parse(l))
        .unwrap_or(Lang::Ja);
    let mut grids = HashMap::new();
    let names: Vec<String> = sheets
        .iter()
        .filter(|s| s.name != META_SHEET)
        .map(|s| format!("「{}」", s.name))
        .collect();
    for id in SheetId::ALL {
        let name = id.name(lang);
        let Some(grid) = sheets
            .iter()
            .any(|s| s.name == name)
            .then(|| read_grid(&mut xlsx, name))
            .flatten()
        else {
            let present = names.join("");
            return Err(refused(text!(
                "{shown} にシート「{name}」がありません（あるのは {present}）。シートの名前を変えたり削除したりせず、書き出したときのままにしてください",
                "{shown} has no sheet \"{name}\" (it has {present}); keep the sheets as exported, without renaming or deleting any"
            )));
        };
        grids.insert(name, grid);
    }
    if meta.contains_key("scs_scheme") {
        let name = SheetId::Scs.name(lang);
        let Some(grid) = sheets
            .iter()
            .any(|s| s.name == name)
            .then(|| read_grid(&mut xlsx, name))
            .flatten()
        else {
            let present = names.join("");
            return Err(refused(text!(
                "{shown} にシート「{name}」がありません（あるのは {present}）。シートの名前を変えたり削除したりせず、書き出したときのままにしてください",
                "{shown} has no sheet \"{name}\" (it has {present}); keep the sheets as exported, without renaming or deleting any"
            )));
        };
        grids.insert(name, grid);
    }
    Ok(Workbook {
        lang,
        meta,
        sheets: grids,
    })
}

/// Most bytes the parts of a workbook may unpack to (example-repo's unpacks to about
/// 90 KB, 220 KB with the ★3 sheet); a small file that unpacks to gigabytes is refused
/// before it is read.
const MAX_UNPACKED_BYTES: u64 = 64 << 20;

fn check_expansion(bytes: &[u8], shown: &str) -> Result<(), Error> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Err(refused(text!(
            "{shown} は Excel ブック（.xlsx）ではありません（ZIP として読めません）",
            "{shown} is not an Excel workbook (.xlsx): it does not read as a ZIP file"
        )));
    };
    // The central directory's sizes; the inflater stops at them.
    let declared = archive.decompressed_size().unwrap_or_else(|| {
        (0..archive.len())
            .filter_map(|i| archive.by_index_raw(i).ok().map(|f| u128::from(f.size())))
            .sum()
    });
    if declared > u128::from(MAX_UNPACKED_BYTES) || archive.len() > 10_000 {
        let max = MAX_UNPACKED_BYTES >> 20;
        return Err(refused(text!(
            "{shown} は展開すると大きすぎます（上限 {max} MB）。hoshi sheet export で書き出したブックを指定してください",
            "{shown} unpacks to too much data (the limit is {max} MB); give the workbook hoshi sheet export wrote"
        )));
    }
    Ok(())
}

fn utf16_contains(bytes: &[u8], needle: &str) -> bool {
    let pattern: Vec<u8> = needle.encode_utf16().flat_map(u16::to_le_bytes).collect();
    bytes.windows(pattern.len()).any(|w| w == pattern)
}

fn read_grid<R: std::io::Read + std::io::Seek>(xlsx: &mut Xlsx<R>, name: &str) -> Option<Grid> {
    let range = xlsx.worksheet_range(name).ok()?;
    let mut grid = Grid::default();
    let (r0, c0) = range.start().unwrap_or((0, 0));
    for (r, row) in range.rows().enumerate() {
        for (c, data) in row.iter().enumerate() {
            let cell = Cell::from_data(data);
            if cell == Cell::Empty {
                continue;
            }
            let (Ok(r), Ok(c)) = (u32::try_from(r), u32::try_from(c)) else {
                continue;
            };
            let (row, col) = (r0 + r, c0 + c);
            let Ok(col) = u16::try_from(col) else {
                continue;
            };
            grid.rows = grid.rows.max(row);
            grid.cells.insert((row, col), cell);
        }
    }
    Some(grid)
}

impl Workbook {
    fn grid(&self, id: SheetId) -> &Grid {
        static EMPTY: std::sync::OnceLock<Grid> = std::sync::OnceLock::new();
        self.sheets
            .get(id.name(self.lang))
            .unwrap_or_else(|| EMPTY.get_or_init(Grid::default))
    }

    fn meta(&self, key: &str) -> Option<&str> {
        self.meta.get(key).map(String::as_str)
    }

    /// Whether the workbook has the ★3 sheet.
    fn has_scs(&self) -> bool {
        self.meta.contains_key("scs_scheme")
    }

    /// The organisation the workbook was exported for.
    pub fn organization(&self) -> Option<&str> {
        self.meta("organization")
    }
}

/// Reads the workbook against the client as it is now and works out the edits.
pub fn plan(
    source: &dyn Source,
    client: &Client,
    wb: &Workbook,
    resolve: Option<Resolve>,
    today: jiff::civil::Date,
) -> Result<Plan, Error> {
    let lang = wb.lang;
    let (Some(profile), Some(diagnosis), Some(_)) =
        (&client.profile, &client.diagnosis, &client.principles)
    else {
        return Err(refused(text!(
            "hoshi.yaml・diagnosis.yaml・principles.yaml にエラーがあるため、取り込めません。`hoshi validate` で確認して直してください",
            "hoshi.yaml, diagnosis.yaml or principles.yaml has errors, so nothing can be imported; run `hoshi validate` and fix them"
        )));
    };
    let theirs = wb.organization().unwrap_or_default();
    let ours = profile.organization.name.as_str();
    if theirs != ours {
        return Err(refused(text!(
            "このブックは「{theirs}」のために書き出されたものです。このリポジトリは「{ours}」です。別のお客様のブックではありませんか？",
            "this workbook was exported for \"{theirs}\", but this repository is \"{ours}\"; is it another client's workbook?"
        )));
    }
    let set = wb.meta("question_set").unwrap_or_default();
    if set != diagnosis.question_set {
        let now = &diagnosis.question_set;
        return Err(refused(text!(
            "このブックの設問セットは {set} ですが、diagnosis.yaml は {now} です。書き出し直してください",
            "the workbook's question set is {set}, but diagnosis.yaml uses {now}; export the workbook again"
        )));
    }

    let mut problems = Vec::new();
    let question_rows = rows_by_id(wb, SheetId::Questions, "Q", 25, &mut problems);
    let principle_rows = rows_by_id(wb, SheetId::Principles, "P", 5, &mut problems);
    protected(wb, &question_rows, &principle_rows, &mut problems);
    reference_only(wb, client, &mut problems);
    let scs_rows = if wb.has_scs() {
        scs_sheet_checks(wb, client, &mut problems)?
    } else {
        HashMap::new()
    };

    // Each slot's value in the workbook, as the YAML would hold it.
    let mut all = slots();
    if wb.has_scs() {
        all.extend(scs_slots());
    }
    let mut finals: HashMap<String, Option<String>> = HashMap::new();
    let mut changes = Vec::new();
    let mut resolved = 0;
    for slot in &all {
        let row = match slot.sheet {
            SheetId::Questions => question_rows.get(&slot.key[..slot.key.find('/').unwrap_or(0)]),
            SheetId::Principles => principle_rows.get(&slot.key[..slot.key.find('/').unwrap_or(0)]),
            SheetId::Scs => scs_rows.get(scs_id(&slot.key)),
            _ => Some(&slot.row),
        };
        let current = client
            .document(slot.file)
            .and_then(|d| value_at(&d.value, &slot.pointer));
        let Some(&row) = row else {
            finals.insert(slot.key.clone(), current);
            continue;
        };
        let at = cell_ref(slot.sheet, lang, row, slot.col);
        let raw = wb.grid(slot.sheet).get(row, slot.col);
        let Some(exported) = wb.meta(&format!("cell:{}", slot.key)) else {
            return Err(refused(text!(
                "ブックの隠しシート「{META_SHEET}」が壊れています（{at} の記録がありません）。書き出し直してください",
                "the workbook's hidden sheet \"{META_SHEET}\" is damaged (no record for {at}); export the workbook again"
            )));
        };
        let value = match read_slot(slot, &raw, &at, lang) {
            Ok(v) => v,
            Err(p) => {
                problems.push(p);
                finals.insert(slot.key.clone(), current);
                continue;
            }
        };
        let client_changed = cell_digest(&slot.key, value.as_deref()) != exported
            && !same_as_exported(slot, &raw, exported);
        let repo_changed = cell_digest(&slot.key, current.as_deref()) != exported;
        let take = if !client_changed || value == current {
            false
        } else if repo_changed {
            match resolve {
                Some(Resolve::Theirs) => {
                    resolved += 1;
                    true
                }
                Some(Resolve::Ours) => {
                    resolved += 1;
                    false
                }
                None => {
                    let (r, w) = (
                        shown(slot.kind, current.as_deref(), lang),
                        shown(slot.kind, value.as_deref(), lang),
                    );
                    let (rj, wj, re, we) = (r.ja, w.ja, r.en, w.en);
                    problems.push(Problem {
                        cell: Some(at.clone()),
                        message: text!(
                            "書き出しの後にリポジトリでもこの値が変わっています（リポジトリ: {rj}、ブック: {wj}）",
                            "the repository changed this value too since the export (repository: {re}, workbook: {we})"
                        ),
                        hint: Some(text!(
                            "ブックの値を採るなら --theirs、リポジトリの値を残すなら --ours を付けて取り込んでください",
                            "import with --theirs to take the workbook's value, or --ours to keep the repository's"
                        )),
                    });
                    false
                }
            }
        } else {
            true
        };
        if take {
            changes.push(Change {
                key: slot.key.clone(),
                cell: at,
                what: slot.what.clone(),
                kind: slot.kind,
                from: current.clone(),
                to: value.clone(),
            });
            finals.insert(slot.key.clone(), value);
        } else {
            finals.insert(slot.key.clone(), current);
        }
    }
    required(
        &all,
        &finals,
        client,
        &question_rows,
        &principle_rows,
        lang,
        &mut problems,
    );
    if wb.has_scs() {
        scs_required(&all, &finals, client, &scs_rows, lang, &mut problems);
    }
    let empty = |problems| Plan {
        problems,
        changes: Vec::new(),
        resolved: 0,
        files: Vec::new(),
        before: None,
        after: None,
    };
    if !problems.is_empty() {
        in_sheet_order(&mut problems, lang);
        return Ok(empty(problems));
    }
    let files = apply(source, &all, &finals, &changes)?;
    if files.is_empty() {
        return Ok(Plan {
            problems,
            changes,
            resolved,
            files,
            before: None,
            after: None,
        });
    }
    let before = evaluation::evaluate(source, today).map_err(|_| not_readable())?;
    let overlay = Overlay {
        inner: source,
        files: &files,
    };
    let after = evaluation::evaluate(&overlay, today).map_err(|_| not_readable())?;
    let old: HashSet<(String, String, &str)> = before
        .validation
        .findings
        .iter()
        .filter(|f| f.is_error())
        .map(|f| (f.file.clone(), f.path.clone(), f.code.as_str()))
        .collect();
    for f in after.validation.findings.iter().filter(|f| f.is_error()) {
        if old.contains(&(f.file.clone(), f.path.clone(), f.code.as_str())) {
            continue;
        }
        let cell = cell_of(&all, f, &question_rows, &principle_rows, lang);
        let message = match &cell {
            Some(_) => f.message.clone(),
            None => {
                let at = match f.pos {
                    Some(p) => format!("{}:{}:{}", f.file, p.line, p.column),
                    None => f.file.clone(),
                };
                let (ja, en) = (&f.message.ja, &f.message.en);
                text!(
                    "取り込むと {at} が誤りになります: {ja}",
                    "importing would make {at} wrong: {en}"
                )
            }
        };
        problems.push(Problem {
            cell,
            message,
            hint: f.hint.clone(),
        });
    }
    if !problems.is_empty() {
        in_sheet_order(&mut problems, lang);
        return Ok(empty(problems));
    }
    Ok(Plan {
        problems,
        changes,
        resolved,
        files,
        before: Some(before),
        after: Some(after),
    })
}

fn not_readable() -> Error {
    refused(text!(
        "クライアントのファイルを読めませんでした",
        "the client files could not be read"
    ))
}

/// The cell an exported value is still in, unchanged, even if it reads differently now
/// (a date hoshi wrote as text because it was not one).
fn same_as_exported(slot: &Slot, raw: &Cell, exported: &str) -> bool {
    match raw {
        Cell::Text(s) => cell_digest(&slot.key, Some(s)) == exported,
        _ => false,
    }
}

/// The value of one cell as the YAML holds it, or the problem with it.
fn read_slot(slot: &Slot, raw: &Cell, at: &str, lang: Lang) -> Result<Option<String>, Problem> {
    if let Cell::Error(e) = raw {
        let e = e.clone();
        return Err(Problem {
            cell: Some(at.to_owned()),
            message: text!(
                "セルがエラー値（{e}）です",
                "the cell holds an error value ({e})"
            ),
            hint: Some(text!("値を入れ直してください", "enter the value again")),
        });
    }
    match slot.kind {
        Kind::Text => Ok(raw.text()),
        Kind::Date => {
            let Some(text) = raw.text() else {
                return Ok(None);
            };
            match cell::date(raw) {
                Some(d) => Ok(Some(d.to_string())),
                None => {
                    let shown = crate::lang::clip(&text, 40);
                    let (wj, we) = (&slot.what.ja, &slot.what.en);
                    Err(Problem {
                        cell: Some(at.to_owned()),
                        message: text!(
                            "{wj}「{shown}」を日付として読めません",
                            "the {we} \"{shown}\" is not a date"
                        ),
                        hint: Some(text!(
                            "2026/4/1、2026-04-01、令和8年4月1日 のように書いてください",
                            "write it like 2026-04-01, 2026/4/1 or 令和8年4月1日"
                        )),
                    })
                }
            }
        }
        Kind::Answer | Kind::Status | Kind::ScsAnswer => {
            let Some(text) = raw.text() else {
                return Ok(None);
            };
            match crate::sheet::id_of(slot.kind, &text) {
                Some(id) => Ok(Some(id.to_owned())),
                None => {
                    let choices = |l: Lang| -> String {
                        let list = match slot.kind {
                            Kind::Answer => answer_labels(l),
                            Kind::ScsAnswer => scs_answer_labels(l),
                            _ => status_labels(l),
                        };
                        list.into_iter()
                            .map(|(_, l)| l)
                            .collect::<Vec<_>>()
                            .join(if l == Lang::Ja { "・" } else { ", " })
                    };
                    let (cj, ce) = (choices(lang), choices(lang));
                    let shown = crate::lang::clip(&text, 40);
                    let (wj, we) = (&slot.what.ja, &slot.what.en);
                    Err(Problem {
                        cell: Some(at.to_owned()),
                        message: text!(
                            "{wj}「{shown}」は選択肢にありません（{cj}）",
                            "the {we} \"{shown}\" is not one of the choices ({ce})"
                        ),
                        hint: Some(text!(
                            "セルのドロップダウンから選んでください",
                            "pick one from the cell's drop-down"
                        )),
                    })
                }
            }
        }
    }
}

/// A value for messages: a drop-down value as its label, nothing as 「（空）」.
fn shown(kind: Kind, v: Option<&str>, lang: Lang) -> Text {
    match v {
        None => Text::new("（空）", "(empty)"),
        Some(v) => {
            let l = label(kind, v, lang).unwrap_or(v);
            let clipped = crate::lang::clip(l, 40);
            Text::new(format!("「{clipped}」"), format!("\"{clipped}\""))
        }
    }
}

/// The row of each id (`Q1` … `Q25`) in a sheet's first column, with problems for rows
/// deleted, added or repeated.
fn rows_by_id(
    wb: &Workbook,
    sheet: SheetId,
    prefix: &str,
    count: u32,
    problems: &mut Vec<Problem>,
) -> HashMap<String, u32> {
    let grid = wb.grid(sheet);
    let lang = wb.lang;
    let mut rows = HashMap::new();
    for row in 1..=grid.rows.max(count) {
        let id_cell = grid.get(row, 0);
        let Some(text) = id_cell.text() else {
            continue;
        };
        let id = cell::half_width(&text).trim().to_uppercase();
        let known = id
            .strip_prefix(prefix)
            .and_then(|n| n.parse::<u32>().ok())
            .filter(|n| (1..=count).contains(n) && id == format!("{prefix}{n}"));
        let at = cell_ref(sheet, lang, row, 0);
        match known {
            Some(_) if rows.contains_key(&id) => {
                let first = rows[&id] + 1;
                problems.push(Problem {
                    cell: Some(at),
                    message: text!(
                        "{id} の行が2つあります（最初は {first} 行目）",
                        "{id} appears twice (first on row {first})"
                    ),
                    hint: Some(text!(
                        "行を追加せず、書き出したときの行に書いてください",
                        "do not add rows; write in the rows as exported"
                    )),
                });
            }
            Some(_) => {
                rows.insert(id, row);
            }
            None => {
                let shown = crate::lang::clip(&text, 30);
                problems.push(Problem {
                    cell: Some(at),
                    message: text!(
                        "番号「{shown}」はこのシートの番号ではありません",
                        "\"{shown}\" is not a number of this sheet"
                    ),
                    hint: Some(text!(
                        "番号の列は変更せず、行も追加しないでください",
                        "leave the number column as it is and do not add rows"
                    )),
                });
            }
        }
    }
    let sheet_name = sheet.name(lang);
    for n in 1..=count {
        let id = format!("{prefix}{n}");
        if !rows.contains_key(&id) {
            let at = format!("{sheet_name}!A{}", n + 1);
            problems.push(Problem {
                cell: Some(at),
                message: text!(
                    "{id} の行がありません（行が削除されています）",
                    "the row of {id} is missing (it was deleted)"
                ),
                hint: Some(text!(
                    "行を削除せず、書き出したときのままにしてください（書き出し直したブックから写してください）",
                    "do not delete rows; copy the row back from a fresh export"
                )),
            });
        }
    }
    rows
}

/// The grey cells must still hold what was exported.
fn protected(
    wb: &Workbook,
    questions: &HashMap<String, u32>,
    principles: &HashMap<String, u32>,
    problems: &mut Vec<Problem>,
) {
    let cat = catalogue::get();
    let lang = wb.lang;
    let mut check = |sheet: SheetId, row: u32, col: u16, expected: &str, what: Text| {
        let found = wb.grid(sheet).get(row, col).text().unwrap_or_default();
        if cell::trim(expected) != found {
            let (wj, we) = (what.ja, what.en);
            problems.push(Problem {
                cell: Some(cell_ref(sheet, lang, row, col)),
                message: text!(
                    "{wj}は変更できません（灰色の保護されたセルです）",
                    "the {we} cannot be changed (a grey, protected cell)"
                ),
                hint: Some(text!(
                    "元の文に戻してください。書き加えたいことはメモの列に書けます",
                    "put the original text back; anything to add goes into the note column"
                )),
            });
        }
    };
    for question in &cat.questions {
        let Some(&row) = questions.get(&question.id) else {
            continue;
        };
        let part = cat
            .parts
            .iter()
            .find(|p| p.part == question.part)
            .map_or_else(String::new, |p| format!("{} {}", p.part, p.title.get(lang)));
        check(
            SheetId::Questions,
            row,
            q::PART,
            &part,
            Text::new("部", "part"),
        );
        check(
            SheetId::Questions,
            row,
            q::QUESTION,
            question.question.get(lang),
            Text::new("設問の文", "question"),
        );
        check(
            SheetId::Questions,
            row,
            q::MEASURE,
            question.measure.get(lang),
            Text::new("推奨する対策", "recommended measure"),
        );
    }
    for principle in &cat.principles {
        let Some(&row) = principles.get(&principle.id) else {
            continue;
        };
        check(
            SheetId::Principles,
            row,
            p::TITLE,
            principle.title.get(lang),
            Text::new("5か条の名前", "principle"),
        );
    }
}

/// Problems as a person goes through the workbook: sheet by sheet, row by row, left to
/// right; those not about one cell last.
fn in_sheet_order(problems: &mut [Problem], lang: Lang) {
    problems.sort_by_cached_key(|p| {
        let Some((sheet, a1)) = p.cell.as_deref().and_then(|c| c.rsplit_once('!')) else {
            return (usize::MAX, 0, 0);
        };
        let sheet = SheetId::ALL
            .iter()
            .chain([&SheetId::Scs])
            .position(|s| s.name(lang) == sheet)
            .unwrap_or(usize::MAX - 1);
        let split = a1.find(|c: char| c.is_ascii_digit()).unwrap_or(a1.len());
        let (letters, digits) = a1.split_at(split);
        let col = letters
            .bytes()
            .fold(0u32, |n, b| n * 26 + u32::from(b.saturating_sub(b'A') + 1));
        (sheet, digits.parse().unwrap_or(0), col)
    });
}

/// The evidence sheet is for reference: an edit there would be lost, so it is refused at
/// its cell. Checked while evidence.yaml is as it was at the export (its digest on the
/// hidden sheet); after a change in the repository the sheet is out of date anyway.
fn reference_only(wb: &Workbook, client: &Client, problems: &mut Vec<Problem>) {
    let name = FileKind::Evidence.file_name();
    let now = client.hashes.iter().find(|(n, _)| *n == name);
    if now.map(|(_, h)| h.as_str()) != wb.meta(&format!("file:{name}")) {
        return;
    }
    let lang = wb.lang;
    let items = client
        .evidence
        .as_ref()
        .map_or(&[][..], |r| &r.evidence[..]);
    let grid = wb.grid(SheetId::Evidence);
    let rows = u32::try_from(items.len())
        .unwrap_or(u32::MAX)
        .max(grid.rows)
        .max(1);
    for row in 1..=rows {
        let item = usize::try_from(row - 1).ok().and_then(|i| items.get(i));
        for col in 0..4u16 {
            let found = grid.get(row, col);
            let same = match (item, col) {
                (None, 0) if items.is_empty() && row == 1 => found.text().is_some(),
                (None, _) => found.text().is_none(),
                (Some(i), 0) => found.text().as_deref() == Some(cell::trim(&i.id).as_str()),
                (Some(i), 1) => found.text().as_deref() == Some(cell::trim(&i.title).as_str()),
                (Some(i), _) => {
                    let expected = if col == 2 {
                        Some(i.collected_on.clone())
                    } else {
                        super::export::valid_until(i)
                    };
                    match expected
                        .as_deref()
                        .map(|e| (e, e.parse::<jiff::civil::Date>()))
                    {
                        Some((_, Ok(d))) => cell::date(&found) == Some(d),
                        Some((e, Err(_))) => found.text().as_deref() == Some(e),
                        None => {
                            found.text().as_deref()
                                == Some(if lang == Lang::Ja {
                                    "期限なし"
                                } else {
                                    "no expiry"
                                })
                        }
                    }
                }
            };
            if !same {
                problems.push(Problem {
                    cell: Some(cell_ref(SheetId::Evidence, lang, row, col)),
                    message: text!(
                        "証跡のシートは参照用のため、ここでの変更は取り込めません",
                        "the evidence sheet is for reference only; a change there cannot be imported"
                    ),
                    hint: Some(text!(
                        "元に戻してください。証跡を追加・変更したいときは担当者に伝えてください",
                        "put it back as it was; to add or change evidence, tell your consultant"
                    )),
                });
            }
        }
    }
}

/// Values that may not be emptied, and parts that only make sense together.
fn required(
    all: &[Slot],
    finals: &HashMap<String, Option<String>>,
    client: &Client,
    questions: &HashMap<String, u32>,
    principles: &HashMap<String, u32>,
    lang: Lang,
    problems: &mut Vec<Problem>,
) {
    let get = |key: &str| finals.get(key).cloned().flatten();
    let at = |slot: &str| -> Option<String> {
        let s = all.iter().find(|s| s.key == slot)?;
        let row = match s.sheet {
            SheetId::Questions => *questions.get(slot.split('/').next()?)?,
            SheetId::Principles => *principles.get(slot.split('/').next()?)?,
            _ => s.row,
        };
        Some(cell_ref(s.sheet, lang, row, s.col))
    };
    for key in ["assessed_on", "assessed_by"] {
        if get(key).is_none() {
            problems.push(Problem {
                cell: at(key),
                message: text!("この欄は空にできません", "this cell cannot be empty"),
                hint: Some(text!(
                    "診断日と回答者を書いてください",
                    "fill in the date and who answered"
                )),
            });
        }
    }
    for question in &catalogue::get().questions {
        let id = &question.id;
        let had = client
            .diagnosis
            .as_ref()
            .is_some_and(|d| d.answers.contains_key(id));
        let answer = get(&format!("{id}/answer"));
        let others = ["note", "reason", "action", "owner", "due"]
            .iter()
            .any(|f| get(&format!("{id}/{f}")).is_some());
        if answer.is_none() && (had || others) {
            problems.push(Problem {
                cell: at(&format!("{id}/answer")),
                message: if had {
                    text!(
                        "{id} の回答が空になっています。回答は消せません",
                        "the answer to {id} was emptied; an answer cannot be removed"
                    )
                } else {
                    text!(
                        "{id} の回答がありません（メモなどだけでは記録できません）",
                        "{id} has no answer (a note alone cannot be recorded)"
                    )
                },
                hint: Some(text!(
                    "ドロップダウンから回答を選んでください。わからない場合は「わからない」を選べます",
                    "pick an answer from the drop-down; \"Don't know\" is one of them"
                )),
            });
        }
        let what = get(&format!("{id}/action"));
        if what.is_none()
            && (get(&format!("{id}/owner")).is_some() || get(&format!("{id}/due")).is_some())
        {
            problems.push(Problem {
                cell: at(&format!("{id}/action")),
                message: text!(
                    "{id} の改善の取組みが空です。担当者や期限だけでは記録できません",
                    "{id} has an owner or due date but no improvement action"
                ),
                hint: Some(text!(
                    "何をするかを書くか、担当者と期限も消してください",
                    "say what will be done, or clear the owner and due date too"
                )),
            });
        }
    }
    for principle in &catalogue::get().principles {
        let key = format!("{}/status", principle.id);
        if get(&key).is_none() {
            let id = &principle.id;
            problems.push(Problem {
                cell: at(&key),
                message: text!("{id} の取組み状況が空です", "the status of {id} is empty"),
                hint: Some(text!(
                    "ドロップダウンから選んでください（まだなら「未着手」）",
                    "pick one from the drop-down (\"Not started\" if nothing yet)"
                )),
            });
        }
    }
}

/// The cell behind a finding, if its path is one of the workbook's: the exact cell, else
/// the row's answer (or status) cell; a missing reason points at the reason column.
fn cell_of(
    all: &[Slot],
    finding: &crate::finding::Finding,
    questions: &HashMap<String, u32>,
    principles: &HashMap<String, u32>,
    lang: Lang,
) -> Option<String> {
    let path = finding.path.as_str();
    let in_file = |s: &&Slot| s.file.file_name() == finding.file;
    let id = path
        .strip_prefix("/answers/")
        .or_else(|| path.strip_prefix("/principles/"))
        .and_then(|rest| rest.split('/').next());
    let reason = matches!(finding.code.as_str(), "reason-missing" | "reason-blank");
    let slot = all
        .iter()
        .filter(in_file)
        .find(|s| reason && id.is_some_and(|id| s.key == format!("{id}/reason")))
        .or_else(|| all.iter().filter(in_file).find(|s| s.pointer == path))
        .or_else(|| {
            let id = id?;
            all.iter()
                .filter(in_file)
                .find(|s| s.key == format!("{id}/answer") || s.key == format!("{id}/status"))
        })?;
    let row = match slot.sheet {
        SheetId::Questions => *questions.get(slot.key.split('/').next()?)?,
        SheetId::Principles => *principles.get(slot.key.split('/').next()?)?,
        _ => slot.row,
    };
    Some(cell_ref(slot.sheet, lang, row, slot.col))
}

/// Applies the final values to the files at the changed nodes only.
fn apply(
    source: &dyn Source,
    all: &[Slot],
    finals: &HashMap<String, Option<String>>,
    changes: &[Change],
) -> Result<Vec<FileEdit>, Error> {
    let changed: HashSet<&str> = changes.iter().map(|c| c.key.as_str()).collect();
    if changed.is_empty() {
        return Ok(Vec::new());
    }
    let get = |key: &str| finals.get(key).cloned().flatten();
    let mut out = Vec::new();
    for kind in [FileKind::Diagnosis, FileKind::Principles, FileKind::Scs] {
        if !all
            .iter()
            .any(|s| s.file == kind && changed.contains(s.key.as_str()))
        {
            continue;
        }
        let name = kind.file_name();
        let before = source
            .read(name)
            .map_err(|e| Error::read(name, e))?
            .ok_or_else(not_readable)?;
        let cannot = |e: EditError| {
            let why = e.0;
            refused(text!(
                "{name} をその場で書き換えられません（{why}）。何も書き込んでいません。該当する箇所を手で直してください",
                "{name} cannot be edited in place ({why}); nothing was written; make the change by hand"
            ))
        };
        let mut editor = Editor::new(&before).map_err(cannot)?;
        if kind == FileKind::Diagnosis {
            for key in ["assessed_on", "assessed_by"] {
                if changed.contains(key)
                    && let Some(v) = get(key)
                {
                    editor.set(&format!("/{key}"), &v).map_err(cannot)?;
                }
            }
            let cat = catalogue::get();
            for (i, question) in cat.questions.iter().enumerate() {
                let id = &question.id;
                let fields = ["answer", "note", "reason", "action", "owner", "due"];
                if !fields
                    .iter()
                    .any(|f| changed.contains(format!("{id}/{f}").as_str()))
                {
                    continue;
                }
                let v = |f: &str| get(&format!("{id}/{f}"));
                let base = format!("/answers/{id}");
                if !editor.has(&base) {
                    let after = cat.questions[..i]
                        .iter()
                        .rev()
                        .map(|q| q.id.as_str())
                        .find(|q| editor.has(&format!("/answers/{q}")));
                    editor
                        .insert("/answers", after, id, &question_value(&v))
                        .map_err(cannot)?;
                    continue;
                }
                let mut order = vec!["answer"];
                for field in ["reason", "note"] {
                    if changed.contains(format!("{id}/{field}").as_str()) {
                        let after = order
                            .iter()
                            .rev()
                            .find(|f| editor.has(&format!("{base}/{f}")))
                            .copied();
                        scalar_edit(&mut editor, &base, field, v(field), after).map_err(cannot)?;
                    }
                    order.push(field);
                }
                if changed.contains(format!("{id}/answer").as_str())
                    && let Some(a) = v("answer")
                {
                    editor.set(&format!("{base}/answer"), &a).map_err(cannot)?;
                }
                if ["action", "owner", "due"]
                    .iter()
                    .any(|f| changed.contains(format!("{id}/{f}").as_str()))
                {
                    let action = format!("{base}/action");
                    if v("action").is_none() {
                        if editor.has(&action) {
                            editor.remove(&action).map_err(cannot)?;
                        }
                    } else if editor.has(&action) {
                        for (field, yaml) in
                            [("action", "what"), ("owner", "owner"), ("due", "due")]
                        {
                            if changed.contains(format!("{id}/{field}").as_str()) {
                                let after = if yaml == "due" {
                                    Some("owner")
                                } else {
                                    Some("what")
                                };
                                scalar_edit(&mut editor, &action, yaml, v(field), after)
                                    .map_err(cannot)?;
                            }
                        }
                    } else {
                        editor
                            .insert(&base, None, "action", &action_value(&v))
                            .map_err(cannot)?;
                    }
                }
            }
        } else if kind == FileKind::Scs {
            scs_apply(&mut editor, &changed, &get).map_err(cannot)?;
        } else {
            for principle in &catalogue::get().principles {
                let id = &principle.id;
                let base = format!("/principles/{id}");
                let v = |f: &str| get(&format!("{id}/{f}"));
                if changed.contains(format!("{id}/status").as_str())
                    && let Some(s) = v("status")
                {
                    editor.set(&format!("{base}/status"), &s).map_err(cannot)?;
                }
                for (field, after) in [("measures", "status"), ("owner", "measures")] {
                    if changed.contains(format!("{id}/{field}").as_str()) {
                        let after = [after, "status"]
                            .into_iter()
                            .find(|f| editor.has(&format!("{base}/{f}")));
                        scalar_edit(&mut editor, &base, field, v(field), after).map_err(cannot)?;
                    }
                }
            }
        }
        if editor.is_empty() {
            continue;
        }
        let after = editor.finish().map_err(cannot)?;
        if after != before {
            out.push(FileEdit {
                kind,
                before,
                after,
            });
        }
    }
    Ok(out)
}

/// Sets, adds or removes `parent/key`.
fn scalar_edit(
    editor: &mut Editor<'_>,
    parent: &str,
    key: &str,
    value: Option<String>,
    after: Option<&str>,
) -> Result<(), EditError> {
    let pointer = format!("{parent}/{key}");
    match (editor.has(&pointer), value) {
        (true, Some(v)) => editor.set(&pointer, &v),
        (true, None) => editor.remove(&pointer),
        (false, Some(v)) => editor.insert(parent, after, key, &New::Scalar(v)),
        (false, None) => Ok(()),
    }
}

fn action_value(v: &dyn Fn(&str) -> Option<String>) -> New {
    let mut entries = Vec::new();
    for (field, yaml) in [("action", "what"), ("owner", "owner"), ("due", "due")] {
        if let Some(x) = v(field) {
            entries.push((yaml.to_owned(), New::Scalar(x)));
        }
    }
    New::Map(entries)
}

fn question_value(v: &dyn Fn(&str) -> Option<String>) -> New {
    let mut entries = Vec::new();
    for field in ["answer", "reason", "note"] {
        if let Some(x) = v(field) {
            entries.push((field.to_owned(), New::Scalar(x)));
        }
    }
    if v("action").is_some() {
        entries.push(("action".to_owned(), action_value(v)));
    }
    New::Map(entries)
}

/// The client files with the import's new bytes in place of the old.
struct Overlay<'a> {
    inner: &'a dyn Source,
    files: &'a [FileEdit],
}

impl Source for Overlay<'_> {
    fn read(&self, rel: &str) -> std::io::Result<Option<Vec<u8>>> {
        match self.files.iter().find(|f| f.kind.file_name() == rel) {
            Some(f) => Ok(Some(f.after.clone())),
            None => self.inner.read(rel),
        }
    }

    fn evidence(&self, rel: &str) -> std::io::Result<EvidenceEntry> {
        self.inner.evidence(rel)
    }
}

/// The criterion id of a ★3 slot key: `scs:1-2-1-1/answer` is `1-2-1-1`.
fn scs_id(key: &str) -> &str {
    let rest = key.strip_prefix(SCS_KEY).unwrap_or(key);
    rest.split('/').next().unwrap_or(rest)
}

/// The ★3 sheet's fixed parts: each row still holds its criterion (rows are neither moved
/// nor deleted), the grey texts are as exported, and the state and evidence columns
/// (shown for reference) are unchanged. The row of every criterion whose row is intact.
fn scs_sheet_checks(
    wb: &Workbook,
    client: &Client,
    problems: &mut Vec<Problem>,
) -> Result<HashMap<String, u32>, Error> {
    let scheme = crate::scs::scheme::get();
    let Some(file) = &client.scs else {
        return Err(refused(text!(
            "このブックには ★3 のシートがありますが、scs.yaml がないかエラーがあるため取り込めません。`hoshi validate` で確認してください",
            "this workbook has the ★3 sheet, but scs.yaml is missing or has errors, so nothing can be imported; run `hoshi validate`"
        )));
    };
    let theirs = wb.meta("scs_scheme").unwrap_or_default();
    if theirs != file.scheme {
        let now = &file.scheme;
        return Err(refused(text!(
            "このブックの ★3 の要求事項の版は {theirs} ですが、scs.yaml は {now} です。書き出し直してください",
            "the workbook's ★3 requirements version is {theirs}, but scs.yaml uses {now}; export the workbook again"
        )));
    }
    let lang = wb.lang;
    let grid = wb.grid(SheetId::Scs);
    let mut rows = HashMap::new();
    let count = u32::try_from(scheme.criteria().count()).unwrap_or(u32::MAX);
    let criteria: Vec<_> = scheme.criteria().collect();
    let expected_at = |row: u32| {
        usize::try_from(row.checked_sub(1)?)
            .ok()
            .and_then(|i| criteria.get(i))
            .map(|(_, c)| c.id.as_str())
    };
    // After a row is deleted or inserted every later row is one off: the first such row
    // is reported, the rest of the shift is not.
    let mut reported = false;
    for row in 1..=grid.rows.max(count) {
        let at = cell_ref(SheetId::Scs, lang, row, s::ID);
        let found = grid.get(row, s::ID).text().map(|t| cell::half_width(&t));
        let found = found.as_deref().map(str::trim);
        let expected = expected_at(row);
        if let (Some(e), Some(f)) = (expected, found)
            && e == f
        {
            rows.insert(e.to_owned(), row);
            continue;
        }
        if expected.is_none() && found.is_none() {
            continue;
        }
        let shifted = found
            .is_some_and(|f| expected_at(row + 1) == Some(f) || expected_at(row - 1) == Some(f));
        if reported && shifted {
            continue;
        }
        reported = true;
        let message = match (expected, found) {
            (Some(e), None) => text!(
                "この行は評価基準 {e} の行ですが、番号がありません（行が削除・移動されています）",
                "this row is criterion {e}'s, but its id is missing (a row was deleted or moved)"
            ),
            (Some(e), Some(f)) => {
                let f = crate::lang::clip(f, 30);
                text!(
                    "この行は評価基準 {e} の行ですが「{f}」になっています（行が削除・移動されています）",
                    "this row is criterion {e}'s, but it says \"{f}\" (a row was deleted or moved)"
                )
            }
            (None, f) => {
                let f = crate::lang::clip(f.unwrap_or_default(), 30);
                text!(
                    "「{f}」の行は書き出したときにはありませんでした（行が追加されています）",
                    "the row \"{f}\" was not in the workbook as exported (a row was added)"
                )
            }
        };
        problems.push(Problem {
            cell: Some(at),
            message,
            hint: Some(scs_row_hint()),
        });
    }
    for (requirement, criterion) in &criteria {
        let Some(&row) = rows.get(&criterion.id) else {
            continue;
        };
        let (category, title, topic) = super::export::scs_row_texts(requirement, criterion, lang);
        for (col, expected, what) in [
            (s::CATEGORY, category, Text::new("分類", "category")),
            (s::REQUIREMENT, title, Text::new("要求事項", "requirement")),
            (
                s::TOPIC,
                topic,
                Text::new("評価基準の内容", "criterion's topic"),
            ),
        ] {
            let found = grid.get(row, col).text().unwrap_or_default();
            if cell::trim(&expected) != found {
                let (wj, we) = (what.ja, what.en);
                problems.push(Problem {
                    cell: Some(cell_ref(SheetId::Scs, lang, row, col)),
                    message: text!(
                        "{wj}は変更できません（灰色の保護されたセルです）",
                        "the {we} cannot be changed (a grey, protected cell)"
                    ),
                    hint: Some(text!(
                        "元の文に戻してください。書き加えたいことはメモの列に書けます",
                        "put the original text back; anything to add goes into the note column"
                    )),
                });
            }
        }
        let id = &criterion.id;
        for (field, col) in [("state", s::STATE), ("evidence", s::EVIDENCE)] {
            let key = format!("{SCS_KEY}{id}/{field}");
            let raw = grid.get(row, col);
            let found = raw.text();
            let Some(exported) = wb.meta(&format!("cell:{key}")) else {
                let at = cell_ref(SheetId::Scs, lang, row, col);
                return Err(refused(text!(
                    "ブックの隠しシート「{META_SHEET}」が壊れています（{at} の記録がありません）。書き出し直してください",
                    "the workbook's hidden sheet \"{META_SHEET}\" is damaged (no record for {at}); export the workbook again"
                )));
            };
            if cell_digest(&key, found.as_deref()) == exported {
                continue;
            }
            let message = if field == "evidence" {
                text!(
                    "証跡IDは参照用のため、ここでの変更は取り込めません",
                    "the evidence ids are for reference only; a change here cannot be imported"
                )
            } else {
                text!(
                    "状態の列は参照用のため、変更できません",
                    "the state column is for reference only and cannot be changed"
                )
            };
            problems.push(Problem {
                cell: Some(cell_ref(SheetId::Scs, lang, row, col)),
                message,
                hint: Some(if field == "evidence" {
                    text!(
                        "元に戻してください。証跡IDを変えたいときは担当者に伝えてください",
                        "put it back as it was; to change the evidence ids, tell your consultant"
                    )
                } else {
                    text!(
                        "元に戻してください。提案を確かめたら、回答のセルで回答を選び直してください",
                        "put it back as it was; to confirm a suggestion, change the answer cell"
                    )
                }),
            });
        }
    }
    Ok(rows)
}

fn scs_row_hint() -> Text {
    text!(
        "行を追加・削除・移動せず、書き出したときの行に書いてください（書き出し直したブックから写してください）",
        "do not add, delete or move rows; write in the rows as exported (copy them back from a fresh export)"
    )
}

/// The ★3 rules a row must keep: an answer for a note, reason or action, no answer
/// removed, and a reason for every not_applicable.
fn scs_required(
    all: &[Slot],
    finals: &HashMap<String, Option<String>>,
    client: &Client,
    rows: &HashMap<String, u32>,
    lang: Lang,
    problems: &mut Vec<Problem>,
) {
    let get = |key: &str| finals.get(key).cloned().flatten();
    let at = |key: &str| -> Option<String> {
        let slot = all.iter().find(|s| s.key == key)?;
        let row = *rows.get(scs_id(key))?;
        Some(cell_ref(SheetId::Scs, lang, row, slot.col))
    };
    let scheme = crate::scs::scheme::get();
    for (_, criterion) in scheme.criteria() {
        let id = &criterion.id;
        if !rows.contains_key(id) {
            continue;
        }
        let key = |f: &str| format!("{SCS_KEY}{id}/{f}");
        let had = client
            .scs
            .as_ref()
            .is_some_and(|f| f.answers.contains_key(id));
        let answer = get(&key("answer"));
        let others = ["note", "reason", "action"]
            .iter()
            .any(|f| get(&key(f)).is_some());
        if answer.is_none() && (had || others) {
            problems.push(Problem {
                cell: at(&key("answer")),
                message: if had {
                    text!(
                        "評価基準 {id} の回答が空になっています。回答は消せません",
                        "the answer to criterion {id} was emptied; an answer cannot be removed"
                    )
                } else {
                    text!(
                        "評価基準 {id} の回答がありません（メモなどだけでは記録できません）",
                        "criterion {id} has no answer (a note alone cannot be recorded)"
                    )
                },
                hint: Some(text!(
                    "ドロップダウンから回答を選んでください",
                    "pick an answer from the drop-down"
                )),
            });
        }
        let needs_reason = answer
            .as_deref()
            .and_then(|a| scheme.answer(a))
            .is_some_and(|k| k.reason_required);
        if needs_reason && get(&key("reason")).is_none() {
            problems.push(Problem {
                cell: at(&key("reason")),
                message: text!(
                    "評価基準 {id} は「該当しない」ですが、理由が書かれていません",
                    "criterion {id} is not applicable but gives no reason"
                ),
                hint: Some(text!(
                    "なぜ該当しないのかを「該当しない理由」の列に書いてください",
                    "say why in the reason column"
                )),
            });
        }
        let extra_action = client
            .document(FileKind::Scs)
            .and_then(|d| d.value.pointer(&format!("/answers/{id}/action")))
            .and_then(serde_json::Value::as_object)
            .is_some_and(|m| m.keys().any(|k| k != "what"));
        if get(&key("action")).is_none() && extra_action && had {
            problems.push(Problem {
                cell: at(&key("action")),
                message: text!(
                    "評価基準 {id} の改善の取組みには担当者や期限があるため、ブックでは消せません",
                    "the improvement action of criterion {id} has an owner or due date, so it cannot be cleared in the workbook"
                ),
                hint: Some(text!(
                    "元に戻してください。取組みをやめるときは担当者に伝えてください",
                    "put it back; to drop the action, tell your consultant"
                )),
            });
        }
    }
}

/// The ★3 edits: each changed criterion's answer, note, reason and action in place. A
/// changed answer is a confirmed answer, so it drops `suggested`; a suggestion left as
/// it is in the sheet stays a suggestion.
fn scs_apply(
    editor: &mut Editor<'_>,
    changed: &HashSet<&str>,
    get: &dyn Fn(&str) -> Option<String>,
) -> Result<(), EditError> {
    let scheme = crate::scs::scheme::get();
    let criteria: Vec<_> = scheme.criteria().map(|(_, c)| c.id.as_str()).collect();
    for (i, id) in criteria.iter().enumerate() {
        let key = |f: &str| format!("{SCS_KEY}{id}/{f}");
        let fields = ["answer", "note", "reason", "action"];
        if !fields.iter().any(|f| changed.contains(key(f).as_str())) {
            continue;
        }
        let v = |f: &str| get(&key(f));
        let segment = crate::load::yaml::escape_segment(id);
        let base = format!("/answers/{segment}");
        if !editor.has(&base) {
            let after = criteria[..i]
                .iter()
                .rev()
                .find(|c| {
                    editor.has(&format!(
                        "/answers/{}",
                        crate::load::yaml::escape_segment(c)
                    ))
                })
                .copied();
            let mut entries = Vec::new();
            for field in ["answer", "note", "reason"] {
                if let Some(x) = v(field) {
                    entries.push((field.to_owned(), New::Scalar(x)));
                }
            }
            if let Some(what) = v("action") {
                entries.push((
                    "action".to_owned(),
                    New::Map(vec![("what".to_owned(), New::Scalar(what))]),
                ));
            }
            editor.insert("/answers", after, id, &New::Map(entries))?;
            continue;
        }
        if changed.contains(key("answer").as_str())
            && let Some(a) = v("answer")
        {
            editor.set(&format!("{base}/answer"), &a)?;
            if editor.has(&format!("{base}/suggested")) {
                editor.remove(&format!("{base}/suggested"))?;
            }
        }
        let mut order = vec!["answer"];
        for field in ["note", "reason"] {
            if changed.contains(key(field).as_str()) {
                let after = order
                    .iter()
                    .rev()
                    .find(|f| editor.has(&format!("{base}/{f}")))
                    .copied();
                scalar_edit(editor, &base, field, v(field), after)?;
            }
            order.push(field);
        }
        if changed.contains(key("action").as_str()) {
            let action = format!("{base}/action");
            match (editor.has(&action), v("action")) {
                (true, Some(what)) => scalar_edit(editor, &action, "what", Some(what), None)?,
                (true, None) => editor.remove(&action)?,
                (false, Some(what)) => editor.insert(
                    &base,
                    None,
                    "action",
                    &New::Map(vec![("what".to_owned(), New::Scalar(what))]),
                )?,
                (false, None) => {}
            }
        }
    }
    Ok(())
}
