// node:fs's `watch` (an FSWatcher emitting 'change') and node:fs/promises's
// `watch` (an async iterator of `{ eventType, filename }`), over the native
// watcher (internal:watch). Loaded on the first call.
//
// The native watcher reports what happened to each path as create, modify,
// remove or rename; Node's event type is 'change' for a modify and 'rename'
// for the rest. Filenames are relative to the watched directory (the base
// name when a file is watched). Without `recursive`, only the directory's
// own entries are reported.
import { op_load_builtin } from "autorun:internal";
import { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, AbortError, genericNodeError } from "internal:errors";
import { toPath, stat } from "internal:fs_core";
import { startWatcher, closeWatcher, refWatcher } from "internal:watch";
import { EventEmitter } from "internal:event_emitter";
import * as path from "node:path";

const Buffer = () => op_load_builtin("node:buffer").Buffer;

function validateBoolean(value, name) {
  if (value !== undefined && typeof value !== "boolean") throw ERR_INVALID_ARG_TYPE(name, "boolean", value);
}

function validateSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== "object" || !("aborted" in signal))) {
    throw ERR_INVALID_ARG_TYPE(name, "AbortSignal", signal);
  }
}

function normalizeOptions(options) {
  if (options === undefined || options === null) return {};
  if (typeof options === "string") return { encoding: options };
  if (typeof options !== "object") throw ERR_INVALID_ARG_TYPE("options", ["string", "Object"], options);
  return options;
}

function validateEncoding(encoding) {
  if (encoding === undefined || encoding === null || encoding === "buffer") return;
  if (!Buffer().isEncoding(encoding)) {
    throw ERR_INVALID_ARG_VALUE("encoding", encoding, "is invalid encoding");
  }
}

/** A filename in the encoding asked for (a Buffer for 'buffer'). */
function encodeName(name, encoding) {
  if (encoding === undefined || encoding === null) return name;
  const lower = String(encoding).toLowerCase();
  if (lower === "utf8" || lower === "utf-8") return name;
  const bytes = Buffer().from(name, "utf8");
  return lower === "buffer" ? bytes : bytes.toString(encoding);
}

/** Node's error for a path that cannot be watched (libuv's, from the stat that failed). */
function watchError(statError, filename) {
  const code = typeof statError?.code === "string" ? statError.code : "ENOENT";
  const described = /^[A-Z0-9]+: (.*), stat '/.exec(String(statError?.message));
  const description = described === null ? "no such file or directory" : described[1];
  return genericNodeError(`${code}: ${description}, watch '${filename}'`, {
    errno: typeof statError?.errno === "number" ? statError.errno : -2,
    syscall: "watch",
    code,
    path: filename,
    filename,
  });
}

// What the native watcher's errors ("... (os error 13)") are called in Node.
const OS_ERRORS = {
  1: ["EPERM", "operation not permitted"],
  2: ["ENOENT", "no such file or directory"],
  13: ["EACCES", "permission denied"],
  20: ["ENOTDIR", "not a directory"],
  24: ["EMFILE", "too many open files"],
  28: ["ENOSPC", "no space left on device"],
};

/** The native watcher's start error as Node's (when it names an OS error). */
function startError(err, filename) {
  const number = /\(os error (\d+)\)/.exec(String(err?.message));
  const known = number === null ? undefined : OS_ERRORS[number[1]];
  if (known === undefined) return err;
  return watchError({ code: known[0], errno: -Number(number[1]), message: `${known[0]}: ${known[1]}, stat '` }, filename);
}

/**
 * Starts watching `filename`; `onEvent(eventType, name)` gets each event,
 * `onError(err)` the watch errors. Returns the native watcher's id.
 */
