// node:child_process over the op_child_* natives.
//
// spawn() starts the child at once (op_child_start) and hears about it from
// the event loop through one listener: output chunks, its exit, and "close"
// once its pipes are drained (or "done" for both at once). ChildProcess turns
// those into Node's events and streams. The *Sync forms run the child to
// completion in op_child_spawn_sync.
// exec/execFile are spawn() plus output collection, as in Node.
// This module keeps ChildProcess and spawn(); the rest (exec/execFile, the
// *Sync forms, fork, the stdio streams) is in internal:child_process_more.
//
// Not available: IPC (fork() and stdio 'ipc' throw), pipes or fds beyond the
// child's fd 2, and uid/gid (checked, then ignored). A stdio entry naming
// another fd (stdio: ['pipe', 2, fd]) is emulated: the child gets a pipe and
// autorun copies what comes through to or from that fd. Output is read as it
// comes, whether or not JS consumes it (no backpressure into the child), and
// destroying child.stdout only stops listening: the pipe stays open.
import * as ops from "autorun:internal";
import { EventEmitter } from "node:events";
import { process } from "internal:process";
import {
  AbortError,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_OUT_OF_RANGE,
  makeNodeError,
  setStackHeader,
} from "internal:errors";

// Loaded on first use: a child whose output nobody reads never needs Buffer
// (start-up is parse time).
const buffer = () => ops.op_load_builtin("node:buffer").Buffer;
const toPath = (value, name) => ops.op_load_builtin("internal:fs_core").toPath(value, name);

// What a script that only spawns never runs (exec/execFile, the *Sync forms,
// fork, the stdio streams, fd emulation, the rarely made errors), parsed on
// first use: start-up is parse time. The internals it shares with this
// module are handed over as it loads (this module exports Node's names only).
let moreModule = null;
function more() {
  if (moreModule === null) {
    moreModule = ops.op_load_builtin("internal:child_process_more");
    moreModule.init({
      ERRNO,
      SIGNALS,
      kExited,
      kState,
      kWriting,
      errnoException,
      getValidStdio,
      maybeClose,
      normalizeSpawnArguments,
      sanitizeKillSignal,
      toBuffer,
      toPath,
      updateRef,
      validateNoNullBytes,
      validateObject,
      validateString,
      validateTimeout,
    });
  }
  return moreModule;
}

// errno values of the system errors made here (Linux; macOS where it differs).
const darwin = process.platform === "darwin";
const ERRNO = {
  EPERM: -1,
  ENOENT: -2,
  EAGAIN: darwin ? -35 : -11,
  EACCES: -13,
  ENFILE: -23,
  EMFILE: -24,
  EPIPE: -32,
  ENOBUFS: darwin ? -55 : -105,
  ETIMEDOUT: darwin ? -60 : -110,
};

/** Node's ErrnoException: `Error: <syscall> <code>` with errno, code, syscall. */
function errnoException(code, errno, syscall, extra) {
  const err = new Error(`${syscall} ${code}`);
  err.errno = errno ?? ERRNO[code];
  err.code = code;
  err.syscall = syscall;
  if (extra !== undefined) Object.assign(err, extra);
  // The stack starts where the error was made for, not in here.
  setStackHeader(err, undefined, "errnoException");
  return err;
}

// ---------------------------------------------------------------------------
// Validation (Node's validators, as child_process uses them)

function validateString(value, name) {
  if (typeof value !== "string") throw ERR_INVALID_ARG_TYPE(name, "string", value);
}

function validateBoolean(value, name) {
  if (typeof value !== "boolean") throw ERR_INVALID_ARG_TYPE(name, "boolean", value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw ERR_INVALID_ARG_TYPE(name, "Object", value);
  }
}

const hasNul = (value) => typeof value === "string" && value.includes("\u0000");

function validateNoNullBytes(value, name) {
  if (hasNul(value)) {
    throw ERR_INVALID_ARG_VALUE(name, value, "must be a string without null bytes");
  }
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw ERR_OUT_OF_RANGE("timeout", "an unsigned integer", timeout);
  }
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== "object" || !("aborted" in signal))) {
    throw ERR_INVALID_ARG_TYPE(name, "AbortSignal", signal);
  }
}

function isInt32(value) {
  return value === (value | 0);
}

