// The less common half of node:child_process, parsed on first use: spawn()
// with options (their checks, stdio other than pipes, the signal table,
// Node's errors), ChildProcess.prototype.spawn, exec and execFile (with their
// util.promisify forms), the *Sync forms, fork, the child's stdio streams
// (made when a script first touches child.stdin, .stdout, .stderr or .stdio)
// and the copying that emulates a stdio entry naming another fd.
// node:child_process keeps ChildProcess and spawn()'s path for pipes, and
// calls in here for the rest of a child's life (start failures, stdio other
// than pipes, output once streams exist, their ends).
import * as ops from "autorun:internal";
import { spawn } from "node:child_process";
import { process } from "internal:process";
import {
  AbortError,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_OUT_OF_RANGE,
  genericNodeError,
  makeNodeError,
  setStackHeader,
} from "internal:errors";

// Loaded on first use: execSync users never need streams.
const streams = () => ops.op_load_builtin("node:stream");
const fs = () => ops.op_load_builtin("node:fs");
const buffer = () => ops.op_load_builtin("node:buffer").Buffer;
const toPath = (value, name) => ops.op_load_builtin("internal:fs_core").toPath(value, name);

// node:child_process's internals used here (`core.x`). It exports only
// Node's names, so it hands them over through init() as it loads this module.
let core;

export function init(internals) {
  core = internals;
}

const MAX_BUFFER = 1024 * 1024;

// ---------------------------------------------------------------------------
// Errors Node has that internal:errors does not

export function ERR_UNKNOWN_SIGNAL(signal) {
  const shown = ops.op_load_builtin("node:util").format("%s", signal);
  return makeNodeError(TypeError, "ERR_UNKNOWN_SIGNAL", `Unknown signal: ${shown}`);
}

function ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name) {
  return makeNodeError(RangeError, "ERR_CHILD_PROCESS_STDIO_MAXBUFFER", `${name} maxBuffer length exceeded`);
}

export function ERR_INVALID_SYNC_FORK_INPUT(value) {
  return makeNodeError(
    TypeError,
    "ERR_INVALID_SYNC_FORK_INPUT",
    `Asynchronous forks do not support Buffer, TypedArray, DataView or string input: ${ops.op_load_builtin("node:util").inspect(value)}`,
  );
}

/** What autorun cannot do (no IPC channel, no extra fds), said plainly. */
export function unavailable(message) {
  return makeNodeError(TypeError, "ERR_FEATURE_UNAVAILABLE_ON_PLATFORM", message);
}

/** util.getSystemErrorName for the errnos a child can end with here. */
function systemErrorName(errno) {
  for (const [name, value] of Object.entries(ERRNO)) if (value === errno) return name;
  return `Unknown system error ${errno}`;
}

// ---------------------------------------------------------------------------
// Validation (the rest of Node's validators are node:child_process's)

function validateFunction(value, name) {
  if (typeof value !== "function") throw ERR_INVALID_ARG_TYPE(name, "Function", value);
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === "number" && maxBuffer >= 0)) {
    throw ERR_OUT_OF_RANGE("options.maxBuffer", "a positive number", maxBuffer);
  }
}


// ---------------------------------------------------------------------------
// spawn() with options, ChildProcess.prototype.spawn, and what they check

