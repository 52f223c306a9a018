//! Renderers: one result, many formats. None of them prints; they return text.

pub mod calendar;
pub mod diff_json;
pub mod diff_markdown;
pub mod diff_text;
pub mod evidence;
pub mod github;
pub mod history;
pub mod json;
pub mod portfolio;
pub mod review;
pub mod status_json;
pub mod status_markdown;
pub mod status_text;
pub mod table;
pub mod text;

use crate::lang::Lang;

/// How a renderer shows things.
#[derive(Debug, Clone)]
pub struct Style {
    pub lang: Lang,
    pub color: bool,
    /// Prefix for file paths so they resolve from where the user ran hoshi (`--repo`).
    pub path_prefix: String,
}

impl Style {
    pub fn display_path(&self, file: &str) -> String {
        format!("{}{file}", self.path_prefix)
    }
}

/// A change with its sign: `+2`, `-1`, `0`.
pub(crate) fn signed(n: i32) -> String {
    if n > 0 {
        format!("+{n}")
    } else {
        n.to_string()
    }
}

/// A number, or a dash where there is none.
pub(crate) fn or_dash(n: Option<i32>) -> String {
    n.map_or_else(|| "—".to_owned(), |n| n.to_string())
}
