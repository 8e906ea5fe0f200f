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

#[test]
fn bash_completion_offers_the_task_names() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let test = support::Test::new().file(
        "tasks.js",
        "import { task } from 'autorun';\ntask('build', () => {});\ntask('bundle', () => {});\ntask('test', () => {});\n",
    );
    let bin_dir = support::autorun_bin()
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default();
    let script = format!(
        "export PATH='{}':$PATH; source '{}'; COMP_WORDS=(autorun b); COMP_CWORD=1; _autorun_with_tasks autorun b autorun; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        bin_dir.display(),
        root.join("completions/autorun.bash").display()
    );
    let out = Command::new("bash")
        .arg("-c")
        .arg(script)
        .current_dir(test.path())
        .output()
        .expect("bash");
    let offered: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect();
    assert!(
        offered.contains(&"build".to_string()) && offered.contains(&"bundle".to_string()),
        "{offered:?}"
    );
    assert!(!offered.contains(&"test".to_string()), "{offered:?}");
}
