// Node-compatible error construction shared by every stdlib module.
//
// Each `ERR_*` export is a plain function that returns a new error, so both
// `throw ERR_X(...)` and `throw new ERR_X(...)` work. They are function
// declarations on purpose: modules that import each other in a cycle (node:util
// imports this file, this file imports node:util) can call them before this
// module has finished evaluating.
//
// Errors made here look like Node's: `err.code` is an own enumerable property,
// `err.constructor` is the base class, `String(err)` and the first line of
// `err.stack` read `TypeError [ERR_X]: message`.

import { op_load_builtin } from "autorun:internal";

// node:util is large; load it only when an error message needs it.
const inspect = (...args) => op_load_builtin("node:util").inspect(...args);
// Stack headers and the long messages, parsed when the first error is made:
// most programs import this module and never make one. A declaration, like
// the exports, so that it works before this module has evaluated.
function more() {
  return op_load_builtin("internal:errors_more");
}

/** Marks errors made by `makeNodeError` (Node keeps an equivalent private symbol). */
export const kIsNodeError = Symbol.for("autorun.isNodeError");

const nodeErrorClasses = new Map();

function nodeErrorClass(Base) {
  let NodeError = nodeErrorClasses.get(Base);
  if (NodeError === undefined) {
    NodeError = class NodeError extends Base {
      toString() {
        return `${this.name} [${this.code}]: ${this.message}`;
      }
    };
    // Node reports the base class as the constructor (`err.constructor === TypeError`).
    Object.defineProperty(NodeError.prototype, "constructor", {
      __proto__: null,
      value: Base,
      writable: true,
      enumerable: false,
      configurable: true,
    });
    Object.defineProperty(NodeError.prototype, kIsNodeError, {
      __proto__: null,
      value: true,
      enumerable: false,
    });
    nodeErrorClasses.set(Base, NodeError);
  }
  return NodeError;
}

/**
 * Gives `err.stack` a V8-style first line (`header`), followed by the frames
 * (see internal:errors_more). `hideAbove` (a function name) drops the frames
 * down to and including the first call of that function.
 */
export function setStackHeader(err, header, hideAbove) {
  more().setStackHeader(err, header, hideAbove);
}

/** The `    at ...` lines of a stack string, without V8's header line. */
export function stackFrames(stack) {
  return more().stackFrames(stack);
}

/**
 * Creates an error of class `Base` with Node's `code` and printed name.
 * `props` (optional) are assigned as further own properties, after `code`.
 */
export function makeNodeError(Base, code, message, props) {
  const NodeError = nodeErrorClass(Base);
  const err = new NodeError(message);
  err.code = code;
  if (props !== undefined && props !== null) Object.assign(err, props);
  setStackHeader(err, `${err.name} [${code}]: ${err.message}`);
  return err;
}

/** A plain `Error` with extra own properties (Node's `genericNodeError`). */
export function genericNodeError(message, props) {
  const err = new Error(message);
  if (props !== undefined && props !== null) Object.assign(err, props);
  setStackHeader(err);
  return err;
}

// ---------------------------------------------------------------------------
// ToString with V8's messages

/**
 * The spec's ToString, failing as V8 words it: a Symbol (given or returned
 * by the object's ToPrimitive) throws "Cannot convert a Symbol value to a
 * string", an object with no primitive value "Cannot convert object to
 * primitive value". Boa's own messages differ, so stdlib code that converts
 * a caller's value with `${value}` converts it here instead.
 */
export function toStringChecked(value) {
  if (typeof value === "string") return value;
  if ((typeof value === "object" && value !== null) || typeof value === "function") {
    // ToPrimitive(value, string)
    const exotic = value[Symbol.toPrimitive];
    let primitive;
    if (exotic !== undefined && exotic !== null) {
      if (typeof exotic !== "function") throw more().notAFunction(exotic);
      primitive = exotic.call(value, "string");
      if ((typeof primitive === "object" && primitive !== null) || typeof primitive === "function") {
        throw more().v8TypeError("Cannot convert object to primitive value");
      }
    } else {
      let found = false;
      for (const name of ["toString", "valueOf"]) {
        const method = value[name];
        if (typeof method !== "function") continue;
        const result = method.call(value);
        if ((typeof result !== "object" || result === null) && typeof result !== "function") {
          primitive = result;
          found = true;
          break;
        }
      }
      if (!found) throw more().v8TypeError("Cannot convert object to primitive value");
    }
    value = primitive;
  }
  if (typeof value === "symbol") throw more().v8TypeError("Cannot convert a Symbol value to a string");
  return `${value}`;
}

