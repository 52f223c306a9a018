//! Wording lint: SECURITY ACTION is a self-declaration that IPA neither reviews nor
//! certifies, so text that hoshi publishes must not present it as a certification
//! (「認定を受けました」「二つ星を取得しました」, "certified").
//!
//! The lint reads like a careful person would:
//!
//! - Text is normalised first (NFKC, ASCII lower case), so full-width ＳＥＣＵＲＩＴＹ
//!   ＡＣＴＩＯＮ and half-width ｾｷｭﾘﾃｨｱｸｼｮﾝ are the same words.
//! - A claim is a certification word (認定, 認証, 取得, 獲得, 付与, 合格, 認められ, 登録されて
//!   います, 評価を受け, certified, accredited, granted, approved, recognised, passed …) in a
//!   sentence about SECURITY ACTION, or in the sentence right after one in the same
//!   paragraph. 「IPA認定」「IPA認証」 and "IPA-certified" are claims on their own.
//! - Where another scheme that really certifies is named (ISMS / ISO/IEC 27001,
//!   プライバシーマーク, DX認定, 健康経営優良法人, TRUSTe, SCS評価制度 ★4 …), a word nearer to it
//!   than to SECURITY ACTION is that scheme's.
//! - Denials are judged per clause: 「認定は受けていません」 passes, but in
//!   「認定を受けましたが、ISMSではありません」 the first clause is still a claim.
//! - Not claims: 「ロゴマークを取得」 (IPA's own phrasing), 取得 of personal information or
//!   of the self-declaration ID, 認証 as authentication (多要素認証), ★/☆ as a bullet at the
//!   start of a line.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

use crate::finding::{Code, Finding, Pos};
use crate::model::files::FileKind;
use crate::model::{Audience, Person};
use crate::text;
use crate::validate::client::Client;

/// Words that make a sentence about SECURITY ACTION (on normalised text).
const CONTEXT: &[&str] = &[
    "security action",
    "securityaction",
    "security-action",
    "セキュリティアクション",
    "セキュリティ・アクション",
    "セキュリティ アクション",
    "一つ星",
    "二つ星",
    "ひとつ星",
    "ふたつ星",
    "1つ星",
    "2つ星",
    "★",
    "☆",
    "one star",
    "one-star",
    "two star",
    "two-star",
    "1 star",
    "2 star",
    "1-star",
    "2-star",
];

/// Other schemes that really certify or evaluate; a word nearest to one of them is theirs.
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
    "truste",
    "dx認定",
    "dx 認定",
    "dx-ready",
    "健康経営優良法人",
    "健康経営",
    "えるぼし",
    "くるみん",
    "エコアクション",
    "jisec",
    "情報処理安全確保支援士",
    "scs",
    "セキュリティ対策評価制度",
    "評価制度",
    "cyber essentials",
];

/// Japanese negations and corrections: a clause holding one after the word denies it.
const DENIAL_JA: &[&str] = &[
    "ません",
    "ない",
    "なく",
    "ず、",
    "ずに",
    "誤解",
    "勘違い",
    "混同",
];
/// English negations: a clause holding one anywhere denies its words.
const DENIAL_EN: &[&str] = &[
    "not",
    "no",
    "never",
    "without",
    "neither",
    "nor",
    "isn't",
    "aren't",
    "wasn't",
    "doesn't",
    "don't",
    "didn't",
    "rather than",
    "instead of",
    "mistaken",
    "misunderstood",
];

/// Certification words in English, whole words (on lower-cased text).
const CLAIM_EN: &[&str] = &[
    "certified",
    "certification",
    "certifications",
    "certificate",
    "accredited",
    "accreditation",
    "granted",
    "approved",
    "approval",
    "recognised",
    "recognized",
    "passed",
    "obtained",
    "acquired",
    "awarded",
    "earned",
];
/// English words that may take the self-declaration ID, the logo or personal data as
/// their object: then they state a fact.
const ACQUIRE_EN: &[&str] = &[
    "obtained",
    "acquired",
    "granted",
    "earned",
    "awarded",
    "certificate",
];

/// Japanese certification words.
const CLAIM_JA: &[&str] = &[
    "認定",
    "認証",
    "公認",
    "取得",
    "獲得",
    "付与",
    "合格",
    "認められ",
    "登録されています",
    "登録されました",
    "登録済",
    "評価を受け",
    "承認を受け",
    "承認され",
    "お墨付き",
];

