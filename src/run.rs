//! The one place that turns the command line into work and an exit code.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use clap::Parser;

use crate::cli::{self, Cli};
use crate::runtime::{self, Entry, ProcessInfo};

/// Runs autorun with these arguments (the first is the program name);
/// returns the process exit code.
pub fn run(args: Vec<OsString>) -> i32 {
    tune_allocator();
    // A panic is a bug in autorun: say so plainly, and exit 70 (EX_SOFTWARE).
    std::panic::set_hook(Box::new(|info| {
        let _ = crate::ui::stdio::flush();
        eprintln!("error: internal error in autorun (a bug, please report it): {info}");
    }));
    // A script's own arguments are not autorun's: parse only what comes before.
    let split = cli::script_split(&args, |a| is_script(Path::new(a)));
    let (ours, script_args) = match split {
        Some(i) => (
            &args[..=i],
            args[i + 1..]
                .iter()
                .map(|a| a.to_string_lossy().into_owned())
                .collect(),
        ),
        None => (&args[..], Vec::new()),
    };
    let cli = match Cli::try_parse_from(ours) {
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
        .clone()
        .or_else(|| cli.print.as_ref().map(|c| print_wrapper(c)))
    {
        let mut argv = vec![exec_path.clone()];
        argv.extend(cli.rest.iter().cloned());
        argv.extend(cli.args.iter().cloned());
        return runtime::run(Entry::Eval(code), ProcessInfo { argv, exec_path });
    }
    if cli.init {
        return crate::init::run(&std::env::current_dir().unwrap_or_default());
    }
    if let Some(first) = cli.rest.first() {
        let path = PathBuf::from(first);
        if is_script(&path) {
            let absolute = std::fs::canonicalize(&path).unwrap_or(path);
            let mut argv = vec![exec_path.clone(), absolute.display().to_string()];
            argv.extend(cli.rest.iter().skip(1).cloned());
            argv.extend(script_args);
            return runtime::run(Entry::File(absolute), ProcessInfo { argv, exec_path });
        }
        if has_script_extension(&path) && !path.exists() && cli.file.is_none() {
            eprintln!("error: cannot find `{first}`: no such file");
            return 2;
        }
    }
    run_tasks(&cli, exec_path)
}

/// glibc's malloc, set for a JavaScript heap: no fastbins (freeing a large
/// block consolidated them all, about a tenth of JSON and regex-heavy
/// scripts' time), and memory kept for reuse instead of being returned to
/// the kernel and faulted in again (64 MiB of headroom, trimmed above
/// 256 MiB). Measured on `benches/text`'s JSON case, alternating with the
/// default: 259 ms against 295 (medians of 11), the same peak RSS.
fn tune_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[allow(unsafe_code)]
    // SAFETY: mallopt only sets allocator parameters; it runs before any
    // other thread exists.
    unsafe {
        libc::mallopt(libc::M_MXFAST, 0);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 256 << 20);
        libc::mallopt(libc::M_TOP_PAD, 64 << 20);
    }
}