// errno values of the system errors made here (Linux; macOS where it differs).
const darwin = process.platform === "darwin";
export const ERRNO = {
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
export function errnoException(code, errno, syscall, extra) {
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

function validateNoNullBytes(value, name) {
  if (typeof value === "string" && value.includes("\u0000")) {
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
export function convertToValidSignal(signal) {
  if (typeof signal === "number" && SIGNAL_NUMBERS.has(signal)) return signal;
  if (typeof signal === "string") {
    const number = SIGNALS[signal.toUpperCase()];
    if (number !== undefined) return number;
  }
  throw ERR_UNKNOWN_SIGNAL(signal);
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
  if (stdio === "pipe" && !sync) return core.PIPES;
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
      throw unavailable(`stdio[${i}] 'pipe' is not supported by autorun: only a child's fds 0, 1 and 2 can be pipes`);
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
      if (!sync) throw ERR_INVALID_SYNC_FORK_INPUT(entry);
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
      throw unavailable(`stdio[${i}] = ${fd} is not supported by autorun: a child gets only fds 0, 1 and 2 from it`);
    }
  }
  return result;
}

/** ChildProcess.prototype.spawn: starts `child` from normalized options. */
export function spawnMethod(child, options) {
  validateObject(options, "options");
  const state = child[core.kState];
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
    throw unavailable("stdio 'ipc' is not supported by autorun: it has no IPC channel to child processes");
  }
  validateString(options.file, "options.file");
  let args = options.args;
  if (args === undefined) {
    args = [];
  } else if (!Array.isArray(args)) {
    throw ERR_INVALID_ARG_TYPE("options.args", "Array", args);
  }
  return start(child, state, options.file, args, options.cwd, options.envPairs, stdio, options.detached);
}

/** spawn(file, args, options) when there are options to check (or bad arguments). */
export function spawnWithOptions(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  let killSignal;
  if (options.timeout !== undefined || options.signal !== undefined || options.killSignal !== undefined) {
    validateTimeout(options.timeout);
    validateAbortSignal(options.signal, "options.signal");
    killSignal = sanitizeKillSignal(options.killSignal);
  }
  const child = new core.ChildProcess();
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
// exec, execFile

function normalizeExecArgs(command, options, callback) {
  validateString(command, "command");
  validateNoNullBytes(command, "command");
  if (typeof options === "function") {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === "string" ? options.shell : true;
  return { file: command, options, callback };
}

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === "object") {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === "function") {
    callback = args;
    options = null;
    args = null;
  }
  if (args == null) args = [];
  if (typeof options === "function") callback = options;
  else if (options != null) validateObject(options, "options");
  if (options == null || typeof options === "function") options = {};
  if (callback != null) validateFunction(callback, "callback");
  if (options.argv0 != null) {
    validateString(options.argv0, "options.argv0");
    validateNoNullBytes(options.argv0, "options.argv0");
  }
  return { file, args, options, callback };
}

export function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return execFile(opts.file, opts.options, opts.callback);
}

