//! Wording lint: SECURITY ACTION is a self-declaration, so public text must not present it
//! as a certification (「認定を受けました」「取得しました」, "certified").
//!
//! A claim is a certification word in a sentence that is about SECURITY ACTION or its stars,
//! where the nearest scheme named is SECURITY ACTION (so "ISO 27001 certified" next to ★★
//! passes) and the sentence is not a denial (「認定制度ではありません」 passes).
//! 認定 in a sentence about something else (「認定された産業廃棄物処理業者」) is no claim.

use crate::finding::{Code, Finding, Pos};
use crate::model::files::FileKind;
use crate::text;
use crate::validate::client::Client;

/// Words that make a sentence about SECURITY ACTION (matched on ASCII-lowercased text).
const CONTEXT: &[&str] = &[
    "security action",
    "securityaction",
    "security-action",
    "セキュリティアクション",
    "セキュリティ・アクション",
    "一つ星",
    "二つ星",
    "ひとつ星",
    "ふたつ星",
    "1つ星",
    "2つ星",
    "１つ星",
    "２つ星",
    "★",
    "☆",
    "one star",
    "one-star",
    "two star",
    "two-star",
];

/// Other schemes that really are certifications; a claim nearest to one of them is theirs.
const OTHER_SCHEMES: &[&str] = &[
    "iso",
    "isms",
    "iec",
    "jis",
    "pマーク",
    "プライバシーマーク",
    "privacymark",
    "privacy mark",
    "soc",
    "pci",
    "ismap",
    "tisax",
    "cmmc",
];

/// Sentences that deny a certification are what we want people to write.
const DENIAL_JA: &[&str] = &["ではなく", "ではありません", "ではない", "ではございません"];
const DENIAL_EN: &[&str] = &["not", "no", "never", "without", "isn't", "aren't"];

/// Certification words in English, whole words.
const CLAIM_EN: &[&str] = &[
    "certified",
    "certification",
    "certifications",
    "accredited",
    "accreditation",
    "obtained",
    "acquired",
    "awarded",
];

/// What may follow 認定 / 認証 in a claim (longest first), to show the whole phrase.
const AFTER_NINTEI: &[&str] = &[
    "を取得しました",
    "を取得している",
    "を取得した",
    "を受けています",
    "を受けました",
    "を受けた",
    "を取得",
    "を受け",
    "取得しました",
    "取得済み",
    "取得",
    "されています",
    "されました",
    "された",
    "され",
    "企業",
    "済み",
    "済",
];

/// What may follow 取得 / 合格 (longest first).
const AFTER_SHUTOKU: &[&str] = &[
    "しています",
    "している",
    "しました",
    "済み",
    "した",
    "して",
    "済",
];

/// 認証 is also "authentication": not a claim right after or before these.
const AUTH_BEFORE: &[&str] = &[
    "要素",
    "段階",
    "生体",
    "本人",
    "顔",
    "指紋",
    "パスワード",
    "ユーザー",
    "ユーザ",
    "利用者",
    "端末",
    "デバイス",
];
const AUTH_AFTER: &[&str] = &[
    "情報",
    "方式",
    "コード",
    "アプリ",
    "基盤",
    "サーバ",
    "キー",
    "鍵",
    "機能",
    "設定",
];

/// A certification claim found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    /// Byte offset of the phrase in the text.
    pub start: usize,
    /// The phrase as written.
    pub phrase: String,
}

/// The certification claims in `text`, at most one per sentence.
pub fn claims(text: &str) -> Vec<Claim> {
    let mut out = Vec::new();
    // Every candidate starts at one of these words; most texts have none, and skipping
    // them keeps `hoshi history` over thousands of revisions fast.
    let lower = text.to_ascii_lowercase();
    if !["認定", "認証", "取得", "合格"]
        .iter()
        .any(|w| text.contains(w))
        && !CLAIM_EN.iter().any(|w| lower.contains(w))
    {
        return out;
    }
    for (base, sentence) in sentences(text) {
        if let Some((start, len)) = claim_in(sentence) {
            out.push(Claim {
                start: base + start,
                phrase: sentence[start..start + len].to_owned(),
            });
        }
    }
    out
}

