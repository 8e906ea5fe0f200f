// AbortController and AbortSignal (DOM), with Node's validation and errors.
//
// Globals: AbortController, AbortSignal.
// Internal: abortSignal(signal, reason) for host code that aborts a signal
// it created (e.g. a task being cancelled).

import { EventTarget, createTrustedEvent, defineEventHandler, kNewListener } from "internal:event_target";
import { DOMException } from "internal:dom_exception";

// ---- Node-style coded errors (minimal; see internal:errors) ----------------

function codedError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

function addNumericalSeparator(digits) {
  const parts = [];
  let i = digits.length;
  const start = digits[0] === "-" ? 1 : 0;
  for (; i >= start + 4; i -= 3) parts.push(digits.slice(i - 3, i));
  parts.push(digits.slice(0, i));
  return parts.reverse().join("_");
}

function received(value) {
  if (value === null || value === undefined) return ` Received ${value}`;
  if (typeof value === "function") return ` Received function ${value.name}`;
  if (typeof value === "object") {
    const ctor = value.constructor;
    if (typeof ctor === "function" && ctor.name) return ` Received an instance of ${ctor.name}`;
    return " Received [Object: null prototype]";
  }
  let shown;
  if (typeof value === "string") {
    shown = value.includes("'") && !value.includes('"') ? `"${value}"` : `'${value}'`;
  } else if (typeof value === "bigint") {
    shown = `${value}n`;
  } else if (typeof value === "symbol") {
    shown = value.toString();
  } else {
    shown = Object.is(value, -0) ? "-0" : `${value}`;
  }
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${shown})`;
}

function invalidArgType(name, expected, value) {
  return codedError(TypeError, "ERR_INVALID_ARG_TYPE",
    `The "${name}" argument must be ${expected}.${received(value)}`);
}

function outOfRange(name, range, value) {
  let shown = `${value}`;
  if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) shown = addNumericalSeparator(shown);
  return codedError(RangeError, "ERR_OUT_OF_RANGE",
    `The value of "${name}" is out of range. It must be ${range}. Received ${shown}`);
}

function invalidThis(type) {
  return codedError(TypeError, "ERR_INVALID_THIS", `Value of "this" must be of type ${type}`);
}

// ---- helpers ---------------------------------------------------------------

function exposeInterface(Class, tag) {
  const proto = Class.prototype;
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === "constructor") continue;
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    desc.enumerable = true;
    Object.defineProperty(proto, key, desc);
  }
  Object.defineProperty(proto, Symbol.toStringTag, {
    value: tag, writable: false, enumerable: false, configurable: true,
  });
}

const inspectCustom = Symbol.for("nodejs.util.inspect.custom");

function inspectAs(constructor, fields) {
  const shown = Object.create({ constructor });
  Object.assign(shown, fields);
  return shown;
}

function abortError() {
  return new DOMException("This operation was aborted", "AbortError");
}

// ---- AbortSignal -----------------------------------------------------------

const kCreate = Symbol("kCreate");
const HasWeakRef = typeof WeakRef === "function";

// A dependent signal (from AbortSignal.any) that has listeners must stay
// alive while its sources may still abort it: its sources hold it weakly.
const persistentSignals = new Set();

let isSignal;
let signalAbort;
let linkDependent;

export class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  // Set when this signal was made by AbortSignal.any().
  #dependent = false;
  #sources = null;
  // Signals made by AbortSignal.any() from this one: WeakRefs (or the signals).
  #dependents = null;
  #pruneAt = 64;

  static {
    isSignal = (value) => typeof value === "object" && value !== null && #aborted in value;

    signalAbort = (signal, reason) => {
      if (signal.#aborted) return;
      signal.#aborted = true;
      signal.#reason = reason;
      const toAbort = [];
      if (signal.#dependents !== null) {
        for (const ref of signal.#dependents) {
          const dependent = HasWeakRef ? ref.deref() : ref;
          if (dependent !== undefined && !dependent.#aborted) {
            dependent.#aborted = true;
            dependent.#reason = reason;
            toAbort.push(dependent);
          }
        }
        signal.#dependents = null;
      }
      signal.#fireAbort();
      for (let i = 0; i < toAbort.length; i++) toAbort[i].#fireAbort();
    };

    linkDependent = (source, dependent) => {
      if (source.#dependents === null) source.#dependents = new Set();
      const set = source.#dependents;
      set.add(HasWeakRef ? new WeakRef(dependent) : dependent);
      if (HasWeakRef && set.size >= source.#pruneAt) {
        for (const ref of set) if (ref.deref() === undefined) set.delete(ref);
        source.#pruneAt = Math.max(64, set.size * 2);
      }
    };
  }

  constructor(key = undefined) {
    if (key !== kCreate) throw codedError(TypeError, "ERR_ILLEGAL_CONSTRUCTOR", "Illegal constructor");
    super();
  }

  #fireAbort() {
    persistentSignals.delete(this);
    this.#sources = null;
    this.dispatchEvent(createTrustedEvent("abort"));
  }

  get aborted() {
    if (!isSignal(this)) throw invalidThis("AbortSignal");
    return this.#aborted;
  }

  get reason() {
    if (!isSignal(this)) throw invalidThis("AbortSignal");
    return this.#reason;
  }

  throwIfAborted() {
    if (!isSignal(this)) throw invalidThis("AbortSignal");
    if (this.#aborted) throw this.#reason;
  }

  [kNewListener](type) {
    if (type === "abort" && this.#dependent && !this.#aborted) persistentSignals.add(this);
  }

  [inspectCustom]() {
    return inspectAs(AbortSignal, { aborted: this.#aborted });
  }

  static abort(reason = abortError()) {
    const signal = new AbortSignal(kCreate);
    signal.#aborted = true;
    signal.#reason = reason;
    return signal;
  }

  static timeout(delay) {
    if (typeof delay !== "number") throw invalidArgType("delay", "of type number", delay);
    if (!Number.isInteger(delay)) throw outOfRange("delay", "an integer", delay);
    if (delay < 0 || delay > 4294967295) throw outOfRange("delay", ">= 0 && <= 4294967295", delay);
    const signal = new AbortSignal(kCreate);
    const timer = globalThis.setTimeout(() => {
      signalAbort(signal, new DOMException("The operation was aborted due to timeout", "TimeoutError"));
    }, delay);
    // A pending timeout signal must not keep the process alive.
    if (timer !== null && typeof timer === "object" && typeof timer.unref === "function") timer.unref();
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals)) {
      throw invalidArgType("signals", "an instance of Array", signals);
    }
    for (let i = 0; i < signals.length; i++) {
      if (!isSignal(signals[i])) {
        throw invalidArgType(`signals[${i}]`, "an instance of AbortSignal", signals[i]);
      }
    }
    const result = new AbortSignal(kCreate);
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      if (signal.#aborted) {
        result.#aborted = true;
        result.#reason = signal.#reason;
        return result;
      }
    }
    result.#dependent = true;
    const sources = new Set();
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      if (signal.#dependent) {
        if (signal.#sources !== null) for (const source of signal.#sources) sources.add(source);
      } else {
        sources.add(signal);
      }
    }
    for (const source of sources) linkDependent(source, result);
    result.#sources = sources;
    return result;
  }
}

defineEventHandler(AbortSignal.prototype, "abort");
exposeInterface(AbortSignal, "AbortSignal");
// Node keeps these two non-enumerable.
Object.defineProperty(AbortSignal.prototype, "reason", { enumerable: false });
Object.defineProperty(AbortSignal.prototype, "throwIfAborted", { enumerable: false });

/** Aborts `signal` with `reason` (default: an AbortError DOMException). */
export function abortSignal(signal, reason = abortError()) {
  signalAbort(signal, reason);
}

// ---- AbortController -------------------------------------------------------

export class AbortController {
  #signal = new AbortSignal(kCreate);

  get signal() {
    if (typeof this !== "object" || this === null || !(#signal in this)) throw invalidThis("AbortController");
    return this.#signal;
  }

  abort(reason = abortError()) {
    if (typeof this !== "object" || this === null || !(#signal in this)) throw invalidThis("AbortController");
    signalAbort(this.#signal, reason);
  }

  [inspectCustom]() {
    return inspectAs(AbortController, { signal: this.#signal });
  }
}

exposeInterface(AbortController, "AbortController");
