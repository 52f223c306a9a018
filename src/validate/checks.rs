//! Semantic checks: what the schema cannot say about a client's files.

use std::collections::HashMap;

use crate::finding::{Code, Finding, Pos};
use crate::load::yaml::Document;
use crate::model::AnswerValue;
use crate::model::files::FileKind;
use crate::source::{EvidenceEntry, PathProblem, Source, check_relative_path};
use crate::text;
use crate::validate::client::Client;
use crate::validate::schema::{closest, reason_missing};

/// Runs every semantic check on the schema-valid files of `client`.
pub fn check(client: &Client, source: &dyn Source) -> Vec<Finding> {
    let mut out = Vec::new();
    let ids = evidence_ids(client, &mut out);
    // Every file resolved and hashed first, in parallel where the source can.
    let rels: Vec<Option<&str>> = client.evidence.as_ref().map_or_else(Vec::new, |r| {
        r.evidence
            .iter()
            .map(|item| {
                item.file
                    .as_deref()
                    .filter(|rel| check_relative_path(rel).is_ok())
            })
            .collect()
    });
    let mut resolved = source.evidence_all(&rels);
    evidence_files(
        client,
        |i, rel| {
            resolved
                .get_mut(i)
                .and_then(Option::take)
                .unwrap_or_else(|| source.evidence(rel))
        },
        &mut out,
    );
    references(client, ids.as_ref(), &mut out);
    profile(client, &mut out);
    out.extend(crate::validate::scs::result(client));
    answers(client, &mut out);
    out
}

fn at(client: &Client, kind: FileKind, pointer: &str) -> Option<Pos> {
    client
        .document(kind)
        .and_then(|d: &Document| d.value_pos(pointer))
}

/// Unique evidence ids, with where each is defined; `None` when the register is unusable.
fn evidence_ids(client: &Client, out: &mut Vec<Finding>) -> Option<HashMap<String, usize>> {
    let register = client.evidence.as_ref()?;
    let file = FileKind::Evidence.file_name();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, item) in register.evidence.iter().enumerate() {
        let path = format!("/evidence/{i}/id");
        if let Some(&first) = seen.get(&item.id) {
            let id = &item.id;
            let line = at(client, FileKind::Evidence, &format!("/evidence/{first}/id"))
                .map_or(0, |p| p.line);
            out.push(
                Finding::new(
                    Code::DuplicateEvidenceId,
                    file,
                    at(client, FileKind::Evidence, &path),
                    &path,
                    text!(
                        "証跡ID「{id}」が重複しています（最初は {line} 行目）",
                        "evidence id \"{id}\" is used twice (first at line {line})"
                    ),
                )
                .with_hint(text!(
                    "どちらかに別のIDを付けてください",
                    "give one of them another id"
                )),
            );
        } else {
            seen.insert(item.id.clone(), i);
        }
    }
    Some(seen)
}

/// The register's own checks: unique ids, then each file's path, existence and sha256, with
/// `resolve(index, path)` giving what an item's path leads to (so a caller can resolve and
/// hash the files in parallel beforehand).
pub fn evidence_register(
    client: &Client,
    resolve: impl FnMut(usize, &str) -> std::io::Result<EvidenceEntry>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    evidence_ids(client, &mut out);
    evidence_files(client, resolve, &mut out);
    out
}

