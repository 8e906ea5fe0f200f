//! The task graph: declared tasks, their deps, validation and run order.

use std::collections::HashMap;
use std::fmt;

/// A task as the tasks file declared it, without its body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskDef {
    pub name: String,
    pub desc: Option<String>,
    pub deps: Vec<String>,
    pub hidden: bool,
}

/// Validated tasks: unique names, known deps, no cycles.
#[derive(Debug, Clone)]
pub struct Graph {
    /// In declaration order; `Graph`'s indices point here.
    tasks: Vec<TaskDef>,
    by_name: HashMap<String, usize>,
    /// Per task, the indices of its deps in listed order, repeats removed.
    deps: Vec<Vec<usize>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GraphError {
    UnknownTask {
        name: String,
        suggestion: Option<String>,
    },
    UnknownDep {
        task: String,
        dep: String,
        suggestion: Option<String>,
    },
    Duplicate {
        name: String,
    },
    /// The cycle starts and ends with its earliest-declared task.
    Cycle {
        path: Vec<String>,
    },
}

impl GraphError {
    /// What to do about the error, for a `hint:` line.
    pub fn hint(&self) -> Option<String> {
        match self {
            GraphError::UnknownTask { suggestion, .. }
            | GraphError::UnknownDep { suggestion, .. } => {
                suggestion.as_ref().map(|s| format!("did you mean `{s}`?"))
            }
            GraphError::Duplicate { .. } | GraphError::Cycle { .. } => None,
        }
    }
}

impl fmt::Display for GraphError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GraphError::UnknownTask { name, .. } => write!(f, "no task named `{name}`"),
            GraphError::UnknownDep { task, dep, .. } => {
                write!(f, "task `{task}` depends on `{dep}`, which does not exist")
            }
            GraphError::Duplicate { name } => write!(f, "task `{name}` is defined twice"),
            GraphError::Cycle { path } => write!(f, "dependency cycle: {}", path.join(" -> ")),
        }
    }
}

impl std::error::Error for GraphError {}

impl Graph {
    /// Checks, in this order, for duplicate names, unknown deps and cycles, and
    /// reports the first problem found in declaration order.
    pub fn new(defs: Vec<TaskDef>) -> Result<Graph, GraphError> {
        let mut by_name = HashMap::with_capacity(defs.len());
        for (i, def) in defs.iter().enumerate() {
            if by_name.insert(def.name.clone(), i).is_some() {
                return Err(GraphError::Duplicate {
                    name: def.name.clone(),
                });
            }
        }
        let mut graph = Graph {
            tasks: defs,
            by_name,
            deps: Vec::new(),
        };
        let mut deps = Vec::with_capacity(graph.tasks.len());
        for (i, def) in graph.tasks.iter().enumerate() {
            let mut indices: Vec<usize> = Vec::with_capacity(def.deps.len());
            for dep in &def.deps {
                let Some(&d) = graph.by_name.get(dep) else {
                    return Err(GraphError::UnknownDep {
                        task: def.name.clone(),
                        dep: dep.clone(),
                        // Suggesting the task itself would only trade this error for a cycle.
                        suggestion: graph.suggest(dep, Some(i), false),
                    });
                };
                if !indices.contains(&d) {
                    indices.push(d);
                }
            }
            deps.push(indices);
        }
        graph.deps = deps;
        if let Some(path) = graph.find_cycle() {
            return Err(GraphError::Cycle {
                path: path
                    .into_iter()
                    .map(|i| graph.tasks[i].name.clone())
                    .collect(),
            });
        }
        Ok(graph)
    }

