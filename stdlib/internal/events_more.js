// The less common half of node:events, parsed on first use: the module-level
// helpers (once, on, getEventListeners, addAbortListener), EventTarget
// interop, the max-listeners warning, captured rejections and
// EventEmitterAsyncResource's resource.
// internal:event_emitter and node:events keep what every emitter needs and
// call in here.

import { op_load_builtin } from "autorun:internal";
import {
  kCapture,
  kMaxEventTargetListeners,
  kMaxEventTargetListenersWarned,
  kShapeMode,
} from "internal:event_emitter";
import * as errors from "internal:errors";
const { AbortError, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_OUT_OF_RANGE, genericNodeError } = errors;

// node:util is large; load it only when a message needs it.
const inspect = (...args) => op_load_builtin("node:util").inspect(...args);

const kRejection = Symbol.for("nodejs.rejection");
const kWatermarkData = Symbol.for("nodejs.watermarkData");
// An EventTarget implementation lists its listeners for `getEventListeners`
// through this method: `target[kEventTargetListeners](type)` → Function[].
const kEventTargetListeners = Symbol.for("autorun.eventTargetListeners");
// An EventTarget implementation runs a listener added with this flag set even
// after `stopImmediatePropagation()` (abort listeners must always run).
const kResistStopPropagation = Symbol.for("autorun.kResistStopPropagation");

// ---------------------------------------------------------------------------
// Validation (Node's messages)

function validateFunction(value, name) {
  if (typeof value !== "function") throw ERR_INVALID_ARG_TYPE(name, "Function", value);
}

