// AbortController and AbortSignal (DOM), with Node's validation and errors.
//
// Globals: AbortController, AbortSignal.
// Internal: abortSignal(signal, reason) for host code that aborts a signal
// it created (e.g. a task being cancelled).

import { EventTarget, createTrustedEvent, defineEventHandler, kNewListener } from "internal:event_target";
import { DOMException } from "internal:dom_exception";
import { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_OUT_OF_RANGE, makeNodeError } from "internal:errors";

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

// util.inspect hands its own inspect function as the third argument.
function inspectAs(self, fields, depth, options, inspect) {
  if (typeof depth === "number" && depth < 0) return self;
  if (typeof inspect !== "function") return fields;
  const opts = { ...options, depth: options?.depth == null ? options?.depth : options.depth - 1 };
  return `${self.constructor.name} ${inspect(fields, opts)}`;
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

    // As Node: the signal fires first, then each dependent is aborted in turn.
    signalAbort = (signal, reason) => {
      if (signal.#aborted) return;
      signal.#aborted = true;
      signal.#reason = reason;
      persistentSignals.delete(signal);
      signal.#sources = null;
      const dependents = signal.#dependents;
      signal.#dependents = null;
      signal.dispatchEvent(createTrustedEvent("abort"));
      if (dependents !== null) {
        for (const ref of dependents) {
          const dependent = HasWeakRef ? ref.deref() : ref;
          if (dependent !== undefined) signalAbort(dependent, reason);
        }
      }
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
    if (key !== kCreate) throw makeNodeError(TypeError, "ERR_ILLEGAL_CONSTRUCTOR", "Illegal constructor");
    super();
  }

  get aborted() {
    if (!isSignal(this)) throw ERR_INVALID_THIS("AbortSignal");
    return this.#aborted;
  }

  get reason() {
    if (!isSignal(this)) throw ERR_INVALID_THIS("AbortSignal");
    return this.#reason;
  }

  throwIfAborted() {
    if (!isSignal(this)) throw ERR_INVALID_THIS("AbortSignal");
    if (this.#aborted) throw this.#reason;
  }

  [kNewListener](type) {
    if (type === "abort" && this.#dependent && !this.#aborted) persistentSignals.add(this);
  }

  [inspectCustom](depth, options, inspect) {
    return inspectAs(this, { aborted: this.#aborted }, depth, options, inspect);
  }

  static abort(reason = abortError()) {
    const signal = new AbortSignal(kCreate);
    signal.#aborted = true;
    signal.#reason = reason;
    return signal;
  }

  static timeout(delay) {
    if (typeof delay !== "number") throw ERR_INVALID_ARG_TYPE("delay", "number", delay);
    if (!Number.isInteger(delay)) throw ERR_OUT_OF_RANGE("delay", "an integer", delay);
    if (delay < 0 || delay > 4294967295) throw ERR_OUT_OF_RANGE("delay", ">= 0 && <= 4294967295", delay);
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
      throw ERR_INVALID_ARG_TYPE("signals", "Array", signals);
    }
    for (let i = 0; i < signals.length; i++) {
      if (!isSignal(signals[i])) {
        throw ERR_INVALID_ARG_TYPE(`signals[${i}]`, "AbortSignal", signals[i]);
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
    if (typeof this !== "object" || this === null || !(#signal in this)) throw ERR_INVALID_THIS("AbortController");
    return this.#signal;
  }

  abort(reason = abortError()) {
    if (typeof this !== "object" || this === null || !(#signal in this)) throw ERR_INVALID_THIS("AbortController");
    signalAbort(this.#signal, reason);
  }

  [inspectCustom](depth, options, inspect) {
    return inspectAs(this, { signal: this.#signal }, depth, options, inspect);
  }
}

exposeInterface(AbortController, "AbortController");