// ---------------------------------------------------------------------------
// Signals: Node's os.constants.signals for Linux; the numbers come from the
// native table where it knows the name, so they are right on macOS too.

const SIGNALS = Object.create(null);
for (const [name, linux] of Object.entries({
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
  SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
  SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
  SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
})) {
  SIGNALS[name] = ops.op_signal_number(name) ?? linux;
}
const SIGNAL_NUMBERS = new Set(Object.values(SIGNALS));

/** A signal name or number as its number; ERR_UNKNOWN_SIGNAL otherwise. */
function convertToValidSignal(signal) {
  if (typeof signal === "number" && SIGNAL_NUMBERS.has(signal)) return signal;
  if (typeof signal === "string") {
    const number = SIGNALS[signal.toUpperCase()];
    if (number !== undefined) return number;
  }
  throw more().ERR_UNKNOWN_SIGNAL(signal);
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === "string" || typeof killSignal === "number") return convertToValidSignal(killSignal);
  if (killSignal != null) throw ERR_INVALID_ARG_TYPE("options.killSignal", ["string", "number"], killSignal);
  return undefined;
}

// ---------------------------------------------------------------------------
// Arguments

/**
 * spawn()'s (file, args, options) checked and resolved as Node does:
 * `args` gets argv[0] in front, `shell` turns the command into
 * `/bin/sh -c "<file> <args...>"`, and `envPairs` lists `KEY=value` strings
 * (left undefined without `options.env`: the child inherits autorun's
 * environment, which process.env reflects).
 */
function normalizeSpawnArguments(file, args, options) {
  validateString(file, "file");
  validateNoNullBytes(file, "file");
  if (file.length === 0) throw ERR_INVALID_ARG_VALUE("file", file, "cannot be empty");

  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== "object") {
    throw ERR_INVALID_ARG_TYPE("args", "object", args);
  } else {
    options = args;
    args = [];
  }
  for (let i = 0; i < args.length; i++) validateNoNullBytes(args[i], `args[${i}]`);

  if (options === undefined) {
    // No options (the common case): nothing to look at.
    args.unshift(file);
    return { args, cwd: undefined, detached: false, envPairs: undefined, file, windowsHide: false, windowsVerbatimArguments: false };
  }
  validateObject(options, "options");
  options = { ...options };

  let cwd = options.cwd;
  if (cwd != null) cwd = toPath(cwd, "options.cwd");
  if (options.detached != null) validateBoolean(options.detached, "options.detached");
  if (options.uid != null && !isInt32(options.uid)) throw ERR_INVALID_ARG_TYPE("options.uid", "int32", options.uid);
  if (options.gid != null && !isInt32(options.gid)) throw ERR_INVALID_ARG_TYPE("options.gid", "int32", options.gid);
  if (options.shell != null && typeof options.shell !== "boolean" && typeof options.shell !== "string") {
    throw ERR_INVALID_ARG_TYPE("options.shell", ["boolean", "string"], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, "options.argv0");
    validateNoNullBytes(options.argv0, "options.argv0");
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, "options.windowsHide");
  if (options.windowsVerbatimArguments != null) {
    validateBoolean(options.windowsVerbatimArguments, "options.windowsVerbatimArguments");
  }

  if (options.shell) {
    validateNoNullBytes(options.shell, "options.shell");
    const command = [file, ...args].join(" ");
    file = typeof options.shell === "string" ? options.shell : "/bin/sh";
    args = ["-c", command];
  }
  args.unshift(typeof options.argv0 === "string" ? options.argv0 : file);

  let envPairs;
  if (options.env) {
    envPairs = [];
    const env = options.env;
    // Inherited (prototype) keys count, as in Node.
    for (const key in env) {
      const value = env[key];
      if (value === undefined) continue;
      validateNoNullBytes(key, `options.env['${key}']`);
      validateNoNullBytes(value, `options.env['${key}']`);
      envPairs.push(`${key}=${value}`);
    }
  }

  return {
    ...options,
    args,
    cwd,
    detached: !!options.detached,
    envPairs,
    file,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  };
}

/**
 * The stdio option as three entries (more are allowed only when ignored):
 * `{ type: 'pipe' | 'ignore' | 'inherit' }`, `{ type: 'fd', fd }` for an fd
 * other than the entry's own (copied through a pipe), and for the sync forms
 * `{ type: 'pipe', input }` for a Buffer or string given in place.
 */
