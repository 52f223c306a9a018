//! `packet.html`: the one print-ready page partners attach to a security questionnaire or a
//! subsidy file. Chromium prints it to PDF (Debian's chromium, installed by
//! `scripts/checkers/install.sh`); the PDF must fit on three A4 pages for example-repo and
//! hold the declaration and every policy heading. The print checks run on Linux only and
//! skip elsewhere, saying so; without chromium and pdftotext they are skipped with a note,
//! unless `HOSHI_REQUIRE_CHECKERS=1`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{copy_dir, hoshi, root};

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(["-c", "user.name=Sato", "-c", "user.email=sato@example.jp"])
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_DATE", "2026-11-20T09:00:00+09:00")
        .env("GIT_COMMITTER_DATE", "2026-11-20T09:00:00+09:00")
        .output()
        .expect("run git");
    assert!(out.status.success(), "git {args:?}: {out:?}");
}

/// example-repo committed, with one review recorded.
fn client(tmp: &Path) -> PathBuf {
    let client = tmp.join("client");
    copy_dir(&root().join("example-repo"), &client);
    git(&client, &["init", "--quiet", "--initial-branch", "main"]);
    git(&client, &["add", "."]);
    git(&client, &["commit", "--quiet", "-m", "Client files"]);
    let o = hoshi()
        .args(["review", "--reviewer", "佐藤 花子", "--date", "2026-11-20"])
        .current_dir(&client)
        .env("HOSHI_TODAY", "2026-11-26")
        .output()
        .expect("run hoshi review");
    assert!(o.status.success(), "{o:?}");
    client
}

fn site(client: &Path, out: &Path, audience: &str) {
    let o = hoshi()
        .args(["site", "--audience", audience, "--out"])
        .arg(out)
        .current_dir(client)
        .env("HOSHI_TODAY", "2026-11-26")
        .output()
        .expect("run hoshi site");
    assert!(o.status.success(), "{o:?}");
}

/// A Debian tool (chromium, poppler): Linux only, skipped elsewhere saying so.
fn tool(name: &str) -> Option<PathBuf> {
    if !cfg!(target_os = "linux") {
        eprintln!(
            "note: {name} runs on Linux only; print checks skipped on {}",
            std::env::consts::OS
        );
        return None;
    }
    let found = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .map(|d| d.join(name))
        .find(|p| p.is_file());
    if found.is_none() {
        assert!(
            std::env::var_os("HOSHI_REQUIRE_CHECKERS").is_none(),
            "{name} is required (HOSHI_REQUIRE_CHECKERS) but not installed"
        );
        eprintln!("note: {name} not found; print checks skipped");
    }
    found
}

/// Prints a page to PDF with Chromium; returns the PDF's text and page count.
fn print(page: &Path, dir: &Path) -> Option<(String, u32)> {
    let chromium = tool("chromium")?;
    let pdftotext = tool("pdftotext")?;
    let pdfinfo = tool("pdfinfo")?;
    let pdf = dir.join(format!(
        "{}.pdf",
        page.parent()?.file_name()?.to_string_lossy()
    ));
    let o = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("run chromium");
    assert!(pdf.is_file(), "chromium printed nothing: {o:?}");
    let text = Command::new(pdftotext)
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext");
    let info = Command::new(pdfinfo).arg(&pdf).output().expect("pdfinfo");
    let pages = String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|l| {
            l.strip_prefix("Pages:")
                .map(|n| n.trim().parse().unwrap_or(0))
        })
        .unwrap_or(0);
    Some((String::from_utf8_lossy(&text.stdout).into_owned(), pages))
}

fn policy_headings() -> Vec<String> {
    let bytes = fs::read(root().join("example-repo/policy.yaml")).unwrap();
    let doc = hoshi::load::yaml::load(&bytes).document.unwrap();
    doc.value["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["heading"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn partners_get_a_packet_that_prints_on_three_a4_pages() {
    let tmp = tempfile::tempdir().unwrap();
    let client = client(tmp.path());
    let out = tmp.path().join("site");
    site(&client, &out, "partners");
    for lang in ["ja", "en"] {
        let page = out.join(lang).join("packet.html");
        let html = fs::read_to_string(&page).unwrap();
        assert!(
            html.contains("@page")
                || fs::read_to_string(out.join("style.css"))
                    .unwrap()
                    .contains("@page")
        );
        assert!(html.contains("51234567890"), "{lang}: the declaration id");
        assert!(
            html.contains("review/2026-11-20"),
            "{lang}: the review history"
        );
        assert!(html.contains("sha256:"), "{lang}: the content digest");
        // Partners never see internal notes: Q7's note is internal.
        assert!(
            !html.contains("宛先の確認は担当者任せ"),
            "{lang}: an internal note"
        );
        let Some((text, pages)) = print(&page, tmp.path()) else {
            return;
        };
        assert!((1..=3).contains(&pages), "{lang}: {pages} pages");
        let flat: String = text.split_whitespace().collect();
        assert!(flat.contains("51234567890"), "{lang}: id in\n{text}");
        let level = if lang == "ja" {
            "二つ星"
        } else {
            "two stars"
        };
        let flat_level: String = level.split_whitespace().collect();
        assert!(
            flat.to_lowercase().contains(&flat_level.to_lowercase()),
            "{lang}: level in\n{text}"
        );
        for h in policy_headings() {
            let h: String = h.split_whitespace().collect();
            assert!(flat.contains(&h), "{lang}: heading {h} in\n{text}");
        }
    }
}

#[test]
fn the_public_site_has_no_packet_and_internal_has_one() {
    let tmp = tempfile::tempdir().unwrap();
    let client = client(tmp.path());
    let public = tmp.path().join("public");
    site(&client, &public, "public");
    assert!(!public.join("ja/packet.html").exists());
    let internal = tmp.path().join("internal");
    site(&client, &internal, "internal");
    assert!(internal.join("ja/packet.html").is_file());
    assert!(internal.join("en/packet.html").is_file());
}
