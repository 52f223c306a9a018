//! `hoshi diff` for a terminal: what changed since the last review, in domain terms.

use crate::evaluate::eligibility::status_label_ja;
use crate::evaluate::next_steps::answer_label;
use crate::finding::Finding;
use crate::history::compare::{ActionState, End, Regression, ReviewDiff};
use crate::lang::{Lang, Text};
use crate::model::PrincipleStatus;
use crate::model::catalogue;
use crate::render::diff_json::principle_id;
use crate::render::{Style, text};
use crate::render::{or_dash, signed};

const GREEN: &str = "\x1b[32m";
const RED: &str = "\x1b[31m";
const CYAN: &str = "\x1b[36m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

struct Out<'a> {
    s: String,
    style: &'a Style,
}

impl Out<'_> {
    fn ja(&self) -> bool {
        self.style.lang == Lang::Ja
    }

    fn paint(&self, color: &str, s: &str) -> String {
        if self.style.color {
            format!("{color}{s}{RESET}")
        } else {
            s.to_owned()
        }
    }

    fn line(&mut self, s: &str) {
        self.s.push_str(s);
        self.s.push('\n');
    }

    fn heading(&mut self, ja: &str, en: &str) {
        let h = if self.ja() { ja } else { en };
        let h = self.paint(BOLD, h);
        self.line(&h);
    }

    fn pick<'t>(&self, t: &'t Text) -> &'t str {
        t.get(self.style.lang)
    }
}

/// A short commit id.
pub fn short(commit: &str) -> &str {
    commit.get(..7).unwrap_or(commit)
}

/// How one end is named: `review/2026-04-25 (1a2b3c4, 2026-04-25)`, or the working tree.
pub fn describe(e: &End, lang: Lang) -> String {
    let ja = lang == Lang::Ja;
    let date = e.date;
    if e.working_tree {
        return if ja {
            format!("作業フォルダ（{date}）")
        } else {
            format!("the working tree ({date})")
        };
    }
    let commit = e.commit.as_deref().map_or("", short);
    match &e.reference {
        Some(r) if r != commit => {
            if ja {
                format!("{r}（{commit}、{date}）")
            } else {
                format!("{r} ({commit}, {date})")
            }
        }
        _ => {
            if ja {
                format!("{commit}（{date}）")
            } else {
                format!("{commit} ({date})")
            }
        }
    }
}

/// `★★ 二つ星` / `★★ (two stars)`; level 0 is "no star".
pub fn level_name(level: Option<u8>, lang: Lang) -> String {
    let levels = crate::evaluate::eligibility::get();
    match level {
        None => "—".to_owned(),
        Some(0) => (if lang == Lang::Ja {
            "星なし"
        } else {
            "no star"
        })
        .to_owned(),
        Some(n) => match levels.levels.iter().find(|l| l.level == n) {
            Some(l) if lang == Lang::Ja => format!("{} {}", l.mark, l.name.ja),
            Some(l) => format!("{} ({})", l.mark, l.name.en),
            None => "★".repeat(usize::from(n)),
        },
    }
}

/// A principle status in the reader's language.
pub fn principle_label(s: Option<PrincipleStatus>, lang: Lang) -> String {
    match (s, lang) {
        (None, Lang::Ja) => "なし".to_owned(),
        (None, Lang::En) => "none".to_owned(),
        (Some(s), Lang::Ja) => format!("{}（{}）", status_label_ja(s), principle_id(s)),
        (Some(s), Lang::En) => principle_id(s).replace('_', " "),
    }
}

/// An action on one line: `what（owner、due）`.
pub fn action_line(a: Option<&ActionState>, lang: Lang) -> String {
    let Some(a) = a else {
        return (if lang == Lang::Ja { "なし" } else { "none" }).to_owned();
    };
    let rest: Vec<&str> = [a.owner.as_deref(), a.due.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if rest.is_empty() {
        a.what.clone()
    } else if lang == Lang::Ja {
        format!("{}（{}）", a.what, rest.join("、"))
    } else {
        format!("{} ({})", a.what, rest.join(", "))
    }
}

fn quoted(s: Option<&str>, lang: Lang) -> String {
    match (s, lang) {
        (None, Lang::Ja) => "（なし）".to_owned(),
        (None, Lang::En) => "(none)".to_owned(),
        (Some(s), Lang::Ja) => format!("「{}」", crate::lang::clip(s, 60)),
        (Some(s), Lang::En) => format!("\"{}\"", crate::lang::clip(s, 60)),
    }
}

/// The comparison for a terminal; `source` gives a head file's text for the findings.
pub fn diff<'a>(d: &ReviewDiff, source: impl Fn(&str) -> Option<&'a str>, style: &Style) -> String {
    let lang = style.lang;
    let mut o = Out {
        s: String::new(),
        style,
    };
    let head = describe(&d.head, lang);
    let Some(base) = d.base.as_ref().filter(|b| b.present) else {
        no_base(d, &head, &mut o);
        return o.s;
    };
    let base_name = describe(base, lang);
    let line = if o.ja() {
        format!("{base_name}からの変化 → {head}")
    } else {
        format!("Changes since {base_name} → {head}")
    };
    let line = o.paint(BOLD, &line);
    o.line(&line);
    if d.is_empty() {
        o.line(if o.ja() {
            "  変化はありません"
        } else {
            "  nothing changed"
        });
        regressions(d, &mut o);
        return o.s;
    }
    o.line("");
    body(d, &mut o);
    findings(d, source, &mut o);
    regressions(d, &mut o);
    o.s
}

