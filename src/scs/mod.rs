//! Readiness for ★3 of METI's supply-chain security evaluation scheme (SCS評価制度): the
//! second scheme hoshi knows, next to SECURITY ACTION.
//!
//! The scheme is data ([`scheme`], `assets/scs/`): its requirements, criteria, answers,
//! level checks and texts. A client may keep an optional `scs.yaml` ([`file`]), which is
//! validated like the other files ([`checks`]) and evaluated into a [`readiness::Readiness`].
//! [`crosswalk`] suggests answers from what the client already answered for SECURITY
//! ACTION; a suggestion never counts as an answer. Readiness is a self-check, never a
//! result: nothing of it reaches the public site. A result officially obtained is recorded
//! in hoshi.yaml ([`result`]), and only that is shown publicly.

pub mod checks;
pub mod crosswalk;
pub mod diff;
pub mod file;
pub mod readiness;
pub mod result;
pub mod scheme;
pub mod template;
pub mod write;