/// What may follow a claim word (longest first), to show the whole phrase.
const AFTER: &[&str] = &[
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
    "しています",
    "している",
    "しました",
    "ました",
    "ています",
    "ている",
    "企業",
    "済み",
    "済",
    "した",
    "して",
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
    "ログイン",
    "sso",
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
    "方法",
];

/// Objects of 取得 / 付与 / 登録 that make it a plain fact, not a claim.
const FACT_OBJECTS: &[&str] = &[
    "id",
    "番号",
    "ロゴマーク",
    "ロゴ",
    "logo",
    "個人情報",
    "情報",
    "データ",
    "同意",
    "許可",
    "ログ",
    "バックアップ",
    "記録",
    "権限",
    "アクセス権",
    "権",
    "アカウント",
    "パスワード",
    "休暇",
];
/// Things given or collected that make 取得 / 付与 a fact anywhere earlier in the clause
/// (「アクセス権は必要な人だけに付与」).
const FACT_CLAUSE: &[&str] = &[
    "アクセス権",
    "権限",
    "アカウント",
    "個人情報",
    "同意",
    "ロゴマーク",
    "自己宣言id",
];
/// What may follow 取得 and say what was collected (「取得した個人情報」).
const FACT_AFTER: &[&str] = &[
    "した個人情報",
    "する個人情報",
    "した情報",
    "する情報",
    "の際",
];

/// A certification claim found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    /// Byte offset of the phrase in the original text.
    pub start: usize,
    /// The phrase as written in the original text.
    pub phrase: String,
}

/// Text after NFKC and ASCII lower-casing, with the way back to the original.
struct Normalised {
    text: String,
    /// For each byte of `text`: the original byte range of the cluster it came from.
    origin: Vec<(usize, usize)>,
}

/// Combining marks (and half-width voiced marks) join the character before them.
fn is_combining(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036f}' | '\u{3099}' | '\u{309a}' | '\u{ff9e}' | '\u{ff9f}'
    )
}

fn normalise(s: &str) -> Normalised {
    let mut text = String::with_capacity(s.len());
    let mut origin = Vec::with_capacity(s.len());
    let mut chars = s.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let mut end = start + c.len_utf8();
        while let Some(&(i, n)) = chars.peek() {
            if !is_combining(n) {
                break;
            }
            end = i + n.len_utf8();
            chars.next();
        }
        let before = text.len();
        // A lone ASCII character is its own NFKC form.
        if c.is_ascii() && end == start + 1 {
            text.push(c.to_ascii_lowercase());
            origin.push((start, end));
            continue;
        }
        // So is a lone character whose quick check says NFKC keeps it (most kana and
        // kanji): no normaliser is needed for it.
        if end == start + c.len_utf8() && is_nfkc_quick(std::iter::once(c)) == IsNormalized::Yes {
            text.push(c);
            origin.extend(std::iter::repeat_n((start, end), c.len_utf8()));
            continue;
        }
        for n in s[start..end].nfkc() {
            text.push(n.to_ascii_lowercase());
        }
        origin.extend(std::iter::repeat_n((start, end), text.len() - before));
    }
    Normalised { text, origin }
}

impl Normalised {
    /// The original byte range of a normalised one.
    fn original(&self, start: usize, end: usize) -> (usize, usize) {
        let a = self.origin.get(start).map_or(0, |r| r.0);
        let b = end
            .checked_sub(1)
            .and_then(|e| self.origin.get(e))
            .map_or(a, |r| r.1);
        (a, b.max(a))
    }
}

/// A sentence of normalised text: its range and the paragraph it belongs to.
#[derive(Debug, Clone, Copy)]
struct Sentence {
    start: usize,
    end: usize,
    paragraph: usize,
}

