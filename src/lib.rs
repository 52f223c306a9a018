//! hoshi: compliance as code for IPA's SECURITY ACTION self-declaration.
//!
//! The pipeline: a [`source`] gives the client files; [`yaml`] loads them with positions;
//! [`client`] checks them against the [`schema`] and types them ([`model`]); [`checks`]
//! adds what a schema cannot say; [`status`] evaluates the typed files ([`scoring`],
//! [`eligibility`], [`wording`], [`freshness`], [`next_steps`]); [`git`] reads any
//! revision as a source, so [`review_diff`] and [`history`] run the same pipeline at two or
//! many revisions; [`report`] renders every result and [`site`] builds the published
//! pages; [`portfolio`] runs it all over many clients. Only [`cli`] prints.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod catalogue;
pub mod checks;
pub mod cli;
pub mod client;
pub mod diff_run;
pub mod eligibility;
pub mod error;
pub mod evaluation;
pub mod evidence_add;
pub mod evidence_register;
pub mod finding;
pub mod freshness;
pub mod git;
pub mod history;
pub mod init;
pub mod lang;
pub mod model;
pub mod next_steps;
pub mod portfolio;
pub mod portfolio_site;
pub mod report;
pub mod review;
pub mod review_diff;
pub mod schema;
pub mod schema_out;
pub mod scoring;
pub mod site;
pub mod source;
pub mod status;
pub mod validate;
pub mod wording;
pub mod yaml;
