//! What people and spreadsheet programs write into a cell, read back as the value a YAML
//! file holds: dates as serial numbers or as text in several styles, labels in either
//! language, full-width digits, stray spaces.

use calamine::Data;
use jiff::civil::Date;

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

/// Full-width ASCII (`２０２６／４／１`, `Ｑ１`) and the ideographic space as ASCII; for
/// labels, ids and dates only, never for free text.
pub fn half_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{3000}' => ' ',
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '−' | '‐' => '-',
            c => c,
        })
        .collect()
}

/// A label, enum id or id as compared: half-width, spaces squeezed, lower case.
pub fn key(s: &str) -> String {
    half_width(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
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

fn date_text(s: &str) -> Option<Date> {
    let s: String = half_width(s).split_whitespace().collect();
    let (era, rest) = era(&s);
    let parts: Vec<&str> = rest
        .split(['-', '/', '.', '年', '月', '日'])
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() != 3 || !rest.starts_with(|c: char| c.is_ascii_digit() || c == '元') {
        return None;
    }
    if !parts.iter().enumerate().all(|(i, p)| {
        p.chars().all(|c| c.is_ascii_digit()) || (i == 0 && *p == "元" && era.is_some())
    }) {
        return None;
    }
    let year: i64 = if parts[0] == "元" {
        1
    } else {
        parts[0].parse().ok()?
    };
    let year = match era {
        Some(first) if (1..=99).contains(&year) => first + year - 1,
        Some(_) => return None,
        None if parts[0].len() == 4 => year,
        None => return None,
    };
    let month: i8 = parts[1].parse().ok()?;
    let day: i8 = parts[2].parse().ok()?;
    Date::new(i16::try_from(year).ok()?, month, day).ok()
}

/// A Japanese era prefix (`令和`, `R`, `平成`, `H`) and the first year of that era.
fn era(s: &str) -> (Option<i64>, &str) {
    for (prefix, first) in [
        ("令和", 2019),
        ("R", 2019),
        ("r", 2019),
        ("平成", 1989),
        ("H", 1989),
        ("h", 1989),
    ] {
        if let Some(rest) = s.strip_prefix(prefix) {
            return (Some(first), rest);
        }
    }
    (None, s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i16, m: i8, day: i8) -> Option<Date> {
        Some(Date::new(y, m, day).unwrap())
    }

    #[test]
    fn reads_dates_as_people_write_them() {
        for s in [
            "2026-04-01",
            "2026/4/1",
            "2026.4.1",
            "2026年4月1日",
            "令和8年4月1日",
            "R8.4.1",
            "２０２６／４／１",
            "２０２６－０４－０１",
            "令和８年４月１日",
            " 2026/04/01 ",
        ] {
            assert_eq!(date(&Cell::Text(s.into())), d(2026, 4, 1), "{s}");
        }
        assert_eq!(date(&Cell::Text("令和元年5月1日".into())), d(2019, 5, 1));
        assert_eq!(date(&Cell::Number(46113.0)), d(2026, 4, 1));
        for bad in [
            "2026/2/30",
            "4/1",
            "明日",
            "2026-04",
            "26/4/1",
            "令和100年1月1日",
        ] {
            assert_eq!(date(&Cell::Text(bad.into())), None, "{bad}");
        }
        assert_eq!(date(&Cell::Number(12.0)), None);
    }

    #[test]
    fn labels_compare_without_width_case_or_spaces() {
        assert_eq!(key(" Implemented "), "implemented");
        assert_eq!(key("ｎｏｔ＿ａｐｐｌｉｃａｂｌｅ"), "not_applicable");
        assert_eq!(key("Don't　know"), "don't know");
    }

    #[test]
    fn trims_stray_spaces_but_keeps_lines() {
        assert_eq!(trim("  a  \n b \n"), "a\n b");
        assert_eq!(Cell::Number(12.0).text().as_deref(), Some("12"));
    }
}
