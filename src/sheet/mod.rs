//! `hoshi sheet`: the Excel workbook round trip for clients who never open YAML.
//!
//! [`export`] writes a workbook from the client files; [`import`] reads it back, locates
//! every problem by sheet and cell, and edits the YAML at the changed nodes only
//! ([`edit`]). Both share the layout below: which cell holds which value ([`slots`]), the
//! sheet names in each language, and the per-cell digests the hidden sheet records so
//! that import can tell what the client changed from what the repository changed since.

pub mod cell;
pub mod edit;
pub mod export;
pub mod import;

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::lang::{Lang, Text};
use crate::model::catalogue;
use crate::model::files::FileKind;
use crate::source::hex;

/// The workbook layout this hoshi writes and reads. A workbook with a higher number was
/// written by a newer hoshi.
pub const FORMAT_VERSION: u32 = 1;

/// The hidden sheet recording what the workbook came from (same name in every language).
pub const META_SHEET: &str = "hoshi";

/// Largest workbook `sheet import` opens; example-repo's workbook is about 26 KB, 47 KB
/// with the ★3 sheet.
pub const MAX_WORKBOOK_BYTES: u64 = 10 << 20;

/// The visible sheets, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetId {
    Instructions,
    Questions,
    Principles,
    Evidence,
    Summary,
    /// The SCS ★3 self-assessment: only when the client has scs.yaml, so it is not in
    /// [`SheetId::ALL`] (the sheets every workbook has).
    Scs,
}

impl SheetId {
    pub const ALL: [SheetId; 5] = [
        SheetId::Instructions,
        SheetId::Questions,
        SheetId::Principles,
        SheetId::Evidence,
        SheetId::Summary,
    ];

    /// The sheet's name in the workbook's language.
    pub fn name(self, lang: Lang) -> &'static str {
        let (ja, en) = match self {
            SheetId::Instructions => ("説明", "Instructions"),
            SheetId::Questions => ("設問", "Questions"),
            SheetId::Principles => ("5か条", "Principles"),
            SheetId::Evidence => ("証跡", "Evidence"),
            SheetId::Summary => ("集計", "Summary"),
            SheetId::Scs => ("★3準備", "★3 readiness"),
        };
        if lang == Lang::Ja { ja } else { en }
    }
}

/// Columns of the questions sheet (0-based); row 0 is the header, Qn sits on row n.
pub mod q {
    pub const ID: u16 = 0;
    pub const PART: u16 = 1;
    pub const QUESTION: u16 = 2;
    pub const ANSWER: u16 = 3;
    pub const NOTE: u16 = 4;
    pub const REASON: u16 = 5;
    pub const ACTION: u16 = 6;
    pub const OWNER: u16 = 7;
    pub const DUE: u16 = 8;
    pub const MEASURE: u16 = 9;
    pub const COUNT: u16 = 10;
}

/// Columns of the principles sheet; Pn sits on row n.
pub mod p {
    pub const ID: u16 = 0;
    pub const TITLE: u16 = 1;
    pub const STATUS: u16 = 2;
    pub const MEASURES: u16 = 3;
    pub const OWNER: u16 = 4;
    pub const COUNT: u16 = 5;
}

/// Cells of the summary sheet: the two facts about the diagnosis a client fills in.
pub mod summary {
    /// `(row, col)` of the date the diagnosis was answered.
    pub const ASSESSED_ON: (u32, u16) = (2, 1);
    /// `(row, col)` of who answered.
    pub const ASSESSED_BY: (u32, u16) = (3, 1);
    /// First row of the score table (its header).
    pub const TABLE: u32 = 6;
}

/// Columns of the ★3 sheet; the criteria sit on rows 1 to 81 in the scheme's order,
/// which is by category.
pub mod s {
    pub const ID: u16 = 0;
    pub const CATEGORY: u16 = 1;
    pub const REQUIREMENT: u16 = 2;
    pub const TOPIC: u16 = 3;
    pub const ANSWER: u16 = 4;
    pub const STATE: u16 = 5;
    pub const NOTE: u16 = 6;
    pub const REASON: u16 = 7;
    pub const ACTION: u16 = 8;
    pub const EVIDENCE: u16 = 9;
    pub const COUNT: u16 = 10;
}

