//! The JavaScript standard library, embedded at build time (see `build.rs`).

include!(concat!(env!("OUT_DIR"), "/stdlib.rs"));

/// The source of a stdlib module by its specifier (`node:fs`, `internal:cjs`, `autorun`).
pub fn source(specifier: &str) -> Option<&'static str> {
    STDLIB
        .binary_search_by(|(name, _)| name.cmp(&specifier))
        .ok()
        .map(|i| STDLIB[i].1)
}

/// Every stdlib specifier, sorted.
pub fn names() -> impl Iterator<Item = &'static str> {
    STDLIB.iter().map(|(name, _)| *name)
}
