//! `hoshi portfolio --site DIR`: a private dashboard of every client, linking each client's
//! internal site, built with the same templates, theme overrides and safety rules as
//! `hoshi site` (autoescaped minijinja with strict undefined, written atomically into a
//! folder hoshi made, see [`crate::write::folder`]).
//!
//! Layout: `index.html` (the dashboard, most urgent first), `style.css`, `portfolio.json`,
//! `calendar.ics`, and `clients/<slug>/…`: each client's site for the `internal` audience,
//! exactly as `hoshi site --audience internal` builds it. The folder holds internal
//! information of every client: it is for the consultant, never for publishing.

use std::collections::{BTreeMap, HashSet};

use jiff::civil::Date;
use rayon::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::Error;
use crate::lang::{Lang, Text};
use crate::model::Audience;
use crate::portfolio::Row;
use crate::render::portfolio::{RowText, by_urgency, row_text, summary};
use crate::site::theme::{Theme, template_error};
use crate::source::{WorkTree, hex};
use crate::write::folder::Tree;
use crate::{evaluate::status, site, text, validate};

const DASHBOARD: &str = include_str!("../../assets/portfolio/dashboard.html");
const DASHBOARD_CSS: &str = include_str!("../../assets/portfolio/dashboard.css");
const GENERATOR: &str = concat!("hoshi ", env!("CARGO_PKG_VERSION"));

/// A dashboard ready for [`crate::write::folder::write`].
#[derive(Debug, Clone)]
pub struct Dashboard {
    pub tree: Tree,
    /// Clients whose site was built, by path.
    pub built: Vec<String>,
    /// Clients without a site, by path, with the reason.
    pub skipped: Vec<(String, Text)>,
}

#[derive(Serialize)]
struct DashRow {
    #[serde(flatten)]
    text: RowText,
    state_label: &'static str,
    mark: &'static str,
    href: Option<String>,
    site_note: Option<String>,
    evidence_class: Option<&'static str>,
}

#[derive(Serialize)]
struct Context<'a> {
    lang: &'static str,
    generator: &'static str,
    t: BTreeMap<&'static str, &'static str>,
    as_of: String,
    summary: String,
    rows: &'a [DashRow],
}

/// A folder name for a client's site: its path in ASCII letters, digits and `-`, made
/// unique (with a short hash of the path) when it is empty or already taken.
fn slug(path: &str, used: &mut HashSet<String>) -> String {
    let mut s = String::new();
    for c in path.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            s.push(c.to_ascii_lowercase());
        } else if !s.ends_with('-') {
            s.push('-');
        }
    }
    let s = s.trim_matches('-').chars().take(60).collect::<String>();
    let s = if s.is_empty() || used.contains(&s) {
        let hash = hex(&Sha256::digest(path.as_bytes()));
        let short = &hash[..8];
        if s.is_empty() {
            format!("client-{short}")
        } else {
            format!("{s}-{short}")
        }
    } else {
        s
    };
    used.insert(s.clone());
    s
}

/// One client's internal site, as `hoshi site --audience internal` builds it.
fn client_site(row: &Row, today: Date) -> Result<Tree, Text> {
    if let Some(e) = &row.error {
        return Err(e.clone());
    }
    let why = |e: Error| Text::new(e.message(Lang::Ja), e.message(Lang::En));
    let v = validate::validate(&WorkTree::new(&row.root)).map_err(|_| {
        text!(
            "クライアントのファイルを読めません",
            "the client's files cannot be read"
        )
    })?;
    let s = status::evaluate(&v, today);
    let prefix = crate::evaluate::evaluation::tag_prefix(&v.client);
    let provenance = crate::history::provenance::read(&row.root, &prefix, &s.digest, today);
    let theme = Theme::with_overrides(crate::load::theme::read(&row.root).map_err(why)?);
    let built = site::build(
        &row.root,
        &v,
        &s,
        Some(Audience::Internal),
        provenance,
        theme,
    )
    .map_err(why)?;
    Ok(built.site.tree)
}

