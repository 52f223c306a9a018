//! The JSON Schemas of the client files, embedded, and their errors as located findings.

use std::sync::OnceLock;

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{ValidationError, Validator};
use serde_json::Value;

use crate::finding::{Code, Finding, Pos};
use crate::lang::{Text, clip};
use crate::load::yaml::{Document, escape_segment};
use crate::model::files::FileKind;
use crate::text;
use crate::validate::meant;

/// The embedded schema of each client file.
impl FileKind {
    /// The schema text, as embedded.
    pub fn schema_text(self) -> &'static str {
        match self {
            FileKind::Hoshi => include_str!("../../schema/hoshi.schema.json"),
            FileKind::Principles => include_str!("../../schema/principles.schema.json"),
            FileKind::Diagnosis => include_str!("../../schema/diagnosis.schema.json"),
            FileKind::Policy => include_str!("../../schema/policy.schema.json"),
            FileKind::Evidence => include_str!("../../schema/evidence.schema.json"),
            FileKind::Scs => include_str!("../../schema/scs.schema.json"),
        }
    }
}

struct Compiled {
    schema: Value,
    validator: Validator,
}

fn compiled(kind: FileKind) -> &'static Compiled {
    static ALL: OnceLock<Vec<Compiled>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        FileKind::EVERY
            .iter()
            .map(|k| {
                let schema: Value = serde_json::from_str(k.schema_text())
                    .expect("embedded schemas are valid JSON (tested)");
                let validator = jsonschema::options()
                    .should_validate_formats(true)
                    .build(&schema)
                    .expect("embedded schemas compile (tested)");
                Compiled { schema, validator }
            })
            .collect()
    });
    &all[kind as usize]
}

/// Validates a document against its file's schema; every error becomes a located finding.
pub fn validate(kind: FileKind, doc: &Document) -> Vec<Finding> {
    let c = compiled(kind);
    // Most files are valid: asking first costs less than collecting no errors.
    if c.validator.is_valid(&doc.value) {
        return Vec::new();
    }
    let mut findings: Vec<Finding> = c
        .validator
        .iter_errors(&doc.value)
        .flat_map(|e| describe(kind, &c.schema, doc, &e))
        .collect();
    findings.dedup();
    // A value of the wrong type also fails its enum, pattern or length; the type is the news.
    let mistyped: Vec<String> = findings
        .iter()
        .filter(|f| f.code == Code::WrongType)
        .map(|f| f.path.clone())
        .collect();
    findings.retain(|f| f.code == Code::WrongType || !mistyped.contains(&f.path));
    findings
}