fn evidence_files(
    client: &Client,
    mut resolve: impl FnMut(usize, &str) -> std::io::Result<EvidenceEntry>,
    out: &mut Vec<Finding>,
) {
    let Some(register) = &client.evidence else {
        return;
    };
    let file = FileKind::Evidence.file_name();
    for (i, item) in register.evidence.iter().enumerate() {
        let Some(rel) = &item.file else { continue };
        let path = format!("/evidence/{i}/file");
        let pos = at(client, FileKind::Evidence, &path);
        let finding = |code, message| Finding::new(code, file, pos, &path, message);
        if let Err(problem) = check_relative_path(rel) {
            let why = match problem {
                PathProblem::Empty => text!("パスが空です", "the path is empty"),
                PathProblem::Absolute => {
                    text!("絶対パスは使えません", "absolute paths are not allowed")
                }
                PathProblem::ParentDir => text!("「..」は使えません", "\"..\" is not allowed"),
                PathProblem::Backslash => {
                    text!(
                        "区切りには「/」を使ってください",
                        "separate folders with \"/\""
                    )
                }
            };
            let (ja, en) = (why.ja, why.en);
            // A path copied from Windows Explorer: the same path with `/` is what every
            // system (and the commit, which the site is built from) can read.
            let slashed = rel.replace('\\', "/");
            let hint = if problem == PathProblem::Backslash && check_relative_path(&slashed).is_ok()
            {
                text!(
                    "「{slashed}」と書いてください。Windows でも区切りは「/」です",
                    "write \"{slashed}\": folders are separated by \"/\" on every system, Windows too"
                )
            } else {
                text!(
                    "クライアントのフォルダからの相対パスで書いてください（例: evidence/ev-001.png）",
                    "write a path relative to the client folder (e.g. evidence/ev-001.png)"
                )
            };
            out.push(
                finding(
                    Code::EvidencePathInvalid,
                    text!(
                        "証跡ファイルのパス「{rel}」が不正です: {ja}",
                        "invalid evidence path \"{rel}\": {en}"
                    ),
                )
                .with_hint(hint),
            );
            continue;
        }
        let entry = match resolve(i, rel) {
            Ok(entry) => entry,
            Err(e) => {
                out.push(finding(
                    Code::EvidenceFileMissing,
                    text!(
                        "証跡ファイル「{rel}」を読めません: {e}",
                        "cannot read evidence file \"{rel}\": {e}"
                    ),
                ));
                continue;
            }
        };
        match entry {
            EvidenceEntry::Missing => out.push(
                finding(
                    Code::EvidenceFileMissing,
                    text!(
                        "証跡ファイル「{rel}」がありません",
                        "evidence file \"{rel}\" does not exist"
                    ),
                )
                .with_hint(text!(
                    "ファイルをコミットしたか、パスの綴りを確かめてください",
                    "check that the file is committed and the path is spelled right"
                )),
            ),
            EvidenceEntry::OutsideRoot => out.push(finding(
                Code::EvidenceOutsideRoot,
                text!(
                    "証跡ファイル「{rel}」はクライアントのフォルダの外を指しています（シンボリックリンク）",
                    "evidence file \"{rel}\" leads outside the client folder (symlink)"
                ),
            )),
            EvidenceEntry::NotRegular => out.push(finding(
                Code::EvidenceNotRegularFile,
                text!(
                    "「{rel}」は通常のファイルではありません（フォルダなど）",
                    "\"{rel}\" is not a regular file (a folder?)"
                ),
            )),
            EvidenceEntry::File { sha256 } => {
                if let Some(expected) = &item.sha256
                    && *expected != sha256
                {
                    let path = format!("/evidence/{i}/sha256");
                    out.push(
                        Finding::new(
                            Code::EvidenceHashMismatch,
                            file,
                            at(client, FileKind::Evidence, &path),
                            &path,
                            text!(
                                "証跡ファイル「{rel}」の内容が記録された sha256 と一致しません",
                                "evidence file \"{rel}\" does not match its recorded sha256"
                            ),
                        )
                        .with_hint(text!(
                            "ファイルを差し替えたのなら、確認した上で sha256 を {sha256} に更新してください",
                            "if the file was replaced on purpose, check it and set sha256 to {sha256}"
                        )),
                    );
                }
            }
        }
    }
}

