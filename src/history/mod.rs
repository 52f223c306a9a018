//! History: git as the audit trail. The repository read without a checkout, the review tags,
//! one evaluation compared with another, and the timeline over many revisions.

pub mod compare;
pub mod diff;
pub mod kept;
pub mod provenance;
pub mod repo;
pub mod review;
pub mod revision;
pub mod scs;
pub mod timeline;
