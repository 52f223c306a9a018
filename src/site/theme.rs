//! The site's templates and stylesheet: embedded in the binary, overridable file by file
//! from the client's `theme/` folder (as mdBook does).
//!
//! Templates are minijinja with HTML autoescape (for `.html` and `.svg`) and strict
//! undefined behaviour, so a misspelt variable is an error rather than an empty string.

use minijinja::syntax::SyntaxConfig;
use minijinja::{AutoEscape, Environment, ErrorKind, Output, State, UndefinedBehavior, Value};

use crate::error::Error;
use crate::text;

use crate::load::theme::ThemeFiles;
pub use crate::load::theme::{STYLESHEET, THEME_DIR};

/// Embedded templates by name.
pub const TEMPLATES: &[(&str, &str)] = &[
    (
        "base.html",
        include_str!("../../assets/site/templates/base.html"),
    ),
    (
        "macros.html",
        include_str!("../../assets/site/templates/macros.html"),
    ),
    (
        "landing.html",
        include_str!("../../assets/site/templates/landing.html"),
    ),
    (
        "index.html",
        include_str!("../../assets/site/templates/index.html"),
    ),
    (
        "policy.html",
        include_str!("../../assets/site/templates/policy.html"),
    ),
    (
        "diagnosis.html",
        include_str!("../../assets/site/templates/diagnosis.html"),
    ),
    (
        "principles.html",
        include_str!("../../assets/site/templates/principles.html"),
    ),
    (
        "evidence.html",
        include_str!("../../assets/site/templates/evidence.html"),
    ),
    (
        "history.html",
        include_str!("../../assets/site/templates/history.html"),
    ),
    (
        "actions.html",
        include_str!("../../assets/site/templates/actions.html"),
    ),
    (
        "packet.html",
        include_str!("../../assets/site/templates/packet.html"),
    ),
    (
        "scs.html",
        include_str!("../../assets/site/templates/scs.html"),
    ),
    (
        "badge.svg",
        include_str!("../../assets/site/templates/badge.svg"),
    ),
];

const EMBEDDED_CSS: &str = include_str!("../../assets/site/style.css");

/// Templates and stylesheet after the client's overrides.
#[derive(Debug, Clone)]
pub struct Theme {
    /// Every template by name, sorted; overrides replace embedded ones, and extra
    /// `.html` files in `theme/` are added (for `{% include %}` from an override).
    pub templates: Vec<(String, String)>,
    pub css: String,
    /// Theme files used, sorted (for messages).
    pub overridden: Vec<String>,
    /// Files in `theme/` that hoshi does not read (a misspelt name, say), sorted.
    pub ignored: Vec<String>,
}

impl Theme {
    /// The embedded theme alone.
    pub fn embedded() -> Theme {
        let mut templates: Vec<(String, String)> = TEMPLATES
            .iter()
            .map(|(n, s)| ((*n).to_owned(), (*s).to_owned()))
            .collect();
        templates.sort();
        Theme {
            templates,
            css: EMBEDDED_CSS.to_owned(),
            overridden: Vec::new(),
            ignored: Vec::new(),
        }
    }

    /// The embedded theme with the client's overrides (see [`crate::load::theme::read`]):
    /// a file of an embedded name replaces it, another `.html` is added (for
    /// `{% include %}` from an override).
    pub fn with_overrides(overrides: ThemeFiles) -> Theme {
        let mut theme = Theme::embedded();
        for (name, source) in overrides.files {
            if name == STYLESHEET {
                theme.css = source;
            } else if let Some(t) = theme.templates.iter_mut().find(|(n, _)| *n == name) {
                t.1 = source;
            } else {
                theme.templates.push((name.clone(), source));
            }
            theme.overridden.push(format!("{THEME_DIR}/{name}"));
        }
        theme.ignored = overrides.ignored;
        theme.templates.sort();
        theme
    }

