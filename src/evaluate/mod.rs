//! Evaluate: the typed files turned into a result: score and band, eligibility per level,
//! the declaration checked, what goes stale, and what to do next.

pub mod eligibility;
pub mod evaluation;
pub mod facts;
pub mod freshness;
pub mod future;
pub mod next_steps;
pub mod practice;
pub mod scoring;
pub mod status;
pub mod words;
