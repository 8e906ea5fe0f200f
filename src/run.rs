//! The one place that turns the command line into work and an exit code.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use clap::Parser;

use crate::cli::{self, Cli};
use crate::runtime::{self, Entry, ProcessInfo};

/// Runs autorun with these arguments (the first is the program name);
/// returns the process exit code.
pub fn run(args: Vec<OsString>) -> i32 {
    // A panic is a bug in autorun: say so plainly, and exit 70 (EX_SOFTWARE).
    std::panic::set_hook(Box::new(|info| {
        let _ = crate::ui::stdio::flush();
        eprintln!("error: internal error in autorun (a bug, please report it): {info}");
    }));
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(err) => {
            let code = if err.use_stderr() { 2 } else { 0 };
            let _ = err.print();
            return code;
        }
    };
    if let Some(shell) = cli.completions {
        cli::completions(shell, &mut std::io::stdout());
        return 0;
    }
    let exec_path = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| "autorun".into());
    if let Some(code) = cli
        .eval
        .or_else(|| cli.print.as_ref().map(|c| print_wrapper(c)))
    {
        let mut argv = vec![exec_path.clone()];
        argv.extend(cli.rest.iter().cloned());
        return runtime::run(Entry::Eval(code), ProcessInfo { argv, exec_path });
    }
    let Some(first) = cli.rest.first() else {
        eprintln!("error: nothing to run\nhint: run a script with `autorun script.mjs`, or see `autorun --help`");
        return 2;
    };
    let path = PathBuf::from(first);
    if is_script(&path) {
        let absolute = std::fs::canonicalize(&path).unwrap_or(path);
        let mut argv = vec![exec_path.clone(), absolute.display().to_string()];
        argv.extend(cli.rest.iter().skip(1).cloned());
        return runtime::run(Entry::File(absolute), ProcessInfo { argv, exec_path });
    }
    if path.extension().is_some() && !path.exists() {
        eprintln!("error: cannot find `{first}`: no such file");
        return 2;
    }
    eprintln!(
        "error: `{first}` is not a script file\nhint: run a script with `autorun script.mjs`"
    );
    2
}

/// `-p CODE`: print what the code evaluates to, as Node does.
fn print_wrapper(code: &str) -> String {
    let escaped = serde_json::to_string(code).unwrap_or_else(|_| "\"\"".into());
    format!("console.log((0, eval)({escaped}))")
}

/// A first positional names a script when it is an existing file with a
/// JavaScript extension, or one that starts with an `autorun` hashbang.
fn is_script(path: &Path) -> bool {
    if !path.is_file() {
        return false;
    }
    match path.extension().and_then(|e| e.to_str()) {
        Some("js" | "mjs" | "cjs") => true,
        _ => std::fs::read(path)
            .map(|bytes| {
                bytes.starts_with(b"#!")
                    && bytes
                        .split(|&b| b == b'\n')
                        .next()
                        .is_some_and(|l| l.windows(7).any(|w| w == b"autorun"))
            })
            .unwrap_or(false),
    }
}
