//! Embeds every file under `stdlib/` into the binary.
//!
//! Writes `$OUT_DIR/stdlib.rs`: a sorted table of (module specifier, source)
//! pairs, each source an `include_str!`, so adding a stdlib file needs no
//! Rust change and nothing is parsed until it is imported.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, root: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "js") {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let rel = rel.to_string_lossy().replace('\\', "/");
            let rel = rel.trim_end_matches(".js");
            let specifier = if let Some(name) = rel.strip_prefix("node/") {
                format!("node:{name}")
            } else if let Some(name) = rel.strip_prefix("internal/") {
                format!("internal:{name}")
            } else {
                rel.to_string()
            };
            out.push((specifier, path));
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let root = manifest.join("stdlib");
    println!("cargo:rerun-if-changed=stdlib");
    // A position-dependent executable: the dynamic loader has no relative
    // relocations to apply (about 93,000 in a PIE build), and the pages
    // they would write stay shared — start-up is what autorun competes on.
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();
    let mut src = String::from("pub(crate) static STDLIB: &[(&str, &str)] = &[\n");
    for (specifier, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(
            src,
            "    ({specifier:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    src.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("stdlib.rs");
    if let Err(e) = std::fs::write(&out, src) {
        panic!("cannot write {}: {e}", out.display());
    }
}
