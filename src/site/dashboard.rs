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
use crate::site::theme::{self, Theme, template_error};
use crate::source::{WorkTree, hex};
use crate::write::folder::Tree;
use crate::{site, text, validate};

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
    state_label: String,
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
    let s = crate::history::review::status_with_review(&row.root, &v, today);
    let prefix = crate::evaluate::evaluation::tag_prefix(&v.client);
    let provenance = crate::history::provenance::read(&row.root, &prefix, &s.digest, today);
    // Every client's pages sit under one origin in the dashboard: no client's theme is
    // applied there, so no client's template can reach another's pages.
    let theme = Theme::embedded();
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

/// The page's words: each template key and the vocabulary word it shows.
const LABELS: &[(&str, &str)] = &[
    ("title", "portfolio_title"),
    ("private", "portfolio_private"),
    ("skip", "skip"),
    ("as_of", "as_of"),
    ("calendar", "portfolio_calendar"),
    ("state", "state"),
    ("client", "client"),
    ("declared", "declared"),
    ("eligible", "eligible"),
    ("score", "score"),
    ("last_review", "last_review"),
    ("next_review", "next_review"),
    ("next_deadline", "next_deadline"),
    ("actions_overdue", "actions_overdue"),
    ("evidence", "evidence_state"),
    ("errors", "errors"),
    ("warnings", "warnings"),
    ("practice", "of_which_advice"),
    ("reason", "why"),
    ("footer", "portfolio_footer"),
];

fn labels(lang: Lang) -> BTreeMap<&'static str, &'static str> {
    let words = site::labels();
    LABELS
        .iter()
        .map(|(key, word)| (*key, words.get(*word).map_or(*word, |t| t.get(lang))))
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
                    let (ja, en) = (&why.ja, &why.en);
                    let note = text!("サイトなし: {ja}", "no site: {en}");
                    (None, Some(note.get(lang).to_owned()))
                }
                None => (None, None),
            };
            DashRow {
                state_label: text.state.label().get(lang).to_owned(),
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
    let mut env = theme.environment(rows.len())?;
    env.add_template("portfolio.html", DASHBOARD)
        .map_err(|e| template_error("portfolio.html", &e))?;
    let ctx = Context {
        lang: lang.as_str(),
        generator: GENERATOR,
        t: labels(lang),
        as_of: today.to_string(),
        summary: summary(rows).get(lang).to_owned(),
        rows: &rows_shown,
    };
    let html = theme::render(
        &env,
        "portfolio.html",
        minijinja::Value::from(minijinja::value::Serde(&ctx)),
    )?;
    tree.add("index.html", site::with_csp(&html).into_bytes())
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
    fn every_word_of_the_page_is_defined() {
        let words = site::labels();
        for (key, word) in LABELS {
            assert!(words.contains_key(*word), "{key}: no word {word}");
        }
    }

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
