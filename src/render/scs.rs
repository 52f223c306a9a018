//! ★3 readiness of the SCS scheme in `status`: one section for text and Markdown, and its
//! JSON. Every ★3 text carries the scheme's banner (draft requirements, a self-check, not
//! the official evaluation).

use serde_json::{Value, json};

use crate::evaluate::status::Status;
use crate::lang::Lang;
use crate::phrase;
use crate::render::section::{Bar, Block, Item, Line, Mark, Section, Tone};
use crate::render::untrusted::Untrusted;
use crate::scs::readiness::{Readiness, Step};
use crate::scs::scheme;

/// The banner every ★3 text carries.
pub fn banner() -> Line {
    Line::words(scheme::get().banner.clone()).tone(Tone::Dim)
}

fn title() -> Line {
    let s = scheme::get();
    let level = Line::words(s.level_label(3)).tone(Tone::Level);
    phrase!("{name} {level} への準備状況（自己点検）", "{name} {level}: readiness (self-check)";
        name = s.name.clone(), level = level)
    .tone(Tone::Strong)
}

/// The ★3 result recorded in hoshi.yaml, as `status` shows it: what was obtained, never
/// readiness.
pub fn result_section(s: &Status) -> Option<Section> {
    let rec = s.scs_result.as_ref()?;
    let r = &rec.result;
    let scheme = scheme::get();
    let level = Line::words(scheme.level_label(r.level)).tone(Tone::Level);
    let heading = phrase!("{name} {level} の結果", "{name} {level}: result";
        name = scheme.name.clone(), level = level)
    .tone(Tone::Strong);
    let mut fields = vec![(
        phrase!("取得日", "obtained"),
        Line::user(r.obtained_on.as_str()),
    )];
    if let Some(reg) = &r.registration {
        fields.push((
            phrase!("登録番号", "registration"),
            Line::user(reg.as_str()),
        ));
    }
    if let Some(reference) = &r.reference {
        fields.push((
            phrase!("参照先", "reference"),
            Line::user(reference.as_str()),
        ));
    }
    let until = Line::user(r.valid_until.as_str());
    let until = if rec.expired {
        phrase!("{until}（期限切れ）", "{until} (expired)"; until = until).tone(Tone::Bad)
    } else {
        until
    };
    fields.push((phrase!("有効期限", "valid until"), until));
    Some(Section::headed(heading).with(Block::Fields(fields)))
}

/// The `scs_result` field of `status --format json`: `null` when none is recorded.
pub fn result_json(s: &Status) -> Value {
    let Some(rec) = &s.scs_result else {
        return Value::Null;
    };
    let r = &rec.result;
    json!({
        "level": r.level,
        "obtained_on": r.obtained_on,
        "registration": r.registration,
        "reference": r.reference,
        "valid_until": r.valid_until,
        "expired": rec.expired,
    })
}

/// The ★3 section of `status`, when the client keeps a scs.yaml.
pub fn section(s: &Status) -> Option<Section> {
    let scs = s.scs.as_ref()?;
    let mut section = Section::headed(title()).with(Block::line(banner()));
    let Some(r) = scs.readiness() else {
        section.push(Block::line(
            phrase!(
                "scs.yaml にエラーがあるため、準備状況を計算できません",
                "no readiness: scs.yaml has errors"
            )
            .tone(Tone::Bad),
        ));
        return Some(section);
    };
    Some(readiness(section, r))
}