    /// A template environment over these templates, with a budget per page that grows
    /// with the `items` the pages list (evidence items, reviews, clients): a theme
    /// template that loops or allocates without end stops with an error instead of
    /// running for minutes or filling the memory.
    pub fn environment(&self, items: usize) -> Result<Environment<'_>, Error> {
        let mut env = Environment::new();
        env.set_fuel(Some(fuel(items)));
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        // Files end with a newline, as the templates do.
        if let Ok(syntax) = SyntaxConfig::builder().keep_trailing_newline(true).build() {
            env.set_syntax(syntax);
        }
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") || name.ends_with(".svg") {
                AutoEscape::Html
            } else {
                AutoEscape::None
            }
        });
        env.set_formatter(format_value);
        env.add_filter("date", date);
        env.add_filter("urlpath", urlpath);
        env.add_filter("code", code);
        for (name, source) in &self.templates {
            env.add_template(name, source)
                .map_err(|e| template_error(name, &e))?;
        }
        Ok(env)
    }
}

/// The instruction and allocation budget of one page (minijinja's fuel: about one unit per
/// instruction and per 64 bytes allocated): a base and a share per listed item. The
/// embedded templates use about 4,000 for example-repo's largest page, and about 125 per
/// evidence item and 130 per dashboard row, so the budget leaves a wide margin for a
/// theme while a loop of millions of steps, or a value of tens of megabytes, runs out.
pub fn fuel(items: usize) -> u64 {
    const BASE: u64 = 1_000_000;
    const PER_ITEM: u64 = 2_000;
    BASE.saturating_add(PER_ITEM.saturating_mul(u64::try_from(items).unwrap_or(u64::MAX)))
}

/// The most one page may be, in bytes.
pub const MAX_PAGE: usize = 64 << 20;

/// Renders `name` with `ctx` within the page budget.
pub fn render(env: &Environment<'_>, name: &str, ctx: Value) -> Result<String, Error> {
    let template = env
        .get_template(name)
        .map_err(|e| template_error(name, &e))?;
    let mut out = Capped::default();
    match template.render_captured_to(ctx, &mut out) {
        Ok(_) => Ok(String::from_utf8(out.bytes).unwrap_or_default()),
        Err(e) if out.over || e.kind() == ErrorKind::WriteFailure => Err(too_large(name)),
        Err(e) if e.kind() == ErrorKind::OutOfFuel => Err(out_of_fuel(name)),
        Err(e) => Err(template_error(name, &e)),
    }
}

/// The rendered bytes, refused past [`MAX_PAGE`].
#[derive(Default)]
struct Capped {
    bytes: Vec<u8>,
    over: bool,
}

impl std::io::Write for Capped {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.bytes.len() + buf.len() > MAX_PAGE {
            self.over = true;
            return Err(std::io::Error::other("page too large"));
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn too_large(name: &str) -> Error {
    let mib = MAX_PAGE >> 20;
    Error::Site(text!(
        "サイトのテンプレート {name} の出力が {mib} MiB を超えたため中止しました。theme/ のテンプレートを見直してください",
        "the site template {name} stopped: its output passed {mib} MiB; check the templates in theme/"
    ))
}

fn out_of_fuel(name: &str) -> Error {
    Error::Site(text!(
        "サイトのテンプレート {name} が処理の上限に達したため中止しました（繰り返しや大きな値を作る式がないか theme/ のテンプレートを見直してください）",
        "the site template {name} stopped at its processing limit (check theme/ for loops or expressions that build huge values)"
    ))
}

/// Writes a value into the output: HTML-escaped (`& < > " '`, enough for text and quoted
/// attributes; unlike minijinja's default, `/` stays readable in paths and URLs) unless it
/// is marked safe. Printing an undefined value is an error, as strict undefined asks.
fn format_value(
    out: &mut Output,
    state: &mut State,
    value: &Value,
) -> Result<(), minijinja::Error> {
    if value.is_undefined() {
        return Err(minijinja::Error::new(
            ErrorKind::UndefinedError,
            "undefined value printed",
        ));
    }
    if *state.auto_escape() != AutoEscape::Html || value.is_safe() {
        return minijinja::escape_formatter(out, state, value);
    }
    let owned;
    let text = match value.as_str() {
        Some(s) => s,
        None => {
            owned = value.to_string();
            &owned
        }
    };
    // A value larger than a page is refused before it is copied.
    if text.len() > MAX_PAGE {
        return Err(minijinja::Error::new(
            ErrorKind::WriteFailure,
            "value larger than a page",
        ));
    }
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    out.write_str(&escaped)
        .map_err(|_| minijinja::Error::new(ErrorKind::WriteFailure, "cannot write output"))
}

/// A template that does not compile or render, named with its line.
pub fn template_error(name: &str, e: &minijinja::Error) -> Error {
    let mut detail = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        detail.push_str(&format!(": {s}"));
        source = s.source();
    }
    Error::Site(text!(
        "サイトのテンプレート {name} でエラーが発生しました: {detail}",
        "the site template {name} failed: {detail}"
    ))
}

/// `{{ "2026-04-01"|date(lang) }}`: `2026年4月1日` in Japanese, `1 April 2026` in
/// English; anything that is not a date is returned as it is.
fn date(value: String, lang: String) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let Ok(d) = value.parse::<jiff::civil::Date>() else {
        return value;
    };
    let month = usize::try_from(d.month()).unwrap_or(1).clamp(1, 12);
    match lang.as_str() {
        "ja" => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        _ => format!("{} {} {}", d.day(), MONTHS[month - 1], d.year()),
    }
}

