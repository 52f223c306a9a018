//! `hoshi diff` as sections: what changed since the last review, in domain terms. Text
//! and Markdown are laid out from them.

use crate::evaluate::status::Declared;
use crate::history::compare::{Regression, ReviewDiff};
use crate::lang::Text;
use crate::load::vocabulary::word;
use crate::model::catalogue;
use crate::model::{AnswerValue, PrincipleStatus};
use crate::phrase;
use crate::render::Style;
use crate::render::layout;
use crate::render::section::{Block, Item, Line, Mark, Section, Tone};
use crate::render::terms::{action_line, describe, level_name, quoted};
use crate::render::untrusted::Untrusted;
use crate::render::{or_dash, signed};

/// For a terminal; `source` gives a head file's text for the findings.
pub fn text<'a>(d: &ReviewDiff, source: impl Fn(&str) -> Option<&'a str>, style: &Style) -> String {
    layout::text::text(&sections(d), style, source)
}

/// For a pull-request comment or a job summary.
pub fn markdown(d: &ReviewDiff, style: &Style) -> String {
    layout::markdown::markdown(&sections(d), style)
}

/// Annotations for the new findings.
pub fn github(d: &ReviewDiff, style: &Style) -> String {
    layout::github::github(&sections(d), style)
}

/// The comparison, once, for every format.
pub fn sections(d: &ReviewDiff) -> Vec<Section> {
    let head = describe(&d.head);
    let Some(base) = d.base.as_ref().filter(|b| b.present) else {
        return vec![no_base(d, head)];
    };
    let base = describe(base);
    let title = phrase!("変化: {base} → {head}", "Changes since {base} → {head}";
        base = base, head = head)
    .tone(Tone::Strong);
    let mut out = vec![Section::title(title)];
    if d.is_empty() {
        out[0].push(Block::line(phrase!("変化はありません", "nothing changed")));
    } else {
        out.extend(changes(d));
    }
    out.extend(regressions(d));
    out
}

fn no_base(d: &ReviewDiff, head: Line) -> Section {
    let c = &d.changes;
    let title = match &d.base {
        Some(b) => phrase!(
            "比較元 {name} にはクライアントのファイルがありません。すべてを新規として比べます → {head}",
            "{name} has no client files; everything counts as new → {head}";
            name = describe(b), head = head
        ),
        None => phrase!(
            "まだ見直しの記録（レビュータグ）がありません。すべてが新規です → {head}",
            "no review is recorded yet (no review tag); everything is new → {head}";
            head = head
        ),
    };
    let level = level_name(Some(c.eligibility.to));
    let score = or_dash(c.score.to);
    let answered = c.questions.iter().filter(|q| q.to.is_some()).count();
    let sections = c.policy.sections.len();
    let evidence = c.evidence.added.len();
    let findings = c.findings.new.len();
    let counts = phrase!(
        "判定 {level}、{score} 点。回答 {answered} 問、基本方針 {sections} 節、証跡 {evidence} 件、指摘 {findings} 件",
        "eligible: {level}, score {score}; {answered} answers, {sections} policy sections, {evidence} evidence items, {findings} findings";
        level = level
    );
    let hint = phrase!(
        "最初の見直しを {cmd} で記録すると、以後はその時点との差を示します",
        "record the first review with {cmd}; later diffs compare against it";
        cmd = Line::command(Text::new(
            "hoshi review --reviewer 名前",
            "hoshi review --reviewer NAME"
        ))
    );
    Section::title(title).with(Block::Lines(vec![counts, hint]))
}

fn heading(t: Text) -> Line {
    Line::words(t).tone(Tone::Strong)
}

fn principle(s: Option<PrincipleStatus>) -> Text {
    s.map_or_else(|| word("none"), PrincipleStatus::label)
}

