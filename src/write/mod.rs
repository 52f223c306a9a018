//! Write: everything hoshi puts on disk outside the site: a scaffolded client, the schemas.

pub mod scaffold;
pub mod schemas;
