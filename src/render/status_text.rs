//! `hoshi status` for a terminal: a compact dashboard, then the findings.

use std::fmt::Write;

use unicode_width::UnicodeWidthStr;

use crate::evaluate::next_steps::{Step, answer_label};
use crate::evaluate::status::{Status, level_label};
use crate::lang::{Lang, Text};
use crate::model::catalogue;
use crate::model::files::FileKind;
use crate::render::{Style, text};

/// Next steps shown in text; the rest are counted (JSON has them all).
pub const MAX_STEPS: usize = 5;
/// Cells in a part's bar.
const BAR: i32 = 20;

const GREEN: &str = "\x1b[32m";
const RED: &str = "\x1b[31m";
const YELLOW: &str = "\x1b[33m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

struct Painter {
    color: bool,
}

impl Painter {
    fn paint(&self, color: &str, s: &str) -> String {
        if self.color {
            format!("{color}{s}{RESET}")
        } else {
            s.to_owned()
        }
    }

    fn mark(&self, ok: bool) -> String {
        if ok {
            self.paint(GREEN, "✓")
        } else {
            self.paint(RED, "✗")
        }
    }
}

/// Pads `s` with spaces to `width` terminal columns.
fn pad(s: &str, width: usize) -> String {
    let w = s.width();
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// A bar of `BAR` (20) cells, filled in proportion (negative scores show empty).
pub fn bar(score: i32, max: i32) -> String {
    let filled = if max <= 0 {
        0
    } else {
        ((score.clamp(0, max) * BAR * 2 + max) / (max * 2)).clamp(0, BAR)
    };
    let filled = usize::try_from(filled).unwrap_or(0);
    let empty = usize::try_from(BAR).unwrap_or(0) - filled;
    format!("{}{}", "█".repeat(filled), "░".repeat(empty))
}

/// The dashboard and the findings; with `quiet`, the findings only.
pub fn status<'a>(
    s: &Status,
    source: impl Fn(&str) -> Option<&'a str>,
    style: &Style,
    quiet: bool,
) -> String {
    let findings = text::findings(&s.findings, source, style);
    if quiet {
        return findings;
    }
    let mut out = dashboard(s, style);
    out.push_str(&findings);
    out.push_str(&text::summary(&s.findings, FileKind::ALL.len(), style.lang));
    let label = match style.lang {
        crate::lang::Lang::Ja => "内容ダイジェスト",
        crate::lang::Lang::En => "content digest",
    };
    out.push_str(&format!("{label}: {}\n", s.digest));
    out
}

fn t(text: &Text, lang: Lang) -> &str {
    text.get(lang)
}

fn dashboard(s: &Status, style: &Style) -> String {
    let lang = style.lang;
    let p = Painter { color: style.color };
    let ja = lang == Lang::Ja;
    let mut out = String::new();
    let name = s.name(lang).unwrap_or(if ja {
        "（組織名不明）"
    } else {
        "(unnamed organisation)"
    });
    let _ = writeln!(
        out,
        "{}",
        p.paint(BOLD, &format!("{name} — SECURITY ACTION"))
    );
    declaration(s, &p, lang, &mut out);
    out.push('\n');
    diagnosis(s, &p, lang, &mut out);
    out.push('\n');
    requirements(s, &p, lang, &mut out);
    out.push('\n');
    steps(s, &p, lang, &mut out);
    out.push('\n');
    out
}

fn declaration(s: &Status, p: &Painter, lang: Lang, out: &mut String) {
    let ja = lang == Lang::Ja;
    let e = &s.eligibility;
    let (declared_word, eligible_word) = if ja {
        ("宣言", "判定")
    } else {
        ("declared", "eligible")
    };
    let width = declared_word.width().max(eligible_word.width());
    let declared = match &s.declaration {
        Some(d) => {
            let label = level_label(e, d.level);
            let mut line = p.paint(YELLOW, t(&label, lang));
            let id = d.id.as_deref();
            let on = d.declared_on.as_deref();
            match (id, on, ja) {
                (Some(id), Some(on), true) => {
                    let _ = write!(line, "（自己宣言ID {id}、{on}）");
                }
                (Some(id), Some(on), false) => {
                    let _ = write!(line, ", self-declaration ID {id}, declared {on}");
                }
                (Some(id), None, true) => {
                    let _ = write!(line, "（自己宣言ID {id}）");
                }
                (Some(id), None, false) => {
                    let _ = write!(line, ", self-declaration ID {id}");
                }
                (None, Some(on), true) => {
                    let _ = write!(line, "（{on}）");
                }
                (None, Some(on), false) => {
                    let _ = write!(line, ", declared {on}");
                }
                (None, None, _) => {}
            }
            line
        }
        None if ja => "なし（IPA への自己宣言はまだ記録されていません）".to_owned(),
        None => "none (no self-declaration to IPA is recorded)".to_owned(),
    };
    let eligible = if e.level == 0 {
        if ja {
            "なし（どのレベルの要件もまだ満たしていません）".to_owned()
        } else {
            "none (no level's requirements are met yet)".to_owned()
        }
    } else {
        p.paint(YELLOW, t(&level_label(e, e.level), lang))
    };
    let _ = writeln!(out, "  {}  {declared}", pad(declared_word, width));
    let _ = writeln!(out, "  {}  {eligible}", pad(eligible_word, width));
    if let Some(d) = &s.declaration {
        let verdict = match (d.holds, ja) {
            (true, true) => "宣言は要件を満たしています",
            (true, false) => "the declaration holds",
            (false, true) => "宣言が要件を満たしていません",
            (false, false) => "the declaration does not hold",
        };
        let _ = writeln!(out, "  {} {verdict}", p.mark(d.holds));
    }
}