fn changes(d: &ReviewDiff) -> Vec<Section> {
    let c = &d.changes;
    let cat = catalogue::get();
    let mut out = Vec::new();

    let e = &c.eligibility;
    if e.from != Some(e.to) || !e.levels.is_empty() {
        let to = level_name(Some(e.to));
        let line = if e.from == Some(e.to) {
            phrase!("判定 {to}（変わらず）", "eligible: {to} (unchanged)"; to = to)
        } else {
            let tone = if e.from.is_some_and(|f| f > e.to) {
                Tone::Bad
            } else {
                Tone::Good
            };
            let arrow = phrase!("{from} → {to}", "{from} → {to}";
                from = level_name(e.from), to = to)
            .tone(tone);
            phrase!("判定 {arrow}", "eligible: {arrow}"; arrow = arrow)
        };
        let items = e
            .levels
            .iter()
            .flat_map(|l| l.requirements.iter().map(move |r| (l, r)))
            .map(|(l, r)| {
                let practice = r.kind == crate::evaluate::eligibility::Kind::Practice;
                let mark = match (r.to, practice) {
                    (true, _) => Mark::Met,
                    (false, false) if r.undetermined => Mark::Unknown,
                    (false, false) => Mark::Unmet,
                    (false, true) => Mark::Advice,
                };
                let advice = if practice {
                    phrase!("［実践の助言］", "[practice] ")
                } else {
                    Line::default()
                };
                Item::new(
                    mark,
                    phrase!("{label} {advice}{text}  {id} — {verdict}", "{label} {advice}{text}  {id} — {verdict}";
                        label = l.label.clone(), advice = advice, text = r.text.clone(), id = Line::id(r.id.as_str()),
                        verdict = r.verdict()),
                )
                .detail(r.reason.clone())
            })
            .collect();
        out.push(
            Section::headed(heading(word("stars")))
                .with(Block::line(line))
                .with(Block::list(items)),
        );
    }

    let s = &c.score;
    if s.changed() {
        let delta = s
            .delta()
            .map_or(String::new(), |x| format!(" ({})", signed(x)));
        let (from, to, max) = (or_dash(s.from), or_dash(s.to), s.max);
        let mut total = Item::new(
            Mark::None,
            phrase!(
                "{from} → {to} / {max}{delta}",
                "{from} → {to} / {max}{delta}"
            ),
        );
        for p in s.parts.iter().filter(|p| p.from != p.to) {
            let title = cat
                .parts
                .iter()
                .find(|x| x.part == p.part)
                .map_or_else(|| Text::same(""), |x| x.title.clone());
            let delta =
                p.to.zip(p.from)
                    .map_or(String::new(), |(t, f)| format!(" ({})", signed(t - f)));
            let (n, from, to, max) = (p.part, or_dash(p.from), or_dash(p.to), p.max);
            total = total.detail(phrase!(
                "パート{n} {title}: {from} → {to} / {max}{delta}",
                "Part {n} {title}: {from} → {to} / {max}{delta}";
                title = title
            ));
        }
        out.push(Section::headed(heading(word("diagnosis_score"))).with(Block::list(vec![total])));
    }

    if !c.questions.is_empty() {
        let items = c
            .questions
            .iter()
            .map(|q| {
                let topic = cat
                    .question(&q.question)
                    .map_or_else(|| Text::same(""), |x| x.topic.clone());
                let points = signed(q.points);
                let tone = if q.points < 0 { Tone::Bad } else { Tone::Good };
                let pts = phrase!("{points} 点", "{points} points").tone(tone);
                let id = &q.question;
                Item::new(
                    Mark::None,
                    phrase!("{id} {topic}: {from} → {to}  {pts}", "{id} {topic}: {from} → {to}  {pts}";
                        topic = topic,
                        from = AnswerValue::label_or_unanswered(q.from),
                        to = AnswerValue::label_or_unanswered(q.to),
                        pts = pts),
                )
            })
            .collect();
        out.push(Section::headed(heading(word("answers"))).with(Block::list(items)));
    }

    if !c.notes.is_empty() {
        let items = c
            .notes
            .iter()
            .map(|n| {
                let (id, field) = (&n.question, n.field);
                Item::new(
                    Mark::None,
                    phrase!("{id} {field}: {from} → {to}", "{id} {field}: {from} → {to}";
                        from = quoted(n.from.as_deref()), to = quoted(n.to.as_deref())),
                )
            })
            .collect();
        out.push(Section::headed(heading(word("notes_and_reasons"))).with(Block::list(items)));
    }

    if !c.actions.is_empty() {
        let items = c
            .actions
            .iter()
            .map(|a| {
                let id = &a.question;
                Item::new(
                    Mark::None,
                    phrase!("{id}: {from} → {to}", "{id}: {from} → {to}";
                        from = action_line(a.from.as_ref()), to = action_line(a.to.as_ref())),
                )
            })
            .collect();
        out.push(Section::headed(heading(word("actions"))).with(Block::list(items)));
    }

    out.extend(crate::render::scs::diff_section(&c.scs));

    if !c.principles.is_empty() {
        let items = c
            .principles
            .iter()
            .map(|p| {
                let id = &p.principle;
                Item::new(
                    Mark::None,
                    phrase!("{id}: {from} → {to}", "{id}: {from} → {to}";
                        from = principle(p.from), to = principle(p.to)),
                )
            })
            .collect();
        out.push(Section::headed(heading(word("nav_principles"))).with(Block::list(items)));
    }

    if let Some(dc) = &c.declaration {
        let line = phrase!("{from} → {to}", "{from} → {to}";
            from = declared(dc.from.as_ref()), to = declared(dc.to.as_ref()));
        out.push(Section::headed(heading(word("declaration"))).with(Block::line(line)));
    }

    if !c.settings.is_empty() {
        let lines = c
            .settings
            .iter()
            .map(|f| {
                let field = Line::id(f.field.as_str());
                phrase!("{field}: {from} → {to}", "{field}: {from} → {to}";
                    field = field, from = quoted(f.from.as_deref()), to = quoted(f.to.as_deref()))
            })
            .collect();
        out.push(Section::headed(heading(word("settings"))).with(Block::Lines(lines)));
    }

    let p = &c.policy;
    if !p.is_empty() {
        let mut section = Section::headed(heading(word("nav_policy")));
        if let Some((from, to)) = &p.title {
            section.push(Block::line(
                phrase!("題名: {from} → {to}", "title: {from} → {to}";
                from = quoted(from.as_deref()), to = quoted(to.as_deref())),
            ));
        }
        if let Some(diff) = &p.preamble {
            section.push(Block::Diff {
                title: word("preamble").into(),
                diff: Untrusted::new(diff.as_str()),
            });
        }
        for s in &p.sections {
            let h = Untrusted::new(s.heading.as_str());
            section.push(Block::Diff {
                title: phrase!("節「{h}」: {kind}", "section \"{h}\": {kind}";
                    h = h, kind = s.kind.label()),
                diff: Untrusted::new(s.diff.as_str()),
            });
        }
        if !p.fields.is_empty() {
            let lines = p
                .fields
                .iter()
                .map(|f| {
                    let field = Line::id(f.field.as_str());
                    phrase!("{field}: {from} → {to}", "{field}: {from} → {to}";
                        field = field, from = quoted(f.from.as_deref()), to = quoted(f.to.as_deref()))
                })
                .collect();
            section.push(Block::Lines(lines));
        }
        out.push(section);
    }

    let ev = &c.evidence;
    if !ev.is_empty() {
        let item = |id: &str, title: &str| {
            phrase!("{id} {title}", "{id} {title}";
                id = Untrusted::new(id), title = Untrusted::new(title))
        };
        let mut items = Vec::new();
        for x in &ev.added {
            let it = item(&x.id, &x.title);
            items.push(Item::new(
                Mark::Added,
                phrase!("{it}（追加）", "{it} (added)"; it = it),
            ));
        }
        for x in &ev.removed {
            let it = item(&x.id, &x.title);
            items.push(Item::new(
                Mark::Removed,
                phrase!("{it}（削除）", "{it} (removed)"; it = it),
            ));
        }
        for x in &ev.rehashed {
            let hash = |h: &Option<String>| match h {
                Some(h) => Line::user(Untrusted::new(h.as_str()).prefix(12)),
                None => Line::plain("—"),
            };
            let it = item(&x.id, &x.title);
            items.push(Item::new(
                Mark::Replaced,
                phrase!(
                    "{it}（ファイル差し替え、sha256 {from} → {to}）",
                    "{it} (file replaced, sha256 {from} → {to})";
                    it = it, from = hash(&x.from), to = hash(&x.to)
                ),
            ));
        }
        for x in &ev.changed {
            let value = |v: &Option<String>| match v {
                Some(v) => Line::user(v.as_str()),
                None => Line::plain("—"),
            };
            let fields = x.fields.iter().map(|f| {
                phrase!("{field} {from} → {to}", "{field} {from} → {to}";
                    field = Line::id(f.field.as_str()), from = value(&f.from), to = value(&f.to))
            });
            let it = item(&x.id, &x.title);
            items.push(Item::new(
                Mark::Edited,
                phrase!("{it}: {fields}", "{it}: {fields}";
                    it = it, fields = Line::join(fields, &Line::plain("; "))),
            ));
        }
        for x in &ev.expired {
            let on = x.on;
            let it = item(&x.id, &x.title);
            items.push(Item::new(
                Mark::Expired,
                phrase!("{it}（{on} に期限切れ）", "{it} (expired on {on})"; it = it),
            ));
        }
        out.push(Section::headed(heading(word("nav_evidence"))).with(Block::list(items)));
    }

    let f = &c.findings;
    if !f.new.is_empty() {
        out.push(
            Section::headed(heading(word("new_findings"))).with(Block::Findings(f.new.clone())),
        );
    }
    if !f.resolved.is_empty() {
        let items = f
            .resolved
            .iter()
            .map(|x| {
                Item::new(
                    Mark::Met,
                    phrase!("[{code}] {file}: {message}", "[{code}] {file}: {message}";
                        code = Line::id(x.code.as_str()),
                        file = Line::path(x.file.as_str()),
                        message = Line::quoting(&x.message)),
                )
            })
            .collect();
        out.push(Section::headed(heading(word("resolved_findings"))).with(Block::list(items)));
    }
    out
}

