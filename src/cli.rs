//! The command line: one definition for parsing, `--help` and completions.

use clap::{Parser, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "autorun",
    version,
    about = "Run tasks from tasks.js, or JavaScript scripts, on a fast Node-compatible runtime",
    after_help = "Examples:\n  autorun script.mjs a b     run a script, like `node script.mjs a b`\n  autorun -e 'console.log(1)' evaluate code"
)]
pub struct Cli {
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

    /// A script file to run (.js, .mjs, .cjs) and its arguments
    #[arg(
        value_name = "SCRIPT_OR_TASK",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    pub rest: Vec<String>,
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

/// Writes the completion script for `shell`.
pub fn completions(shell: Shell, out: &mut dyn std::io::Write) {
    use clap_complete::Shell as S;
    let shell = match shell {
        Shell::Bash => S::Bash,
        Shell::Zsh => S::Zsh,
        Shell::Fish => S::Fish,
        Shell::Elvish => S::Elvish,
        Shell::Powershell => S::PowerShell,
    };
    clap_complete::generate(shell, &mut Cli::command(), "autorun", out);
}
