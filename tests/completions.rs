//! The committed completion scripts are what the binary generates now.

mod support;

use std::process::Command;

#[test]
fn committed_completions_are_current() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (shell, file) in [
        ("bash", "autorun.bash"),
        ("zsh", "_autorun"),
        ("fish", "autorun.fish"),
    ] {
        let out = Command::new(support::autorun_bin())
            .args(["--completions", shell])
            .output()
            .expect("run autorun --completions");
        assert!(out.status.success());
        let committed =
            std::fs::read_to_string(root.join("completions").join(file)).unwrap_or_default();
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            committed,
            "completions/{file} is stale: regenerate with `autorun --completions {shell} > completions/{file}`"
        );
    }
}
