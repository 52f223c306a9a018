//! Formatters: each lays [`Section`](crate::render::section::Section)s out for one kind
//! of output and chooses how client text is escaped there. None of them words anything
//! itself beyond the marks and table headers of its format.

pub mod csv;
pub mod github;
pub mod markdown;
pub mod text;
