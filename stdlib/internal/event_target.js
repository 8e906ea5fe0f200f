// Event, CustomEvent and EventTarget (DOM), with Node's argument validation
// and error codes. A target has no parent, so dispatch is a single
// AT_TARGET pass over the listeners registered for the event's type.
//
// Globals: Event, EventTarget, CustomEvent.
// Internal (for abort.js): defineEventHandler, createTrustedEvent, kNewListener.

// ---- Node-style coded errors (minimal; see internal:errors) ----------------

function codedError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
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
  const what = name.includes(".") ? "property" : "argument";
  return codedError(TypeError, "ERR_INVALID_ARG_TYPE",
    `The "${name}" ${what} must be ${expected}.${received(value)}`);
}

function missingArgs(...names) {
  const list = names.map((n) => `"${n}"`);
  const joined = list.length === 1 ? list[0] : `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
  return codedError(TypeError, "ERR_MISSING_ARGS",
    `The ${joined} argument${names.length > 1 ? "s" : ""} must be specified`);
}

function invalidThis(type) {
  return codedError(TypeError, "ERR_INVALID_THIS", `Value of "this" must be of type ${type}`);
}

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
let setPassive;

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
  #inPassive = false;

  static {
    setTrusted = (event) => { event.#trusted = true; };
    isEvent = (value) => isObjectLike(value) && #type in value;
    isStopped = (event) => event.#stopImmediate;
    setPassive = (event, passive) => { event.#inPassive = passive; };
    beginDispatch = (event, target) => {
      if (event.#dispatching) {
        throw codedError(Error, "ERR_EVENT_RECURSION",
          `The event "${event.#type}" is already being dispatched`);
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
      event.#inPassive = false;
    };
  }

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw missingArgs("type");
    if (options !== undefined && options !== null && !isObjectLike(options)) {
      throw invalidArgType("options", "of type object", options);
    }
    this.#type = `${type}`;
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this.#timeStamp = now();
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (!isEvent(this)) throw invalidThis("Event");
    if (arguments.length === 0) throw missingArgs("type");
    if (this.#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  stopImmediatePropagation() {
    if (!isEvent(this)) throw invalidThis("Event");
    this.#stopPropagation = true;
    this.#stopImmediate = true;
  }

  preventDefault() {
    if (!isEvent(this)) throw invalidThis("Event");
    if (this.#cancelable && !this.#inPassive) this.#defaultPrevented = true;
  }

  get target() {
    if (!isEvent(this)) throw invalidThis("Event");
    return this.#target;
  }

  get currentTarget() {
    if (!isEvent(this)) throw invalidThis("Event");
    return this.#currentTarget;
  }

  get srcElement() {
    if (!isEvent(this)) throw invalidThis("Event");
    return this.#target;
  }

  get type() {
    if (!isEvent(this)) throw invalidThis("Event");
    return this.#type;
  }

  get cancelable() {
    if (!isEvent(this)) throw invalidThis("Event");
    return this.#cancelable;
  }

  get defaultPrevented() {
    if (!isEvent(this)) throw invalidThis("Event");
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    if (!isEvent(this)) throw invalidThis("Event");
    return this.#timeStamp;
  }

  composedPath() {
    if (!isEvent(this)) throw invalidThis("Event");
    return this.#dispatching ? [this.#currentTarget] : [];
  }

  get returnValue() {
    if (!isEvent(this)) throw invalidThis("Event");
    return !(this.#cancelable && this.#defaultPrevented);
  }

  get bubbles() {
    if (!isEvent(this)) throw invalidThis("Event");
    return this.#bubbles;
  }

  get composed() {
    if (!isEvent(this)) throw invalidThis("Event");
    return this.#composed;
  }

  get eventPhase() {
    if (!isEvent(this)) throw invalidThis("Event");
    return this.#phase;
  }

  get cancelBubble() {
    if (!isEvent(this)) throw invalidThis("Event");
    return this.#stopPropagation;
  }

  set cancelBubble(value) {
    if (!isEvent(this)) throw invalidThis("Event");
    if (value) this.#stopPropagation = true;
  }

  stopPropagation() {
    if (!isEvent(this)) throw invalidThis("Event");
    this.#stopPropagation = true;
  }

  get isTrusted() {
    if (!isEvent(this)) throw invalidThis("Event");
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
    if (arguments.length === 0) throw missingArgs("type");
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!isObjectLike(this) || !(#detail in this)) throw invalidThis("CustomEvent");
    return this.#detail;
  }
}

exposeInterface(CustomEvent, "CustomEvent");

// ---- EventTarget -----------------------------------------------------------

function isValidListener(listener) {
  if (typeof listener === "function") return true;
  if (listener === null || listener === undefined) return false;
  if (typeof listener === "object") return true;
  throw invalidArgType("listener", "an instance of EventListener", listener);
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
  if (!isObjectLike(options)) throw invalidArgType("options", "of type object", options);
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
    throw invalidArgType("options.signal", "an instance of AbortSignal", signal);
  }
}

/** A method under this key is called as `target[kNewListener](type)` after each added listener. */
export const kNewListener = Symbol("kNewListener");

let isEventTarget;

export class EventTarget {
  // type -> array of { callback, capture, once, passive, removed }
  #listeners = new Map();

  static {
    isEventTarget = (value) => isObjectLike(value) && #listeners in value;
  }

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw invalidThis("EventTarget");
    if (arguments.length < 2) throw missingArgs("type", "listener");
    const { once = false, capture = false, passive = false, signal } = listenerOptions(options);
    validateSignal(signal);
    if (!isValidListener(listener)) {
      emitNoEffectWarning(this, type, listener);
      return;
    }
    type = `${type}`;
    if (signal !== undefined) {
      if (signal.aborted) return;
      signal.addEventListener("abort", () => {
        this.removeEventListener(type, listener, { capture });
      }, { once: true });
    }
    let list = this.#listeners.get(type);
    if (list === undefined) {
      list = [];
      this.#listeners.set(type, list);
    }
    for (let i = 0; i < list.length; i++) {
      if (list[i].callback === listener && list[i].capture === capture) return;
    }
    list.push({ callback: listener, capture, once, passive, removed: false });
    if (typeof this[kNewListener] === "function") this[kNewListener](type);
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw invalidThis("EventTarget");
    if (arguments.length < 2) throw missingArgs("type", "listener");
    if (!isValidListener(listener)) return;
    type = `${type}`;
    const capture = typeof options === "boolean" ? options : !!options?.capture;
    const list = this.#listeners.get(type);
    if (list === undefined) return;
    for (let i = 0; i < list.length; i++) {
      const entry = list[i];
      if (entry.callback === listener && entry.capture === capture) {
        this.#removeEntry(type, list, entry);
        return;
      }
    }
  }

  #removeEntry(type, list, entry) {
    const index = list.indexOf(entry);
    if (index === -1) return;
    entry.removed = true;
    list.splice(index, 1);
    if (list.length === 0 && this.#listeners.get(type) === list) this.#listeners.delete(type);
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw invalidThis("EventTarget");
    if (arguments.length < 1) throw missingArgs("event");
    if (!isEvent(event)) throw invalidArgType("event", "an instance of Event", event);
    beginDispatch(event, this);
    try {
      const list = this.#listeners.get(event.type);
      if (list !== undefined) {
        // Listeners added during the dispatch are not called; removed ones are skipped.
        const snapshot = list.slice();
        for (let i = 0; i < snapshot.length; i++) {
          const entry = snapshot[i];
          if (entry.removed) continue;
          if (entry.once) this.#removeEntry(event.type, list, entry);
          setPassive(event, entry.passive);
          try {
            let result;
            const callback = entry.callback;
            if (typeof callback === "function") {
              result = callback.call(this, event);
            } else {
              const handleEvent = callback.handleEvent;
              if (typeof handleEvent === "function") {
                result = handleEvent.call(callback, event);
              } else if (handleEvent !== undefined && handleEvent !== null) {
                throw new TypeError("handleEvent is not a function");
              }
            }
            if (isObjectLike(result) && typeof result.then === "function") {
              result.then(undefined, reportException);
            }
          } catch (err) {
            reportException(err);
          }
          setPassive(event, false);
          if (isStopped(event)) break;
        }
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
 * Defines `on<type>` on `proto`: the handler keeps the listener position of
 * its first assignment until it is set to null.
 */
export function defineEventHandler(proto, type) {
  const handlers = new WeakMap();
  Object.defineProperty(proto, `on${type}`, {
    get() {
      const record = handlers.get(this);
      return record === undefined ? null : record.value;
    },
    set(value) {
      if (!isObjectLike(value)) value = null;
      let record = handlers.get(this);
      if (value === null) {
        if (record !== undefined) {
          handlers.delete(this);
          this.removeEventListener(type, record.wrapper);
        }
        return;
      }
      if (record !== undefined) {
        record.value = value;
        return;
      }
      record = { value, wrapper: null };
      record.wrapper = function (event) {
        const handler = record.value;
        if (typeof handler === "function") return handler.call(this, event);
        return undefined;
      };
      handlers.set(this, record);
      this.addEventListener(type, record.wrapper);
    },
    enumerable: true,
    configurable: true,
  });
}
