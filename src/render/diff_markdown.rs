//! `hoshi diff --format markdown`: for a pull-request comment or a job summary. Long
//! policy diffs are folded in `<details>`.

use std::fmt::Write;

use crate::evaluate::next_steps::answer_label;
use crate::finding::Severity;
use crate::history::compare::ReviewDiff;
use crate::lang::Lang;
use crate::model::catalogue;
use crate::render::Style;
use crate::render::diff_text::{
    action_line, describe, level_name, principle_label, regression, short,
};
use crate::render::status_markdown::escape;
use crate::render::{or_dash, signed};

/// Policy diffs longer than this many lines are folded.
pub const FOLD_LINES: usize = 12;

/// Text inside a code span: no backticks, one line (escapes do not work there).
fn code(s: &str) -> String {
    s.replace('`', "'").replace(['\n', '\r'], " ")
}

/// A fenced `diff` block, folded when long. The fence is longer than any backtick run in
/// the text, so policy text cannot close it.
fn diff_block(summary: &str, diff: &str, out: &mut String) {
    let longest = diff.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    let block = format!("{fence}diff\n{diff}{fence}\n");
    if diff.lines().count() > FOLD_LINES {
        let _ = writeln!(
            out,
            "<details><summary>{summary}</summary>\n\n{block}\n</details>\n"
        );
    } else {
        let _ = writeln!(out, "{summary}\n\n{block}");
    }
}

