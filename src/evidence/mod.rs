//! Evidence: the register as a whole, and registering a file without rewriting what is there.

pub mod add;
pub mod register;
