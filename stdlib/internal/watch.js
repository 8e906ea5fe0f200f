// `watch(patterns, options, callback)` for the `autorun` module: the changes
// to paths matching globs, in debounced batches, over the native watcher
// (`op_watch_start`, see src/ops/watch.rs). Also `startWatcher`, the shared
// plumbing node:fs's `watch` (internal:fs_watch) uses.
//
// The native watcher watches roots (a directory with everything below it,
// or a single file) and reports `("batch", [[absolutePath, kind], ...])`;
// here the roots come from the patterns' static prefixes and each batch is
// narrowed to the paths the patterns match.
import { op_watch_start, op_watch_close, op_watch_ref, op_load_builtin } from "autorun:internal";
import { matchesGlob } from "internal:minimatch";
import { write } from "internal:output";
import * as path from "node:path";

const errors = () => op_load_builtin("internal:errors");

/** Writes what the watcher has to say (a fallback to polling, a watch error) to stderr. */
export function report(type, text) {
  write(2, `${type === "notice" ? "warning" : "warning: watch error"}: ${text}\n`);
}

/**
 * Starts a native watcher: `config` is `{ roots, ignore, base, gitignore,
 * debounce, poll }`; `onBatch(entries)` gets `[[path, kind], ...]`,
 * `onError(text)` the watch errors that did not stop it (notices go to
 * stderr). Returns the watcher's id (throws when it cannot watch).
 */
export function startWatcher(config, onBatch, onError) {
  return op_watch_start(JSON.stringify(config), (type, data) => {
    if (type === "batch") onBatch(data);
    else if (type === "error" && onError !== undefined) onError(data);
    else report(type, data);
  });
}

export const closeWatcher = (id) => op_watch_close(id);
export const refWatcher = (id, refed) => op_watch_ref(id, refed);

// ---------------------------------------------------------------------------
// Patterns