/// The comparison as a Markdown document; `name` is the organisation's.
pub fn diff(d: &ReviewDiff, name: Option<&str>, style: &Style) -> String {
    let lang = style.lang;
    let ja = lang == Lang::Ja;
    let c = &d.changes;
    let cat = catalogue::get();
    let mut out = String::new();
    let name = name.map_or_else(String::new, escape);
    let title = if ja {
        "前回の見直しからの変化"
    } else {
        "Changes since the last review"
    };
    let _ = writeln!(out, "## {title}: {name}\n");
    let head = escape(&describe(&d.head, lang));

    let Some(base) = d.base.as_ref().filter(|b| b.present) else {
        let line = match (&d.base, ja) {
            (Some(b), true) => format!(
                "{} にはクライアントのファイルがありません。すべてを新規として比べます → {head}",
                escape(&describe(b, lang))
            ),
            (Some(b), false) => format!(
                "{} has no client files; everything counts as new → {head}",
                escape(&describe(b, lang))
            ),
            (None, true) => {
                format!("まだ見直しの記録（レビュータグ）がありません。すべてが新規です → {head}")
            }
            (None, false) => {
                format!("No review is recorded yet (no review tag); everything is new → {head}")
            }
        };
        let _ = writeln!(out, "{line}\n");
        let level = level_name(Some(c.eligibility.to), lang);
        let score = or_dash(c.score.to);
        let (k_level, k_score) = if ja {
            ("判定", "自社診断")
        } else {
            ("Eligible", "Self-diagnosis")
        };
        let _ = writeln!(
            out,
            "| | |\n|---|---|\n| {k_level} | {level} |\n| {k_score} | {score} / {} |\n",
            c.score.max
        );
        let hint = if ja {
            "最初の見直しを `hoshi review --reviewer 名前` で記録すると、以後はその時点との差を示します。"
        } else {
            "Record the first review with `hoshi review --reviewer NAME`; later diffs compare against it."
        };
        let _ = writeln!(out, "{hint}");
        return out;
    };

    let base_name = escape(&describe(base, lang));
    let line = if ja {
        format!("比較: **{base_name}** → {head}")
    } else {
        format!("Compared: **{base_name}** → {head}")
    };
    let _ = writeln!(out, "{line}\n");
    let commit = base.commit.as_deref().map_or("", short);
    let column = escape(base.reference.as_deref().unwrap_or(commit));
    let now = if ja { "現在" } else { "now" };
    let (k_level, k_score, k_declared) = if ja {
        ("判定", "自社診断の点数", "宣言")
    } else {
        ("Eligible", "Self-diagnosis score", "Declared")
    };
    let _ = writeln!(out, "| | {column} | {now} |\n|---|---|---|");
    let _ = writeln!(
        out,
        "| {k_level} | {} | {} |",
        level_name(base.level, lang),
        level_name(d.head.level, lang)
    );
    let delta = c
        .score
        .delta()
        .filter(|x| *x != 0)
        .map_or(String::new(), |x| format!(" ({})", signed(x)));
    let _ = writeln!(
        out,
        "| {k_score} | {} | {}{delta} |",
        or_dash(base.score),
        or_dash(d.head.score)
    );
    let declared = |n: Option<u8>| match n {
        Some(n) => level_name(Some(n), lang),
        None => (if ja { "なし" } else { "none" }).to_owned(),
    };
    let _ = writeln!(
        out,
        "| {k_declared} | {} | {} |\n",
        declared(base.declared),
        declared(d.head.declared)
    );

    if !d.regressions.is_empty() {
        let head = if ja {
            "前回の見直しから後退したこと"
        } else {
            "Regressions since the last review"
        };
        let _ = writeln!(out, "> [!WARNING]\n> **{head}**");
        for r in &d.regressions {
            let _ = writeln!(out, "> - {}", escape(&regression(r, lang)));
        }
        out.push('\n');
    }

    if d.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            if ja {
                "変化はありません。"
            } else {
                "Nothing changed."
            }
        );
        return out;
    }

    let reqs: Vec<_> = c
        .eligibility
        .levels
        .iter()
        .flat_map(|l| l.requirements.iter().map(move |r| (l, r)))
        .collect();
    if !reqs.is_empty() {
        let _ = writeln!(
            out,
            "### {}\n",
            if ja {
                "星の要件"
            } else {
                "Star requirements"
            }
        );
        for (l, r) in reqs {
            let mark = if r.to { "✅" } else { "❌" };
            let verdict = r.verdict(if ja { Lang::Ja } else { Lang::En });
            let _ = writeln!(
                out,
                "- {mark} {} {} (`{}`) — **{verdict}**: {}",
                escape(l.label.get(lang)),
                escape(r.text.get(lang)),
                r.id,
                escape(r.reason.get(lang))
            );
        }
        out.push('\n');
    }

    if c.score.parts.iter().any(|p| p.from != p.to) {
        let _ = writeln!(
            out,
            "### {}\n",
            if ja {
                "パート別の点数"
            } else {
                "Score by part"
            }
        );
        let (k_part, k_from, k_to) = if ja {
            ("パート", "前回", "現在")
        } else {
            ("Part", "Before", "Now")
        };
        let _ = writeln!(
            out,
            "| {k_part} | {k_from} | {k_to} | |\n|---|---:|---:|---:|"
        );
        for p in c.score.parts.iter().filter(|p| p.from != p.to) {
            let title = cat
                .parts
                .iter()
                .find(|x| x.part == p.part)
                .map_or("", |x| x.title.get(lang));
            let delta =
                p.to.zip(p.from)
                    .map_or(String::new(), |(t, f)| signed(t - f));
            let _ = writeln!(
                out,
                "| {} {} | {} | {} | {delta} |",
                p.part,
                escape(title),
                or_dash(p.from),
                or_dash(p.to)
            );
        }
        out.push('\n');
    }

    if !c.questions.is_empty() {
        let _ = writeln!(out, "### {}\n", if ja { "回答" } else { "Answers" });
        let (k_q, k_from, k_to, k_pts) = if ja {
            ("設問", "前回", "現在", "点")
        } else {
            ("Question", "Before", "Now", "Points")
        };
        let _ = writeln!(
            out,
            "| {k_q} | {k_from} | {k_to} | {k_pts} |\n|---|---|---|---:|"
        );
        for q in &c.questions {
            let topic = cat
                .questions
                .iter()
                .find(|x| x.id == q.question)
                .map_or("", |x| x.topic.get(lang));
            let _ = writeln!(
                out,
                "| {} {} | {} | {} | {} |",
                q.question,
                escape(topic),
                escape(answer_label(cat, q.from).get(lang)),
                escape(answer_label(cat, q.to).get(lang)),
                signed(q.points)
            );
        }
        out.push('\n');
    }

    if !c.notes.is_empty() || !c.actions.is_empty() {
        let _ = writeln!(
            out,
            "### {}\n",
            if ja {
                "メモ・理由・改善計画"
            } else {
                "Notes, reasons and actions"
            }
        );
        let none = if ja { "なし" } else { "none" };
        for n in &c.notes {
            let _ = writeln!(
                out,
                "- {} `{}`: {} → {}",
                n.question,
                n.field,
                n.from.as_deref().map_or_else(|| none.to_owned(), escape),
                n.to.as_deref().map_or_else(|| none.to_owned(), escape)
            );
        }
        for a in &c.actions {
            let _ = writeln!(
                out,
                "- {} `action`: {} → {}",
                a.question,
                escape(&action_line(a.from.as_ref(), lang)),
                escape(&action_line(a.to.as_ref(), lang))
            );
        }
        out.push('\n');
    }

    if !c.principles.is_empty() {
        let _ = writeln!(
            out,
            "### {}\n",
            if ja { "5か条" } else { "Five principles" }
        );
        for p in &c.principles {
            let _ = writeln!(
                out,
                "- {}: {} → {}",
                p.principle,
                escape(&principle_label(p.from, lang)),
                escape(&principle_label(p.to, lang))
            );
        }
        out.push('\n');
    }

    if let Some(dc) = &c.declaration {
        let _ = writeln!(out, "### {}\n", if ja { "宣言" } else { "Declaration" });
        let show = |x: Option<&crate::evaluate::status::Declared>| match x {
            None => (if ja { "なし" } else { "none" }).to_owned(),
            Some(x) => format!(
                "{} ({}, {})",
                level_name(Some(x.level), lang),
                escape(x.id.as_deref().unwrap_or("—")),
                escape(x.declared_on.as_deref().unwrap_or("—"))
            ),
        };
        let _ = writeln!(
            out,
            "{} → {}\n",
            show(dc.from.as_ref()),
            show(dc.to.as_ref())
        );
    }

    let p = &c.policy;
    if !p.is_empty() {
        let _ = writeln!(
            out,
            "### {}\n",
            if ja { "基本方針" } else { "Basic policy" }
        );
        if let Some((from, to)) = &p.title {
            let none = || "—".to_owned();
            let _ = writeln!(
                out,
                "- {}: {} → {}\n",
                if ja { "題名" } else { "Title" },
                from.as_deref().map_or_else(none, escape),
                to.as_deref().map_or_else(none, escape)
            );
        }
        if let Some(diff) = &p.preamble {
            let summary = if ja { "前文" } else { "Preamble" };
            diff_block(summary, diff, &mut out);
        }
        for s in &p.sections {
            let kind = s.kind.label(if ja { Lang::Ja } else { Lang::En });
            let summary = if ja {
                format!("節「{}」（{kind}）", escape(&s.heading))
            } else {
                format!("Section “{}” ({kind})", escape(&s.heading))
            };
            diff_block(&summary, &s.diff, &mut out);
        }
        for f in &p.fields {
            let none = || "—".to_owned();
            let _ = writeln!(
                out,
                "- `{}`: {} → {}",
                f.field,
                f.from.as_deref().map_or_else(none, escape),
                f.to.as_deref().map_or_else(none, escape)
            );
        }
        if !p.fields.is_empty() {
            out.push('\n');
        }
    }

    let ev = &c.evidence;
    if !ev.is_empty() {
        let _ = writeln!(out, "### {}\n", if ja { "証跡" } else { "Evidence" });
        let item = |id: &str, title: &str| format!("`{}` {}", code(id), escape(title));
        for x in &ev.added {
            let what = if ja { "追加" } else { "added" };
            let _ = writeln!(out, "- ➕ {} ({what})", item(&x.id, &x.title));
        }
        for x in &ev.removed {
            let what = if ja { "削除" } else { "removed" };
            let _ = writeln!(out, "- ➖ {} ({what})", item(&x.id, &x.title));
        }
        for x in &ev.rehashed {
            let what = if ja {
                "ファイル差し替え"
            } else {
                "file replaced"
            };
            let _ = writeln!(out, "- 🔁 {} ({what})", item(&x.id, &x.title));
        }
        for x in &ev.changed {
            let fields: Vec<String> = x
                .fields
                .iter()
                .map(|f| {
                    format!(
                        "`{}` {} → {}",
                        f.field,
                        escape(f.from.as_deref().unwrap_or("—")),
                        escape(f.to.as_deref().unwrap_or("—"))
                    )
                })
                .collect();
            let _ = writeln!(out, "- ✏️ {}: {}", item(&x.id, &x.title), fields.join("; "));
        }
        for x in &ev.expired {
            let what = if ja {
                format!("{} に期限切れ", x.on)
            } else {
                format!("expired on {}", x.on)
            };
            let _ = writeln!(out, "- ⏰ {} ({what})", item(&x.id, &x.title));
        }
        out.push('\n');
    }

    let f = &c.findings;
    if !f.new.is_empty() || !f.resolved.is_empty() {
        let _ = writeln!(out, "### {}\n", if ja { "指摘" } else { "Findings" });
        for x in &f.new {
            let mark = match x.severity {
                Severity::Error => "❌",
                Severity::Warning => "⚠️",
                Severity::Hint => "💡",
            };
            let at = x.pos.map_or_else(
                || style.display_path(&x.file),
                |p| format!("{}:{}", style.display_path(&x.file), p.line),
            );
            let new = if ja { "新規" } else { "new" };
            let _ = writeln!(
                out,
                "- {mark} {new} `{}` `{}`: {}",
                x.code.as_str(),
                code(&at),
                escape(x.message.get(lang))
            );
        }
        for x in &f.resolved {
            let done = if ja { "解消" } else { "resolved" };
            let _ = writeln!(
                out,
                "- ✅ {done} `{}` `{}`: {}",
                x.code.as_str(),
                code(&style.display_path(&x.file)),
                escape(x.message.get(lang))
            );
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_diffs_fold_and_fences_outlast_backticks() {
        let short = "@@ -1 +1 @@\n-a\n+b\n";
        let mut out = String::new();
        diff_block("節「前文」", short, &mut out);
        assert_eq!(out, "節「前文」\n\n```diff\n@@ -1 +1 @@\n-a\n+b\n```\n\n");
        let long: String = (0..20).map(|i| format!("+line {i}\n")).collect();
        let mut out = String::new();
        diff_block("Section", &long, &mut out);
        assert!(out.starts_with("<details><summary>Section</summary>\n\n```diff\n+line 0\n"));
        assert!(out.ends_with("```\n\n</details>\n\n"));
        let mut out = String::new();
        diff_block("s", "+```not a fence\n", &mut out);
        assert!(out.contains("\n````diff\n+```not a fence\n````\n"), "{out}");
    }
}
