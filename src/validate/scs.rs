//! What the schema cannot say about scs.yaml: a reason for every `not_applicable`, which
//! evidence ids it cites and which of its dates can only lie in the past.

use jiff::civil::Date;

use crate::finding::{Code, Finding};
use crate::model::files::FileKind;
use crate::model::scs::ScsFile;
use crate::model::scs_scheme as scheme;
use crate::text;
use crate::validate::client::Client;

/// The located findings of a schema-valid scs.yaml.
pub fn check(client: &Client) -> Vec<Finding> {
    let Some(scs) = &client.scs else {
        return Vec::new();
    };
    let scheme = scheme::get();
    let file = FileKind::Scs.file_name();
    let mut out = Vec::new();
    for (id, a) in &scs.answers {
        let needs_reason = scheme.answer(&a.answer).is_some_and(|k| k.reason_required);
        if needs_reason && a.reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
            let path = format!("/answers/{}/answer", crate::load::yaml::escape_segment(id));
            let pos = client
                .document(FileKind::Scs)
                .and_then(|d| d.value_pos(&path));
            out.push(
                Finding::new(
                    Code::ReasonMissing,
                    file,
                    pos,
                    &path,
                    text!(
                        "評価基準 {id} は「該当しない」ですが、理由（reason）が書かれていません",
                        "criterion {id} is not_applicable but gives no reason"
                    ),
                )
                .with_hint(text!(
                    "なぜ該当しないのかを reason に書いてください（例: reason: 取引先と機密情報を共有していない）",
                    "say why in reason (e.g. reason: no confidential information is shared with partners)"
                )),
            );
        }
    }
    out
}

/// Every evidence id scs.yaml cites, with where.
pub fn cited(scs: &ScsFile) -> Vec<(FileKind, String, &str)> {
    let mut out = Vec::new();
    for (id, a) in &scs.answers {
        let key = crate::load::yaml::escape_segment(id);
        for (i, ev) in a.evidence.iter().enumerate() {
            out.push((
                FileKind::Scs,
                format!("/answers/{key}/evidence/{i}"),
                ev.as_str(),
            ));
        }
    }
    out
}

/// The dates of scs.yaml that can only lie in the past (or today).
pub fn past_dates(scs: &ScsFile) -> Vec<(FileKind, String, &str)> {
    let mut out = vec![(
        FileKind::Scs,
        "/assessed_on".to_owned(),
        scs.assessed_on.as_str(),
    )];
    if let Some(e) = &scs.expert {
        out.push((
            FileKind::Scs,
            "/expert/confirmed_on".to_owned(),
            e.confirmed_on.as_str(),
        ));
    }
    if let Some(p) = &scs.pledge {
        out.push((
            FileKind::Scs,
            "/pledge/signed_on".to_owned(),
            p.signed_on.as_str(),
        ));
    }
    out
}

/// What the schema cannot say of hoshi.yaml's ★3 result (`scs_result`): its validity ends
/// after the day it was obtained.
pub fn result(client: &Client) -> Vec<Finding> {
    let Some(r) = client.profile.as_ref().and_then(|p| p.scs_result.as_ref()) else {
        return Vec::new();
    };
    let (Ok(on), Ok(until)) = (r.obtained_on.parse::<Date>(), r.valid_until.parse::<Date>()) else {
        return Vec::new();
    };
    if until > on {
        return Vec::new();
    }
    let path = "/scs_result/valid_until";
    vec![
        Finding::new(
            Code::ScsResultDates,
            FileKind::Hoshi.file_name(),
            client.document(FileKind::Hoshi).and_then(|d| d.value_pos(path)),
            path,
            text!(
                "★3 の結果の有効期限（valid_until: {until}）が取得日（obtained_on: {on}）より後になっていません",
                "the ★3 result's valid_until ({until}) is not after its obtained_on ({on})"
            ),
        )
        .with_hint(text!(
            "通知された有効期限をそのまま書き写してください",
            "copy the end of validity exactly as the scheme notified it"
        )),
    ]
}