/// The key prefix of the ★3 sheet's cells on the hidden sheet: `scs:1-2-1-1/answer`.
pub const SCS_KEY: &str = "scs:";

/// How a slot's value is written and read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A diagnosis answer: a drop-down of the catalogue's labels.
    Answer,
    /// A principle status: a drop-down.
    Status,
    /// An SCS ★3 answer: a drop-down of the scheme's answer labels.
    ScsAnswer,
    Date,
    Text,
}

/// One editable cell and the YAML node behind it.
#[derive(Debug, Clone)]
pub struct Slot {
    /// Names the cell in the hidden sheet: `Q7/answer`, `P3/owner`, `assessed_on`.
    pub key: String,
    pub file: FileKind,
    /// JSON Pointer of the node in `file`.
    pub pointer: String,
    pub sheet: SheetId,
    pub row: u32,
    pub col: u16,
    pub kind: Kind,
    /// What the cell is, for messages: 回答 / answer.
    pub what: Text,
}

/// Every editable cell, in the order the workbook lays them out.
pub fn slots() -> Vec<Slot> {
    let cat = catalogue::get();
    let mut out = Vec::new();
    let (r, c) = summary::ASSESSED_ON;
    out.push(Slot {
        key: "assessed_on".into(),
        file: FileKind::Diagnosis,
        pointer: "/assessed_on".into(),
        sheet: SheetId::Summary,
        row: r,
        col: c,
        kind: Kind::Date,
        what: Text::new("診断日", "date of the diagnosis"),
    });
    let (r, c) = summary::ASSESSED_BY;
    out.push(Slot {
        key: "assessed_by".into(),
        file: FileKind::Diagnosis,
        pointer: "/assessed_by".into(),
        sheet: SheetId::Summary,
        row: r,
        col: c,
        kind: Kind::Text,
        what: Text::new("回答者", "answered by"),
    });
    for (i, question) in cat.questions.iter().enumerate() {
        let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let id = &question.id;
        for (field, pointer, col, kind, what) in [
            (
                "answer",
                "answer",
                q::ANSWER,
                Kind::Answer,
                Text::new("回答", "answer"),
            ),
            (
                "note",
                "note",
                q::NOTE,
                Kind::Text,
                Text::new("メモ", "note"),
            ),
            (
                "reason",
                "reason",
                q::REASON,
                Kind::Text,
                Text::new("該当しない理由", "reason"),
            ),
            (
                "action",
                "action/what",
                q::ACTION,
                Kind::Text,
                Text::new("改善の取組み", "improvement action"),
            ),
            (
                "owner",
                "action/owner",
                q::OWNER,
                Kind::Text,
                Text::new("担当者", "owner"),
            ),
            (
                "due",
                "action/due",
                q::DUE,
                Kind::Date,
                Text::new("期限", "due date"),
            ),
        ] {
            out.push(Slot {
                key: format!("{id}/{field}"),
                file: FileKind::Diagnosis,
                pointer: format!("/answers/{id}/{pointer}"),
                sheet: SheetId::Questions,
                row,
                col,
                kind,
                what,
            });
        }
    }
    for (i, principle) in cat.principles.iter().enumerate() {
        let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let id = &principle.id;
        for (field, col, kind, what) in [
            (
                "status",
                p::STATUS,
                Kind::Status,
                Text::new("取組み状況", "status"),
            ),
            (
                "measures",
                p::MEASURES,
                Kind::Text,
                Text::new("取組み内容", "how it is practised"),
            ),
            ("owner", p::OWNER, Kind::Text, Text::new("担当者", "owner")),
        ] {
            out.push(Slot {
                key: format!("{id}/{field}"),
                file: FileKind::Principles,
                pointer: format!("/principles/{id}/{field}"),
                sheet: SheetId::Principles,
                row,
                col,
                kind,
                what,
            });
        }
    }
    out
}

