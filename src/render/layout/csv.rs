//! A table as CSV (RFC 4180): CRLF line ends, the header row first. Client text goes
//! through [`Untrusted::for_csv`]; hoshi's words and numbers are quoted the same way.

use crate::lang::Lang;
use crate::render::section::{Column, Content, EachRow, Line, Table};
use crate::render::untrusted::Untrusted;

/// A cell is one field: its spans are joined first, then escaped once.
fn field(l: &Line, lang: Lang) -> String {
    let parts: Vec<Untrusted> = l
        .spans(lang)
        .iter()
        .map(|s| match &s.content {
            Content::Words(w) | Content::Quoting(w) | Content::Id(w) | Content::Command(w) => {
                Untrusted::new(w.as_str())
            }
            Content::User(u) | Content::Path(u) => u.clone(),
        })
        .collect();
    Untrusted::concat(&parts).for_csv()
}

/// The byte order mark that tells Excel the file is UTF-8: without it, Japanese Excel reads
/// a CSV file as Shift_JIS and shows the Japanese text garbled.
pub const BOM: char = '\u{feff}';

/// The table in `lang` (headers are usually the same in both: field names), after a BOM.
pub fn csv(t: &Table, lang: Lang) -> String {
    csv_of(
        &t.columns,
        &|each: &mut dyn FnMut(&[Line])| t.rows.iter().for_each(|r| each(r)),
        lang,
    )
}

/// [`csv`] of rows that `rows` hands to its argument one at a time.
pub fn csv_of(columns: &[Column], rows: &EachRow<'_>, lang: Lang) -> String {
    let mut out = String::from(BOM);
    let mut row = |fields: Vec<String>| {
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    };
    row(columns
        .iter()
        .map(|c| Untrusted::new(c.header.get(lang)).for_csv())
        .collect());
    rows(&mut |r| row(r.iter().map(|l| field(l, lang)).collect()));
    out
}
