//! autorun: a task runner and scripting runtime on Boa and tokio.
//!
//! See ARCHITECTURE.md for the layers. `run` is the whole program.

pub mod cli;
pub mod files;
mod init;
mod ops;
pub mod process;
mod run;
pub mod runtime;
pub mod tasks;
pub mod ui;
pub mod watch;

pub use run::run;
