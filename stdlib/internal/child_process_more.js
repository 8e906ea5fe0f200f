// The less common half of node:child_process, parsed on first use: exec and
// execFile (with their util.promisify forms), the *Sync forms, fork, the
// child's stdio streams (made when a script first touches child.stdin,
// .stdout, .stderr or .stdio) and the copying that emulates a stdio entry
// naming another fd. node:child_process keeps ChildProcess and spawn() and
// calls in here.
import * as ops from "autorun:internal";
import { spawn } from "node:child_process";
import { process } from "internal:process";
import { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, genericNodeError, makeNodeError } from "internal:errors";

// Loaded on first use: execSync users never need streams.
const streams = () => ops.op_load_builtin("node:stream");
const fs = () => ops.op_load_builtin("node:fs");
const buffer = () => ops.op_load_builtin("node:buffer").Buffer;

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
  for (const [name, value] of Object.entries(core.ERRNO)) if (value === errno) return name;
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
// exec, execFile

function normalizeExecArgs(command, options, callback) {
  core.validateString(command, "command");
  core.validateNoNullBytes(command, "command");
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
  else if (options != null) core.validateObject(options, "options");
  if (options == null || typeof options === "function") options = {};
  if (callback != null) validateFunction(callback, "callback");
  if (options.argv0 != null) {
    core.validateString(options.argv0, "options.argv0");
    core.validateNoNullBytes(options.argv0, "options.argv0");
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
  core.validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = core.sanitizeKillSignal(options.killSignal);

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
  options = { maxBuffer: MAX_BUFFER, ...core.normalizeSpawnArguments(file, args, options) };
  core.validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  const killSignal = core.sanitizeKillSignal(options.killSignal);
  const stdio = core.getValidStdio(options.stdio || "pipe", true);
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
    killSignal ?? core.SIGNALS.SIGTERM,
    options.maxBuffer ?? MAX_BUFFER,
  );

  if (result.error !== undefined) {
    return {
      error: core.errnoException(result.error, result.errno, `spawnSync ${options.file}`, {
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
    let value = core.toBuffer(captured[i]);
    if (options.encoding && options.encoding !== "buffer") value = value.toString(options.encoding);
    output[i] = value;
  }

  const ret = {};
  let errorCode = null;
  if (result.timedOut) errorCode = "ETIMEDOUT";
  else if (result.overflowed) errorCode = "ENOBUFS";
  if (errorCode !== null) {
    ret.error = core.errnoException(errorCode, core.ERRNO[errorCode], `spawnSync ${options.file}`, {
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
  modulePath = core.toPath(modulePath, "modulePath");
  if (args == null) {
    args = [];
  } else if (typeof args === "object" && !Array.isArray(args)) {
    options = args;
    args = [];
  } else if (!Array.isArray(args)) {
    throw ERR_INVALID_ARG_TYPE("args", "Array", args);
  }
  if (options != null) core.validateObject(options, "options");
  options = { ...options, shell: false };
  const execPath = options.execPath || process.execPath;
  core.validateNoNullBytes(execPath, "options.execPath");
  const execArgv = options.execArgv || process.execArgv || [];
  for (let i = 0; i < execArgv.length; i++) core.validateNoNullBytes(execArgv[i], `options.execArgv[${i}]`);
  core.normalizeSpawnArguments(execPath, [...execArgv, modulePath, ...args], options);
  throw unavailable(
    "child_process.fork() is not supported by autorun: it has no IPC channel to child processes " +
      "(spawn(process.execPath, [modulePath, ...args]) runs a script without one)",
  );
}

// ---------------------------------------------------------------------------
// The child's stdio streams, made when a script first touches them

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
    if (state.pending !== null) for (const chunk of state.pending[i]) stream.push(core.toBuffer(chunk));
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
        callback(core.errnoException("EPIPE", core.ERRNO.EPIPE, "write"));
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
          if (err?.code === "EPIPE") err = core.errnoException("EPIPE", err.errno, "write");
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