/// A declaration on one line, with whether it holds.
fn declared(d: Option<&Declared>) -> Line {
    let Some(d) = d else {
        return word("none").into();
    };
    let id = d.id.as_deref().map_or_else(|| Line::plain("—"), Line::user);
    let on = d
        .declared_on
        .as_deref()
        .map_or_else(|| Line::plain("—"), Line::user);
    let holds = match d.holds {
        Some(true) => phrase!("条件を満たす", "holds"),
        Some(false) => phrase!("条件を満たさない", "does not hold").tone(Tone::Bad),
        None => phrase!("判定できない", "cannot be told").tone(Tone::Bad),
    };
    phrase!(
        "{level}（自己宣言ID {id}、{on}、{holds}）",
        "{level} (ID {id}, {on}, {holds})";
        level = level_name(Some(d.level)), id = id, on = on, holds = holds
    )
}

fn regressions(d: &ReviewDiff) -> Option<Section> {
    if d.regressions.is_empty() {
        return None;
    }
    let items = d
        .regressions
        .iter()
        .map(|r| Item::new(Mark::Bullet, regression(r)))
        .collect();
    Some(
        Section::headed(Line::words(word("regressions")).tone(Tone::Bad))
            .alert()
            .with(Block::list(items)),
    )
}

/// One regression in words.
pub fn regression(r: &Regression) -> Line {
    match r {
        Regression::Level { from, to } => phrase!(
            "判定が {f} から {t} に下がりました",
            "the eligible level fell from {f} to {t}";
            f = level_name(Some(*from)), t = level_name(Some(*to))
        ),
        Regression::Requirement { level, id } => phrase!(
            "{l} の要件 {id} を満たさなくなりました",
            "{l} requirement {id} is no longer met";
            l = level_name(Some(*level)), id = Line::id(id.as_str())
        ),
        Regression::Score { from, to } => phrase!(
            "点数が {from} から {to} に下がりました",
            "the score fell from {from} to {to}"
        ),
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::history::compare::{Changes, DeclarationChange, End};
    use crate::lang::Lang;

    fn end(reference: Option<&str>, working_tree: bool) -> End {
        End::new(
            reference.map(str::to_owned),
            Some("1a2b3c4d5e".to_owned()),
            date(2026, 6, 2),
            working_tree,
            None,
        )
    }

    fn declared(holds: bool) -> Declared {
        Declared {
            level: 2,
            id: Some("51234567890".to_owned()),
            declared_on: Some("2026-05-10".to_owned()),
            holds: Some(holds),
        }
    }

    fn style(lang: Lang) -> Style {
        Style {
            lang,
            color: false,
            path_prefix: String::new(),
        }
    }

    /// Regression: the Markdown diff did not say whether the declaration holds.
    #[test]
    fn text_and_markdown_both_say_whether_the_declaration_holds() {
        let mut base = end(Some("review/2026-06-02"), false);
        base.present = true;
        let d = ReviewDiff {
            base: Some(base),
            head: end(None, true),
            changes: Changes {
                declaration: Some(DeclarationChange {
                    from: Some(declared(true)),
                    to: Some(declared(false)),
                }),
                ..Changes::default()
            },
            regressions: Vec::new(),
        };
        let text = super::text(&d, |_| None, &style(Lang::En));
        let markdown = super::markdown(&d, &style(Lang::En));
        for out in [&text, &markdown] {
            assert!(
                out.contains("(ID 51234567890, 2026-05-10, holds) → "),
                "{out}"
            );
            assert!(out.contains("2026-05-10, does not hold)"), "{out}");
        }
        assert!(markdown.contains("### Declaration\n"), "{markdown}");
        assert!(super::markdown(&d, &style(Lang::Ja)).contains("条件を満たさない"));
    }
}
