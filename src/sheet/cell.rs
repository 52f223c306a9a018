//! What people and spreadsheet programs write into a cell, read back as the value a YAML
//! file holds: dates as serial numbers or as text in several styles, labels in either
//! language, full-width digits, stray spaces.

use calamine::Data;
use jiff::civil::Date;

use crate::load::written::date as date_text;
pub use crate::load::written::{half_width, key};

/// A cell as the importer sees it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    /// A date (an Excel serial number with a date format, or an ISO date).
    Date(Date),
    /// Excel's `#N/A`, `#VALUE!` … or something that is not a value.
    Error(String),
}

impl Cell {
    /// From calamine's cell data.
    pub fn from_data(d: &Data) -> Cell {
        match d {
            Data::Empty => Cell::Empty,
            Data::String(s) => {
                if s.trim().is_empty() {
                    Cell::Empty
                } else {
                    Cell::Text(s.replace("\r\n", "\n").replace('\r', "\n"))
                }
            }
            Data::Int(i) => Cell::Number(*i as f64),
            Data::Float(f) => Cell::Number(*f),
            Data::Bool(b) => Cell::Text(if *b { "TRUE" } else { "FALSE" }.to_owned()),
            Data::DateTime(dt) => {
                let (y, m, d, ..) = dt.to_ymd_hms_milli();
                match Date::new(y as i16, m as i8, d as i8) {
                    Ok(date) if dt.is_datetime() => Cell::Date(date),
                    _ => Cell::Number(dt.as_f64()),
                }
            }
            Data::DateTimeIso(s) => match s.get(..10).and_then(|d| d.parse::<Date>().ok()) {
                Some(d) => Cell::Date(d),
                None => Cell::Text(s.clone()),
            },
            Data::DurationIso(s) => Cell::Text(s.clone()),
            Data::Error(e) => Cell::Error(format!("{e}")),
        }
    }

    /// The cell as text (numbers without a needless `.0`), `None` when empty.
    pub fn text(&self) -> Option<String> {
        match self {
            Cell::Empty => None,
            Cell::Text(s) => {
                let t = trim(s);
                (!t.is_empty()).then_some(t)
            }
            Cell::Number(n) => Some(number(*n)),
            Cell::Date(d) => Some(d.to_string()),
            Cell::Error(e) => Some(e.clone()),
        }
    }
}

fn number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

/// Free text with stray spaces at its ends (and on each line's end) removed.
pub fn trim(s: &str) -> String {
    let lines: Vec<&str> = s.split('\n').map(str::trim_end).collect();
    lines
        .join("\n")
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
        .to_owned()
}

/// Reads a date from a cell: an Excel date, a serial number, or text such as `2026-04-01`,
/// `2026/4/1`, `2026.4.1`, `2026年4月1日`, `令和8年4月1日`, `R8.4.1`, in full or half width.
pub fn date(cell: &Cell) -> Option<Date> {
    match cell {
        Cell::Date(d) => Some(*d),
        Cell::Number(n) => serial(*n),
        Cell::Text(s) => date_text(s),
        Cell::Empty | Cell::Error(_) => None,
    }
}

/// An Excel serial day number (1900 date system) as a date; plausible years only.
fn serial(n: f64) -> Option<Date> {
    if !(1.0..=2_958_465.0).contains(&n) {
        return None;
    }
    // Day 60 is Excel's 1900-02-29, which never existed; from day 61 on, day 0 is 1899-12-30.
    let days = n.floor() as i64;
    if days < 61 {
        return None;
    }
    let base = Date::new(1899, 12, 30).ok()?;
    let d = base.checked_add(jiff::Span::new().days(days)).ok()?;
    (1990..=2200).contains(&d.year()).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i16, m: i8, day: i8) -> Option<Date> {
        Some(Date::new(y, m, day).unwrap())
    }

    #[test]
    fn reads_dates_from_excel_serials_and_from_text() {
        // The text styles are the written module's (tested there); a cell adds serials.
        assert_eq!(date(&Cell::Text(" 2026/04/01 ".into())), d(2026, 4, 1));
        assert_eq!(date(&Cell::Number(46113.0)), d(2026, 4, 1));
        assert_eq!(
            date(&Cell::Date(Date::new(2026, 4, 1).unwrap())),
            d(2026, 4, 1)
        );
        assert_eq!(date(&Cell::Text("4/1".into())), None);
        assert_eq!(date(&Cell::Number(12.0)), None);
    }

    #[test]
    fn trims_stray_spaces_but_keeps_lines() {
        assert_eq!(trim("  a  \n b \n"), "a\n b");
        assert_eq!(Cell::Number(12.0).text().as_deref(), Some("12"));
    }
}
