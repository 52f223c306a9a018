//! Evidence: the register as a whole, registering a file without rewriting what is there,
//! and refreshing a registered file's hash and date the same way.

pub mod add;
pub mod register;
pub mod update;
