//! `hoshi site`.

use std::fmt::Write as _;
use std::path::Path;

use clap::ValueEnum;

use crate::cli::{Config, ExitStatus, Format, emit, lang_for, read_error, unsupported};
use crate::error::Error;
use crate::evaluate::evaluation::tag_prefix;
use crate::history::provenance;
use crate::lang::Lang;
use crate::model::Audience;
use crate::site::{self, theme::Theme};
use crate::source::WorkTree;
use crate::validate::client::FileCache;
use crate::write::folder as output;

/// Who the site is for (`--audience`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum AudienceArg {
    /// Anyone: organisation, declaration, review, the policy, public evidence.
    Public,
    /// Business partners: adds the diagnosis, principles, partners' evidence and history.
    Partners,
    /// The company itself: adds notes, improvement actions, internal evidence, findings.
    Internal,
}

impl From<AudienceArg> for Audience {
    fn from(a: AudienceArg) -> Audience {
        match a {
            AudienceArg::Public => Audience::Public,
            AudienceArg::Partners => Audience::Partners,
            AudienceArg::Internal => Audience::Internal,
        }
    }
}

pub(super) fn run(
    cfg: &Config,
    out: &Path,
    audience: Option<AudienceArg>,
) -> Result<ExitStatus, Error> {
    let format = cfg.format.unwrap_or(Format::Text);
    if !matches!(format, Format::Text | Format::Json) {
        return Err(unsupported("site", format));
    }
    // The working folder is read taking blob ids, so the commits the site is compared
    // with (HEAD, the last review) reuse its work on every file they share with it.
    let source = WorkTree::with_blob_ids(&cfg.repo);
    let mut files = FileCache::default();
    files.keep_first(true);
    let v = crate::validate::validate_cached(&source, &mut files)
        .map_err(|e| read_error(&cfg.repo, e))?;
    files.keep_first(false);
    let known = provenance::Known {
        files,
        hashes: source
            .blob_ids()
            .map(|ids| ids.evidence_hashes())
            .unwrap_or_default()
            .into_iter()
            .filter_map(|(id, sha256)| Some((git2::Oid::from_bytes(&id).ok()?, sha256)))
            .collect(),
    };
    let lang = lang_for(cfg, Some(&v.client));
    let today = cfg.today;
    let s = crate::history::review::status_with_review(&cfg.repo, &v, today);
    let site::Built {
        site: built,
        provenance: prov,
        theme,
    } = site::build(
        &cfg.repo,
        &v,
        &s,
        audience.map(Audience::from),
        provenance::read_knowing(&cfg.repo, &tag_prefix(&v.client), &s.digest, today, known),
        Theme::with_overrides(crate::load::theme::read(&cfg.repo)?),
    )?;
    output::write(out, &built.tree)?;

    let errors = s.findings.iter().filter(|f| f.is_error()).count();
    let shown = out.display().to_string();
    let report = match format {
        Format::Json => json(&built, &shown, &theme, &prov, &s.digest, errors),
        _ => text(&built, &shown, &theme, &prov, errors, lang, cfg.quiet),
    };
    emit(&report)?;
    Ok(ExitStatus::findings_if(s.has_errors()))
}

fn json(
    built: &site::Site,
    out: &str,
    theme: &Theme,
    prov: &provenance::Provenance,
    digest: &str,
    errors: usize,
) -> String {
    let value = serde_json::json!({
        "out": out,
        "digest": digest,
        "commit": prov.commit,
        "last_review": prov.last_review().map(|r| serde_json::json!({"ref": r.name, "date": r.date})),
        "audience": built.audience.as_str(),
        "languages": built.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>(),
        "files": built.tree.files().map(|(p, _)| p).collect::<Vec<_>>(),
        "evidence_withheld": built.withheld,
        "theme": theme.overridden,
        "theme_ignored": theme.ignored,
        "errors": errors,
    });
    crate::render::json::document(&value)
}

fn text(
    built: &site::Site,
    out: &str,
    theme: &Theme,
    prov: &provenance::Provenance,
    errors: usize,
    lang: Lang,
    quiet: bool,
) -> String {
    let mut s = String::new();
    let audience = built.audience.as_str();
    let n = built.tree.len();
    let langs = built
        .languages
        .iter()
        .map(|l| l.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let line = |s: &mut String, ja: String, en: String| {
        let _ = writeln!(s, "{}", if lang == Lang::Ja { ja } else { en });
    };
    if !quiet {
        line(
            &mut s,
            format!(
                "サイトを {out} に書き出しました（対象: {audience}、言語: {langs}、{n} ファイル）"
            ),
            format!(
                "wrote the site to {out} (audience: {audience}; languages: {langs}; {n} files)"
            ),
        );
        if !theme.overridden.is_empty() {
            let list = theme.overridden.join(", ");
            line(&mut s, format!("テーマ: {list}"), format!("theme: {list}"));
        }
        if let provenance::Reviews::Unavailable(why) = &prov.reviews {
            let why = why.detail.get(lang);
            line(
                &mut s,
                format!("注意: 見直しの記録なしで作成しました（{why}）"),
                format!("note: built without the review record ({why})"),
            );
        }
    }
    if !theme.ignored.is_empty() {
        let list = theme.ignored.join(", ");
        line(
            &mut s,
            format!(
                "注意: テーマの次のファイルは使われません（使えるのは *.html、*.svg、style.css）: {list}"
            ),
            format!(
                "note: these theme files are not used (hoshi reads *.html, *.svg and style.css): {list}"
            ),
        );
    }
    if !built.withheld.is_empty() {
        let list = built.withheld.join(", ");
        line(
            &mut s,
            format!(
                "注意: 次の証跡のファイルは、見つからないか登録時の sha256 と一致しないため、掲載していません: {list}"
            ),
            format!(
                "note: the files of these evidence items are missing or do not match their sha256, so they are not in the site: {list}"
            ),
        );
    }
    if errors > 0 {
        line(
            &mut s,
            format!("ファイルに {errors} 件のエラーがあります。`hoshi status` で確認してください"),
            format!("the files have {errors} error(s); see `hoshi status`"),
        );
    }
    s
}
