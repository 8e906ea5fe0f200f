// Tasks: the `task`/`series`/`parallel` API and `main`, which runs a tasks
// file for the command line. The graph (validation, cycles, suggestions,
// plan) and the scheduler (deps, -j, fail-fast, keep-going) are Rust
// (src/tasks/); running tasks is internal:task_run and watch mode
// internal:watch_mode, both loaded only when needed, so `--list` parses
// just this file (start-up is parse time in Boa).
import { op_tasks_graph, op_tasks_list, op_tasks_plan, op_report_error, op_write, op_load_builtin } from "autorun:internal";

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

function listText(defs, defaultName, json = false) {
  return op_tasks_list(JSON.stringify(defs), defaultName ?? null, json);
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
    return request.watch ? op_load_builtin("internal:watch_mode").waitForFix(fileUrl, request) : 2;
  }
  const defs = registry.map(({ name, desc, deps, hidden }) => ({ name, desc, deps, hidden }));
  if (request.list) {
    text(listText(defs, defaultName, request.json));
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
  if (request.watch) return op_load_builtin("internal:watch_mode").watchMode(fileUrl, request);
  const { Run } = op_load_builtin("internal:task_run");
  const run = new Run(graph, request);
  current = run;
  const outcome = await run.drive();
  current = null;
  return outcome;
}

/** What `internal:task_run` and `internal:watch_mode` need of this module (they load only to run). */
export function runInternals() {
  return {
    registry,
    byName,
    setCurrent(run) {
      current = run;
    },
  };
}

export default { task, series, parallel };
