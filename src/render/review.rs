//! `hoshi review`: what was recorded, and how to share it.

use serde_json::json;

use crate::history::review::Tagged;
use crate::load::vocabulary::word;
use crate::phrase;
use crate::render::section::{Block, Section};
use crate::render::terms::{declared_name, level_name, short};
use crate::render::untrusted::Untrusted;
use crate::render::{Style, layout, or_dash};

/// The command that publishes a tag.
pub fn push_command(tag: &str) -> String {
    format!("git push origin {tag}")
}

/// What was recorded, as sections.
pub fn sections(t: &Tagged) -> Vec<Section> {
    let r = &t.record;
    let commit = t.commit.to_string();
    let commit = Untrusted::new(short(&commit));
    let name = Untrusted::new(t.name.as_str());
    let score = or_dash(r.score);
    let digest = Untrusted::new(r.digest.as_deref().unwrap_or(""));
    let push = Untrusted::new(push_command(&t.name));
    vec![
        Section::headed(phrase!(
            "見直しを記録しました: {name}（コミット {commit} に注釈付きタグ）",
            "recorded the review: {name} (annotated tag on commit {commit})";
            name = name, commit = commit
        ))
        .with(Block::Lines(vec![
            phrase!(
                "判定 {level}、{score} 点、宣言 {declared}",
                "eligible {level}, score {score}, declared {declared}";
                level = level_name(r.level), declared = declared_name(r.declared)
            ),
            phrase!("{d}: {digest}", "{d}: {digest}"; d = word("digest"), digest = digest),
        ])),
        Section::plain().joined().with(Block::line(phrase!(
            "共有するには: {push}",
            "to share it: {push}";
            push = push
        ))),
    ]
}

/// For people.
pub fn text(t: &Tagged, style: &Style) -> String {
    layout::text::text(&sections(t), style, |_| None)
}

/// For programs: `{"tag", "commit", "reviewer", "date", "level", "declared", "score",
/// "digest", "hoshi", "push"}`.
pub fn json(t: &Tagged) -> String {
    let r = &t.record;
    let value = json!({
        "tag": t.name,
        "commit": t.commit.to_string(),
        "reviewer": r.reviewer,
        "date": r.date,
        "level": r.level,
        "declared": r.declared,
        "score": r.score,
        "digest": r.digest,
        "hoshi": r.hoshi,
        "client": r.client,
        "push": push_command(&t.name),
    });
    crate::render::json::document(&value)
}
