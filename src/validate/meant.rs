//! What a person meant where a value does not fit: the half-width value behind full-width
//! characters, the ISO date behind `2026/4/1` or `令和8年4月1日`, the enum value behind
//! its label (`実施している` → `implemented`). Only for showing the value to write; the
//! file is never read as if it said it.

use jiff::civil::Date;

use crate::lang::Text;
use crate::load::vocabulary::vocabulary;
use crate::load::written;
use crate::model::catalogue;

/// The half-width form of a value written with full-width characters, when it differs.
pub fn half_width(written: &str) -> Option<String> {
    let half = written::half_width(written);
    (half != written).then_some(half)
}

/// A number written in full-width digits (`３２`), as the number to write.
pub fn number(written: &str) -> Option<String> {
    let half = half_width(written.trim())?;
    let ok = half.parse::<i64>().is_ok() || half.parse::<f64>().is_ok_and(f64::is_finite);
    ok.then_some(half)
}

/// A date written in another style, and the era year it names (for saying 令和8年 is
/// 2026).
pub fn date(written: &str) -> Option<(Date, Option<(&'static str, i64)>)> {
    Some((written::date(written)?, written::era_year(written)))
}

/// The labels the vocabulary and the catalogue give an enum value, in both languages.
fn labels(option: &str) -> Vec<Text> {
    let mut out: Vec<Text> = catalogue::get()
        .answers
        .iter()
        .filter(|a| a.id == option)
        .map(|a| a.label.clone())
        .collect();
    for prefix in ["status_", "visibility_"] {
        if let Some(t) = vocabulary().get(&format!("{prefix}{option}")) {
            out.push(t.clone());
        }
    }
    out
}

/// The enum value a written label stands for: its label in either language, the value in
/// full width or other case, or the unambiguous start of a label (`一部実施`). With the
/// value's label.
pub fn option<'a>(written: &str, options: &[&'a str]) -> Option<(&'a str, Option<Text>)> {
    let want = written::key(written);
    if want.is_empty() {
        return None;
    }
    let labelled: Vec<(&str, Text)> = options
        .iter()
        .flat_map(|&o| labels(o).into_iter().map(move |t| (o, t)))
        .collect();
    let exact = labelled
        .iter()
        .find(|(_, t)| written::key(&t.ja) == want || written::key(&t.en) == want)
        .map(|(o, t)| (*o, Some(t.clone())));
    if exact.is_some() {
        return exact;
    }
    if let Some(&o) = options.iter().find(|o| ***o == want && **o != written) {
        return Some((o, labels(o).into_iter().next()));
    }
    // The start of one label only, and more than one character of it.
    if want.chars().count() < 2 {
        return None;
    }
    let mut starts = labelled
        .iter()
        .filter(|(_, t)| written::key(&t.ja).starts_with(&want));
    match (starts.next(), starts.next()) {
        (Some((o, t)), None) => Some((*o, Some(t.clone()))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANSWERS: [&str; 5] = [
        "implemented",
        "partial",
        "not_implemented",
        "unknown",
        "not_applicable",
    ];

    #[test]
    fn labels_in_either_language_and_their_unambiguous_starts() {
        let id = |w: &str| option(w, &ANSWERS).map(|(o, _)| o);
        assert_eq!(id("実施している"), Some("implemented"));
        assert_eq!(id("一部実施"), Some("partial"));
        assert_eq!(id("わからない"), Some("unknown"));
        assert_eq!(id("該当しない"), Some("not_applicable"));
        assert_eq!(id("Don't know"), Some("unknown"));
        assert_eq!(id("ｐａｒｔｉａｌ"), Some("partial"));
        assert_eq!(id("Partial"), Some("partial"));
        // Two labels start with 実施: no guess.
        assert_eq!(id("実施"), None);
        assert_eq!(id("完了"), None);
        let status = ["practiced", "in_progress", "not_started"];
        assert_eq!(
            option("実践している", &status).map(|(o, _)| o),
            Some("practiced")
        );
    }

    #[test]
    fn numbers_and_dates_as_they_should_be_written() {
        assert_eq!(number("３２").as_deref(), Some("32"));
        assert_eq!(number("32"), None);
        assert_eq!(number("三十二"), None);
        let (d, era) = date("令和8年4月1日").unwrap();
        assert_eq!(
            (d.to_string(), era),
            ("2026-04-01".to_owned(), Some(("令和", 8)))
        );
        assert_eq!(
            date("２０２６－１１－０１").unwrap().0.to_string(),
            "2026-11-01"
        );
    }
}
