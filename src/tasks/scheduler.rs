//! Which task may start when: a state machine the runtime drives, with no
//! clock and no I/O of its own.
//!
//! A driver loop:
//! ```text
//! loop {
//!     for task in scheduler.start_ready() { start it }
//!     if scheduler.is_done() { break }
//!     wait for a task to end; scheduler.finish(task, ok)
//!     (after a failure without keep-going: abort what `running()` lists)
//! }
//! ```

use super::graph::Graph;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Pending,
    Running,
    Succeeded,
    Failed,
    /// A dep failed (with keep-going), so the task never started.
    Skipped,
    /// Never started after a fail-fast failure or `stop`, or aborted while running.
    Cancelled,
}

impl Status {
    /// Whether the task is over (it will neither start nor end again).
    pub fn is_finished(self) -> bool {
        !matches!(self, Status::Pending | Status::Running)
    }
}

/// One invocation's progress. Tasks are named by their `Graph` indices.
#[derive(Debug, Clone)]
pub struct Scheduler {
    /// The run's tasks in plan order; a task's position here is its slot.
    order: Vec<usize>,
    /// Graph index → slot, `None` for tasks outside the run.
    slot_of: Vec<Option<usize>>,
    /// Per slot: the command-line target that brought the task in. Slots of
    /// one target are contiguous and targets ascend along `order`.
    target: Vec<usize>,
    /// Per slot: the slots of its deps, and of the tasks that depend on it.
    deps: Vec<Vec<usize>>,
    dependents: Vec<Vec<usize>>,
    status: Vec<Status>,
    jobs: usize,
    keep_going: bool,
    running: usize,
    /// Set by a fail-fast failure, a cancellation or `stop`: nothing new starts.
    stopped: bool,
}

impl Scheduler {
    /// `targets` run in command-line order: target k's tasks start only after
    /// every task of targets 0..k finished (as `just a b` runs a then b), each
    /// task at most once per invocation; within that, independent tasks run in
    /// parallel up to `jobs` (0 counts as 1; 1 is strictly sequential in plan
    /// order). The scheduler keeps no reference to `graph`.
    pub fn new(graph: &Graph, targets: &[usize], jobs: usize, keep_going: bool) -> Scheduler {
        let mut seen = vec![false; graph.len()];
        let mut order = Vec::new();
        let mut target = Vec::new();
        for (k, &t) in targets.iter().enumerate() {
            graph.plan_into(t, &mut seen, &mut order);
            target.resize(order.len(), k);
        }
        let mut slot_of = vec![None; graph.len()];
        for (slot, &task) in order.iter().enumerate() {
            slot_of[task] = Some(slot);
        }
        // Every dep of a planned task is planned, so the lookups all succeed.
        let deps: Vec<Vec<usize>> = order
            .iter()
            .map(|&task| {
                graph
                    .deps(task)
                    .iter()
                    .filter_map(|&d| slot_of[d])
                    .collect()
            })
            .collect();
        let mut dependents = vec![Vec::new(); order.len()];
        for (slot, slot_deps) in deps.iter().enumerate() {
            for &d in slot_deps {
                dependents[d].push(slot);
            }
        }
        Scheduler {
            status: vec![Status::Pending; order.len()],
            order,
            slot_of,
            target,
            deps,
            dependents,
            jobs: jobs.max(1),
            keep_going,
            running: 0,
            stopped: false,
        }
    }

    /// Tasks that may start now, in plan order; marks them Running.
    pub fn start_ready(&mut self) -> Vec<usize> {
        let mut started = Vec::new();
        if self.stopped {
            return started;
        }
        // Only the earliest target with unfinished tasks may start any.
        let Some(open) = self.status.iter().position(|s| !s.is_finished()) else {
            return started;
        };
        let open_target = self.target[open];
        for slot in open..self.order.len() {
            if self.running >= self.jobs || self.target[slot] != open_target {
                break;
            }
            let ready = self.status[slot] == Status::Pending
                && self.deps[slot]
                    .iter()
                    .all(|&d| self.status[d] == Status::Succeeded);
            if ready {
                self.status[slot] = Status::Running;
                self.running += 1;
                started.push(self.order[slot]);
            }
        }
        started
    }