fn no_base(d: &ReviewDiff, head: &str, o: &mut Out<'_>) {
    let lang = o.style.lang;
    let c = &d.changes;
    match &d.base {
        Some(b) => {
            let name = describe(b, lang);
            let line = if o.ja() {
                format!(
                    "{name} にはクライアントのファイルがありません。すべてを新規として比べます → {head}"
                )
            } else {
                format!("{name} has no client files; everything counts as new → {head}")
            };
            o.line(&line);
        }
        None => {
            let line = if o.ja() {
                format!("まだ見直しの記録（レビュータグ）がありません。すべてが新規です → {head}")
            } else {
                format!("no review is recorded yet (no review tag); everything is new → {head}")
            };
            o.line(&line);
        }
    }
    let level = level_name(Some(c.eligibility.to), lang);
    let score = or_dash(c.score.to);
    let answered = c.questions.iter().filter(|q| q.to.is_some()).count();
    let sections = c.policy.sections.len();
    let evidence = c.evidence.added.len();
    let findings = c.findings.new.len();
    let line = if o.ja() {
        format!(
            "  判定 {level}、{score} 点。回答 {answered} 問、基本方針 {sections} 節、証跡 {evidence} 件、指摘 {findings} 件"
        )
    } else {
        format!(
            "  eligible: {level}, score {score}; {answered} answers, {sections} policy sections, {evidence} evidence items, {findings} findings"
        )
    };
    o.line(&line);
    o.line(if o.ja() {
        "  最初の見直しを `hoshi review --reviewer 名前` で記録すると、以後はその時点との差を示します"
    } else {
        "  record the first review with `hoshi review --reviewer NAME`; later diffs compare against it"
    });
}

