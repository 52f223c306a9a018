//! The integration tests, in one binary: one module per area, sharing `common`.
//!
//! `cargo test --test it` runs them all; `cargo test --test it cli::` (or `git::`,
//! `yaml_suite::` …) one area. Data for the tests lives beside this folder: `tests/cases/`
//! (CLI cases, see `cli.rs`), `tests/git/` (git fixture scripts), `tests/fixtures/`,
//! `tests/schema-samples/` and `tests/yaml-test-suite/`.

mod common;

mod checkers;
mod ci;
mod cli;
mod digest;
mod evidence_add;
mod generated;
mod git;
mod init;
mod portfolio;
mod robustness;
mod schema_cmd;
mod site;
mod status_contract;
mod workflows;
mod yaml_suite;