function getValidStdio(stdio, sync) {
  if (stdio === "pipe" && !sync) return PIPES;
  if (typeof stdio === "string") {
    switch (stdio) {
      case "ignore":
      case "pipe":
      case "overlapped":
        stdio = [stdio, stdio, stdio];
        break;
      case "inherit":
        stdio = [0, 1, 2];
        break;
      default:
        throw ERR_INVALID_ARG_VALUE("stdio", stdio);
    }
  } else if (!Array.isArray(stdio)) {
    throw ERR_INVALID_ARG_VALUE("stdio", stdio);
  }

  const result = [];
  const count = Math.max(stdio.length, 3);
  for (let i = 0; i < count; i++) {
    let entry = stdio[i];
    if (entry == null) entry = i < 3 ? "pipe" : "ignore";
    let fd;
    if (entry === "ignore") {
      result.push({ type: "ignore" });
      continue;
    } else if (entry === "pipe" || entry === "overlapped" || (typeof entry === "number" && entry < 0)) {
      if (i < 3) {
        result.push({ type: "pipe" });
        continue;
      }
      throw more().unavailable(`stdio[${i}] 'pipe' is not supported by autorun: only a child's fds 0, 1 and 2 can be pipes`);
    } else if (entry === "ipc") {
      // Checked as Node checks it; ChildProcess.spawn() then refuses it.
      if (sync) throw makeNodeError(Error, "ERR_IPC_SYNC_FORK", "IPC cannot be used with synchronous forks");
      if (result.ipc !== undefined) throw makeNodeError(Error, "ERR_IPC_ONE_PIPE", "Child process can have only one IPC pipe");
      result.ipc = i;
      result.push({ type: "ignore" });
      continue;
    } else if (entry === "inherit") {
      fd = i;
    } else if (typeof entry === "number") {
      fd = entry;
    } else if (typeof entry === "object" && typeof entry.fd === "number") {
      fd = entry.fd;
    } else if (ArrayBuffer.isView(entry) || typeof entry === "string") {
      if (!sync) throw more().ERR_INVALID_SYNC_FORK_INPUT(entry);
      result.push({ type: "pipe", input: entry });
      continue;
    } else {
      throw ERR_INVALID_ARG_VALUE("stdio", entry);
    }
    if (fd === i) {
      result.push({ type: "inherit" });
    } else if (i < 3) {
      result.push({ type: "fd", fd });
    } else {
      throw more().unavailable(`stdio[${i}] = ${fd} is not supported by autorun: a child gets only fds 0, 1 and 2 from it`);
    }
  }
  return result;
}

/** `stdio: 'pipe'` (the default) for spawn, made once: it is only read. */
const PIPES = Object.freeze([{ type: "pipe" }, { type: "pipe" }, { type: "pipe" }].map(Object.freeze));
const PIPE_TYPES = Object.freeze(["pipe", "pipe", "pipe"]);
const NO_FORWARD = Object.freeze([null, null, null]);

function toBuffer(u8) {
  return buffer().from(u8.buffer, u8.byteOffset, u8.byteLength);
}

// ---------------------------------------------------------------------------
// ChildProcess

const kState = Symbol("kState");
// On the child's stdin stream: a write is in flight; the child exited during it.
const kWriting = Symbol("kWriting");
const kExited = Symbol("kExited");

/**
 * A child process, as Node's: an EventEmitter made by a plain constructor
 * (methods on its prototype are enumerable, as Node's are). Its state is
 * one non-enumerable object with every field from the start.
 */