function validateInteger(value, name, min) {
  if (typeof value !== "number") throw ERR_INVALID_ARG_TYPE(name, "number", value);
  if (!Number.isInteger(value)) throw ERR_OUT_OF_RANGE(name, "an integer", value);
  if (value < min || value > Number.MAX_SAFE_INTEGER) {
    throw ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${Number.MAX_SAFE_INTEGER}`, value);
  }
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== "object" || !("aborted" in signal))) {
    throw ERR_INVALID_ARG_TYPE(name, "AbortSignal", signal);
  }
}

export function isEventTarget(value) {
  return typeof EventTarget === "function" && value instanceof EventTarget;
}

function symbolDispose() {
  return Symbol.dispose ?? Symbol.for("nodejs.dispose");
}

/** emit('error') with no listener and a value that is not an Error. */
export function ERR_UNHANDLED_ERROR(er) {
  let stringifiedEr;
  try {
    stringifiedEr = inspect(er);
  } catch {
    stringifiedEr = er;
  }
  const err = errors.ERR_UNHANDLED_ERROR(stringifiedEr);
  err.context = er;
  return err;
}

/** `captureRejections` (an option or EventEmitter's): a boolean. */
export function setCapture(target, value, name) {
  if (typeof value !== "boolean") throw ERR_INVALID_ARG_TYPE(name, "boolean", value);
  target[kCapture] = value;
}

// ---------------------------------------------------------------------------
// Warnings

/** The warning for more than `max` listeners of `type` on `target`. */
export function warnMaxListeners(target, type, count, max) {
  const w = genericNodeError(
    `Possible EventEmitter memory leak detected. ${count} ${String(type)} listeners ` +
      `added to ${inspect(target, { depth: -1 })}. MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`,
    { name: "MaxListenersExceededWarning", emitter: target, type, count },
  );
  process.emitWarning(w);
}

// ---------------------------------------------------------------------------
// Captured rejections (`captureRejections: true`).

export function addCatch(that, promise, type, args) {
  // `then` may be a getter that throws.
  try {
    const then = promise.then;
    if (typeof then === "function") {
      then.call(promise, undefined, function (err) {
        // Next tick, so that a throwing 'error' handler is not another rejection.
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit("error", err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === "function") {
    ee[kRejection](err, type, ...args);
    return;
  }
  // Capturing stays off while 'error' is emitted, or a rejecting 'error'
  // handler would loop forever.
  const prev = ee[kCapture];
  try {
    ee[kCapture] = false;
    ee.emit("error", err);
  } finally {
    ee[kCapture] = prev;
  }
}

// ---------------------------------------------------------------------------
// EventEmitterAsyncResource's resource (no async_hooks here: it only runs the
// listeners in the caller's scope)

const kEventEmitter = Symbol("kEventEmitter");
let nextAsyncId = 1;

export class EventEmitterReferencingAsyncResource {
  #asyncId = nextAsyncId++;
  #triggerAsyncId;
  #type;

  constructor(ee, type, options) {
    this.#type = type;
    this.#triggerAsyncId = options?.triggerAsyncId ?? 0;
    this[kEventEmitter] = ee;
  }

  get eventEmitter() {
    if (this[kEventEmitter] === undefined) throw ERR_INVALID_THIS("EventEmitterReferencingAsyncResource");
    return this[kEventEmitter];
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this.#asyncId;
  }

  triggerAsyncId() {
    return this.#triggerAsyncId;
  }
}

// ---------------------------------------------------------------------------
// Module-level helpers

/** `events.setMaxListeners(n, ...eventTargets)` once `n` is checked. */
export function setMaxListeners(n, eventTargets) {
  for (let i = 0; i < eventTargets.length; i++) {
    const target = eventTargets[i];
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target?.setMaxListeners === "function") {
      target.setMaxListeners(n);
    } else {
      throw ERR_INVALID_ARG_TYPE("eventTargets", ["EventEmitter", "EventTarget"], target);
    }
  }
}

/**
 * Copy of the listeners of `type` on an EventEmitter or EventTarget.
 */
export function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === "function") {
    return emitterOrTarget.listeners(type);
  }
  if (isEventTarget(emitterOrTarget)) {
    const list = emitterOrTarget[kEventTargetListeners];
    return typeof list === "function" ? Reflect.apply(list, emitterOrTarget, [type]) : [];
  }
  throw ERR_INVALID_ARG_TYPE("emitter", ["EventEmitter", "EventTarget"], emitterOrTarget);
}

/**
 * Calls `listener` once when `signal` aborts (at once, in a microtask, if it
 * already has). Returns a disposable that removes the listener.
 */
export function addAbortListener(signal, listener) {
  if (signal === undefined) throw ERR_INVALID_ARG_TYPE("signal", "AbortSignal", signal);
  validateAbortSignal(signal, "signal");
  validateFunction(listener, "listener");

  let removeEventListener;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener("abort", listener, { __proto__: null, once: true, [kResistStopPropagation]: true });
    removeEventListener = () => {
      signal.removeEventListener("abort", listener);
    };
  }
  return {
    __proto__: null,
    [symbolDispose()]() {
      removeEventListener?.();
    },
  };
}

function eventTargetAgnosticRemoveListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === "function") {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === "function") {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw ERR_INVALID_ARG_TYPE("emitter", "EventEmitter", emitter);
  }
}

function eventTargetAgnosticAddListener(emitter, name, listener, flags) {
  if (typeof emitter.on === "function") {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === "function") {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw ERR_INVALID_ARG_TYPE("emitter", "EventEmitter", emitter);
  }
}

/**
 * A promise for the arguments of the next `name` event; rejects on 'error'
 * (EventEmitters only) and when `options.signal` aborts. Not async itself:
 * node:events' async once() returns this promise and turns what this throws
 * into a rejection.
 */
export function once(emitter, name, options) {
  const signal = options?.signal;
  validateAbortSignal(signal, "options.signal");
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) eventTargetAgnosticRemoveListener(signal, "abort", abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === "function") {
        emitter.removeListener("error", errorListener);
      }
      if (signal != null) eventTargetAgnosticRemoveListener(signal, "abort", abortListener);
      resolve(args);
    };
    const opts = { __proto__: null, once: true, [kResistStopPropagation]: true };
    eventTargetAgnosticAddListener(emitter, name, resolver, opts);
    if (name !== "error" && typeof emitter.once === "function") {
      // EventTargets have no 'error' semantics; only EventEmitters are watched.
      emitter.once("error", errorListener);
    }
    function abortListener() {
      eventTargetAgnosticRemoveListener(emitter, name, resolver);
      eventTargetAgnosticRemoveListener(emitter, "error", errorListener);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }
    if (signal != null) {
      eventTargetAgnosticAddListener(signal, "abort", abortListener, opts);
    }
  });
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

function createIterResult(value, done) {
  return { value, done };
}

/** A FIFO queue with O(1) shift (Array#shift is O(n)). */
class Queue {
  #items = [];
  #head = 0;

  isEmpty() {
    return this.#head === this.#items.length;
  }

  push(value) {
    this.#items.push(value);
  }

  shift() {
    if (this.isEmpty()) return undefined;
    const value = this.#items[this.#head];
    this.#items[this.#head] = undefined;
    this.#head++;
    if (this.#head === this.#items.length) {
      this.#items = [];
      this.#head = 0;
    } else if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
    return value;
  }
}

/**
 * An async iterator over `event` events (each value is the array of the
 * event's arguments). Ends on `options.close` events, throws on 'error' and
 * on abort; pauses/resumes the emitter around the watermarks.
 */
export function on(emitter, event, options) {
  const signal = options.signal;
  validateAbortSignal(signal, "options.signal");
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  // Both spellings, for backward compatibility.
  const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, "options.highWaterMark", 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, "options.lowWaterMark", 1);

  const unconsumedEvents = new Queue();
  const unconsumedPromises = new Queue();
  let paused = false;
  let error = null;
  let finished = false;
  let size = 0;

  const iterator = Object.setPrototypeOf(
    {
      next() {
        // Queued events first.
        if (size) {
          const value = unconsumedEvents.shift();
          size--;
          if (paused && size < lowWatermark) {
            emitter.resume();
            paused = false;
          }
          return Promise.resolve(createIterResult(value, false));
        }
        // Then the error, once.
        if (error) {
          const p = Promise.reject(error);
          error = null;
          return p;
        }
        if (finished) return closeHandler();
        return new Promise(function (resolve, reject) {
          unconsumedPromises.push({ resolve, reject });
        });
      },

      return() {
        return closeHandler();
      },

      throw(err) {
        if (!err || !(err instanceof Error)) {
          throw ERR_INVALID_ARG_TYPE("EventEmitter.AsyncIterator", "Error", err);
        }
        errorHandler(err);
      },

      [Symbol.asyncIterator]() {
        return this;
      },

      [kWatermarkData]: {
        get size() {
          return size;
        },
        get low() {
          return lowWatermark;
        },
        get high() {
          return highWatermark;
        },
        get isPaused() {
          return paused;
        },
      },
    },
    AsyncIteratorPrototype,
  );

  const added = [];
  function addListener(target, name, handler) {
    eventTargetAgnosticAddListener(target, name, handler);
    added.push([target, name, handler]);
  }
  function removeAll() {
    while (added.length > 0) {
      const [target, name, handler] = added.pop();
      eventTargetAgnosticRemoveListener(target, name, handler);
    }
  }

  addListener(emitter, event, function (...args) {
    return eventHandler(args);
  });
  if (event !== "error" && typeof emitter.on === "function") {
    addListener(emitter, "error", errorHandler);
  }
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) addListener(emitter, closeEvents[i], closeHandler);
  }

  const abortListenerDisposable = signal ? addAbortListener(signal, abortListener) : null;

  return iterator;

  function abortListener() {
    errorHandler(new AbortError(undefined, { cause: signal?.reason }));
  }

  function eventHandler(value) {
    if (unconsumedPromises.isEmpty()) {
      size++;
      if (!paused && size > highWatermark) {
        paused = true;
        emitter.pause();
      }
      unconsumedEvents.push(value);
    } else {
      unconsumedPromises.shift().resolve(createIterResult(value, false));
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.isEmpty()) error = err;
    else unconsumedPromises.shift().reject(err);
    closeHandler();
  }

  function closeHandler() {
    abortListenerDisposable?.[symbolDispose()]();
    removeAll();
    finished = true;
    const doneResult = createIterResult(undefined, true);
    while (!unconsumedPromises.isEmpty()) unconsumedPromises.shift().resolve(doneResult);
    return Promise.resolve(doneResult);
  }
}

// ---------------------------------------------------------------------------
// The emitter methods node:events keeps here

/**
 * EventEmitter.prototype.removeAllListeners on `emitter`: of `type`, or of
 * every type when `all` (it was called without an argument).
 */
export function removeAllListeners(emitter, all, type) {
  const events = emitter._events;
  if (events === undefined) return emitter;

  // Nobody listens for 'removeListener': no need to remove one by one.
  if (events.removeListener === undefined) {
    if (all) {
      emitter._events = Object.create(null);
      emitter._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--emitter._eventsCount === 0) emitter._events = Object.create(null);
      else delete events[type];
    }
    emitter[kShapeMode] = false;
    return emitter;
  }

  if (all) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === "removeListener") continue;
      emitter.removeAllListeners(key);
    }
    emitter.removeAllListeners("removeListener");
    emitter._events = Object.create(null);
    emitter._eventsCount = 0;
    emitter[kShapeMode] = false;
    return emitter;
  }

  const listeners = events[type];
  if (typeof listeners === "function") {
    emitter.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last in, first out.
    for (let i = listeners.length - 1; i >= 0; i--) {
      emitter.removeListener(type, listeners[i]);
    }
  }
  return emitter;
}

/** A copy of `target`'s listeners of `type`; `unwrap`: once() wrappers as their listeners. */
export function listeners(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];

  const evlistener = events[type];
  if (evlistener === undefined) return [];

  if (typeof evlistener === "function") {
    return unwrap ? [evlistener.listener || evlistener] : [evlistener];
  }
  return unwrap ? unwrapListeners(evlistener) : evlistener.slice();
}

/** EventEmitter.prototype.listenerCount on `emitter`. */
export function listenerCount(emitter, type, listener) {
  const events = emitter._events;
  if (events !== undefined) {
    const evlistener = events[type];
    if (typeof evlistener === "function") {
      if (listener != null) {
        return listener === evlistener || listener === evlistener.listener ? 1 : 0;
      }
      return 1;
    } else if (evlistener !== undefined) {
      if (listener != null) {
        let matching = 0;
        for (let i = 0, l = evlistener.length; i < l; i++) {
          if (evlistener[i] === listener || evlistener[i].listener === listener) matching++;
        }
        return matching;
      }
      return evlistener.length;
    }
  }
  return 0;
}

function unwrapListeners(arr) {
  const ret = arr.slice();
  for (let i = 0; i < ret.length; ++i) {
    const orig = ret[i].listener;
    if (typeof orig === "function") ret[i] = orig;
  }
  return ret;
}
