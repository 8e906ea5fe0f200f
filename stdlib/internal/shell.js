// `$`: zx-style commands. Each interpolated value is one shell-quoted
// argument (op_quote, src/process/quote.rs). A command's output reaches
// autorun's stdout/stderr chunk by chunk as it arrives (prefixed with the
// task's name, whole lines only, when tasks run side by side) and is kept for
// the ProcessOutput the promise resolves to. Inside a task, a cancelled task
// ends its commands (SIGTERM to the group, the grace period, SIGKILL).
import {
  op_shell_spawn,
  op_output_fields,
  op_child_kill,
  op_quote,
  op_write,
  op_write_prefixed,
  op_write_through,
  op_decode_output,
  op_flush_prefixed,
  op_load_builtin,
  op_isatty,
  op_env_get,
  op_default_shell,
  op_queue_microtask,
} from "autorun:internal";
import { currentTask } from "internal:task_context";

const load = (name) => op_load_builtin(name);
/** The less common half of `$`, parsed on first use. */
const more = () => op_load_builtin("internal:shell_more");

/** Colour for what autorun writes, and for children (FORCE_COLOR). */
const colourTerminal = op_isatty(1) && op_env_get("NO_COLOR") === undefined && op_env_get("TERM") !== "dumb";
const dimEcho = op_isatty(2) && op_env_get("NO_COLOR") === undefined;

/** What is kept of each of a command's streams for its ProcessOutput. */
export const DEFAULT_MAX_BUFFER = 16 * 1024 * 1024;

/** zx's quoting for bash: plain words stay, anything else is `$'...'`. */
export function quote(value) {
  return op_quote(String(value));
}

function interpolate(value) {
  if (Array.isArray(value)) return value.map(interpolate).join(" ");
  if (value instanceof ProcessOutput) return quote(value.stdout.trim());
  return quote(value);
}


export class ProcessOutput extends Error {
  constructor({ command, stdout, stderr, exitCode, signal, location, duration, truncated }) {
    // The object makeOutput makes stands for this one (for a subclass too).
    return makeOutput(new.target, command, stdout, stderr, exitCode, signal, location, duration, truncated);
  }
  text() {
    return this.stdout;
  }
  json() {
    return JSON.parse(this.stdout);
  }
  lines() {
    return splitLines(this.stdout);
  }
  toString() {
    return this.stdout;
  }
  valueOf() {
    return this.stdout.trim();
  }
}

/**
 * A ProcessOutput (or an instance of `newTarget`, a subclass): an Error made
 * for its prototype, then `name` and the fields (op_output_fields). A
 * command's end calls this directly: no options object, no derived
 * constructor's frame.
 */
function makeOutput(newTarget, command, stdout, stderr, exitCode, signal, location, duration, truncated) {
  const ok = exitCode === 0;
  const message = ok ? "" : more().describeFailure(command, exitCode, signal, stderr, location);
  const output = Reflect.construct(Error, [message], newTarget);
  op_output_fields(output, stdout, stderr, exitCode, signal, ok, command, duration, truncated);
  return output;
}