fn diagnosis(s: &Status, p: &Painter, lang: Lang, out: &mut String) {
    let ja = lang == Lang::Ja;
    let c = catalogue::get();
    let head = if ja { "自社診断" } else { "Self-diagnosis" };
    let Some(score) = &s.score else {
        let why = if ja {
            "diagnosis.yaml にエラーがあるか、ファイルがないため、点数を計算できません"
        } else {
            "no score: diagnosis.yaml is missing or has errors"
        };
        let _ = writeln!(out, "{}  {why}", p.paint(BOLD, head));
        return;
    };
    let total = format!("{} / {}", score.total, score.max);
    let points = if ja { format!("{total} 点") } else { total };
    let band = score.band.map_or(String::new(), |b| {
        format!("  {} {}", b.id, t(&b.label, lang))
    });
    let _ = writeln!(
        out,
        "{}  {}{band}",
        p.paint(BOLD, head),
        p.paint(BOLD, &points)
    );
    let n = score.questions.len();
    let assessed = s.assessed_on.as_deref().unwrap_or("");
    let _ = if ja {
        writeln!(
            out,
            "  回答 {} / {n} 問、わからない {} 問（{assessed} 実施）",
            score.answered, score.unknown
        )
    } else {
        writeln!(
            out,
            "  answered {} / {n}, unknown {}, assessed {assessed}",
            score.answered, score.unknown
        )
    };
    let titles: Vec<String> = score
        .parts
        .iter()
        .map(|part| {
            let title = c
                .parts
                .iter()
                .find(|x| x.part == part.part)
                .map_or("", |x| t(&x.title, lang));
            if ja {
                format!("パート{} {title}", part.part)
            } else {
                format!("Part {} {title}", part.part)
            }
        })
        .collect();
    let width = titles.iter().map(|x| x.width()).max().unwrap_or(0);
    for (part, title) in score.parts.iter().zip(&titles) {
        let _ = writeln!(
            out,
            "  {}  {}  {:>3} / {}",
            pad(title, width),
            bar(part.score, part.max),
            part.score,
            part.max
        );
    }
}

fn requirements(s: &Status, p: &Painter, lang: Lang, out: &mut String) {
    let ja = lang == Lang::Ja;
    for level in &s.eligibility.levels {
        let verdict = match (level.eligible, ja) {
            (true, true) => "要件を満たしています",
            (true, false) => "requirements met",
            (false, true) => "要件を満たしていません",
            (false, false) => "requirements not met",
        };
        let _ = writeln!(
            out,
            "{} {} {verdict}",
            p.paint(BOLD, &p.paint(YELLOW, t(&level.label(), lang))),
            p.mark(level.eligible)
        );
        for r in &level.requirements {
            let _ = writeln!(
                out,
                "  {} {}  {}",
                p.mark(r.met),
                t(&r.text, lang),
                p.paint(DIM, &r.id)
            );
            let arrow = if r.met { " " } else { "→" };
            let _ = writeln!(out, "    {arrow} {}", t(&r.reason, lang));
        }
    }
}

fn steps(s: &Status, p: &Painter, lang: Lang, out: &mut String) {
    let ja = lang == Lang::Ja;
    let c = catalogue::get();
    let head = if ja {
        "次にすること"
    } else {
        "Next steps"
    };
    if s.next_steps.is_empty() {
        let none = if ja {
            "ありません。この状態を保ち、定期的に見直してください"
        } else {
            "none; keep it up and review regularly"
        };
        let _ = writeln!(out, "{}: {none}", p.paint(BOLD, head));
        return;
    }
    let _ = writeln!(out, "{}", p.paint(BOLD, head));
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
                    "  {n}. {}: {} — {}",
                    t(label, lang),
                    t(text, lang),
                    t(reason, lang)
                );
                let _ = writeln!(out, "     {}", t(todo, lang));
            }
            Step::Question {
                id,
                topic,
                answer,
                gain,
                measure,
            } => {
                let label = answer_label(c, *answer);
                let _ = if ja {
                    writeln!(
                        out,
                        "  {n}. {id} {}（{}、+{gain} 点）",
                        t(topic, lang),
                        t(&label, lang)
                    )
                } else {
                    writeln!(
                        out,
                        "  {n}. {id} {} ({}, +{gain} points)",
                        t(topic, lang),
                        t(&label, lang)
                    )
                };
                let _ = writeln!(out, "     {}", t(measure, lang));
            }
        }
    }
    let rest = s.next_steps.len().saturating_sub(MAX_STEPS);
    if rest > 0 {
        let _ = if ja {
            writeln!(
                out,
                "  ほか {rest} 件（すべては --format json で確認できます）"
            )
        } else {
            writeln!(out, "  and {rest} more (--format json lists them all)")
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_round_and_clamp() {
        assert_eq!(bar(20, 20), "█".repeat(20));
        assert_eq!(bar(0, 52), "░".repeat(20));
        // 48/52 = 18.46 cells, 20/28 = 14.29 cells.
        assert_eq!(bar(48, 52), format!("{}{}", "█".repeat(18), "░".repeat(2)));
        assert_eq!(bar(20, 28), format!("{}{}", "█".repeat(14), "░".repeat(6)));
        assert_eq!(bar(-5, 20), "░".repeat(20));
        assert_eq!(bar(3, 0), "░".repeat(20));
    }

    #[test]
    fn padding_counts_terminal_columns() {
        assert_eq!(pad("宣言", 8), "宣言    ");
        assert_eq!(pad("declared", 8), "declared");
    }
}
