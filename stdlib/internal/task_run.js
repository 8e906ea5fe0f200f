// Running tasks: the Run that drives the Rust scheduler, calls task
// functions in their async context, reports their status, and prefixes
// their output when tasks run side by side. Loaded by internal:tasks only
// when tasks run (not for --list).
import {
  op_tasks_plan,
  op_tasks_start_ready,
  op_tasks_finish,
  op_tasks_is_done,
  op_tasks_outcome,
  op_tasks_status,
  op_report_error,
  op_write,
  op_isatty,
  op_env_get,
  op_load_builtin,
  op_flush_prefixed,
} from "autorun:internal";

const { byName } = op_load_builtin("internal:tasks").runInternals();

/** A task's last output line without a newline is written when it ends. */
function flushPrefixed(name) {
  op_flush_prefixed(`js:${name}:1`);
  op_flush_prefixed(`js:${name}:2`);
}

/** Transitive deps of `name`, with functions from series()/parallel() bodies not followed. */
export function depsOf(name, seen = new Set()) {
  const def = byName.get(name);
  if (!def) return seen;
  for (const dep of def.deps) {
    if (!seen.has(dep)) {
      seen.add(dep);
      depsOf(dep, seen);
    }
  }
  return seen;
}

const PREFIX_COLOURS = [36, 33, 35, 32, 34, 91, 96, 93, 95, 92];

/**
 * When tasks of this run can run side by side (-j above 1 and two planned
 * tasks with bodies that neither depends on the other, or a parallel()
 * body), each gets a prefix for its output lines: its name, padded to the
 * longest, in a colour of its own on a colour terminal. Otherwise null.
 */
function prefixesFor(graph, request) {
  if (!(request.jobs > 1)) return null;
  const plan = op_tasks_plan(graph).filter((name) => byName.get(name)?.fn);
  let overlap = plan.some((name) => byName.get(name).fn.name === "parallel");
  // Targets run one after another: tasks first needed by different
  // targets never overlap.
  const stage = new Map();
  request.targets.forEach((target, k) => {
    for (const name of [...depsOf(target), target]) if (!stage.has(name)) stage.set(name, k);
  });
  const deps = new Map(plan.map((name) => [name, depsOf(name)]));
  for (let i = 0; i < plan.length && !overlap; i++) {
    for (let j = i + 1; j < plan.length && !overlap; j++) {
      const a = plan[i];
      const b = plan[j];
      if (stage.get(a) === stage.get(b) && !deps.get(a).has(b) && !deps.get(b).has(a)) overlap = true;
    }
  }
  if (!overlap) return null;
  const names = [...byName.keys()].filter((name) => byName.get(name).fn);
  const width = Math.max(...plan.map((name) => name.length));
  const colour = op_isatty(1) && op_env_get("NO_COLOR") === undefined;
  const prefixes = new Map();
  names.forEach((name, i) => {
    const label = `${name.padEnd(Math.max(width, name.length))} | `;
    prefixes.set(name, colour ? `\u001b[${PREFIX_COLOURS[i % PREFIX_COLOURS.length]}m${label}\u001b[0m` : label);
  });
  return prefixes;
}

export class Run {
  constructor(graph, request, watch = null) {
    this.watch = watch;
    this.graph = graph;
    this.request = request;
    this.started = new Map();
    this.controllers = new Map();
    this.failed = false;
    this.prefixes = prefixesFor(graph, request);
    if (this.prefixes !== null) {
      const { currentTask } = op_load_builtin("internal:task_context");
      op_load_builtin("internal:output").setTaskOfOutput(currentTask);
    }
  }

  /** Starts `name` (after its deps) unless it ran or runs already; its promise. */
  ensure(name) {
    const run = this;
    const known = run.started.get(name);
    if (known) return known;
    const def = byName.get(name);
    if (!def) return Promise.reject(new Error(`no task named \`${name}\``));
    // A watch-mode rerun skips deps the change did not affect.
    const deps = run.watch ? def.deps.filter((dep) => run.watch.names.has(dep)) : def.deps;
    const promise = (async () => {
      await Promise.all(deps.map((dep) => run.ensure(dep)));
      return run.execute(def);
    })();
    this.started.set(name, promise);
    return promise;
  }