/// Splits normalised text into sentences: at 。.!? followed by space or end, and at line
/// ends; a blank line also ends a paragraph.
fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut paragraph = 0;
    let mut line_has_text = false;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\n' {
            if !line_has_text {
                paragraph += 1;
            }
            line_has_text = false;
        } else if !c.is_whitespace() {
            line_has_text = true;
        }
        let end = match c {
            '。' | '!' | '?' | '\n' => true,
            '.' => chars.peek().is_none_or(|&(_, n)| n.is_whitespace()),
            _ => false,
        };
        if end {
            let stop = i + c.len_utf8();
            if !text[start..stop].trim().is_empty() {
                out.push(Sentence {
                    start,
                    end: stop,
                    paragraph,
                });
            }
            start = stop;
        }
    }
    if !text[start..].trim().is_empty() {
        out.push(Sentence {
            start,
            end: text.len(),
            paragraph,
        });
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

/// `needle` where it starts and ends as a whole ASCII word (Japanese around is fine).
fn find_words(s: &str, needle: &str) -> Vec<(usize, usize)> {
    let bytes = s.as_bytes();
    find_all(s, needle)
        .into_iter()
        .filter(|&(a, e)| {
            (a == 0 || !is_word_byte(bytes[a - 1])) && (e == bytes.len() || !is_word_byte(bytes[e]))
        })
        .collect()
}

/// Where SECURITY ACTION is named: not ★/☆ as a bullet at the start of a line, nor the
/// ★3 / ★4 of METI's scheme.
fn context(s: &str, line_start: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for c in CONTEXT {
        for (a, e) in find_all(s, c) {
            if c.starts_with(['★', '☆']) {
                let before = &s[..a];
                // A bullet is one mark; 「★★」 at the start of a line is the two stars.
                let bullet =
                    before.trim_start().is_empty() && line_start && !s[e..].starts_with(['★', '☆']);
                let scs = s[e..]
                    .trim_start_matches(['★', '☆'])
                    .starts_with(['3', '4']);
                if bullet || scs || before.ends_with(['★', '☆']) {
                    continue;
                }
            }
            if c.is_ascii() && !find_words(s, c).contains(&(a, e)) {
                continue;
            }
            out.push((a, e));
        }
    }
    out
}

/// Other schemes named: a word start, and no letter right after ("iso27001" yes,
/// "isolated" no); ★3 / ★4 count as METI's scheme.
fn schemes(s: &str) -> Vec<(usize, usize)> {
    let bytes = s.as_bytes();
    let mut out: Vec<(usize, usize)> = OTHER_SCHEMES
        .iter()
        .flat_map(|name| find_all(s, name))
        .filter(|&(a, e)| {
            (a == 0 || !is_word_byte(bytes[a - 1]))
                && (e == bytes.len() || !bytes[e].is_ascii_alphabetic())
        })
        .collect();
    for (a, e) in find_all(s, "★") {
        if s[e..].starts_with(['3', '4']) {
            out.push((a, e + 1));
        }
    }
    out
}

fn longest_prefix<'a>(s: &str, options: &[&'a str]) -> &'a str {
    options
        .iter()
        .copied()
        .filter(|o| s.starts_with(o))
        .max_by_key(|o| o.len())
        .unwrap_or("")
}

/// The object before a verb: the text before it without を/が/の/は and spaces.
fn object_before(before: &str) -> &str {
    before
        .trim_end()
        .trim_end_matches(['を', 'が', 'の', 'は', 'も'])
        .trim_end()
}

/// The clause before the one holding `at` is its topic or object, set off by a comma
/// (「お客様の個人情報は、適正な手段で取得します」), and names a thing collected or given.
fn topic_is_a_fact(s: &str, at: usize) -> bool {
    let start = clause(s, at).0;
    let Some(before) = s[..start].strip_suffix("、") else {
        return false;
    };
    let here = &s[start..at];
    if !context(here, false).is_empty() {
        return false;
    }
    let previous = &before[clause(before, before.len()).0..];
    let topic = previous.trim_end();
    let object = topic.trim_end_matches(['は', 'を', 'も']);
    object.len() < topic.len() && FACT_OBJECTS.iter().any(|o| object.trim_end().ends_with(o))
}

/// A candidate claim: its range and whether it names IPA as certifier by itself.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    start: usize,
    end: usize,
    /// 「IPA認定」, "IPA-certified", "certified by IPA": a claim without the scheme's name.
    ipa: bool,
}

