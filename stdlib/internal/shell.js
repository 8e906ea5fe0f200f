// `$`: zx-style commands. Each interpolated value is one shell-quoted
// argument; output streams through as it arrives and is kept for the
// ProcessOutput the promise resolves to.
import { op_shell_spawn, op_write, op_load_builtin, op_isatty, op_env_get } from "autorun:internal";

// The echoed command is dimmed only on a colour terminal.
const dim = op_isatty(2) && op_env_get("NO_COLOR") === undefined;

const SAFE = /^[\w/.\-+@:=,%]+$/;

/** zx's quoting for bash: plain words stay, anything else is `$'...'`. */
export function quote(value) {
  const text = String(value);
  if (text === "") return "$''";
  if (SAFE.test(text)) return text;
  const escaped = text
    .replace(/\\/g, "\\\\")
    .replace(/'/g, "\\'")
    .replace(/\f/g, "\\f")
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t")
    .replace(/\v/g, "\\v")
    .replace(/\0/g, "\\0");
  return `$'${escaped}'`;
}

function interpolate(value) {
  if (Array.isArray(value)) return value.map(interpolate).join(" ");
  if (value instanceof ProcessOutput) return quote(value.stdout.trim());
  return quote(value);
}

const meanings = {
  1: "general error",
  2: "misuse of shell builtins",
  126: "command invoked cannot execute",
  127: "command not found",
  128: "invalid exit argument",
  130: "interrupted by Ctrl-C",
  137: "killed",
  143: "terminated",
};

const decoder = () => op_load_builtin("internal:encoding");

export class ProcessOutput extends Error {
  constructor({ command, stdout, stderr, exitCode, signal }) {
    const ok = exitCode === 0;
    super(ok ? "" : describeFailure(command, exitCode, signal, stderr));
    this.name = "ProcessOutput";
    Object.defineProperties(this, {
      stdout: { value: stdout, enumerable: true },
      stderr: { value: stderr, enumerable: true },
      exitCode: { value: exitCode, enumerable: true },
      signal: { value: signal, enumerable: true },
      ok: { value: ok, enumerable: true },
    });
  }
  text() {
    return this.stdout;
  }
  json() {
    return JSON.parse(this.stdout);
  }
  lines() {
    const lines = this.stdout.split(/\r?\n/);
    if (lines.length && lines[lines.length - 1] === "") lines.pop();
    return lines;
  }
  toString() {
    return this.stdout;
  }
  valueOf() {
    return this.stdout.trim();
  }
}

function describeFailure(command, exitCode, signal, stderr) {
  const parts = [`command failed: ${command}`];
  if (signal) parts.push(`  signal: ${signal}`);
  else parts.push(`  exit code: ${exitCode}${meanings[exitCode] ? ` (${meanings[exitCode]})` : ""}`);
  const tail = stderr.trimEnd().split("\n").slice(-10).join("\n");
  if (tail) parts.push(`  stderr:\n${tail.replace(/^/gm, "    ")}`);
  return parts.join("\n");
}

export class ProcessPromise extends Promise {
  static get [Symbol.species]() {
    return Promise;
  }
}

function run(command, options) {
  let resolveRun;
  let rejectRun;
  const promise = new ProcessPromise((resolve, reject) => {
    resolveRun = resolve;
    rejectRun = reject;
  });
  const state = { quiet: options.quiet === true, nothrow: options.nothrow === true };
  promise.quiet = () => {
    state.quiet = true;
    return promise;
  };
  promise.nothrow = () => {
    state.nothrow = true;
    return promise;
  };
  promise.text = () => promise.then((output) => output.text());
  promise.json = () => promise.then((output) => output.json());
  promise.lines = () => promise.then((output) => output.lines());
  // Started on the next microtask, so `.quiet()` and friends apply first.
  queueMicrotask(() => {
    if (!state.quiet) op_write(2, dim ? `\u001b[2m$ ${command}\u001b[0m\n` : `$ ${command}\n`);
    const out = [];
    const err = [];
    const { utf8Decode } = decoder();
    const env = options.env ? JSON.stringify(Object.entries(options.env).map(([k, v]) => [k, String(v)])) : undefined;
    const script = options.prefix ? `${options.prefix}${command}` : command;
    try {
      op_shell_spawn(script, options.cwd, env, options.input, (kind, data, signal) => {
        if (kind === "stdout" || kind === "stderr") {
          (kind === "stdout" ? out : err).push(data);
          if (!state.quiet) op_write(kind === "stdout" ? 1 : 2, data);
          return;
        }
        if (kind === "error") {
          rejectRun(new Error(`cannot run \`${command}\`: ${data}`));
          return;
        }
        const output = new ProcessOutput({
          command,
          stdout: out.map((chunk) => utf8Decode(chunk)).join(""),
          stderr: err.map((chunk) => utf8Decode(chunk)).join(""),
          exitCode: data,
          signal,
        });
        if (output.ok || state.nothrow) resolveRun(output);
        else rejectRun(output);
      });
    } catch (error) {
      rejectRun(error);
    }
  });
  return promise;
}

function makeShell(defaults) {
  function $(first, ...values) {
    if (!Array.isArray(first) || !Array.isArray(first.raw)) {
      if (first !== null && typeof first === "object") return makeShell({ ...defaults, ...first });
      throw new TypeError("$ is used as a template tag: $`command ${arg}`, or $({ cwd, env, ... }) for options");
    }
    const parts = [first[0]];
    for (let i = 0; i < values.length; i++) parts.push(interpolate(values[i]), first[i + 1]);
    return run(parts.join(""), defaults);
  }
  return $;
}

export const $ = makeShell({ prefix: "set -euo pipefail;" });