// ---------------------------------------------------------------------------
// Message helpers (in internal:errors_more)

/** `A`, `A or B`, `A, B, or C`. */
export function formatList(array, type = "and") {
  return more().formatList(array, type);
}

/** `1000000` → `1_000_000`; integers only. */
export function addNumericalSeparator(val) {
  return more().addNumericalSeparator(val);
}

/** The `Received ...` part of Node's type errors. */
export function determineSpecificType(value) {
  return more().determineSpecificType(value);
}

// ---------------------------------------------------------------------------
// Error codes (alphabetical)

export function ERR_AMBIGUOUS_ARGUMENT(name, reason) {
  return makeNodeError(TypeError, "ERR_AMBIGUOUS_ARGUMENT", `The "${name}" argument is ambiguous. ${reason}`);
}

export function ERR_ASSERTION(message) {
  return makeNodeError(Error, "ERR_ASSERTION", message);
}

export function ERR_BUFFER_OUT_OF_BOUNDS(name = undefined) {
  return makeNodeError(
    RangeError,
    "ERR_BUFFER_OUT_OF_BOUNDS",
    name ? `"${name}" is outside of buffer bounds` : "Attempt to access memory outside buffer bounds",
  );
}

export function ERR_INVALID_ARG_TYPE(name, expected, actual) {
  return makeNodeError(TypeError, "ERR_INVALID_ARG_TYPE", more().invalidArgTypeMessage(name, expected, actual));
}

export function ERR_INVALID_ARG_VALUE(name, value, reason = "is invalid", Base = TypeError) {
  let inspected = inspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes(".") ? "property" : "argument";
  return makeNodeError(Base, "ERR_INVALID_ARG_VALUE", `The ${type} '${name}' ${reason}. Received ${inspected}`);
}

export function ERR_INVALID_BUFFER_SIZE(suffix) {
  return makeNodeError(RangeError, "ERR_INVALID_BUFFER_SIZE", `Buffer size must be a multiple of ${suffix}`);
}

export function ERR_INVALID_RETURN_VALUE(input, name, value) {
  return makeNodeError(
    TypeError,
    "ERR_INVALID_RETURN_VALUE",
    `Expected ${input} to be returned from the "${name}" function but got ${more().determineSpecificType(value)}.`,
  );
}

export function ERR_INVALID_THIS(type) {
  return makeNodeError(TypeError, "ERR_INVALID_THIS", `Value of "this" must be of type ${type}`);
}

export function ERR_METHOD_NOT_IMPLEMENTED(method) {
  return makeNodeError(Error, "ERR_METHOD_NOT_IMPLEMENTED", `The ${method} method is not implemented`);
}

export function ERR_MISSING_ARGS(...args) {
  return makeNodeError(TypeError, "ERR_MISSING_ARGS", more().missingArgsMessage(args));
}

export function ERR_OUT_OF_RANGE(str, range, input, replaceDefaultBoolean = false) {
  const message = more().outOfRangeMessage(str, range, input, replaceDefaultBoolean);
  return makeNodeError(RangeError, "ERR_OUT_OF_RANGE", message);
}

export function ERR_UNAVAILABLE_DURING_EXIT() {
  return makeNodeError(Error, "ERR_UNAVAILABLE_DURING_EXIT", "Cannot call function in process exit handler");
}

export function ERR_UNKNOWN_ENCODING(encoding) {
  const shown = typeof encoding === "string" ? encoding : op_load_builtin("node:util").format("%s", encoding);
  return makeNodeError(TypeError, "ERR_UNKNOWN_ENCODING", `Unknown encoding: ${shown}`);
}

export function ERR_UNHANDLED_ERROR(err = undefined) {
  const msg = "Unhandled error.";
  return makeNodeError(Error, "ERR_UNHANDLED_ERROR", err === undefined ? msg : `${msg} (${err})`);
}

/**
 * Node's AbortError: a plain Error subclass with `code: 'ABORT_ERR'` and
 * `name: 'AbortError'` (not the DOMException that `AbortSignal.reason` holds).
 */
export class AbortError extends Error {
  constructor(message = "The operation was aborted", options = undefined) {
    if (options !== undefined && typeof options !== "object") {
      throw ERR_INVALID_ARG_TYPE("options", "Object", options);
    }
    super(message, options);
    this.code = "ABORT_ERR";
    this.name = "AbortError";
    setStackHeader(this);
  }
}