/// Candidate claims in a sentence (normalised), in order.
fn candidates(s: &str) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    for word in CLAIM_JA {
        for (a, e) in find_all(s, word) {
            if out.iter().any(|c| c.start <= a && a < c.end) {
                continue;
            }
            let (before, after) = (&s[..a], &s[e..]);
            match *word {
                "認証"
                    if AUTH_BEFORE.iter().any(|w| before.ends_with(w))
                        || AUTH_AFTER.iter().any(|w| after.starts_with(w)) =>
                {
                    continue;
                }
                "取得" | "付与" | "獲得" | "登録されています" | "登録されました" | "登録済"
                    if FACT_OBJECTS
                        .iter()
                        .any(|o| object_before(before).ends_with(o))
                        || FACT_CLAUSE.iter().any(|o| s[clause(s, a).0..a].contains(o))
                        || FACT_AFTER.iter().any(|w| after.starts_with(w))
                        || topic_is_a_fact(s, a) =>
                {
                    continue;
                }
                "認められ" if after.contains("場合") => continue,
                _ => {}
            }
            // 「認定を取得」: one phrase from its first word.
            let start = match before.strip_suffix('を') {
                Some(b) if matches!(*word, "取得" | "獲得") => a - (before.len() - b.len()),
                _ => a,
            };
            let end = e + longest_prefix(after, AFTER).len();
            // IPA right before: 「IPA認定」「IPAの認証」「IPAから認定を受け」.
            let near = object_before(before);
            let ipa = matches!(*word, "認定" | "認証" | "公認")
                && (near.ends_with("ipa")
                    || ["ipaから", "ipaより", "ipaによる", "ipaによって", "ipaが"]
                        .iter()
                        .any(|p| near.ends_with(p)));
            out.push(Candidate { start, end, ipa });
        }
    }
    for word in CLAIM_EN {
        for (a, e) in find_words(s, word) {
            let before = s[..a].trim_end();
            let after = &s[e..];
            // "IPA-certified", "IPA certified", "certified by IPA".
            let ipa = before.ends_with("ipa")
                || before.ends_with("ipa-")
                || s[..a].ends_with("ipa-")
                || after.trim_start().starts_with("by ipa");
            out.push(Candidate {
                start: a,
                end: e,
                ipa,
            });
        }
    }
    out.sort_by_key(|c| c.start);
    out
}

/// Clause boundaries: 、, ; : and English "but".
fn clause(s: &str, at: usize) -> (usize, usize) {
    let boundaries: Vec<(usize, usize)> =
        ["、", ",", ";", ":", " but ", " however", "ものの", "けれど"]
            .iter()
            .flat_map(|b| find_all(s, b))
            .collect();
    let start = boundaries
        .iter()
        .filter(|&&(_, e)| e <= at)
        .map(|&(_, e)| e)
        .max()
        .unwrap_or(0);
    let end = boundaries
        .iter()
        .filter(|&&(a, _)| a > at)
        .map(|&(a, _)| a)
        .min()
        .unwrap_or(s.len());
    (start, end)
}

/// The clause holding the word denies it.
fn denied(s: &str, c: &Candidate) -> bool {
    let (a, e) = clause(s, c.start);
    let clause = &s[a..e];
    let after = &s[c.start..e];
    DENIAL_JA.iter().any(|d| after.contains(d))
        || DENIAL_EN.iter().any(|d| !find_words(clause, d).is_empty())
        || clause.contains("n't")
}