fn body(d: &ReviewDiff, o: &mut Out<'_>) {
    let lang = o.style.lang;
    let ja = o.ja();
    let c = &d.changes;
    let cat = catalogue::get();

    let e = &c.eligibility;
    if e.from != Some(e.to) || !e.levels.is_empty() {
        o.heading("星", "Stars");
        let from = level_name(e.from, lang);
        let to = level_name(Some(e.to), lang);
        let line = if e.from == Some(e.to) {
            if ja {
                format!("  判定 {to}（変わらず）")
            } else {
                format!("  eligible: {to} (unchanged)")
            }
        } else {
            let color = if e.from.is_some_and(|f| f > e.to) {
                RED
            } else {
                GREEN
            };
            let arrow = o.paint(color, &format!("{from} → {to}"));
            if ja {
                format!("  判定 {arrow}")
            } else {
                format!("  eligible: {arrow}")
            }
        };
        o.line(&line);
        for l in &e.levels {
            for r in &l.requirements {
                let (mark, color) = if r.to { ("✓", GREEN) } else { ("✗", RED) };
                let verdict = r.verdict(if ja { Lang::Ja } else { Lang::En });
                let mark = o.paint(color, mark);
                let line = format!(
                    "  {mark} {} {}  {} — {verdict}",
                    o.pick(&l.label),
                    o.pick(&r.text),
                    r.id
                );
                o.line(&line);
                let line = format!("      {}", o.pick(&r.reason));
                o.line(&line);
            }
        }
        o.line("");
    }

    let s = &c.score;
    if s.changed() {
        o.heading("自社診断の点数", "Self-diagnosis score");
        let delta = s
            .delta()
            .map_or(String::new(), |x| format!(" ({})", signed(x)));
        let line = format!(
            "  {} → {} / {}{delta}",
            or_dash(s.from),
            or_dash(s.to),
            s.max
        );
        o.line(&line);
        for p in s.parts.iter().filter(|p| p.from != p.to) {
            let title = cat
                .parts
                .iter()
                .find(|x| x.part == p.part)
                .map_or("", |x| x.title.get(lang));
            let name = if ja {
                format!("パート{} {title}", p.part)
            } else {
                format!("Part {} {title}", p.part)
            };
            let delta =
                p.to.zip(p.from)
                    .map_or(String::new(), |(t, f)| format!(" ({})", signed(t - f)));
            let line = format!(
                "    {name}: {} → {} / {}{delta}",
                or_dash(p.from),
                or_dash(p.to),
                p.max
            );
            o.line(&line);
        }
        o.line("");
    }

    if !c.questions.is_empty() {
        o.heading("回答", "Answers");
        for q in &c.questions {
            let topic = cat
                .questions
                .iter()
                .find(|x| x.id == q.question)
                .map_or("", |x| x.topic.get(lang));
            let from = answer_label(cat, q.from);
            let to = answer_label(cat, q.to);
            let pts = if ja {
                format!("{} 点", signed(q.points))
            } else {
                format!("{} points", signed(q.points))
            };
            let color = if q.points < 0 { RED } else { GREEN };
            let pts = o.paint(color, &pts);
            let line = format!(
                "  {} {topic}: {} → {}  {pts}",
                q.question,
                o.pick(&from),
                o.pick(&to)
            );
            o.line(&line);
        }
        o.line("");
    }

    if !c.notes.is_empty() {
        o.heading("メモ・理由", "Notes and reasons");
        for n in &c.notes {
            let line = format!(
                "  {} {}: {} → {}",
                n.question,
                n.field,
                quoted(n.from.as_deref(), lang),
                quoted(n.to.as_deref(), lang)
            );
            o.line(&line);
        }
        o.line("");
    }

    if !c.actions.is_empty() {
        o.heading("改善計画", "Improvement actions");
        for a in &c.actions {
            let line = format!(
                "  {}: {} → {}",
                a.question,
                action_line(a.from.as_ref(), lang),
                action_line(a.to.as_ref(), lang)
            );
            o.line(&line);
        }
        o.line("");
    }

    if !c.principles.is_empty() {
        o.heading("5か条", "Five principles");
        for p in &c.principles {
            let line = format!(
                "  {}: {} → {}",
                p.principle,
                principle_label(p.from, lang),
                principle_label(p.to, lang)
            );
            o.line(&line);
        }
        o.line("");
    }

    if let Some(dc) = &c.declaration {
        o.heading("宣言", "Declaration");
        let show = |d: Option<&crate::evaluate::status::Declared>| match d {
            None => (if ja { "なし" } else { "none" }).to_owned(),
            Some(d) => {
                let id = d.id.as_deref().unwrap_or("—");
                let on = d.declared_on.as_deref().unwrap_or("—");
                let level = level_name(Some(d.level), lang);
                let holds = match (d.holds, ja) {
                    (true, true) => "要件を満たす",
                    (true, false) => "holds",
                    (false, true) => "要件を満たさない",
                    (false, false) => "does not hold",
                };
                if ja {
                    format!("{level}（自己宣言ID {id}、{on}、{holds}）")
                } else {
                    format!("{level} (ID {id}, {on}, {holds})")
                }
            }
        };
        let line = format!("  {} → {}", show(dc.from.as_ref()), show(dc.to.as_ref()));
        o.line(&line);
        o.line("");
    }

    let p = &c.policy;
    if !p.is_empty() {
        o.heading("基本方針", "Basic policy");
        if let Some((from, to)) = &p.title {
            let line = if ja {
                format!(
                    "  題名: {} → {}",
                    quoted(from.as_deref(), lang),
                    quoted(to.as_deref(), lang)
                )
            } else {
                format!(
                    "  title: {} → {}",
                    quoted(from.as_deref(), lang),
                    quoted(to.as_deref(), lang)
                )
            };
            o.line(&line);
        }
        if let Some(diff) = &p.preamble {
            o.line(if ja { "  前文:" } else { "  preamble:" });
            unified(diff, o);
        }
        for s in &p.sections {
            let kind = s.kind.label(if ja { Lang::Ja } else { Lang::En });
            let line = if ja {
                format!("  節「{}」: {kind}", s.heading)
            } else {
                format!("  section \"{}\": {kind}", s.heading)
            };
            o.line(&line);
            unified(&s.diff, o);
        }
        for f in &p.fields {
            let line = format!(
                "  {}: {} → {}",
                f.field,
                quoted(f.from.as_deref(), lang),
                quoted(f.to.as_deref(), lang)
            );
            o.line(&line);
        }
        o.line("");
    }

    let ev = &c.evidence;
    if !ev.is_empty() {
        o.heading("証跡", "Evidence");
        for x in &ev.added {
            let line = if ja {
                format!("  + {} {}（追加）", x.id, x.title)
            } else {
                format!("  + {} {} (added)", x.id, x.title)
            };
            o.line(&line);
        }
        for x in &ev.removed {
            let line = if ja {
                format!("  - {} {}（削除）", x.id, x.title)
            } else {
                format!("  - {} {} (removed)", x.id, x.title)
            };
            o.line(&line);
        }
        for x in &ev.rehashed {
            let short = |h: &Option<String>| {
                h.as_deref()
                    .map_or_else(|| "—".to_owned(), |h| h.chars().take(12).collect())
            };
            let line = if ja {
                format!(
                    "  ~ {} {}（ファイル差し替え、sha256 {} → {}）",
                    x.id,
                    x.title,
                    short(&x.from),
                    short(&x.to)
                )
            } else {
                format!(
                    "  ~ {} {} (file replaced, sha256 {} → {})",
                    x.id,
                    x.title,
                    short(&x.from),
                    short(&x.to)
                )
            };
            o.line(&line);
        }
        for x in &ev.changed {
            let fields: Vec<String> = x
                .fields
                .iter()
                .map(|f| {
                    format!(
                        "{} {} → {}",
                        f.field,
                        f.from.as_deref().unwrap_or("—"),
                        f.to.as_deref().unwrap_or("—")
                    )
                })
                .collect();
            let line = format!("  ~ {} {}: {}", x.id, x.title, fields.join("; "));
            o.line(&line);
        }
        for x in &ev.expired {
            let line = if ja {
                format!("  ! {} {}（{} に期限切れ）", x.id, x.title, x.on)
            } else {
                format!("  ! {} {} (expired on {})", x.id, x.title, x.on)
            };
            o.line(&line);
        }
        o.line("");
    }
}

