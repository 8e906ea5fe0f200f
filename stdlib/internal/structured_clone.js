// structuredClone (HTML structured serialize/deserialize in one pass), with
// V8's DataCloneError messages as Node shows them.
//
// Global: structuredClone.
//
// Walks the value depth-first with an explicit stack (no recursion limit),
// in the order V8 serializes, so getters run and errors surface in the same
// order as in Node.

import * as ops from "autorun:internal";
import { DOMException } from "internal:dom_exception";
import { setStackHeader, toStringChecked } from "internal:errors";

// Node raises this one from C++: a plain error with a `code`, whose name
// line has no "[code]".
function nativeError(Base, code, message, props) {
  const err = new Base(message);
  err.code = code;
  if (props !== undefined) Object.assign(err, props);
  setStackHeader(err);
  return err;
}

function cloneError(message) {
  return new DOMException(message, "DataCloneError");
}

// ---- brand checks ----------------------------------------------------------

// V8 refuses proxies; only a native can tell one apart.
const op_is_proxy = typeof ops.op_is_proxy === "function" ? ops.op_is_proxy : null;

const objectToString = Object.prototype.toString;
const functionToString = Function.prototype.toString;

function passes(fn, value) {
  try {
    fn.call(value);
    return true;
  } catch {
    return false;
  }
}

const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, "size").get;
const setSize = Object.getOwnPropertyDescriptor(Set.prototype, "size").get;
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength").get;
const sharedByteLength = typeof SharedArrayBuffer === "function"
  ? Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, "byteLength").get
  : null;
const dataViewByteLength = Object.getOwnPropertyDescriptor(DataView.prototype, "byteLength").get;
const TypedArray = Object.getPrototypeOf(Uint8Array);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;
const regExpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, "source").get;
const regExpFlags = Object.getOwnPropertyDescriptor(RegExp.prototype, "flags").get;

// A regexp's pattern from its `source`. Boa writes every "/" of the pattern
// as "\/" in `source`, even one already escaped (pattern "\/" reads "\\/"),
// so a RegExp built from that source matches something else: there, drop
// the backslash in front of each "/" again (V8's `source` is a pattern
// already).
const sourceEscapesEverySlash = new RegExp("\\/").source === "\\\\/";
function patternOf(regexp) {
  const source = regExpSource.call(regexp);
  return sourceEscapesEverySlash ? source.replace(/\\\//g, "/") : source;
}

const detachedGetter = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "detached")?.get ?? null;

const TYPED_ARRAYS = new Map();
for (const name of [
  "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array",
  "Uint32Array", "Float16Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
]) {
  if (typeof globalThis[name] === "function") TYPED_ARRAYS.set(name, globalThis[name]);
}

const ERROR_TYPES = new Map([
  ["EvalError", EvalError],
  ["RangeError", RangeError],
  ["ReferenceError", ReferenceError],
  ["SyntaxError", SyntaxError],
  ["TypeError", TypeError],
  ["URIError", URIError],
]);

// Without the `detached` getter (Boa's lean build), a detached buffer is
// the empty one that refuses to be sliced.
function isDetached(buffer) {
  if (detachedGetter !== null) return detachedGetter.call(buffer);
  if (arrayBufferByteLength.call(buffer) !== 0) return false;
  try {
    buffer.slice(0, 0);
    return false;
  } catch {
    return true;
  }
}

// Detaches a transferred buffer: ArrayBuffer.prototype.transfer where the
// engine has it, else the host's op_array_buffer_detach(buffer) if any.
const op_array_buffer_detach = typeof ops.op_array_buffer_detach === "function" ? ops.op_array_buffer_detach : null;
const arrayBufferTransfer = typeof ArrayBuffer.prototype.transfer === "function" ? ArrayBuffer.prototype.transfer : null;

function detach(buffer) {
  if (arrayBufferTransfer !== null) arrayBufferTransfer.call(buffer);
  else if (op_array_buffer_detach !== null) op_array_buffer_detach(buffer);
}

// `#<Name>` as V8 names an object it cannot clone.
function describeObject(value) {
  let name = "Object";
  try {
    const ctor = value.constructor;
    if (typeof ctor === "function" && typeof ctor.name === "string" && ctor.name !== "") name = ctor.name;
  } catch {
    // keep "Object"
  }
  return `#<${name}>`;
}

function uncloneable(value) {
  let shown;
  if (typeof value === "function") {
    shown = functionToString.call(value);
  } else if (typeof value === "symbol") {
    shown = value.toString();
  } else {
    shown = describeObject(value);
  }
  return cloneError(`${shown} could not be cloned.`);
}

