// node:child_process over the op_child_* natives.
//
// spawn() starts the child at once (op_child_start) and hears about it from
// the event loop through one listener: output chunks, its exit, and "close"
// once its pipes are drained (or "done" for both at once). ChildProcess turns
// those into Node's events and streams. The *Sync forms run the child to
// completion in op_child_spawn_sync.
// exec/execFile are spawn() plus output collection, as in Node.
// This module keeps ChildProcess and spawn()'s path for a file and its
// arguments with pipes, and a child's usual life (its exit and close); the
// rest (start() with options and its checks, stdio other than pipes, a
// failed start, signal names, the errors, exec/execFile, the *Sync forms,
// fork, the stdio streams and their output) is in
// internal:child_process_more.
//
// Not available: IPC (fork() and stdio 'ipc' throw), pipes or fds beyond the
// child's fd 2, and uid/gid (checked, then ignored). A stdio entry naming
// another fd (stdio: ['pipe', 2, fd]) is emulated: the child gets a pipe and
// autorun copies what comes through to or from that fd. Output is read as it
// comes, whether or not JS consumes it (no backpressure into the child), and
// destroying child.stdout only stops listening: the pipe stays open.
import * as ops from "autorun:internal";
import { EventEmitter, init, kCapture, kShapeMode, ownEmit } from "internal:event_emitter";

// What a script that only spawns never runs, parsed on first use (start-up
// is parse time): spawn()'s option checks, stdio other than pipes, the
// signal table, the errors, exec/execFile, the *Sync forms, fork, the stdio
// streams and fd emulation. The internals it shares with this module are
// handed over as it loads (this module exports Node's names only).
let moreModule = null;
function more() {
  if (moreModule === null) {
    moreModule = ops.op_load_builtin("internal:child_process_more");
    moreModule.init({
      ChildProcess,
      PIPES,
      PIPE_TYPES,
      emitSpawn,
      kExited,
      kState,
      kWriting,
      maybeClose,
      onExit,
      onNative,
      updateRef,
    });
  }
  return moreModule;
}

const hasNul = (value) => typeof value === "string" && value.includes("\u0000");

/** `stdio: 'pipe'` (the default) for spawn, made once: it is only read. */
const PIPES = Object.freeze([{ type: "pipe" }, { type: "pipe" }, { type: "pipe" }].map(Object.freeze));
const PIPE_TYPES = Object.freeze(["pipe", "pipe", "pipe"]);
const NO_FORWARD = Object.freeze([null, null, null]);

// ---------------------------------------------------------------------------
// ChildProcess

const kState = Symbol("kState");
// On the child's stdin stream: a write is in flight; the child exited during it.
const kWriting = Symbol("kWriting");
const kExited = Symbol("kExited");

/**
 * A child process, as Node's: an EventEmitter made by a plain constructor
 * (methods on its prototype are enumerable, as Node's are). spawn() makes
 * its children whole in one literal instead (spawnPiped).
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
  giveState(this, undefined, undefined);
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

// The descriptor of a new child's state (reused: defineProperty only reads it).
const STATE = { value: undefined, enumerable: false, writable: false, configurable: false };

/**
 * Gives `child` its state: one non-enumerable object with every field from
 * the start. `id` (the listener's) and `stdioTypes` are given for a child
 * that is already running.
 */