/// Splits text into sentences with their byte offsets: at 。．！？!? and line ends, and at
/// a `.` followed by white space.
fn sentences(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = match c {
            '。' | '．' | '！' | '？' | '!' | '?' | '\n' => true,
            '.' => chars.peek().is_none_or(|&(_, n)| n.is_whitespace()),
            _ => false,
        };
        if end {
            let stop = i + c.len_utf8();
            out.push((start, &text[start..stop]));
            start = stop;
        }
    }
    if start < text.len() {
        out.push((start, &text[start..]));
    }
    out
}

/// Byte ranges where `needle` occurs in `hay`.
fn find_all(hay: &str, needle: &str) -> Vec<(usize, usize)> {
    hay.match_indices(needle)
        .map(|(i, m)| (i, i + m.len()))
        .collect()
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// `needle` as a whole ASCII word in `lower` (ends are not letters or digits).
fn find_words(lower: &str, needle: &str) -> Vec<(usize, usize)> {
    let bytes = lower.as_bytes();
    find_all(lower, needle)
        .into_iter()
        .filter(|&(s, e)| {
            (s == 0 || !is_word_byte(bytes[s - 1])) && (e == bytes.len() || !is_word_byte(bytes[e]))
        })
        .collect()
}

/// Scheme names: a word start, and no letter right after ("iso27001" yes, "isolated" no).
fn find_schemes(lower: &str) -> Vec<(usize, usize)> {
    let bytes = lower.as_bytes();
    OTHER_SCHEMES
        .iter()
        .flat_map(|s| find_all(lower, s))
        .filter(|&(s, e)| {
            (s == 0 || !is_word_byte(bytes[s - 1]))
                && (e == bytes.len() || !bytes[e].is_ascii_alphabetic())
        })
        .collect()
}

fn longest_prefix<'a>(s: &str, options: &[&'a str]) -> &'a str {
    options
        .iter()
        .copied()
        .filter(|o| s.starts_with(o))
        .max_by_key(|o| o.len())
        .unwrap_or("")
}

/// Candidate claims in a sentence, as byte ranges, in order.
fn candidates(sentence: &str, lower: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (s, e) in find_all(sentence, "認定") {
        out.push((s, e + longest_prefix(&sentence[e..], AFTER_NINTEI).len()));
    }
    for (s, e) in find_all(sentence, "認証") {
        let before = &sentence[..s];
        let after = &sentence[e..];
        if AUTH_BEFORE.iter().any(|w| before.ends_with(w))
            || AUTH_AFTER.iter().any(|w| after.starts_with(w))
        {
            continue;
        }
        out.push((s, e + longest_prefix(after, AFTER_NINTEI).len()));
    }
    for (s, e) in find_all(sentence, "取得") {
        // Part of a 認定取得 / 認証を取得 phrase already found.
        if out.iter().any(|&(a, b)| a <= s && s < b) {
            continue;
        }
        let before = &sentence[..s];
        let (start, object) = match before.strip_suffix('を') {
            Some(b) => (s - 'を'.len_utf8(), b),
            None => (s, before),
        };
        // The self-declaration ID is really obtained; saying so is fine.
        let object = object.trim_end().to_ascii_lowercase();
        if ["id", "ｉｄ", "番号"].iter().any(|w| object.ends_with(w)) {
            continue;
        }
        out.push((
            start,
            e + longest_prefix(&sentence[e..], AFTER_SHUTOKU).len(),
        ));
    }
    for (s, e) in find_all(sentence, "合格") {
        out.push((s, e + longest_prefix(&sentence[e..], AFTER_SHUTOKU).len()));
    }
    for word in CLAIM_EN {
        out.extend(find_words(lower, word));
    }
    out.sort_unstable();
    out
}

fn char_index(s: &str, byte: usize) -> usize {
    s[..byte].chars().count()
}

