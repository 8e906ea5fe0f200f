//! File-system work that is plain Rust: globbing (no Boa here).

pub mod copy;
pub mod glob;
mod readdir;
