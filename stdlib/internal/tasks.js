// Tasks: the `task`/`series`/`parallel` API and the driver that runs a tasks
// file for the command line. The graph (validation, cycles, suggestions,
// plan) and the scheduler (deps, -j, fail-fast, keep-going) are Rust
// (src/tasks/); this file calls task functions and reports what happened.
import {
  op_tasks_graph,
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
  op_watch_start,
  op_watch_close,
  op_loaded_files,
  op_cwd,
} from "autorun:internal";

const registry = [];
const byName = new Map();
let defaultTask;
let anonymous = 0;

/** The task definitions' error: a TypeError whose stack points at the caller in tasks.js. */
function definitionError(message) {
  return new TypeError(message);
}

function isOptions(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

const knownOptions = new Set(["desc", "deps", "hidden", "sources", "outputs", "env", "restart"]);

/**
 * `task(name, fn)`, `task(name, "description", fn)`, `task(name, options, fn?)`.
 */
export function task(name, second, third) {
  if (typeof name !== "string" || name === "") {
    throw definitionError(`task(name, ...): name must be a non-empty string, got ${describe(name)}`);
  }
  if (byName.has(name)) throw definitionError(`task \`${name}\` is defined twice`);
  let options = {};
  let fn;
  if (typeof second === "function") {
    fn = second;
    if (third !== undefined) throw definitionError(`task \`${name}\`: nothing may follow the function`);
  } else if (typeof second === "string") {
    options = { desc: second };
    fn = third;
  } else if (isOptions(second)) {
    options = second;
    fn = third;
  } else if (second !== undefined) {
    throw definitionError(`task \`${name}\`: the second argument must be a description, an options object or a function, got ${describe(second)}`);
  }
  if (fn !== undefined && typeof fn !== "function") {
    throw definitionError(`task \`${name}\`: the body must be a function, got ${describe(fn)}`);
  }
  for (const key of Object.keys(options)) {
    if (!knownOptions.has(key)) throw definitionError(`task \`${name}\`: unknown option \`${key}\``);
  }
  if (options.desc !== undefined && typeof options.desc !== "string") {
    throw definitionError(`task \`${name}\`: desc must be a string, got ${describe(options.desc)}`);
  }
  if (options.hidden !== undefined && typeof options.hidden !== "boolean") {
    throw definitionError(`task \`${name}\`: hidden must be true or false, got ${describe(options.hidden)}`);
  }
  if (options.restart !== undefined && typeof options.restart !== "boolean") {
    throw definitionError(`task \`${name}\`: restart must be true or false, got ${describe(options.restart)}`);
  }
  for (const key of ["sources", "outputs", "env"]) {
    const value = options[key];
    if (value !== undefined && !(typeof value === "string" || (Array.isArray(value) && value.every((v) => typeof v === "string")))) {
      throw definitionError(`task \`${name}\`: ${key} must be a string or an array of strings, got ${describe(value)}`);
    }
  }
  const deps = [];
  const rawDeps = options.deps === undefined ? [] : options.deps;
  if (!Array.isArray(rawDeps)) {
    throw definitionError(`task \`${name}\`: deps must be an array of task names or functions, got ${describe(rawDeps)}`);
  }
  for (const dep of rawDeps) {
    if (typeof dep === "string") deps.push(dep);
    else if (typeof dep === "function") deps.push(functionTask(dep));
    else throw definitionError(`task \`${name}\`: a dep must be a task name or a function, got ${describe(dep)}`);
  }
  const def = {
    name,
    desc: options.desc ?? null,
    deps,
    hidden: options.hidden === true,
    fn: fn ?? null,
    options,
  };
  registry.push(def);
  byName.set(name, def);
  return name;
}

/** A function used as a dep becomes a hidden task of its own, run once. */
function functionTask(fn) {
  for (const def of registry) if (def.fn === fn && def.hidden && def.generated) return def.name;
  anonymous += 1;
  const name = fn.name ? `${fn.name}` : `<anonymous ${anonymous}>`;
  const unique = byName.has(name) ? `${name}#${anonymous}` : name;
  const def = { name: unique, desc: null, deps: [], hidden: true, fn, options: {}, generated: true };
  registry.push(def);
  byName.set(unique, def);
  return unique;
}

function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "function") return "a function";
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

// The run in progress, for series()/parallel() bodies that name tasks.
let current = null;

/** Runs one item of series()/parallel(): a task name (once per run) or a function. */
function runItem(item, ctx) {
  if (typeof item === "string") {
    if (current === null) return Promise.reject(new Error(`series/parallel: no run in progress to run task \`${item}\``));
    return current.ensure(item);
  }
  if (typeof item === "function") return Promise.resolve().then(() => item(ctx));
  return Promise.reject(new TypeError(`series/parallel: expected task names or functions, got ${describe(item)}`));
}

