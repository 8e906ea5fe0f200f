// Event, CustomEvent and EventTarget (DOM), with Node's argument validation,
// error codes and dispatch order. A target has no parent, so dispatch is a
// single AT_TARGET pass over the listeners registered for the event's type;
// a listener's exception is reported as uncaught and the dispatch goes on.
//
// Globals: Event, EventTarget, CustomEvent.
// Internal (for abort.js): defineEventHandler, createTrustedEvent, kNewListener.

import { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS, makeNodeError, toStringChecked } from "internal:errors";

// ---- helpers ---------------------------------------------------------------

function isObjectLike(value) {
  return (typeof value === "object" && value !== null) || typeof value === "function";
}

// WebIDL operations and attributes are enumerable (as in Node).
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

const loadTime = Date.now();
function now() {
  const perf = globalThis.performance;
  if (perf && typeof perf.now === "function") return perf.now();
  return Date.now() - loadTime;
}

// An exception thrown by a listener must not stop the dispatch: it is
// rethrown on a later tick, where it becomes an uncaught exception.
function reportException(err) {
  const proc = globalThis.process;
  if (proc && typeof proc.nextTick === "function") {
    proc.nextTick(() => { throw err; });
  } else {
    queueMicrotask(() => { throw err; });
  }
}

// ---- Event -----------------------------------------------------------------

const NONE = 0;
const AT_TARGET = 2;

let setTrusted;
let beginDispatch;
let endDispatch;
let isEvent;
let isStopped;

