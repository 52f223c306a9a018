//! `hoshi site`: the static compliance site, rendered in memory from one evaluation and
//! written atomically by [`output`].
//!
//! Layout: `index.html` (a landing page linking each language), `<lang>/*.html` (one
//! folder per language in `site.languages`), `style.css`, `badge.svg`, `status.json` (the
//! public subset, for machines) and `files/<evidence id>/<name>` (evidence files the
//! audience may see, checked against their recorded sha256). Pages depend on the
//! audience; what each audience may read is decided in [`view`].
//!
//! Identical input gives identical bytes: nothing depends on the clock or the order of
//! a folder listing, and nothing is fetched from another host.

pub mod chart;
pub mod dashboard;
pub mod scs;

pub mod theme;
pub mod view;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use minijinja::value::Serde;
use rayon::prelude::*;
use serde::Serialize;
use serde_json::json;

use crate::error::Error;
use crate::evaluate::status::Status;
use crate::finding::Code;
use crate::history::provenance::{Provenance, Reviews};
use crate::lang::{Lang, Text};
use crate::model::files::FileKind;
use crate::model::{Audience, Profile};
use crate::site::theme::Theme;
use crate::site::view::{Input, PublishedFile};
use crate::text;
use crate::validate::Validation;
use crate::write::folder::Tree;

/// The pages of each language, in navigation order, with the lowest audience that gets them.
pub const PAGES: &[(&str, Audience)] = &[
    ("index", Audience::Public),
    ("policy", Audience::Public),
    ("diagnosis", Audience::Partners),
    ("principles", Audience::Partners),
    ("evidence", Audience::Public),
    ("history", Audience::Partners),
    ("actions", Audience::Internal),
    // One print-ready page to attach to questionnaires and subsidy files.
    ("packet", Audience::Partners),
    // ★3 readiness of the SCS scheme, only for a client with a scs.yaml; never public.
    ("scs", Audience::Partners),
];

const LABELS: &str = include_str!("../../assets/site/labels.yaml");

/// The site's words by key, in both languages: its own (`assets/site/labels.yaml`) and
/// the vocabulary it shares with the reports.
pub fn labels() -> &'static BTreeMap<String, Text> {
    static LABELS_MAP: OnceLock<BTreeMap<String, Text>> = OnceLock::new();
    LABELS_MAP.get_or_init(|| {
        let mut words = crate::load::vocabulary::vocabulary().clone();
        words.extend(own_labels());
        words
    })
}

/// The words only the site's pages use.
fn own_labels() -> BTreeMap<String, Text> {
    crate::load::yaml::load(LABELS.as_bytes())
        .document
        .and_then(|d| serde_json::from_value(d.value).ok())
        .unwrap_or_default()
}

fn labels_in(lang: Lang) -> BTreeMap<&'static str, &'static str> {
    labels()
        .iter()
        .map(|(k, t)| (k.as_str(), t.get(lang)))
        .collect()
}

/// What to build.
pub struct Request<'a> {
    /// The client root (evidence files and `theme/` are read from here).
    pub root: &'a Path,
    pub validation: &'a Validation,
    pub status: &'a Status,
    pub provenance: &'a Provenance,
    pub theme: &'a Theme,
    pub audience: Audience,
}

/// A rendered site, not yet written.
#[derive(Debug, Clone)]
pub struct Site {
    pub tree: Tree,
    pub languages: Vec<Lang>,
    pub audience: Audience,
    /// Evidence files registered for the audience but left out (missing, changed, or
    /// outside the client root), by evidence id.
    pub withheld: Vec<String>,
}

/// A site with what it was built from, ready for [`crate::write::folder::write`].
#[derive(Debug, Clone)]
pub struct Built {
    pub site: Site,
    pub provenance: Provenance,
    pub theme: Theme,
}

/// Builds the site of the client at `root` in memory from what it is given: the evaluated
/// files, their git provenance ([`crate::history::provenance::read`]) and the theme
/// ([`Theme::with_overrides`]), for `audience` (default: `site.audience` in hoshi.yaml).
/// It reads no file itself: evidence files are copied when the tree is written
/// ([`crate::write::folder::write`]).
pub fn build(
    root: &Path,
    validation: &Validation,
    status: &Status,
    audience: Option<Audience>,
    provenance: Provenance,
    theme: Theme,
) -> Result<Built, Error> {
    let profile = needs_profile(validation)?;
    let site = render(&Request {
        root,
        validation,
        status,
        provenance: &provenance,
        theme: &theme,
        audience: audience.unwrap_or(profile.site.audience),
    })?;
    Ok(Built {
        site,
        provenance,
        theme,
    })
}

