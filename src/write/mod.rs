//! Write: everything hoshi puts on disk, through one atomic writer: generated folders (the
//! site, the dashboard), a scaffolded client, the schemas, the calendar, evidence.yaml.

pub mod atomic;
pub mod cache;
pub mod folder;
pub mod scaffold;
pub mod schemas;