    pub fn index(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    /// Panics if `i` is out of range, like slice indexing.
    pub fn task(&self, i: usize) -> &TaskDef {
        &self.tasks[i]
    }

    pub fn len(&self) -> usize {
        self.tasks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tasks.is_empty()
    }

    /// The indices of task `i`'s deps, in listed order, each once.
    pub fn deps(&self, i: usize) -> &[usize] {
        &self.deps[i]
    }

    /// Resolves command-line names, keeping their order (and repeats).
    ///
    /// Hidden tasks can be run by name, but an unknown name is matched against
    /// hidden tasks only when no visible task is close: they are hidden so that
    /// users are not pointed at them.
    pub fn resolve(&self, names: &[String]) -> Result<Vec<usize>, GraphError> {
        names
            .iter()
            .map(|name| {
                self.index(name).ok_or_else(|| GraphError::UnknownTask {
                    name: name.clone(),
                    suggestion: self
                        .suggest(name, None, true)
                        .or_else(|| self.suggest_among(name, None, |def| def.hidden)),
                })
            })
            .collect()
    }

    /// Every task that `targets` need, deps before dependents, each once:
    /// targets in the given order, each preceded by its deps in listed order
    /// (a depth-first post-order).
    pub fn plan(&self, targets: &[usize]) -> Vec<usize> {
        let mut seen = vec![false; self.tasks.len()];
        let mut order = Vec::new();
        for &target in targets {
            self.plan_into(target, &mut seen, &mut order);
        }
        order
    }

    /// Appends to `order` the tasks `target` needs that are not yet `seen`.
    pub(super) fn plan_into(&self, target: usize, seen: &mut [bool], order: &mut Vec<usize>) {
        if seen[target] {
            return;
        }
        seen[target] = true;
        // An explicit stack, because generated task files can chain deps deeper
        // than recursion would survive. Each entry: task, next dep to visit.
        let mut stack = vec![(target, 0usize)];
        while let Some(top) = stack.last_mut() {
            let (task, next) = *top;
            if let Some(&dep) = self.deps[task].get(next) {
                top.1 += 1;
                if !seen[dep] {
                    seen[dep] = true;
                    stack.push((dep, 0));
                }
            } else {
                order.push(task);
                stack.pop();
            }
        }
    }

    /// The first cycle a depth-first search in declaration order meets,
    /// rotated to start at its earliest-declared task and closed with it again.
    fn find_cycle(&self) -> Option<Vec<usize>> {
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            New,
            OnPath,
            Done,
        }
        let mut mark = vec![Mark::New; self.tasks.len()];
        for root in 0..self.tasks.len() {
            if mark[root] != Mark::New {
                continue;
            }
            mark[root] = Mark::OnPath;
            let mut stack = vec![(root, 0usize)];
            while let Some(top) = stack.last_mut() {
                let (task, next) = *top;
                let Some(&dep) = self.deps[task].get(next) else {
                    mark[task] = Mark::Done;
                    stack.pop();
                    continue;
                };
                top.1 += 1;
                match mark[dep] {
                    Mark::New => {
                        mark[dep] = Mark::OnPath;
                        stack.push((dep, 0));
                    }
                    Mark::OnPath => {
                        let start = stack.iter().position(|&(t, _)| t == dep).unwrap_or(0);
                        let mut cycle: Vec<usize> =
                            stack[start..].iter().map(|&(t, _)| t).collect();
                        let first = cycle
                            .iter()
                            .enumerate()
                            .min_by_key(|&(_, &t)| t)
                            .map_or(0, |(at, _)| at);
                        cycle.rotate_left(first);
                        cycle.push(cycle[0]);
                        return Some(cycle);
                    }
                    Mark::Done => {}
                }
            }
        }
        None
    }

    fn suggest(&self, name: &str, exclude: Option<usize>, visible_only: bool) -> Option<String> {
        self.suggest_among(name, exclude, |def| !visible_only || !def.hidden)
    }