// ---- the walk --------------------------------------------------------------

function copyArrayBuffer(buffer) {
  if (isDetached(buffer)) throw cloneError("An ArrayBuffer is detached and could not be cloned.");
  if (buffer.resizable === true) {
    const copy = new ArrayBuffer(buffer.byteLength, { maxByteLength: buffer.maxByteLength });
    new Uint8Array(copy).set(new Uint8Array(buffer));
    return copy;
  }
  return buffer.slice(0);
}

function defineHidden(target, key, value) {
  Object.defineProperty(target, key, { value, writable: true, enumerable: false, configurable: true });
}

/**
 * Clones `root`. `memory` maps sources to their clones (pre-seeded with the
 * transferred buffers).
 */
function cloneGraph(root, memory) {
  // Frames that still have properties or entries to copy:
  // { kind, source, target, keys, index, key }
  const stack = [];

  const clone = (value) => {
    switch (typeof value) {
      case "undefined":
      case "boolean":
      case "number":
      case "string":
      case "bigint":
        return value;
      case "symbol":
      case "function":
        throw uncloneable(value);
      default:
        break;
    }
    if (value === null) return null;
    const seen = memory.get(value);
    if (seen !== undefined) return seen;

    if (op_is_proxy !== null && op_is_proxy(value)) {
      throw cloneError(`${Array.isArray(value) ? "[object Array]" : "#<Object>"} could not be cloned.`);
    }

    if (Array.isArray(value)) {
      const target = new Array(value.length);
      memory.set(value, target);
      stack.push({ kind: "object", source: value, target, keys: Object.keys(value), index: 0 });
      return target;
    }

    const tag = objectToString.call(value);
    switch (tag) {
      case "[object Object]":
        break;
      case "[object Arguments]":
        throw uncloneable(value);
      case "[object Date]":
        if (passes(Date.prototype.getTime, value)) {
          const target = new Date(Date.prototype.getTime.call(value));
          memory.set(value, target);
          return target;
        }
        break;
      case "[object RegExp]":
        if (passes(regExpSource, value)) {
          const target = new RegExp(patternOf(value), regExpFlags.call(value));
          memory.set(value, target);
          return target;
        }
        break;
      case "[object Boolean]":
        if (passes(Boolean.prototype.valueOf, value)) {
          const target = Object(Boolean.prototype.valueOf.call(value));
          memory.set(value, target);
          return target;
        }
        break;
      case "[object Number]":
        if (passes(Number.prototype.valueOf, value)) {
          const target = Object(Number.prototype.valueOf.call(value));
          memory.set(value, target);
          return target;
        }
        break;
      case "[object String]":
        if (passes(String.prototype.valueOf, value)) {
          const target = Object(String.prototype.valueOf.call(value));
          memory.set(value, target);
          return target;
        }
        break;
      case "[object BigInt]":
        if (passes(BigInt.prototype.valueOf, value)) {
          const target = Object(BigInt.prototype.valueOf.call(value));
          memory.set(value, target);
          return target;
        }
        break;
      case "[object Symbol]":
        if (passes(Symbol.prototype.valueOf, value)) throw cloneError("[object Symbol] could not be cloned.");
        break;
      case "[object Map]":
        if (passes(mapSize, value)) {
          const target = new Map();
          memory.set(value, target);
          const entries = [];
          for (const [k, v] of Map.prototype.entries.call(value)) entries.push(k, v);
          stack.push({ kind: "map", source: value, target, keys: entries, index: 0, key: undefined });
          return target;
        }
        break;
      case "[object Set]":
        if (passes(setSize, value)) {
          const target = new Set();
          memory.set(value, target);
          const entries = [];
          for (const v of Set.prototype.values.call(value)) entries.push(v);
          stack.push({ kind: "set", source: value, target, keys: entries, index: 0 });
          return target;
        }
        break;
      case "[object ArrayBuffer]":
        if (passes(arrayBufferByteLength, value)) {
          const target = copyArrayBuffer(value);
          memory.set(value, target);
          return target;
        }
        break;
      case "[object SharedArrayBuffer]":
        // Shared memory is shared, not copied.
        if (sharedByteLength !== null && passes(sharedByteLength, value)) {
          memory.set(value, value);
          return value;
        }
        break;
      case "[object DataView]":
        if (passes(dataViewByteLength, value)) {
          const buffer = clone(value.buffer);
          const target = new DataView(buffer, value.byteOffset, value.byteLength);
          memory.set(value, target);
          return target;
        }
        break;
      case "[object Error]":
        return cloneErrorObject(value);
      case "[object WeakMap]":
      case "[object WeakSet]":
      case "[object WeakRef]":
      case "[object FinalizationRegistry]":
      case "[object Promise]":
        throw uncloneable(value);
      case "[object Generator]":
      case "[object AsyncGenerator]":
        throw cloneError(`${tag} could not be cloned.`);
      default: {
        const typedName = typedArrayTag.call(value);
        if (typedName !== undefined) {
          const Ctor = TYPED_ARRAYS.get(typedName);
          const buffer = clone(value.buffer);
          const target = new Ctor(buffer, value.byteOffset, value.length);
          memory.set(value, target);
          return target;
        }
        break;
      }
    }

    // A plain object: own enumerable string keys, read through [[Get]].
    const target = {};
    memory.set(value, target);
    stack.push({ kind: "object", source: value, target, keys: Object.keys(value), index: 0 });
    return target;
  };

  const cloneErrorObject = (value) => {
    const name = value.name;
    const Ctor = ERROR_TYPES.get(name) ?? Error;
    const target = new Ctor();
    memory.set(value, target);
    const messageDesc = Object.getOwnPropertyDescriptor(value, "message");
    if (messageDesc !== undefined && "value" in messageDesc) defineHidden(target, "message", toStringChecked(messageDesc.value));
    const stack = value.stack;
    if (typeof stack === "string") defineHidden(target, "stack", stack);
    const causeDesc = Object.getOwnPropertyDescriptor(value, "cause");
    if (causeDesc !== undefined) {
      const cause = "value" in causeDesc ? causeDesc.value : value.cause;
      defineHidden(target, "cause", clone(cause));
    }
    return target;
  };

  const result = clone(root);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const { keys } = frame;
    if (frame.index >= keys.length) {
      stack.pop();
      continue;
    }
    if (frame.kind === "object") {
      const key = keys[frame.index++];
      const copy = clone(frame.source[key]);
      if (key === "__proto__") {
        Object.defineProperty(frame.target, key, { value: copy, writable: true, enumerable: true, configurable: true });
      } else {
        frame.target[key] = copy;
      }
    } else if (frame.kind === "map") {
      // Key and value in two steps, so that the key's contents are copied
      // before the value is visited (V8's order).
      const i = frame.index++;
      if (i % 2 === 0) {
        frame.key = clone(keys[i]);
      } else {
        frame.target.set(frame.key, clone(keys[i]));
      }
    } else {
      frame.target.add(clone(keys[frame.index++]));
    }
  }
  return result;
}

