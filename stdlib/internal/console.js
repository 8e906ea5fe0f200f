// Node's console methods on top of two writers the host passes in:
// out(str) writes to stdout, err(str) to stderr. Every call writes one string
// ending in "\n". Formatting is node:util's.
import { op_load_builtin } from "autorun:internal";
import { formatPlain } from "internal:format_plain";

// node:util is large (parsing it costs more than all of start-up): load it
// on the first call that needs more than plain strings and numbers.
const util = () => op_load_builtin("node:util");
const formatWithOptions = (...args) => util().formatWithOptions(...args);
const inspect = (...args) => util().inspect(...args);
const types = new Proxy({}, { get: (_, name) => util().types[name] });

const kNoColorInspectOptions = {};
const kColorInspectOptions = { colors: true };


function currentProcess() {
  return typeof globalThis.process === "object" && globalThis.process !== null
    ? globalThis.process
    : undefined;
}

function now() {
  const perf = globalThis.performance;
  if (perf !== undefined && perf !== null && typeof perf.now === "function") return perf.now();
  return Date.now();
}

// ---------------------------------------------------------------------------
// console.time's duration text: 1.234ms, 1.234s, 1:02.345 (m:ss.mmm), ...

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

function pad2(value) {
  return `${value}`.padStart(2, "0");
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms = ms % kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms = ms % kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    const [wholeSeconds, millis] = seconds.toFixed(3).split(".");
    const res = hours !== 0 ? `${hours}:${pad2(minutes)}` : minutes;
    return `${res}:${pad2(wholeSeconds)}.${millis} (${hours !== 0 ? "h:m" : ""}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

// ---------------------------------------------------------------------------

let traceHintShown = false;

function emitWarning(err, message) {
  const proc = currentProcess();
  if (proc !== undefined && typeof proc.emitWarning === "function") {
    proc.emitWarning(message);
    return;
  }
  const pid = proc !== undefined && proc.pid !== undefined ? proc.pid : 0;
  const lines = [`(node:${pid}) Warning: ${message}`];
  if (!traceHintShown) {
    lines.push("(Use `node --trace-warnings ...` to show where the warning was created)");
    traceHintShown = true;
  }
  err(`${lines.join("\n")}\n`);
}

function invalidArgType(name, value) {
  let received;
  if (value === null || value === undefined) received = String(value);
  else if (typeof value === "object" && value.constructor && "name" in value.constructor) {
    received = `an instance of ${value.constructor.name}`;
  } else {
    received = `type ${typeof value} (${inspect(value)})`;
  }
  const error = new TypeError(`The "${name}" argument must be an instance of Array. Received ${received}`);
  error.code = "ERR_INVALID_ARG_TYPE";
  return error;
}

// The `    at ...` lines of the stack above console.trace, without Boa's
// trailing native frame.
function captureFrames() {
  const stack = new Error().stack;
  if (typeof stack !== "string") return [];
  const lines = stack.split("\n").filter((line) => /^\s+at /.test(line));
  while (lines.length > 0 && /^\s+at (<anonymous>)?( \(native\))?\s*$/.test(lines[lines.length - 1])) lines.pop();
  // Drop this function's frame and console.trace's.
  const own = lines.findIndex((line) => line.includes("captureFrames"));
  return own === -1 ? lines.slice(1) : lines.slice(own + 2);
}

const isArrayLike = (v) => Array.isArray(v) || types.isTypedArray(v);

// options.stdoutColors / options.stderrColors: inspect with colors (the host
// decides, e.g. when the stream is a TTY and NO_COLOR is unset).
export function createConsole(out, err, options = {}) {
  const stdoutOptions = options.stdoutColors ? kColorInspectOptions : kNoColorInspectOptions;
  const stderrOptions = options.stderrColors ? kColorInspectOptions : kNoColorInspectOptions;
  let groupIndent = "";
  const times = new Map();
  const counts = new Map();

  function write(useStderr, string) {
    if (groupIndent.length !== 0) {
      if (string.includes("\n")) string = string.split("\n").join(`\n${groupIndent}`);
      string = groupIndent + string;
    }
    string += "\n";
    if (useStderr) err(string);
    else out(string);
  }

  const formatStdout = (args) => formatPlain(args, options.stdoutColors) ?? formatWithOptions(stdoutOptions, ...args);
  const formatStderr = (args) => formatPlain(args, options.stderrColors) ?? formatWithOptions(stderrOptions, ...args);

  function timeLogImpl(name, label, data) {
    const start = times.get(label);
    if (start === undefined) {
      emitWarning(err, `No such label '${label}' for console.${name}()`);
      return false;
    }
    const formatted = formatTime(now() - start);
    if (data === undefined) consoleObject.log("%s: %s", label, formatted);
    else consoleObject.log("%s: %s", label, formatted, ...data);
    return true;
  }

  function tableInspect(v) {
    const depth = v !== null && typeof v === "object" && !isArrayLike(v) && Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...stdoutOptions });
  }

  const consoleObject = {
    log(...args) {
      write(false, formatStdout(args));
    },
    warn(...args) {
      write(true, formatStderr(args));
    },
    dir(object, dirOptions) {
      write(false, inspect(object, { customInspect: false, ...stdoutOptions, ...dirOptions }));
    },
    time(label = "default") {
      label = `${label}`;
      if (times.has(label)) {
        emitWarning(err, `Label '${label}' already exists for console.time()`);
        return;
      }
      times.set(label, now());
    },
    timeEnd(label = "default") {
      label = `${label}`;
      if (timeLogImpl("timeEnd", label)) times.delete(label);
    },
    timeLog(label = "default", ...data) {
      label = `${label}`;
      timeLogImpl("timeLog", label, data);
    },
    trace(...args) {
      const message = formatStderr(args);
      const header = message === "" ? "Trace" : `Trace: ${message}`;
      let stack;
      if (typeof Error.captureStackTrace === "function") {
        const holder = { name: "Trace", message };
        Error.captureStackTrace(holder, consoleObject.trace);
        stack = holder.stack;
      } else {
        const frames = captureFrames();
        stack = frames.length === 0 ? header : `${header}\n${frames.join("\n")}`;
      }
      consoleObject.error(stack);
    },
    assert(expression, ...args) {
      if (!expression) {
        args[0] = `Assertion failed${args.length === 0 ? "" : `: ${args[0]}`}`;
        consoleObject.warn(...args);
      }
    },
    clear() {
      // Only a TTY can be cleared; the host's writers are plain streams.
    },
    count(label = "default") {
      label = `${label}`;
      const count = (counts.get(label) ?? 0) + 1;
      counts.set(label, count);
      consoleObject.log(`${label}: ${count}`);
    },
    countReset(label = "default") {
      if (!counts.has(label)) {
        emitWarning(err, `Count for '${label}' does not exist`);
        return;
      }
      counts.delete(`${label}`);
    },
    group(...data) {
      if (data.length > 0) consoleObject.log(...data);
      groupIndent += "  ";
    },
    groupEnd() {
      groupIndent = groupIndent.slice(0, Math.max(0, groupIndent.length - 2));
    },
    table(tabularData, properties) {
      // The table renderer and its width tables load on first use.
      if (properties !== undefined && !Array.isArray(properties)) throw invalidArgType("properties", properties);
      return op_load_builtin("internal:console_table").table(consoleObject.log, tableInspect, tabularData, properties);
    },
    // Inspector-only in Node; no-ops without one.
    timeStamp() {},
    profile() {},
    profileEnd() {},
  };
  consoleObject.info = consoleObject.log;
  consoleObject.debug = consoleObject.log;
  consoleObject.dirxml = consoleObject.log;
  consoleObject.error = consoleObject.warn;
  consoleObject.groupCollapsed = consoleObject.group;
  Object.defineProperty(consoleObject, Symbol.toStringTag, {
    value: "console",
    writable: false,
    enumerable: false,
    configurable: true,
  });
  return consoleObject;
}

export { formatTime };