/// Why a site cannot be built from the files as they are.
pub fn needs_profile(v: &Validation) -> Result<&Profile, Error> {
    v.client.profile.as_deref().ok_or_else(|| {
        Error::Site(text!(
            "hoshi.yaml にエラーがあるため、サイトを作れません。`hoshi validate` で確認してください",
            "hoshi.yaml has errors, so the site cannot be built; see `hoshi validate`"
        ))
    })
}

/// The languages of the site: `site.languages` in order, without repeats.
pub fn languages(profile: &Profile) -> Vec<Lang> {
    let mut out = Vec::new();
    for l in profile.site.languages.iter().filter_map(|s| Lang::parse(s)) {
        if !out.contains(&l) {
            out.push(l);
        }
    }
    if out.is_empty() {
        out = vec![Lang::Ja, Lang::En];
    }
    out
}

#[derive(Serialize)]
struct NavItem {
    page: &'static str,
    href: String,
    label: &'static str,
}

#[derive(Serialize)]
struct Alternate {
    lang: &'static str,
    href: String,
    label: &'static str,
}

#[derive(Serialize)]
struct PageContext<'a> {
    page: &'a str,
    /// From the page to the site root (`../` for language pages).
    root: &'a str,
    lang: &'static str,
    t: &'a BTreeMap<&'static str, &'static str>,
    nav: &'a [NavItem],
    alternates: Vec<Alternate>,
    /// The [`View`], converted once for every page of its language.
    site: &'a minijinja::Value,
    generator: &'static str,
}

#[derive(Serialize)]
struct LandingLanguage<'a> {
    lang: &'static str,
    href: String,
    label: &'static str,
    title: &'a str,
    intro: &'static str,
    org: &'a str,
}

#[derive(Serialize)]
struct LandingContext<'a> {
    page: &'a str,
    root: &'a str,
    lang: &'static str,
    t: &'a BTreeMap<&'static str, &'static str>,
    nav: &'a [NavItem],
    alternates: Vec<Alternate>,
    site: &'a minijinja::Value,
    languages: Vec<LandingLanguage<'a>>,
    generator: &'static str,
}

const GENERATOR: &str = concat!("hoshi ", env!("CARGO_PKG_VERSION"));

/// One language of the site: its view, the view as a template value, and its pages by path.
type LangPages = (Lang, view::View, minijinja::Value, Vec<(String, String)>);