fn labels(lang: Lang) -> BTreeMap<&'static str, &'static str> {
    let pairs: &[(&str, &str, &str)] = &[
        (
            "title",
            "SECURITY ACTION クライアント一覧",
            "SECURITY ACTION clients",
        ),
        (
            "private",
            "非公開: すべてのクライアントの社内向け情報を含みます。公開しないでください",
            "Private: holds every client's internal information. Do not publish.",
        ),
        ("skip", "本文へ移動", "Skip to content"),
        ("as_of", "基準日", "As of"),
        (
            "calendar",
            "期限のカレンダー（iCalendar）",
            "Due dates (iCalendar)",
        ),
        ("state", "状態", "State"),
        ("client", "クライアント", "Client"),
        ("declared", "宣言", "Declared"),
        ("eligible", "判定", "Eligible"),
        ("score", "点数", "Score"),
        ("last_review", "最終見直し", "Last review"),
        ("next_review", "次の見直し", "Next review"),
        ("evidence", "証跡 切れ/間近", "Evidence expired/soon"),
        ("errors", "エラー", "Errors"),
        ("warnings", "警告", "Warnings"),
        ("reason", "理由", "Reason"),
        (
            "footer",
            "各クライアント名のリンク先は、そのクライアントの社内向けサイト（hoshi site --audience internal と同じもの）です。SECURITY ACTION は自己宣言であり、認定ではありません。",
            "Each client's name links to its internal site (as hoshi site --audience internal builds it). SECURITY ACTION is a self-declaration, not a certification.",
        ),
    ];
    pairs
        .iter()
        .map(|(k, ja, en)| {
            (
                *k,
                match lang {
                    Lang::Ja => *ja,
                    Lang::En => *en,
                },
            )
        })
        .collect()
}

/// Builds the dashboard and every client's internal site (in parallel) in memory.
/// `json` and `calendar` are the `--format json` output and the iCalendar file.
pub fn build(
    rows: &[Row],
    today: Date,
    lang: Lang,
    json: &str,
    calendar: &str,
) -> Result<Dashboard, Error> {
    let sites: Vec<Result<Tree, Text>> = rows.par_iter().map(|r| client_site(r, today)).collect();
    let mut tree = Tree::new();
    let bad_path = |e: crate::write::folder::BadPath| {
        let p = e.0;
        Error::Site(text!(
            "サイトに書けないパスです: {p}",
            "a path that cannot be part of the site: {p}"
        ))
    };
    let mut used = HashSet::new();
    let mut hrefs: BTreeMap<&str, Result<String, Text>> = BTreeMap::new();
    let (mut built, mut skipped) = (Vec::new(), Vec::new());
    for (row, site) in rows.iter().zip(sites) {
        match site {
            Ok(client) => {
                let dir = format!("clients/{}", slug(&row.path, &mut used));
                tree.insert_tree(&dir, client).map_err(bad_path)?;
                hrefs.insert(&row.path, Ok(format!("{dir}/index.html")));
                built.push(row.path.clone());
            }
            Err(why) => {
                hrefs.insert(&row.path, Err(why.clone()));
                skipped.push((row.path.clone(), why));
            }
        }
    }
    let rows_shown: Vec<DashRow> = by_urgency(rows)
        .into_iter()
        .map(|r| {
            let text = row_text(r, lang);
            let (href, site_note) = match hrefs.get(r.path.as_str()) {
                Some(Ok(h)) => (Some(h.clone()), None),
                Some(Err(why)) => {
                    let note = match lang {
                        Lang::Ja => format!("サイトなし: {}", why.ja),
                        Lang::En => format!("no site: {}", why.en),
                    };
                    (None, Some(note))
                }
                None => (None, None),
            };
            DashRow {
                state_label: text.state.label(lang),
                mark: text.state.mark(),
                evidence_class: match (r.evidence_expired, r.evidence_expiring) {
                    (0, 0) => None,
                    (0, _) => Some("warn"),
                    _ => Some("bad"),
                },
                text,
                href,
                site_note,
            }
        })
        .collect();
    let theme = Theme::embedded();
    let mut env = theme.environment()?;
    env.add_template("portfolio.html", DASHBOARD)
        .map_err(|e| template_error("portfolio.html", &e))?;
    let ctx = Context {
        lang: site::view::lang_code(lang),
        generator: GENERATOR,
        t: labels(lang),
        as_of: today.to_string(),
        summary: summary(rows, lang).trim_end().to_owned(),
        rows: &rows_shown,
    };
    let html = env
        .get_template("portfolio.html")
        .and_then(|t| t.render(minijinja::value::Serde(&ctx)))
        .map_err(|e| template_error("portfolio.html", &e))?;
    tree.add("index.html", html.into_bytes())
        .map_err(bad_path)?;
    tree.add(
        "style.css",
        format!("{}{DASHBOARD_CSS}", theme.css).into_bytes(),
    )
    .map_err(bad_path)?;
    tree.add("portfolio.json", json.as_bytes().to_vec())
        .map_err(bad_path)?;
    tree.add("calendar.ics", calendar.as_bytes().to_vec())
        .map_err(bad_path)?;
    Ok(Dashboard {
        tree,
        built,
        skipped,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_and_unique() {
        let mut used = HashSet::new();
        assert_eq!(
            slug("consultant/clients/Minato", &mut used),
            "consultant-clients-minato"
        );
        let again = slug("consultant/clients/minato", &mut used);
        assert!(again.starts_with("consultant-clients-minato-") && again.len() > 26);
        let kanji = slug("顧客/みなと", &mut used);
        assert!(kanji.starts_with("client-"), "{kanji}");
        assert_eq!(slug(".", &mut used).len(), "client-".len() + 8);
    }
}