export class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #defaultPrevented = false;
  #timeStamp;
  #trusted = false;
  #target = null;
  #currentTarget = null;
  #phase = NONE;
  #dispatching = false;
  #stopPropagation = false;
  #stopImmediate = false;

  static {
    setTrusted = (event) => { event.#trusted = true; };
    isEvent = (value) => isObjectLike(value) && #type in value;
    isStopped = (event) => event.#stopImmediate;
    beginDispatch = (event, target) => {
      if (event.#dispatching) {
        throw makeNodeError(Error, "ERR_EVENT_RECURSION", `The event "${event.#type}" is already being dispatched`);
      }
      event.#dispatching = true;
      event.#target = target;
      event.#currentTarget = target;
      event.#phase = AT_TARGET;
    };
    endDispatch = (event) => {
      event.#dispatching = false;
      event.#currentTarget = null;
      event.#phase = NONE;
    };
  }

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS("type");
    if (options !== undefined && options !== null && !isObjectLike(options)) {
      throw ERR_INVALID_ARG_TYPE("options", "object", options);
    }
    this.#type = toStringChecked(type);
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this.#timeStamp = now();
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (!isEvent(this)) throw ERR_INVALID_THIS("Event");
    if (arguments.length === 0) throw ERR_MISSING_ARGS("type");
    if (this.#dispatching) return;
    this.#type = toStringChecked(type);
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  stopImmediatePropagation() {
    if (!isEvent(this)) throw ERR_INVALID_THIS("Event");
    this.#stopPropagation = true;
    this.#stopImmediate = true;
  }

  preventDefault() {
    if (!isEvent(this)) throw ERR_INVALID_THIS("Event");
    if (this.#cancelable) this.#defaultPrevented = true;
  }

  get target() {
    if (!isEvent(this)) throw ERR_INVALID_THIS("Event");
    return this.#target;
  }

  get currentTarget() {
    if (!isEvent(this)) throw ERR_INVALID_THIS("Event");
    return this.#currentTarget;
  }

  get srcElement() {
    if (!isEvent(this)) throw ERR_INVALID_THIS("Event");
    return this.#target;
  }

  get type() {
    if (!isEvent(this)) throw ERR_INVALID_THIS("Event");
    return this.#type;
  }

  get cancelable() {
    if (!isEvent(this)) throw ERR_INVALID_THIS("Event");
    return this.#cancelable;
  }

  get defaultPrevented() {
    if (!isEvent(this)) throw ERR_INVALID_THIS("Event");
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    if (!isEvent(this)) throw ERR_INVALID_THIS("Event");
    return this.#timeStamp;
  }

  composedPath() {
    if (!isEvent(this)) throw ERR_INVALID_THIS("Event");
    return this.#dispatching ? [this.#currentTarget] : [];
  }

  get returnValue() {
    if (!isEvent(this)) throw ERR_INVALID_THIS("Event");
    return !(this.#cancelable && this.#defaultPrevented);
  }

  get bubbles() {
    if (!isEvent(this)) throw ERR_INVALID_THIS("Event");
    return this.#bubbles;
  }

  get composed() {
    if (!isEvent(this)) throw ERR_INVALID_THIS("Event");
    return this.#composed;
  }

  get eventPhase() {
    if (!isEvent(this)) throw ERR_INVALID_THIS("Event");
    return this.#phase;
  }

  get cancelBubble() {
    if (!isEvent(this)) throw ERR_INVALID_THIS("Event");
    return this.#stopPropagation;
  }

  set cancelBubble(value) {
    if (!isEvent(this)) throw ERR_INVALID_THIS("Event");
    if (value) this.#stopPropagation = true;
  }

  stopPropagation() {
    if (!isEvent(this)) throw ERR_INVALID_THIS("Event");
    this.#stopPropagation = true;
  }

  get isTrusted() {
    if (!isEvent(this)) throw ERR_INVALID_THIS("Event");
    return this.#trusted;
  }
}

exposeInterface(Event, "Event");
// isTrusted is [LegacyUnforgeable]: not configurable.
Object.defineProperty(Event.prototype, "isTrusted", { configurable: false });

const PHASES = [["NONE", 0], ["CAPTURING_PHASE", 1], ["AT_TARGET", 2], ["BUBBLING_PHASE", 3]];
for (const [name, value] of PHASES) {
  Object.defineProperty(Event, name, {
    value, writable: false, enumerable: true, configurable: false,
  });
}

/** An event whose isTrusted is true, as the platform fires (e.g. `abort`). */
export function createTrustedEvent(type) {
  const event = new Event(type);
  setTrusted(event);
  return event;
}

// ---- CustomEvent -----------------------------------------------------------

export class CustomEvent extends Event {
  #detail;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS("type");
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!isObjectLike(this) || !(#detail in this)) throw ERR_INVALID_THIS("CustomEvent");
    return this.#detail;
  }
}

exposeInterface(CustomEvent, "CustomEvent");

// ---- EventTarget -----------------------------------------------------------

function isValidListener(listener) {
  if (typeof listener === "function") return true;
  if (listener === null || listener === undefined) return false;
  if (typeof listener === "object") return true;
  throw ERR_INVALID_ARG_TYPE("listener", "EventListener", listener);
}

function emitNoEffectWarning(target, type, listener) {
  const proc = globalThis.process;
  if (!proc || typeof proc.emitWarning !== "function") return;
  const warning = new Error(`addEventListener called with ${listener} which has no effect.`);
  warning.name = "AddEventListenerArgumentTypeWarning";
  warning.target = target;
  warning.type = type;
  proc.emitWarning(warning);
}

function listenerOptions(options) {
  if (typeof options === "boolean") return { capture: options };
  if (options === null || options === undefined) return {};
  if (!isObjectLike(options)) throw ERR_INVALID_ARG_TYPE("options", "object", options);
  return {
    once: !!options.once,
    capture: !!options.capture,
    passive: !!options.passive,
    signal: options.signal,
  };
}

function validateSignal(signal) {
  if (signal === undefined) return;
  if (signal === null || typeof signal !== "object" || !("aborted" in signal)) {
    throw ERR_INVALID_ARG_TYPE("options.signal", "AbortSignal", signal);
  }
}

/** A method under this key is called as `target[kNewListener](type)` after each added listener. */
export const kNewListener = Symbol("kNewListener");

let isEventTarget;

// Listeners of one type form a linked list, walked live during a dispatch
// as Node does: a listener appended meanwhile is reached, a removed one is
// skipped. root = { next, size }; node = { callback, capture, once,
// passive, removed, previous, next }.
function unlink(node) {
  if (node.previous !== undefined) node.previous.next = node.next;
  if (node.next !== undefined) node.next.previous = node.previous;
  node.removed = true;
}

function invokeListener(target, node, event) {
  const callback = node.callback;
  let result;
  if (typeof callback === "function") {
    result = callback.call(target, event);
  } else {
    const handleEvent = callback.handleEvent;
    if (handleEvent === undefined || handleEvent === null) return;
    if (typeof handleEvent !== "function") throw new TypeError("handleEvent is not a function");
    result = handleEvent.call(callback, event);
  }
  if (isObjectLike(result)) {
    const then = result.then;
    if (typeof then === "function") then.call(result, undefined, reportException);
  }
}

export class EventTarget {
  // type -> root of its listener list
  #listeners = new Map();

  static {
    isEventTarget = (value) => isObjectLike(value) && #listeners in value;
  }

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw ERR_INVALID_THIS("EventTarget");
    if (arguments.length < 2) throw ERR_MISSING_ARGS("type", "listener");
    const { once = false, capture = false, passive = false, signal } = listenerOptions(options);
    validateSignal(signal);
    if (!isValidListener(listener)) {
      emitNoEffectWarning(this, type, listener);
      return;
    }
    type = toStringChecked(type);
    if (signal !== undefined) {
      if (signal.aborted) return;
      signal.addEventListener("abort", () => {
        this.removeEventListener(type, listener, options);
      }, { once: true });
    }
    let root = this.#listeners.get(type);
    if (root === undefined) {
      root = { next: undefined, size: 0 };
      this.#listeners.set(type, root);
    }
    let previous = root;
    let node = root.next;
    while (node !== undefined) {
      if (node.callback === listener && node.capture === capture) return;
      previous = node;
      node = node.next;
    }
    const added = { callback: listener, capture, once, passive, removed: false, previous, next: undefined };
    previous.next = added;
    root.size++;
    if (typeof this[kNewListener] === "function") this[kNewListener](type);
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw ERR_INVALID_THIS("EventTarget");
    if (arguments.length < 2) throw ERR_MISSING_ARGS("type", "listener");
    if (!isValidListener(listener)) return;
    type = toStringChecked(type);
    const capture = typeof options === "boolean" ? options : options?.capture === true;
    const root = this.#listeners.get(type);
    if (root === undefined) return;
    for (let node = root.next; node !== undefined; node = node.next) {
      if (node.callback === listener && node.capture === capture) {
        unlink(node);
        root.size--;
        if (root.size === 0) this.#listeners.delete(type);
        return;
      }
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw ERR_INVALID_THIS("EventTarget");
    if (arguments.length < 1) throw ERR_MISSING_ARGS("event");
    if (!isEvent(event)) throw ERR_INVALID_ARG_TYPE("event", "Event", event);
    beginDispatch(event, this);
    try {
      const type = event.type;
      const root = this.#listeners.get(type);
      let node = root === undefined ? undefined : root.next;
      // Node keeps calling passive listeners after stopImmediatePropagation.
      while (node !== undefined && (node.passive || !isStopped(event))) {
        const next = node.next;
        if (!node.removed) {
          if (node.once) {
            unlink(node);
            root.size--;
            if (root.size === 0 && this.#listeners.get(type) === root) this.#listeners.delete(type);
          }
          try {
            invokeListener(this, node, event);
          } catch (err) {
            reportException(err);
          }
        }
        node = next;
      }
    } finally {
      endDispatch(event);
    }
    return !event.defaultPrevented;
  }
}

exposeInterface(EventTarget, "EventTarget");

// ---- event handler attributes (`onabort`) ----------------------------------

/**
 * Defines `on<type>` on `proto` as Node does: the first assignment adds one
 * listener that calls whatever the attribute holds (so the handler keeps
 * that position); any value is stored, only functions are called.
 */
export function defineEventHandler(proto, type) {
  const handlers = new WeakMap();
  Object.defineProperty(proto, `on${type}`, {
    get() {
      if (!isEventTarget(this)) throw ERR_INVALID_THIS("EventTarget");
      const record = handlers.get(this);
      return record === undefined ? null : (record.value ?? null);
    },
    set(value) {
      if (!isEventTarget(this)) throw ERR_INVALID_THIS("EventTarget");
      let record = handlers.get(this);
      if (record !== undefined) {
        record.value = value;
        if (typeof value === "function" && typeof this[kNewListener] === "function") this[kNewListener](type);
        return;
      }
      record = { value };
      handlers.set(this, record);
      this.addEventListener(type, function (event) {
        const handler = record.value;
        if (typeof handler === "function") return handler.call(this, event);
        return undefined;
      });
    },
    enumerable: true,
    configurable: true,
  });
}