export function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = {
    encoding: "utf8",
    timeout: 0,
    maxBuffer: MAX_BUFFER,
    killSignal: "SIGTERM",
    cwd: null,
    env: null,
    shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    argv0: options.argv0,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  });

  const encoding = options.encoding !== "buffer" && buffer().isEncoding(options.encoding) ? options.encoding : null;
  const stdoutChunks = [];
  const stderrChunks = [];
  let stdoutLen = 0;
  let stderrLen = 0;
  let killed = false;
  let exited = false;
  let timer = null;
  let ex = null;
  let cmd = file;

  const joined = (chunks, stream) =>
    encoding || stream?.readableEncoding ? chunks.join("") : buffer().concat(chunks);

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (!callback) return;
    const stdout = joined(stdoutChunks, child.stdout);
    const stderr = joined(stderrChunks, child.stderr);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args?.length) cmd += ` ${args.join(" ")}`;
    if (!ex) {
      ex = genericNodeError(`Command failed: ${cmd}\n${stderr}`, {
        code: code < 0 ? systemErrorName(code) : code,
        killed: child.killed || killed,
        signal,
      });
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(err) {
    ex = err;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (err) {
      ex = err;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timer = setTimeout(() => {
      kill();
      timer = null;
    }, options.timeout);
  }

  // Collects one output stream, up to maxBuffer bytes (counted in bytes
  // even when decoded to strings).
  const collect = (stream, chunks, name) => {
    if (!stream) return;
    if (encoding) stream.setEncoding(encoding);
    stream.on("data", (chunk) => {
      if (options.maxBuffer === Infinity) {
        chunks.push(chunk);
        return;
      }
      const streamEncoding = stream.readableEncoding;
      const length = streamEncoding ? buffer().byteLength(chunk, streamEncoding) : chunk.length;
      const total = (name === "stdout" ? (stdoutLen += length) : (stderrLen += length));
      if (total > options.maxBuffer) {
        const keep = options.maxBuffer - (total - length);
        chunks.push(chunk.slice(0, keep));
        ex = ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        kill();
      } else {
        chunks.push(chunk);
      }
    });
  };
  collect(child.stdout, stdoutChunks, "stdout");
  collect(child.stderr, stderrChunks, "stderr");

  child.addListener("close", exithandler);
  child.addListener("error", errorhandler);
  return child;
}

/**
 * A call of util.promisify(exec / execFile), `original(...args)`: resolves
 * { stdout, stderr }; the error carries them too; the promise has the
 * ChildProcess as `.child`.
 */
export function promisified(original, args) {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.child = original(...args, (err, stdout, stderr) => {
    if (err !== null) {
      err.stdout = stdout;
      err.stderr = stderr;
      reject(err);
    } else {
      resolve({ stdout, stderr });
    }
  });
  return promise;
}

// ---------------------------------------------------------------------------
// spawnSync, execSync, execFileSync

export function spawnSync(file, args, options) {
  options = { maxBuffer: MAX_BUFFER, ...normalizeSpawnArguments(file, args, options) };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  const killSignal = sanitizeKillSignal(options.killSignal);
  const stdio = getValidStdio(options.stdio || "pipe", true);
  if (options.input) stdio[0] = { ...stdio[0], input: options.input };

  let input = null;
  for (let i = 0; i < stdio.length; i++) {
    const given = stdio[i].input;
    if (given == null) continue;
    let bytes;
    if (ArrayBuffer.isView(given)) {
      bytes = new Uint8Array(given.buffer, given.byteOffset, given.byteLength);
    } else if (typeof given === "string") {
      bytes = buffer().from(given, options.encoding);
    } else {
      throw ERR_INVALID_ARG_TYPE(`options.stdio[${i}]`, ["Buffer", "TypedArray", "DataView", "string"], given);
    }
    // Only the child's stdin can be written to.
    if (i === 0 && stdio[0].type === "pipe") input = bytes;
  }
  // stdin from another fd: its whole content is the input.
  if (stdio[0].type === "fd" && input === null) input = readAll(stdio[0].fd);

  const result = ops.op_child_spawn_sync(
    nativeSpec(options, stdio),
    input,
    options.timeout > 0 ? options.timeout : 0,
    killSignal ?? SIGNALS.SIGTERM,
    options.maxBuffer ?? MAX_BUFFER,
  );

  if (result.error !== undefined) {
    return {
      error: errnoException(result.error, result.errno, `spawnSync ${options.file}`, {
        path: options.file,
        spawnargs: options.args.slice(1),
      }),
      status: null,
      signal: null,
      output: null,
      pid: 0,
      stdout: null,
      stderr: null,
    };
  }

  const output = [null, null, null];
  const captured = [null, result.stdout, result.stderr];
  for (const i of [1, 2]) {
    if (captured[i] === null) continue;
    if (stdio[i].type === "fd") {
      writeToFd(stdio[i].fd, captured[i]);
      continue;
    }
    let value = toBuffer(captured[i]);
    if (options.encoding && options.encoding !== "buffer") value = value.toString(options.encoding);
    output[i] = value;
  }

  const ret = {};
  let errorCode = null;
  if (result.timedOut) errorCode = "ETIMEDOUT";
  else if (result.overflowed) errorCode = "ENOBUFS";
  if (errorCode !== null) {
    ret.error = errnoException(errorCode, ERRNO[errorCode], `spawnSync ${options.file}`, {
      path: options.file,
      spawnargs: options.args.slice(1),
    });
  }
  ret.status = result.signal ? null : result.status;
  ret.signal = result.signal;
  ret.output = output;
  ret.pid = result.pid;
  ret.stdout = output[1];
  ret.stderr = output[2];
  return ret;
}

/** The JSON spec op_child_spawn_sync takes. */
function nativeSpec(options, stdio) {
  const spec = {
    program: options.file,
    args: options.args.slice(1).map(String),
    stdio: [0, 1, 2].map((i) => (stdio[i].type === "fd" ? "pipe" : stdio[i].type)),
    detached: !!options.detached,
  };
  if (options.args.length > 0) spec.argv0 = String(options.args[0]);
  if (options.cwd != null) spec.cwd = options.cwd;
  if (Array.isArray(options.envPairs)) {
    spec.env = options.envPairs.map((pair) => {
      const text = String(pair);
      const eq = text.indexOf("=", 1);
      return eq === -1 ? [text, ""] : [text.slice(0, eq), text.slice(eq + 1)];
    });
  }
  return JSON.stringify(spec);
}

/** What is left to read from fd, for a sync child's stdin. */
function readAll(fd) {
  const chunks = [];
  for (;;) {
    const bytes = ops.op_fs_read(fd, 64 * 1024, null, true);
    if (bytes.length === 0) break;
    chunks.push(bytes);
  }
  return buffer().concat(chunks);
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let message = `Command failed: ${cmd || args.join(" ")}`;
    if (ret.stderr && ret.stderr.length > 0) message += `\n${ret.stderr.toString()}`;
    err = genericNodeError(message, ret);
  }
  return err;
}