  execute(def) {
    // The AbortSignal (and the modules behind it) exists only once a task
    // asks for `ctx.signal`; a cancel before that hands it out aborted.
    const cancel = { controller: null, reason: null, listeners: new Set() };
    this.controllers.set(def.name, cancel);
    const isLast = this.request.targets.length > 0 && def.name === this.request.targets[this.request.targets.length - 1];
    const ctx = {
      name: def.name,
      args: isLast ? [...this.request.args] : [],
      get signal() {
        if (cancel.controller === null) {
          cancel.controller = new AbortController();
          if (cancel.reason !== null) cancel.controller.abort(cancel.reason);
        }
        return cancel.controller.signal;
      },
      changed: this.watch ? [...this.watch.changed] : [],
    };
    // What `$` and console see of the task they run in (internal:task_context).
    const context = {
      name: def.name,
      prefix: this.prefixes === null ? null : this.prefixes.get(def.name),
      cancelled: () => cancel.reason !== null,
      onCancel(fn) {
        cancel.listeners.add(fn);
        return () => cancel.listeners.delete(fn);
      },
    };
    const graph = this.graph;
    op_tasks_status(graph, def.name, "start");
    const body = () => (def.fn ? op_load_builtin("internal:task_context").runInTask(context, def.fn, ctx) : undefined);
    if (this.watch && def.options.restart === true && def.fn) return this.startService(def, cancel, body);
    return Promise.resolve()
      .then(body)
      .then(
        () => {
          flushPrefixed(def.name);
          op_tasks_status(graph, def.name, "ok");
        },
        (err) => {
          flushPrefixed(def.name);
          const cancelled = cancel.reason !== null;
          op_tasks_status(graph, def.name, cancelled ? "cancelled" : "failed");
          if (!cancelled) op_report_error(err);
          throw err;
        },
      );
  }

  /**
   * A `restart: true` task in watch mode: started, reported as started, not
   * awaited. `stop()` cancels it and resolves once it ended.
   */
  startService(def, cancel, body) {
    const graph = this.graph;
    const running = Promise.resolve()
      .then(body)
      .then(
        () => {
          flushPrefixed(def.name);
        },
        (err) => {
          flushPrefixed(def.name);
          if (cancel.reason === null) {
            op_write(2, `service \`${def.name}\` ended with an error:\n`);
            op_report_error(err);
          }
        },
      );
    const stop = () => {
      if (cancel.reason === null) {
        cancel.reason = new Error(`task \`${def.name}\` is restarting`);
        if (cancel.controller !== null) cancel.controller.abort(cancel.reason);
        for (const listener of cancel.listeners) listener(cancel.reason);
      }
      return running;
    };
    this.watch.services.set(def.name, { promise: running, stop });
    op_tasks_status(graph, def.name, "ok");
    return Promise.resolve();
  }

  /** Cancels every running task (watch mode: a restart). */
  cancelAll(why) {
    for (const [name, cancel] of this.controllers) {
      if (cancel.reason !== null) continue;
      if (this.watch && this.watch.services.has(name)) continue;
      cancel.reason = new Error(`task \`${name}\` was cancelled: ${why}`);
      if (cancel.controller !== null) cancel.controller.abort(cancel.reason);
      for (const listener of cancel.listeners) listener(cancel.reason);
    }
  }

  cancelRunning(except) {
    for (const [name, cancel] of this.controllers) {
      if (name === except || cancel.reason !== null) continue;
      cancel.reason = new Error(`task \`${name}\` was cancelled because \`${except}\` failed`);
      if (cancel.controller !== null) cancel.controller.abort(cancel.reason);
      for (const listener of cancel.listeners) listener(cancel.reason);
    }
  }

  /** Drives the Rust scheduler until every planned task finished. */
  drive() {
    // `run`, not `this`: Boa 0.22 loses `this` in an arrow nested in an
    // arrow when the outer one does not mention `this` itself.
    const run = this;
    return new Promise((resolve) => {
      const pump = () => {
        for (const name of op_tasks_start_ready(run.graph)) {
          const promise = run.ensure(name);
          promise.then(
            () => {
              op_tasks_finish(run.graph, name, true);
              pump();
            },
            () => {
              run.failed = true;
              op_tasks_finish(run.graph, name, false);
              if (!run.request.keepGoing) run.cancelRunning(name);
              pump();
            },
          );
        }
        if (op_tasks_is_done(run.graph)) resolve(op_tasks_outcome(run.graph));
      };
      pump();
    });
  }
}