export function ChildProcess() {
  EventEmitter.call(this);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  // The running child (`{ pid }`); null before spawn() and once it has exited.
  this._handle = null;
  STATE.value = {
    refed: true,
    started: false,
    // The listener's id while the child runs.
    id: undefined,
    // "pipe" | "ignore" | "inherit" per stdio entry, once started.
    stdioTypes: undefined,
    // The stdio streams, once made; chunks that came before, by fd.
    streams: null,
    pending: null,
    // Per output fd: the fd its chunks are copied to, or null.
    forward: NO_FORWARD,
    exited: false,
    closed: false,
    pipesDone: false,
    unmadeClosed: false,
  };
  Object.defineProperty(this, kState, STATE);
  STATE.value = undefined;
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

// The descriptor of a new child's state (reused: defineProperty only reads it).
const STATE = { value: undefined, enumerable: false, writable: false, configurable: false };

/** Starts the child from normalized options (`file`, `args`, `envPairs`, `stdio`, ...). */
ChildProcess.prototype.spawn = function spawn(options) {
  validateObject(options, "options");
  const state = this[kState];
  if (state.started) throw new Error("ChildProcess.spawn() was called twice");
  const stdio = getValidStdio(options.stdio || "pipe", false);
  options.stdio = stdio;
  if (options.serialization !== undefined && options.serialization !== "json" && options.serialization !== "advanced") {
    throw ERR_INVALID_ARG_VALUE("options.serialization", options.serialization, "must be one of: undefined, 'json', 'advanced'");
  }
  if (stdio.ipc !== undefined) {
    if (options.envPairs !== undefined && !Array.isArray(options.envPairs)) {
      throw ERR_INVALID_ARG_TYPE("options.envPairs", "Array", options.envPairs);
    }
    throw more().unavailable("stdio 'ipc' is not supported by autorun: it has no IPC channel to child processes");
  }
  validateString(options.file, "options.file");
  let args = options.args;
  if (args === undefined) {
    args = [];
  } else if (!Array.isArray(args)) {
    throw ERR_INVALID_ARG_TYPE("options.args", "Array", args);
  }
  return start(this, state, options.file, args, options.cwd, options.envPairs, stdio, options.detached);
};

/**
 * Starts `child` (spawnfile, spawnargs, pid, its state): `argv` is the
 * child's whole argv (`[]` for just the file), `stdio` checked entries.
 * Returns 0, or the errno of a start that failed with an 'error' event.
 */
function start(child, state, file, argv, cwd, envPairs, stdio, detached) {
  child.spawnfile = file;
  child.spawnargs = argv;
  state.started = true;
  const pipes = stdio === PIPES;
  const started = ops.op_child_start(
    file,
    argv.length === 0 ? [file] : argv,
    cwd,
    Array.isArray(envPairs) ? envPairs : null,
    pipes ? PIPE_TYPES : [0, 1, 2].map((i) => (stdio[i].type === "fd" ? "pipe" : stdio[i].type)),
    !!detached,
    (kind, a, b) => onNative(child, kind, a, b),
  );

  let failed = null;
  if (started.error !== undefined) {
    failed = started;
    // Node reports a child that could not start as an 'error' event for
    // these, and throws for anything else (e.g. ENOTDIR for the cwd).
    if (!["EACCES", "EAGAIN", "EMFILE", "ENFILE", "ENOENT"].includes(started.error)) {
      throw errnoException(started.error, started.errno, "spawn");
    }
  } else {
    child._handle = { pid: started.pid };
    child.pid = started.pid;
    state.id = started.id;
  }

  // The streams Node makes for piped entries are made when first asked
  // for (`stdioStreams`): a child whose output nobody reads needs no
  // stream. With a failed start they exist too, and end at once.
  if (pipes) {
    state.stdioTypes = PIPE_TYPES;
    child._closesNeeded = 3;
  } else {
    state.stdioTypes = stdio.map((entry) => entry.type);
    for (let i = 0; i < stdio.length; i++) {
      const entry = stdio[i];
      if (entry.type === "pipe" && i > 0) child._closesNeeded++;
      else if (entry.type === "fd" && i === 0 && failed === null) more().copyFdToStdin(child, entry.fd);
    }
    state.forward = stdio.map((entry) => (entry.type === "fd" ? entry.fd : null));
  }

  // unref() before spawn() applies now.
  if (!state.refed) updateRef(child);

  if (failed !== null) {
    process.nextTick(() => onExit(child, failed.errno ?? ERRNO[failed.error] ?? -1, null, failed.error));
  } else {
    process.nextTick(emitSpawn, child);
  }
  return failed === null ? 0 : failed.errno;
}

/** One event from op_child_start's listener. */
function onNative(child, kind, a, b) {
  const state = child[kState];
  switch (kind) {
    case "stdout":
    case "stderr": {
      const fd = kind === "stdout" ? 1 : 2;
      const forward = state.forward[fd];
      if (forward != null) {
        more().writeToFd(forward, a);
        break;
      }
      const streams = state.streams;
      if (streams === null) {
        if (state.pending === null) state.pending = [null, [], []];
        state.pending[fd].push(a);
        break;
      }
      const stream = streams[fd];
      if (stream && !stream.destroyed && !stream._readableState.ended) stream.push(toBuffer(a));
      break;
    }
    case "exit":
      onExit(child, a, b);
      break;
    case "spawn-error":
      // Found and started, but its exec failed (last event): as a child
      // that could not start.
      onExit(child, b, null, a);
      break;
    case "done":
      // "exit" and "close" at once: the pipes closed as the child ended.
      onExit(child, a, b);
      if (state.streams === null) {
        // flushStdio, queued by onExit, ends the unmade pipes.
        state.closed = true;
        state.pipesDone = true;
      } else {
        onNative(child, "close");
      }
      break;
    case "close": {
      // Both pipes are drained: their streams end. The listener is gone now.
      state.closed = true;
      if (state.streams === null) {
        state.pipesDone = true;
        if (state.exited) process.nextTick(closeUnmadePipes, child);
        break;
      }
      for (const stream of [state.streams[1], state.streams[2]]) {
        if (stream && !stream.destroyed && !stream._readableState.ended) stream.push(null);
      }
      break;
    }
    default:
      // "stdin-error": the failed op_child_write already reports it.
      break;
  }
}

/** Node's onexit: `code` is negative (an errno) when the child never started. */
function onExit(child, code, signal, errorCode) {
  if (signal) child.signalCode = signal;
  else child.exitCode = code;
  const state = child[kState];
  state.exited = true;
  const stdin = state.streams === null ? null : state.streams[0];
  if (stdin) {
    // A write in flight when the child ended settles first: as in Node,
    // where the broken pipe is seen before the exit, it fails with EPIPE.
    // 'close' waits for it.
    if (stdin[kWriting] && !stdin.destroyed) {
      stdin[kExited] = true;
      child._closesNeeded++;
      stdin.once("close", () => maybeClose(child));
    } else {
      stdin.destroy();
    }
  }
  child._handle = null;
  if (errorCode !== undefined) {
    const syscall = child.spawnfile ? `spawn ${child.spawnfile}` : "spawn";
    const extra = {};
    if (child.spawnfile) extra.path = child.spawnfile;
    extra.spawnargs = child.spawnargs.slice(1);
    child.emit("error", errnoException(errorCode, code, syscall, extra));
    // No child, no output: the pipes end now.
    onNative(child, "close");
  } else {
    child.emit("exit", child.exitCode, child.signalCode);
  }
  // Streams nobody reads are drained, so they end and 'close' can come.
  process.nextTick(flushStdio, child);
  maybeClose(child);
}

/**
 * Sends `sig` (default SIGTERM) to the child. True when it was delivered;
 * false once the child has exited.
 */
ChildProcess.prototype.kill = function kill(sig) {
  const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? "SIGTERM" : sig);
  if (this._handle) {
    if (ops.op_child_kill(this._handle.pid, signal, false)) {
      this.killed = true;
      return true;
    }
  }
  return false;
};