fn describe(kind: FileKind, schema: &Value, doc: &Document, e: &ValidationError) -> Vec<Finding> {
    let file = kind.file_name();
    let path = e.instance_path().as_str().to_owned();
    let (fj, fe) = field_name(&doc.value, &path);
    let value = short(e.instance());
    // An empty value has no text of its own to point at (saphyr puts it after the colon);
    // point at its key.
    let at = if e.instance().is_null() {
        doc.key_pos(&path)
    } else {
        doc.value_pos(&path)
    };
    let finding = |code: Code, message: Text| Finding::new(code, file, at, &path, message);
    let one = match e.kind() {
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let allowed = allowed_keys(schema, e.schema_path().as_str());
            return unexpected
                .iter()
                .map(|key| unknown_key(kind, doc, &path, key, &allowed))
                .collect();
        }
        ValidationErrorKind::Required { property }
            if kind == FileKind::Diagnosis && property.as_str() == Some("reason") =>
        {
            // The schema's if/then (so the editor shows it too); said as the check says it.
            let qid = path.rsplit('/').next().unwrap_or_default();
            let answer = format!("{path}/answer");
            reason_missing(qid, doc.value_pos(&answer), &answer)
        }
        ValidationErrorKind::Required { property }
            if kind == FileKind::Evidence && property.as_str() == Some("url") =>
        {
            finding(
                Code::FileOrUrl,
                text!(
                    "証跡には file か url のどちらかを書いてください",
                    "an evidence item needs a file or a url"
                ),
            )
        }
        ValidationErrorKind::Required { property }
            if kind == FileKind::Hoshi
                && path == "/scs_result"
                && property.as_str() == Some("reference") =>
        {
            Finding::new(
                Code::MissingKey,
                file,
                doc.key_pos(&path).or(at),
                &path,
                text!(
                    "★3 の結果には registration（登録番号）か reference（参照先）のどちらかを書いてください",
                    "a ★3 result needs a registration (number) or a reference"
                ),
            )
            .with_hint(text!(
                "制度から通知された登録番号か、結果を確かめられる場所（URL など）を書き写してください",
                "copy the registration number the scheme issued, or where the result can be checked (a URL, say)"
            ))
        }
        ValidationErrorKind::FalseSchema
            if kind == FileKind::Evidence && path.ends_with("/url") =>
        {
            let item = path.trim_end_matches("/url").to_owned();
            Finding::new(
                Code::FileOrUrl,
                file,
                doc.key_pos(&path).or(at),
                &item,
                text!(
                    "証跡には file と url のどちらか一方だけを書いてください",
                    "an evidence item needs exactly one of file and url, not both"
                ),
            )
        }
        ValidationErrorKind::Required { property } => {
            let key = property.as_str().unwrap_or_default();
            let message = if path.is_empty() {
                text!(
                    "必須のキー「{key}」がありません",
                    "required key \"{key}\" is missing"
                )
            } else {
                text!(
                    "{fj}に必須のキー「{key}」がありません",
                    "{fe} is missing the required key \"{key}\""
                )
            };
            Finding::new(Code::MissingKey, file, doc.key_pos(&path), &path, message)
        }
        ValidationErrorKind::Type { kind: expected } => wrong_type(e.instance(), expected, &path)
            .map(|(message, hint)| {
                let f = finding(Code::WrongType, message);
                match hint {
                    Some(h) => f.with_hint(h),
                    None => f,
                }
            })
            .unwrap_or_else(|| finding(Code::WrongType, fallback(e))),
        ValidationErrorKind::Enum { options } => {
            let list = list_values(options);
            let names: Vec<&str> = options
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            if let Value::String(written) = e.instance().as_ref()
                && let Some((id, label)) = meant::option(written, &names)
            {
                let (sja, sen) = match label {
                    Some(l) => (format!("（{}）", l.ja), format!(" ({})", l.en)),
                    None => (String::new(), String::new()),
                };
                return vec![
                    finding(
                        Code::InvalidValue,
                        text!(
                            "{fj}は {id} と書いてください{sja}",
                            "write {id} for {fe}{sen}"
                        ),
                    )
                    .with_hint(text!(
                        "ファイルには「{written}」のような言葉ではなく、決まった値を書きます（使える値: {list}）",
                        "the file holds one of the fixed values, not a word such as \"{written}\" (one of: {list})"
                    )),
                ];
            }
            let f = finding(
                Code::InvalidValue,
                text!(
                    "{fj}に {value} は使えません。使える値: {list}",
                    "{value} is not allowed for {fe}; use one of: {list}"
                ),
            );
            match closest(
                &value_str(e.instance()),
                options
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str),
            ) {
                Some(s) => f.with_hint(text!("「{s}」のことですか？", "did you mean \"{s}\"?")),
                None => f,
            }
        }
        ValidationErrorKind::Constant { expected_value } => {
            let expected = short(expected_value);
            finding(
                Code::InvalidValue,
                text!(
                    "{fj}は {expected} でなければなりません（{value} と書かれています）",
                    "{fe} must be {expected}, not {value}"
                ),
            )
        }
        ValidationErrorKind::Format { format } if format == "date" => {
            // A value not even shaped like a date fails the pattern too; report it once.
            if !date_shaped(&value_str(e.instance())) {
                return Vec::new();
            }
            finding(
                Code::InvalidDate,
                text!(
                    "{value} は実在する日付ではありません",
                    "{value} is not a real date"
                ),
            )
            .with_hint(date_hint())
        }
        ValidationErrorKind::Format { format } => finding(
            Code::InvalidFormat,
            text!(
                "{value} は {format} の形式になっていません",
                "{value} is not a valid {format}"
            ),
        ),
        ValidationErrorKind::Pattern { pattern } => {
            pattern_finding(&path, (&fj, &fe), &value, pattern, finding)
        }
        ValidationErrorKind::Minimum { limit }
        | ValidationErrorKind::ExclusiveMinimum { limit } => finding(
            Code::OutOfRange,
            text!(
                "{fj}は {limit} 以上にしてください（{value} と書かれています）",
                "{fe} must be at least {limit}, not {value}"
            ),
        ),
        ValidationErrorKind::Maximum { limit }
        | ValidationErrorKind::ExclusiveMaximum { limit } => finding(
            Code::OutOfRange,
            text!(
                "{fj}は {limit} 以下にしてください（{value} と書かれています）",
                "{fe} must be at most {limit}, not {value}"
            ),
        ),
        ValidationErrorKind::MinLength { .. } => {
            finding(Code::InvalidValue, text!("{fj}が空です", "{fe} is empty")).with_hint(text!(
                "内容を書くか、任意の項目ならキーごと削除してください",
                "write something, or remove the key if it is optional"
            ))
        }
        ValidationErrorKind::MaxLength { limit } => finding(
            Code::OutOfRange,
            text!(
                "{fj}が長すぎます（{limit} 文字まで）",
                "{fe} is too long (limit {limit} characters)"
            ),
        ),
        ValidationErrorKind::MinItems { limit } => finding(
            Code::WrongCount,
            text!(
                "{fj}には {limit} 件以上必要です",
                "{fe} needs at least {limit} item(s)"
            ),
        ),
        ValidationErrorKind::MaxItems { limit } => finding(
            Code::WrongCount,
            text!(
                "{fj}は {limit} 件までです",
                "{fe} allows at most {limit} item(s)"
            ),
        ),
        ValidationErrorKind::UniqueItems => finding(
            Code::DuplicateItem,
            text!(
                "{fj}に同じ値が2回以上あります",
                "{fe} lists the same value more than once"
            ),
        ),
        ValidationErrorKind::OneOfNotValid { .. } if kind == FileKind::Evidence => finding(
            Code::FileOrUrl,
            text!(
                "証跡には file か url のどちらかを書いてください",
                "an evidence item needs a file or a url"
            ),
        ),
        ValidationErrorKind::OneOfMultipleValid { .. } if kind == FileKind::Evidence => {
            Finding::new(
                Code::FileOrUrl,
                file,
                last_key(doc, e.instance(), &path, ["file", "url"]).or(at),
                &path,
                text!(
                    "証跡には file と url のどちらか一方だけを書いてください",
                    "an evidence item needs exactly one of file and url, not both"
                ),
            )
        }
        ValidationErrorKind::Not { schema } => {
            let required = schema.get("required").unwrap_or(&Value::Null);
            let keys = list_values(required);
            let names = required
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str);
            Finding::new(
                Code::Conflict,
                file,
                last_key(doc, e.instance(), &path, names).or(at),
                &path,
                text!(
                    "{keys} は同時に書けません。どちらか一方にしてください",
                    "{keys} cannot be given together; keep one"
                ),
            )
        }
        _ => finding(Code::InvalidValue, fallback(e)),
    };
    vec![one]
}