function giveState(child, id, stdioTypes) {
  STATE.value = {
    refed: true,
    started: id !== undefined,
    // The listener's id while the child runs.
    id,
    // "pipe" | "ignore" | "inherit" per stdio entry, once started.
    stdioTypes,
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
  Object.defineProperty(child, kState, STATE);
  STATE.value = undefined;
}

/** Starts the child from normalized options (`file`, `args`, `envPairs`, `stdio`, ...). */
ChildProcess.prototype.spawn = function spawn(options) {
  return more().spawnMethod(this, options);
};

/** One event from op_child_start's listener. */
function onNative(child, kind, a, b) {
  const state = child[kState];
  switch (kind) {
    case "stdout":
    case "stderr":
      if (state.streams === null && state.forward === NO_FORWARD) {
        // Kept for the streams, should they be asked for.
        if (state.pending === null) state.pending = [null, [], []];
        state.pending[kind === "stdout" ? 1 : 2].push(a);
      } else {
        more().onOutput(child, state, kind, a);
      }
      break;
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
    case "close":
      // Both pipes are drained: their streams end. The listener is gone now.
      state.closed = true;
      if (state.streams !== null) {
        more().onOutput(child, state, kind);
      } else {
        state.pipesDone = true;
        if (state.exited) endUnmadePipes(child);
      }
      break;
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
  if (state.streams !== null || errorCode !== undefined) {
    // Its stdin stream ends; a child that never started is an 'error'.
    more().exited(child, state, code, errorCode);
  } else {
    child._handle = null;
    if (child._events?.exit !== undefined || child.emit !== ownEmit) child.emit("exit", child.exitCode, child.signalCode);
  }
  // Streams nobody reads are drained, so they end and 'close' can come.
  ops.op_next_tick(flushStdio, child);
  maybeClose(child);
}

const SIGTERM = ops.op_signal_number("SIGTERM");

/**
 * Sends `sig` (default SIGTERM) to the child. True when it was delivered;
 * false once the child has exited.
 */
ChildProcess.prototype.kill = function kill(sig) {
  let signal;
  if (sig === 0) signal = 0;
  else if (sig === undefined) signal = SIGTERM;
  // A name the native table knows (SIGKILL, SIGINT, ...) needs no more.
  else signal = (typeof sig === "string" && sig.startsWith("SIG") && ops.op_signal_number(sig)) || more().convertToValidSignal(sig);
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
  // Pipes nobody has asked for yet keep the loop alive, as unread streams do.
  if (state.streams === null && state.stdioTypes === PIPE_TYPES) ops.op_child_ref(state.id, true);
  else more().updateRef(child, state);
}

if (typeof Symbol.dispose === "symbol") {
  ChildProcess.prototype[Symbol.dispose] = function () {
    if (!this.killed) this.kill();
  };
}

// Events nobody can hear are not emitted: no listener, and emit is
// EventEmitter's own (a replaced emit, even one replaced before this module
// loaded, hears everything). Most children have no 'spawn' or 'exit'
// listener, and an emit costs Boa more than the check.

function emitSpawn(child) {
  if (child._events?.spawn !== undefined || child.emit !== ownEmit) child.emit("spawn");
}

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    child.emit("close", child.exitCode, child.signalCode);
  }
}

function flushStdio(child) {
  const state = child[kState];
  if (state.streams !== null) more().resumeStreams(state.streams);
  else if (state.pipesDone) endUnmadePipes(child);
}

/**
 * Output pipes never made into streams, ended: what they held is dropped
 * now (as Node's flowing streams drop what nobody reads: a stream asked for
 * later is born ended), and each counts toward 'close' in the close phase,
 * where Node's child closes their handles (after the turn's immediates).
 */
function endUnmadePipes(child) {
  const state = child[kState];
  if (state.streams !== null || state.unmadeClosed) return;
  state.unmadeClosed = true;
  ops.op_close_callback(countUnmadePipes, child);
}

function countUnmadePipes(child) {
  const types = child[kState].stdioTypes;
  if (types[1] === "pipe") maybeClose(child);
  if (types[2] === "pipe") maybeClose(child);
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
    if (!argv.some(hasNul)) return spawnPiped(file, argv);
  }
  return more().spawnWithOptions(file, args, options);
}

/**
 * spawn() with pipes, no options: the child starts first, then its object
 * is made whole in one literal, with the keys in the order of Node's (Boa
 * adds a literal's properties at half the cost of assignments).
 */
function spawnPiped(file, argv) {
  let child;
  const started =
    EventEmitter.init === init
      ? ops.op_child_start(file, argv, undefined, null, PIPE_TYPES, false, (kind, a, b) => onNative(child, kind, a, b))
      : null;
  if (started === null || started.error !== undefined) {
    // A failed start (its 'error' event), or an EventEmitter.init replaced.
    child = new ChildProcess();
    more().start(child, child[kState], file, argv, undefined, undefined, PIPES, false, started);
    return child;
  }
  child = {
    __proto__: ChildProcess.prototype,
    _events: { __proto__: null },
    _eventsCount: 0,
    _maxListeners: undefined,
    [kShapeMode]: false,
    [kCapture]: EventEmitter.prototype[kCapture],
    _closesNeeded: 3,
    _closesGot: 0,
    connected: false,
    signalCode: null,
    exitCode: null,
    killed: false,
    spawnfile: file,
    _handle: { pid: started.pid },
    spawnargs: argv,
    pid: started.pid,
  };
  giveState(child, started.id, PIPE_TYPES);
  ops.op_next_tick(emitSpawn, child);
  return child;
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
