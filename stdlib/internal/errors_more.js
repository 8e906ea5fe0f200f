// The less common half of internal:errors, parsed when the first error is
// made: stack headers, V8's ToString messages and the long messages (the
// `Received ...` description, the expected-types list). internal:errors
// keeps every error's construction, so the frames an error records do not
// change; only its text is built here.

import { op_load_builtin } from "autorun:internal";

// node:util is large; load it only when an error message needs it.
const inspect = (...args) => op_load_builtin("node:util").inspect(...args);

/**
 * Gives `err.stack` a V8-style first line (`header`), followed by the frames.
 * Boa's stacks hold only frames; V8's start with `Name: message`, which is
 * replaced. The property stays non-enumerable, as V8's is.
 *
 * `hideAbove` (a function name) drops the frames down to and including the
 * first call of that function, as `Error.captureStackTrace(err, fn)` does
 * where the engine has it; without it only the frames of internal:errors'
 * own error constructors are dropped.
 */
export function setStackHeader(err, header, hideAbove) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    return;
  }
  if (header === undefined) header = defaultHeader(err);
  let frames = typeof stack === "string" ? stackFrames(stack) : "";
  if (frames !== "") frames = hideFrames(frames, hideAbove);
  try {
    Object.defineProperty(err, "stack", {
      __proto__: null,
      value: frames === "" ? header : `${header}\n${frames}`,
      writable: true,
      enumerable: false,
      configurable: true,
    });
  } catch {
    // A frozen or exotic error keeps its stack.
  }
}

/**
 * The `    at ...` lines of a stack string: without V8's header line, and
 * without the empty and unnamed `(native)` lines Boa puts at the end.
 */
export function stackFrames(stack) {
  const lines = stack.split("\n");
  let start = 0;
  while (start < lines.length && !lines[start].startsWith("    at ")) start++;
  let end = lines.length;
  while (end > start && isNoiseFrame(lines[end - 1])) end--;
  return lines.slice(start, end).join("\n");
}

const internalFrameRegExp = /^\s+at (?:new )?(?:NodeError|makeNodeError|genericNodeError|ERR_[A-Z0-9_]+) /;

function hideFrames(frames, hideAbove) {
  const lines = frames.split("\n");
  let start = 0;
  if (typeof hideAbove === "string" && hideAbove !== "") {
    const escaped = hideAbove.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
    const own = new RegExp(`^\\s+at (?:async )?(?:new )?(?:[^\\s(]*\\.)?${escaped}(?: \\[as [^\\]]+\\])? \\(`);
    const pos = lines.findIndex((line) => own.test(line));
    if (pos !== -1) start = pos + 1;
  }
  if (start === 0) {
    while (start < lines.length && internalFrameRegExp.test(lines[start])) start++;
  }
  return start === 0 ? frames : lines.slice(start).join("\n");
}

function isNoiseFrame(line) {
  return /^\s*(at (<anonymous>)?( \(native\))?\s*)?$/.test(line);
}

function defaultHeader(err) {
  const name = err.name === undefined ? "Error" : String(err.name);
  const message = err.message === undefined ? "" : String(err.message);
  if (name === "") return message;
  if (message === "") return name;
  return `${name}: ${message}`;
}

// ---------------------------------------------------------------------------
// ToString with V8's messages (the conversion itself is toStringChecked, in
// internal:errors)

export function v8TypeError(message) {
  const err = new TypeError(message);
  setStackHeader(err);
  return err;
}

// V8 names a non-callable @@toPrimitive as "<typeof> <value> is not a
// function" for a string, number or boolean, by its type alone otherwise.
export function notAFunction(value) {
  switch (typeof value) {
    case "string":
      return v8TypeError(`string "${value}" is not a function`);
    case "number":
    case "boolean":
      return v8TypeError(`${typeof value} ${value} is not a function`);
    default:
      return v8TypeError(`${typeof value} is not a function`);
  }
}

// ---------------------------------------------------------------------------
// Message helpers