/// An English acquisition word in a sentence about the ID, the logo or personal data.
fn states_a_fact(s: &str, c: &Candidate) -> bool {
    let word = &s[c.start..c.end];
    if !ACQUIRE_EN.contains(&word) {
        return false;
    }
    ["id", "logo", "ids", "logos"]
        .iter()
        .any(|w| !find_words(s, w).is_empty())
        || s.contains("personal information")
        || s.contains("personal data")
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

/// The first claim of a sentence (normalised ranges), given whether the sentence before
/// it in the paragraph names SECURITY ACTION.
fn claim_in(s: &str, line_start: bool, after_context: bool) -> Option<(usize, usize)> {
    let ours = context(s, line_start);
    let theirs = schemes(s);
    candidates(s)
        .into_iter()
        .find(|c| {
            if denied(s, c) || states_a_fact(s, c) {
                return false;
            }
            let hit = (c.start, c.end);
            // The clause decides first: a scheme named in it alone owns its words.
            let (a, e) = clause(s, c.start);
            let inside = |r: &&(usize, usize)| r.0 >= a && r.1 <= e;
            let (ours_here, theirs_here) = (
                ours.iter().filter(inside).count(),
                theirs.iter().filter(inside).count(),
            );
            match (ours_here, theirs_here) {
                (0, t) if t > 0 => return false,
                (o, 0) if o > 0 => return true,
                _ => {}
            }
            let nearest_theirs = theirs.iter().map(|&t| gap(s, hit, t)).min();
            let nearest_ours = ours.iter().map(|&o| gap(s, hit, o)).min();
            match (c.ipa, nearest_ours, nearest_theirs) {
                // 「IPA認定」 is a claim unless another scheme sits closer to it.
                (true, _, Some(t)) => nearest_ours.is_some_and(|o| o <= t) || t > 10,
                (true, _, None) => true,
                (false, Some(o), Some(t)) => o <= t,
                (false, Some(_), None) => true,
                // Only the sentence before names SECURITY ACTION: another scheme here wins.
                (false, None, None) => after_context,
                (false, None, Some(_)) => false,
            }
        })
        .map(|c| (c.start, c.end))
}

/// Whether a claim word may start somewhere in `s` (normalised, or in NFKC; ASCII case
/// does not matter): every candidate claim
/// starts at one ([`candidates`]), so a sentence without any holds no claim.
fn has_claim_word(s: &str) -> bool {
    // Every claim word at once (one pass over the text, ASCII case ignored), overlapping
    // so that an English word inside another word does not hide one that starts a word.
    static WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(CLAIM_EN.iter().chain(CLAIM_JA))
            .expect("the claim words build")
    });
    let bytes = s.as_bytes();
    WORDS.find_overlapping_iter(s).any(|m| {
        let i = m.start();
        !bytes[i].is_ascii() || i == 0 || !is_word_byte(bytes[i - 1])
    })
}

/// The certification claims in `text`, at most one per sentence.
pub fn claims(text: &str) -> Vec<Claim> {
    // A text already in NFKC normalises to itself in lower case; without a claim word
    // in it, whatever the case, no sentence of it has one, and the normaliser need not run.
    if is_nfkc_quick(text.chars()) == IsNormalized::Yes && !has_claim_word(text) {
        return Vec::new();
    }
    let n = normalise(text);
    let s = n.text.as_str();
    let mut out = Vec::new();
    // The sentence before: its paragraph, text and whether it starts a line. Whether it
    // names SECURITY ACTION is asked only when this one holds a claim word.
    let mut previous: Option<(usize, &str, bool)> = None;
    for sentence in sentences(s) {
        let body = &s[sentence.start..sentence.end];
        let line_start = sentence.start == 0 || s[..sentence.start].ends_with('\n');
        let before = previous.replace((sentence.paragraph, body, line_start));
        if !has_claim_word(body) {
            continue;
        }
        let after_context = before.is_some_and(|(p, text, start)| {
            p == sentence.paragraph && !context(text, start).is_empty()
        });
        if let Some((a, e)) = claim_in(body, line_start, after_context) {
            let (oa, oe) = n.original(sentence.start + a, sentence.start + e);
            out.push(Claim {
                start: oa,
                phrase: text[oa..oe].to_owned(),
            });
        }
    }
    out
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

/// The files whose texts the lint reads ([`texts`]); its findings depend on nothing else.
pub const FILES: [FileKind; 5] = [
    FileKind::Hoshi,
    FileKind::Principles,
    FileKind::Policy,
    FileKind::Evidence,
    FileKind::Scs,
];

/// The published texts the lint reads: the policy (revision notes and signer too), the
/// organisation fields of the pages (in both languages), the principles' measures, the
/// titles of evidence that partners or the public see, the site title and the consultant.
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
        for (i, r) in p.revisions.iter().enumerate() {
            if let Some(note) = &r.note {
                out.push((
                    FileKind::Policy,
                    format!("/revisions/{i}/note"),
                    note.as_str(),
                ));
            }
        }
        for (pointer, value) in person("/signed_by", Some(&p.signed_by)) {
            out.push((FileKind::Policy, pointer, value));
        }
    }
    if let Some(profile) = &client.profile {
        let o = &profile.organization;
        let site = &profile.site;
        let c = profile.consultant.as_ref();
        let fields = [
            ("/organization/name", Some(o.name.as_str())),
            ("/organization/name_en", o.name_en.as_deref()),
            ("/organization/industry", o.industry.as_deref()),
            ("/organization/industry_en", o.industry_en.as_deref()),
            ("/site/title", site.title.as_deref()),
            ("/site/title_en", site.title_en.as_deref()),
            ("/consultant/name", c.map(|c| c.name.as_str())),
            (
                "/consultant/organization",
                c.and_then(|c| c.organization.as_deref()),
            ),
        ];
        let representative = person("/organization/representative", o.representative.as_ref());
        for (pointer, value) in fields
            .into_iter()
            .filter_map(|(k, v)| Some((k.to_owned(), v?)))
            .chain(representative)
        {
            out.push((FileKind::Hoshi, pointer, value));
        }
    }
    if let Some(p) = &client.principles {
        for (id, state) in &p.principles {
            if let Some(m) = &state.measures {
                out.push((
                    FileKind::Principles,
                    format!("/principles/{id}/measures"),
                    m.as_str(),
                ));
            }
        }
    }
    // What the partners' ★3 page shows of scs.yaml (notes and actions are internal).
    if let Some(scs) = &client.scs {
        out.push((
            FileKind::Scs,
            "/assessed_by".to_owned(),
            scs.assessed_by.as_str(),
        ));
        if let Some(e) = &scs.expert {
            out.push((FileKind::Scs, "/expert/name".to_owned(), e.name.as_str()));
        }
        if let Some(p) = &scs.pledge {
            out.push((
                FileKind::Scs,
                "/pledge/signed_by/title".to_owned(),
                p.signed_by.title.as_str(),
            ));
        }
    }
    if let Some(register) = &client.evidence {
        for (i, e) in register.evidence.iter().enumerate() {
            if e.visibility <= Audience::Partners {
                out.push((
                    FileKind::Evidence,
                    format!("/evidence/{i}/title"),
                    e.title.as_str(),
                ));
            }
        }
    }
    out
}