/// `not_applicable` without a reason: the one message for it, whether the schema (the key is
/// missing) or this check (the reason is blank) finds it.
pub(crate) fn reason_missing(qid: &str, pos: Option<Pos>, path: &str) -> Finding {
    Finding::new(
        Code::ReasonMissing,
        FileKind::Diagnosis.file_name(),
        pos,
        path,
        text!(
            "{qid} は「該当しない」ですが、理由（reason）が書かれていません",
            "{qid} is not_applicable but gives no reason"
        ),
    )
    .with_hint(text!(
        "なぜ該当しないのかを reason に書いてください（例: reason: 無線LANを使用していない）",
        "say why in reason (e.g. reason: we do not use Wi-Fi)"
    ))
}

fn unknown_key(
    kind: FileKind,
    doc: &Document,
    parent: &str,
    key: &str,
    allowed: &[String],
) -> Finding {
    let path = format!("{parent}/{}", escape_segment(key));
    let at = doc.key_pos(&path);
    let file = kind.file_name();
    let shown = clip(key, 60);
    let (code, message) = match (kind, parent) {
        (FileKind::Diagnosis, "/answers") => (
            Code::UnknownQuestion,
            text!(
                "「{shown}」という設問はありません（Q1〜Q25）",
                "there is no question \"{shown}\" (Q1–Q25)"
            ),
        ),
        (FileKind::Principles, "/principles") => (
            Code::UnknownPrinciple,
            text!(
                "「{shown}」という原則はありません（P1〜P5）",
                "there is no principle \"{shown}\" (P1–P5)"
            ),
        ),
        _ => (
            Code::UnknownKey,
            text!("不明なキー「{shown}」", "unknown key \"{shown}\""),
        ),
    };
    if let Some(half) = meant::half_width(key).filter(|h| allowed.contains(h)) {
        return Finding::new(
            code,
            file,
            at,
            &path,
            text!(
                "「{shown}」は全角で書かれています。半角で {half} と書いてください",
                "\"{shown}\" is written in full-width characters; write {half}"
            ),
        );
    }
    let f = Finding::new(code, file, at, &path, message);
    match closest(key, allowed.iter().map(String::as_str)) {
        Some(s) => f.with_hint(text!("「{s}」のことですか？", "did you mean \"{s}\"?")),
        // The message already gives the range of questions or principles.
        None if code != Code::UnknownKey => f,
        None if !allowed.is_empty() => {
            let list = allowed.join(", ");
            f.with_hint(text!("書けるキー: {list}", "allowed keys: {list}"))
        }
        None => f,
    }
}