function checkItems(kind, items) {
  for (const item of items) {
    if (typeof item !== "string" && typeof item !== "function") {
      throw definitionError(`${kind}(...): expected task names or functions, got ${describe(item)}`);
    }
  }
}

/** `series(a, b, ...)`: a function that runs the items one after another. */
export function series(...items) {
  checkItems("series", items);
  return async function series(ctx) {
    for (const item of items) await runItem(item, ctx);
  };
}

/** `parallel(a, b, ...)`: a function that runs the items at the same time. */
export function parallel(...items) {
  checkItems("parallel", items);
  return async function parallel(ctx) {
    await Promise.all(items.map((item) => runItem(item, ctx)));
  };
}

function text(s) {
  op_write(1, s);
}

function listText(defs, defaultName) {
  const shown = defs.filter((d) => !d.hidden);
  const labels = shown.map((d) => (d.name === defaultName ? `${d.name} (default)` : d.name));
  const width = Math.max(0, ...labels.map((l) => l.length));
  const lines = shown.map((d, i) => (d.desc ? `${labels[i].padEnd(width + 2)}${d.desc}` : labels[i]));
  return lines.length ? `${lines.join("\n")}\n` : "";
}

/** The default task: `export default "name"` or a function, else `default`. */
function resolveDefault(moduleNamespace) {
  const exported = moduleNamespace.default;
  if (typeof exported === "string") return exported;
  if (typeof exported === "function") {
    for (const def of registry) if (def.fn === exported) return def.name;
    return task("default", { hidden: true }, exported);
  }
  if (byName.has("default")) return "default";
  return undefined;
}

/** A task's last output line without a newline is written when it ends. */
function flushPrefixed(name) {
  op_flush_prefixed(`js:${name}:1`);
  op_flush_prefixed(`js:${name}:2`);
}