fn readiness(mut section: Section, r: &Readiness) -> Section {
    let (met, total, suggested) = (r.met(), r.total(), r.suggested());
    let on = Untrusted::new(r.assessed_on.as_str());
    let by = Untrusted::new(r.assessed_by.as_str());
    section.push(Block::line(phrase!(
        "評価基準 {met} / {total} を満たしています（{on} 自己評価、{by}）",
        "{met} of {total} criteria met (assessed {on} by {by})";
        on = on, by = by
    )));
    if suggested > 0 {
        section.push(Block::line(
            phrase!(
                "確かめていない提案 {suggested} 件は未回答として数えています",
                "{suggested} unconfirmed suggestions count as not answered"
            )
            .tone(Tone::Warn),
        ));
    }
    section.push(Block::Bars {
        headers: [
            crate::text!("分類", "category"),
            crate::text!("満たしている", "met"),
            crate::text!("評価基準", "criteria"),
        ],
        bars: r
            .categories
            .iter()
            .map(|c| {
                let id = c.id;
                Bar {
                    label: phrase!("{id} {name}", "{id} {name}"; name = c.name.clone()),
                    score: i32::try_from(c.met).unwrap_or(i32::MAX),
                    max: i32::try_from(c.total).unwrap_or(i32::MAX),
                }
            })
            .collect(),
    });
    let label = Line::words(scheme::get().level_label(r.level)).tone(Tone::Level);
    let verdict = if r.ready() {
        phrase!(
            "自己点検では条件がそろっています（公式な評価ではありません）",
            "the self-check finds every condition in place (not the official evaluation)"
        )
    } else {
        phrase!("まだそろっていません", "not ready yet")
    };
    let mark = if r.ready() {
        Line::plain("✓").tone(Tone::Good)
    } else {
        Line::plain("✗").tone(Tone::Bad)
    };
    section.push(Block::List {
        head: Some(
            phrase!("{label} {mark} {verdict}", "{label} {mark} {verdict}";
            label = label, mark = mark, verdict = verdict),
        ),
        items: r
            .checks
            .iter()
            .map(|c| {
                let mark = if c.met { Mark::Met } else { Mark::Unmet };
                let id = Line::id(c.id.as_str()).tone(Tone::Dim);
                Item::new(
                    mark,
                    phrase!("{t}  {id}", "{t}  {id}"; t = c.text.clone(), id = id),
                )
                .detail(c.reason.clone())
            })
            .collect(),
        numbered: false,
    });
    let open: Vec<Item> = r
        .requirements
        .iter()
        .filter(|q| !q.met)
        .map(|q| {
            let id = Line::id(q.id.as_str());
            let mut item = Item::new(
                Mark::Unmet,
                phrase!("{id} {t}", "{id} {t}"; id = id, t = q.title.clone()),
            );
            for g in q.gaps() {
                let cid = Line::id(g.id.as_str());
                item = item.detail(
                    phrase!("{cid} {topic} — {state}", "{cid} {topic} — {state}";
                    cid = cid, topic = g.topic.clone(), state = g.state.label()),
                );
            }
            item
        })
        .collect();
    if !open.is_empty() {
        let n = open.len();
        section.push(Block::List {
            head: Some(
                phrase!(
                    "満たしていない要求事項（{n} 件）",
                    "requirements not met ({n})"
                )
                .tone(Tone::Strong),
            ),
            items: open,
            numbered: false,
        });
    }
    let steps = r.next_steps();
    if !steps.is_empty() {
        // Every step: at most one per category and the three checks, and a count that
        // sends office staff to JSON helps nobody.
        let items = steps
            .iter()
            .map(|step| match step {
                Step::Category {
                    id,
                    name,
                    gaps,
                    criteria,
                } => {
                    let list = Line::join(
                        criteria.iter().map(|c| Line::id(c.as_str())),
                        &Line::plain(", "),
                    );
                    Item::new(
                        Mark::None,
                        phrase!("{id} {name}: 残り {gaps} 件", "{id} {name}: {gaps} criteria open";
                            name = name.clone()),
                    )
                    .detail(list)
                }
                Step::Check { text, todo, .. } => {
                    Item::new(Mark::None, Line::words(text.clone())).detail(todo.clone())
                }
            })
            .collect();
        section.push(Block::List {
            head: Some(phrase!("★3 の次にすること", "next steps for ★3").tone(Tone::Strong)),
            items,
            numbered: true,
        });
    }
    section
}

/// The `scs` field of `status --format json`: `null` without scs.yaml.
pub fn json(s: &Status, lang: Lang) -> Value {
    let Some(scs) = &s.scs else {
        return Value::Null;
    };
    let banner = scheme::get().banner.get(lang);
    let Some(r) = scs.readiness() else {
        return json!({"banner": banner, "valid": false});
    };
    readiness_json(r, lang, banner)
}

