//! `hoshi sheet export|import`: the Excel workbook round trip.

use std::path::{Path, PathBuf};

use clap::Subcommand;

use crate::cli::{Config, ExitStatus, Format, emit, lang_for, read_error, style, unsupported};
use crate::error::Error;
use crate::history::compare::{self, End, ReviewDiff};
use crate::lang::Lang;
use crate::render;
use crate::sheet::import::{self, Plan, Resolve};
use crate::sheet::{self, Kind, export};
use crate::source::WorkTree;
use crate::text;
use crate::validate::client::Client;
use crate::write::atomic::{Replace, replace_files, write_file};

#[derive(Debug, Subcommand)]
pub(crate) enum SheetCommand {
    /// Write a workbook of the diagnosis and principles for the client to fill in with Excel.
    Export {
        /// Where to write it [default: `<client>_自社診断_<date>.xlsx` in the current folder,
        /// never over an existing file].
        #[arg(long, value_name = "FILE.xlsx")]
        out: Option<PathBuf>,
    },
    /// Read a filled-in workbook back into diagnosis.yaml and principles.yaml, changing only
    /// the values that changed; prints the diff first.
    Import {
        /// The workbook the client sent back.
        file: PathBuf,
        /// Show what would change, write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Where the repository changed a cell since the export too, take the workbook's value.
        #[arg(long, conflicts_with = "ours")]
        theirs: bool,
        /// Where the repository changed a cell since the export too, keep the repository's.
        #[arg(long)]
        ours: bool,
    },
}

pub(super) fn run(cfg: &Config, command: &SheetCommand) -> Result<ExitStatus, Error> {
    let format = cfg.format.unwrap_or(Format::Text);
    if !matches!(format, Format::Text | Format::Json) {
        return Err(unsupported("sheet", format));
    }
    match command {
        SheetCommand::Export { out } => export_cmd(cfg, out.as_deref(), format),
        SheetCommand::Import {
            file,
            dry_run,
            theirs,
            ours,
        } => {
            let resolve = match (theirs, ours) {
                (true, _) => Some(Resolve::Theirs),
                (_, true) => Some(Resolve::Ours),
                _ => None,
            };
            import_cmd(cfg, file, *dry_run, resolve, format)
        }
    }
}

fn read(cfg: &Config) -> Result<(WorkTree, Client), Error> {
    let root = WorkTree::new(&cfg.repo);
    let client = Client::read(&root).map_err(|e| read_error(&cfg.repo, e))?;
    Ok((root, client))
}

fn export_cmd(cfg: &Config, out: Option<&Path>, format: Format) -> Result<ExitStatus, Error> {
    let (_, client) = read(cfg)?;
    let lang = lang_for(cfg, Some(&client));
    let date = cfg.today;
    let commit = crate::history::repo::Repo::open(&cfg.repo)
        .and_then(|r| r.head())
        .ok()
        .map(|c| c.to_string());
    let exported = export::export(&export::Request {
        client: &client,
        lang,
        date,
        commit: commit.clone(),
    })?;
    let path = match out {
        Some(p) => p.to_owned(),
        None => {
            let p = PathBuf::from(&exported.file_name);
            if std::fs::symlink_metadata(&p).is_ok() {
                let shown = p.display().to_string();
                return Err(Error::Sheet(text!(
                    "{shown} はすでにあります。上書きしないので、--out で別の名前を指定してください",
                    "{shown} already exists and is not overwritten; choose another name with --out"
                )));
            }
            p
        }
    };
    // A name hoshi chose never replaces a file; a name the user gave does.
    let replace = if out.is_some() {
        Replace::Always
    } else {
        Replace::Never
    };
    write_file(&path, &exported.bytes, replace)?;
    let shown = path.display().to_string();
    let report = match format {
        Format::Json => crate::render::json::document(&serde_json::json!({
            "out": shown,
            "bytes": exported.bytes.len(),
            "digest": client.digest(),
            "commit": commit,
            "format_version": sheet::FORMAT_VERSION,
            "language": lang.as_str(),
        })),
        _ if cfg.quiet => String::new(),
        _ => {
            let lang = style(cfg, lang).lang;
            match lang {
                Lang::Ja => format!(
                    "{shown} を書き出しました（設問 25 問、5か条、{}）。記入後に `hoshi sheet import {shown}` で取り込みます\n",
                    client.digest()
                ),
                Lang::En => format!(
                    "wrote {shown} (25 questions, the five principles; {}); read it back with `hoshi sheet import {shown}`\n",
                    client.digest()
                ),
            }
        }
    };
    emit(&report)?;
    Ok(ExitStatus::Ok)
}