function start(filename, options, onEvent, onError) {
  const given = toPath(filename);
  const target = path.resolve(given);
  let isDir;
  try {
    isDir = stat(target, undefined, true).isDirectory();
  } catch (err) {
    throw watchError(err, given);
  }
  const recursive = options.recursive === true;
  const encoding = options.encoding;
  const config = {
    roots: [target],
    // Without `recursive`, only the directory's entries count: `[!/]*/*`
    // matches any path below them (relative to the directory; an absolute
    // path starts with `/`, so it never matches).
    ignore: isDir && !recursive ? ["[!/]*/*"] : [],
    base: isDir ? target : path.dirname(target),
    gitignore: false,
    debounce: 0,
    poll: null,
  };
  let id;
  try {
    id = startWatcher(
      config,
      (entries) => {
        for (const [file, kind] of entries) {
          let name;
          if (file === target) name = path.basename(target);
          else if (!isDir) continue;
          else {
            name = path.relative(target, file);
            if (name === "" || name.startsWith("..")) continue;
            if (!recursive && name.includes(path.sep)) continue;
          }
          onEvent(kind === "modify" ? "change" : "rename", encodeName(name, encoding));
        }
      },
      (text) => {
        const err = new Error(`watch ${given}: ${text}`);
        err.filename = given;
        onError(err);
      },
    );
  } catch (err) {
    throw startError(err, given);
  }
  if (options.persistent === false) refWatcher(id, false);
  return id;
}

const kId = Symbol("kId");

/** What `fs.watch()` returns: an EventEmitter of 'change', 'error' and 'close'. */
export class FSWatcher extends EventEmitter {
  constructor() {
    super();
    Object.defineProperty(this, kId, { value: null, writable: true, enumerable: false });
  }

  /** Stops watching; emits 'close' on the next tick. */
  close() {
    if (this[kId] === null) return;
    closeWatcher(this[kId]);
    this[kId] = null;
    process.nextTick(() => this.emit("close"));
  }

  ref() {
    if (this[kId] !== null) refWatcher(this[kId], true);
    return this;
  }

  unref() {
    if (this[kId] !== null) refWatcher(this[kId], false);
    return this;
  }
}

/** `fs.watch(filename[, options][, listener])`. */
export function watch(filename, options, listener) {
  if (typeof options === "function") {
    listener = options;
    options = undefined;
  }
  options = normalizeOptions(options);
  validateBoolean(options.persistent, "options.persistent");
  validateBoolean(options.recursive, "options.recursive");
  validateEncoding(options.encoding);
  validateSignal(options.signal, "options.signal");
  const watcher = new FSWatcher();
  watcher[kId] = start(
    filename,
    options,
    (eventType, name) => {
      if (watcher[kId] !== null) watcher.emit("change", eventType, name);
    },
    (err) => {
      if (watcher[kId] !== null) watcher.emit("error", err);
    },
  );
  if (listener !== undefined) watcher.addListener("change", listener);
  const signal = options.signal;
  if (signal !== undefined) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener("abort", onAbort, { once: true });
      watcher.once("close", () => signal.removeEventListener("abort", onAbort));
    }
  }
  return watcher;
}

/**
 * `fsPromises.watch(filename, options)`: the events as `{ eventType,
 * filename }`; ends when the loop is left, throws an AbortError when
 * `options.signal` aborts.
 */
export async function* watchPromise(filename, options = {}) {
  if (options === null || typeof options !== "object") throw ERR_INVALID_ARG_TYPE("options", "Object", options);
  validateBoolean(options.persistent, "options.persistent");
  validateBoolean(options.recursive, "options.recursive");
  validateEncoding(options.encoding);
  const signal = options.signal;
  validateSignal(signal, "options.signal");
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const queue = [];
  let wake = null;
  let failure = null;
  const notify = () => {
    if (wake !== null) {
      const resolve = wake;
      wake = null;
      resolve();
    }
  };
  const id = start(
    filename,
    options,
    (eventType, name) => {
      queue.push({ eventType, filename: name });
      notify();
    },
    (err) => {
      failure ??= err;
      notify();
    },
  );
  const onAbort = () => {
    closeWatcher(id);
    notify();
  };
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    for (;;) {
      if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
      if (queue.length > 0) {
        yield queue.shift();
        continue;
      }
      if (failure !== null) throw failure;
      await new Promise((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    closeWatcher(id);
    signal?.removeEventListener("abort", onAbort);
  }
}
