//! How a check names what it found: principle statuses, answers, lists of ids and
//! titles, in both languages.

use crate::evaluate::scoring::answer_id;
use crate::lang::Text;
use crate::model::catalogue::Catalogue;
use crate::model::{AnswerValue, PrincipleStatus};

/// The id of a principle status, as written in principles.yaml.
pub fn status_id(s: PrincipleStatus) -> &'static str {
    match s {
        PrincipleStatus::Practiced => "practiced",
        PrincipleStatus::InProgress => "in_progress",
        PrincipleStatus::NotStarted => "not_started",
    }
}

/// The Japanese label of a principle status.
pub fn status_label_ja(s: PrincipleStatus) -> &'static str {
    status_label(s).ja_str()
}

/// A principle status in plain words: 実践している / practised.
pub fn status_label(s: PrincipleStatus) -> PlainLabel {
    match s {
        PrincipleStatus::Practiced => PlainLabel("実践している", "practised"),
        PrincipleStatus::InProgress => PlainLabel("取り組み中", "in progress"),
        PrincipleStatus::NotStarted => PlainLabel("未着手", "not started"),
    }
}

/// A fixed label in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlainLabel(pub &'static str, pub &'static str);

impl PlainLabel {
    pub fn ja_str(self) -> &'static str {
        self.0
    }

    pub fn en_str(self) -> &'static str {
        self.1
    }

    pub fn text(self) -> Text {
        Text::new(self.0, self.1)
    }
}

/// `A`, `B` (ja: 「A」「B」; en: "A" and "B").
pub fn quoted_titles(titles: &[&Text]) -> Text {
    let ja: String = titles.iter().map(|t| format!("「{}」", t.ja)).collect();
    let en: Vec<String> = titles.iter().map(|t| format!("\"{}\"", t.en)).collect();
    let en = match en.len() {
        0 | 1 => en.join(""),
        n => format!("{} and {}", en[..n - 1].join(", "), en[n - 1]),
    };
    Text::new(ja, en)
}

/// Splits an id such as `Q12` into its letters and number.
fn split_id(id: &str) -> Option<(&str, u32)> {
    let at = id.find(|c: char| c.is_ascii_digit())?;
    Some((&id[..at], id[at..].parse().ok()?))
}

/// Ids such as `Q3`, `P4`, in order, runs of three or more compressed:
/// `Q3, Q12–Q14` (en) / `Q3、Q12〜Q14` (ja). Ids without a number are listed as they are.
pub fn id_list(ids: &[&str]) -> Text {
    let mut runs: Vec<(&str, u32, u32)> = Vec::new();
    let mut plain: Vec<&str> = Vec::new();
    for id in ids {
        let Some((prefix, n)) = split_id(id) else {
            plain.push(id);
            continue;
        };
        match runs.last_mut() {
            Some((p, _, end)) if *p == prefix && end.checked_add(1) == Some(n) => *end = n,
            _ => runs.push((prefix, n, n)),
        }
    }
    let render = |dash: &str, sep: &str| {
        let mut parts = Vec::new();
        for &(p, a, b) in &runs {
            match b - a {
                0 => parts.push(format!("{p}{a}")),
                1 => {
                    parts.push(format!("{p}{a}"));
                    parts.push(format!("{p}{b}"));
                }
                _ => parts.push(format!("{p}{a}{dash}{p}{b}")),
            }
        }
        parts.extend(plain.iter().map(|s| (*s).to_owned()));
        parts.join(sep)
    };
    Text::new(render("〜", "、"), render("–", ", "))
}

/// The catalogue's label of an answer (`わからない`), or its id.
pub fn answer_label(catalogue: &Catalogue, answer: AnswerValue) -> Text {
    let id = answer_id(answer);
    catalogue
        .answers
        .iter()
        .find(|a| a.id == id)
        .map_or_else(|| Text::new(id, id), |a| a.label.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_lists_compress_runs_of_three() {
        let l = id_list(&["Q3", "Q12", "Q13", "Q14", "Q20", "Q21"]);
        assert_eq!(l.en, "Q3, Q12–Q14, Q20, Q21");
        assert_eq!(l.ja, "Q3、Q12〜Q14、Q20、Q21");
        assert_eq!(id_list(&["P1", "P2", "P3", "P4", "P5"]).en, "P1–P5");
        assert_eq!(id_list(&[]).en, "");
    }
}