fn unified(diff: &str, o: &mut Out<'_>) {
    for l in diff.lines() {
        let color = match l.as_bytes().first() {
            Some(b'+') => GREEN,
            Some(b'-') => RED,
            Some(b'@') => CYAN,
            _ => "",
        };
        let shown = if color.is_empty() {
            l.to_owned()
        } else {
            o.paint(color, l)
        };
        let line = format!("    {shown}");
        o.line(&line);
    }
}

fn findings<'a>(d: &ReviewDiff, source: impl Fn(&str) -> Option<&'a str>, o: &mut Out<'_>) {
    let f = &d.changes.findings;
    if !f.new.is_empty() {
        o.heading("新しい指摘", "New findings");
        let s = text::findings(&f.new, source, o.style);
        o.s.push_str(&s);
    }
    if !f.resolved.is_empty() {
        o.heading("解消した指摘", "Resolved findings");
        for x in &f.resolved {
            let line = resolved_line(x, o.style);
            o.line(&line);
        }
        o.line("");
    }
}

fn resolved_line(f: &Finding, style: &Style) -> String {
    format!(
        "  ✓ [{}] {}: {}",
        f.code.as_str(),
        style.display_path(&f.file),
        f.message.get(style.lang)
    )
}

fn regressions(d: &ReviewDiff, o: &mut Out<'_>) {
    if d.regressions.is_empty() {
        return;
    }
    let lang = o.style.lang;
    let head = o.paint(
        RED,
        if o.ja() {
            "前回の見直しから後退したこと:"
        } else {
            "Regressions since the last review:"
        },
    );
    o.line(&head);
    for r in &d.regressions {
        let line = format!("  - {}", regression(r, lang));
        o.line(&line);
    }
}

/// One regression in words.
pub fn regression(r: &Regression, lang: Lang) -> String {
    let ja = lang == Lang::Ja;
    match r {
        Regression::Level { from, to } => {
            let (f, t) = (level_name(Some(*from), lang), level_name(Some(*to), lang));
            if ja {
                format!("判定が {f} から {t} に下がりました")
            } else {
                format!("the eligible level fell from {f} to {t}")
            }
        }
        Regression::Requirement { level, id } => {
            let l = level_name(Some(*level), lang);
            if ja {
                format!("{l} の要件 {id} を満たさなくなりました")
            } else {
                format!("{l} requirement {id} is no longer met")
            }
        }
        Regression::Score { from, to } => {
            if ja {
                format!("点数が {from} から {to} に下がりました")
            } else {
                format!("the score fell from {from} to {to}")
            }
        }
    }
}
