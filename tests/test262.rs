//! test262 conformance for the built-ins autorun replaces with native fast
//! paths (String.prototype search/split/replace, JSON.parse/stringify):
//! every vendored test in tests/test262 must pass, but the ones listed in
//! tests/test262/expected-failures.txt (Boa limits and stale revisions).

mod support;

use std::process::Command;

#[test]
fn test262_for_the_fast_paths_passes() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new("bash")
        .arg(root.join("tests/test262/run.sh"))
        .arg(support::autorun_bin())
        .current_dir(root)
        .output()
        .expect("run tests/test262/run.sh");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let failures: Vec<&str> = stdout.lines().filter(|l| l.starts_with("FAIL")).collect();
    assert!(
        out.status.success(),
        "test262 failures:\n{}\n{}",
        failures.join("\n"),
        stdout.lines().rev().take(3).collect::<Vec<_>>().join("\n")
    );
}

/// `JSON.rawJSON` values serialize as their raw text (Node 20 lacks them).
#[test]
fn raw_json_values_serialize_as_their_text() {
    support::Test::new()
        .file(
            "r.mjs",
            "console.log(JSON.stringify(JSON.rawJSON(1)), JSON.stringify({ a: JSON.rawJSON('null'), b: [JSON.rawJSON('\"x\"')] }), JSON.stringify(Object.create(null)));\n",
        )
        .args(&["r.mjs"])
        .stdout("1 {\"a\":null,\"b\":[\"x\"]} {}\n")
        .run();
}