function splitLines(text) {
  const lines = text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

function signalNumber(signal) {
  return typeof signal === "number" ? signal : more().signalNumber(signal);
}

/** What is kept of a stream that printed nothing (replaced on its first chunk). */
const NO_OUTPUT = Object.freeze({ chunks: Object.freeze([]), length: 0, dropped: 0 });

/**
 * The pieces of a running (or finished) command that the ProcessPromise
 * shows. Starting a command is mostly this object's making, so it is made
 * as one literal (newRun: Boa adds a literal's properties at half the cost
 * of assignments); what few commands use (pipes, streams, stdin, exit
 * waiters, timers) stays on the prototype until it is used.
 */
class Run {
  keep(name, chunk) {
    let store = this[name];
    if (store === NO_OUTPUT) this[name] = store = { chunks: [], length: 0, dropped: 0 };
    const maxBuffer = this.options.maxBuffer ?? DEFAULT_MAX_BUFFER;
    if (store.length + chunk.length <= maxBuffer) {
      store.chunks.push(chunk);
      store.length += chunk.length;
    } else {
      const room = maxBuffer - store.length;
      if (room > 0) {
        store.chunks.push(chunk.subarray(0, room));
        store.length += room;
      }
      store.dropped += chunk.length - Math.max(room, 0);
    }
  }

  echo(fd, chunk) {
    if (this.quiet) return;
    const prefix = this.task?.prefix;
    if (prefix) op_write_prefixed(fd, `${this.pid}:${fd}`, prefix, chunk);
    else op_write_through(fd, chunk);
  }

  start() {
    if (this.started) return;
    this.started = true;
    const { command, options } = this;
    if (this.task?.cancelled()) {
      this.finish(null, "SIGTERM", new Error(`task \`${this.task.name}\` was cancelled before \`${command}\` started`));
      return;
    }
    if (!this.quiet) {
      const line = dimEcho ? `\u001b[2m$ ${command}\u001b[0m\n` : `$ ${command}\n`;
      const prefix = this.task?.prefix;
      if (prefix) op_write_prefixed(2, `echo:${command}`, prefix, line);
      else op_write(2, line);
    }
    const shell = options.shell ?? "bash";
    const cwd = options.cwd === undefined ? undefined : String(options.cwd instanceof URL ? options.cwd.pathname : options.cwd);
    this.startedAt = Date.now();
    const run = this;
    const started = op_shell_spawn(
      shell === "bash" ? op_default_shell() : shell,
      options.prefix ? `${options.prefix}${command}` : command,
      // One simple command may start without bash (same result, faster);
      // not when a custom prefix must run first.
      options.prefix === undefined || options.prefix === DEFAULT_PREFIX ? command : undefined,
      cwd,
      // null: autorun's own environment.
      options.env === undefined && !colourTerminal ? null : more().childEnv(options.env, colourTerminal),
      this.keepStdin || options.input !== undefined ? "pipe" : options.stdin === "inherit" ? "inherit" : "ignore",
      (kind, data, signal, message) => {
        if (kind === "done") {
          // The usual end: exit and closed pipes at once.
          run.exitCode = data;
          run.finish(data, signal, null);
        } else if (kind === "stdout") run.onStdout(data);
        else if (kind === "stderr") run.onStderr(data);
        else if (kind === "exit") {
          run.exitCode = data;
          run.exitSignal = signal;
        } else if (kind === "close") run.finish(run.exitCode, run.exitSignal ?? null, null);
        else if (kind === "spawn-error") run.cannotStart(message, cwd);
      },
    );
    if (started.error) {
      this.cannotStart(started.message, cwd);
      return;
    }
    this.pid = started.pid;
    if (options.input !== undefined) more().writeInput(this, options.input);
    if (this.task) {
      this.unsubscribe = this.task.onCancel(() => run.kill("SIGTERM"));
      this.extras = true;
    }
    if (options.signal) more().followSignal(this, options.signal);
    if (options.timeout !== undefined) this.setTimeout(options.timeout, options.timeoutSignal ?? "SIGTERM");
  }

  /** The command never ran its program (not found, a bad cwd). */
  cannotStart(message, cwd) {
    const where = cwd !== undefined ? ` (in ${cwd})` : "";
    this.finish(null, null, new Error(`cannot run \`${this.command}\`: ${message}${where}`));
  }

  onStdout(chunk) {
    this.keep("out", chunk);
    if (this.pipes === null) this.echo(1, chunk);
    else for (const pipe of this.pipes) pipe(chunk);
    if (this.streams?.stdout) this.streams.stdout.push(toBuffer(chunk));
    if (this.lineListeners) more().feedLines(this, chunk);
  }

  onStderr(chunk) {
    this.keep("err", chunk);
    this.echo(2, chunk);
    if (this.streams?.stderr) this.streams.stderr.push(toBuffer(chunk));
  }

  setTimeout(ms, signal) {
    more().setKillTimer(this, ms, signal);
  }

  kill(signal = "SIGTERM") {
    const number = signalNumber(signal);
    if (this.done) return;
    if (this.pid === undefined) {
      // Not started yet: it never will.
      this.started = true;
      this.finish(null, typeof signal === "string" ? signal : "SIGTERM", null);
      return;
    }
    op_child_kill(this.pid, number, true);
  }

  /** The end of what a command uses beyond its output: timers, the task, pipes, streams, waiters. */
  finishExtras(code) {
    if (this.killTimer) clearTimeout(this.killTimer);
    if (this.unsubscribe) this.unsubscribe();
    if (this.pid !== undefined && this.task?.prefix) {
      op_flush_prefixed(`${this.pid}:1`);
      op_flush_prefixed(`${this.pid}:2`);
    }
    if (this.pipes !== null) for (const pipe of this.pipes) pipe(null);
    if (this.streams?.stdout) this.streams.stdout.push(null);
    if (this.streams?.stderr) this.streams.stderr.push(null);
    if (this.lineListeners) more().feedLines(this, null);
    if (this.exitWaiters !== null) for (const waiter of this.exitWaiters) waiter(code);
  }

  finish(exitCode, signal, failure) {
    if (this.done) return;
    this.done = true;
    const code = failure ? null : exitCode;
    if (this.extras) this.finishExtras(code);
    if (failure) {
      this.reject(failure);
      return;
    }
    const dropped = this.out.dropped + this.err.dropped;
    if (dropped > 0) more().reportDropped(this, dropped);
    const stdout = this.out === NO_OUTPUT ? "" : op_decode_output(this.out.chunks);
    let stderr = this.err === NO_OUTPUT ? "" : op_decode_output(this.err.chunks);
    if (this.extras && this.timedOut) stderr += `${stderr && !stderr.endsWith("\n") ? "\n" : ""}(timed out)\n`;
    const output = makeOutput(
      ProcessOutput,
      this.command,
      stdout,
      stderr,
      code,
      signal,
      code === 0 ? null : more().callerLocation(this.site),
      Date.now() - this.startedAt,
      dropped > 0,
    );
    if (output.ok || this.nothrow) this.resolve(output);
    else this.reject(output);
  }
}

function newRun(command, options, shell) {
  return {
    __proto__: Run.prototype,
    command,
    options,
    shell,
    quiet: options.quiet === true,
    nothrow: options.nothrow === true,
    started: false,
    done: false,
    out: NO_OUTPUT,
    err: NO_OUTPUT,
    task: currentTask(),
    // The stack is read only if the command fails (reading it costs more
    // than starting a process).
    site: new Error(),
    // Set for every command (here, writing them is cheaper than adding them).
    resolve: undefined,
    reject: undefined,
    pid: undefined,
    startedAt: 0,
    exitCode: undefined,
  };
}

// Defaults until a command uses them. `extras` says that it uses one of
// the timer, the task, pipes, streams, line listeners or exit waiters (its
// end then looks at them all).
Object.assign(Run.prototype, {
  extras: false,
  keepStdin: false,
  pipes: null,
  streams: null,
  stdinStream: null,
  exitWaiters: null,
  killTimer: null,
  unsubscribe: null,
});

let BufferClass;
export function toBuffer(u8) {
  BufferClass ??= load("node:buffer").Buffer;
  return BufferClass.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

export class ProcessPromise extends Promise {
  static get [Symbol.species]() {
    return Promise;
  }

  get pid() {
    return this._run.pid;
  }

  quiet(on = true) {
    this._run.quiet = on;
    return this;
  }

  nothrow(on = true) {
    this._run.nothrow = on;
    return this;
  }

  timeout(ms, signal = "SIGTERM") {
    signalNumber(signal);
    const run = this._run;
    if (run.started) run.setTimeout(ms, signal);
    else {
      run.options = { ...run.options, timeout: ms, timeoutSignal: signal };
    }
    return this;
  }

  /** Sends `signal` to the command's process group (SIGKILL after the grace period); resolves once it ended. */
  kill(signal = "SIGTERM") {
    const run = this._run;
    signalNumber(signal);
    if (!run.started) run.start();
    run.kill(signal);
    return this.exitCode.then(() => undefined);
  }

  /** Resolves to the exit code (null when a signal ended it); never rejects. */
  get exitCode() {
    const run = this._run;
    if (run.done) return Promise.resolve(run.exitCode ?? null);
    run.extras = true;
    return new Promise((resolve) => (run.exitWaiters ??= []).push(resolve));
  }

  /** A Writable feeding the command's stdin (use it before the command starts). */
  get stdin() {
    return more().stdinOf(this);
  }

  get stdout() {
    return this._stream("stdout", this._run.out);
  }

  get stderr() {
    return this._stream("stderr", this._run.err);
  }

  _stream(name, store) {
    return more().streamOf(this, name, store);
  }

  /**
   * Sends stdout on as it comes: to another command (returned, so chains
   * read left to right), a writable stream, or a file path.
   */
  pipe(dest, ...values) {
    return more().pipe(this, dest, values);
  }

  text() {
    return this.then((output) => output.text());
  }

  json() {
    return this.then((output) => output.json());
  }

  /** The lines of stdout: awaited, an array; iterated (`for await`), each line as it arrives. */
  lines() {
    return more().linesOf(this);
  }

  [Symbol.asyncIterator]() {
    return more().iterate(this);
  }


}

export function whenStarted(run) {
  if (run.started) return Promise.resolve();
  return new Promise((resolve) => op_queue_microtask(() => resolve(run.start())));
}

function run(command, options, shell) {
  const run = newRun(command, options, shell);
  const promise = new ProcessPromise((resolve, reject) => {
    run.resolve = resolve;
    run.reject = reject;
  });
  promise._run = run;
  // Started on the next microtask, so `.quiet()` and friends apply first.
  op_queue_microtask(() => run.start());
  return promise;
}

const DEFAULT_PREFIX = "set -euo pipefail;";

function makeShell(defaults) {
  function $(first, ...values) {
    if (!Array.isArray(first) || !Array.isArray(first.raw)) return makeShell(more().shellOptions(defaults, first));
    let command = first[0];
    for (let i = 0; i < values.length; i++) command += interpolate(values[i]) + first[i + 1];
    return run(command, defaults, $);
  }
  return $;
}

export const $ = makeShell({ prefix: DEFAULT_PREFIX });

