//! The draft locks live in the library ([`crate::lock`]); re-exported here for the
//! terminal UI's callers.

pub use crate::lock::*;