fn references(client: &Client, ids: Option<&HashMap<String, usize>>, out: &mut Vec<Finding>) {
    let Some(ids) = ids else { return };
    let mut cited: Vec<(FileKind, String, &str)> = Vec::new();
    if let Some(p) = &client.principles {
        for (pid, state) in &p.principles {
            for (i, id) in state.evidence.iter().enumerate() {
                cited.push((
                    FileKind::Principles,
                    format!("/principles/{pid}/evidence/{i}"),
                    id,
                ));
            }
        }
    }
    if let Some(d) = &client.diagnosis {
        for (qid, answer) in &d.answers {
            for (i, id) in answer.evidence.iter().enumerate() {
                cited.push((
                    FileKind::Diagnosis,
                    format!("/answers/{qid}/evidence/{i}"),
                    id,
                ));
            }
        }
    }
    if let Some(scs) = &client.scs {
        cited.extend(crate::validate::scs::cited(scs));
    }
    for (kind, path, id) in cited {
        if ids.contains_key(id) {
            continue;
        }
        let f = Finding::new(
            Code::UnknownEvidence,
            kind.file_name(),
            at(client, kind, &path),
            &path,
            text!(
                "証跡ID「{id}」は evidence.yaml にありません",
                "evidence id \"{id}\" is not in evidence.yaml"
            ),
        );
        out.push(match closest(id, ids.keys().map(String::as_str)) {
            Some(s) => f.with_hint(text!("「{s}」のことですか？", "did you mean \"{s}\"?")),
            None => f.with_hint(text!(
                "evidence.yaml に登録するか、`hoshi evidence add` を使ってください",
                "register it in evidence.yaml, e.g. with `hoshi evidence add`"
            )),
        });
    }
}

fn profile(client: &Client, out: &mut Vec<Finding>) {
    let Some(profile) = &client.profile else {
        return;
    };
    let file = FileKind::Hoshi.file_name();
    if let Some(number) = &profile.organization.corporate_number
        && !corporate_number_ok(number)
    {
        let path = "/organization/corporate_number";
        out.push(
            Finding::new(
                Code::CorporateNumberCheckDigit,
                file,
                at(client, FileKind::Hoshi, path),
                path,
                text!(
                    "法人番号 {number} のチェックデジット（先頭の1桁）が合いません",
                    "the corporate number {number} fails its check digit (the first digit)"
                ),
            )
            .with_hint(text!(
                "国税庁の法人番号公表サイトで番号を確かめてください。個人事業主の場合はこの項目を省略します",
                "check the number on the National Tax Agency's site; sole proprietors leave it out"
            )),
        );
    }
    if let Some(id) = profile.declaration.as_ref().and_then(|d| d.id.as_ref())
        && !id.starts_with(['4', '5'])
    {
        let path = "/declaration/id";
        out.push(
            Finding::new(
                Code::DeclarationIdFormat,
                file,
                at(client, FileKind::Hoshi, path),
                path,
                text!(
                    "自己宣言ID {id} は 4 か 5 で始まるはずです",
                    "the self-declaration ID {id} should start with 4 or 5"
                ),
            )
            .with_hint(text!(
                "IPA から届いた自己宣言IDをそのまま書き写してください",
                "copy the self-declaration ID exactly as IPA sent it"
            )),
        );
    }
}

/// 法人番号: a check digit followed by 12 digits (see docs/findings.md for the rule).
pub fn corporate_number_ok(number: &str) -> bool {
    let digits: Vec<u32> = number.chars().filter_map(|c| c.to_digit(10)).collect();
    if digits.len() != 13 || number.chars().count() != 13 {
        return false;
    }
    let sum: u32 = digits[1..]
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| d * if i % 2 == 0 { 1 } else { 2 })
        .sum();
    digits[0] == 9 - sum % 9
}

fn answers(client: &Client, out: &mut Vec<Finding>) {
    let Some(diagnosis) = &client.diagnosis else {
        return;
    };
    for (qid, answer) in &diagnosis.answers {
        if answer.answer == AnswerValue::NotApplicable
            && answer.reason.as_deref().is_none_or(|r| r.trim().is_empty())
        {
            let path = format!("/answers/{qid}/answer");
            out.push(reason_missing(
                qid,
                at(client, FileKind::Diagnosis, &path),
                &path,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::corporate_number_ok;

    #[test]
    fn corporate_number_check_digit() {
        for ok in ["7123456789012", "4011001098993", "2120901007402"] {
            assert!(corporate_number_ok(ok), "{ok}");
        }
        assert!(!corporate_number_ok("1123456789012"));
        assert!(!corporate_number_ok("712345678901"));
    }
}
