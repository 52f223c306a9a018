//! `hoshi history`: level and score at each review, or at each commit that changed the client.

use crate::cli::{Cli, Format, emit, lang_for, read_error, style, unsupported};
use crate::error::Error;
use crate::evaluate::evaluation::tag_prefix;
use crate::history::repo::Repo;
use crate::history::timeline;
use crate::render;
use crate::source::WorkTree;
use crate::validate::client::Client;

pub(super) fn run(cli: &Cli, commits: bool) -> Result<u8, Error> {
    let format = cli.format.unwrap_or(Format::Text);
    if !matches!(format, Format::Text | Format::Json) {
        return Err(unsupported("history", format));
    }
    let client = Client::read(&WorkTree::new(&cli.repo)).map_err(|e| read_error(&cli.repo, e))?;
    let lang = lang_for(cli, Some(&client));
    let repo = Repo::open(&cli.repo)?;
    let head = repo.head()?;
    let points = if commits {
        timeline::commits(&repo, head)?
    } else {
        timeline::reviews(&repo, head, &tag_prefix(&client))?
    };
    let out = match format {
        Format::Json => render::history::json(&points),
        _ => render::history::text(&points, commits, &style(cli, lang)),
    };
    emit(&out)?;
    Ok(0)
}
