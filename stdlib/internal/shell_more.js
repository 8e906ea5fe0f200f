// The less common half of `$` (internal:shell), parsed only when a script
// uses it: stdin/stdout/stderr streams, .pipe(), line iteration, the
// message of a failed command, which() and retry(), `$(options)` and
// signal names; the options `env`, `input`, `signal` and `timeout`, and the
// note about output that was not kept.
import {
  op_signal_number,
  op_child_write,
  op_child_end,
  op_decode_output,
  op_env_get,
  op_env_keys,
  op_load_builtin,
  op_which,
  op_cwd,
  op_write,
} from "autorun:internal";
import { DEFAULT_MAX_BUFFER, ProcessOutput, ProcessPromise, whenStarted, toBuffer } from "internal:shell";

const load = (name) => op_load_builtin(name);

const meanings = {
  126: "command invoked cannot execute",
  127: "command not found",
  128: "invalid exit argument",
  129: "hangup (SIGHUP)",
  130: "interrupted (SIGINT)",
  137: "killed (SIGKILL)",
  139: "segmentation fault (SIGSEGV)",
  141: "broken pipe (SIGPIPE)",
  143: "terminated (SIGTERM)",
};

/**
 * A child's environment (`KEY=VALUE`s) when it differs from autorun's:
 * `extra` over it, colour forced when autorun writes to a colour terminal.
 */
export function childEnv(extra, colourTerminal) {
  const env = {};
  for (const key of op_env_keys()) env[key] = op_env_get(key);
  if (colourTerminal) {
    if (env.FORCE_COLOR === undefined) env.FORCE_COLOR = "1";
    if (env.CLICOLOR_FORCE === undefined) env.CLICOLOR_FORCE = "1";
  }
  if (extra) {
    for (const [key, value] of Object.entries(extra)) {
      if (value === undefined) delete env[key];
      else env[key] = String(value);
    }
  }
  return Object.entries(env).map(([key, value]) => `${key}=${value}`);
}

/** The `input` option: written to the started command's stdin, which then ends (unless a stream feeds it too). */
export function writeInput(run, input) {
  const value = input instanceof ProcessOutput ? input.stdout : input;
  const bytes =
    typeof value === "string" ? value : new Uint8Array(value.buffer ?? value, value.byteOffset ?? 0, value.byteLength ?? value.length);
  op_child_write(run.pid, bytes).catch(() => {});
  if (run.stdinStream === null) op_child_end(run.pid);
}

/** The `signal` option: its abort ends the command (SIGTERM). */
export function followSignal(run, signal) {
  if (signal.aborted) run.kill("SIGTERM");
  else signal.addEventListener("abort", () => run.kill("SIGTERM"), { once: true });
}

/** `.timeout(ms, signal)` / the `timeout` option on a started command. */
export function setKillTimer(run, ms, signal) {
  if (typeof ms !== "number" || !(ms >= 0)) throw new TypeError(`timeout(ms): ms must be a non-negative number, got ${ms}`);
  if (run.killTimer) clearTimeout(run.killTimer);
  run.extras = true;
  run.killTimer = setTimeout(() => {
    run.timedOut = true;
    run.kill(signal);
  }, ms);
}

/** Says that `dropped` bytes of a command's output were shown but not kept. */
export function reportDropped(run, dropped) {
  const max = run.options.maxBuffer ?? DEFAULT_MAX_BUFFER;
  op_write(2, `autorun: ${dropped} bytes of the output of \`${run.command}\` were shown but not kept (maxBuffer: ${max})\n`);
}

/** `.lines()`: awaited, an array; iterated (`for await`), each line as it arrives. */
export function linesOf(promise) {
  return {
    then(resolve, reject) {
      return promise.then((output) => output.lines()).then(resolve, reject);
    },
    [Symbol.asyncIterator]() {
      return promise[Symbol.asyncIterator]();
    },
  };
}

/** The message of a failed command: the command, the exit code and its meaning, where, stderr's tail. */
export function describeFailure(command, exitCode, signal, stderr, location) {
  const parts = [`command failed: ${command}`];
  if (signal) parts.push(`  signal: ${signal}`);
  else parts.push(`  exit code: ${exitCode}${meanings[exitCode] ? ` (${meanings[exitCode]})` : ""}`);
  if (location) parts.push(`  at: ${location}`);
  const tail = stderr.trimEnd().split("\n").slice(-10).join("\n");
  if (tail) parts.push(`  stderr:\n${tail.replace(/^/gm, "    ")}`);
  return parts.join("\n");
}

