//! `hoshi init`: scaffolds a client repository that claims nothing.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::lang::Text;
use crate::model::files::FileKind;
use crate::text;
use crate::write::atomic::{self, Replace};

const TEMPLATES: [(&str, &str); 7] = [
    ("hoshi.yaml", include_str!("../../assets/init/hoshi.yaml")),
    (
        "principles.yaml",
        include_str!("../../assets/init/principles.yaml"),
    ),
    (
        "diagnosis.yaml",
        include_str!("../../assets/init/diagnosis.yaml"),
    ),
    ("policy.yaml", include_str!("../../assets/init/policy.yaml")),
    (
        "evidence.yaml",
        include_str!("../../assets/init/evidence.yaml"),
    ),
    ("README.md", include_str!("../../assets/init/README.md")),
    (WORKFLOW, include_str!("../../assets/init/workflow.yml")),
];

/// The GitHub Actions workflow `init` writes, relative to the client root.
pub const WORKFLOW: &str = ".github/workflows/hoshi.yml";

/// The composite action (`action.yml` at the root of hoshi's repository) that the
/// generated workflow installs hoshi with, as `uses:` names it. GitHub needs a literal
/// `owner/repo@ref` there, so this is the one place that says where hoshi is published:
/// change the owner here when publishing elsewhere (the release workflow refuses to
/// publish a hoshi whose `init` would point at another repository). The ref is the
/// major version tag of this hoshi (`v0`, `v1`, …), which the release workflow moves.
pub const HOSHI_ACTION: &str = concat!("hoshi-org/hoshi@v", env!("CARGO_PKG_VERSION_MAJOR"));

/// The workflow `init` writes (also committed as `example-repo/.github/workflows/hoshi.yml`).
pub fn workflow() -> String {
    include_str!("../../assets/init/workflow.yml").replace("__HOSHI_ACTION__", HOSHI_ACTION)
}

/// Folder inside a client root where `init` puts the schemas for editors.
pub const SCHEMA_DIR: &str = ".hoshi/schema";

/// What `init` writes into `.gitignore`: hoshi's outputs, which are built, never committed.
const GITIGNORE: &str =
    "# hoshi が作るもの（コミットしない） / built by hoshi, never committed\n/_site/\n";

/// The VS Code extension that reads the schemas (YAML Language Support by Red Hat).
pub const YAML_EXTENSION: &str = "redhat.vscode-yaml";

/// How `init` treats a file that is already there. Nothing is ever overwritten.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Keep it as it is (a README the repository came with, a client file).
    Keep,
    /// Add the lines it lacks at its end (`.gitignore`).
    AppendLines,
    /// Add the JSON keys it lacks, keeping every value it has (`.vscode/*.json`).
    MergeJson,
}

/// One file of the scaffold.
#[derive(Debug, Clone)]
pub struct Planned {
    /// Relative to the client root.
    pub path: String,
    pub body: String,
    pub existing: Existing,
}

/// The files `init` writes, relative to the client root, with their contents. In a client
/// inside a larger repository (`in_subfolder`), VS Code opens the repository, not the
/// client, and never reads the client's `.vscode/`: each YAML file then names its schema
/// itself with a `# yaml-language-server: $schema=…` first line.
pub fn files(name: &str, today: &str, in_subfolder: bool) -> Vec<Planned> {
    // A JSON string is a valid YAML double-quoted scalar.
    let quoted = serde_json::to_string(name).unwrap_or_else(|_| "\"\"".to_owned());
    let keep = |path: &str, body: String| Planned {
        path: path.to_owned(),
        body,
        existing: Existing::Keep,
    };
    let mut out: Vec<Planned> = TEMPLATES
        .iter()
        .map(|(file, template)| {
            let mut body = fill(
                template,
                &[
                    ("__NAME__", &quoted),
                    ("__TODAY__", today),
                    ("__HOSHI_ACTION__", HOSHI_ACTION),
                ],
            );
            if in_subfolder
                && let Some(kind) = FileKind::ALL.iter().find(|k| k.file_name() == *file)
            {
                body = format!("{}\n{body}", modeline(*kind));
            }
            keep(file, body)
        })
        .collect();
    out.push(keep("evidence/.gitkeep", String::new()));
    // evidence.yaml records each file's sha256 over its exact bytes: git must never turn
    // LF into CRLF in them (core.autocrlf on Windows), or every hash would fail.
    out.push(keep(
        "evidence/.gitattributes",
        "# 証跡ファイルは1バイトも変えずにチェックアウトします（sha256 を記録しているため）。\n\
         # Evidence files are checked out byte for byte: evidence.yaml records their sha256.\n\
         * -text\n"
            .to_owned(),
    ));
    out.push(Planned {
        path: ".gitignore".to_owned(),
        body: GITIGNORE.to_owned(),
        existing: Existing::AppendLines,
    });
    let mut associations = serde_json::Map::new();
    for kind in FileKind::ALL {
        let schema = format!("{SCHEMA_DIR}/{}", kind.schema_name());
        out.push(keep(&schema, kind.schema_text().to_owned()));
        associations.insert(format!("./{schema}"), kind.file_name().into());
    }
    let json = |v: serde_json::Value| {
        let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
        s.push('\n');
        s
    };
    out.push(Planned {
        path: ".vscode/settings.json".to_owned(),
        body: json(serde_json::json!({ "yaml.schemas": associations })),
        existing: Existing::MergeJson,
    });
    out.push(Planned {
        path: ".vscode/extensions.json".to_owned(),
        body: json(serde_json::json!({ "recommendations": [YAML_EXTENSION] })),
        existing: Existing::MergeJson,
    });
    out
}

