//! `hoshi sheet export|import` on real workbooks: exported by hoshi, edited with openpyxl
//! the way a person in Excel would, opened by LibreOffice, and read back.
//!
//! openpyxl and msoffcrypto-tool come from the checkers' venv that
//! `scripts/checkers/install.sh` builds (`HOSHI_PYTHON`, else `$CHECKERS_PREFIX/venv`, else
//! `target/sheet-venv`); LibreOffice and pdftotext from Debian, so the parts that need them
//! run on Linux only and skip elsewhere, saying so. Without the tools the parts that need
//! them are skipped with a note, unless `HOSHI_REQUIRE_CHECKERS=1`.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::{copy_dir, hoshi, root};
use serde_json::Value;

const FILES: [&str; 6] = [
    "hoshi.yaml",
    "principles.yaml",
    "diagnosis.yaml",
    "policy.yaml",
    "evidence.yaml",
    "scs.yaml",
];

fn required() -> bool {
    std::env::var_os("HOSHI_REQUIRE_CHECKERS").is_some()
}

fn skip(what: &str) {
    assert!(
        !required(),
        "{what} is required (HOSHI_REQUIRE_CHECKERS) but not installed"
    );
    eprintln!("note: {what} not found; skipped");
}

/// A Python with openpyxl and msoffcrypto-tool.
fn python() -> Option<PathBuf> {
    let prefix = std::env::var_os("CHECKERS_PREFIX")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/opt/checkers"));
    let venv_python = |venv: PathBuf| {
        if cfg!(windows) {
            venv.join("Scripts/python.exe")
        } else {
            venv.join("bin/python")
        }
    };
    let candidates = std::env::var_os("HOSHI_PYTHON")
        .map(PathBuf::from)
        .into_iter()
        .chain([
            venv_python(prefix.join("venv")),
            venv_python(root().join("target/sheet-venv")),
        ]);
    for p in candidates {
        let ok = Command::new(&p)
            .args(["-c", "import openpyxl, msoffcrypto"])
            .output()
            .is_ok_and(|o| o.status.success());
        if ok {
            return Some(p);
        }
    }
    skip("python with openpyxl and msoffcrypto-tool");
    None
}