/** Where the user's code called `$`: the first stack frame outside autorun's library. */
export function callerLocation(site) {
  const stack = site.stack || "";
  for (const line of stack.split("\n")) {
    const match = /\(?((?:file:\/\/)?\/[^()]*?):(\d+|\?):(\d+|\?)\)?\s*$/.exec(line);
    if (!match) continue;
    let file = match[1].replace(/^file:\/\//, "");
    if (/\/stdlib\/(internal\/|node\/|autorun\.js)/.test(file)) continue;
    const cwd = op_cwd();
    if (file.startsWith(`${cwd}/`)) file = file.slice(cwd.length + 1);
    return match[2] === "?" ? file : `${file}:${match[2]}:${match[3]}`;
  }
  return null;
}

/** Feeds stdout to the line listeners of `for await (const line of p)`; `null` at the end. */
export function feedLines(run, chunk) {
  if (chunk === null) {
    if (run.linePartial) pushLine(run, run.linePartial);
    run.linePartial = "";
    for (const listener of run.lineListeners) listener(null);
    return;
  }
  const text = (run.lineDecoder ??= new (load("internal:encoding").TextDecoder)()).decode(chunk, { stream: true });
  const parts = (run.linePartial + text).split("\n");
  run.linePartial = parts.pop();
  for (const line of parts) pushLine(run, line.endsWith("\r") ? line.slice(0, -1) : line);
}

function pushLine(run, line) {
  for (const listener of run.lineListeners) listener(line);
}

function replayLines(run, listener) {
  // Lines already printed before the iterator was asked for come first.
  const text = op_decode_output(run.out.chunks);
  const parts = text.split("\n");
  const partial = parts.pop();
  for (const line of parts) listener(line.endsWith("\r") ? line.slice(0, -1) : line);
  return partial;
}

/** `p.stdin`: a Writable feeding the command's stdin. */
export function stdinOf(promise) {
  const run = promise._run;
  if (run.stdinStream) return run.stdinStream;
  if (run.started && run.pid !== undefined && !run.keepStdin) {
    throw new Error(`the stdin of \`${run.command}\` is closed: use .stdin before the command starts (synchronously after $)`);
  }
  run.keepStdin = true;
  const { Writable } = load("node:stream");
  run.stdinStream = new Writable({
    write(chunk, encoding, callback) {
      const bytes = typeof chunk === "string" ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      whenStarted(run).then(() => (run.pid === undefined ? undefined : op_child_write(run.pid, bytes))).then(() => callback(), callback);
    },
    final(callback) {
      whenStarted(run).then(() => {
        if (run.pid !== undefined) op_child_end(run.pid);
        callback();
      });
    },
  });
  return run.stdinStream;
}

/** `p.stdout` / `p.stderr`: a Readable of the stream, from its first byte. */
export function streamOf(promise, name, store) {
  const run = promise._run;
  run.extras = true;
  run.streams ??= { stdout: null, stderr: null };
  if (run.streams[name]) return run.streams[name];
  const { Readable } = load("node:stream");
  const stream = new Readable({ read() {} });
  for (const chunk of store.chunks) stream.push(toBuffer(chunk));
  if (run.done) stream.push(null);
  run.streams[name] = stream;
  return stream;
}

/**
 * `p.pipe(dest)`: sends stdout on as it comes, to another command (returned,
 * so chains read left to right), a writable stream, or a file path. Output
 * already printed is sent first.
 */
export function pipe(promise, dest, values) {
  const run = promise._run;
  if (Array.isArray(dest) && Array.isArray(dest.raw)) dest = run.shell(dest, ...values);
  if (dest instanceof ProcessPromise) {
    const target = dest._run;
    target.keepStdin = true;
    const write = (chunk) =>
      whenStarted(target).then(() => {
        if (target.pid === undefined || target.done) return;
        if (chunk === null) op_child_end(target.pid);
        else op_child_write(target.pid, chunk).catch(() => {});
      });
    attach(run, write);
    // An unstarted source starts with the destination.
    queueMicrotask(() => run.start());
    return dest;
  }
  if (typeof dest === "string" || dest instanceof URL) {
    const fs = load("node:fs");
    dest = fs.createWriteStream(dest);
  }
  if (dest === null || typeof dest !== "object" || typeof dest.write !== "function") {
    throw new TypeError("pipe(dest): dest must be a ProcessPromise, a writable stream, a file path or a template literal");
  }
  const keepOpen = dest === globalThis.process?.stdout || dest === globalThis.process?.stderr;
  let finished;
  const flushed = new Promise((resolve) => (finished = resolve));
  attach(run, (chunk) => {
    if (chunk !== null) dest.write(toBuffer(chunk));
    else if (keepOpen) finished();
    else dest.end(finished);
  });
  const piped = promise.then(async (output) => {
    await flushed;
    return output;
  });
  Object.setPrototypeOf(piped, ProcessPromise.prototype);
  piped._run = run;
  queueMicrotask(() => run.start());
  return piped;
}

function attach(run, write) {
  for (const chunk of run.out.chunks) write(chunk);
  if (run.done) write(null);
  else {
    run.extras = true;
    (run.pipes ??= []).push(write);
  }
}

/** `for await (const line of p)`: each line of stdout as it arrives. */
export function iterate(promise) {
  const run = promise._run;
  const queue = [];
  let waiting = null;
  let ended = false;
  const listener = (line) => {
    if (line === null) ended = true;
    else queue.push(line);
    if (waiting) {
      const wake = waiting;
      waiting = null;
      wake();
    }
  };
  if (!run.lineListeners) {
    run.lineListeners = [];
    run.extras = true;
    run.linePartial = replayLines(run, listener);
  }
  run.lineListeners.push(listener);
  if (run.done) listener(null);
  queueMicrotask(() => run.start());
  return {
    async next() {
      while (queue.length === 0 && !ended) await new Promise((resolve) => (waiting = resolve));
      if (queue.length) return { value: queue.shift(), done: false };
      await promise; // a failed command throws out of the loop
      return { value: undefined, done: true };
    },
    async return() {
      ended = true;
      if (!run.done) run.kill("SIGTERM");
      await promise.catch(() => {});
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** `await which("git")` → its absolute path; rejects when it is not on PATH (`{ nothrow: true }` gives null). */
export function which(name, options = {}) {
  try {
    return Promise.resolve(whichSync(name, options));
  } catch (err) {
    return Promise.reject(err);
  }
}

export function whichSync(name, options = {}) {
  if (typeof name !== "string" || name === "") throw new TypeError(`which(name): name must be a non-empty string, got ${typeof name}`);
  const found = op_which(name, options.path ?? null);
  if (found === null && !options.nothrow) {
    const err = new Error(`not found: ${name}`);
    err.code = "ENOENT";
    throw err;
  }
  return found;
}
which.sync = whichSync;

function parseDuration(value) {
  if (typeof value === "number") return value;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)$/.exec(String(value));
  if (!match) throw new TypeError(`retry: a delay is a number of ms or a string like "500ms", "2s", got ${value}`);
  const n = Number(match[1]);
  return match[2] === "ms" ? n : match[2] === "s" ? n * 1000 : n * 60000;
}

/** `retry(count, [delay,] fn)`: calls fn until it succeeds, at most `count` times; throws the last error. */
export async function retry(count, delay, fn) {
  if (fn === undefined) {
    fn = delay;
    delay = 0;
  }
  if (!Number.isInteger(count) || count < 1) throw new TypeError(`retry(count, fn): count must be a positive integer, got ${count}`);
  if (typeof fn !== "function") throw new TypeError("retry(count, fn): fn must be a function");
  const ms = parseDuration(delay);
  let last;
  for (let attempt = 1; attempt <= count; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      last = err;
      if (attempt < count && ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
    }
  }
  throw last;
}

const knownOptions = new Set(["cwd", "env", "input", "quiet", "nothrow", "timeout", "signal", "shell", "prefix", "stdin", "maxBuffer"]);

/** `$(options)`: `defaults` with `options` over them, checked; throws for anything but an options object. */
export function shellOptions(defaults, first) {
  if (first === null || typeof first !== "object" || Array.isArray(first)) {
    throw new TypeError("$ is used as a template tag: $`command ${arg}`, or $({ cwd, env, ... }) for options");
  }
  for (const key of Object.keys(first)) {
    if (!knownOptions.has(key)) throw new TypeError(`$(options): unknown option \`${key}\` (known: ${[...knownOptions].join(", ")})`);
  }
  const options = { ...defaults, ...first };
  if (first.shell !== undefined && first.prefix === undefined && first.shell !== "bash") options.prefix = "";
  if (first.env !== undefined && defaults.env !== undefined) options.env = { ...defaults.env, ...first.env };
  return options;
}

/** A signal's number from its name; ERR_UNKNOWN_SIGNAL for an unknown one. */
export function signalNumber(signal) {
  const number = op_signal_number(String(signal));
  if (number === undefined) {
    const err = new TypeError(`Unknown signal: ${signal}`);
    err.code = "ERR_UNKNOWN_SIGNAL";
    throw err;
  }
  return number;
}

