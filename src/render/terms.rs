//! How reports name things: star levels, the ends of a comparison, actions, quotes and the
//! count of findings. Every report words them the same way.

use crate::finding::{Finding, Severity};
use crate::history::compare::{ActionState, End};
use crate::lang::{Text, clip};
use crate::load::vocabulary::word;
use crate::phrase;
use crate::render::section::Line;
use crate::render::untrusted::Untrusted;

/// A short commit id.
pub fn short(commit: &str) -> &str {
    commit.get(..7).unwrap_or(commit)
}

/// `★★ 二つ星` / `★★ (two stars)`; level 0 is "no star"; `None` is a dash.
pub fn level_name(level: Option<u8>) -> Text {
    let levels = crate::evaluate::eligibility::get();
    match level {
        None => Text::same("—"),
        Some(0) => word("no_star"),
        Some(n) => match levels.levels.iter().find(|l| l.level == n) {
            Some(l) => Text::new(
                format!("{} {}", l.mark, l.name.ja),
                format!("{} ({})", l.mark, l.name.en),
            ),
            None => Text::same("★".repeat(usize::from(n))),
        },
    }
}

/// A declared level, or "none".
pub fn declared_name(level: Option<u8>) -> Text {
    match level {
        Some(n) => level_name(Some(n)),
        None => word("none"),
    }
}

/// How one end is named: `review/2026-04-25 (1a2b3c4, 2026-04-25)`, or the working tree.
pub fn describe(e: &End) -> Line {
    let date = e.date;
    if e.working_tree {
        return phrase!("作業フォルダ（{date}）", "the working tree ({date})");
    }
    let commit = e.commit.as_deref().map_or("", short);
    let c = Untrusted::new(commit);
    match &e.reference {
        Some(r) if r != commit => phrase!(
            "{r}（{c}、{date}）", "{r} ({c}, {date})";
            r = Untrusted::new(r.as_str()), c = c
        ),
        _ => phrase!("{c}（{date}）", "{c} ({date})"; c = c),
    }
}

/// An action on one line: `what（owner、due）`, or "none".
pub fn action_line(a: Option<&ActionState>) -> Line {
    let Some(a) = a else {
        return word("none").into();
    };
    let rest: Vec<Line> = [a.owner.as_deref(), a.due.as_deref()]
        .into_iter()
        .flatten()
        .map(Line::user)
        .collect();
    let what = Line::user(a.what.as_str());
    if rest.is_empty() {
        return what;
    }
    let rest = Line::join(rest, &phrase!("、", ", "));
    phrase!("{what}（{rest}）", "{what} ({rest})"; what = what, rest = rest)
}

/// Client text in quotes, cut to 60 characters: `「…」`; `（なし）` where there is none.
pub fn quoted(s: Option<&str>) -> Line {
    match s {
        None => phrase!("（なし）", "(none)"),
        Some(s) => phrase!("「{q}」", "\"{q}\""; q = Untrusted::new(clip(s, 60))),
    }
}

/// The closing line of a check: counts of errors and warnings over `files` files.
pub fn summary(findings: &[Finding], files: usize) -> Line {
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let warnings = findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    if errors + warnings == 0 {
        phrase!(
            "✓ {files} ファイルに問題はありません",
            "✓ {files} files, no problems found"
        )
    } else {
        phrase!(
            "エラー {errors} 件、警告 {warnings} 件",
            "{errors} error(s), {warnings} warning(s)"
        )
    }
}

impl crate::finding::Severity {
    /// The severity in words (`Error` / `エラー`).
    pub fn label(self) -> Text {
        crate::load::vocabulary::word(&format!("severity_{}", self.as_str()))
    }
}