export function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  // Without a stdio option the child's stderr is captured, then shown.
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [options.argv0 || file, ...args]);
  if (err) throw err;
  return ret.stdout;
}

export function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

// ---------------------------------------------------------------------------
// fork: needs an IPC channel, which autorun does not have.

export function fork(modulePath, args, options) {
  // The arguments are checked as Node checks them, so a bad call fails the
  // same way; a good one fails for want of IPC.
  modulePath = toPath(modulePath, "modulePath");
  if (args == null) {
    args = [];
  } else if (typeof args === "object" && !Array.isArray(args)) {
    options = args;
    args = [];
  } else if (!Array.isArray(args)) {
    throw ERR_INVALID_ARG_TYPE("args", "Array", args);
  }
  if (options != null) validateObject(options, "options");
  options = { ...options, shell: false };
  const execPath = options.execPath || process.execPath;
  validateNoNullBytes(execPath, "options.execPath");
  const execArgv = options.execArgv || process.execArgv || [];
  for (let i = 0; i < execArgv.length; i++) validateNoNullBytes(execArgv[i], `options.execArgv[${i}]`);
  normalizeSpawnArguments(execPath, [...execArgv, modulePath, ...args], options);
  throw unavailable(
    "child_process.fork() is not supported by autorun: it has no IPC channel to child processes " +
      "(spawn(process.execPath, [modulePath, ...args]) runs a script without one)",
  );
}

// ---------------------------------------------------------------------------
// The child's stdio streams, made when a script first touches them

function toBuffer(u8) {
  return buffer().from(u8.buffer, u8.byteOffset, u8.byteLength);
}

// ---------------------------------------------------------------------------
// The parts of a ChildProcess's life node:child_process leaves here: stdio
// other than pipes, a start that failed, and everything about streams (which
// are made here).

/**
 * Starts `child` (spawnfile, spawnargs, pid, its state): `argv` is the
 * child's whole argv (`[]` for just the file), `stdio` checked entries;
 * `tried` is op_child_start's answer when spawn()'s own start failed.
 * Returns 0, or the errno of a start that failed with an 'error' event.
 */