/// Renders the whole site in memory.
pub fn render(req: &Request) -> Result<Site, Error> {
    let profile = needs_profile(req.validation)?;
    let langs = languages(profile);
    let mut tree = Tree::new();
    let (files, withheld) = evidence_files(req, &mut tree)?;
    let input = Input {
        validation: req.validation,
        profile,
        status: req.status,
        provenance: req.provenance,
        audience: req.audience,
        files: &files,
    };
    let listed = req
        .validation
        .client
        .evidence
        .as_ref()
        .map_or(0, |r| r.evidence.len())
        + match &req.provenance.reviews {
            Reviews::Found(r) => r.len(),
            Reviews::Unavailable(_) => 0,
        };
    let env = req.theme.environment(listed)?;
    let render = |name: &str, ctx: minijinja::Value| theme::render(&env, name, ctx);
    let suffix = labels()
        .get("site_suffix")
        .cloned()
        .unwrap_or_else(|| Text::new("", ""));
    let pages: Vec<&str> = PAGES
        .iter()
        .filter(|(_, a)| *a <= req.audience)
        .filter(|(p, _)| *p != "scs" || req.status.scs_readiness().is_some())
        .map(|(p, _)| *p)
        .collect();
    // Each language on its own thread: its view and pages depend on nothing the other
    // makes, and the tree sorts the pages by path whatever order they come in.
    let per_lang: Vec<Result<LangPages, Error>> = langs
        .par_iter()
        .map(|&lang| {
            let view = view::build(&input, lang, &suffix);
            // Converted once: a page's context holds it as it is (a value in a value is
            // not converted again), where each page converting the view cost as much as
            // rendering it.
            let site_value = minijinja::Value::from(Serde(&view));
            let t = labels_in(lang);
            let nav: Vec<NavItem> = pages
                .iter()
                .map(|p| NavItem {
                    page: p,
                    href: format!("{p}.html"),
                    label: label(&t, &format!("nav_{p}")),
                })
                .collect();
            let mut html = Vec::with_capacity(pages.len());
            for page in &pages {
                let alternates = langs
                    .iter()
                    .filter(|l| **l != lang)
                    .map(|l| Alternate {
                        lang: l.as_str(),
                        href: format!("../{}/{page}.html", l.as_str()),
                        label: label(&labels_in(*l), "lang_name"),
                    })
                    .collect();
                let ctx = PageContext {
                    page,
                    root: "../",
                    lang: lang.as_str(),
                    t: &t,
                    nav: &nav,
                    alternates,
                    site: &site_value,
                    generator: GENERATOR,
                };
                let page_html =
                    render(&format!("{page}.html"), minijinja::Value::from(Serde(&ctx)))?;
                html.push((format!("{}/{page}.html", lang.as_str()), page_html));
            }
            Ok((lang, view, site_value, html))
        })
        .collect();
    let mut views = Vec::with_capacity(per_lang.len());
    for done in per_lang {
        let (lang, view, site_value, html) = done?;
        for (path, page_html) in html {
            add(&mut tree, &path, page_html.into_bytes())?;
        }
        views.push((lang, view, site_value));
    }
    let Some((first, _, first_view)) = views.first() else {
        return Err(Error::Site(text!(
            "サイトの言語がありません",
            "the site has no language"
        )));
    };
    let t = labels_in(*first);
    let landing = LandingContext {
        page: "landing",
        root: "",
        lang: first.as_str(),
        t: &t,
        nav: &[],
        alternates: Vec::new(),
        site: first_view,
        languages: views
            .iter()
            .map(|(l, v, _)| LandingLanguage {
                lang: l.as_str(),
                href: format!("{}/index.html", l.as_str()),
                label: label(&labels_in(*l), "lang_name"),
                title: &v.title,
                intro: label(&labels_in(*l), "landing_intro"),
                org: &v.org.name,
            })
            .collect(),
        generator: GENERATOR,
    };
    let html = render("landing.html", minijinja::Value::from(Serde(&landing)))?;
    add(&mut tree, "index.html", html.into_bytes())?;

    let declared = req.status.declaration.as_ref().map(|d| {
        let mark = req
            .status
            .eligibility
            .get(d.level)
            .map(|l| l.mark.clone())
            .unwrap_or_else(|| "★".repeat(usize::from(d.level)));
        (mark, d.holds)
    });
    let badge = chart::badge(declared.as_ref().map(|(m, h)| (m.as_str(), *h)));
    let svg = render(
        "badge.svg",
        minijinja::Value::from(Serde(&json!({ "badge": badge }))),
    )?;
    add(&mut tree, "badge.svg", svg.into_bytes())?;
    add(
        &mut tree,
        theme::STYLESHEET,
        req.theme.css.clone().into_bytes(),
    )?;
    add(
        &mut tree,
        "status.json",
        status_json(req, profile, &langs).into_bytes(),
    )?;
    Ok(Site {
        tree,
        languages: langs,
        audience: req.audience,
        withheld,
    })
}

fn label(t: &BTreeMap<&'static str, &'static str>, key: &str) -> &'static str {
    t.get(key).copied().unwrap_or("")
}

fn add(tree: &mut Tree, path: &str, bytes: Vec<u8>) -> Result<(), Error> {
    let bytes = if path.ends_with(".html") {
        with_csp(&String::from_utf8_lossy(&bytes)).into_bytes()
    } else {
        bytes
    };
    tree.add(path, bytes).map_err(|e| bad_path(&e.0))
}

/// The Content-Security-Policy every generated page carries: the site needs no script,
/// so none runs, whatever a theme template writes (no `fetch` of another client's pages
/// from the dashboard, no injected markup that calls home).
pub const CSP: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'\">";

