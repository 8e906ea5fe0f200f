// Node's console methods on top of two writers the host passes in:
// out(str) writes to stdout, err(str) to stderr. Every call writes one string
// ending in "\n". Formatting is node:util's.
import { op_load_builtin } from "autorun:internal";

// node:util is large (parsing it costs more than all of start-up): load it
// on the first call that needs more than plain strings and numbers.
const util = () => op_load_builtin("node:util");
const formatWithOptions = (...args) => util().formatWithOptions(...args);
const inspect = (...args) => util().inspect(...args);
const types = new Proxy({}, { get: (_, name) => util().types[name] });

/** Formats what needs no inspection as Node does, or returns undefined. */
function formatPlain(args, colors) {
  const first = args[0];
  if (typeof first === "string" && first.includes("%") && args.length > 1) return undefined;
  const parts = new Array(args.length);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const type = typeof arg;
    if (type === "string") parts[i] = arg;
    else if (colors) return undefined;
    else if (type === "number" && !Object.is(arg, -0)) parts[i] = String(arg);
    else if (type === "boolean" || arg === undefined || arg === null) parts[i] = String(arg);
    else return undefined;
  }
  return parts.join(" ");
}

const kNoColorInspectOptions = {};
const kColorInspectOptions = { colors: true };

const indexKey = "(index)";
const iterKey = "(iteration index)";
const keyKey = "Key";
const valuesKey = "Values";

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
// Terminal width of a table cell (East Asian wide characters take two
// columns, combining marks and control characters none).

const ansiRegExp = new RegExp(
  "[\\u001B\\u009B][[\\]()#;?]*" +
    "(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*" +
    "|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?" +
    "(?:\\u0007|\\u001B\\u005C|\\u009C))" +
    "|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?" +
    "[\\dA-PR-TZcf-nq-uy=><~]))",
  "g",
);

const wideRanges = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0],
  [0x23f3, 0x23f3], [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f],
  [0x2693, 0x2693], [0x26a1, 0x26a1], [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5],
  [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea], [0x26f2, 0x26f3], [0x26f5, 0x26f5],
  [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b], [0x2728, 0x2728],
  [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
  [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55],
  [0x2e80, 0x303e], [0x3040, 0x3247], [0x3250, 0x4dbf], [0x4e00, 0xa4c6], [0xa960, 0xa97c],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6b], [0xff01, 0xff60],
  [0xffe0, 0xffe6], [0x16fe0, 0x18cd5], [0x1b000, 0x1b2fb], [0x1f004, 0x1f004], [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e], [0x1f191, 0x1f19a], [0x1f200, 0x1f251], [0x1f260, 0x1f265], [0x1f300, 0x1f3fa],
  [0x1f400, 0x1f64f], [0x1f680, 0x1f6ff], [0x1f7e0, 0x1f7eb], [0x1f90c, 0x1f9ff], [0x1fa70, 0x1faff],
  [0x20000, 0x3fffd],
];

const zeroWidthRanges = [
  [0x0, 0x1f], [0x7f, 0x9f], [0x300, 0x36f], [0x200b, 0x200f], [0x2028, 0x202e], [0x2060, 0x2064],
  [0x20d0, 0x20ff], [0xfe00, 0xfe0f], [0xfe20, 0xfe2f], [0xfeff, 0xfeff], [0x1f3fb, 0x1f3ff],
  [0xe0000, 0xe007f], [0xe0100, 0xe01ef],
];

function inRanges(code, ranges) {
  for (const [low, high] of ranges) {
    if (code < low) return false;
    if (code <= high) return true;
  }
  return false;
}

function getStringWidth(str) {
  if (str.includes("\u001b") || str.includes("\u009b")) str = str.replace(ansiRegExp, "");
  let width = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) {
      let rest = str.slice(i);
      try {
        rest = rest.normalize("NFC");
      } catch {
        // Keep the text as is.
      }
      for (const char of rest) {
        const point = char.codePointAt(0);
        if (inRanges(point, wideRanges)) width += 2;
        else if (!inRanges(point, zeroWidthRanges)) width++;
      }
      break;
    }
    if (code >= 32) width++;
  }
  return width;
}

// ---------------------------------------------------------------------------
// console.table's box drawing

function renderRow(row, columnWidths) {
  const cells = [];
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    const needed = columnWidths[i] - getStringWidth(cell);
    cells.push(cell + " ".repeat(Math.max(0, Math.ceil(needed))));
  }
  return `│ ${cells.join(" │ ")} │`;
}

function renderTable(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  const longestColumn = Math.max(...columns.map((column) => column.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = (rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : "");
      columnWidths[i] = Math.max(columnWidths[i] || 0, getStringWidth(value));
    }
  }
  const divider = columnWidths.map((width) => "─".repeat(width + 2));
  const lines = [`┌${divider.join("┬")}┐`, renderRow(head, columnWidths), `├${divider.join("┼")}┤`];
  for (const row of rows) lines.push(renderRow(row, columnWidths));
  lines.push(`└${divider.join("┴")}┘`);
  return lines.join("\n");
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
      if (properties !== undefined && !Array.isArray(properties)) throw invalidArgType("properties", properties);
      if (tabularData === null || typeof tabularData !== "object") return consoleObject.log(tabularData);
      const final = (keys, values) => consoleObject.log(renderTable(keys, values));
      const indexArray = (length) => Array.from({ length }, (_, i) => tableInspect(i));

      // A Map/Set iterator cannot be previewed without consuming it; console.table
      // reads it to the end. Map iterators of [key, value] pairs count as entries.
      const mapIter = types.isMapIterator(tabularData);
      const setIter = types.isSetIterator(tabularData);
      let entries;
      if (mapIter || setIter) entries = [...tabularData];
      const isKeyValue =
        mapIter && entries.length > 0 && entries.every((e) => Array.isArray(e) && e.length === 2);

      if (isKeyValue || types.isMap(tabularData)) {
        const keys = [];
        const values = [];
        const source = isKeyValue ? entries : Map.prototype.entries.call(tabularData);
        for (const [k, v] of source) {
          keys.push(tableInspect(k));
          values.push(tableInspect(v));
        }
        return final([iterKey, keyKey, valuesKey], [indexArray(keys.length), keys, values]);
      }

      if (mapIter || setIter || types.isSet(tabularData)) {
        const values = [];
        const source = entries !== undefined ? entries : Set.prototype.values.call(tabularData);
        for (const v of source) values.push(tableInspect(v));
        return final([iterKey, valuesKey], [indexArray(values.length), values]);
      }

      const map = Object.create(null);
      let hasPrimitives = false;
      const valuesKeyArray = [];
      const indexKeyArray = Object.keys(tabularData);
      for (let i = 0; i < indexKeyArray.length; i++) {
        const item = tabularData[indexKeyArray[i]];
        const primitive = item === null || (typeof item !== "function" && typeof item !== "object");
        if (properties === undefined && primitive) {
          hasPrimitives = true;
          valuesKeyArray[i] = tableInspect(item);
        } else {
          const keys = properties || Object.keys(item);
          for (const key of keys) {
            if (map[key] === undefined) map[key] = [];
            if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
              map[key][i] = "";
            } else {
              map[key][i] = tableInspect(item[key]);
            }
          }
        }
      }
      const keys = Object.keys(map);
      const values = Object.values(map);
      if (hasPrimitives) {
        keys.push(valuesKey);
        values.push(valuesKeyArray);
      }
      keys.unshift(indexKey);
      values.unshift(indexKeyArray);
      return final(keys, values);
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