/// Distance in characters between two byte ranges of `s` (0 when they touch or overlap).
fn gap(s: &str, a: (usize, usize), b: (usize, usize)) -> usize {
    let (a0, a1) = (char_index(s, a.0), char_index(s, a.1));
    let (b0, b1) = (char_index(s, b.0), char_index(s, b.1));
    if a1 <= b0 {
        b0 - a1
    } else {
        a0.saturating_sub(b1)
    }
}

/// The first claim of a sentence, as (byte offset, byte length).
fn claim_in(sentence: &str) -> Option<(usize, usize)> {
    let lower = sentence.to_ascii_lowercase();
    let context: Vec<(usize, usize)> = CONTEXT.iter().flat_map(|c| find_all(&lower, c)).collect();
    if context.is_empty() {
        return None;
    }
    if DENIAL_JA.iter().any(|d| sentence.contains(d))
        || DENIAL_EN.iter().any(|d| !find_words(&lower, d).is_empty())
        || lower.contains("n't")
    {
        return None;
    }
    let schemes = find_schemes(&lower);
    candidates(sentence, &lower)
        .into_iter()
        .find(|&hit| {
            let ours = context.iter().map(|&c| gap(sentence, hit, c)).min();
            let theirs = schemes.iter().map(|&c| gap(sentence, hit, c)).min();
            match (ours, theirs) {
                (Some(o), Some(t)) => o <= t,
                (Some(_), None) => true,
                _ => false,
            }
        })
        .map(|(s, e)| (s, e - s))
}

/// Where the `occurrence`-th (0-based) `phrase` of a scalar lies in the source.
///
/// `start` is the position the document gives for the value (for a block scalar that may be
/// the `|` indicator or the first line of content) and `key_column` the column of its key:
/// the scalar continues over the following lines that are blank or indented past the key.
pub fn locate(
    source: &str,
    start: Pos,
    key_column: u32,
    phrase: &str,
    occurrence: usize,
) -> Option<Pos> {
    if phrase.is_empty() {
        return None;
    }
    let key_indent = usize::try_from(key_column.saturating_sub(1)).unwrap_or(usize::MAX);
    let first = usize::try_from(start.line.checked_sub(1)?).ok()?;
    let mut seen = 0;
    for (n, line) in source.split('\n').enumerate().skip(first) {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let skip = if n == first {
            usize::try_from(start.column.saturating_sub(1)).unwrap_or(usize::MAX)
        } else {
            let indent = line.len() - line.trim_start_matches(' ').len();
            if !line.trim().is_empty() && indent <= key_indent {
                return None;
            }
            0
        };
        let offset = line.char_indices().nth(skip).map_or(line.len(), |(i, _)| i);
        for (i, _) in line[offset..].match_indices(phrase) {
            if seen == occurrence {
                let column = line[..offset + i].chars().count() + 1;
                return Some(Pos {
                    line: u32::try_from(n + 1).ok()?,
                    column: u32::try_from(column).ok()?,
                });
            }
            seen += 1;
        }
    }
    None
}

/// The texts the lint reads: the policy's title, preamble and sections, and the site title.
fn texts(client: &Client) -> Vec<(FileKind, String, &str)> {
    let mut out = Vec::new();
    if let Some(p) = &client.policy {
        out.push((FileKind::Policy, "/title".to_owned(), p.title.as_str()));
        out.push((
            FileKind::Policy,
            "/preamble".to_owned(),
            p.preamble.as_str(),
        ));
        for (i, s) in p.sections.iter().enumerate() {
            out.push((
                FileKind::Policy,
                format!("/sections/{i}/heading"),
                s.heading.as_str(),
            ));
            out.push((
                FileKind::Policy,
                format!("/sections/{i}/body"),
                s.body.as_str(),
            ));
        }
    }
    if let Some(title) = client
        .profile
        .as_ref()
        .and_then(|p| p.site.title.as_deref())
    {
        out.push((FileKind::Hoshi, "/site/title".to_owned(), title));
    }
    out
}

