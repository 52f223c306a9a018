//! The documents a user reads first: the READMEs open with the two commands, then tell a
//! user how to install hoshi without Rust and how to start a client, with developer matters
//! last; the Japanese guide covers the way from nothing to a published site and a
//! declaration at IPA; and every relative link in them leads to a file that exists.

use std::fs;
use std::path::{Path, PathBuf};

use crate::common::root;

fn read(rel: &str) -> String {
    fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The `## ` headings in order.
fn headings(md: &str) -> Vec<&str> {
    let mut fenced = false;
    md.lines()
        .filter(|l| {
            if l.starts_with("```") {
                fenced = !fenced;
            }
            !fenced
        })
        .filter_map(|l| l.strip_prefix("## "))
        .collect()
}

fn section<'a>(md: &'a str, heading: &str) -> &'a str {
    let start = md
        .find(&format!("\n## {heading}\n"))
        .unwrap_or_else(|| panic!("no section {heading}"));
    let rest = &md[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |e| e + 3);
    &rest[..end]
}

#[test]
fn the_readmes_open_with_the_two_commands_then_install_and_a_first_client() {
    for (file, install, start, development) in [
        (
            "README.md",
            "Install",
            "Five minutes with a first client",
            "Development",
        ),
        (
            "README.ja.md",
            "インストール",
            "最初のクライアントを5分で",
            "開発",
        ),
    ] {
        let md = read(file);
        let first = md.split("```").nth(1).expect("a code block");
        assert_eq!(
            first,
            "sh\ncargo run --release -- ci --repo example-repo --out target/example-site\ncargo test\n",
            "{file}: the first code block is the main job and the tests"
        );
        let h = headings(&md);
        assert_eq!(h.first(), Some(&install), "{file}: {h:?}");
        assert_eq!(h.get(1), Some(&start), "{file}: {h:?}");
        assert_eq!(h.last(), Some(&development), "{file}: {h:?}");
        let inst = section(&md, install);
        for way in [
            "releases",
            ".sha256",
            "x86_64-pc-windows-msvc",
            "apple-darwin",
            "unknown-linux-gnu",
            "cargo binstall hoshi",
            "uses: hoshi-org/hoshi@v0",
            "pre-commit",
            "id: hoshi-validate",
        ] {
            assert!(
                inst.contains(way),
                "{file}: {install} does not mention {way}"
            );
        }
        let first_client = section(&md, start);
        for step in [
            "hoshi init",
            "hoshi validate",
            "hoshi status",
            "hoshi review",
        ] {
            assert!(first_client.contains(step), "{file}: {start} has no {step}");
        }
        // Developer matters are under Development only.
        let before_development = &md[..md.find(&format!("\n## {development}\n")).expect("dev")];
        for developer in ["HOSHI_BLESS", ".ci/run", "cargo clippy"] {
            assert!(
                !before_development.contains(developer),
                "{file}: {developer} before {development}"
            );
        }
    }
}

#[test]
fn the_japanese_guide_goes_from_nothing_to_a_published_site_and_a_declaration() {
    let guide = read("docs/ja/guide.md");
    let h = headings(&guide);
    for (i, want) in [
        "1. hoshi を入れる",
        "2. git と GitHub の準備",
        "3. 最初のクライアント",
        "4. GitHub に置いてサイトを公開する",
        "5. IPA に自己宣言する",
        "6. 毎年の見直し",
    ]
    .iter()
    .enumerate()
    {
        assert!(
            h.iter().position(|x| x == want) >= Some(i),
            "{want} in order: {h:?}"
        );
    }
    let install = section(&guide, "1. hoshi を入れる");
    for os in [
        "### Windows",
        "### macOS",
        "### Linux",
        "Get-FileHash",
        "shasum -a 256",
    ] {
        assert!(install.contains(os), "install: no {os}");
    }
    assert!(!install.contains("cargo "), "installing needs no Rust");
    let site = section(&guide, "4. GitHub に置いてサイトを公開する");
    for step in [
        "git push",
        "Settings → Pages",
        "GitHub Actions",
        "site.base_url",
    ] {
        assert!(site.contains(step), "publishing: no {step}");
    }
    let ipa = section(&guide, "5. IPA に自己宣言する");
    for fact in [
        "GビズID",
        "自己宣言ID",
        "宣言した段階のロゴマークだけ",
        "IPA のロゴではありません",
        "badge.svg",
        "declared_on",
    ] {
        assert!(ipa.contains(fact), "declaring: no {fact}");
    }
    let reviews = section(&guide, "6. 毎年の見直し");
    for step in [
        "interval_months",
        "hoshi diff",
        "hoshi review --reviewer",
        "git push origin review/",
        "hoshi portfolio",
    ] {
        assert!(reviews.contains(step), "reviews: no {step}");
    }
}

/// The consultant's loop with a client who only uses Excel: export, email, the client
/// fills it in, import, review the diff, commit, review — in that order.
#[test]
fn the_readme_and_the_guide_show_the_workbook_loop_in_order() {
    for (file, heading) in [
        ("README.md", "### The workbook loop"),
        (
            "docs/ja/guide.md",
            "## 6a. YAML を開かないクライアントと Excel でやり取りする",
        ),
    ] {
        let md = read(file);
        let start = md
            .find(heading)
            .unwrap_or_else(|| panic!("{file}: no {heading}"));
        let rest = &md[start + heading.len()..];
        let end = ["\n## ", "\n### "]
            .iter()
            .filter_map(|h| rest.find(h))
            .min()
            .unwrap_or(rest.len());
        let part = &rest[..end];
        let mut at = 0;
        for step in [
            "hoshi sheet export",
            "hoshi sheet import",
            "--dry-run",
            "diff",
            "commit",
            "hoshi review",
        ] {
            let found = part[at..]
                .find(step)
                .unwrap_or_else(|| panic!("{file}: {step} after byte {at} in\n{part}"));
            at += found + step.len();
        }
    }
}

/// Markdown files a user may read: the READMEs and docs/.
fn documents() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).expect("read folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "md") {
                out.push(path);
            }
        }
    }
    let mut out = vec![root().join("README.md"), root().join("README.ja.md")];
    walk(&root().join("docs"), &mut out);
    out.sort();
    out
}

#[test]
fn every_relative_link_in_the_documents_leads_to_a_file() {
    let mut broken = Vec::new();
    for doc in documents() {
        let md = fs::read_to_string(&doc).expect("read");
        let dir = doc.parent().expect("folder");
        for (i, _) in md.match_indices("](") {
            let rest = &md[i + 2..];
            let Some(end) = rest.find(')') else { continue };
            let target = rest[..end].split('#').next().unwrap_or("");
            if target.is_empty() || target.contains("://") || target.starts_with("mailto:") {
                continue;
            }
            if !dir.join(target).exists() {
                broken.push(format!(
                    "{}: {target}",
                    doc.strip_prefix(root()).unwrap_or(&doc).display()
                ));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "links to nothing:\n{}",
        broken.join("\n")
    );
}