/// Tasks mode: find the tasks file, move to its directory, run it.
fn run_tasks(cli: &Cli, exec_path: String) -> i32 {
    let file = match &cli.file {
        Some(file) => match std::fs::canonicalize(file) {
            Ok(file) if file.is_file() => file,
            _ => {
                eprintln!("error: cannot find the tasks file `{}`", file.display());
                return 2;
            }
        },
        None => match find_tasks_file(&std::env::current_dir().unwrap_or_default()) {
            Some(file) => file,
            None => {
                let here = std::env::current_dir().unwrap_or_default();
                if cli.rest.is_empty() && !cli.list {
                    eprintln!("error: nothing to run: no tasks.js or tasks.mjs in `{}` or above\nhint: run a script with `autorun script.mjs`, or create a tasks file with `autorun --init`", here.display());
                } else {
                    eprintln!("error: no tasks.js or tasks.mjs in `{}` or above\nhint: create one with `autorun --init`, or name one with `-f`", here.display());
                }
                return 2;
            }
        },
    };
    // --watch-path is relative to where autorun started.
    let watch_paths: Vec<String> = cli.watch_path.iter().map(|p| absolute(p)).collect();
    if let Some(dir) = file.parent() {
        if let Err(e) = std::env::set_current_dir(dir) {
            eprintln!("error: cannot enter `{}`: {e}", dir.display());
            return 2;
        }
    }
    if let Some(code) = list_declared(cli, &file) {
        return code;
    }
    let (targets, args) = (cli.rest.clone(), cli.args.clone());
    let jobs = cli.jobs.map_or_else(
        || std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
        |j| j as usize,
    );
    let request = serde_json::json!({
        "targets": targets,
        "args": args,
        "list": cli.list,
        "json": cli.json,
        "dryRun": cli.dry_run,
        "keepGoing": cli.keep_going,
        "verbose": cli.verbose,
        "jobs": jobs,
        "watch": cli.watch.then(|| serde_json::json!({
            "paths": watch_paths,
            "ignore": cli.ignore,
            "debounce": cli.debounce,
            "onBusy": cli.on_busy.as_str(),
            "clear": cli.clear,
            "poll": cli.poll,
        })),
    })
    .to_string();
    let options = runtime::TaskOptions {
        jobs,
        keep_going: cli.keep_going,
        color: use_color(cli.color),
        quiet: cli.quiet,
        live: !cli.ci
            && !cli.quiet
            && std::env::var_os("CI").is_none()
            && crate::ui::stdio::is_terminal(2),
    };
    let mut argv = vec![exec_path.clone(), file.display().to_string()];
    argv.extend(cli.rest.iter().cloned());
    loop {
        let code = runtime::run(
            Entry::Tasks {
                file: file.clone(),
                request: request.clone(),
                options: options.clone(),
            },
            ProcessInfo {
                argv: argv.clone(),
                exec_path: exec_path.clone(),
            },
        );
        // In watch mode a change to the tasks file (or a module it loaded)
        // ends the runtime with this code: load it again in a fresh one.
        if code != runtime::RELOAD {
            return code;
        }
    }
}

/// `--list` (or `autorun` alone, with no default task) answered from what
/// the tasks file declares, without running it, when it only declares.
fn list_declared(cli: &Cli, file: &Path) -> Option<i32> {
    let listing = cli.list || cli.rest.is_empty();
    if !listing || cli.watch || std::env::var_os("AUTORUN_NO_STATIC_LIST").is_some() {
        return None;
    }
    let declared = runtime::declared::read(file)?;
    if !cli.list && declared.default.is_some() {
        return None; // there is a default task to run
    }
    let text = if cli.list && cli.json {
        crate::tasks::listing::json(&declared.tasks, declared.default.as_deref())
    } else {
        crate::tasks::listing::text(&declared.tasks, declared.default.as_deref())
    };
    let _ = crate::ui::stdio::write_out(text.as_bytes());
    let _ = crate::ui::stdio::flush();
    Some(0)
}

/// `path` made absolute against the starting directory.
fn absolute(path: &Path) -> String {
    std::env::current_dir()
        .map(|cwd| cwd.join(path))
        .unwrap_or_else(|_| path.to_path_buf())
        .display()
        .to_string()
}

/// The first tasks.js or tasks.mjs in `dir` or above.
pub fn find_tasks_file(dir: &Path) -> Option<PathBuf> {
    let mut current = Some(dir);
    while let Some(d) = current {
        for name in ["tasks.js", "tasks.mjs"] {
            let candidate = d.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
        current = d.parent();
    }
    None
}

/// Colour on stderr: `--color`, then `NO_COLOR`, then whether it is a terminal.
fn use_color(choice: cli::ColorChoice) -> bool {
    match choice {
        cli::ColorChoice::Always => true,
        cli::ColorChoice::Never => false,
        cli::ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none() && crate::ui::stdio::is_terminal(2)
        }
    }
}

fn has_script_extension(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("js" | "mjs" | "cjs")
    )
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
