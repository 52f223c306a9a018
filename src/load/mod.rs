//! Load: the client's files read from a [`Source`](crate::source::Source) into values that
//! remember where every node came from, then checked and typed.

pub mod mistakes;
pub mod theme;
pub mod vocabulary;
pub mod written;
pub mod yaml;
