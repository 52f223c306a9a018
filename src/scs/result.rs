//! A ★3 result of the SCS scheme, recorded in hoshi.yaml (`scs_result`) once it has been
//! officially obtained. Readiness (scs.yaml) is a self-check and never becomes one: the
//! public page shows this record and nothing of readiness.

use jiff::civil::Date;

use crate::finding::{Code, Finding};
pub use crate::model::ScsResult;
use crate::model::files::FileKind;
use crate::text;
use crate::validate::client::Client;

/// A recorded result as of one day.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub result: ScsResult,
    /// Its validity ended before that day.
    pub expired: bool,
}

/// The recorded result of `client` as of `today`.
pub fn recorded(client: &Client, today: Date) -> Option<Recorded> {
    of(client).map(|r| Recorded {
        result: r.clone(),
        expired: r.expired(today),
    })
}

/// The recorded result of a client, if hoshi.yaml is usable and has one.
pub fn of(client: &Client) -> Option<&ScsResult> {
    client.profile.as_ref()?.scs_result.as_ref()
}

fn pos(client: &Client, pointer: &str) -> Option<crate::finding::Pos> {
    client
        .document(FileKind::Hoshi)
        .and_then(|d| d.value_pos(pointer))
}

/// The dates of the result that can only lie in the past (or today).
pub fn past_dates(client: &Client) -> Vec<(FileKind, String, &str)> {
    of(client)
        .map(|r| {
            vec![(
                FileKind::Hoshi,
                "/scs_result/obtained_on".to_owned(),
                r.obtained_on.as_str(),
            )]
        })
        .unwrap_or_default()
}

/// A located warning once the result's validity has ended.
pub fn freshness(client: &Client, today: Date) -> Vec<Finding> {
    let Some(r) = of(client).filter(|r| r.expired(today)) else {
        return Vec::new();
    };
    let path = "/scs_result/valid_until";
    let until = &r.valid_until;
    vec![
        Finding::new(
            Code::ScsResultExpired,
            FileKind::Hoshi.file_name(),
            pos(client, path),
            path,
            text!(
                "★3 の結果の有効期限（{until}）が過ぎています",
                "the ★3 result expired on {until}"
            ),
        )
        .with_hint(text!(
            "更新した結果を得たら scs_result を書き換えてください。公開ページには期限切れと表示されます",
            "once a renewed result is obtained, update scs_result; until then the public page says it has expired"
        )),
    ]
}
