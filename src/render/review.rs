//! `hoshi review`: what was recorded, and how to share it.

use serde_json::json;

use crate::history::review::Tagged;
use crate::lang::Lang;
use crate::render::diff_text::{level_name, short};

/// The command that publishes a tag.
pub fn push_command(tag: &str) -> String {
    format!("git push origin {tag}")
}

/// For people.
pub fn text(t: &Tagged, lang: Lang) -> String {
    let r = &t.record;
    let commit = t.commit.to_string();
    let commit = short(&commit);
    let level = level_name(r.level, lang);
    let declared = match r.declared {
        Some(n) => level_name(Some(n), lang),
        None => (if lang == Lang::Ja { "なし" } else { "none" }).to_owned(),
    };
    let score = r.score.map_or_else(|| "—".to_owned(), |s| s.to_string());
    let digest = r.digest.as_deref().unwrap_or("");
    let name = &t.name;
    let push = push_command(name);
    match lang {
        Lang::Ja => format!(
            "見直しを記録しました: {name}（コミット {commit} に注釈付きタグ）\n  判定 {level}、{score} 点、宣言 {declared}\n  内容ダイジェスト: {digest}\n共有するには: {push}\n"
        ),
        Lang::En => format!(
            "recorded the review: {name} (annotated tag on commit {commit})\n  eligible {level}, score {score}, declared {declared}\n  content digest: {digest}\nto share it: {push}\n"
        ),
    }
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
    let mut out = serde_json::to_string_pretty(&value).unwrap_or_default();
    out.push('\n');
    out
}