/** Whether the child keeps autorun running (as long as it runs). */
ChildProcess.prototype.ref = function ref() {
  this[kState].refed = true;
  updateRef(this);
};

ChildProcess.prototype.unref = function unref() {
  this[kState].refed = false;
  updateRef(this);
};

// The child keeps the loop alive while it is referenced, or while one of
// its output pipes is open and referenced: in Node those are handles too.
function updateRef(child) {
  const state = child[kState];
  if (state.id === undefined || state.closed) return;
  let refed = state.refed;
  if (state.streams === null) {
    // Pipes nobody has asked for yet keep the loop alive, as unread streams do.
    if (state.stdioTypes?.some((type, i) => i > 0 && type === "pipe")) refed = true;
  } else {
    for (const stream of [state.streams[1], state.streams[2]]) {
      if (stream && !stream.destroyed && stream._refed !== false) refed = true;
    }
  }
  ops.op_child_ref(state.id, refed);
}

if (typeof Symbol.dispose === "symbol") {
  ChildProcess.prototype[Symbol.dispose] = function () {
    if (!this.killed) this.kill();
  };
}

function emitSpawn(child) {
  child.emit("spawn");
}

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    child.emit("close", child.exitCode, child.signalCode);
  }
}

function flushStdio(child) {
  const stdio = child[kState].streams;
  if (stdio === null) {
    if (child[kState].pipesDone) closeUnmadePipes(child);
    return;
  }
  for (const stream of stdio) {
    if (!stream || !stream.readable || stream._readableState?.readableListening) continue;
    stream.resume();
  }
}

