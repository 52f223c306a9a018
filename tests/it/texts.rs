//! The texts people read beside the rules: the question catalogue, the score bands and the
//! comments of the example and of the templates `hoshi init` writes. Each check names what
//! the text must say and what it must not.

use crate::common;

use std::fs;

use hoshi::model::catalogue;

fn question(id: &str) -> &'static catalogue::Question {
    catalogue::get()
        .question(id)
        .unwrap_or_else(|| panic!("{id} in the catalogue"))
}

fn principle(id: &str) -> &'static catalogue::Principle {
    catalogue::get()
        .principles
        .iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("{id} in the catalogue"))
}

/// A score of 100 means the entry-level measures are in place: go on to stronger ones.
/// It never says that everything is done.
#[test]
fn band_100_sends_the_reader_on_to_stronger_measures() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("c");
    common::copy_dir(&common::root().join("example-repo"), &dir);
    let path = dir.join("diagnosis.yaml");
    let text = fs::read_to_string(&path).expect("read");
    let all = ["partial", "not_implemented", "unknown"]
        .iter()
        .fold(text, |t, a| {
            t.replace(&format!("answer: {a}\n"), "answer: implemented\n")
        });
    fs::write(&path, all).expect("write");
    let out = common::run_in(&dir, ["status", "--format", "json"], []);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("status JSON");
    assert_eq!(
        (
            v["diagnosis"]["score"].as_i64(),
            v["diagnosis"]["band"].as_str()
        ),
        (Some(100), Some("100"))
    );
    let band = &catalogue::get().bands[0];
    assert_eq!(band.id, "100");
    let (ja, en) = (
        format!("{}{}", band.label.ja, band.advice.ja),
        format!("{} {}", band.label.en, band.advice.en).to_lowercase(),
    );
    assert!(
        ja.contains("入門的な対策") && ja.contains("より強い対策"),
        "{ja}"
    );
    assert!(
        en.contains("entry-level") && en.contains("stronger measures"),
        "{en}"
    );
    for done in ["すべて", "万全", "完璧", "十分"] {
        assert!(!ja.contains(done), "band 100 says {done}: {ja}");
    }
    for done in ["everything", "all done", "fully", "complete"] {
        assert!(!en.contains(done), "band 100 says {done}: {en}");
    }
    let shown =
        String::from_utf8_lossy(&common::run_in(&dir, ["status", "--lang", "en"], []).stdout)
            .into_owned();
    assert!(shown.contains(band.label.en.as_str()), "{shown}");
}

/// The four bands are confirmed for the current sheet: nothing calls them uncertain.
#[test]
fn the_bands_are_not_called_uncertain() {
    let catalogue = fs::read_to_string(common::root().join("assets/catalogue.yaml")).expect("read");
    assert!(!catalogue.contains("uncertain") && !catalogue.contains("不確か"));
    for doc in [
        "docs/rules.md",
        "README.md",
        "README.ja.md",
        "docs/ja/guide.md",
    ] {
        let text = fs::read_to_string(common::root().join(doc)).expect("read");
        for line in text
            .lines()
            .filter(|l| l.contains("band") || l.contains("得点帯"))
        {
            assert!(
                !line.contains("uncertain") && !line.contains("不確か"),
                "{doc}: {line}"
            );
        }
    }
}

/// Q2 and P2: anti-malware on PCs and smartphones, not servers.
#[test]
fn q2_and_p2_are_about_pcs_and_smartphones() {
    let q = question("Q2");
    let p = principle("P2");
    for (what, ja, en) in [
        ("Q2", &q.question.ja, &q.question.en),
        ("P2", &p.description.ja, &p.description.en),
    ] {
        assert!(
            ja.contains("パソコン") && ja.contains("スマートフォン"),
            "{what}: {ja}"
        );
        assert!(
            en.contains("PC") && en.contains("smartphone"),
            "{what}: {en}"
        );
        assert!(!ja.contains("サーバ") && !en.to_lowercase().contains("server"));
    }
}

/// Q3 asks about strong passwords only: one question, not two.
#[test]
fn q3_asks_about_strong_passwords_only() {
    let q = &question("Q3").question;
    assert!(q.ja.contains("長く複雑"), "{}", q.ja);
    for two in ["使い回", "使い分け", "ごとに", "異なる"] {
        assert!(!q.ja.contains(two), "{}", q.ja);
    }
    for two in ["reuse", "different", "each service", "re-use"] {
        assert!(!q.en.to_lowercase().contains(two), "{}", q.en);
    }
}

/// Q10: threats that arrive over the internet in general, not only browsing.
#[test]
fn q10_covers_threats_over_the_internet_in_general() {
    let q = &question("Q10");
    assert!(
        q.question.ja.contains("インターネットを通じて"),
        "{}",
        q.question.ja
    );
    assert!(
        q.question.en.contains("over the internet"),
        "{}",
        q.question.en
    );
    assert!(q.topic.ja.contains("インターネット") && !q.topic.ja.contains("閲覧"));
    // More than websites: infection, fraud and social-media trouble are named.
    for kind in ["ウイルス", "詐欺", "SNS"] {
        assert!(q.question.ja.contains(kind), "{}", q.question.ja);
    }
}

/// Q22: contracts that involve exchanging important information.
#[test]
fn q22_is_about_contracts_exchanging_important_information() {
    let q = &question("Q22");
    assert!(
        q.question.ja.contains("重要な情報をやり取りする"),
        "{}",
        q.question.ja
    );
    assert!(q.question.en.contains("exchanging important information"));
    assert!(q.topic.ja.contains("やり取り"), "{}", q.topic.ja);
}

/// Q20 is in hoshi's own words, as the other 24 are, not a near-copy of IPA's sheet.
#[test]
fn q20_is_in_our_own_words() {
    let q = &question("Q20").question;
    // The wording of IPA's sheet, which this question once nearly copied.
    assert!(!q.ja.contains("教育や注意喚起を行っていますか"), "{}", q.ja);
    assert!(
        q.ja.contains("研修") && q.ja.contains("呼びかけ"),
        "{}",
        q.ja
    );
}

/// The 法人番号 comments: a check digit is never 0, so no comment speaks of a leading zero;
/// they say that quoting keeps the value a string. The 自己宣言ID of the example and of the
/// template is visibly made up and says so.
#[test]
fn the_example_and_the_template_comment_the_numbers_truthfully() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let out = common::run_in(tmp.path(), ["init", "c", "--name", "株式会社テスト"], []);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let template = fs::read_to_string(tmp.path().join("c/hoshi.yaml")).expect("read");
    let example = fs::read_to_string(common::root().join("example-repo/hoshi.yaml")).expect("read");
    for (name, text) in [("template", &template), ("example", &example)] {
        let number = text
            .lines()
            .find(|l| l.contains("corporate_number:"))
            .unwrap_or_else(|| panic!("{name}: no corporate_number"));
        assert!(number.contains("文字列"), "{name}: {number}");
        let id = text
            .lines()
            .find(|l| l.trim_start_matches(['#', ' ']).starts_with("id:"))
            .unwrap_or_else(|| panic!("{name}: no id"));
        assert!(
            id.contains("\"51234567890\"") && id.contains("架空"),
            "{name}: {id}"
        );
    }
    // Neither speaks of a zero that could be lost.
    for text in [&template, &example] {
        assert!(!text.contains("先頭の 0") && !text.contains("先頭の0"));
    }
}
