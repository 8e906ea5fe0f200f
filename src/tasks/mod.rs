//! The task runner's plain-Rust core: the task graph and the scheduler that
//! decides which task may start. No Boa here; the runtime drives it.

mod graph;
pub mod listing;
mod scheduler;

pub use graph::{Graph, GraphError, TaskDef};
pub use scheduler::{Scheduler, Status};