fn readiness_json(r: &Readiness, lang: Lang, banner: &str) -> Value {
    json!({
        "banner": banner,
        "valid": true,
        "scheme": r.scheme,
        "level": r.level,
        "ready": r.ready(),
        "assessed_on": r.assessed_on,
        "valid_until": r.valid_until,
        "met": r.met(),
        "total": r.total(),
        "suggested": r.suggested(),
        "expert_recorded": r.expert.is_some(),
        "pledge_recorded": r.pledge.is_some(),
        "categories": r.categories.iter().map(|c| json!({
            "category": c.id,
            "name": c.name.get(lang),
            "met": c.met,
            "total": c.total,
        })).collect::<Vec<_>>(),
        "checks": r.checks.iter().map(|c| json!({
            "id": c.id,
            "kind": c.kind.as_str(),
            "basis": c.basis,
            "met": c.met,
            "text": c.text.get(lang),
            "reason": c.reason.get(lang),
        })).collect::<Vec<_>>(),
        "unmet": r.requirements.iter().filter(|q| !q.met).map(|q| json!({
            "requirement": q.id,
            "category": q.category,
            "title": q.title.get(lang),
            "criteria": q.gaps().map(|g| json!({
                "id": g.id,
                "state": g.state.id(),
                "answer": g.state.answer(),
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "next_steps": r.next_steps().iter().map(|step| match step {
            Step::Category { id, name, gaps, criteria } => json!({
                "kind": "category",
                "category": id,
                "name": name.get(lang),
                "open": gaps,
                "criteria": criteria,
            }),
            Step::Check { id, text, todo } => json!({
                "kind": "check",
                "id": id,
                "text": text.get(lang),
                "todo": todo.get(lang),
            }),
        }).collect::<Vec<_>>(),
    })
}

/// What `hoshi scs suggest` found, and what `--write` added.
pub fn suggest_sections(
    suggestions: &[crate::scs::crosswalk::Suggestion],
    written: Option<&[String]>,
) -> Vec<Section> {
    let s = scheme::get();
    let head = phrase!("{title} — SECURITY ACTION の回答からの提案", "{title} — suggestions from the SECURITY ACTION answers";
        title = title());
    let mut section = Section::headed(head)
        .with(Block::line(banner()))
        .with(Block::line(phrase!(
            "提案は回答ではありません。評価基準の原文と照らして確かめ、確かめたものだけを回答にしてください",
            "a suggestion is not an answer: check each against the criterion's own text and answer only what you confirmed"
        )));
    let items: Vec<Item> = suggestions
        .iter()
        .map(|g| {
            let label = s
                .answer(&g.answer)
                .map_or_else(|| crate::lang::Text::same(g.answer.as_str()), |a| a.label.clone());
            let cid = Line::id(g.criterion.as_str());
            let now = match &g.current {
                None => phrase!("未回答", "not answered"),
                Some(c) if c.suggested => phrase!("提案を書き込み済み（未確認）", "suggestion written, not confirmed"),
                Some(c) => {
                    let a = s
                        .answer(&c.answer)
                        .map_or_else(|| crate::lang::Text::same(c.answer.as_str()), |a| a.label.clone());
                    phrase!("回答済み: {a}", "answered: {a}"; a = a)
                }
            };
            let mut item = Item::new(
                Mark::Bullet,
                phrase!("{cid} {topic} → おそらく「{label}」、要確認（{now}）", "{cid} {topic} → likely {label}; confirm ({now})";
                    cid = cid, topic = g.topic.clone(), label = label, now = now),
            );
            for src in &g.sources {
                let from = Line::id(src.from.as_str());
                let value = Line::id(src.value.as_str());
                item = item.detail(phrase!("{from} {value}: {why}", "{from} {value}: {why}";
                    from = from, value = value, why = src.reason.clone()));
            }
            item
        })
        .collect();
    let n = items.len();
    if items.is_empty() {
        section.push(Block::line(phrase!(
            "提案はありません（対応する設問・5か条に使える回答がありません）",
            "no suggestions (no usable answer to a linked question or principle)"
        )));
    } else {
        section.push(Block::list(items));
    }
    let open = suggestions.iter().filter(|g| g.current.is_none()).count();
    let tail = match written {
        Some([]) => phrase!(
            "書き込むものはありません（提案のある評価基準はすべて scs.yaml にあります）",
            "nothing to write: every suggested criterion is already in scs.yaml"
        ),
        Some(w) => {
            let k = w.len();
            phrase!(
                "scs.yaml に {k} 件を suggested: true として書き込みました。確かめるまで未回答として数えます",
                "wrote {k} to scs.yaml as suggested: true; they count as not answered until confirmed"
            )
        }
        None if open > 0 => phrase!(
            "提案 {n} 件（うち未回答 {open} 件）。--write で未回答のものを suggested: true として scs.yaml に書き込みます",
            "{n} suggestions ({open} not answered); --write adds those to scs.yaml as suggested: true"
        ),
        None => phrase!("提案 {n} 件", "{n} suggestions"),
    };
    section.push(Block::line(tail));
    vec![section]
}

/// `hoshi scs suggest --format json`.
pub fn suggest_json(
    suggestions: &[crate::scs::crosswalk::Suggestion],
    written: Option<&[String]>,
    lang: Lang,
) -> String {
    let value = json!({
        "banner": scheme::get().banner.get(lang),
        "suggestions": suggestions.iter().map(|g| json!({
            "criterion": g.criterion,
            "topic": g.topic.get(lang),
            "answer": g.answer,
            "sources": g.sources.iter().map(|s| json!({
                "from": s.from,
                "value": s.value,
                "reason": s.reason.get(lang),
            })).collect::<Vec<_>>(),
            "current": g.current.as_ref().map(|c| json!({"answer": c.answer, "suggested": c.suggested})),
        })).collect::<Vec<_>>(),
        "written": written,
    });
    let mut out = serde_json::to_string_pretty(&value).unwrap_or_default();
    out.push('\n');
    out
}

/// The ★3 criteria that changed, for `hoshi diff`; `None` when none did.
pub fn diff_section(changes: &[crate::history::scs::CriterionChange]) -> Option<Section> {
    if changes.is_empty() {
        return None;
    }
    let state = |s: &Option<crate::scs::readiness::State>| {
        s.as_ref().map_or_else(
            || phrase!("（scs.yaml なし）", "(no scs.yaml)"),
            |s| Line::words(s.label()),
        )
    };
    let items = changes
        .iter()
        .map(|x| {
            let mark = match (&x.from, &x.to) {
                (_, Some(t)) if t.is_met() => Mark::Met,
                (Some(f), _) if f.is_met() => Mark::Unmet,
                _ => Mark::None,
            };
            Item::new(
                mark,
                phrase!("{id} {topic}: {from} → {to}", "{id} {topic}: {from} → {to}";
                    id = Line::id(x.criterion.as_str()), topic = x.topic.clone(),
                    from = state(&x.from), to = state(&x.to)),
            )
        })
        .collect();
    Some(
        Section::headed(title())
            .with(Block::line(banner()))
            .with(Block::list(items)),
    )
}