    /// The closest task name to `name` among those `eligible` admits, if any is
    /// close enough.
    ///
    /// Closeness is the Damerau–Levenshtein distance of the lowercased names
    /// (so `Build` → `build` and `buidl` → `build`), accepted up to one edit per
    /// three characters typed (at least one, as cargo does), and never when
    /// every character differs (`x` suggests nothing). Ties go to the higher
    /// Jaro–Winkler similarity, which favours a shared prefix, then to the
    /// earlier-declared task.
    fn suggest_among(
        &self,
        name: &str,
        exclude: Option<usize>,
        eligible: impl Fn(&TaskDef) -> bool,
    ) -> Option<String> {
        let typed = name.to_lowercase();
        let typed_len = typed.chars().count();
        let limit = typed_len.max(3) / 3;
        self.tasks
            .iter()
            .enumerate()
            .filter(|&(i, def)| Some(i) != exclude && eligible(def))
            .filter_map(|(i, def)| {
                let candidate = def.name.to_lowercase();
                let distance = strsim::damerau_levenshtein(&typed, &candidate);
                let longest = typed_len.max(candidate.chars().count());
                (distance <= limit && distance < longest)
                    .then(|| (distance, strsim::jaro_winkler(&typed, &candidate), i))
            })
            .min_by(|a, b| {
                a.0.cmp(&b.0)
                    .then_with(|| b.1.total_cmp(&a.1))
                    .then_with(|| a.2.cmp(&b.2))
            })
            .map(|(_, _, i)| self.tasks[i].name.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn def(name: &str, deps: &[&str]) -> TaskDef {
        TaskDef {
            name: name.to_string(),
            desc: None,
            deps: deps.iter().map(|d| d.to_string()).collect(),
            hidden: false,
        }
    }

    fn hidden(name: &str) -> TaskDef {
        TaskDef {
            hidden: true,
            ..def(name, &[])
        }
    }

    fn graph(defs: Vec<TaskDef>) -> Graph {
        match Graph::new(defs) {
            Ok(g) => g,
            Err(e) => panic!("unexpected graph error: {e}"),
        }
    }

    fn err(defs: Vec<TaskDef>) -> GraphError {
        match Graph::new(defs) {
            Ok(_) => panic!("expected a graph error"),
            Err(e) => e,
        }
    }

    fn names(g: &Graph, order: &[usize]) -> Vec<String> {
        order.iter().map(|&i| g.task(i).name.clone()).collect()
    }

    fn strings(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    fn unknown(g: &Graph, name: &str) -> GraphError {
        match g.resolve(&strings(&[name])) {
            Ok(_) => panic!("expected `{name}` to be unknown"),
            Err(e) => e,
        }
    }

    /// d needs b and c, both need a.
    fn diamond() -> Graph {
        graph(vec![
            def("a", &[]),
            def("b", &["a"]),
            def("c", &["a"]),
            def("d", &["b", "c"]),
        ])
    }

    #[test]
    fn lookups() {
        let g = diamond();
        assert_eq!(g.len(), 4);
        assert!(!g.is_empty());
        assert_eq!(g.index("c"), Some(2));
        assert_eq!(g.index("e"), None);
        assert_eq!(g.task(3).name, "d");
        assert_eq!(g.deps(3), &[1, 2]);
    }

    #[test]
    fn empty_graph() {
        let g = graph(vec![]);
        assert!(g.is_empty());
        assert_eq!(g.plan(&[]), Vec::<usize>::new());
        assert_eq!(g.resolve(&[]), Ok(vec![]));
    }

    #[test]
    fn duplicate_name() {
        let e = err(vec![def("a", &[]), def("b", &[]), def("a", &[])]);
        assert_eq!(e, GraphError::Duplicate { name: "a".into() });
        assert_eq!(e.to_string(), "task `a` is defined twice");
        assert_eq!(e.hint(), None);
    }

    #[test]
    fn unknown_dep_with_suggestion() {
        let e = err(vec![def("build", &[]), def("test", &["biuld"])]);
        assert_eq!(
            e,
            GraphError::UnknownDep {
                task: "test".into(),
                dep: "biuld".into(),
                suggestion: Some("build".into()),
            }
        );
        assert_eq!(
            e.to_string(),
            "task `test` depends on `biuld`, which does not exist"
        );
        assert_eq!(e.hint().as_deref(), Some("did you mean `build`?"));
    }

    #[test]
    fn unknown_dep_without_suggestion() {
        let e = err(vec![def("a", &["x"])]);
        assert_eq!(
            e.to_string(),
            "task `a` depends on `x`, which does not exist"
        );
        assert_eq!(e.hint(), None);
    }

    #[test]
    fn unknown_dep_never_suggests_the_task_itself() {
        let e = err(vec![def("test", &["tset"])]);
        assert_eq!(e.hint(), None);
    }

    #[test]
    fn unknown_dep_may_suggest_hidden_tasks() {
        let e = err(vec![hidden("setup"), def("test", &["stup"])]);
        assert_eq!(e.hint().as_deref(), Some("did you mean `setup`?"));
    }

    #[test]
    fn duplicates_are_reported_before_unknown_deps() {
        let e = err(vec![def("a", &["x"]), def("a", &[])]);
        assert_eq!(e, GraphError::Duplicate { name: "a".into() });
    }

    #[test]
    fn self_dependency_is_a_cycle() {
        let e = err(vec![def("ok", &[]), def("a", &["a"])]);
        assert_eq!(e.to_string(), "dependency cycle: a -> a");
        assert_eq!(e.hint(), None);
    }

    #[test]
    fn two_task_cycle() {
        let e = err(vec![def("a", &["b"]), def("b", &["a"])]);
        assert_eq!(
            e,
            GraphError::Cycle {
                path: strings(&["a", "b", "a"])
            }
        );
        assert_eq!(e.to_string(), "dependency cycle: a -> b -> a");
    }

    #[test]
    fn longer_cycle_behind_other_tasks() {
        let e = err(vec![
            def("top", &["ok", "b"]),
            def("ok", &[]),
            def("a", &["b"]),
            def("b", &["c"]),
            def("c", &["a"]),
        ]);
        assert_eq!(e.to_string(), "dependency cycle: a -> b -> c -> a");
    }

    #[test]
    fn cycle_starts_at_its_earliest_declared_task() {
        // The search enters the cycle at `b` (from `x`), but `a` is declared first.
        let e = err(vec![def("x", &["b"]), def("a", &["b"]), def("b", &["a"])]);
        assert_eq!(e.to_string(), "dependency cycle: a -> b -> a");
    }

    #[test]
    fn diamond_is_not_a_cycle() {
        let g = diamond();
        assert_eq!(names(&g, &g.plan(&[3])), strings(&["a", "b", "c", "d"]));
    }

    #[test]
    fn repeated_deps_are_kept_once() {
        let g = graph(vec![def("a", &[]), def("b", &["a", "a"])]);
        assert_eq!(g.deps(1), &[0]);
        assert_eq!(g.plan(&[1]), vec![0, 1]);
    }

    #[test]
    fn resolve_keeps_command_line_order() {
        let g = diamond();
        assert_eq!(g.resolve(&strings(&["c", "a", "c"])), Ok(vec![2, 0, 2]));
    }

    #[test]
    fn resolve_runs_hidden_tasks_by_name() {
        let g = graph(vec![hidden("secret")]);
        assert_eq!(g.resolve(&strings(&["secret"])), Ok(vec![0]));
    }

    #[test]
    fn unknown_task_suggests_closest() {
        let g = graph(vec![def("test", &[]), def("build", &[]), def("lint", &[])]);
        let e = unknown(&g, "buidl");
        assert_eq!(
            e,
            GraphError::UnknownTask {
                name: "buidl".into(),
                suggestion: Some("build".into()),
            }
        );
        assert_eq!(e.to_string(), "no task named `buidl`");
        assert_eq!(e.hint().as_deref(), Some("did you mean `build`?"));
        assert_eq!(
            unknown(&g, "tst").hint().as_deref(),
            Some("did you mean `test`?")
        );
        assert_eq!(
            unknown(&g, "BUILD").hint().as_deref(),
            Some("did you mean `build`?")
        );
    }

    #[test]
    fn unknown_task_far_from_everything() {
        let g = graph(vec![def("test", &[]), def("build", &[]), def("lint", &[])]);
        let e = unknown(&g, "deploy");
        assert_eq!(
            e,
            GraphError::UnknownTask {
                name: "deploy".into(),
                suggestion: None,
            }
        );
        assert_eq!(e.hint(), None);
        // Two edits are too many for a four-letter name.
        assert_eq!(unknown(&g, "bold").hint(), None);
    }

    #[test]
    fn unknown_short_name_needs_a_shared_character() {
        let g = graph(vec![def("a", &[]), def("ci", &[])]);
        assert_eq!(unknown(&g, "x").hint(), None);
        assert_eq!(
            unknown(&g, "cj").hint().as_deref(),
            Some("did you mean `ci`?")
        );
    }

    #[test]
    fn suggestion_ties_prefer_shared_prefix_then_declaration() {
        let g = graph(vec![def("yes", &[]), def("test", &[])]);
        assert_eq!(
            unknown(&g, "tes").hint().as_deref(),
            Some("did you mean `test`?")
        );
        let g = graph(vec![def("lib-b", &[]), def("lib-a", &[])]);
        assert_eq!(
            unknown(&g, "lib-c").hint().as_deref(),
            Some("did you mean `lib-b`?")
        );
    }

    #[test]
    fn hidden_tasks_suggested_only_when_nothing_visible_fits() {
        let g = graph(vec![hidden("builds"), def("build", &[]), hidden("setup")]);
        // `builds` is one edit away and `build` two, but `build` is visible.
        assert_eq!(
            unknown(&g, "buildsx").hint().as_deref(),
            Some("did you mean `build`?")
        );
        assert_eq!(
            unknown(&g, "setpu").hint().as_deref(),
            Some("did you mean `setup`?")
        );
    }

    #[test]
    fn resolve_reports_first_unknown_name() {
        let g = diamond();
        let e = g.resolve(&strings(&["a", "zz", "yy"]));
        assert_eq!(
            e,
            Err(GraphError::UnknownTask {
                name: "zz".into(),
                suggestion: None,
            })
        );
    }

    #[test]
    fn plan_follows_targets_then_listed_deps() {
        // `d` lists its deps as c, b: listed order wins over declaration order.
        let g = graph(vec![
            def("a", &[]),
            def("b", &["a"]),
            def("c", &["a"]),
            def("d", &["c", "b"]),
            def("e", &[]),
        ]);
        assert_eq!(names(&g, &g.plan(&[3])), strings(&["a", "c", "b", "d"]));
        assert_eq!(
            names(&g, &g.plan(&[4, 3])),
            strings(&["e", "a", "c", "b", "d"])
        );
        assert_eq!(names(&g, &g.plan(&[1, 3])), strings(&["a", "b", "c", "d"]));
        // Targets already needed by an earlier target are not repeated.
        assert_eq!(
            names(&g, &g.plan(&[3, 1, 3])),
            strings(&["a", "c", "b", "d"])
        );
    }

    #[test]
    fn plan_is_deterministic() {
        let defs: Vec<TaskDef> = (0..50)
            .map(|i| {
                let deps: Vec<String> = (0..i)
                    .filter(|j| (i * 7 + j) % 3 == 0)
                    .map(|j| format!("t{j}"))
                    .collect();
                TaskDef {
                    deps,
                    ..def(&format!("t{i}"), &[])
                }
            })
            .collect();
        let first = graph(defs.clone()).plan(&[49, 30, 10]);
        for _ in 0..5 {
            assert_eq!(graph(defs.clone()).plan(&[49, 30, 10]), first);
        }
        // Deps before dependents, each once.
        let g = graph(defs);
        let mut at = vec![None; g.len()];
        for (p, &t) in first.iter().enumerate() {
            assert!(at[t].is_none());
            at[t] = Some(p);
        }
        for &t in &first {
            for &d in g.deps(t) {
                assert!(at[d] < at[t]);
            }
        }
    }

    #[test]
    fn deep_chains_do_not_overflow_the_stack() {
        let n = 100_000;
        let defs: Vec<TaskDef> = (0..n)
            .map(|i| {
                let deps = if i == 0 {
                    vec![]
                } else {
                    vec![format!("t{}", i - 1)]
                };
                TaskDef {
                    deps,
                    ..def(&format!("t{i}"), &[])
                }
            })
            .collect();
        let g = graph(defs.clone());
        let plan = g.plan(&[n - 1]);
        assert_eq!(plan.len(), n);
        assert_eq!(plan[0], 0);
        let mut cyclic = defs;
        cyclic[0].deps = vec![format!("t{}", n - 1)];
        match Graph::new(cyclic) {
            Err(GraphError::Cycle { path }) => assert_eq!(path.len(), n + 1),
            other => panic!("expected a cycle, got {other:?}"),
        }
    }
}
