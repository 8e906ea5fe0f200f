//! The JavaScript standard library, embedded at build time (see `build.rs`).

include!(concat!(env!("OUT_DIR"), "/stdlib.rs"));

/// The source of a stdlib module by its specifier (`node:fs`, `internal:cjs`, `autorun`).
///
/// For work on the standard library itself, `AUTORUN_STDLIB_DIR=stdlib`
/// reads the files from disk instead of the copies built in, so a change to
/// a `.js` file needs no rebuild.
pub fn source(specifier: &str) -> Option<&'static str> {
    let embedded = STDLIB
        .binary_search_by(|(name, _)| name.cmp(&specifier))
        .ok()
        .map(|i| STDLIB[i].1);
    match std::env::var_os("AUTORUN_STDLIB_DIR") {
        Some(dir) => from_disk(std::path::Path::new(&dir), specifier).or(embedded),
        None => embedded,
    }
}

fn from_disk(dir: &std::path::Path, specifier: &str) -> Option<&'static str> {
    thread_local! {
        // Each file is read once and kept for the run.
        static READ: std::cell::RefCell<std::collections::HashMap<String, Option<&'static str>>> =
            std::cell::RefCell::default();
    }
    if let Some(known) = READ.with(|read| read.borrow().get(specifier).copied()) {
        return known;
    }
    let text = read_from_disk(dir, specifier);
    READ.with(|read| read.borrow_mut().insert(specifier.to_string(), text));
    text
}

fn read_from_disk(dir: &std::path::Path, specifier: &str) -> Option<&'static str> {
    let relative = if let Some(name) = specifier.strip_prefix("node:") {
        format!("node/{name}.js")
    } else if let Some(name) = specifier.strip_prefix("internal:") {
        format!("internal/{name}.js")
    } else {
        format!("{specifier}.js")
    };
    let text = std::fs::read_to_string(dir.join(relative)).ok()?;
    // Each module is read once per run and kept for its lifetime.
    Some(Box::leak(text.into_boxed_str()))
}

/// Every stdlib specifier, sorted.
pub fn names() -> impl Iterator<Item = &'static str> {
    STDLIB.iter().map(|(name, _)| *name)
}