/// `html` with [`CSP`] as the first element of its `<head>` (or first of the page, when a
/// template has no head), before anything else a template (a client's theme included) put
/// there: a policy in a `<meta>` governs only what comes after it.
pub fn with_csp(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let open_tag_end = |name: &str| {
        let mut from = 0;
        while let Some(i) = lower[from..].find(name) {
            let at = from + i;
            let next = lower.as_bytes().get(at + name.len()).copied();
            if matches!(next, Some(b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/')) {
                return lower[at..].find('>').map(|e| at + e + 1);
            }
            from = at + name.len();
        }
        None
    };
    match open_tag_end("<head").or_else(|| open_tag_end("<html")) {
        Some(at) => format!("{}\n{CSP}{}", &html[..at], &html[at..]),
        None => format!("{CSP}\n{html}"),
    }
}

fn bad_path(shown: &str) -> Error {
    Error::Site(text!(
        "サイトに書けないパスです: {shown}",
        "not a path the site can hold: {shown}"
    ))
}

/// Publishes the evidence files the audience may see as `files/<id>/<name>`, each only if
/// validation found it inside the client root with the recorded sha256. The files are
/// copied (and their sha256 checked again) when the tree is written.
fn evidence_files(
    req: &Request,
    tree: &mut Tree,
) -> Result<(Vec<PublishedFile>, Vec<String>), Error> {
    let mut files = Vec::new();
    let mut withheld = Vec::new();
    let Some(register) = &req.validation.client.evidence else {
        return Ok((files, withheld));
    };
    let mut items: Vec<_> = register
        .evidence
        .iter()
        .enumerate()
        .filter(|(_, e)| e.visibility <= req.audience && e.file.is_some())
        .collect();
    items.sort_by(|a, b| a.1.id.cmp(&b.1.id));
    let mut seen = std::collections::BTreeSet::new();
    for (index, item) in items {
        let Some(rel) = item.file.as_deref() else {
            withheld.push(item.id.clone());
            continue;
        };
        if !seen.insert(item.id.as_str()) {
            continue;
        }
        let Some(sha256) = item.sha256.as_deref().filter(|_| file_checked(req, index)) else {
            withheld.push(item.id.clone());
            continue;
        };
        let name = rel.rsplit('/').next().unwrap_or(rel).to_owned();
        let site_path = format!("files/{}/{name}", item.id);
        tree.add_copy(&site_path, req.root, rel, sha256)
            .map_err(|e| bad_path(&e.0))?;
        files.push(PublishedFile {
            id: item.id.clone(),
            site_path,
            name,
            sha256: sha256.to_owned(),
        });
    }
    Ok((files, withheld))
}

/// Whether validation found the file of evidence item `index` where it should be: a plain
/// path to a regular file inside the client root, matching its sha256.
fn file_checked(req: &Request, index: usize) -> bool {
    let at = format!("/evidence/{index}/");
    !req.validation.findings.iter().any(|f| {
        f.file == FileKind::Evidence.file_name()
            && f.path.starts_with(&at)
            && matches!(
                f.code,
                Code::EvidencePathInvalid
                    | Code::EvidenceFileMissing
                    | Code::EvidenceOutsideRoot
                    | Code::EvidenceNotRegularFile
                    | Code::EvidenceHashMismatch
            )
    })
}

/// `status.json`: the public subset, for machines. Field names are stable.
fn status_json(req: &Request, profile: &Profile, langs: &[Lang]) -> String {
    let s = req.status;
    let p = req.provenance;
    let last = p.last_review().map(|r| {
        json!({
            "ref": r.name,
            "date": r.date,
            "commit": r.commit,
        })
    });
    let mut value = json!({
        "organization": {
            "name": profile.organization.name,
            "name_en": profile.organization.name_en,
        },
        "declared": s.declaration.as_ref().map(|d| d.level),
        "eligible": s.eligibility.level,
        "holds": s.declaration.as_ref().and_then(|d| d.holds),
        "declaration": s.declaration.as_ref().map(|d| json!({
            "level": d.level,
            "id": d.id,
            "declared_on": d.declared_on,
            "holds": d.holds,
        })),
        "last_review": last,
        "digest": s.digest,
        "commit": p.commit,
        "uncommitted_changes": p.dirty,
        "policy": req.validation.client.policy.as_ref().map(|x| json!({
            "title": x.title,
            "established_on": x.established_on,
            "pages": langs.iter().map(|l| format!("{}/policy.html", l.as_str())).collect::<Vec<_>>(),
        })),
        "site": {
            "audience": req.audience.as_str(),
            "languages": langs.iter().map(|l| l.as_str()).collect::<Vec<_>>(),
            "base_url": profile.site.base_url,
        },
        "generator": GENERATOR,
    });
    // Only a recorded result: without one, the public file says nothing of ★3 at all.
    if let (serde_json::Value::Object(map), Some(_)) = (&mut value, &s.scs_result) {
        map.insert("scs_result".to_owned(), crate::render::scs::result_json(s));
    }
    crate::render::json::document(&value)
}

#[cfg(test)]
mod csp_tests {
    use super::*;

    #[test]
    fn the_policy_comes_before_anything_a_template_writes() {
        assert_eq!(
            with_csp("<!doctype html>\n<html lang=\"ja\">\n<HEAD>\n<script>x</script>"),
            format!("<!doctype html>\n<html lang=\"ja\">\n<HEAD>\n{CSP}\n<script>x</script>")
        );
        assert_eq!(
            with_csp("<html><header>h</header>"),
            format!("<html>\n{CSP}<header>h</header>")
        );
        assert_eq!(
            with_csp("<script>x</script>"),
            format!("{CSP}\n<script>x</script>")
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A word is defined once: in the shared vocabulary or among the site's own.
    #[test]
    fn site_words_do_not_redefine_the_vocabulary() {
        let own = own_labels();
        assert!(own.len() > 20, "labels.yaml did not load");
        let shared: Vec<&String> = own
            .keys()
            .filter(|k| crate::load::vocabulary::vocabulary().contains_key(*k))
            .collect();
        assert!(shared.is_empty(), "defined twice: {shared:?}");
        assert!(labels().contains_key("status_practiced"));
        assert!(labels().contains_key("scheme_heading"));
    }
}
