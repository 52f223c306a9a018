//! Readiness for ★3 of METI's supply-chain security evaluation scheme (SCS評価制度): the
//! second scheme hoshi knows, next to SECURITY ACTION.
//!
//! The scheme is data ([`scheme`], `assets/scs/`): its requirements, criteria, answers,
//! level checks and texts. A client may keep an optional `scs.yaml` ([`file`]), which is
//! validated like the other files ([`crate::validate::scs`]) and evaluated into a [`readiness::Readiness`].
//! [`crosswalk`] suggests answers from what the client already answered for SECURITY
//! ACTION; a suggestion never counts as an answer. Readiness is a self-check, never a
//! result: nothing of it reaches the public site. A result officially obtained is recorded
//! in hoshi.yaml ([`result`]), and only that is shown publicly.

pub mod crosswalk;
/// `scs.yaml` as typed data (it lives in the model with the other files).
pub use crate::model::scs as file;
pub mod readiness;
pub mod result;
/// The scheme as data (in the model, beside SECURITY ACTION's catalogue).
pub use crate::model::scs_scheme as scheme;
pub mod template;
pub mod write;
