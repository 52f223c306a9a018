//! `hoshi status --format markdown`: for a pull-request comment or a job summary.

use std::fmt::Write;

use crate::evaluate::next_steps::{Step, answer_label};
use crate::evaluate::status::{Status, level_label};
use crate::finding::Severity;
use crate::lang::{Lang, Text};
use crate::model::catalogue;
use crate::render::Style;
use crate::render::status_text::MAX_STEPS;

/// Escapes text from YAML for Markdown (GitHub flavoured): no markup, no HTML, one line.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            // Inline markup only: text never starts a line, so list and heading marks are inert.
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\r' => {}
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn t(text: &Text, lang: Lang) -> String {
    escape(text.get(lang))
}

fn check(ok: bool) -> &'static str {
    if ok { "✅" } else { "❌" }
}

/// The status as a Markdown document.
pub fn status(s: &Status, style: &Style) -> String {
    let lang = style.lang;
    let ja = lang == Lang::Ja;
    let e = &s.eligibility;
    let c = catalogue::get();
    let mut out = String::new();
    let name = s.name(lang).map_or_else(String::new, escape);
    let _ = writeln!(out, "## {name} — SECURITY ACTION\n");

    let (k_declared, k_eligible, k_holds, k_score) = if ja {
        ("宣言", "判定", "宣言の状態", "自社診断")
    } else {
        ("Declared", "Eligible", "Declaration", "Self-diagnosis")
    };
    let _ = writeln!(out, "| | |\n|---|---|");
    let declared = match &s.declaration {
        Some(d) => {
            let label = t(&level_label(e, d.level), lang);
            let id = d.id.as_deref().map_or_else(String::new, escape);
            let on = d.declared_on.as_deref().map_or_else(String::new, escape);
            if ja {
                format!("{label}（自己宣言ID {id}、{on}）")
            } else {
                format!("{label}, self-declaration ID {id}, declared {on}")
            }
        }
        None if ja => "なし".to_owned(),
        None => "none".to_owned(),
    };
    let _ = writeln!(out, "| {k_declared} | {declared} |");
    let eligible = if e.level == 0 {
        (if ja { "なし" } else { "none" }).to_owned()
    } else {
        t(&level_label(e, e.level), lang)
    };
    let _ = writeln!(out, "| {k_eligible} | {eligible} |");
    if let Some(d) = &s.declaration {
        let verdict = match (d.holds, ja) {
            (true, true) => "要件を満たしています",
            (true, false) => "holds",
            (false, true) => "**要件を満たしていません**",
            (false, false) => "**does not hold**",
        };
        let _ = writeln!(out, "| {k_holds} | {} {verdict} |", check(d.holds));
    }
    match &s.score {
        Some(score) => {
            let band = score.band.map_or(String::new(), |b| {
                format!(" · {} {}", escape(&b.id), t(&b.label, lang))
            });
            let unit = if ja { " 点" } else { "" };
            let _ = writeln!(
                out,
                "| {k_score} | **{}** / {}{unit}{band} |",
                score.total, score.max
            );
        }
        None => {
            let why = if ja {
                "diagnosis.yaml にエラーがあります"
            } else {
                "diagnosis.yaml is missing or has errors"
            };
            let _ = writeln!(out, "| {k_score} | {} |", escape(why));
        }
    }
    out.push('\n');

    if let Some(score) = &s.score {
        let (h, part_word, points, max) = if ja {
            ("### パート別の得点", "パート", "得点", "満点")
        } else {
            ("### Score by part", "Part", "Score", "Max")
        };
        let _ = writeln!(out, "{h}\n");
        let _ = writeln!(out, "| {part_word} | {points} | {max} |\n|---|---:|---:|");
        for part in &score.parts {
            let title = c
                .parts
                .iter()
                .find(|x| x.part == part.part)
                .map_or_else(String::new, |x| t(&x.title, lang));
            let _ = writeln!(
                out,
                "| {} {title} | {} | {} |",
                part.part, part.score, part.max
            );
        }
        let (a, n, u) = (score.answered, score.questions.len(), score.unknown);
        let _ = if ja {
            writeln!(out, "\n回答 {a} / {n} 問、わからない {u} 問\n")
        } else {
            writeln!(out, "\nanswered {a} / {n}, unknown {u}\n")
        };
    }

    let (h, level_word, req_word, reason_word) = if ja {
        ("### 要件", "レベル", "要件", "理由")
    } else {
        ("### Requirements", "Level", "Requirement", "Reason")
    };
    let _ = writeln!(out, "{h}\n");
    let _ = writeln!(
        out,
        "| | {level_word} | {req_word} | ID | {reason_word} |\n|---|---|---|---|---|"
    );
    for level in &e.levels {
        for r in &level.requirements {
            let _ = writeln!(
                out,
                "| {} | {} | {} | `{}` | {} |",
                check(r.met),
                t(&level.label(), lang),
                t(&r.text, lang),
                r.id.replace('`', ""),
                t(&r.reason, lang)
            );
        }
    }
    out.push('\n');

    let h = if ja {
        "### 次にすること"
    } else {
        "### Next steps"
    };
    let _ = writeln!(out, "{h}\n");
    if s.next_steps.is_empty() {
        let none = if ja { "ありません。" } else { "None." };
        let _ = writeln!(out, "{none}\n");
    }
    for (i, step) in s.next_steps.iter().take(MAX_STEPS).enumerate() {
        let n = i + 1;
        match step {
            Step::Requirement {
                label,
                text,
                reason,
                todo,
                ..
            } => {
                let _ = writeln!(
                    out,
                    "{n}. **{}: {}** — {}<br>{}",
                    t(label, lang),
                    t(text, lang),
                    t(reason, lang),
                    t(todo, lang)
                );
            }
            Step::Question {
                id,
                topic,
                answer,
                gain,
                measure,
            } => {
                let label = t(&answer_label(c, *answer), lang);
                let gain = if ja {
                    format!("+{gain} 点")
                } else {
                    format!("+{gain} points")
                };
                let (open, comma, close) = if ja {
                    ("（", "、", "）")
                } else {
                    (" (", ", ", ")")
                };
                let _ = writeln!(
                    out,
                    "{n}. **{} {}**{open}{label}{comma}{gain}{close}: {}",
                    escape(id),
                    t(topic, lang),
                    t(measure, lang)
                );
            }
        }
    }
    let rest = s.next_steps.len().saturating_sub(MAX_STEPS);
    if rest > 0 {
        let more = if ja {
            format!("ほか {rest} 件")
        } else {
            format!("and {rest} more")
        };
        let _ = writeln!(out, "\n{more}");
    }
    if !s.next_steps.is_empty() {
        out.push('\n');
    }

    let h = if ja { "### 指摘" } else { "### Findings" };
    let _ = writeln!(out, "{h}\n");
    if s.findings.is_empty() {
        let none = if ja {
            "指摘はありません。"
        } else {
            "No findings."
        };
        let _ = writeln!(out, "{none}");
        return out;
    }
    let (where_word, what_word) = if ja {
        ("場所", "内容")
    } else {
        ("Where", "What")
    };
    let _ = writeln!(
        out,
        "| | {} | {where_word} | {what_word} |\n|---|---|---|---|",
        if ja { "コード" } else { "Code" }
    );
    for f in &s.findings {
        let icon = match f.severity {
            Severity::Error => "❌",
            Severity::Warning => "⚠️",
            Severity::Hint => "💡",
        };
        let place = match f.pos {
            Some(p) => format!("{}:{}:{}", style.display_path(&f.file), p.line, p.column),
            None => style.display_path(&f.file),
        };
        let mut what = t(&f.message, lang);
        if let Some(h) = &f.hint {
            let _ = write!(what, "<br>{}", t(h, lang));
        }
        let _ = writeln!(
            out,
            "| {icon} | `{}` | `{}` | {what} |",
            f.code.as_str(),
            place.replace('`', "'")
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup_and_html() {
        assert_eq!(
            escape("a|b <script> *x* [l](u)\nnext"),
            "a\\|b &lt;script&gt; \\*x\\* \\[l\\](u) next"
        );
        assert_eq!(escape("株式会社みなと精工"), "株式会社みなと精工");
    }
}