/** Output pipes never made into streams, ended: each counts toward 'close' once. */
function closeUnmadePipes(child) {
  const state = child[kState];
  if (state.streams !== null || state.unmadeClosed) return;
  state.unmadeClosed = true;
  state.stdioTypes.forEach((type, i) => {
    if (i > 0 && type === "pipe") maybeClose(child);
  });
}

// child.stdin/stdout/stderr/stdio: the streams are made on first use (see
// stdioStreams in internal:child_process_more), then become the child's own
// data properties, as Node's are.
for (const [key, pick] of [
  ["stdin", (made) => made[0]],
  ["stdout", (made) => made[1]],
  ["stderr", (made) => made[2]],
  ["stdio", (made) => made],
]) {
  Object.defineProperty(ChildProcess.prototype, key, {
    get() {
      if (this[kState]?.stdioTypes === undefined) return undefined;
      return pick(more().stdioStreams(this));
    },
    set(value) {
      if (this[kState]?.stdioTypes !== undefined) more().stdioStreams(this);
      Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
    },
    configurable: true,
  });
}

// ---------------------------------------------------------------------------
// spawn

export function spawn(file, args, options) {
  if (options === undefined && (args === undefined || Array.isArray(args)) && typeof file === "string" && file.length > 0) {
    // spawn(file) and spawn(file, args): nothing to normalize but the argv.
    const argv = args === undefined ? [file] : [file, ...args];
    if (!argv.some(hasNul)) {
      const child = new ChildProcess();
      start(child, child[kState], file, argv, undefined, undefined, PIPES, false);
      return child;
    }
  }
  options = normalizeSpawnArguments(file, args, options);
  let killSignal;
  if (options.timeout !== undefined || options.signal !== undefined || options.killSignal !== undefined) {
    validateTimeout(options.timeout);
    validateAbortSignal(options.signal, "options.signal");
    killSignal = sanitizeKillSignal(options.killSignal);
  }
  const child = new ChildProcess();
  child.spawn(options);

  if (options.timeout > 0) {
    let timer = setTimeout(() => {
      if (timer) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit("error", err);
        }
        timer = null;
      }
    }, options.timeout);
    child.once("exit", () => {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
    });
  }

  if (options.signal) {
    const signal = options.signal;
    const onAbort = () => abortChildProcess(child, killSignal, signal.reason);
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener("abort", onAbort, { once: true });
      child.once("exit", () => signal.removeEventListener("abort", onAbort));
    }
  }
  return child;
}

function abortChildProcess(child, killSignal, reason) {
  try {
    if (child.kill(killSignal)) child.emit("error", new AbortError(undefined, { cause: reason }));
  } catch (err) {
    child.emit("error", err);
  }
}

// ---------------------------------------------------------------------------
// exec, execFile, the *Sync forms and fork: in internal:child_process_more

export function exec(command, options, callback) {
  return more().exec(command, options, callback);
}

export function execFile(file, args, options, callback) {
  return more().execFile(file, args, options, callback);
}

// util.promisify(exec / execFile): resolves { stdout, stderr }; the error
// carries them too; the promise has the ChildProcess as `.child`.
function promisifiedExec(original) {
  return function (...args) {
    return more().promisified(original, args);
  };
}

const kPromisifyCustom = Symbol.for("nodejs.util.promisify.custom");
Object.defineProperty(exec, kPromisifyCustom, { enumerable: false, value: promisifiedExec(exec) });
Object.defineProperty(execFile, kPromisifyCustom, { enumerable: false, value: promisifiedExec(execFile) });

export function spawnSync(file, args, options) {
  return more().spawnSync(file, args, options);
}

export function execFileSync(file, args, options) {
  return more().execFileSync(file, args, options);
}

export function execSync(command, options) {
  return more().execSync(command, options);
}

export function fork(modulePath, args, options) {
  return more().fork(modulePath, args, options);
}

export default {
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
