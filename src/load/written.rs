//! What people write where a file wants an id, a label or a date: full-width characters
//! from a Japanese input method, dates in the styles of forms and spreadsheets, the era
//! names. Read back as the value the format wants, for the workbook import and for the
//! hints that show a person the value to write.

use jiff::civil::Date;

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

/// A date as people write it: `2026-04-01`, `2026/4/1`, `2026.4.1`, `2026年4月1日`,
/// `令和8年4月1日`, `R8.4.1`, in full or half width; `None` for anything else or a day
/// that does not exist.
pub fn date(s: &str) -> Option<Date> {
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

/// The Japanese era a date was written in, when it was: `("令和", 8)` for `令和8年4月1日`.
pub fn era_year(s: &str) -> Option<(&'static str, i64)> {
    let s: String = half_width(s).split_whitespace().collect();
    let (first, rest) = era(&s);
    let first = first?;
    let name = if first == 2019 { "令和" } else { "平成" };
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let n = if rest.starts_with('元') {
        1
    } else {
        digits.parse().ok()?
    };
    Some((name, n))
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
            "2026-4-1",
            "2026.4.1",
            "2026年4月1日",
            "令和8年4月1日",
            "R8.4.1",
            "２０２６／４／１",
            "２０２６－０４－０１",
            "令和８年４月１日",
            " 2026/04/01 ",
        ] {
            assert_eq!(date(s), d(2026, 4, 1), "{s}");
        }
        assert_eq!(date("令和元年5月1日"), d(2019, 5, 1));
        for bad in [
            "2026/2/30",
            "4/1",
            "明日",
            "2026-04",
            "26/4/1",
            "令和100年1月1日",
        ] {
            assert_eq!(date(bad), None, "{bad}");
        }
        assert_eq!(era_year("令和8年4月1日"), Some(("令和", 8)));
        assert_eq!(era_year("平成元年5月1日"), Some(("平成", 1)));
        assert_eq!(era_year("2026/4/1"), None);
    }

    #[test]
    fn labels_compare_without_width_case_or_spaces() {
        assert_eq!(key(" Implemented "), "implemented");
        assert_eq!(key("ｎｏｔ＿ａｐｐｌｉｃａｂｌｅ"), "not_applicable");
        assert_eq!(key("Don't　know"), "don't know");
    }
}
