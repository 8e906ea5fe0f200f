//! The standard library's differential tests (tests/js/*-differential.mjs)
//! run under autorun against answers recorded from Node 20.

mod support;

use std::process::Command;

fn run_script(args: &[&str]) {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::new(support::autorun_bin())
        .args(args)
        .current_dir(root)
        .output()
        .expect("run autorun");
    assert!(
        out.status.success(),
        "{} failed under autorun:\n{}\n{}",
        args[0],
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn util_inspect_format_and_friends_match_node() {
    run_script(&["tests/js/util-differential.mjs"]);
}

#[test]
fn events_and_assert_match_node() {
    run_script(&["tests/js/events-assert-differential.mjs"]);
}

#[test]
fn web_globals_match_node() {
    run_script(&[
        "tests/js/web-differential.mjs",
        "--check",
        "tests/js/node-shim-web/web-differential.expected.json",
    ]);
}

#[test]
fn buffer_matches_node() {
    run_script(&["tests/js/buffer-differential.mjs"]);
}