/// Where the last-written of `keys` (present in the mapping at `path`) sits: of two keys
/// that exclude each other, that is the one more likely added by mistake.
fn last_key<'a>(
    doc: &Document,
    instance: &Value,
    path: &str,
    keys: impl IntoIterator<Item = &'a str>,
) -> Option<Pos> {
    keys.into_iter()
        .filter(|k| instance.get(*k).is_some())
        .filter_map(|k| doc.key_pos(&format!("{path}/{}", escape_segment(k))))
        .max()
}

fn pattern_finding(
    path: &str,
    (fj, fe): (&str, &str),
    value: &str,
    pattern: &str,
    finding: impl Fn(Code, Text) -> Finding,
) -> Finding {
    if pattern.starts_with("^https?://") {
        return finding(
            Code::UrlScheme,
            text!(
                "{fj}には http:// または https:// で始まる URL を書いてください（{value}）",
                "{fe} must be an http:// or https:// URL, not {value}"
            ),
        );
    }
    if pattern == DATE_PATTERN {
        if let Some((date, era)) = meant::date(value.trim_matches('"')) {
            let hint = match (era, meant::half_width(value)) {
                (Some((name, n)), _) => {
                    let year = date.year();
                    text!(
                        "{name}{n}年は西暦{year}年です",
                        "{name}{n}年 is the year {year}"
                    )
                }
                (None, Some(_)) => text!(
                    "全角の数字や記号は半角に直してください",
                    "full-width digits and signs become ordinary ones"
                ),
                (None, None) => text!(
                    "月と日は2桁で、- でつなぎます",
                    "months and days have two digits, joined by -"
                ),
            };
            return finding(
                Code::InvalidDate,
                text!(
                    "{fj}の {value} は YYYY-MM-DD の形ではありません。{date} と書いてください",
                    "{fe} is not in YYYY-MM-DD form: {value}; write {date}"
                ),
            )
            .with_hint(hint);
        }
        return finding(
            Code::InvalidDate,
            text!(
                "{fj}の {value} は YYYY-MM-DD の形の日付ではありません",
                "{fe} is not a date in YYYY-MM-DD form: {value}"
            ),
        )
        .with_hint(date_hint());
    }
    if let Some(half) = meant::half_width(value) {
        // The same finding as the half-width mistake would be, said as what to type.
        let code = if path == "/declaration/id" {
            Code::DeclarationIdFormat
        } else {
            Code::InvalidFormat
        };
        return finding(
            code,
            text!(
                "{fj}の {value} に全角の文字があります。半角で {half} と書いてください",
                "{fe} has full-width characters: {value}; write {half}"
            ),
        );
    }
    match path {
        "/declaration/id" => finding(
            Code::DeclarationIdFormat,
            text!(
                "自己宣言ID {value} は11桁の数字ではありません",
                "the self-declaration ID {value} is not 11 digits"
            ),
        )
        .with_hint(text!(
            "IPA から届いた11桁のIDを引用符で囲んで書いてください（例: \"51234567890\"）",
            "copy the 11-digit ID from IPA, in quotes (e.g. \"51234567890\")"
        )),
        "/organization/corporate_number" => finding(
            Code::InvalidFormat,
            text!(
                "法人番号 {value} は13桁の数字ではありません",
                "the corporate number {value} is not 13 digits"
            ),
        )
        .with_hint(text!(
            "国税庁の法人番号公表サイトで確認し、引用符で囲んで書いてください",
            "look it up on the National Tax Agency's site and write it in quotes"
        )),
        _ => finding(
            Code::InvalidFormat,
            text!(
                "{fj}の値 {value} は形式に合いません（{pattern}）",
                "{fe} has the wrong form: {value} does not match {pattern}"
            ),
        ),
    }
}