    /// Reports a finished task. On failure without keep-going no new task
    /// starts and pending tasks become Cancelled; the caller aborts those still
    /// running (`running()`) and reports each with `finish(i, false)` or
    /// `cancelled(i)`. With keep-going, the tasks depending (transitively) on
    /// the failed one become Skipped and all others still run.
    ///
    /// Reports for a task that is not running are ignored, so a late report
    /// after `cancelled` does no harm.
    pub fn finish(&mut self, task: usize, ok: bool) {
        let Some(slot) = self.running_slot(task) else {
            return;
        };
        self.running -= 1;
        if ok {
            self.status[slot] = Status::Succeeded;
            return;
        }
        self.status[slot] = Status::Failed;
        if self.keep_going && !self.stopped {
            self.skip_dependents(slot);
        } else {
            self.stop();
        }
    }

    /// Reports a running task that was aborted. The run is being torn down (a
    /// fail-fast failure, Ctrl-C), so it also stops new work, even with
    /// keep-going. Ignored for a task that is not running.
    pub fn cancelled(&mut self, task: usize) {
        let Some(slot) = self.running_slot(task) else {
            return;
        };
        self.running -= 1;
        self.status[slot] = Status::Cancelled;
        self.stop();
    }

    /// Stops new work (Ctrl-C): pending tasks become Cancelled. Running tasks
    /// stay Running until reported; `running()` lists them.
    pub fn stop(&mut self) {
        self.stopped = true;
        for status in &mut self.status {
            if *status == Status::Pending {
                *status = Status::Cancelled;
            }
        }
    }

    /// Nothing is running and nothing more can start.
    pub fn is_done(&self) -> bool {
        // A pending task always becomes ready once what runs ends: failures
        // skip or cancel the tasks they block at once.
        self.running == 0 && !self.status.contains(&Status::Pending)
    }

    /// A task outside this run reports `Pending`.
    pub fn status(&self, task: usize) -> Status {
        self.slot(task)
            .map_or(Status::Pending, |slot| self.status[slot])
    }

    /// The run did not succeed: some task failed, or was cancelled (which only
    /// happens after a failure, or when the caller tore the run down).
    pub fn failed(&self) -> bool {
        self.status
            .iter()
            .any(|s| matches!(s, Status::Failed | Status::Cancelled | Status::Skipped))
    }

    /// The tasks this run involves, in plan order (for the summary).
    pub fn tasks(&self) -> &[usize] {
        &self.order
    }

    /// The tasks now running, in plan order (to abort them after a failure).
    pub fn running(&self) -> Vec<usize> {
        self.status
            .iter()
            .zip(&self.order)
            .filter(|(s, _)| **s == Status::Running)
            .map(|(_, &task)| task)
            .collect()
    }

    fn slot(&self, task: usize) -> Option<usize> {
        self.slot_of.get(task).copied().flatten()
    }

    fn running_slot(&self, task: usize) -> Option<usize> {
        self.slot(task)
            .filter(|&slot| self.status[slot] == Status::Running)
    }

