// Watch mode for internal:tasks, loaded only by `autorun -w`.
import { op_write, op_isatty, op_load_builtin, op_tasks_graph, op_watch_start, op_watch_close, op_loaded_files, op_cwd } from "autorun:internal";

import { splitPattern } from "internal:watch";

const { registry, byName, setCurrent } = op_load_builtin("internal:tasks").runInternals();
const { Run, depsOf } = op_load_builtin("internal:task_run");

/** Runs the requested tasks, then again on changes; resolves to RELOAD when the tasks file changed. */
export function watchMode(fileUrl, request) {
  return new WatchMode(fileUrl, request).start();
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
export function waitForFix(fileUrl, request) {
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
        if (!pattern.startsWith("!")) roots.add(splitPattern(pattern, this.cwd).root);
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
    setCurrent(run);
    await run.drive();
    setCurrent(null);
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