/// Adds scs.yaml, its schema and its association in `.vscode/settings.json` to a plan.
fn add_scs(files: &mut Vec<Planned>, today: &str, in_subfolder: bool) {
    let kind = FileKind::Scs;
    let mut body = crate::scs::template::body(today);
    if in_subfolder {
        body = format!("{}\n{body}", modeline(kind));
    }
    let schema = format!("{SCHEMA_DIR}/{}", kind.schema_name());
    for f in files
        .iter_mut()
        .filter(|f| f.path == ".vscode/settings.json")
    {
        if let Ok(mut v) = serde_json::from_str::<serde_json::Value>(&f.body)
            && let Some(map) = v.get_mut("yaml.schemas").and_then(|m| m.as_object_mut())
        {
            map.insert(format!("./{schema}"), kind.file_name().into());
            let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
            s.push('\n');
            f.body = s;
        }
    }
    files.push(Planned {
        path: schema,
        body: kind.schema_text().to_owned(),
        existing: Existing::Keep,
    });
    files.push(Planned {
        path: kind.file_name().to_owned(),
        body,
        existing: Existing::Keep,
    });
}

/// The first line that tells the YAML extension which schema a file follows.
pub fn modeline(kind: FileKind) -> String {
    format!(
        "# yaml-language-server: $schema={SCHEMA_DIR}/{}",
        kind.schema_name()
    )
}

/// What `init` did with each file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    /// New files.
    pub written: Vec<String>,
    /// Existing files given what they lacked (`.gitignore`, `.vscode/settings.json` …).
    pub merged: Vec<String>,
    /// Existing files left exactly as they were.
    pub kept: Vec<String>,
    /// Existing files that could not be merged (JSON with comments, a link): what to add.
    pub skipped: Vec<(String, Text)>,
}

/// The new bytes of an existing file, or `None` when it already has everything; `Err`
/// with what to add by hand when it cannot be merged.
fn merged(existing: Existing, old: &[u8], new: &str) -> Result<Option<String>, Text> {
    let Ok(old) = std::str::from_utf8(old) else {
        return Err(text!("UTF-8 ではありません", "not UTF-8"));
    };
    match existing {
        Existing::Keep => Ok(None),
        Existing::AppendLines => {
            let have: Vec<&str> = old.lines().map(str::trim).collect();
            let missing: Vec<&str> = new
                .lines()
                .filter(|l| !l.trim().is_empty() && !have.contains(&l.trim()))
                .filter(|l| !l.starts_with('#'))
                .collect();
            if missing.is_empty() {
                return Ok(None);
            }
            let mut out = old.to_owned();
            if !out.is_empty() && !out.ends_with('\n') {
                out.push('\n');
            }
            // The comment once, above what hoshi adds.
            out.extend(
                new.lines()
                    .filter(|l| l.starts_with('#'))
                    .map(|l| format!("{l}\n")),
            );
            out.extend(missing.iter().map(|l| format!("{l}\n")));
            Ok(Some(out))
        }
        Existing::MergeJson => {
            let want: serde_json::Value = serde_json::from_str(new).unwrap_or_default();
            let Ok(mut have) = serde_json::from_str::<serde_json::Value>(old) else {
                let add = serde_json::to_string(&want).unwrap_or_default();
                return Err(text!(
                    "JSON として読めないため（コメント付き？）変更していません。次を書き足してください: {add}",
                    "not plain JSON (comments?), so left as it is; add: {add}"
                ));
            };
            if !add_missing(&mut have, &want) {
                return Ok(None);
            }
            let mut s = serde_json::to_string_pretty(&have).unwrap_or_default();
            s.push('\n');
            Ok(Some(s))
        }
    }
}