    fn skip_dependents(&mut self, failed: usize) {
        let mut queue = self.dependents[failed].clone();
        while let Some(slot) = queue.pop() {
            // Dependents of a failed task cannot have started; a Skipped one
            // has had its own dependents queued already.
            if self.status[slot] == Status::Pending {
                self.status[slot] = Status::Skipped;
                queue.extend_from_slice(&self.dependents[slot]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::graph::TaskDef;
    use super::*;

    fn graph(spec: &[(&str, &[&str])]) -> Graph {
        let defs = spec
            .iter()
            .map(|(name, deps)| TaskDef {
                name: name.to_string(),
                desc: None,
                deps: deps.iter().map(|d| d.to_string()).collect(),
                hidden: false,
            })
            .collect();
        match Graph::new(defs) {
            Ok(g) => g,
            Err(e) => panic!("unexpected graph error: {e}"),
        }
    }

    /// d needs b and c, both need a; e is on its own.
    fn diamond() -> Graph {
        graph(&[
            ("a", &[]),
            ("b", &["a"]),
            ("c", &["a"]),
            ("d", &["b", "c"]),
            ("e", &[]),
        ])
    }

    fn ids(g: &Graph, names: &[&str]) -> Vec<usize> {
        names
            .iter()
            .map(|n| match g.index(n) {
                Some(i) => i,
                None => panic!("no task {n}"),
            })
            .collect()
    }

    fn id(g: &Graph, name: &str) -> usize {
        ids(g, &[name])[0]
    }

    fn names(g: &Graph, tasks: &[usize]) -> Vec<String> {
        tasks.iter().map(|&t| g.task(t).name.clone()).collect()
    }

    fn scheduler(g: &Graph, targets: &[&str], jobs: usize, keep_going: bool) -> Scheduler {
        Scheduler::new(g, &ids(g, targets), jobs, keep_going)
    }

    fn start(g: &Graph, s: &mut Scheduler) -> Vec<String> {
        names(g, &s.start_ready())
    }

    /// Drives a whole run, finishing running tasks oldest first; tasks named
    /// in `failing` fail. Returns each batch that `start_ready` gave.
    fn drive(g: &Graph, s: &mut Scheduler, failing: &[&str]) -> Vec<Vec<String>> {
        let failing = ids(g, failing);
        let mut batches = Vec::new();
        let mut running = std::collections::VecDeque::new();
        loop {
            let started = s.start_ready();
            assert!(
                started.len() + running.len() <= s.jobs,
                "over the job limit"
            );
            if !started.is_empty() {
                batches.push(names(g, &started));
            }
            running.extend(started);
            if s.is_done() {
                assert!(running.is_empty());
                return batches;
            }
            let Some(task) = running.pop_front() else {
                panic!("not done, yet nothing runs or starts");
            };
            s.finish(task, !failing.contains(&task));
            if s.stopped {
                for task in running.drain(..) {
                    s.cancelled(task);
                }
            }
        }
    }

    fn statuses(g: &Graph, s: &Scheduler) -> Vec<(String, Status)> {
        s.tasks()
            .iter()
            .map(|&t| (g.task(t).name.clone(), s.status(t)))
            .collect()
    }

    fn batches(spec: &[&[&str]]) -> Vec<Vec<String>> {
        spec.iter()
            .map(|b| b.iter().map(|s| s.to_string()).collect())
            .collect()
    }

    #[test]
    fn diamond_runs_shared_dep_once_and_siblings_in_parallel() {
        let g = diamond();
        let mut s = scheduler(&g, &["d"], 2, false);
        assert_eq!(names(&g, s.tasks()), ["a", "b", "c", "d"]);
        assert_eq!(start(&g, &mut s), ["a"]);
        assert_eq!(start(&g, &mut s), Vec::<String>::new());
        s.finish(id(&g, "a"), true);
        assert_eq!(start(&g, &mut s), ["b", "c"]);
        s.finish(id(&g, "c"), true);
        assert_eq!(start(&g, &mut s), Vec::<String>::new());
        assert!(!s.is_done());
        s.finish(id(&g, "b"), true);
        assert_eq!(start(&g, &mut s), ["d"]);
        s.finish(id(&g, "d"), true);
        assert!(s.is_done());
        assert!(!s.failed());
        assert_eq!(s.status(id(&g, "e")), Status::Pending, "outside the run");
    }

    #[test]
    fn diamond_with_one_job_is_sequential_in_plan_order() {
        let g = diamond();
        let mut s = scheduler(&g, &["d"], 1, false);
        assert_eq!(
            drive(&g, &mut s, &[]),
            batches(&[&["a"], &["b"], &["c"], &["d"]])
        );
        assert!(s.is_done());
    }

    #[test]
    fn zero_jobs_counts_as_one() {
        let g = diamond();
        let mut s = scheduler(&g, &["d"], 0, false);
        assert_eq!(
            drive(&g, &mut s, &[]),
            batches(&[&["a"], &["b"], &["c"], &["d"]])
        );
    }

    #[test]
    fn job_limit_caps_independent_tasks() {
        let g = graph(&[
            ("t1", &[]),
            ("t2", &[]),
            ("t3", &[]),
            ("t4", &[]),
            ("t5", &[]),
            ("all", &["t1", "t2", "t3", "t4", "t5"]),
        ]);
        let mut s = scheduler(&g, &["all"], 2, false);
        assert_eq!(start(&g, &mut s), ["t1", "t2"]);
        s.finish(id(&g, "t2"), true);
        assert_eq!(start(&g, &mut s), ["t3"]);
        s.finish(id(&g, "t1"), true);
        s.finish(id(&g, "t3"), true);
        assert_eq!(start(&g, &mut s), ["t4", "t5"]);

        let mut s = scheduler(&g, &["all"], 8, false);
        assert_eq!(
            drive(&g, &mut s, &[]),
            batches(&[&["t1", "t2", "t3", "t4", "t5"], &["all"]])
        );
    }

    #[test]
    fn targets_run_one_after_another() {
        let g = diamond();
        let mut s = scheduler(&g, &["e", "b"], 4, false);
        assert_eq!(names(&g, s.tasks()), ["e", "a", "b"]);
        // `a` is independent of `e` but belongs to the second target.
        assert_eq!(drive(&g, &mut s, &[]), batches(&[&["e"], &["a"], &["b"]]));
    }

    #[test]
    fn a_target_waits_for_all_of_the_previous_one() {
        let g = graph(&[("x", &[]), ("y", &[]), ("first", &["x", "y"]), ("z", &[])]);
        let mut s = scheduler(&g, &["first", "z"], 4, false);
        assert_eq!(start(&g, &mut s), ["x", "y"]);
        s.finish(id(&g, "x"), true);
        s.finish(id(&g, "y"), true);
        assert_eq!(start(&g, &mut s), ["first"]);
        s.finish(id(&g, "first"), true);
        assert_eq!(start(&g, &mut s), ["z"]);
    }

    #[test]
    fn tasks_shared_by_targets_run_once() {
        let g = diamond();
        let mut s = scheduler(&g, &["b", "d", "b"], 4, false);
        assert_eq!(names(&g, s.tasks()), ["a", "b", "c", "d"]);
        assert_eq!(
            drive(&g, &mut s, &[]),
            batches(&[&["a"], &["b"], &["c"], &["d"]])
        );
    }

    #[test]
    fn no_targets_is_done_at_once() {
        let g = diamond();
        let mut s = Scheduler::new(&g, &[], 4, false);
        assert!(s.is_done());
        assert!(s.start_ready().is_empty());
        assert!(!s.failed());
    }

    #[test]
    fn fail_fast_cancels_pending_and_waits_for_running() {
        let g = graph(&[
            ("a", &[]),
            ("b", &[]),
            ("c", &[]),
            ("all", &["a", "b", "c"]),
        ]);
        let mut s = scheduler(&g, &["all"], 2, false);
        assert_eq!(start(&g, &mut s), ["a", "b"]);
        s.finish(id(&g, "a"), false);
        assert!(s.failed());
        assert_eq!(start(&g, &mut s), Vec::<String>::new());
        assert_eq!(names(&g, &s.running()), ["b"]);
        assert!(!s.is_done(), "b still runs");
        s.cancelled(id(&g, "b"));
        assert!(s.is_done());
        assert_eq!(
            statuses(&g, &s),
            [
                ("a".to_string(), Status::Failed),
                ("b".to_string(), Status::Cancelled),
                ("c".to_string(), Status::Cancelled),
                ("all".to_string(), Status::Cancelled),
            ]
        );
    }

    #[test]
    fn fail_fast_accepts_aborted_tasks_reported_as_failures() {
        let g = graph(&[("a", &[]), ("b", &[])]);
        let mut s = scheduler(&g, &["a", "b"], 2, false);
        assert_eq!(start(&g, &mut s), ["a"]);
        s.finish(id(&g, "a"), false);
        assert_eq!(s.status(id(&g, "b")), Status::Cancelled);
        assert!(s.is_done());

        let g = graph(&[("a", &[]), ("b", &[]), ("all", &["a", "b"])]);
        let mut s = scheduler(&g, &["all"], 2, false);
        s.start_ready();
        s.finish(id(&g, "a"), false);
        s.finish(id(&g, "b"), false);
        assert_eq!(s.status(id(&g, "b")), Status::Failed);
        assert!(s.is_done());
    }

    #[test]
    fn fail_fast_stops_later_targets() {
        let g = diamond();
        let mut s = scheduler(&g, &["d", "e"], 4, false);
        assert_eq!(drive(&g, &mut s, &["b"]), batches(&[&["a"], &["b", "c"]]));
        assert_eq!(s.status(id(&g, "b")), Status::Failed);
        assert_eq!(s.status(id(&g, "c")), Status::Cancelled);
        assert_eq!(s.status(id(&g, "d")), Status::Cancelled);
        assert_eq!(s.status(id(&g, "e")), Status::Cancelled);
    }

    #[test]
    fn keep_going_skips_only_dependents() {
        let g = graph(&[
            ("a", &[]),
            ("b", &["a"]),
            ("c", &["a"]),
            ("d", &["b", "c"]),
            ("top", &["d"]),
            ("e", &[]),
            ("all", &["top", "e"]),
        ]);
        let mut s = scheduler(&g, &["all"], 3, true);
        let run = drive(&g, &mut s, &["b"]);
        assert_eq!(run, batches(&[&["a", "e"], &["b", "c"]]));
        assert!(s.is_done());
        assert!(s.failed());
        assert_eq!(
            statuses(&g, &s),
            [
                ("a".to_string(), Status::Succeeded),
                ("b".to_string(), Status::Failed),
                ("c".to_string(), Status::Succeeded),
                ("d".to_string(), Status::Skipped),
                ("top".to_string(), Status::Skipped),
                ("e".to_string(), Status::Succeeded),
                ("all".to_string(), Status::Skipped),
            ]
        );
    }

    #[test]
    fn keep_going_runs_later_targets() {
        let g = diamond();
        let mut s = scheduler(&g, &["d", "e"], 1, true);
        let run = drive(&g, &mut s, &["a"]);
        assert_eq!(run, batches(&[&["a"], &["e"]]));
        assert_eq!(s.status(id(&g, "b")), Status::Skipped);
        assert_eq!(s.status(id(&g, "d")), Status::Skipped);
        assert_eq!(s.status(id(&g, "e")), Status::Succeeded);
    }

    #[test]
    fn keep_going_ends_when_a_cancellation_tears_the_run_down() {
        let g = graph(&[
            ("a", &[]),
            ("b", &[]),
            ("c", &[]),
            ("all", &["a", "b", "c"]),
        ]);
        let mut s = scheduler(&g, &["all"], 2, true);
        assert_eq!(start(&g, &mut s), ["a", "b"]);
        s.cancelled(id(&g, "a"));
        assert_eq!(start(&g, &mut s), Vec::<String>::new());
        assert_eq!(s.status(id(&g, "c")), Status::Cancelled);
        s.finish(id(&g, "b"), true);
        assert!(s.is_done());
        assert!(s.failed());
    }

    #[test]
    fn stop_cancels_pending_and_leaves_running() {
        let g = graph(&[("a", &[]), ("b", &[]), ("all", &["a", "b"])]);
        let mut s = scheduler(&g, &["all"], 1, true);
        assert_eq!(start(&g, &mut s), ["a"]);
        s.stop();
        assert_eq!(s.status(id(&g, "a")), Status::Running);
        assert_eq!(s.status(id(&g, "b")), Status::Cancelled);
        assert!(!s.is_done());
        s.cancelled(id(&g, "a"));
        assert!(s.is_done());
    }

    #[test]
    fn reports_for_tasks_not_running_are_ignored() {
        let g = diamond();
        let mut s = scheduler(&g, &["d"], 2, false);
        s.finish(id(&g, "b"), false); // pending
        s.finish(id(&g, "e"), false); // outside the run
        s.finish(usize::MAX, false); // not a task
        assert!(!s.failed());
        assert_eq!(start(&g, &mut s), ["a"]);
        s.finish(id(&g, "a"), true);
        s.finish(id(&g, "a"), false); // twice
        s.cancelled(id(&g, "a"));
        assert_eq!(s.status(id(&g, "a")), Status::Succeeded);
        assert_eq!(drive(&g, &mut s, &[]), batches(&[&["b", "c"], &["d"]]));
        assert!(!s.failed());
    }

    #[test]
    fn same_inputs_give_the_same_run() {
        let g = diamond();
        let runs: Vec<_> = (0..5)
            .map(|_| drive(&g, &mut scheduler(&g, &["e", "d"], 3, true), &["c"]))
            .collect();
        assert!(runs.windows(2).all(|w| w[0] == w[1]));
        assert_eq!(runs[0], batches(&[&["e"], &["a"], &["b", "c"]]));
    }

    #[test]
    fn status_finished() {
        assert!(!Status::Pending.is_finished());
        assert!(!Status::Running.is_finished());
        assert!(Status::Succeeded.is_finished());
        assert!(Status::Failed.is_finished());
        assert!(Status::Skipped.is_finished());
        assert!(Status::Cancelled.is_finished());
    }
}