const GLOB_SEGMENT = /[*?[{]|[@+!]\(/;

/**
 * Splits a pattern (relative to `cwd`) into the directory it cannot match
 * outside of (`root`, absolute) and the glob below it (`rest`, or null for a
 * pattern without glob characters: a file or directory taken as is).
 */
export function splitPattern(pattern, cwd) {
  const segments = pattern.split("/");
  let i = 0;
  while (i < segments.length && !GLOB_SEGMENT.test(segments[i])) i++;
  if (i === segments.length) return { root: path.resolve(cwd, pattern), rest: null };
  let prefix = segments.slice(0, i).join("/");
  if (prefix === "" && pattern.startsWith("/")) prefix = "/";
  return { root: path.resolve(cwd, prefix), rest: segments.slice(i).join("/") };
}

const toSlashes = path.sep === "/" ? (p) => p : (p) => p.replaceAll(path.sep, "/");

/** Whether the absolute path `file` is matched by the split pattern. */
function matches({ root, rest }, file, below) {
  if (file === root) return rest === null;
  const rel = path.relative(root, file);
  if (rel === "" || rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return false;
  if (rest === null) return true;
  const relative = toSlashes(rel);
  return matchesGlob(relative, rest, false) || (below && matchesGlob(relative, `${rest}/**`, false));
}

/**
 * The nearest existing ancestor of `dir` (itself when it exists), so that a
 * directory made later is seen; never the file system's root (a root that
 * is missing up to there is left as it is, and not watched).
 */
function existing(dir) {
  const { exists } = op_load_builtin("internal:fs_core");
  let found = dir;
  while (!exists(found)) {
    const parent = path.dirname(found);
    if (parent === found || path.dirname(parent) === parent) return dir;
    found = parent;
  }
  return found;
}

/** The roots to watch: each root once, none below another. */
function rootsOf(includes) {
  const roots = [...new Set(includes.map((p) => existing(p.root)))].sort();
  return roots.filter((root, i) => !roots.some((other, j) => j !== i && root.startsWith(other.endsWith(path.sep) ? other : other + path.sep)));
}

// Merges what happened to a path across batches waiting to be read, as the
// native watcher does within one batch.
function merge(old, kind) {
  if (old === "create" && kind === "modify") return "create";
  if (old === "remove" && kind === "create") return "modify";
  return kind;
}

function cwdOf(value) {
  if (value === undefined || value === null) return process.cwd();
  if (typeof value === "object" && typeof value.href === "string") return decodeURIComponent(value.pathname);
  if (typeof value !== "string") throw errors().ERR_INVALID_ARG_TYPE("options.cwd", ["string", "URL"], value);
  return path.resolve(value);
}

function millisOf(value, name, fallback) {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== "number" || Number.isNaN(value) || value < 0) {
    throw errors().ERR_INVALID_ARG_VALUE(`options.${name}`, value, "must be a number of milliseconds");
  }
  return value;
}

// ---------------------------------------------------------------------------
// The handle

const kStart = Symbol("start");

/** What `watch()` returns: `close()`, `ref()`/`unref()`, and without a callback, `for await`. */
class WatchHandle {
  #id = null;
  #callback;
  // Iterated handles: changes not read yet (path → kind) and the reader waiting.
  #pending = new Map();
  #waiting = null;
  #signal;
  #onAbort;

  constructor(token, callback) {
    if (token !== kStart) throw new TypeError("Illegal constructor");
    this.#callback = callback;
  }

  [kStart](config, includes, excludes, signal) {
    this.#id = startWatcher(config, (entries) => this.#deliver(entries, includes, excludes));
    if (signal !== undefined && signal !== null) {
      this.#signal = signal;
      this.#onAbort = () => this.close();
      signal.addEventListener("abort", this.#onAbort, { once: true });
    }
  }

  #deliver(entries, includes, excludes) {
    if (this.#id === null) return;
    const changes = [];
    for (const [file, kind] of entries) {
      if (!includes.some((p) => matches(p, file, false))) continue;
      if (excludes.some((p) => matches(p, file, true))) continue;
      changes.push({ path: file, kind });
    }
    if (changes.length === 0) return;
    if (this.#callback !== undefined) {
      this.#callback(changes);
      return;
    }
    for (const { path: file, kind } of changes) {
      const old = this.#pending.get(file);
      this.#pending.set(file, old === undefined ? kind : merge(old, kind));
    }
    if (this.#waiting !== null) {
      const resolve = this.#waiting;
      this.#waiting = null;
      resolve(this.#take());
    }
  }

  #take() {
    const batch = [...this.#pending]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([file, kind]) => ({ path: file, kind }));
    this.#pending.clear();
    return { value: batch, done: false };
  }

  /** Whether `close()` was called. */
  get closed() {
    return this.#id === null;
  }

  /** Stops watching: no more batches, and the event loop is free to end. */
  close() {
    if (this.#id === null) return;
    const id = this.#id;
    this.#id = null;
    op_watch_close(id);
    if (this.#signal !== undefined) this.#signal.removeEventListener("abort", this.#onAbort);
    this.#pending.clear();
    if (this.#waiting !== null) {
      const resolve = this.#waiting;
      this.#waiting = null;
      resolve({ value: undefined, done: true });
    }
  }

  /** Keeps the event loop alive while watching (the default). */
  ref() {
    if (this.#id !== null) op_watch_ref(this.#id, true);
    return this;
  }

  /** Lets the event loop end while still watching. */
  unref() {
    if (this.#id !== null) op_watch_ref(this.#id, false);
    return this;
  }

  /** The batches, as they come; leaving the loop (`break`, `return`, a throw) closes the watcher. */
  [Symbol.asyncIterator]() {
    if (this.#callback !== undefined) {
      throw new TypeError("watch(): a handle made with a callback is not iterable (leave the callback out to use `for await`)");
    }
    return {
      __proto__: AsyncIteratorPrototype,
      next: () => {
        if (this.#id === null) return Promise.resolve({ value: undefined, done: true });
        if (this.#pending.size > 0) return Promise.resolve(this.#take());
        if (this.#waiting !== null) return Promise.reject(new Error("watch(): next() called while another next() is waiting"));
        return new Promise((resolve) => {
          this.#waiting = resolve;
        });
      },
      return: (value) => {
        this.close();
        return Promise.resolve({ value, done: true });
      },
    };
  }

  [Symbol.dispose]() {
    this.close();
  }

  [Symbol.asyncDispose]() {
    this.close();
    return Promise.resolve();
  }
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

/**
 * `watch("src/**\/*.css", { cwd, ignore, debounce, gitignore, poll, signal }, (changes) => ...)`:
 * calls back with each batch of `{ path, kind }` (absolute paths, sorted);
 * without a callback the handle is iterated with `for await`.
 */
export function watch(patterns, options, callback) {
  if (typeof options === "function" && callback === undefined) {
    callback = options;
    options = undefined;
  }
  const list = typeof patterns === "string" ? [patterns] : patterns;
  if (!Array.isArray(list) || !list.every((p) => typeof p === "string")) {
    throw errors().ERR_INVALID_ARG_TYPE("patterns", ["string", "Array"], patterns);
  }
  if (options === undefined || options === null) options = {};
  if (typeof options !== "object") throw errors().ERR_INVALID_ARG_TYPE("options", "Object", options);
  if (callback !== undefined && typeof callback !== "function") {
    throw errors().ERR_INVALID_ARG_TYPE("callback", "Function", callback);
  }
  const cwd = cwdOf(options.cwd);
  const includes = [];
  const excludes = [];
  for (const raw of list) {
    const negated = raw.startsWith("!");
    const pattern = (negated ? raw.slice(1) : raw).replace(/^(\.\/)+/, "");
    if (pattern === "") continue;
    (negated ? excludes : includes).push(splitPattern(pattern, cwd));
  }
  if (includes.length === 0) {
    throw errors().ERR_INVALID_ARG_VALUE("patterns", patterns, "has no pattern to watch (only exclusions)");
  }
  const ignore = options.ignore === undefined || options.ignore === null ? [] : typeof options.ignore === "string" ? [options.ignore] : options.ignore;
  if (!Array.isArray(ignore) || !ignore.every((p) => typeof p === "string")) {
    throw errors().ERR_INVALID_ARG_TYPE("options.ignore", ["string", "Array"], options.ignore);
  }
  const signal = options.signal;
  if (signal !== undefined && signal !== null && (typeof signal !== "object" || !("aborted" in signal))) {
    throw errors().ERR_INVALID_ARG_TYPE("options.signal", "AbortSignal", signal);
  }
  const config = {
    roots: rootsOf(includes),
    ignore,
    base: cwd,
    gitignore: options.gitignore !== false,
    debounce: millisOf(options.debounce, "debounce", 50),
    poll: millisOf(options.poll, "poll", null),
  };
  const handle = new WatchHandle(kStart, callback);
  if (signal?.aborted) return handle;
  handle[kStart](config, includes, excludes, signal);
  return handle;
}