/// Adds to `have` the keys of `want` it lacks (recursively) and the list items it lacks;
/// never changes a value `have` has. Whether anything was added.
fn add_missing(have: &mut serde_json::Value, want: &serde_json::Value) -> bool {
    use serde_json::Value;
    match (have, want) {
        (Value::Object(h), Value::Object(w)) => {
            let mut changed = false;
            for (k, v) in w {
                match h.get_mut(k) {
                    Some(existing) => changed |= add_missing(existing, v),
                    None => {
                        h.insert(k.clone(), v.clone());
                        changed = true;
                    }
                }
            }
            changed
        }
        (Value::Array(h), Value::Array(w)) => {
            let mut changed = false;
            for v in w {
                if !h.contains(v) {
                    h.push(v.clone());
                    changed = true;
                }
            }
            changed
        }
        _ => false,
    }
}

/// Whether `dir` lies below the top of a git work tree (a client folder in a consultant's
/// repository): its nearest existing folder is inside a repository rooted elsewhere.
pub fn in_subfolder(dir: &Path) -> bool {
    let Ok(abs) = std::path::absolute(dir) else {
        return false;
    };
    let existing = abs.ancestors().find(|a| a.is_dir());
    let Some(repo) = existing.and_then(|e| git2::Repository::discover(e).ok()) else {
        return false;
    };
    let canon = |p: &Path| fs::canonicalize(p).unwrap_or_else(|_| p.to_owned());
    repo.workdir().is_some_and(|w| {
        let top = canon(w);
        // The folder may not exist yet: compare the part that does.
        let base = existing.map(canon).unwrap_or_default();
        let rest = abs
            .strip_prefix(existing.unwrap_or(&abs))
            .unwrap_or(Path::new(""));
        base.join(rest) != top
    })
}