fn import_cmd(
    cfg: &Config,
    file: &Path,
    dry_run: bool,
    resolve: Option<Resolve>,
    format: Format,
) -> Result<ExitStatus, Error> {
    let (root, client) = read(cfg)?;
    let lang = lang_for(cfg, Some(&client));
    let wb = import::open(file)?;
    let plan = import::plan(&root, &client, &wb, resolve, cfg.today)?;
    let shown = file.display().to_string();
    let will_write = plan.problems.is_empty() && !plan.files.is_empty() && !dry_run;
    if format == Format::Json {
        if will_write {
            write_all(cfg, &plan)?;
        }
        emit(&json(&plan, &shown, dry_run, will_write, lang))?;
    } else {
        // The diff is shown before anything is written.
        emit(&text_report(cfg, &plan, &shown, lang))?;
        if will_write {
            write_all(cfg, &plan)?;
        }
        emit(&text_tail(&plan, dry_run, will_write, lang))?;
    }
    if !plan.problems.is_empty() {
        return Ok(ExitStatus::Findings);
    }
    Ok(ExitStatus::findings_if(
        plan.after.as_ref().is_some_and(|a| a.status.has_errors()),
    ))
}

/// The changed files, all or none: a file that cannot be written leaves the others as
/// they were.
fn write_all(cfg: &Config, plan: &Plan) -> Result<(), Error> {
    let paths: Vec<PathBuf> = plan
        .files
        .iter()
        .map(|f| cfg.repo.join(f.kind.file_name()))
        .collect();
    let files: Vec<(&Path, &[u8])> = paths
        .iter()
        .zip(&plan.files)
        .map(|(p, f)| (p.as_path(), f.after.as_slice()))
        .collect();
    replace_files(&files)
}

fn value(kind: Kind, v: Option<&str>, lang: Lang) -> String {
    match v {
        None => (if lang == Lang::Ja {
            "（空）"
        } else {
            "(empty)"
        })
        .to_owned(),
        Some(v) => {
            let l = sheet::label(kind, v, lang).unwrap_or(v);
            let one_line = l.replace('\n', " ⏎ ");
            crate::lang::clip(&one_line, 50)
        }
    }
}