/// The editable cells of the ★3 sheet (for a client with scs.yaml), one row per criterion.
pub fn scs_slots() -> Vec<Slot> {
    let mut out = Vec::new();
    for (i, (_, criterion)) in crate::scs::scheme::get().criteria().enumerate() {
        let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let id = &criterion.id;
        for (field, pointer, col, kind, what) in [
            (
                "answer",
                "answer",
                s::ANSWER,
                Kind::ScsAnswer,
                Text::new("回答", "answer"),
            ),
            (
                "note",
                "note",
                s::NOTE,
                Kind::Text,
                Text::new("メモ", "note"),
            ),
            (
                "reason",
                "reason",
                s::REASON,
                Kind::Text,
                Text::new("該当しない理由", "reason"),
            ),
            (
                "action",
                "action/what",
                s::ACTION,
                Kind::Text,
                Text::new("改善の取組み", "improvement action"),
            ),
        ] {
            out.push(Slot {
                key: format!("{SCS_KEY}{id}/{field}"),
                file: FileKind::Scs,
                pointer: format!(
                    "/answers/{}/{pointer}",
                    crate::load::yaml::escape_segment(id)
                ),
                sheet: SheetId::Scs,
                row,
                col,
                kind,
                what,
            });
        }
    }
    out
}

/// The evidence ids of a criterion's answer as the ★3 sheet shows them (read-only).
pub fn scs_evidence(document: Option<&Value>, id: &str) -> Option<String> {
    let list = document?
        .get("answers")?
        .get(id)?
        .get("evidence")?
        .as_array()?;
    let ids: Vec<&str> = list.iter().filter_map(Value::as_str).collect();
    (!ids.is_empty()).then(|| ids.join(", "))
}

/// Whether a criterion's answer in scs.yaml is a suggestion not yet confirmed.
pub fn scs_suggested(document: Option<&Value>, id: &str) -> bool {
    document
        .and_then(|d| d.get("answers")?.get(id)?.get("suggested")?.as_bool())
        .unwrap_or(false)
}

/// What the ★3 sheet's state column says of a suggested answer.
pub fn suggestion_label(lang: Lang) -> &'static str {
    if lang == Lang::Ja {
        "提案（未確認）"
    } else {
        "suggestion (unconfirmed)"
    }
}

/// The SCS answers with their labels.
pub fn scs_answer_labels(lang: Lang) -> Vec<(&'static str, &'static str)> {
    crate::scs::scheme::get()
        .answers
        .iter()
        .map(|a| (a.id.as_str(), a.label.get(lang)))
        .collect()
}

/// A1 notation of a 0-based cell: `(13, 3)` is `D14`.
pub fn a1(row: u32, col: u16) -> String {
    let mut letters = String::new();
    let mut c = u32::from(col) + 1;
    while c > 0 {
        let rem = (c - 1) % 26;
        letters.insert(0, char::from(b'A' + rem as u8));
        c = (c - 1) / 26;
    }
    format!("{letters}{}", row + 1)
}

/// `設問!D14`: a cell as a person finds it.
pub fn cell_ref(sheet: SheetId, lang: Lang, row: u32, col: u16) -> String {
    format!("{}!{}", sheet.name(lang), a1(row, col))
}

/// The value a slot holds in a file's document, as text (`None`: absent or empty).
pub fn value_at(document: &Value, pointer: &str) -> Option<String> {
    match document.pointer(pointer)? {
        Value::Null => None,
        Value::String(s) if s.is_empty() => None,
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        other => Some(other.to_string()),
    }
}