export function start(child, state, file, argv, cwd, envPairs, stdio, detached, tried) {
  child.spawnfile = file;
  child.spawnargs = argv;
  state.started = true;
  const pipes = stdio === core.PIPES;
  const started =
    tried ??
    ops.op_child_start(
      file,
      argv.length === 0 ? [file] : argv,
      cwd,
      Array.isArray(envPairs) ? envPairs : null,
      // An fd entry is emulated through a pipe.
      pipes ? core.PIPE_TYPES : [0, 1, 2].map((i) => (stdio[i].type === "fd" ? "pipe" : stdio[i].type)),
      !!detached,
      (kind, a, b) => core.onNative(child, kind, a, b),
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

  // The streams Node makes for piped entries are made when first asked for
  // (`stdioStreams`). With a failed start they exist too, and end at once.
  if (pipes) {
    state.stdioTypes = core.PIPE_TYPES;
    child._closesNeeded = 3;
  } else {
    state.stdioTypes = stdio.map((entry) => entry.type);
    for (let i = 0; i < stdio.length; i++) {
      const entry = stdio[i];
      if (entry.type === "pipe" && i > 0) child._closesNeeded++;
      else if (entry.type === "fd" && i === 0 && failed === null) copyFdToStdin(child, entry.fd);
    }
    state.forward = stdio.map((entry) => (entry.type === "fd" ? entry.fd : null));
  }

  // unref() before spawn() applies now.
  if (!state.refed) core.updateRef(child);

  if (failed !== null) {
    ops.op_next_tick(() => core.onExit(child, failed.errno ?? ERRNO[failed.error] ?? -1, null, failed.error));
    return failed.errno;
  }
  ops.op_next_tick(core.emitSpawn, child);
  return 0;
}

/** Output for a child with streams or forwarded fds; "close" ends the streams. */
export function onOutput(child, state, kind, chunk) {
  if (kind === "close") {
    for (const stream of [state.streams[1], state.streams[2]]) {
      if (stream && !stream.destroyed && !stream._readableState.ended) stream.push(null);
    }
    return;
  }
  const fd = kind === "stdout" ? 1 : 2;
  const forward = state.forward[fd];
  if (forward != null) {
    writeToFd(forward, chunk);
    return;
  }
  if (state.streams === null) {
    if (state.pending === null) state.pending = [null, [], []];
    state.pending[fd].push(chunk);
    return;
  }
  const stream = state.streams[fd];
  if (stream && !stream.destroyed && !stream._readableState.ended) stream.push(toBuffer(chunk));
}

/**
 * The exit of a child with streams (its stdin ends), or of one that never
 * started (`errorCode`: an 'error' event instead of 'exit').
 */
export function exited(child, state, code, errorCode) {
  const stdin = state.streams === null ? null : state.streams[0];
  if (stdin) {
    // A write in flight when the child ended settles first: as in Node,
    // where the broken pipe is seen before the exit, it fails with EPIPE.
    // 'close' waits for it.
    if (stdin[core.kWriting] && !stdin.destroyed) {
      stdin[core.kExited] = true;
      child._closesNeeded++;
      stdin.once("close", () => core.maybeClose(child));
    } else {
      stdin.destroy();
    }
  }
  child._handle = null;
  if (errorCode === undefined) {
    child.emit("exit", child.exitCode, child.signalCode);
    return;
  }
  const syscall = child.spawnfile ? `spawn ${child.spawnfile}` : "spawn";
  const extra = {};
  if (child.spawnfile) extra.path = child.spawnfile;
  extra.spawnargs = child.spawnargs.slice(1);
  child.emit("error", errnoException(errorCode, code, syscall, extra));
  // No child, no output: the pipes end now.
  core.onNative(child, "close");
}

/** Whether the child keeps the loop alive, with streams or other stdio. */
export function updateRef(child, state) {
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

/** At the exit: streams nobody reads flow, so they end and 'close' can come. */
export function resumeStreams(stdio) {
  for (const stream of stdio) {
    if (!stream || !stream.readable || stream._readableState?.readableListening) continue;
    stream.resume();
  }
}

/**
 * The child's stdio streams, made on first use: what arrived meanwhile is
 * pushed, ended pipes end, a stdin after the exit is destroyed. They then
 * become the child's own data properties, as Node's are.
 */
export function stdioStreams(child) {
  const state = child[core.kState];
  if (state.streams !== null) return state.streams;
  const { Readable, Writable } = streams();
  const made = state.stdioTypes.map((type, i) => {
    if (type !== "pipe") return null;
    if (i === 0) return makeStdin(child, Writable);
    const stream = makeOutput(child, Readable);
    if (state.unmadeClosed) {
      // Node drained, ended and closed this stream before 'close'.
      const r = stream._readableState;
      r.ended = r.endEmitted = true;
      stream.destroy();
      return stream;
    }
    if (state.pending !== null) for (const chunk of state.pending[i]) stream.push(toBuffer(chunk));
    if (state.pipesDone) stream.push(null);
    stream.on("close", () => {
      core.updateRef(child);
      core.maybeClose(child);
    });
    return stream;
  });
  state.pending = null;
  state.streams = made;
  if (state.exited && made[0]) made[0].destroy();
  own(child, made);
  return made;
}

function own(child, made) {
  const values = { stdin: made[0], stdout: made[1], stderr: made[2], stdio: made };
  for (const key of Object.keys(values)) {
    Object.defineProperty(child, key, { value: values[key], writable: true, enumerable: true, configurable: true });
  }
}

/** The child's stdout or stderr: chunks are pushed as they arrive. */
function makeOutput(child, Readable) {
  const stream = new Readable({ read() {} });
  // Node's child pipes are one-way sockets.
  stream.writable = false;
  stream._refed = true;
  stream.ref = function () {
    this._refed = true;
    core.updateRef(child);
    return this;
  };
  stream.unref = function () {
    this._refed = false;
    core.updateRef(child);
    return this;
  };
  return stream;
}

/** The child's stdin: each write goes to the pipe; ending closes it. */
function makeStdin(child, Writable) {
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    if (child.pid !== undefined) ops.op_child_end(child.pid);
  };
  const stream = new Writable({
    write(chunk, encoding, callback) {
      if (closed || child.pid === undefined) {
        callback(errnoException("EPIPE", ERRNO.EPIPE, "write"));
        return;
      }
      stream[core.kWriting] = true;
      ops.op_child_write(child.pid, chunk).then(
        () => {
          stream[core.kWriting] = false;
          callback();
          if (stream[core.kExited]) stream.destroy();
        },
        (err) => {
          stream[core.kWriting] = false;
          // Worded as Node's stream errors: "write EPIPE".
          if (err?.code === "EPIPE") err = errnoException("EPIPE", err.errno, "write");
          callback(err);
        },
      );
    },
    final(callback) {
      close();
      callback();
    },
    destroy(err, callback) {
      close();
      callback(err);
    },
  });
  stream.readable = false;
  stream[core.kWriting] = false;
  stream[core.kExited] = false;
  stream.ref = function () {
    return this;
  };
  stream.unref = function () {
    return this;
  };
  return stream;
}

// ---------------------------------------------------------------------------
// A stdio entry naming another fd, emulated through a pipe

/** Writes `chunk` to fd (an emulated `stdio: [.., fd]` entry). */
export function writeToFd(fd, chunk) {
  if (fd === 1 || fd === 2) ops.op_write(fd, chunk);
  else fs().writeSync(fd, chunk);
}

/** `stdio: [fd, ...]` with another fd: its content is copied into the child's stdin. */
export function copyFdToStdin(child, fd) {
  const pid = child.pid;
  const end = () => ops.op_child_end(pid);
  const readMore = () => {
    ops.op_fs_read(fd, 64 * 1024, null, false).then((bytes) => {
      if (bytes.length === 0) end();
      else ops.op_child_write(pid, bytes).then(readMore, end);
    }, end);
  };
  readMore();
}
