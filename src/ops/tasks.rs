//! The task runner's natives: the graph and scheduler of `src/tasks/` and
//! the status lines of `src/ui/status.rs`, for `stdlib/internal/tasks.js`.

use std::cell::RefCell;
use std::collections::HashMap;

use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsResult, JsValue};

use super::{arg, arg_string, string, Op};
use crate::runtime::TaskOptions;
use crate::tasks::{listing, Graph, GraphError, Scheduler, Status};
use crate::ui::status::{Ending, StatusLines, StatusStyle};
use crate::ui::{live, stdio};

pub static OPS: &[Op] = &[
    ("op_tasks_graph", op_tasks_graph, 4),
    ("op_tasks_list", op_tasks_list, 3),
    ("op_tasks_plan", op_tasks_plan, 1),
    ("op_tasks_start_ready", op_tasks_start_ready, 1),
    ("op_tasks_finish", op_tasks_finish, 3),
    ("op_tasks_is_done", op_tasks_is_done, 1),
    ("op_tasks_outcome", op_tasks_outcome, 1),
    ("op_tasks_status", op_tasks_status, 3),
];

struct TaskRun {
    graph: Graph,
    scheduler: Scheduler,
    status: StatusLines,
}

#[derive(Default)]
struct Runs {
    next: u64,
    runs: HashMap<u64, TaskRun>,
}

thread_local! {
    // Runs live on the JS thread; JS holds their number.
    static RUNS: RefCell<Runs> = RefCell::default();
}

fn with_run<T>(id: u64, f: impl FnOnce(&mut TaskRun) -> T) -> Option<T> {
    RUNS.with(|runs| runs.borrow_mut().runs.get_mut(&id).map(f))
}

fn run_id(args: &[JsValue], ctx: &mut Context) -> JsResult<u64> {
    super::arg_u64(args, 0, ctx)
}

fn print_graph_error(err: &GraphError) {
    let mut text = format!("error: {err}\n");
    if let Some(hint) = err.hint() {
        text.push_str(&format!("hint: {hint}\n"));
    }
    let _ = stdio::write_err(text.as_bytes());
}

/// `op_tasks_list(defsJson, defaultName, json)` → what `--list` prints.
fn op_tasks_list(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let defs = listing::defs_from_json(&arg_string(args, 0, ctx)?);
    let default = match arg(args, 1) {
        v if v.is_null_or_undefined() => None,
        v => Some(v.to_string(ctx)?.to_std_string_escaped()),
    };
    let text = if arg(args, 2).to_boolean() {
        listing::json(&defs, default.as_deref())
    } else {
        listing::text(&defs, default.as_deref())
    };
    Ok(string(&text))
}

/// `op_tasks_graph(defsJson, targetsJson, jobs, keepGoing)` → a run id, or
/// `null` after printing why the graph or the names are wrong.
fn op_tasks_graph(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let defs_json = arg_string(args, 0, ctx)?;
    let targets_json = arg_string(args, 1, ctx)?;
    let options = ctx.get_data::<TaskOptions>().cloned().unwrap_or_default();
    let defs = listing::defs_from_json(&defs_json);
    let targets: Vec<String> = serde_json::from_str(&targets_json).unwrap_or_default();
    let graph = match Graph::new(defs) {
        Ok(graph) => graph,
        Err(err) => {
            print_graph_error(&err);
            return Ok(JsValue::null());
        }
    };
    let resolved = match graph.resolve(&targets) {
        Ok(resolved) => resolved,
        Err(err) => {
            print_graph_error(&err);
            return Ok(JsValue::null());
        }
    };
    let scheduler = Scheduler::new(&graph, &resolved, options.jobs.max(1), options.keep_going);
    let status = StatusLines::new(StatusStyle {
        color: options.color,
        quiet: options.quiet,
    });
    if options.live {
        live::start();
    }
    let id = RUNS.with(|runs| {
        let mut runs = runs.borrow_mut();
        runs.next += 1;
        let id = runs.next;
        runs.runs.insert(
            id,
            TaskRun {
                graph,
                scheduler,
                status,
            },
        );
        id
    });
    #[allow(clippy::cast_precision_loss)]
    Ok(JsValue::from(id as f64))
}

/// `op_tasks_plan(run)` → the task names that would run, in order.
fn op_tasks_plan(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = run_id(args, ctx)?;
    let names: Vec<String> = with_run(id, |run| {
        run.scheduler
            .tasks()
            .iter()
            .map(|&i| run.graph.task(i).name.clone())
            .collect()
    })
    .unwrap_or_default();
    Ok(JsArray::from_iter(names.iter().map(|n| string(n)), ctx).into())
}

/// `op_tasks_start_ready(run)` → names of tasks to start now.
fn op_tasks_start_ready(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = run_id(args, ctx)?;
    let names: Vec<String> = with_run(id, |run| {
        run.scheduler
            .start_ready()
            .into_iter()
            .map(|i| run.graph.task(i).name.clone())
            .collect()
    })
    .unwrap_or_default();
    Ok(JsArray::from_iter(names.iter().map(|n| string(n)), ctx).into())
}

/// `op_tasks_finish(run, name, ok)`.
fn op_tasks_finish(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = run_id(args, ctx)?;
    let name = arg_string(args, 1, ctx)?;
    let ok = arg(args, 2).to_boolean();
    with_run(id, |run| {
        if let Some(i) = run.graph.index(&name) {
            run.scheduler.finish(i, ok);
        }
    });
    Ok(JsValue::undefined())
}

fn op_tasks_is_done(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = run_id(args, ctx)?;
    Ok(with_run(id, |run| run.scheduler.is_done())
        .unwrap_or(true)
        .into())
}

/// `op_tasks_outcome(run)` → the exit code; prints the summary.
fn op_tasks_outcome(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = run_id(args, ctx)?;
    let code = with_run(id, |run| {
        for &i in run.scheduler.tasks() {
            let ending = match run.scheduler.status(i) {
                Status::Skipped => Ending::Skipped,
                Status::Cancelled | Status::Pending => Ending::Cancelled,
                _ => continue,
            };
            let name = run.graph.task(i).name.clone();
            if !run.status.has_ended(&name) {
                run.status.not_run(&name, ending);
            }
        }
        live::stop();
        if let Some(summary) = run.status.summary() {
            let _ = stdio::write_err(summary.as_bytes());
        }
        i32::from(run.scheduler.failed())
    })
    .unwrap_or(0);
    Ok(code.into())
}

/// `op_tasks_status(run, name, "start" | "ok" | "failed" | "cancelled")`: the status line.
fn op_tasks_status(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = run_id(args, ctx)?;
    let name = arg_string(args, 1, ctx)?;
    let event = arg_string(args, 2, ctx)?;
    let line = with_run(id, |run| match event.as_str() {
        "start" => run.status.start(&name),
        "ok" => run.status.end(&name, Ending::Succeeded),
        "failed" => run.status.end(&name, Ending::Failed),
        _ => run.status.end(&name, Ending::Cancelled),
    })
    .flatten();
    if live::is_active() {
        match (event.as_str(), line) {
            ("start", _) => live::task_started(&name),
            (_, Some(line)) => live::task_ended(&name, &line),
            (_, None) => live::task_ended(&name, ""),
        }
    } else if let Some(line) = line {
        let _ = stdio::write_err(line.as_bytes());
    }
    Ok(JsValue::undefined())
}
