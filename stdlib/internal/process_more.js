// The less common half of internal:process, parsed on first use:
// process.emitWarning and the default 'warning' printer, kill() and abort().
import { op_kill, op_write } from "autorun:internal";
import { process, typeError } from "internal:process";

const signals = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGBUS: 7, SIGFPE: 8,
  SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15,
  SIGCHLD: 17, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGWINCH: 28,
};

let warnedOnce = false;

export function abort() {
  op_kill(process.pid, signals.SIGABRT);
}

export function kill(pid, signal) {
  const number = typeof signal === "number" ? signal : signals[signal];
  if (number === undefined) {
    throw typeError("ERR_UNKNOWN_SIGNAL", `Unknown signal: ${signal}`);
  }
  return op_kill(pid, number);
}

export function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === "object") {
    ({ type, code, detail } = type);
  } else if (typeof type === "function") {
    type = undefined;
  }
  if (typeof warning === "string") {
    warning = Object.assign(new Error(warning), { name: type || "Warning" });
    if (code !== undefined) warning.code = code;
    if (detail !== undefined) warning.detail = detail;
  } else if (!(warning instanceof Error)) {
    throw typeError(
      "ERR_INVALID_ARG_TYPE",
      `The "warning" argument must be of type string or an instance of Error. Received ${typeof warning}`,
    );
  }
  if (warning.name === "DeprecationWarning" && process.noDeprecation) return;
  process.nextTick(() => process.emit("warning", warning));
}

export function printWarning(warning) {
  const parts = [`(node:${process.pid}) `];
  if (warning.code) parts.push(`[${warning.code}] `);
  parts.push(`${warning.name}: ${warning.message}\n`);
  if (warning.detail) parts.push(`${warning.detail}\n`);
  if (!warnedOnce) {
    warnedOnce = true;
    parts.push("(Use `node --trace-warnings ...` to show where the warning was created)\n");
  }
  op_write(2, parts.join(""));
}
