//! Node's own tests for events, timers, nextTick and microtasks (vendored in
//! tests/node/, see manifest.txt) must pass under autorun.

mod support;

use std::process::Command;

#[test]
fn node_conformance_tests_pass() {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::new("bash")
        .arg("tests/node/run.sh")
        .arg(support::autorun_bin())
        .current_dir(root)
        .output()
        .expect("run tests/node/run.sh");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let summary = stdout.lines().last().unwrap_or_default().to_string();
    assert!(
        out.status.success() && summary.ends_with(" 0 failed"),
        "Node's tests failed under autorun ({summary}):\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