/// The pattern every date in the schemas carries beside `"format": "date"`.
const DATE_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

fn date_shaped(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

fn date_hint() -> Text {
    text!(
        "YYYY-MM-DD の形で、実在する日付を書いてください（例: 2026-04-01）",
        "write a real date as YYYY-MM-DD (e.g. 2026-04-01)"
    )
}

fn wrong_type(instance: &Value, expected: &TypeKind, path: &str) -> Option<(Text, Option<Text>)> {
    let want = match expected {
        TypeKind::Single(t) => t.to_string(),
        TypeKind::Multiple(set) => set
            .iter()
            .map(|t| t.to_string())
            .collect::<Vec<_>>()
            .join(" / "),
    };
    let (want_ja, want_en) = type_names(&want);
    let (got_ja, got_en) = type_names(json_type(instance));
    if instance.is_null() {
        return Some((
            text!(
                "値が空です（{want_ja}を書いてください）",
                "the value is empty (expected {want_en})"
            ),
            None,
        ));
    }
    let written = value_str(instance);
    if matches!(want.as_str(), "integer" | "number")
        && instance.is_string()
        && let Some(n) = meant::number(&written)
    {
        return Some((
            text!(
                "全角の数字「{written}」が書かれています。半角で {n} と書いてください",
                "\"{written}\" is written in full-width digits; write {n}"
            ),
            None,
        ));
    }
    if want == "array" && !instance.is_object() {
        let key = path.rsplit('/').next().unwrap_or_default();
        let item = match instance {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        return Some((
            text!(
                "リストを書いてください（{got_ja}が1つ書かれています）",
                "expected a list, found {got_en}"
            ),
            Some(text!(
                "1つだけでも [ ] で囲みます: {key}: [{item}]",
                "even one item goes in [ ]: {key}: [{item}]"
            )),
        ));
    }
    let hint = (want == "string" && (instance.is_number() || instance.is_boolean())).then(|| {
        text!(
            "文字列として扱うには引用符で囲んでください（例: \"0123\"）",
            "put it in quotes to make it text (e.g. \"0123\")"
        )
    });
    Some((
        text!(
            "{want_ja}を書いてください（{got_ja}が書かれています）",
            "expected {want_en}, found {got_en}"
        ),
        hint,
    ))
}

fn type_names(t: &str) -> (String, String) {
    let (ja, en) = match t {
        "string" => ("文字列", "text"),
        "integer" => ("整数", "a whole number"),
        "number" => ("数値", "a number"),
        "boolean" => ("「true」か「false」", "true or false"),
        "object" => ("「キー: 値」の組（マッピング）", "a mapping of keys"),
        "array" => ("リスト（- で始まる行）", "a list"),
        "null" => ("空の値", "an empty value"),
        other => (other, other),
    };
    (ja.to_owned(), en.to_owned())
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn fallback(e: &ValidationError) -> Text {
    let en = e.to_string();
    Text::new(format!("スキーマに合いません: {en}"), en)
}

/// How messages name the node at `path`, in Japanese and English: the key as the user
/// wrote it, an item of a list by its number (counted from 1), or the whole file.
fn field_name(root: &Value, path: &str) -> (String, String) {
    let unescape = |s: &str| s.replace("~1", "/").replace("~0", "~");
    let Some((parent, last)) = path.rsplit_once('/') else {
        return ("ファイル全体".to_owned(), "the file".to_owned());
    };
    let in_list = root.pointer(parent).is_some_and(Value::is_array);
    match last.parse::<usize>() {
        Ok(i) if in_list => {
            let n = i + 1;
            let list = parent.rsplit('/').next().map(unescape).unwrap_or_default();
            (
                format!("「{list}」の {n} 件目"),
                format!("item {n} of \"{list}\""),
            )
        }
        _ => {
            let key = unescape(last);
            (format!("「{key}」"), format!("\"{key}\""))
        }
    }
}

fn value_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A value shown in a message: strings quoted, long ones cut.
fn short(v: &Value) -> String {
    let s = match v {
        Value::Array(_) => "[…]".to_owned(),
        Value::Object(_) => "{…}".to_owned(),
        other => other.to_string(),
    };
    if s.chars().count() > 60 {
        let cut: String = s.chars().take(57).collect();
        format!("{cut}…")
    } else {
        s
    }
}

fn list_values(v: &Value) -> String {
    v.as_array()
        .map(|a| a.iter().map(value_str).collect::<Vec<_>>().join(", "))
        .unwrap_or_default()
}

/// The keys the schema allows where an `additionalProperties` error was raised.
fn allowed_keys(schema: &Value, schema_path: &str) -> Vec<String> {
    let parent = schema_path
        .strip_suffix("/additionalProperties")
        .unwrap_or(schema_path);
    let mut node = schema;
    for seg in parent.split('/').filter(|s| !s.is_empty()) {
        let seg = seg.replace("~1", "/").replace("~0", "~");
        node = match node.get(&seg) {
            Some(n) => n,
            None => return Vec::new(),
        };
        node = resolve_ref(schema, node);
    }
    node.get("properties")
        .and_then(Value::as_object)
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default()
}

fn resolve_ref<'a>(root: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(r) if node.get("properties").is_none() => r
            .strip_prefix('#')
            .and_then(|p| root.pointer(p))
            .unwrap_or(node),
        _ => node,
    }
}

/// The candidate closest to `word` by edit distance, when it is close enough to be a typo
/// and no other candidate is as close (a guess between equals would mislead, and would
/// depend on the order of the candidates).
pub fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let len = word.chars().count();
    let limit = (len / 3).max(1);
    let mut best: Option<(usize, &str)> = None;
    let mut tied = false;
    for c in candidates {
        // The distance is at least the difference in length: skip the table for those.
        if len.abs_diff(c.chars().count()) > limit {
            continue;
        }
        let d = edit_distance(word, c);
        if d > limit {
            continue;
        }
        match best {
            Some((b, prev)) if d == b && c != prev => tied = true,
            Some((b, _)) if d >= b => {}
            _ => {
                best = Some((d, c));
                tied = false;
            }
        }
    }
    best.filter(|_| !tied).map(|(_, c)| c)
}

/// Optimal string alignment distance: a swapped pair of letters counts as one edit.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_schemas_compile() {
        for kind in FileKind::EVERY {
            let _ = compiled(kind);
        }
    }

    #[test]
    fn suggests_the_nearest_key() {
        let keys = ["name", "name_en", "industry"];
        assert_eq!(closest("nmae", keys.into_iter()), Some("name"));
        assert_eq!(closest("zzzzzz", keys.into_iter()), None);
    }

    #[test]
    fn makes_no_guess_between_equally_close_keys() {
        let principles = ["P1", "P2", "P3", "P4", "P5"];
        assert_eq!(closest("P6", principles.into_iter()), None);
        assert_eq!(closest("p1", principles.into_iter()), Some("P1"));
    }
}