// ---- transfer list ---------------------------------------------------------

function transferList(options) {
  if (options === undefined || options === null) return [];
  if (typeof options !== "object" && typeof options !== "function") {
    throw nativeError(TypeError, "ERR_INVALID_ARG_TYPE", "The options argument must be either an object or undefined");
  }
  const transfer = options.transfer;
  if (transfer === undefined) return [];
  if (transfer === null || typeof transfer[Symbol.iterator] !== "function") {
    throw nativeError(TypeError, "ERR_INVALID_ARG_TYPE", "Optional transferList argument must be an iterable");
  }
  const list = [];
  for (const item of transfer) {
    if (typeof item !== "object" || item === null || objectToString.call(item) !== "[object ArrayBuffer]" ||
        !passes(arrayBufferByteLength, item)) {
      throw nativeError(TypeError, "ERR_INVALID_TRANSFER_OBJECT", "Found invalid object in transferList");
    }
    if (list.includes(item)) throw cloneError("Transfer list contains duplicate ArrayBuffer");
    list.push(item);
  }
  return list;
}

// ---- structuredClone -------------------------------------------------------

export function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    throw nativeError(TypeError, "ERR_MISSING_ARGS", "The value argument must be specified");
  }
  const transfers = transferList(options);
  const memory = new Map();
  // A transferred buffer's contents move to the clone; every reference to it
  // in the graph (including views over it) ends up on that one new buffer.
  // An already detached buffer in the list is ignored (as in Node).
  for (const buffer of transfers) {
    if (!isDetached(buffer)) memory.set(buffer, copyArrayBuffer(buffer));
  }
  const result = cloneGraph(value, memory);
  for (const buffer of transfers) {
    if (!isDetached(buffer)) detach(buffer);
  }
  return result;
}