/// `{{ path|urlpath }}`: percent-encodes each segment of a relative path for an `href`.
/// hoshi's own message as HTML, with what it puts between backticks (a command, a key) as
/// `<code>`: the rest is escaped as every value is.
fn code(value: String) -> minijinja::Value {
    let escape = |s: &str| {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&#39;"),
                c => out.push(c),
            }
        }
        out
    };
    let html = match crate::render::untrusted::code_spans(&value) {
        None => escape(&value),
        Some(parts) => parts
            .into_iter()
            .map(|(is_code, p)| {
                if is_code {
                    format!("<code>{}</code>", escape(p))
                } else {
                    escape(p)
                }
            })
            .collect(),
    };
    minijinja::Value::from_safe_string(html)
}

fn urlpath(value: String) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_filter_marks_commands_and_escapes_the_rest() {
        assert_eq!(
            code("`hoshi review` で <記録>".into()).to_string(),
            "<code>hoshi review</code> で &lt;記録&gt;"
        );
        assert_eq!(code("a ` b".into()).to_string(), "a ` b");
    }

    #[test]
    fn dates_in_both_languages() {
        assert_eq!(date("2026-04-01".into(), "ja".into()), "2026年4月1日");
        assert_eq!(date("2026-04-01".into(), "en".into()), "1 April 2026");
        assert_eq!(date("soon".into(), "en".into()), "soon");
    }

    #[test]
    fn paths_are_encoded_per_segment() {
        assert_eq!(
            urlpath("files/EV-1/a b#?.txt".into()),
            "files/EV-1/a%20b%23%3F.txt"
        );
        assert_eq!(urlpath("日".into()), "%E6%97%A5");
    }

    #[test]
    fn embedded_templates_compile_and_undefined_is_an_error() {
        let theme = Theme::embedded();
        let mut env = theme.environment(0).expect("compiles");
        env.add_template("t.html", "{{ nope }}").expect("parses");
        let t = env.get_template("t.html").expect("template");
        assert!(t.render(minijinja::context! {}).is_err());
        let escaped = env
            .render_str("{{ x }}", minijinja::context! { x => "<b>" })
            .expect("renders");
        // render_str has no .html name, so no escaping: autoescape follows the name.
        assert_eq!(escaped, "<b>");
        env.add_template("e.html", "{{ x }}").expect("parses");
        let html = env
            .get_template("e.html")
            .and_then(|t| t.render(minijinja::context! { x => "<b>\"'" }))
            .expect("renders");
        assert_eq!(html, "&lt;b&gt;&quot;&#39;");
        let path = env
            .get_template("e.html")
            .and_then(|t| t.render(minijinja::context! { x => "../a/b.html" }))
            .expect("renders");
        assert_eq!(path, "../a/b.html");
        env.add_template("u.html", "{{ x.nope }}").expect("parses");
        let undefined = env
            .get_template("u.html")
            .and_then(|t| t.render(minijinja::context! { x => minijinja::context! {} }));
        assert!(undefined.is_err());
    }
}