const classRegExp = /^[A-Z][a-zA-Z0-9]*$/;
const kTypes = [
  "string",
  "function",
  "number",
  "object",
  "Function",
  "Object",
  "boolean",
  "bigint",
  "symbol",
];

/** `A`, `A or B`, `A, B, or C` (no Intl.ListFormat in the lean Boa build). */
export function formatList(array, type = "and") {
  switch (array.length) {
    case 0:
      return "";
    case 1:
      return `${array[0]}`;
    case 2:
      return `${array[0]} ${type} ${array[1]}`;
    case 3:
      return `${array[0]}, ${array[1]}, ${type} ${array[2]}`;
    default:
      return `${array.slice(0, -1).join(", ")}, ${type} ${array[array.length - 1]}`;
  }
}

/** `1000000` → `1_000_000`; integers only. */
export function addNumericalSeparator(val) {
  const parts = [];
  let i = val.length;
  const start = val[0] === "-" ? 1 : 0;
  for (; i >= start + 4; i -= 3) parts.push(val.slice(i - 3, i));
  parts.push(val.slice(0, i));
  return parts.reverse().join("_");
}

/** The `Received ...` part of Node's type errors. */
export function determineSpecificType(value) {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  const type = typeof value;
  switch (type) {
    case "bigint":
      return `type bigint (${value}n)`;
    case "number":
      if (value === 0) return 1 / value === -Infinity ? "type number (-0)" : "type number (0)";
      if (value !== value) return "type number (NaN)";
      if (value === Infinity) return "type number (Infinity)";
      if (value === -Infinity) return "type number (-Infinity)";
      return `type number (${value})`;
    case "boolean":
      return value ? "type boolean (true)" : "type boolean (false)";
    case "symbol":
      return `type symbol (${String(value)})`;
    case "function":
      return `function ${value.name}`;
    case "object":
      if (value.constructor && "name" in value.constructor) {
        return `an instance of ${value.constructor.name}`;
      }
      return `${inspect(value, { depth: -1 })}`;
    case "string":
      if (value.length > 28) value = `${value.slice(0, 25)}...`;
      if (value.indexOf("'") === -1) return `type string ('${value}')`;
      return `type string (${JSON.stringify(value)})`;
    default: {
      let shown = inspect(value, { colors: false });
      if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
      return `type ${type} (${shown})`;
    }
  }
}

export function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  const parts = ["The "];
  if (name.endsWith(" argument")) {
    parts.push(`${name} `);
  } else {
    parts.push(`"${name}" ${name.includes(".") ? "property" : "argument"} `);
  }
  parts.push("must be ");

  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  // `object` is listed among the instances when classes are also allowed.
  if (instances.length > 0) {
    const pos = types.indexOf("object");
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push("Object");
    }
  }
  if (types.length > 0) {
    parts.push(`${types.length > 1 ? "one of type" : "of type"} ${formatList(types, "or")}`);
    if (instances.length > 0 || other.length > 0) parts.push(" or ");
  }
  if (instances.length > 0) {
    parts.push(`an instance of ${formatList(instances, "or")}`);
    if (other.length > 0) parts.push(" or ");
  }
  if (other.length > 0) {
    if (other.length > 1) {
      parts.push(`one of ${formatList(other, "or")}`);
    } else {
      if (other[0].toLowerCase() !== other[0]) parts.push("an ");
      parts.push(`${other[0]}`);
    }
  }
  parts.push(`. Received ${determineSpecificType(actual)}`);
  return parts.join("");
}

export function missingArgsMessage(args) {
  const len = args.length;
  const wrap = (a) => `"${a}"`;
  const names = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(" or ") : wrap(a)));
  return `The ${formatList(names)} argument${len > 1 ? "s" : ""} must be specified`;
}

export function outOfRangeMessage(str, range, input, replaceDefaultBoolean) {
  const msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === "bigint") {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += "n";
  } else {
    received = inspect(input);
  }
  return `${msg} It must be ${range}. Received ${received}`;
}
