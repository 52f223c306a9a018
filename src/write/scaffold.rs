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

/// The files `init` writes, relative to the client root, with their contents.
pub fn files(name: &str, today: &str) -> Vec<(String, String)> {
    // A JSON string is a valid YAML double-quoted scalar.
    let quoted = serde_json::to_string(name).unwrap_or_else(|_| "\"\"".to_owned());
    let mut out: Vec<(String, String)> = TEMPLATES
        .iter()
        .map(|(file, template)| {
            let body = template
                .replace("__NAME__", &quoted)
                .replace("__TODAY__", today)
                .replace("__HOSHI_ACTION__", HOSHI_ACTION);
            ((*file).to_owned(), body)
        })
        .collect();
    out.push(("evidence/.gitkeep".to_owned(), String::new()));
    let mut associations = serde_json::Map::new();
    for kind in FileKind::ALL {
        let schema = format!("{SCHEMA_DIR}/{}", kind.schema_name());
        out.push((schema.clone(), kind.schema_text().to_owned()));
        associations.insert(format!("./{schema}"), kind.file_name().into());
    }
    let settings = serde_json::json!({ "yaml.schemas": associations });
    let mut settings = serde_json::to_string_pretty(&settings).unwrap_or_default();
    settings.push('\n');
    out.push((".vscode/settings.json".to_owned(), settings));
    out
}

/// Writes the scaffold into `dir`; refuses if any of its files already exists.
/// Returns the files written, relative to `dir`.
pub fn init(dir: &Path, name: &str, today: &str) -> Result<Vec<String>, Error> {
    let files = files(name, today);
    let existing: Vec<&str> = files
        .iter()
        .map(|(rel, _)| rel.as_str())
        .filter(|rel| dir.join(rel).symlink_metadata().is_ok())
        .collect();
    if !existing.is_empty() {
        let list = existing.join(", ");
        return Err(Error::Output(text!(
            "既にあるファイルは上書きしません: {list}（何も書き込んでいません）",
            "refusing to overwrite existing files: {list} (nothing was written)"
        )));
    }
    let mut created_files: Vec<PathBuf> = Vec::new();
    let mut created_dirs: Vec<PathBuf> = Vec::new();
    let result = files.iter().try_for_each(|(rel, body)| {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            create_dirs(parent, &mut created_dirs)?;
        }
        atomic::write_file(&path, body.as_bytes(), Replace::Never)?;
        created_files.push(path.clone());
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
    Ok(files.into_iter().map(|(rel, _)| rel).collect())
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

/// The message after a successful `init`.
pub fn next_steps(dir: &Path) -> Text {
    let d = dir.display();
    text!(
        "クライアントのリポジトリを作成しました: {d}\n次に: principles.yaml・diagnosis.yaml・policy.yaml を記入し、`hoshi validate --repo {d}` で確認してください。",
        "Created a client repository in {d}\nNext: fill in principles.yaml, diagnosis.yaml and policy.yaml, then run `hoshi validate --repo {d}`."
    )
}