/// A Debian tool (LibreOffice, poppler): Linux only, skipped elsewhere saying so.
fn tool(name: &str) -> Option<PathBuf> {
    if !cfg!(target_os = "linux") {
        eprintln!(
            "note: {name} runs on Linux only; skipped on {}",
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
        skip(name);
    }
    found
}

struct Client {
    dir: tempfile::TempDir,
}

impl Client {
    fn new() -> Client {
        let dir = tempfile::tempdir().expect("temp dir");
        copy_dir(&root().join("example-repo"), &dir.path().join("repo"));
        Client { dir }
    }

    fn repo(&self) -> PathBuf {
        self.dir.path().join("repo")
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn run<'a>(&self, args: impl IntoIterator<Item = &'a str>) -> Output {
        let mut cmd = hoshi();
        cmd.current_dir(self.dir.path())
            .env("HOSHI_TODAY", "2026-11-26")
            .arg("--repo")
            .arg(self.repo())
            .args(args);
        cmd.output().expect("run hoshi")
    }

    fn export(&self, name: &str) -> PathBuf {
        let out = self.path(name);
        let o = self.run(["sheet", "export", "--out", out.to_str().unwrap()]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        out
    }

    fn import(&self, book: &Path, extra: &[&str]) -> Output {
        let mut args = vec!["sheet", "import", book.to_str().unwrap()];
        args.extend_from_slice(extra);
        self.run(args)
    }

    fn files(&self) -> Vec<Vec<u8>> {
        FILES
            .iter()
            .map(|f| fs::read(self.repo().join(f)).expect("read client file"))
            .collect()
    }

    fn value(&self, file: &str) -> Value {
        let bytes = fs::read(self.repo().join(file)).expect("read");
        hoshi::load::yaml::load(&bytes)
            .document
            .expect("parses")
            .value
    }

    fn score(&self) -> i64 {
        let o = self.run(["status", "--format", "json"]);
        let v: Value = serde_json::from_slice(&o.stdout).expect("status json");
        v["diagnosis"]["score"].as_i64().expect("score")
    }
}

fn edit(python: &Path, from: &Path, to: &Path, edits: &[&str]) {
    let o = Command::new(python)
        .arg(root().join("tests/sheet/edit.py"))
        .arg(from)
        .arg(to)
        .args(edits)
        .output()
        .expect("run edit.py");
    assert!(
        o.status.success(),
        "edit.py: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// Every JSON Pointer whose scalar differs between two values.
fn changed(a: &Value, b: &Value, at: String, out: &mut BTreeSet<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            for k in keys {
                let next = format!("{at}/{k}");
                match (x.get(k), y.get(k)) {
                    (Some(p), Some(q)) => changed(p, q, next, out),
                    _ => {
                        out.insert(next);
                    }
                }
            }
        }
        _ if a != b => {
            out.insert(at);
        }
        _ => {}
    }
}

#[test]
fn export_then_import_without_edits_changes_no_byte() {
    let c = Client::new();
    let before = c.files();
    let book = c.export("book.xlsx");
    let again = c.export("again.xlsx");
    assert_eq!(
        fs::read(&book).unwrap(),
        fs::read(&again).unwrap(),
        "same files and date, same bytes"
    );
    let o = c.import(&book, &[]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("変更はありません"), "{}", text(&o));
    assert_eq!(c.files(), before);
    let o = c.import(&book, &["--format", "json"]);
    let v: Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["changes"], serde_json::json!([]));
    assert_eq!(v["written"], false);
    assert_eq!(c.files(), before);
}

#[test]
fn default_name_carries_the_client_and_date_and_is_never_overwritten() {
    let c = Client::new();
    let o = c.run(["sheet", "export"]);
    assert!(o.status.success(), "{}", text(&o));
    let name = "株式会社みなと精工_自社診断_2026-11-26.xlsx";
    assert!(c.path(name).is_file(), "{}", text(&o));
    let o = c.run(["sheet", "export"]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("すでにあります"), "{}", text(&o));
}

#[test]
fn a_repository_change_alone_is_kept_not_reverted() {
    let c = Client::new();
    let book = c.export("book.xlsx");
    let path = c.repo().join("diagnosis.yaml");
    let src = fs::read_to_string(&path).unwrap();
    let edited = src.replace("Q9: {answer: implemented,", "Q9: {answer: not_implemented,");
    assert_ne!(src, edited);
    fs::write(&path, &edited).unwrap();
    let o = c.import(&book, &[]);
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(fs::read_to_string(&path).unwrap(), edited);
}

#[test]
fn edits_made_as_in_excel_change_exactly_those_values() {
    let Some(py) = python() else { return };
    let c = Client::new();
    let book = c.export("book.xlsx");
    let filled = c.path("filled.xlsx");
    let before_bytes = fs::read_to_string(c.repo().join("diagnosis.yaml")).unwrap();
    let before = c.value("diagnosis.yaml");
    let principles = fs::read(c.repo().join("principles.yaml")).unwrap();
    edit(
        &py,
        &book,
        &filled,
        &[
            // Picked from the drop-down.
            "set:設問!D8=実施している",
            "set:設問!D24=一部実施している",
            // 2026/4/1 typed into Excel: a serial number with a date format.
            "date:設問!I8=2026-04-01",
            // A full-width date typed as text.
            "set:設問!I13=２０２７／２／２８",
            // A note with a line break (Alt+Enter).
            "set:設問!E7=研修で標的型メール訓練を実施\\n2026年は2回実施",
            // Stray spaces around an English label.
            "set:設問!D10=  Implemented ",
        ],
    );
    let o = c.import(&filled, &["--dry-run"]);
    assert!(o.status.success(), "{}", text(&o));
    let out = text(&o);
    assert!(out.contains("--dry-run"), "{out}");
    assert!(out.contains("Q7"), "{out}");
    assert_eq!(
        fs::read_to_string(c.repo().join("diagnosis.yaml")).unwrap(),
        before_bytes,
        "--dry-run writes nothing"
    );
    let o = c.import(&filled, &[]);
    assert!(o.status.success(), "{}", text(&o));
    let out = text(&o);
    // The domain diff: the score before and after, and the answers that changed.
    assert!(out.contains("Q7"), "{out}");
    assert!(out.contains("Q23"), "{out}");
    let after = c.value("diagnosis.yaml");
    let mut diff = BTreeSet::new();
    changed(&before, &after, String::new(), &mut diff);
    let expected: BTreeSet<String> = [
        "/answers/Q7/answer",
        "/answers/Q23/answer",
        "/answers/Q7/action/due",
        "/answers/Q12/action/due",
        "/answers/Q6/note",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(diff, expected, "Q9 was already implemented: no change");
    assert_eq!(after["answers"]["Q7"]["answer"], "implemented");
    assert_eq!(after["answers"]["Q23"]["answer"], "partial");
    assert_eq!(after["answers"]["Q7"]["action"]["due"], "2026-04-01");
    assert_eq!(after["answers"]["Q12"]["action"]["due"], "2027-02-28");
    assert_eq!(
        after["answers"]["Q6"]["note"],
        "研修で標的型メール訓練を実施\n2026年は2回実施"
    );
    // Every other byte stays: comments, flow mappings, blank lines.
    let after_bytes = fs::read_to_string(c.repo().join("diagnosis.yaml")).unwrap();
    let changed_lines = similar::TextDiff::from_lines(&before_bytes, &after_bytes)
        .iter_all_changes()
        .filter(|l| l.tag() == similar::ChangeTag::Insert)
        .count();
    // Q6, Q7 (answer and action), Q12 (action), Q23.
    assert_eq!(changed_lines, 5, "{after_bytes}");
    assert!(after_bytes.starts_with("# 5分でできる！"));
    assert_eq!(
        fs::read(c.repo().join("principles.yaml")).unwrap(),
        principles
    );
    // The same workbook again changes nothing more.
    let o = c.import(&filled, &[]);
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(
        fs::read_to_string(c.repo().join("diagnosis.yaml")).unwrap(),
        after_bytes
    );
    let o = c.run(["validate"]);
    assert!(o.status.success(), "{}", text(&o));
}

#[test]
fn new_answers_notes_and_actions_are_added_in_place() {
    let Some(py) = python() else { return };
    let c = Client::new();
    // A client that has answered only Q1 so far.
    let path = c.repo().join("diagnosis.yaml");
    let src = fs::read_to_string(&path).unwrap();
    let start = src.find("  # --- Part 2").unwrap();
    let cut = src[..start].to_owned();
    fs::write(&path, &cut).unwrap();
    let book = c.export("book.xlsx");
    let filled = c.path("filled.xlsx");
    edit(
        &py,
        &book,
        &filled,
        &[
            "set:設問!D7=一部実施している",
            "set:設問!G7=訓練を年2回にする",
            "set:設問!H7=総務部 田中",
            "date:設問!I7=2027-03-31",
            "set:設問!D10=該当しない",
            "set:設問!F10=無線LANを使っていない",
            "set:5か条!E2=情報システム担当 山本",
        ],
    );
    let o = c.import(&filled, &[]);
    // The declared ★★ did not hold before (Q7–Q25 unanswered) and still does not: the
    // import writes and says so with exit 1, as `hoshi status` would.
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("を更新しました"), "{}", text(&o));
    let after = fs::read_to_string(&path).unwrap();
    let mut rest = after.lines();
    for line in cut.lines() {
        assert!(rest.any(|l| l == line), "{line:?} lost in\n{after}");
    }
    let v = c.value("diagnosis.yaml");
    assert_eq!(v["answers"]["Q6"]["answer"], "partial");
    assert_eq!(v["answers"]["Q6"]["action"]["due"], "2027-03-31");
    assert_eq!(v["answers"]["Q9"]["reason"], "無線LANを使っていない");
    let p = c.value("principles.yaml");
    assert_eq!(p["principles"]["P1"]["owner"], "情報システム担当 山本");
}

#[test]
fn bad_cells_are_refused_at_their_cells_and_nothing_is_written() {
    let Some(py) = python() else { return };
    let c = Client::new();
    let book = c.export("book.xlsx");
    let bad = c.path("bad.xlsx");
    edit(
        &py,
        &book,
        &bad,
        &[
            // Typed in, not from the list.
            "set:設問!D15=実施済み",
            // An emptied answer.
            "clear:設問!D3",
            // The protected question text.
            "set:設問!C6=（書き換えた設問）",
            // Not a date.
            "set:設問!I8=来月中",
            // A deleted row: Q20 is gone.
            "delete-row:設問!21",
        ],
    );
    let before = c.files();
    let o = c.import(&bad, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let out = text(&o);
    for expected in [
        "設問!D15: 回答「実施済み」は選択肢にありません（実施している・一部実施している・実施していない・わからない・該当しない）",
        "設問!D3: Q2 の回答が空になっています",
        "設問!C6: 設問の文は変更できません",
        "設問!I8: 期限「来月中」を日付として読めません",
        "設問!A21: Q20 の行がありません",
        "何も書き込みませんでした",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in\n{out}");
    }
    // In the order a person goes through the sheet: row by row, left to right.
    let at = |cell: &str| out.find(cell).unwrap_or_else(|| panic!("{cell} in\n{out}"));
    assert!(at("設問!D3:") < at("設問!C6:"), "{out}");
    assert!(at("設問!C6:") < at("設問!I8:"), "{out}");
    assert!(at("設問!I8:") < at("設問!D15:"), "{out}");
    assert_eq!(c.files(), before);
    // In English too, with the same cells.
    let o = c.run(["--lang", "en", "sheet", "import", bad.to_str().unwrap()]);
    assert!(text(&o).contains("設問!D15: the answer \"実施済み\" is not one of the choices"));
}

#[test]
fn a_missing_reason_is_refused_at_the_reason_cell() {
    let Some(py) = python() else { return };
    let c = Client::new();
    let book = c.export("book.xlsx");
    let bad = c.path("bad.xlsx");
    edit(&py, &book, &bad, &["set:設問!D12=該当しない"]);
    let before = c.files();
    let o = c.import(&bad, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("設問!F12:"), "{}", text(&o));
    assert_eq!(c.files(), before);
}

#[test]
fn a_cell_changed_on_both_sides_is_a_conflict_unless_a_side_is_chosen() {
    let Some(py) = python() else { return };
    let c = Client::new();
    let book = c.export("book.xlsx");
    let filled = c.path("filled.xlsx");
    edit(&py, &book, &filled, &["set:設問!D8=実施している"]);
    let path = c.repo().join("diagnosis.yaml");
    let src = fs::read_to_string(&path).unwrap();
    let theirs_repo = src.replacen("    answer: partial\n", "    answer: not_implemented\n", 1);
    fs::write(&path, &theirs_repo).unwrap();
    let o = c.import(&filled, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let out = text(&o);
    assert!(
        out.contains("設問!D8: 書き出しの後にリポジトリでもこの値が変わっています（リポジトリ: 「実施していない」、ブック: 「実施している」）"),
        "{out}"
    );
    assert!(out.contains("--theirs"), "{out}");
    assert_eq!(fs::read_to_string(&path).unwrap(), theirs_repo);
    let o = c.import(&filled, &["--ours"]);
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(fs::read_to_string(&path).unwrap(), theirs_repo);
    let o = c.import(&filled, &["--theirs"]);
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(
        c.value("diagnosis.yaml")["answers"]["Q7"]["answer"],
        "implemented"
    );
}

fn refused(c: &Client, book: &Path, expected: &str) {
    let before = c.files();
    let o = c.import(book, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(
        text(&o).contains(expected),
        "missing {expected:?} in {}",
        text(&o)
    );
    assert_eq!(c.files(), before, "nothing written");
}

#[test]
fn bad_workbooks_are_refused_whole() {
    let c = Client::new();
    let not_a_book = c.path("notes.xlsx");
    fs::write(&not_a_book, "これはメモです\n").unwrap();
    refused(&c, &not_a_book, "Excel ブック（.xlsx）ではありません");

    let big = c.path("big.xlsx");
    let f = fs::File::create(&big).unwrap();
    f.set_len(50 << 20).unwrap();
    refused(&c, &big, "大きすぎます");

    let book = c.export("book.xlsx");
    let other = Client::new();
    let hoshi_yaml = other.repo().join("hoshi.yaml");
    let src = fs::read_to_string(&hoshi_yaml).unwrap();
    fs::write(
        &hoshi_yaml,
        src.replace("株式会社みなと精工", "有限会社やまびこ商店"),
    )
    .unwrap();
    refused(
        &other,
        &book,
        "「株式会社みなと精工」のために書き出されたもの",
    );

    let Some(py) = python() else { return };
    for (edits, expected) in [
        (&["meta:format_version=2"][..], "新しい形式（バージョン 2）"),
        (&["rename:設問=設問 (2)"][..], "シート「設問」がありません"),
        (&["remove:5か条"][..], "シート「5か条」がありません"),
    ] {
        let bad = c.path("bad.xlsx");
        edit(&py, &book, &bad, edits);
        refused(&c, &bad, expected);
    }
    // A small file that unpacks to 80 MB.
    let bomb = c.path("bomb.xlsx");
    let script = "import zipfile,sys\nwith zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED) as z:\n  z.writestr('xl/worksheets/sheet1.xml', b'0' * (80 << 20))\n";
    let o = Command::new(&py)
        .args(["-c", script])
        .arg(&bomb)
        .output()
        .expect("zip");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(fs::metadata(&bomb).unwrap().len() < 1 << 20);
    refused(&c, &bomb, "展開すると大きすぎます");

    let locked = c.path("locked.xlsx");
    let script = "import msoffcrypto,sys\nf=msoffcrypto.OfficeFile(open(sys.argv[1],'rb'))\nf.encrypt('secret', open(sys.argv[2],'wb'))\n";
    let o = Command::new(&py)
        .args(["-c", script])
        .arg(&book)
        .arg(&locked)
        .output()
        .expect("encrypt");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    refused(&c, &locked, "パスワードで保護（暗号化）されています");
}

/// The total LibreOffice printed on the summary sheet (`合計 88 100`).
fn printed_total(pdf_text: &str) -> Option<i64> {
    pdf_text.lines().find_map(|l| {
        let rest = l.trim_start().strip_prefix("合計")?;
        rest.split_whitespace().next()?.parse().ok()
    })
}

fn libreoffice_total(book: &Path, dir: &Path) -> i64 {
    let text = libreoffice_text(book, dir);
    printed_total(&text).unwrap_or_else(|| panic!("no total in\n{text}"))
}

/// The workbook as LibreOffice prints it to PDF, as text.
fn libreoffice_text(book: &Path, dir: &Path) -> String {
    let (Some(soffice), Some(pdftotext)) = (tool("soffice"), tool("pdftotext")) else {
        return String::new();
    };
    let profile = dir.join("lo-profile");
    let o = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir)
        .arg(book)
        .output()
        .expect("run soffice");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let pdf = dir.join(book.with_extension("pdf").file_name().unwrap());
    let o = Command::new(pdftotext)
        .args(["-layout"])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("run pdftotext");
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn libreoffice_recalculates_the_score_hoshi_computes() {
    if tool("soffice").is_none() || tool("pdftotext").is_none() {
        return;
    }
    let c = Client::new();
    let book = c.export("book.xlsx");
    let out = c.path("lo");
    fs::create_dir_all(&out).unwrap();
    assert_eq!(libreoffice_total(&book, &out), c.score());
    let Some(py) = python() else { return };
    // openpyxl drops the cached results, so LibreOffice must compute the formulas.
    let filled = c.path("filled.xlsx");
    edit(
        &py,
        &book,
        &filled,
        &[
            "set:設問!D8=実施している",
            "set:設問!D2=一部実施している",
            "set:設問!D26=実施していない",
        ],
    );
    let o = c.import(&filled, &[]);
    assert!(o.status.success(), "{}", text(&o));
    let score = c.score();
    assert_ne!(score, 88);
    assert_eq!(libreoffice_total(&filled, &out), score);
}

/// The font size the questions sheet prints at: LibreOffice prints the workbook to PDF,
/// and the header word 番号 is two full-width characters, each as wide as the font size.
#[test]
fn the_questions_print_on_a4_at_a_readable_size() {
    let (Some(soffice), Some(pdftotext)) = (tool("soffice"), tool("pdftotext")) else {
        return;
    };
    let c = Client::new();
    let book = c.export("book.xlsx");
    let dir = c.path("lo");
    let o = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            dir.join("profile").display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(&dir)
        .arg(&book)
        .output()
        .expect("run soffice");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // The questions are the second sheet: page 2 is their first page.
    let o = Command::new(pdftotext)
        .args(["-f", "2", "-l", "2", "-bbox"])
        .arg(dir.join("book.pdf"))
        .arg("-")
        .output()
        .expect("run pdftotext");
    let page = String::from_utf8_lossy(&o.stdout);
    assert!(page.contains("width=\"841"), "A4 landscape: {page:.300}");
    let word = page
        .lines()
        .find(|l| l.contains(">番号</word>"))
        .unwrap_or_else(|| panic!("no 番号 header in {page:.2000}"));
    let attr = |name: &str| -> f64 {
        let at = word.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        word[at..].split('"').next().unwrap().parse().unwrap()
    };
    let size = (attr("xMax") - attr("xMin")) / 2.0;
    assert!(size >= 6.5, "the questions print at {size:.1} pt");
}

#[test]
fn english_workbooks_use_english_sheets_and_labels() {
    let c = Client::new();
    let o = c.run(["--lang", "en", "sheet", "export"]);
    assert!(o.status.success(), "{}", text(&o));
    let book = c.path("Minato_Seiko_Co.,_Ltd_self-diagnosis_2026-11-26.xlsx");
    assert!(book.is_file(), "{}", text(&o));
    let o = c.import(&book, &[]);
    assert!(o.status.success(), "{}", text(&o));
    let Some(py) = python() else { return };
    let bad = c.path("bad.xlsx");
    edit(&py, &book, &bad, &["set:Questions!D15=Done"]);
    let o = c.run(["--lang", "en", "sheet", "import", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o).contains("Questions!D15: the answer \"Done\" is not one of the choices (Implemented, Partially implemented"),
        "{}",
        text(&o)
    );
}

/// The workbook's layout as openpyxl reads it (`tests/sheet/layout.py`).
fn layout(python: &Path, book: &Path) -> Value {
    let o = Command::new(python)
        .arg(root().join("tests/sheet/layout.py"))
        .arg(book)
        .output()
        .expect("run layout.py");
    assert!(
        o.status.success(),
        "layout.py: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).expect("layout json")
}

fn sheet<'a>(layout: &'a Value, name: &str) -> &'a Value {
    layout["sheets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("no sheet {name} in {layout}"))
}

fn git_commit(dir: &Path) -> String {
    for args in [
        &["init", "--quiet", "--initial-branch", "main"][..],
        &["add", "."],
        &["commit", "--quiet", "-m", "Client files"],
    ] {
        let o = Command::new("git")
            .args(["-c", "user.name=Sato", "-c", "user.email=sato@example.jp"])
            .args(args)
            .current_dir(dir)
            .env("GIT_AUTHOR_DATE", "2026-11-20T09:00:00+09:00")
            .env("GIT_COMMITTER_DATE", "2026-11-20T09:00:00+09:00")
            .output()
            .expect("run git");
        assert!(o.status.success(), "git {args:?}: {o:?}");
    }
    let o = Command::new("git")
        .args(["rev-parse", "HEAD"])
        .current_dir(dir)
        .output()
        .expect("git rev-parse");
    String::from_utf8_lossy(&o.stdout).trim().to_owned()
}

#[test]
fn the_workbook_is_laid_out_for_excel_and_records_its_source() {
    let Some(py) = python() else { return };
    let c = Client::new();
    let commit = git_commit(&c.repo());
    let o = c.run(["sheet", "export"]);
    assert!(o.status.success(), "{}", text(&o));
    let book = c.path("株式会社みなと精工_自社診断_2026-11-26.xlsx");
    let l = layout(&py, &book);

    // The sheets, in order, the last one very hidden (not listed under Unhide).
    let names: Vec<&str> = l["sheets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["説明", "設問", "5か条", "証跡", "集計", "★3準備", "hoshi"]
    );
    for s in &names[..6] {
        let s = sheet(&l, s);
        assert_eq!(s["state"], "visible");
        // Protected against accidents, with no password to lose.
        assert_eq!(s["protected"], true, "{}", s["name"]);
        assert_eq!(s["password"], false, "{}", s["name"]);
        // A4 (paper size 9), one page wide.
        assert_eq!(s["paper"], 9, "{}", s["name"]);
        assert_eq!(s["fit_to_page"], true, "{}", s["name"]);
    }

    // The workbook's properties carry the client and the export date.
    let props = &l["properties"];
    for field in ["title", "keywords"] {
        let v = props[field].as_str().unwrap();
        assert!(v.contains("株式会社みなと精工"), "{field}: {v}");
        assert!(v.contains("2026-11-26"), "{field}: {v}");
    }
    assert!(props["created"].as_str().unwrap().starts_with("2026-11-26"));

    // The questions: the header frozen and printed on every page, wide wrapped columns,
    // the answer a drop-down of the Japanese labels, coloured by answer.
    let q = sheet(&l, "設問");
    assert_eq!(q["orientation"], "landscape");
    assert_eq!(q["repeat_rows"], "$1:$1");
    assert_eq!(
        q["freeze"], "B2",
        "the header row and the number column stay"
    );
    let cells = &q["cells"];
    let headers: Vec<&str> = "ABCDEFGHIJ"
        .chars()
        .map(|col| cells[format!("{col}1")]["value"].as_str().unwrap())
        .collect();
    assert_eq!(
        headers,
        [
            "番号",
            "部",
            "設問",
            "回答",
            "メモ",
            "該当しない理由",
            "改善の取組み",
            "担当者",
            "期限",
            "推奨する対策"
        ]
    );
    let width = |col: &str| q["widths"][col].as_f64().unwrap();
    // About two columns per full-width character: the longest answer and a due date fit
    // on one line; the long texts wrap in the widest columns; all of it fits a screen and
    // prints one A4 landscape page wide at a readable size (the LibreOffice test below).
    assert!(width("D") >= 2.0 * "一部実施している".chars().count() as f64);
    assert!(width("I") >= "2026/12/25".len() as f64);
    assert!(width("C") >= 25.0 && width("J") >= 25.0);
    let total: f64 = "ABCDEFGHIJ".chars().map(|c| width(&c.to_string())).sum();
    assert!(total <= 175.0, "{total} columns wide");
    for cell in ["C2", "J2", "E2", "G8"] {
        assert_eq!(cells[cell]["wrap"], true, "{cell} wraps");
    }
    assert_eq!(
        cells["C2"]["locked"], true,
        "the question text is protected"
    );
    assert_eq!(cells["J2"]["locked"], true, "the measure is protected");
    for cell in ["D2", "E2", "F2", "G2", "H2", "I2", "D26"] {
        assert_eq!(cells[cell]["locked"], false, "{cell} can be filled in");
    }
    assert!(
        cells["I8"]["format"].as_str().unwrap().contains('y'),
        "a due date is a date: {}",
        cells["I8"]
    );
    assert_eq!(
        q["validations"],
        serde_json::json!([{
            "range": "D2:D26",
            "type": "list",
            "list": "\"実施している,一部実施している,実施していない,わからない,該当しない\""
        }])
    );
    let rules = q["conditional"][0]["rules"].as_array().unwrap();
    assert_eq!(q["conditional"][0]["range"], "D2:D26");
    let fills: BTreeSet<&str> = rules.iter().map(|r| r["fill"].as_str().unwrap()).collect();
    assert_eq!(rules.len(), 5, "one colour per answer: {rules:?}");
    assert_eq!(fills.len(), 5, "five different colours: {rules:?}");

    // The principles: a drop-down of the statuses, coloured.
    let p = sheet(&l, "5か条");
    assert_eq!(p["repeat_rows"], "$1:$1");
    assert_eq!(p["freeze"], "A2");
    assert_eq!(
        p["validations"][0]["list"],
        "\"実践している,取り組み中,未着手\""
    );
    assert_eq!(p["conditional"][0]["rules"].as_array().unwrap().len(), 3);

    // The evidence: read only, for reference.
    let e = sheet(&l, "証跡");
    assert_eq!(e["cells"]["A2"]["value"], "EV-001");
    assert_eq!(e["cells"]["C2"]["value"], "2026-04-15");
    assert!(
        e["cells"]
            .as_object()
            .unwrap()
            .values()
            .all(|c| c["locked"] == true),
        "every evidence cell is locked"
    );

    // The summary: the score per part and the total are formulas.
    let s = sheet(&l, "集計");
    for cell in ["C8", "C9", "C10", "C11"] {
        let f = s["cells"][cell]["value"].as_str().unwrap();
        assert!(f.starts_with('='), "{cell}: {f}");
    }
    assert!(
        s["cells"]["C8"]["value"]
            .as_str()
            .unwrap()
            .contains("'設問'!$D$2:$D$6")
    );

    // The hidden sheet: where the workbook came from.
    let h = sheet(&l, "hoshi");
    assert_eq!(h["state"], "veryHidden");
    let meta: std::collections::BTreeMap<&str, &str> = (1..)
        .map_while(|row| {
            let k = h["cells"][format!("A{row}")]["value"].as_str()?;
            Some((
                k,
                h["cells"][format!("B{row}")]["value"]
                    .as_str()
                    .unwrap_or(""),
            ))
        })
        .collect();
    let status = c.run(["status", "--format", "json"]);
    let status: Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!(meta["format_version"], "1");
    assert_eq!(meta["organization"], "株式会社みなと精工");
    assert_eq!(meta["question_set"], "ipa-2019");
    assert_eq!(meta["commit"], commit);
    assert!(meta["digest"].starts_with("sha256:"), "{meta:?}");
    assert!(
        status.to_string().contains(meta["digest"]),
        "the digest is the client's content digest"
    );

    // In English: English sheets and drop-down labels.
    let o = c.run(["--lang", "en", "sheet", "export", "--out", "en.xlsx"]);
    assert!(o.status.success(), "{}", text(&o));
    let l = layout(&py, &c.path("en.xlsx"));
    let q = sheet(&l, "Questions");
    assert_eq!(
        q["validations"][0]["list"],
        "\"Implemented,Partially implemented,Not implemented,Don't know,Not applicable\""
    );
    assert_eq!(q["cells"]["D1"]["value"], "Answer");
}

#[test]
fn dates_labels_and_ids_typed_by_hand_are_read() {
    let Some(py) = python() else { return };
    let c = Client::new();
    let book = c.export("book.xlsx");
    let filled = c.path("filled.xlsx");
    let before = c.value("diagnosis.yaml");
    let before_p = c.value("principles.yaml");
    let edits = [
        // 2026/4/1 typed where Excel did not take it as a date: text.
        "set:設問!I8=2026/4/1",
        // A Japanese era date.
        "set:設問!I13=令和8年4月1日",
        // The English enum value, as in the YAML.
        "set:設問!D10=not_implemented",
        // The English label in a Japanese workbook.
        "set:設問!D11=Partially implemented",
        // A label between full-width spaces.
        "set:設問!D12=\u{3000}わからない\u{3000}",
        // The principles' status in English.
        "set:5か条!C3=In progress",
    ];
    edit(&py, &book, &filled, &edits);
    let o = c.import(&filled, &["--format", "json"]);
    let v: Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["problems"], serde_json::json!([]), "{v}");
    assert_eq!(v["written"], true, "{v}");
    let cells: Vec<&str> = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["cell"].as_str().unwrap())
        .collect();
    assert_eq!(
        cells,
        [
            "設問!I8",
            "設問!D10",
            "設問!D11",
            "設問!D12",
            "設問!I13",
            "5か条!C3"
        ],
        "{v}"
    );
    let after = c.value("diagnosis.yaml");
    let after_p = c.value("principles.yaml");
    let mut diff = BTreeSet::new();
    changed(&before, &after, String::new(), &mut diff);
    changed(&before_p, &after_p, "principles.yaml".into(), &mut diff);
    let expected: BTreeSet<String> = [
        "/answers/Q7/action/due",
        "/answers/Q12/action/due",
        "/answers/Q9/answer",
        "/answers/Q10/answer",
        "/answers/Q11/answer",
        "principles.yaml/principles/P2/status",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(
        diff,
        expected,
        "{} edits, {} changes",
        edits.len(),
        edits.len()
    );
    assert_eq!(after["answers"]["Q7"]["action"]["due"], "2026-04-01");
    assert_eq!(after["answers"]["Q12"]["action"]["due"], "2026-04-01");
    assert_eq!(after["answers"]["Q9"]["answer"], "not_implemented");
    assert_eq!(after["answers"]["Q10"]["answer"], "partial");
    assert_eq!(after["answers"]["Q11"]["answer"], "unknown");
    assert_eq!(after_p["principles"]["P2"]["status"], "in_progress");
}

#[test]
fn an_edit_to_the_evidence_sheet_is_refused_at_its_cell() {
    let Some(py) = python() else { return };
    let c = Client::new();
    let book = c.export("book.xlsx");
    let bad = c.path("bad.xlsx");
    edit(
        &py,
        &book,
        &bad,
        &[
            "set:証跡!B2=別の名称",
            "date:証跡!D3=2030-01-31",
            "set:証跡!A12=EV-099",
        ],
    );
    let before = c.files();
    let o = c.import(&bad, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let out = text(&o);
    for cell in ["証跡!B2:", "証跡!D3:", "証跡!A12:"] {
        assert!(
            out.contains(&format!(
                "{cell} 証跡のシートは参照用のため、ここでの変更は取り込めません"
            )),
            "{cell} in\n{out}"
        );
    }
    assert_eq!(c.files(), before);
    // The same cells put back as exported (a date typed as a date) import cleanly.
    let back = c.path("back.xlsx");
    edit(&py, &book, &back, &["date:証跡!C2=2026-04-15"]);
    let o = c.import(&back, &[]);
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(c.files(), before);
}

/// Two files change and one of them cannot be written (principles.yaml is a symbolic
/// link, which hoshi never writes through): neither is written.
#[cfg(unix)]
#[test]
fn a_file_that_cannot_be_written_leaves_the_other_files_as_they_were() {
    let Some(py) = python() else { return };
    let c = Client::new();
    let shared = c.repo().join("shared");
    fs::create_dir(&shared).unwrap();
    fs::rename(
        c.repo().join("principles.yaml"),
        shared.join("principles.yaml"),
    )
    .unwrap();
    std::os::unix::fs::symlink("shared/principles.yaml", c.repo().join("principles.yaml")).unwrap();
    let book = c.export("book.xlsx");
    let filled = c.path("filled.xlsx");
    edit(
        &py,
        &book,
        &filled,
        &[
            "set:設問!D8=実施している",
            "set:5か条!E2=情報システム担当 山本",
        ],
    );
    let before = c.files();
    let o = c.import(&filled, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("シンボリックリンク"), "{}", text(&o));
    assert_eq!(c.files(), before, "diagnosis.yaml is not written alone");
    let leftovers: Vec<_> = fs::read_dir(c.repo())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".hoshi-"))
        .collect();
    assert_eq!(leftovers, Vec::<String>::new(), "no temporary files left");
}

// The ★3 sheet: one row per criterion of the SCS scheme, when the client has scs.yaml.

const SCS: &str = "★3準備";

/// The criterion ids in the scheme's order (the sheet's rows 2 to 82).
fn criteria() -> Vec<String> {
    hoshi::scs::scheme::get()
        .criteria()
        .map(|(_, c)| c.id.clone())
        .collect()
}

#[test]
fn the_scs_sheet_has_every_criterion_by_category_with_drop_downs() {
    let Some(py) = python() else { return };
    let c = Client::new();
    let book = c.export("book.xlsx");
    let l = layout(&py, &book);
    let s = sheet(&l, SCS);
    assert_eq!(s["state"], "visible");
    assert_eq!(s["protected"], true);
    let cells = &s["cells"];
    let ids = criteria();
    assert_eq!(ids.len(), 81);
    let mut categories = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let row = i + 2;
        assert_eq!(cells[format!("A{row}")]["value"], id.as_str(), "row {row}");
        let category = cells[format!("B{row}")]["value"]
            .as_str()
            .unwrap()
            .to_owned();
        if categories.last() != Some(&category) {
            categories.push(category);
        }
        // (layout.py leaves out empty cells that are locked.)
        for col in ["A", "B", "C", "D", "F", "J"] {
            let cell = &cells[format!("{col}{row}")];
            assert!(cell.is_null() || cell["locked"] == true, "{col}{row}");
        }
        for col in ["E", "G", "H", "I"] {
            assert_eq!(cells[format!("{col}{row}")]["locked"], false, "{col}{row}");
        }
    }
    assert!(cells.get("A83").is_none_or(|c| c["value"].is_null()));
    // Grouped: each of the seven categories in one run of rows, in order.
    assert_eq!(categories.len(), 7, "{categories:?}");
    assert!(categories[0].starts_with("1 ") && categories[6].starts_with("7 "));
    assert_eq!(
        s["validations"],
        serde_json::json!([{
            "range": "E2:E82",
            "type": "list",
            "list": "\"満たしている,一部満たしている,満たしていない,該当しない\""
        }])
    );
    // What scs.yaml says: an answer as its label, a suggestion marked, evidence ids shown.
    let row = |id: &str| ids.iter().position(|x| x == id).unwrap() + 2;
    assert_eq!(
        cells[format!("E{}", row("1-2-1-3"))]["value"],
        "一部満たしている"
    );
    assert_eq!(
        cells[format!("E{}", row("6-1-1-6"))]["value"],
        "満たしている"
    );
    assert_eq!(
        cells[format!("F{}", row("6-1-1-6"))]["value"],
        "提案（未確認）"
    );
    assert!(cells[format!("F{}", row("1-2-1-3"))]["value"].is_null());
    assert_eq!(cells[format!("J{}", row("1-2-3-1"))]["value"], "EV-005");
    assert!(cells[format!("E{}", row("7-1-1-1"))]["value"].is_null());
    // The hidden sheet records the version and a digest per ★3 cell.
    let h = &sheet(&l, "hoshi")["cells"];
    let keys: Vec<&str> = (1..1000)
        .filter_map(|r| h[format!("A{r}")]["value"].as_str())
        .collect();
    assert!(keys.contains(&"scs_scheme"));
    for field in ["answer", "note", "reason", "action", "state", "evidence"] {
        assert!(
            keys.contains(&format!("cell:scs:7-1-1-1/{field}").as_str()),
            "{field}"
        );
    }
}

#[test]
fn without_scs_yaml_there_is_no_scs_sheet() {
    let Some(py) = python() else { return };
    let c = Client::new();
    fs::remove_file(c.repo().join("scs.yaml")).unwrap();
    let book = c.export("book.xlsx");
    let l = layout(&py, &book);
    let names: Vec<&str> = l["sheets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["説明", "設問", "5か条", "証跡", "集計", "hoshi"]);
    let h = &sheet(&l, "hoshi")["cells"];
    assert!(
        (1..1000).all(|r| h[format!("A{r}")]["value"]
            .as_str()
            .is_none_or(|k| !k.starts_with("scs") && !k.starts_with("cell:scs"))),
        "no ★3 record on the hidden sheet"
    );
    let o = c.import(&book, &[]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(!c.repo().join("scs.yaml").exists());
}

#[test]
fn three_scs_answers_edited_change_exactly_those_answers() {
    let Some(py) = python() else { return };
    let c = Client::new();
    let ids = criteria();
    let row = |id: &str| ids.iter().position(|x| x == id).unwrap() + 2;
    let book = c.export("book.xlsx");
    let before = fs::read_to_string(c.repo().join("scs.yaml")).unwrap();
    let old = c.value("scs.yaml");
    let filled = c.path("filled.xlsx");
    edit(
        &py,
        &book,
        &filled,
        &[
            &format!("set:{SCS}!E{}=一部満たしている", row("1-2-1-2")),
            // Either language's label, or the id, is read.
            &format!("set:{SCS}!E{}=partly met", row("2-1-1-2")),
            // A changed answer confirms a suggestion: `suggested` goes.
            &format!("set:{SCS}!E{}=満たしていない", row("6-1-1-6")),
        ],
    );
    let o = c.import(&filled, &[]);
    assert!(o.status.success(), "{}", text(&o));
    let new = c.value("scs.yaml");
    let mut diff = BTreeSet::new();
    changed(&old, &new, String::new(), &mut diff);
    let expected: BTreeSet<String> = [
        "/answers/1-2-1-2/answer",
        "/answers/2-1-1-2/answer",
        "/answers/6-1-1-6/answer",
        "/answers/6-1-1-6/suggested",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(diff, expected);
    assert_eq!(new["answers"]["1-2-1-2"]["answer"], "partial");
    assert_eq!(new["answers"]["2-1-1-2"]["answer"], "partial");
    assert_eq!(new["answers"]["6-1-1-6"]["answer"], "not_met");
    assert!(new["answers"]["6-1-1-6"].get("suggested").is_none());
    // Only those three lines of the file changed; comments and style stay.
    let after = fs::read_to_string(c.repo().join("scs.yaml")).unwrap();
    let (b, a): (Vec<&str>, Vec<&str>) = (before.lines().collect(), after.lines().collect());
    assert_eq!(b.len(), a.len());
    let lines: Vec<usize> = (0..b.len()).filter(|&i| b[i] != a[i]).collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
}

#[test]
fn a_suggestion_kept_in_the_sheet_stays_a_suggestion() {
    let Some(py) = python() else { return };
    let c = Client::new();
    let ids = criteria();
    let r = ids.iter().position(|x| x == "6-1-1-6").unwrap() + 2;
    let book = c.export("book.xlsx");
    let filled = c.path("filled.xlsx");
    // The suggested answer picked again from the drop-down, and a note written.
    edit(
        &py,
        &book,
        &filled,
        &[
            &format!("set:{SCS}!E{r}=満たしている"),
            &format!("set:{SCS}!G{r}=朝礼で共有"),
        ],
    );
    let o = c.import(&filled, &[]);
    assert!(o.status.success(), "{}", text(&o));
    let v = c.value("scs.yaml");
    assert_eq!(v["answers"]["6-1-1-6"]["answer"], "met");
    assert_eq!(v["answers"]["6-1-1-6"]["suggested"], true);
    assert_eq!(v["answers"]["6-1-1-6"]["note"], "朝礼で共有");
}

#[test]
fn bad_scs_cells_are_refused_at_their_cells_and_nothing_is_written() {
    let Some(py) = python() else { return };
    let c = Client::new();
    let ids = criteria();
    let row = |id: &str| ids.iter().position(|x| x == id).unwrap() + 2;
    let book = c.export("book.xlsx");
    let bad = c.path("bad.xlsx");
    let (na, ev, topic, noted) = (
        row("7-1-1-1"),
        row("1-2-3-1"),
        row("1-2-1-1"),
        row("6-1-1-4"),
    );
    edit(
        &py,
        &book,
        &bad,
        &[
            &format!("set:{SCS}!E{}=済み", row("1-2-1-2")),
            &format!("set:{SCS}!E{na}=該当しない"),
            &format!("set:{SCS}!J{ev}=EV-009"),
            &format!("set:{SCS}!D{topic}=別の文"),
            &format!("set:{SCS}!G{noted}=メモだけ"),
            // A valid edit in the same workbook is not written either.
            &format!("set:{SCS}!E{}=met", row("2-1-1-2")),
        ],
    );
    let before = c.files();
    let o = c.import(&bad, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let out = text(&o);
    for expected in [
        format!(
            "{SCS}!E{}: 回答「済み」は選択肢にありません（満たしている・一部満たしている・満たしていない・該当しない）",
            row("1-2-1-2")
        ),
        format!("{SCS}!H{na}: 評価基準 7-1-1-1 は「該当しない」ですが、理由が書かれていません"),
        format!("{SCS}!J{ev}: 証跡IDは参照用のため、ここでの変更は取り込めません"),
        format!("{SCS}!D{topic}: 評価基準の内容は変更できません"),
        format!("{SCS}!E{noted}: 評価基準 6-1-1-4 の回答がありません"),
    ] {
        assert!(out.contains(&expected), "{expected} in\n{out}");
    }
    assert_eq!(c.files(), before);
    // In English, the sheet and its messages are English.
    let o = c.run(["--lang", "en", "sheet", "export", "--out", "en.xlsx"]);
    assert!(o.status.success(), "{}", text(&o));
    let en = c.path("en-bad.xlsx");
    edit(
        &py,
        &c.path("en.xlsx"),
        &en,
        &[&format!("set:★3 readiness!E{}=Done", row("1-2-1-2"))],
    );
    let o = c.run(["--lang", "en", "sheet", "import", en.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        text(&o).contains(&format!(
            "★3 readiness!E{}: the answer \"Done\" is not one of the choices (met, partly met, not met, not applicable)",
            row("1-2-1-2")
        )),
        "{}",
        text(&o)
    );
    assert_eq!(c.files(), before);
}

#[test]
fn a_deleted_or_moved_scs_row_is_refused_at_its_row() {
    let Some(py) = python() else { return };
    let c = Client::new();
    let ids = criteria();
    let book = c.export("book.xlsx");
    let before = c.files();
    let deleted = c.path("deleted.xlsx");
    edit(&py, &book, &deleted, &[&format!("delete-row:{SCS}!5")]);
    let o = c.import(&deleted, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let (gone, next) = (&ids[3], &ids[4]);
    assert!(
        text(&o).contains(&format!(
            "{SCS}!A5: この行は評価基準 {gone} の行ですが「{next}」になっています（行が削除・移動されています）"
        )),
        "{}",
        text(&o)
    );
    assert_eq!(c.files(), before);
    // Two rows' ids swapped (rows moved by cut and paste).
    let moved = c.path("moved.xlsx");
    edit(
        &py,
        &book,
        &moved,
        &[
            &format!("set:{SCS}!A10={}", ids[20]),
            &format!("set:{SCS}!A22={}", ids[8]),
        ],
    );
    let o = c.import(&moved, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    for (cell, was) in [("A10", &ids[8]), ("A22", &ids[20])] {
        assert!(
            text(&o).contains(&format!("{SCS}!{cell}: この行は評価基準 {was} の行ですが")),
            "{cell}: {}",
            text(&o)
        );
    }
    assert_eq!(c.files(), before);
}

#[test]
fn answers_go_into_the_empty_scs_yaml_init_writes() {
    let Some(py) = python() else { return };
    let c = Client::new();
    fs::remove_file(c.repo().join("scs.yaml")).unwrap();
    let o = c.run(["init", c.repo().to_str().unwrap(), "--scs"]);
    assert!(o.status.success(), "{}", text(&o));
    let before = fs::read_to_string(c.repo().join("scs.yaml")).unwrap();
    assert!(c.value("scs.yaml")["answers"].is_null());
    let book = c.export("book.xlsx");
    let o = c.import(&book, &[]);
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(
        fs::read_to_string(c.repo().join("scs.yaml")).unwrap(),
        before
    );
    let filled = c.path("filled.xlsx");
    edit(
        &py,
        &book,
        &filled,
        &[
            &format!("set:{SCS}!E2=満たしている"),
            &format!("set:{SCS}!E82=該当しない"),
            &format!("set:{SCS}!H82=復旧が必要なシステムがない"),
            &format!("set:{SCS}!E4=満たしていない"),
            &format!("set:{SCS}!I4=年1回見直す"),
        ],
    );
    let o = c.import(&filled, &[]);
    assert!(o.status.success(), "{}", text(&o));
    let ids = criteria();
    let v = c.value("scs.yaml");
    let answers = v["answers"].as_object().expect("answers is a mapping now");
    let keys: Vec<&str> = answers.keys().map(String::as_str).collect();
    let mut expected = vec![ids[0].as_str(), ids[2].as_str(), ids[80].as_str()];
    expected.sort();
    let mut keys = keys;
    keys.sort();
    assert_eq!(keys, expected);
    assert_eq!(v["answers"][&ids[80]]["answer"], "not_applicable");
    assert_eq!(
        v["answers"][&ids[80]]["reason"],
        "復旧が必要なシステムがない"
    );
    assert_eq!(v["answers"][&ids[2]]["action"]["what"], "年1回見直す");
    // The file's comments all stay; the answers come under `answers:`.
    let after = fs::read_to_string(c.repo().join("scs.yaml")).unwrap();
    for line in before.lines() {
        assert!(after.contains(line), "{line}");
    }
    let o = c.run(["validate"]);
    assert!(o.status.success(), "{}", text(&o));
}

#[test]
fn libreoffice_opens_the_scs_sheet() {
    if tool("soffice").is_none() || tool("pdftotext").is_none() {
        return;
    }
    let c = Client::new();
    let book = c.export("book.xlsx");
    let out = c.path("lo");
    fs::create_dir_all(&out).unwrap();
    let text = libreoffice_text(&book, &out);
    for id in criteria() {
        assert!(text.contains(&id), "{id} printed");
    }
    assert!(text.contains("提案（未確認）"));
}

#[test]
fn a_changed_suggestion_is_confirmed_with_its_new_note() {
    let Some(py) = python() else { return };
    let c = Client::new();
    let ids = criteria();
    let r = ids.iter().position(|x| x == "6-1-1-6").unwrap() + 2;
    let book = c.export("book.xlsx");
    let filled = c.path("filled.xlsx");
    edit(
        &py,
        &book,
        &filled,
        &[
            &format!("set:{SCS}!E{r}=一部満たしている"),
            &format!("set:{SCS}!G{r}=共有は年1回だけ"),
        ],
    );
    let o = c.import(&filled, &[]);
    assert!(o.status.success(), "{}", text(&o));
    let v = c.value("scs.yaml");
    assert_eq!(
        v["answers"]["6-1-1-6"],
        serde_json::json!({"answer": "partial", "note": "共有は年1回だけ"})
    );
    let after = fs::read_to_string(c.repo().join("scs.yaml")).unwrap();
    assert!(
        after.contains(
            "\"6-1-1-6\": {answer: partial, note: 共有は年1回だけ}   # hoshi scs suggest"
        ),
        "the entry is edited in place, its comment kept:\n{after}"
    );
}

#[test]
fn a_scs_answer_changed_on_both_sides_is_a_conflict_unless_a_side_is_chosen() {
    let Some(py) = python() else { return };
    let c = Client::new();
    let ids = criteria();
    let r = ids.iter().position(|x| x == "1-2-1-2").unwrap() + 2;
    let book = c.export("book.xlsx");
    let filled = c.path("filled.xlsx");
    edit(
        &py,
        &book,
        &filled,
        &[&format!("set:{SCS}!E{r}=満たしていない")],
    );
    let path = c.repo().join("scs.yaml");
    let src = fs::read_to_string(&path).unwrap();
    let repo = src.replacen(
        "\"1-2-1-2\": {answer: met,",
        "\"1-2-1-2\": {answer: partial,",
        1,
    );
    assert_ne!(repo, src);
    fs::write(&path, &repo).unwrap();
    let o = c.import(&filled, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        text(&o).contains(&format!("{SCS}!E{r}: 書き出しの後にリポジトリでもこの値が変わっています（リポジトリ: 「一部満たしている」、ブック: 「満たしていない」）")),
        "{}",
        text(&o)
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), repo);
    let o = c.import(&filled, &["--ours"]);
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(fs::read_to_string(&path).unwrap(), repo);
    let o = c.import(&filled, &["--theirs"]);
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(
        c.value("scs.yaml")["answers"]["1-2-1-2"]["answer"],
        "not_met"
    );
}

#[test]
fn a_scs_yaml_with_errors_keeps_the_workbook_from_being_written() {
    let c = Client::new();
    let path = c.repo().join("scs.yaml");
    let src = fs::read_to_string(&path).unwrap();
    fs::write(&path, src.replacen("answer: partial", "answer: done", 1)).unwrap();
    let out = c.path("book.xlsx");
    let o = c.run(["sheet", "export", "--out", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(
        text(&o).contains("scs.yaml にエラーがあるため、ブックを書き出せません"),
        "{}",
        text(&o)
    );
    assert!(!out.exists());
}