/// The digest the hidden sheet records for a slot's exported value.
pub fn cell_digest(key: &str, value: Option<&str>) -> String {
    let input = match value {
        Some(v) => format!("{key}\n={v}"),
        None => format!("{key}\n-"),
    };
    hex(&Sha256::digest(input.as_bytes()))[..16].to_owned()
}

/// The answer labels of the catalogue in a language, in the catalogue's order.
pub fn answer_labels(lang: Lang) -> Vec<(&'static str, &'static str)> {
    catalogue::get()
        .answers
        .iter()
        .map(|a| (a.id.as_str(), a.label.get(lang)))
        .collect()
}

/// The principle statuses with their labels.
pub fn status_labels(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let words = crate::load::vocabulary::vocabulary();
    ["practiced", "in_progress", "not_started"]
        .into_iter()
        .filter_map(|id| Some((id, words.get(&format!("status_{id}"))?.get(lang))))
        .collect()
}

/// A label of a drop-down value in a language.
pub fn label(kind: Kind, id: &str, lang: Lang) -> Option<&'static str> {
    let list = match kind {
        Kind::Answer => answer_labels(lang),
        Kind::Status => status_labels(lang),
        Kind::ScsAnswer => scs_answer_labels(lang),
        _ => return None,
    };
    list.into_iter().find(|(i, _)| *i == id).map(|(_, l)| l)
}

/// The id of a drop-down value written as a label in either language or as the id itself.
pub fn id_of(kind: Kind, written: &str) -> Option<&'static str> {
    let want = cell::key(written);
    let lists = match kind {
        Kind::Answer => [answer_labels(Lang::Ja), answer_labels(Lang::En)],
        Kind::Status => [status_labels(Lang::Ja), status_labels(Lang::En)],
        Kind::ScsAnswer => [scs_answer_labels(Lang::Ja), scs_answer_labels(Lang::En)],
        _ => return None,
    };
    lists.iter().flatten().find_map(|(id, label)| {
        let spaced = id.replace('_', " ");
        (cell::key(label) == want || *id == want || spaced == want).then_some(*id)
    })
}

/// The organisation's name safe for a file name: `株式会社みなと精工`.
pub fn file_stem(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_control() || "/\\:*?\"<>|".contains(c) || c.is_whitespace() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned.trim_matches(['_', '.']).to_owned();
    if cleaned.is_empty() {
        "client".to_owned()
    } else {
        cleaned
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cells_as_a_spreadsheet_does() {
        assert_eq!(a1(13, 3), "D14");
        assert_eq!(a1(0, 25), "Z1");
        assert_eq!(a1(0, 26), "AA1");
        assert_eq!(cell_ref(SheetId::Questions, Lang::Ja, 13, 3), "設問!D14");
    }

    #[test]
    fn reads_labels_in_either_language_and_ids() {
        assert_eq!(id_of(Kind::Answer, "実施している"), Some("implemented"));
        assert_eq!(
            id_of(Kind::Answer, " Partially implemented "),
            Some("partial")
        );
        assert_eq!(
            id_of(Kind::Answer, "not_applicable"),
            Some("not_applicable")
        );
        assert_eq!(
            id_of(Kind::Answer, "NOT IMPLEMENTED"),
            Some("not_implemented")
        );
        assert_eq!(id_of(Kind::Answer, "実施済み"), None);
        assert_eq!(id_of(Kind::Status, "取り組み中"), Some("in_progress"));
        assert_eq!(id_of(Kind::Status, "in progress"), Some("in_progress"));
    }

    #[test]
    fn slots_cover_every_question_and_principle() {
        let s = slots();
        assert_eq!(s.len(), 2 + 25 * 6 + 5 * 3);
        assert!(s.iter().any(|s| s.key == "Q25/due" && s.row == 25));
    }

    #[test]
    fn file_stems_lose_path_characters() {
        assert_eq!(file_stem("株式会社みなと精工"), "株式会社みなと精工");
        assert_eq!(file_stem("A/B: C"), "A_B__C");
        assert_eq!(file_stem(" .. "), "client");
    }
}
