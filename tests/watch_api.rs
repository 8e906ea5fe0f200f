//! `watch()` from `autorun`, `fs.watch` and `fs.promises.watch`: scripts
//! that change files themselves and wait for the events (with a timeout
//! that fails loudly); the node:fs ones print the same under Node 20.

mod support;

use support::Test;

fn run(name: &str, script: &str, expected: &str) {
    Test::new()
        .file(name, script)
        .args(&[name])
        .stdout(expected)
        .run();
}

fn same_as_node(name: &str, script: &str) {
    Test::new().file(name, script).args(&[name]).same_as_node();
}

#[test]
fn the_callback_gets_creates_and_modifies_with_absolute_paths() {
    run(
        "callback.mjs",
        include_str!("watch/callback.mjs"),
        "create src/deep/a.css\nmodify src/deep/a.css\nclosed true\n",
    );
}

#[test]
fn a_burst_is_one_sorted_batch() {
    let names: Vec<String> = (0..20).map(|i| format!("out/f{i:02}.txt")).collect();
    run(
        "burst.mjs",
        include_str!("watch/burst.mjs"),
        &format!(
            "batch of 20\nkinds create\nsorted true\n{}\n",
            names.join(" ")
        ),
    );
}

#[test]
fn for_await_yields_batches_and_break_closes() {
    run(
        "iterate.mjs",
        include_str!("watch/iterate.mjs"),
        "batch create src/one.css\nbatch create src/two.css\nclosed after break true\nnext after close {\"done\":true}\nend\n",
    );
}

#[test]
fn unref_lets_the_program_end() {
    run(
        "unref.mjs",
        include_str!("watch/unref.mjs"),
        "closed true\nunref returns the handle true\nclosed false\nexit without close\n",
    );
}

#[test]
fn fs_watch_reports_filenames_as_node() {
    same_as_node("fs-watch.mjs", include_str!("watch/fs-watch.mjs"));
}

#[test]
fn fs_watch_recursive_as_node() {
    same_as_node(
        "fs-watch-recursive.mjs",
        include_str!("watch/fs-watch-recursive.mjs"),
    );
}

#[test]
fn fs_promises_watch_as_node() {
    same_as_node(
        "fs-promises-watch.mjs",
        include_str!("watch/fs-promises-watch.mjs"),
    );
}