fn text_report(cfg: &Config, plan: &Plan, shown: &str, lang: Lang) -> String {
    let ja = lang == Lang::Ja;
    let mut s = String::new();
    if !plan.problems.is_empty() {
        for p in &plan.problems {
            let msg = p.message.get(lang);
            match &p.cell {
                Some(c) => s.push_str(&format!("{c}: {msg}\n")),
                None => s.push_str(&format!("{msg}\n")),
            }
            if let Some(h) = &p.hint {
                let h = h.get(lang);
                s.push_str(&if ja {
                    format!("  ヒント: {h}\n")
                } else {
                    format!("  hint: {h}\n")
                });
            }
        }
        let n = plan.problems.len();
        s.push_str(&if ja {
            format!("\n{shown} に {n} 件の問題があるため、何も書き込みませんでした\n")
        } else {
            format!("\n{n} problem(s) in {shown}, so nothing was written\n")
        });
        return s;
    }
    if plan.changes.is_empty() || plan.files.is_empty() {
        s.push_str(if ja {
            "ブックに変更はありません。何も書き込みませんでした\n"
        } else {
            "the workbook changes nothing; nothing was written\n"
        });
        return s;
    }
    s.push_str(&if ja {
        format!("{shown} で変わった値（{} 件）:\n", plan.changes.len())
    } else {
        format!("values changed in {shown} ({}):\n", plan.changes.len())
    });
    for c in &plan.changes {
        let what = c.what.get(lang);
        let key = c.key.strip_prefix(crate::sheet::SCS_KEY).unwrap_or(&c.key);
        let id = key.split('/').next().unwrap_or("");
        let id = if key.contains('/') {
            format!("{id} ")
        } else {
            String::new()
        };
        s.push_str(&format!(
            "  {}  {id}{what}: {} → {}\n",
            c.cell,
            value(c.kind, c.from.as_deref(), lang),
            value(c.kind, c.to.as_deref(), lang)
        ));
    }
    if plan.resolved > 0 {
        let n = plan.resolved;
        s.push_str(&if ja {
            format!("  （両方で変わっていた {n} 件は指定どおりに決めました）\n")
        } else {
            format!("  ({n} cell(s) changed on both sides settled as asked)\n")
        });
    }
    s.push('\n');
    if let (Some(before), Some(after)) = (&plan.before, &plan.after) {
        let style = style(cfg, lang);
        let d = ReviewDiff {
            base: Some(End::new(None, None, before.date, true, Some(before))),
            head: End::new(Some(shown.to_owned()), None, after.date, false, Some(after)),
            changes: compare::compare(Some(before), after),
            // "Since the last review" does not apply here; the stars section says it.
            regressions: Vec::new(),
        };
        let rendered = render::diff::text(&d, |f| after.client().text(f), &style);
        // The renderer names two revisions; here they are the files now and after import.
        let body = rendered.split_once('\n').map_or("", |(_, rest)| rest);
        s.push_str(if ja {
            "取り込むと（今のファイル → 取り込み後）:\n"
        } else {
            "Importing changes (the files now → after the import):\n"
        });
        s.push_str(body.trim_start_matches('\n'));
        if !s.ends_with('\n') {
            s.push('\n');
        }
        s.push('\n');
    }
    s
}

/// What was (or would have been) written, after the report.
fn text_tail(plan: &Plan, dry_run: bool, written: bool, lang: Lang) -> String {
    let ja = lang == Lang::Ja;
    let mut s = String::new();
    if !plan.problems.is_empty() || plan.files.is_empty() {
        return s;
    }
    let names: Vec<&str> = plan.files.iter().map(|f| f.kind.file_name()).collect();
    let names = names.join(", ");
    s.push_str(&match (dry_run, written, ja) {
        (true, _, true) => {
            format!("--dry-run のため書き込みませんでした（書き換わるファイル: {names}）\n")
        }
        (true, _, false) => format!("--dry-run: nothing written (would change {names})\n"),
        (_, true, true) => {
            format!("{names} を更新しました。`git diff` で確かめてからコミットしてください\n")
        }
        (_, true, false) => format!("updated {names}; check with `git diff`, then commit\n"),
        (_, false, _) => String::new(),
    });
    if plan.after.as_ref().is_some_and(|a| a.status.has_errors()) {
        s.push_str(if ja {
            "取り込んだ後のファイルにはエラーがあります（宣言した星の条件を満たさないなど）。`hoshi status` で確認してください\n"
        } else {
            "the files have errors after the import (e.g. the declared star no longer holds); see `hoshi status`\n"
        });
    }
    s
}

fn json(plan: &Plan, shown: &str, dry_run: bool, written: bool, lang: Lang) -> String {
    let v = serde_json::json!({
        "workbook": shown,
        "dry_run": dry_run,
        "problems": plan.problems.iter().map(|p| serde_json::json!({
            "cell": p.cell,
            "message": p.message.get(lang),
            "hint": p.hint.as_ref().map(|h| h.get(lang)),
        })).collect::<Vec<_>>(),
        "changes": plan.changes.iter().map(|c| serde_json::json!({
            "cell": c.cell,
            "key": c.key,
            "from": c.from,
            "to": c.to,
        })).collect::<Vec<_>>(),
        "files": plan.files.iter().map(|f| f.kind.file_name()).collect::<Vec<_>>(),
        "written": written,
        "score": plan.after.as_ref().and_then(|a| a.status.score.as_ref().map(|s| s.total)),
    });
    crate::render::json::document(&v)
}