/// One located warning per claim in the client's public texts.
pub fn lint(client: &Client) -> Vec<Finding> {
    let mut out = Vec::new();
    for (kind, pointer, value) in texts(client) {
        let doc = client.document(kind);
        let source = client.text(kind.file_name());
        for claim in claims(value) {
            let occurrence = value[..claim.start].matches(claim.phrase.as_str()).count();
            let start = doc.and_then(|d| d.value_pos(&pointer));
            let key_column = doc
                .and_then(|d| d.key_pos(&pointer))
                .map_or(1, |p| p.column);
            let pos = match (source, start) {
                (Some(src), Some(at)) => {
                    locate(src, at, key_column, &claim.phrase, occurrence).or(start)
                }
                _ => start,
            };
            let phrase = &claim.phrase;
            out.push(
                Finding::new(
                    Code::CertificationWording,
                    kind.file_name(),
                    pos,
                    &pointer,
                    text!(
                        "「{phrase}」は SECURITY ACTION を認定や認証のように見せる書き方です。SECURITY ACTION は自己宣言の制度で、IPA は認定も認証もしていません",
                        "\"{phrase}\" presents SECURITY ACTION as a certification; it is a self-declaration, and IPA certifies nothing"
                    ),
                )
                .with_hint(text!(
                    "「SECURITY ACTION の二つ星を宣言しています」のように、宣言したと書いてください",
                    "say that you declared it, e.g. \"we have declared SECURITY ACTION two stars (★★)\""
                )),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(text: &str) -> Vec<String> {
        claims(text).into_iter().map(|c| c.phrase).collect()
    }

    #[test]
    fn claims_about_security_action_are_hits() {
        for (text, phrase) in [
            (
                "当社は SECURITY ACTION 二つ星の認定を受けました。",
                "認定を受けました",
            ),
            ("SECURITY ACTION ★★認定取得", "認定取得"),
            (
                "セキュリティアクション二つ星を取得しました",
                "を取得しました",
            ),
            ("2026年に一つ星を取得。", "を取得"),
            ("SECURITY ACTION 認証取得企業です", "認証取得"),
            ("We are SECURITY ACTION certified.", "certified"),
            (
                "Minato Seiko obtained two-star status under Security Action.",
                "obtained",
            ),
            ("SECURITY ACTION certification (★★)", "certification"),
            ("IPA の SECURITY ACTION に合格しました", "合格しました"),
        ] {
            assert_eq!(phrases(text), [phrase], "{text}");
        }
    }

    #[test]
    fn other_uses_of_the_words_are_not_claims() {
        for text in [
            // 認定 about something else entirely.
            "廃棄は認定された産業廃棄物処理業者に委託します。",
            "ISO 27001 certified data centre",
            // Both in one sentence: the claim is nearest to ISO.
            "We have declared SECURITY ACTION ★★ and host in an ISO 27001 certified data centre.",
            "SECURITY ACTION 二つ星を宣言し、ISMS認証を取得しています。",
            // Denials are the wording we want.
            "SECURITY ACTION は IPA の制度に基づく自己宣言であり、第三者による審査や認証ではありません。",
            "SECURITY ACTION is a self-declaration, not a certification.",
            // 認証 as authentication, 取得 of the ID.
            "SECURITY ACTION 二つ星を宣言し、多要素認証を導入しています。",
            "SECURITY ACTION の自己宣言IDを取得しました。",
            // The right wording.
            "当社は SECURITY ACTION 二つ星を宣言しています。",
            "We have declared SECURITY ACTION two stars.",
            // A claim word with no SECURITY ACTION in its sentence.
            "個人情報を取得した場合は、利用目的を通知します。\nSECURITY ACTION 二つ星を宣言しています。",
        ] {
            assert_eq!(phrases(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn one_claim_per_sentence_at_its_offset() {
        let text = "当社は二つ星の認定を受け、認定マークを掲示しています。We are SECURITY ACTION certified.";
        let c = claims(text);
        assert_eq!(c.len(), 2);
        assert_eq!(
            &text[c[0].start..c[0].start + c[0].phrase.len()],
            "認定を受け"
        );
        assert_eq!(c[1].phrase, "certified");
        assert_eq!(&text[c[1].start..], "certified.");
    }

    #[test]
    fn locates_a_phrase_inside_a_block_scalar() {
        let src = "title: 基本方針\npreamble: |\n  一行目です。\n\n  当社は二つ星の認定を受けました。\nsections: []\n";
        // The position saphyr gives (the first line of content)…
        let at = Pos { line: 3, column: 3 };
        assert_eq!(
            locate(src, at, 1, "認定を受けました", 0),
            Some(Pos {
                line: 5,
                column: 10
            })
        );
        // …and the `|` indicator, should the loader ever give that.
        let at = Pos {
            line: 2,
            column: 11,
        };
        assert_eq!(
            locate(src, at, 1, "認定を受けました", 0),
            Some(Pos {
                line: 5,
                column: 10
            })
        );
        // Not beyond the scalar: the next key ends it.
        assert_eq!(locate(src, at, 1, "sections", 0), None);
        assert_eq!(locate(src, at, 1, "認定を受けました", 1), None);
    }

    #[test]
    fn locates_the_second_occurrence_in_a_nested_block() {
        let src = "sections:\n  - heading: A\n    body: |\n      認定。\n      二つ星の認定を受けました\n  - heading: 認定を受けました\n";
        let at = Pos { line: 4, column: 7 };
        assert_eq!(
            locate(src, at, 5, "認定", 1),
            Some(Pos {
                line: 5,
                column: 11
            })
        );
        // The next item's heading is outside the body.
        assert_eq!(locate(src, at, 5, "認定", 2), None);
    }

    fn client_with_policy(policy: &str, hoshi: Option<&str>) -> Client {
        let dir = tempfile::tempdir().expect("temp");
        let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("example-repo");
        for f in FileKind::ALL {
            let name = f.file_name();
            std::fs::copy(example.join(name), dir.path().join(name)).expect("copy");
        }
        std::fs::write(dir.path().join("policy.yaml"), policy).expect("write");
        if let Some(h) = hoshi {
            std::fs::write(dir.path().join("hoshi.yaml"), h).expect("write");
        }
        Client::read(&crate::source::WorkTree::new(dir.path())).expect("read")
    }

    /// Columns count characters: line 16 is 6 spaces + 「当社は 」(4) + "SECURITY ACTION " (16)
    /// + 「二つ星の」(4) = 30 before the phrase; the site title has `  title: "` (10) + 16.
    #[test]
    fn lint_locates_findings_in_the_files() {
        let example = include_str!("../../example-repo/policy.yaml");
        let policy = example
            .replace(
                "title: 情報セキュリティ基本方針",
                "title: SECURITY ACTION 認定取得企業の情報セキュリティ基本方針",
            )
            .replace(
                "      経営者は、対策の実施状況を",
                "      当社は SECURITY ACTION 二つ星の認定を受けています。経営者は、対策の実施状況を",
            );
        let hoshi = include_str!("../../example-repo/hoshi.yaml").replace(
            "title: みなと精工 情報セキュリティへの取組み",
            "title: \"SECURITY ACTION certified: Minato\"",
        );
        let client = client_with_policy(&policy, Some(&hoshi));
        assert!(client.findings.is_empty(), "{:?}", client.findings);
        let found: Vec<(String, u32, u32, String)> = lint(&client)
            .into_iter()
            .map(|f| {
                let p = f.pos.expect("located");
                (f.file, p.line, p.column, f.path)
            })
            .collect();
        assert_eq!(
            found,
            [
                ("policy.yaml".to_owned(), 4, 24, "/title".to_owned()),
                (
                    "policy.yaml".to_owned(),
                    16,
                    31,
                    "/sections/0/body".to_owned()
                ),
                ("hoshi.yaml".to_owned(), 26, 27, "/site/title".to_owned()),
            ]
        );
        // The example itself is clean.
        let clean = client_with_policy(example, None);
        assert!(lint(&clean).is_empty());
    }
}