/// A person's published fields (title and name, in both languages) under `at`.
fn person<'a>(at: &str, p: Option<&'a Person>) -> Vec<(String, &'a str)> {
    let Some(p) = p else { return Vec::new() };
    [
        ("title", Some(p.title.as_str())),
        ("title_en", p.title_en.as_deref()),
        ("name", Some(p.name.as_str())),
        ("name_en", p.name_en.as_deref()),
    ]
    .into_iter()
    .filter_map(|(k, v)| Some((format!("{at}/{k}"), v?)))
    .collect()
}

/// One located warning per claim in the client's published texts.
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
            let found = match (source, start) {
                (Some(src), Some(at)) => locate(src, at, key_column, &claim.phrase, occurrence),
                _ => None,
            };
            let pos = found.or(start);
            // Found in the source line, the phrase itself is underlined.
            let end = found.filter(|_| !claim.phrase.contains('\n')).map(|p| Pos {
                line: p.line,
                column: p.column + u32::try_from(claim.phrase.chars().count()).unwrap_or(0),
            });
            let phrase = crate::lang::clip(&claim.phrase, 40);
            out.push(
                Finding::new(
                    Code::CertificationWording,
                    kind.file_name(),
                    pos,
                    &pointer,
                    text!(
                        "「{phrase}」は SECURITY ACTION を認定や認証のように見せる書き方です。SECURITY ACTION は自己宣言の制度で、IPA が審査や認定をするものではありません",
                        "\"{phrase}\" presents SECURITY ACTION as a certification; SECURITY ACTION is a self-declaration that IPA neither reviews nor certifies"
                    ),
                )
                .ending_at(end)
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

    /// The claim words are found whatever their ASCII case, already in NFKC or not, and
    /// only where they start a word.
    #[test]
    fn claim_words_are_found_in_any_case() {
        assert_eq!(phrases("WE ARE SECURITY ACTION CERTIFIED."), ["CERTIFIED"]);
        assert_eq!(phrases("We are SECURITY ACTION Certified."), ["Certified"]);
        assert_eq!(
            phrases("ＷＥ ＡＲＥ SECURITY ACTION ＣＥＲＴＩＦＩＥＤ."),
            ["ＣＥＲＴＩＦＩＥＤ"]
        );
        for (text, found) in [
            ("SECURITY ACTION CERTIFIED", true),
            ("uncertified, unapproved", false),
            ("uncertified, approved", true),
        ] {
            assert_eq!(has_claim_word(text), found, "{text}");
        }
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
                ("hoshi.yaml".to_owned(), 28, 27, "/site/title".to_owned()),
            ]
        );
        // The example itself is clean.
        let clean = client_with_policy(example, None);
        assert!(lint(&clean).is_empty());
    }

    /// Every text hoshi publishes is read: revision notes, the organisation, measures,
    /// evidence titles that partners or the public see (internal ones are not published).
    #[test]
    fn lint_reads_every_published_text() {
        let policy = include_str!("../../example-repo/policy.yaml")
            .replace(
                "note: 社内体制の整備に",
                "note: ＳＥＣＵＲＩＴＹ　ＡＣＴＩＯＮ二つ星の認定を受け、社内体制の整備に",
            )
            .replace(
                "signed_by: {title: 代表取締役,",
                "signed_by: {title: SECURITY ACTION 認定企業 代表取締役,",
            );
        let hoshi = include_str!("../../example-repo/hoshi.yaml")
            .replace(
                "name: 株式会社みなと精工",
                "name: IPA認定 株式会社みなと精工",
            )
            .replace(
                "industry: 製造業",
                "industry: \"製造業（SECURITY ACTION certified）\"\n  industry_en: Manufacturing, SECURITY ACTION accredited",
            )
            .replace(
                "representative: {title: 代表取締役, name: 港 一郎}",
                "representative: {title: 代表取締役, name: 港 一郎, title_en: \"CEO (SECURITY ACTION certified)\"}",
            )
            .replace(
                "  base_url:",
                "  title_en: Minato Seiko, granted SECURITY ACTION two stars\n  base_url:",
            )
            .replace(
                "organization: 佐藤ITコンサルティング",
                "organization: SECURITY ACTION 認定コンサルタント事務所",
            );
        let dir = tempfile::tempdir().expect("temp");
        let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("example-repo");
        for f in FileKind::ALL {
            let name = f.file_name();
            let text = match f {
                FileKind::Policy => policy.clone(),
                FileKind::Hoshi => hoshi.clone(),
                FileKind::Principles => std::fs::read_to_string(example.join(name))
                    .expect("read")
                    .replace(
                        "measures: 事務用PCと",
                        "measures: SECURITY ACTION 一つ星を取得し、事務用PCと",
                    ),
                FileKind::Evidence => std::fs::read_to_string(example.join(name))
                    .expect("read")
                    .replace(
                        "title: Windows Update 設定",
                        "title: SECURITY ACTION 認定証と Windows Update 設定",
                    )
                    .replace(
                        "title: アカウント・共有設定",
                        "title: SECURITY ACTION 認定 アカウント・共有設定",
                    ),
                FileKind::Diagnosis | FileKind::Scs => {
                    std::fs::read_to_string(example.join(name)).expect("read")
                }
            };
            std::fs::write(dir.path().join(name), text).expect("write");
        }
        let client = Client::read(&crate::source::WorkTree::new(dir.path())).expect("read");
        assert!(client.findings.is_empty(), "{:?}", client.findings);
        let found: Vec<(String, String, u32)> = lint(&client)
            .into_iter()
            .map(|f| (f.file, f.path, f.pos.map_or(0, |p| p.line)))
            .collect();
        assert_eq!(
            found,
            [
                ("policy.yaml".to_owned(), "/revisions/0/note".to_owned(), 48),
                ("policy.yaml".to_owned(), "/signed_by/title".to_owned(), 49),
                ("hoshi.yaml".to_owned(), "/organization/name".to_owned(), 7),
                (
                    "hoshi.yaml".to_owned(),
                    "/organization/industry".to_owned(),
                    10
                ),
                (
                    "hoshi.yaml".to_owned(),
                    "/organization/industry_en".to_owned(),
                    11
                ),
                ("hoshi.yaml".to_owned(), "/site/title_en".to_owned(), 30),
                (
                    "hoshi.yaml".to_owned(),
                    "/consultant/organization".to_owned(),
                    36
                ),
                (
                    "hoshi.yaml".to_owned(),
                    "/organization/representative/title_en".to_owned(),
                    13
                ),
                (
                    "principles.yaml".to_owned(),
                    "/principles/P1/measures".to_owned(),
                    9
                ),
                // EV-001 is for partners; EV-003 is internal and not read.
                (
                    "evidence.yaml".to_owned(),
                    "/evidence/0/title".to_owned(),
                    7
                ),
            ]
        );
        let f = &lint(&client)[0];
        assert!(
            f.message.en.contains("IPA neither reviews nor certifies"),
            "{}",
            f.message.en
        );
        assert!(
            !f.message.ja.contains("認定も認証もしていません"),
            "{}",
            f.message.ja
        );
    }
}
