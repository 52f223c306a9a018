//! hoshi: compliance as code for IPA's SECURITY ACTION self-declaration.
//!
//! The pipeline: a [`source`] gives the client files; [`yaml`] loads them with positions;
//! [`client`] checks them against the [`schema`] and types them ([`model`]); [`checks`]
//! adds what a schema cannot say; [`report`] renders the result. Only [`cli`] prints.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod catalogue;
pub mod checks;
pub mod cli;
pub mod client;
pub mod error;
pub mod finding;
pub mod init;
pub mod lang;
pub mod model;
pub mod report;
pub mod schema;
pub mod schema_out;
pub mod source;
pub mod validate;
pub mod yaml;
