//! The ★3 readiness page of the partners and internal sites: per category criteria met
//! out of total with a chart, and per category a chart of its requirements and the
//! criteria still open. Internal adds the notes and improvement actions.
//!
//! The public site never gets this view: readiness is a self-check, not a result.

use serde::Serialize;

use crate::lang::Lang;
use crate::model::Audience;
use crate::scs::readiness::Readiness;
use crate::scs::scheme;
use crate::site::chart::{self, BarChart};
use crate::validate::client::Client;

/// What the ★3 page shows.
#[derive(Debug, Clone, Serialize)]
pub struct ScsView {
    pub banner: String,
    pub title: String,
    pub assessed_on: String,
    pub assessed_by: String,
    pub valid_until: Option<String>,
    pub met: usize,
    pub total: usize,
    pub suggested: usize,
    pub ready: bool,
    pub chart: BarChart,
    pub checks: Vec<CheckView>,
    pub categories: Vec<CategoryView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CheckView {
    pub text: String,
    pub met: bool,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CategoryView {
    pub id: u8,
    pub name: String,
    pub met: usize,
    pub total: usize,
    /// One bar per requirement of the category.
    pub chart: BarChart,
    pub requirements: Vec<RequirementView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RequirementView {
    pub id: String,
    pub title: String,
    pub met: bool,
    pub criteria: Vec<CriterionView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CriterionView {
    pub id: String,
    pub topic: String,
    pub met: bool,
    pub state: String,
    /// Internal only.
    pub note: Option<String>,
    /// Internal only.
    pub action: Option<String>,
}

fn count(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// The ★3 view for `audience`: `None` for the public site, and where there is no
/// measured readiness.
pub fn view(
    readiness: Option<&Readiness>,
    client: &Client,
    audience: Audience,
    lang: Lang,
) -> Option<ScsView> {
    if audience < Audience::Partners {
        return None;
    }
    let r = readiness?;
    let internal = audience >= Audience::Internal;
    let s = scheme::get();
    let answers = client.scs.as_ref().map(|f| &f.answers);
    let categories: Vec<CategoryView> = r
        .categories
        .iter()
        .map(|c| {
            let reqs: Vec<_> = r
                .requirements
                .iter()
                .filter(|q| q.category == c.id)
                .collect();
            let rows: Vec<(String, i32, i32)> = reqs
                .iter()
                .map(|q| {
                    let met = q.criteria.iter().filter(|x| x.state.is_met()).count();
                    (
                        format!("{} {}", q.id, q.title.get(lang)),
                        count(met),
                        count(q.criteria.len()),
                    )
                })
                .collect();
            CategoryView {
                id: c.id,
                name: c.name.get(lang).to_owned(),
                met: c.met,
                total: c.total,
                chart: chart::bars(&rows),
                requirements: reqs
                    .iter()
                    .map(|q| RequirementView {
                        id: q.id.clone(),
                        title: q.title.get(lang).to_owned(),
                        met: q.met,
                        criteria: q
                            .criteria
                            .iter()
                            .map(|x| {
                                let a = answers.and_then(|m| m.get(&x.id)).filter(|_| internal);
                                CriterionView {
                                    id: x.id.clone(),
                                    topic: x.topic.get(lang).to_owned(),
                                    met: x.state.is_met(),
                                    state: x.state.label().get(lang).to_owned(),
                                    note: a.and_then(|a| a.note.clone().or(a.reason.clone())),
                                    action: a.and_then(|a| a.action.as_ref()).map(|act| {
                                        let mut s = act.what.clone();
                                        if let Some(o) = &act.owner {
                                            s.push_str(&format!(" ({o})"));
                                        }
                                        if let Some(d) = &act.due {
                                            s.push_str(&format!(" — {d}"));
                                        }
                                        s
                                    }),
                                }
                            })
                            .collect(),
                    })
                    .collect(),
            }
        })
        .collect();
    let rows: Vec<(String, i32, i32)> = r
        .categories
        .iter()
        .map(|c| {
            (
                format!("{} {}", c.id, c.name.get(lang)),
                count(c.met),
                count(c.total),
            )
        })
        .collect();
    Some(ScsView {
        banner: s.banner.get(lang).to_owned(),
        title: format!("{} {}", s.name.get(lang), s.level_label(r.level).get(lang)),
        assessed_on: r.assessed_on.clone(),
        assessed_by: r.assessed_by.clone(),
        valid_until: r.valid_until.clone(),
        met: r.met(),
        total: r.total(),
        suggested: r.suggested(),
        ready: r.ready(),
        chart: chart::bars(&rows),
        checks: r
            .checks
            .iter()
            .map(|c| CheckView {
                text: c.text.get(lang).to_owned(),
                met: c.met,
                reason: c.reason.get(lang).to_owned(),
            })
            .collect(),
        categories,
    })
}
