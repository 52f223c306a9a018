//! hoshi: compliance as code for IPA's SECURITY ACTION self-declaration.
//!
//! One pipeline, one folder per stage:
//!
//! - [`source`]: where the client files come from: the working folder, or a git tree at a
//!   revision, read the same way.
//! - [`load`]: the located YAML and the client's files.
//! - [`validate`]: the schemas, semantic checks, wording lint and findings.
//! - [`model`]: the typed files and the scheme's catalogue.
//! - [`evaluate`]: scoring, eligibility, freshness, next steps: one evaluation.
//! - [`history`]: the repository, review tags, comparison of two evaluations, the timeline.
//! - [`render`]: text, Markdown, JSON, GitHub and calendar output of every result.
//! - [`site`]: the published pages, built from what it is given.
//! - [`scs`]: readiness for ★3 of the SCS scheme, the second scheme, from scs.yaml.
//! - [`evidence`] and [`portfolio`]: the register of evidence, and many clients at once.
//! - [`write`]: what hoshi puts on disk besides the site: a scaffold, the schemas.
//! - [`cli`]: the command line; the only place that prints.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod cli;
pub mod error;
pub mod evaluate;
pub mod evidence;
pub mod finding;
pub mod history;
pub mod lang;
pub mod load;
pub mod model;
pub mod portfolio;
pub mod render;
pub mod scs;
pub mod sheet;
pub mod site;
pub mod source;
pub mod validate;
pub mod write;
