//! The command line: one definition for parsing, `--help` and completions.

use std::path::PathBuf;

use clap::{Parser, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "autorun",
    version,
    about = "Run tasks from tasks.js, or JavaScript scripts, on a fast Node-compatible runtime",
    after_help = "Examples:\n  autorun                     run the default task\n  autorun build test          run tasks (and their deps, each once)\n  autorun test -- --nocapture pass arguments to the last task (ctx.args)\n  autorun --list              list the tasks\n  autorun script.mjs a b      run a script, like `node script.mjs a b`\n  autorun -e 'console.log(1)' evaluate code"
)]
pub struct Cli {
    /// Use this tasks file instead of the nearest tasks.js or tasks.mjs
    #[arg(short = 'f', long = "file", value_name = "PATH")]
    pub file: Option<PathBuf>,

    /// List the tasks (descriptions, default marked) and exit
    #[arg(short = 'l', long)]
    pub list: bool,

    /// With --list: print the tasks as JSON
    #[arg(long, requires = "list")]
    pub json: bool,

    /// Run at most N tasks at once [default: number of CPUs]
    #[arg(short = 'j', long = "jobs", value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub jobs: Option<u32>,

    /// After a failure, keep running every task that does not depend on it
    #[arg(short = 'k', long = "keep-going")]
    pub keep_going: bool,

    /// Print the tasks that would run, in order, and run none
    #[arg(short = 'n', long = "dry-run")]
    pub dry_run: bool,

    /// Plain status lines for CI logs (also when CI is set or stderr is not a terminal)
    #[arg(long)]
    pub ci: bool,

    /// Print only errors
    #[arg(short = 'q', long, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Print more about what runs
    #[arg(short = 'v', long)]
    pub verbose: bool,

    /// When to use colours
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Run the tasks, then again whenever their sources change
    #[arg(short = 'w', long)]
    pub watch: bool,

    /// With --watch: also watch PATH (repeatable)
    #[arg(long = "watch-path", value_name = "PATH", requires = "watch")]
    pub watch_path: Vec<PathBuf>,

    /// With --watch: ignore changes to paths matching GLOB (repeatable)
    #[arg(long = "ignore", value_name = "GLOB", requires = "watch")]
    pub ignore: Vec<String>,

    /// With --watch: wait for MS milliseconds of quiet before a run
    #[arg(long, value_name = "MS", default_value_t = 50, requires = "watch")]
    pub debounce: u64,

    /// With --watch: what a change does while tasks run
    #[arg(long = "on-busy", value_enum, default_value_t = OnBusy::Restart, value_name = "WHAT", requires = "watch")]
    pub on_busy: OnBusy,

    /// With --watch: clear the screen before each run
    #[arg(long, requires = "watch")]
    pub clear: bool,

    /// With --watch: poll every MS milliseconds instead of using OS events (network filesystems)
    #[arg(long, value_name = "MS", requires = "watch")]
    pub poll: Option<u64>,

    /// Write a starter tasks.js and editor type definitions here
    #[arg(long)]
    pub init: bool,

    /// Evaluate CODE (a script; a module when it uses import/export)
    #[arg(short = 'e', long = "eval", value_name = "CODE")]
    pub eval: Option<String>,

    /// Evaluate CODE and print the result
    #[arg(
        short = 'p',
        long = "print",
        value_name = "CODE",
        conflicts_with = "eval"
    )]
    pub print: Option<String>,

    /// Print a completion script for SHELL to stdout
    #[arg(long, value_name = "SHELL", value_enum)]
    pub completions: Option<Shell>,

    /// Tasks to run, or a script file (.js, .mjs, .cjs) and its arguments
    #[arg(value_name = "TASK")]
    pub rest: Vec<String>,

    /// Arguments for the last task (ctx.args)
    #[arg(last = true, value_name = "ARGS")]
    pub args: Vec<String>,
}

/// What a change does while tasks run in watch mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnBusy {
    /// Cancel the running tasks and start again
    Restart,
    /// Let the run finish, then run once more
    Queue,
    /// Drop changes that arrive while tasks run
    Ignore,
}

impl OnBusy {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Restart => "restart",
            Self::Queue => "queue",
            Self::Ignore => "ignore",
        }
    }
}

/// Options that take a value, so the word after them is not a task or script.
const VALUE_OPTIONS: &[&str] = &[
    "--watch-path",
    "--ignore",
    "--debounce",
    "--on-busy",
    "--poll",
    "-f",
    "--file",
    "-j",
    "--jobs",
    "--color",
    "-e",
    "--eval",
    "-p",
    "--print",
    "--completions",
];

/// Where a script's own arguments start: everything after the first
/// positional argument when it names a script file, so `autorun x.mjs -v`
/// passes `-v` to the script. `None` when the first positional is not a
/// script (tasks mode), or there is none.
pub fn script_split(
    args: &[std::ffi::OsString],
    is_script: impl Fn(&str) -> bool,
) -> Option<usize> {
    let mut i = 1;
    while i < args.len() {
        let arg = args[i].to_string_lossy();
        if arg == "--" {
            return None;
        }
        if arg.starts_with('-') && arg.len() > 1 {
            if VALUE_OPTIONS.contains(&arg.as_ref()) {
                i += 1;
            }
            i += 1;
            continue;
        }
        return is_script(&arg).then_some(i);
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Elvish,
    Powershell,
}

impl Cli {
    pub fn command() -> clap::Command {
        <Self as clap::CommandFactory>::command()
    }
}

/// The task names of the tasks file found from the shell's directory, one
/// a line, for completion scripts (read off `autorun --list --json`).
const TASK_NAMES: &str =
    r#"autorun --list --json 2>/dev/null | sed -n 's/^    "name": "\(.*\)",$/\1/p'"#;

/// Writes the completion script for `shell`: clap's, plus task names where
/// a task may be named (bash, zsh, fish).
pub fn completions(shell: Shell, out: &mut dyn std::io::Write) {
    use clap_complete::Shell as S;
    let generator = match shell {
        Shell::Bash => S::Bash,
        Shell::Zsh => S::Zsh,
        Shell::Fish => S::Fish,
        Shell::Elvish => S::Elvish,
        Shell::Powershell => S::PowerShell,
    };
    let mut script = Vec::new();
    clap_complete::generate(generator, &mut Cli::command(), "autorun", &mut script);
    let mut script = String::from_utf8_lossy(&script).into_owned();
    match shell {
        Shell::Bash => {
            script = script.replace("complete -F _autorun ", "complete -F _autorun_with_tasks ");
            script.push_str(&format!(
                "\n_autorun_with_tasks() {{\n    _autorun \"$@\"\n    local cur=\"${{COMP_WORDS[COMP_CWORD]}}\"\n    if [[ \"$cur\" != -* ]]; then\n        COMPREPLY+=( $(compgen -W \"$({TASK_NAMES})\" -- \"$cur\") )\n    fi\n}}\n"
            ));
        }
        Shell::Zsh => {
            script = script.replace("its arguments:_default'", "its arguments:_autorun_tasks'");
            script.push_str(&format!(
                "\n_autorun_tasks() {{\n    local -a tasks\n    tasks=(${{(f)\"$({TASK_NAMES})\"}})\n    _describe 'task' tasks\n    _files\n}}\n"
            ));
        }
        Shell::Fish => {
            script.push_str(&format!(
                "complete -c autorun -a '({})'\n",
                TASK_NAMES.replace('\'', "\\'")
            ));
        }
        Shell::Elvish | Shell::Powershell => {}
    }
    let _ = out.write_all(script.as_bytes());
}
