//! `hoshi history`: level and score at each review, or at each commit that changed the client.

use crate::cli::{Config, ExitStatus, Format, emit, lang_for, read_error, style, unsupported};
use crate::error::Error;
use crate::evaluate::evaluation::tag_prefix;
use crate::history::kept::Kept;
use crate::history::repo::Repo;
use crate::history::timeline;
use crate::render;
use crate::source::WorkTree;
use crate::validate::client::Client;

pub(super) fn run(cfg: &Config, commits: bool, use_cache: bool) -> Result<ExitStatus, Error> {
    let format = cfg.format.unwrap_or(Format::Text);
    if !matches!(format, Format::Text | Format::Json) {
        return Err(unsupported("history", format));
    }
    let client = Client::read(&WorkTree::new(&cfg.repo)).map_err(|e| read_error(&cfg.repo, e))?;
    let lang = lang_for(cfg, Some(&client));
    let repo = Repo::open(&cfg.repo)?;
    let head = repo.head()?;
    let points = if commits {
        let kept = use_cache.then(|| Kept::open(&repo)).flatten();
        timeline::commits(&repo, head, kept.as_ref())?
    } else {
        timeline::reviews(&repo, head, &tag_prefix(&client))?
    };
    let out = match format {
        Format::Json => render::history::json(&points),
        _ => render::history::text(&points, commits, &style(cfg, lang)),
    };
    emit(&out)?;
    Ok(ExitStatus::Ok)
}
