//! `hoshi schema`.

use std::path::Path;

use crate::cli::{Config, ExitStatus, emit, lang_for};
use crate::error::Error;
use crate::lang::Text;
use crate::model::files::FileKind;
use crate::text;

pub(super) fn run(cfg: &Config, out: Option<&Path>) -> Result<ExitStatus, Error> {
    let lang = lang_for(cfg, None);
    let Some(dir) = out else {
        let mut all = serde_json::Map::new();
        for kind in FileKind::EVERY {
            let schema: serde_json::Value =
                serde_json::from_str(kind.schema_text()).unwrap_or_default();
            all.insert(kind.schema_name().to_owned(), schema);
        }
        let mut s = serde_json::to_string_pretty(&all).unwrap_or_default();
        s.push('\n');
        emit(&s)?;
        return Ok(ExitStatus::Ok);
    };
    let written = crate::write::schemas::write(dir)?;
    if !cfg.quiet {
        let done: Text = text!("書き込みました", "written");
        let mut s = String::new();
        for f in written {
            s.push_str(&format!("{}: {}\n", done.get(lang), f.display()));
        }
        emit(&s)?;
    }
    Ok(ExitStatus::Ok)
}