/** Transitive deps of `name`, with functions from series()/parallel() bodies not followed. */
function depsOf(name, seen = new Set()) {
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

class Run {
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
    const body = () => (def.fn ? op_load_builtin("internal:task_context").taskStorage.run(context, def.fn, ctx) : undefined);
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

/**
 * Runs a tasks file for the command line; resolves to the exit code.
 * `request` is JSON: { targets, args, jobs, keepGoing, dryRun, list, json }.
 */
export async function main(fileUrl, requestJson) {
  const request = JSON.parse(requestJson);
  let namespace;
  let defaultName;
  try {
    namespace = await import(fileUrl);
    defaultName = resolveDefault(namespace);
  } catch (err) {
    op_report_error(err);
    // In watch mode a broken tasks file waits to be fixed.
    return request.watch ? waitForFix(fileUrl, request) : 2;
  }
  const defs = registry.map(({ name, desc, deps, hidden }) => ({ name, desc, deps, hidden }));
  if (request.list && request.json) {
    const json = defs
      .filter((d) => !d.hidden)
      .map((d) => ({ name: d.name, desc: d.desc, deps: d.deps, default: d.name === defaultName }));
    text(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  if (request.list) {
    text(listText(defs, defaultName));
    return 0;
  }
  let targets = request.targets;
  if (targets.length === 0) {
    if (defaultName === undefined) {
      text(listText(defs, defaultName));
      return 0;
    }
    targets = [defaultName];
    request.targets = targets;
  }
  // Validates the graph and the names; prints the error and hint itself.
  const graph = op_tasks_graph(JSON.stringify(defs), JSON.stringify(targets), request.jobs, request.keepGoing);
  if (graph === null) return 2;
  if (request.dryRun) {
    const plan = op_tasks_plan(graph);
    text(plan.length ? `${plan.join("\n")}\n` : "");
    return 0;
  }
  if (request.verbose) {
    op_write(2, `plan: ${op_tasks_plan(graph).join(", ")} (${request.jobs} at a time${request.keepGoing ? ", keep going" : ""})\n`);
  }
  if (request.watch) return new WatchMode(fileUrl, request).start();
  const run = new Run(graph, request);
  current = run;
  const outcome = await run.drive();
  current = null;
  return outcome;
}

// ---------------------------------------------------------------------------
// Watch mode (`autorun -w TASK...`). The watcher is Rust (src/watch); this
// decides what a batch of changes reruns:
// - A change to the tasks file or a module it loaded ends this runtime with
//   RELOAD; the command line starts a fresh one.
// - Tasks whose `sources` match a changed path rerun, with every planned
//   task that depends on them. With no `sources` declared anywhere in the
//   plan, the requested tasks rerun. Declared `outputs` are never watched.
// - A change while a run is in progress follows --on-busy: restart (cancel
//   and run again with the changes merged), queue (run once more after),
//   ignore (drop).
// - `restart: true` tasks are services: started and not awaited; a change
//   that affects one stops it (its commands get SIGTERM, the grace period,
//   SIGKILL) and awaits its end before it starts again.
// - A run never feeds itself forever: a run started only by writes that
//   the previous run made to its own tasks' sources (changes seen while it
//   ran, or just after) does not start another such run. A task that
//   rewrites its sources therefore runs at most twice per outside change.
// ---------------------------------------------------------------------------

const RELOAD = 1000;

function asList(value) {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The directory part of a glob before its first segment with glob characters. */
function globBase(pattern) {
  const segments = pattern.split("/");
  const fixed = [];
  for (const segment of segments) {
    if (/[*?[\]{}!]/.test(segment)) break;
    fixed.push(segment);
  }
  return fixed.join("/") || ".";
}

function absolutePath(cwd, path) {
  if (path.startsWith("/")) return path;
  const joined = `${cwd}/${path}`.split("/");
  const out = [];
  for (const part of joined) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return `/${out.join("/")}`;
}

function relativeTo(cwd, path) {
  return path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path;
}

/** A predicate on relative paths: any pattern matches and no `!` pattern does. */
function matcher(patterns) {
  const { matchesGlob } = op_load_builtin("internal:minimatch");
  const include = patterns.filter((p) => !p.startsWith("!")).map((p) => p.replace(/^\.\//, ""));
  const exclude = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1).replace(/^\.\//, ""));
  return (path) => include.some((p) => matchesGlob(path, p, false)) && !exclude.some((p) => matchesGlob(path, p, false));
}

/** Waits for any change near the broken tasks file, then reloads. */
function waitForFix(fileUrl, request) {
  const file = new URL(fileUrl).pathname;
  const dir = file.slice(0, file.lastIndexOf("/")) || "/";
  op_write(2, "waiting for a change to fix the tasks file...\n");
  return new Promise((resolve) => {
    const roots = [dir, ...op_loaded_files().filter((f) => !f.startsWith(`${dir}/`))];
    const id = op_watch_start(
      JSON.stringify({ roots, ignore: request.watch.ignore, base: dir, gitignore: true, debounce: request.watch.debounce, poll: request.watch.poll ?? null }),
      (kind) => {
        if (kind !== "batch") return;
        op_watch_close(id);
        resolve(RELOAD);
      },
    );
  });
}

class WatchMode {
  constructor(fileUrl, request) {
    this.request = request;
    this.options = request.watch;
    this.cwd = op_cwd();
    this.tasksFile = new URL(fileUrl).pathname;
    this.planned = new Set();
    for (const target of request.targets) {
      this.planned.add(target);
      for (const dep of depsOf(target)) this.planned.add(dep);
    }
    this.sourceMatchers = new Map();
    for (const name of this.planned) {
      const sources = asList(byName.get(name)?.options.sources);
      if (sources.length) this.sourceMatchers.set(name, matcher(sources));
    }
    this.active = null; // { run, promise, selfTriggered, names }
    this.pending = null; // Map path -> kind
    this.services = new Map(); // name -> { promise, stop }
    this.lastEnd = 0;
    this.lastRunNames = new Set();
    this.lastSelfTriggered = false;
    this.candidates = new Set();
  }

  start() {
    const self = this;
    return new Promise((resolve) => {
      self.finish = resolve;
      self.watch();
      self.runOnce(null, false);
    });
  }

  watch() {
    const self = this;
    const roots = new Set();
    if (this.sourceMatchers.size === 0) roots.add(this.cwd);
    for (const name of this.sourceMatchers.keys()) {
      for (const pattern of asList(byName.get(name).options.sources)) {
        if (!pattern.startsWith("!")) roots.add(absolutePath(this.cwd, globBase(pattern)));
      }
    }
    for (const path of this.options.paths) roots.add(path);
    for (const file of op_loaded_files()) roots.add(file);
    const ignore = [...this.options.ignore];
    for (const def of registry) for (const output of asList(def.options.outputs)) ignore.push(output);
    this.extraPaths = this.options.paths;
    this.id = op_watch_start(
      JSON.stringify({ roots: [...roots], ignore, base: this.cwd, gitignore: true, debounce: this.options.debounce, poll: this.options.poll ?? null }),
      (kind, data) => {
        if (kind === "batch") self.onBatch(data);
        else op_write(2, `${kind === "notice" ? "note" : "watch error"}: ${data}\n`);
      },
    );
  }

  onBatch(batch) {
    const loaded = new Set(op_loaded_files());
    if (batch.some(([path]) => loaded.has(path))) {
      const names = batch.filter(([path]) => loaded.has(path)).map(([path]) => relativeTo(this.cwd, path));
      op_write(2, `↻ ${names.join(", ")} changed: reloading the tasks file\n`);
      this.reload();
      return;
    }
    // Writes seen while a run is in progress (or just after) to the sources
    // of its own tasks may be its own.
    const during = this.active !== null || Date.now() - this.lastEnd < this.options.debounce + 150;
    const ownNames = this.active ? this.active.names : this.lastRunNames;
    const selfTriggeredRun = this.active ? this.active.selfTriggered : this.lastSelfTriggered;
    const own = during && batch.every(([path]) => this.matchesSourcesOf(path, ownNames));
    if (own && selfTriggeredRun) return;
    if (this.active !== null) {
      if (this.options.onBusy === "ignore") return;
      this.mergePending(batch, own);
      if (this.options.onBusy === "restart") this.active.run.cancelAll("restarted: files changed");
      return;
    }
    this.mergePending(batch, own);
    this.runPending();
  }

  mergePending(batch, own) {
    if (this.pending === null) {
      this.pending = new Map();
      this.pendingOwn = true;
    }
    for (const [path, kind] of batch) this.pending.set(path, kind);
    this.pendingOwn = this.pendingOwn && own;
  }

  matchesSourcesOf(path, names) {
    const relative = relativeTo(this.cwd, path);
    for (const name of names) {
      const match = this.sourceMatchers.get(name);
      if (match && match(relative)) return true;
    }
    return false;
  }

  runPending() {
    if (this.pending === null || this.active !== null) return;
    const changed = [...this.pending.keys()].sort();
    const selfTriggered = this.pendingOwn;
    this.pending = null;
    this.runOnce(changed, selfTriggered);
  }

  /** The planned tasks a change reruns: those whose sources match, and their dependents. */
  affected(changed) {
    if (this.sourceMatchers.size === 0) return new Set(this.planned);
    const direct = new Set();
    let unmatched = false;
    for (const path of changed) {
      const relative = relativeTo(this.cwd, path);
      let any = false;
      for (const [name, match] of this.sourceMatchers) {
        if (match(relative)) {
          direct.add(name);
          any = true;
        }
      }
      if (!any && this.extraPaths.some((p) => path === p || path.startsWith(`${p}/`))) unmatched = true;
    }
    if (unmatched) return new Set(this.planned);
    const affected = new Set(direct);
    for (const name of this.planned) {
      for (const dep of depsOf(name)) if (direct.has(dep)) affected.add(name);
    }
    return affected;
  }

  async runOnce(changed, selfTriggered) {
    const names = changed === null ? new Set(this.planned) : this.affected(changed);
    if (names.size === 0) return;
    if (changed !== null) {
      const shown = changed.map((p) => relativeTo(this.cwd, p));
      const list = shown.length > 5 ? `${shown.slice(0, 5).join(", ")} and ${shown.length - 5} more` : shown.join(", ");
      if (this.options.clear && op_isatty(1)) op_write(1, "\u001b[2J\u001b[3J\u001b[H");
      op_write(2, `↻ ${list} changed\n`);
    }
    // Services the change affects stop first (their port is free after).
    for (const name of names) {
      const service = this.services.get(name);
      if (service) {
        this.services.delete(name);
        await service.stop();
      }
    }
    const defs = registry
      .filter((d) => names.has(d.name))
      .map(({ name, desc, deps, hidden }) => ({ name, desc, deps: deps.filter((dep) => names.has(dep)), hidden }));
    const targets = this.request.targets.filter((t) => names.has(t));
    const graph = op_tasks_graph(JSON.stringify(defs), JSON.stringify(targets), this.request.jobs, this.request.keepGoing);
    if (graph === null) return;
    const run = new Run(graph, { ...this.request, targets }, { changed: changed ?? [], services: this.services, names });
    this.active = { run, selfTriggered, names };
    current = run;
    await run.drive();
    current = null;
    this.active = null;
    this.lastEnd = Date.now();
    this.lastRunNames = names;
    this.lastSelfTriggered = selfTriggered;
    if (this.reloading) return;
    if (this.pending !== null) this.runPending();
  }

  async reload() {
    if (this.reloading) return;
    this.reloading = true;
    op_watch_close(this.id);
    if (this.active) {
      this.active.run.cancelAll("the tasks file changed");
    }
    for (const [name, service] of this.services) {
      this.services.delete(name);
      await service.stop();
    }
    // Let the cancelled run settle (its commands end) before a fresh runtime starts.
    const wait = () => (this.active ? new Promise((resolve) => setTimeout(resolve, 20)).then(wait) : undefined);
    await wait();
    this.finish(RELOAD);
  }
}

export default { task, series, parallel };