/// `template` with each marker replaced by its value in one pass: a value is never
/// searched for markers, so a name such as `X __TODAY__` stays as the user wrote it.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(at) = rest.find("__") {
        let found = values
            .iter()
            .find(|(marker, _)| rest[at..].starts_with(marker));
        match found {
            Some((marker, value)) => {
                out.push_str(&rest[..at]);
                out.push_str(value);
                rest = &rest[at + marker.len()..];
            }
            None => {
                out.push_str(&rest[..at + 2]);
                rest = &rest[at + 2..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The first folder on the way from `dir` to `rel` that is a symbolic link or not a
/// folder: writing there would leave `dir`.
fn leaves_the_folder(dir: &Path, rel: &str) -> Option<String> {
    let mut at = dir.to_path_buf();
    let mut shown = String::new();
    let parts: Vec<&str> = rel.split('/').collect();
    for part in &parts[..parts.len().saturating_sub(1)] {
        at.push(part);
        if !shown.is_empty() {
            shown.push('/');
        }
        shown.push_str(part);
        match at.symlink_metadata() {
            Ok(m) if !m.is_dir() => return Some(shown),
            _ => {}
        }
    }
    None
}

/// Writes the scaffold into `dir`: new files are created; an existing file is never
/// overwritten: it is kept, or given the lines or keys it lacks ([`Existing`]). A run that
/// fails removes what it created and leaves merged files as they were.
pub fn init(dir: &Path, name: &str, today: &str) -> Result<Outcome, Error> {
    init_with(dir, name, today, false)
}

/// [`init`], and with `scs` also scs.yaml (every criterion unanswered), its schema and
/// its editor association.
pub fn init_with(dir: &Path, name: &str, today: &str, scs: bool) -> Result<Outcome, Error> {
    let sub = in_subfolder(dir);
    let mut files = files(name, today, sub);
    if scs {
        add_scs(&mut files, today, sub);
    }
    let mut outcome = Outcome::default();
    let mut writes: Vec<(PathBuf, String, bool)> = Vec::new();
    for f in &files {
        let path = dir.join(&f.path);
        if let Some(folder) = leaves_the_folder(dir, &f.path) {
            outcome.skipped.push((
                f.path.clone(),
                text!(
                    "{folder} がシンボリックリンクか通常のフォルダーではないため、書き込んでいません",
                    "{folder} is a symbolic link or not a folder, so nothing was written there"
                ),
            ));
            continue;
        }
        let Ok(meta) = path.symlink_metadata() else {
            writes.push((path, f.body.clone(), true));
            outcome.written.push(f.path.clone());
            continue;
        };
        if f.existing == Existing::Keep {
            outcome.kept.push(f.path.clone());
            continue;
        }
        if !meta.is_file() {
            outcome.skipped.push((
                f.path.clone(),
                text!(
                    "通常のファイルではないため変更していません",
                    "not a regular file, so left as it is"
                ),
            ));
            continue;
        }
        let old = fs::read(&path).map_err(|e| Error::read(&path, e))?;
        match merged(f.existing, &old, &f.body) {
            Ok(None) => outcome.kept.push(f.path.clone()),
            Ok(Some(body)) => {
                writes.push((path, body, false));
                outcome.merged.push(f.path.clone());
            }
            Err(why) => outcome.skipped.push((f.path.clone(), why)),
        }
    }
    // New files first: a failure then leaves every existing file as it was.
    writes.sort_by_key(|(_, _, new)| !*new);
    let mut created_files: Vec<PathBuf> = Vec::new();
    let mut created_dirs: Vec<PathBuf> = Vec::new();
    let result = writes.iter().try_for_each(|(path, body, new)| {
        if let Some(parent) = path.parent() {
            create_dirs(parent, &mut created_dirs)?;
        }
        let replace = if *new {
            Replace::Never
        } else {
            Replace::Always
        };
        atomic::write_file(path, body.as_bytes(), replace)?;
        if *new {
            created_files.push(path.clone());
        }
        Ok(())
    });
    if let Err(e) = result {
        // Leave nothing half-made: remove only what this run created.
        for f in created_files.iter().rev() {
            let _ = fs::remove_file(f);
        }
        for d in created_dirs.iter().rev() {
            let _ = fs::remove_dir(d);
        }
        return Err(e);
    }
    Ok(outcome)
}

fn create_dirs(dir: &Path, created: &mut Vec<PathBuf>) -> Result<(), Error> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent() {
        create_dirs(parent, created)?;
    }
    fs::create_dir(dir).map_err(|e| Error::write(dir, e))?;
    created.push(dir.to_owned());
    Ok(())
}

/// What `init` did, file by file, and what to do next.
pub fn report(dir: &Path, o: &Outcome) -> Text {
    let mut ja = String::new();
    let mut en = String::new();
    let mut list = |ja_head: &str, en_head: &str, files: &[String]| {
        if files.is_empty() {
            return;
        }
        ja.push_str(&format!("{ja_head}:\n"));
        en.push_str(&format!("{en_head}:\n"));
        for f in files {
            ja.push_str(&format!("  {f}\n"));
            en.push_str(&format!("  {f}\n"));
        }
    };
    list("作成", "Created", &o.written);
    list(
        "追記（足りない設定だけを追加）",
        "Merged (only what was missing added)",
        &o.merged,
    );
    list(
        "既存のまま（変更なし）",
        "Already there (unchanged)",
        &o.kept,
    );
    for (f, why) in &o.skipped {
        ja.push_str(&format!("注意: {f}: {}\n", why.ja));
        en.push_str(&format!("note: {f}: {}\n", why.en));
    }
    let d = dir.display();
    let next = if o.written.is_empty() && o.merged.is_empty() {
        text!(
            "書き込むものはありませんでした（既存のファイルは変更していません）。",
            "Nothing to write (no existing file was changed)."
        )
    } else {
        text!(
            "次に: principles.yaml・diagnosis.yaml・policy.yaml を記入し、hoshi validate --repo {d} で確認してください。",
            "Next: fill in principles.yaml, diagnosis.yaml and policy.yaml and check them with hoshi validate --repo {d}"
        )
    };
    ja.push_str(&next.ja);
    en.push_str(&next.en);
    ja.push('\n');
    en.push('\n');
    Text::new(ja, en)
}
