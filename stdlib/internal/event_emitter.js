// EventEmitter itself: the constructor and every method of its prototype.
// node:events gives the constructor its own properties (the defaults, the
// module-level helpers, EventEmitterAsyncResource) when it is imported;
// modules that only make emitters (child_process, process, fs.watch) import
// this instead and skip parsing those (start-up is parse time). What
// emitters seldom run is in internal:events_more.
//
// The listener store keeps Node's shape (`_events` is a null-prototype object
// whose values are a function or an array of functions, `_eventsCount`,
// `_maxListeners`): npm packages read and even write those fields directly.
// `EventEmitter` is a plain function, not a class, so that the
// `EventEmitter.call(this)` + `util.inherits` pattern keeps working.

import { op_load_builtin } from "autorun:internal";

const more = () => op_load_builtin("internal:events_more");
// internal:errors is parsed when the first error is made. (Frames of
// functions named ERR_* are left out of the stacks it makes.)
const errors = () => op_load_builtin("internal:errors");
export function ERR_INVALID_ARG_TYPE(...args) {
  return errors().ERR_INVALID_ARG_TYPE(...args);
}
function ERR_OUT_OF_RANGE(...args) {
  return errors().ERR_OUT_OF_RANGE(...args);
}
function ERR_INVALID_THIS(...args) {
  return errors().ERR_INVALID_THIS(...args);
}
function ERR_UNHANDLED_ERROR(er) {
  return more().ERR_UNHANDLED_ERROR(er);
}

export const kCapture = Symbol("kCapture");
export const kErrorMonitor = Symbol("events.errorMonitor");
export const kShapeMode = Symbol("shapeMode");
export const kMaxEventTargetListeners = Symbol("events.maxEventTargetListeners");
export const kMaxEventTargetListenersWarned = Symbol("events.maxEventTargetListenersWarned");

export let defaultMaxListeners = 10;
function setDefaultMaxListeners(n) {
  validateNumber(n, "defaultMaxListeners", 0);
  defaultMaxListeners = n;
}

function validateNumber(value, name, min) {
  if (typeof value !== "number") throw ERR_INVALID_ARG_TYPE(name, "number", value);
  if (value < min || Number.isNaN(value)) throw ERR_OUT_OF_RANGE(name, `>= ${min}`, value);
}

function checkListener(listener) {
  if (typeof listener !== "function") throw ERR_INVALID_ARG_TYPE("listener", "Function", listener);
}

/**
 * Creates a new `EventEmitter`.
 * @param {{ captureRejections?: boolean }} [opts]
 */
export function EventEmitter(opts) {
  // Looked up on each call: EventEmitter.init may be replaced, as in Node.
  EventEmitter.init.call(this, opts);
}

// captureRejections defaults to false.
Object.defineProperty(EventEmitter.prototype, kCapture, {
  __proto__: null,
  value: false,
  writable: true,
  enumerable: false,
});

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

export function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }

  this._maxListeners = this._maxListeners || undefined;

  if (opts?.captureRejections) {
    more().setCapture(this, opts.captureRejections, "options.captureRejections");
  } else {
    // An own property avoids a prototype lookup on every emit.
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, "setMaxListeners", 0);
  this._maxListeners = n;
  return this;
};

function _getMaxListeners(that) {
  if (that._maxListeners === undefined) return defaultMaxListeners;
  return that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return _getMaxListeners(this);
};

/**
 * Calls every listener of `type` synchronously, in order.
 * @returns {boolean} whether there were listeners
 */
EventEmitter.prototype.emit = function emit(type, ...args) {
  let doError = type === "error";

  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }

  if (doError) {
    const er = args[0];
    if (er instanceof Error) throw er; // Unhandled 'error' event
    throw ERR_UNHANDLED_ERROR(er);
  }

  const handler = events[type];
  if (handler === undefined) return false;

  if (typeof handler === "function") {
    const result = Reflect.apply(handler, this, args);
    if (result !== undefined && result !== null && this[kCapture]) more().addCatch(this, result, type, args);
  } else {
    // A copy: listeners added or removed during the emit do not change this round.
    const len = handler.length;
    const listeners = handler.slice();
    for (let i = 0; i < len; ++i) {
      const result = Reflect.apply(listeners[i], this, args);
      if (result !== undefined && result !== null && this[kCapture]) more().addCatch(this, result, type, args);
    }
  }
  return true;
};

function _addListener(target, type, listener, prepend) {
  checkListener(listener);

  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else {
    // 'newListener' goes out before the listener is added, so that a
    // 'newListener' listener does not hear about itself.
    if (events.newListener !== undefined) {
      target.emit("newListener", type, listener.listener ?? listener);
      // A 'newListener' handler may have replaced `_events`.
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    // One listener is stored bare, without an array.
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === "function") {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }

    const m = _getMaxListeners(target);
    if (m > 0 && existing.length > m && !existing.warned) {
      existing.warned = true;
      more().warnMaxListeners(target, type, existing.length, m);
    }
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

function onceWrapper(...args) {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    return Reflect.apply(this.listener, this.target, args);
  }
}

function _onceWrap(target, type, listener) {
  checkListener(listener);
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  this.on(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  this.prependListener(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);

  const events = this._events;
  if (events === undefined) return this;

  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = Object.create(null);
    } else {
      delete events[type];
      if (events.removeListener) this.emit("removeListener", type, list.listener || listener);
    }
  } else if (typeof list !== "function") {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;

    if (position === 0) list.shift();
    else list.splice(position, 1);

    if (list.length === 1) events[type] = list[0];

    if (events.removeListener !== undefined) this.emit("removeListener", type, listener);
  }
  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

// Seldom called: in internal:events_more.
EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  return more().removeAllListeners(this, arguments.length === 0, type);
};

EventEmitter.prototype.listeners = function listeners(type) {
  return more().listeners(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return more().listeners(this, type, false);
};

EventEmitter.prototype.listenerCount = function listenerCount(type, listener) {
  return more().listenerCount(this, type, listener);
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

/**
 * The prototype's own emit, as made here (before any script could replace
 * it): node:child_process skips emits nobody can hear only for emitters
 * whose emit is this one.
 */
export const ownEmit = EventEmitter.prototype.emit;

const kRejection = Symbol.for("nodejs.rejection");
const kEmptyObject = Object.freeze(Object.create(null));

/**
 * Sets the max listeners of the given emitters or targets, or the default.
 * @param {number} [n]
 * @param {...(EventEmitter|EventTarget)} eventTargets
 */
export function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, "setMaxListeners", 0);
  if (eventTargets.length === 0) {
    setDefaultMaxListeners(n);
    return;
  }
  more().setMaxListeners(n, eventTargets);
}

/**
 * @deprecated since v3.2.0: use `emitter.listenerCount(type)`
 */
export function staticListenerCount(emitter, type) {
  if (typeof emitter.listenerCount === "function") return emitter.listenerCount(type);
  return more().listenerCount(emitter, type);
}

// ---------------------------------------------------------------------------
// Module-level helpers (in internal:events_more, but for getMaxListeners,
// which reads this module's default). node:events exports them by name.

/** Copy of the listeners of `type` on an EventEmitter or EventTarget. */
export function getEventListeners(emitterOrTarget, type) {
  return more().getEventListeners(emitterOrTarget, type);
}

/** The max listeners of an EventEmitter or EventTarget. */
export function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === "function") {
    return _getMaxListeners(emitterOrTarget);
  } else if (emitterOrTarget?.[kMaxEventTargetListeners]) {
    return emitterOrTarget[kMaxEventTargetListeners];
  } else if (more().isEventTarget(emitterOrTarget)) {
    // An EventTarget that never had setMaxListeners() called on it.
    return defaultMaxListeners;
  }
  throw ERR_INVALID_ARG_TYPE("emitter", ["EventEmitter", "EventTarget"], emitterOrTarget);
}

/** Calls `listener` once when `signal` aborts; returns a disposable. */
export function addAbortListener(signal, listener) {
  return more().addAbortListener(signal, listener);
}

/** A promise for the arguments of the next `name` event. */
export async function once(emitter, name, options = kEmptyObject) {
  // Async, as Node's: internal:events_more's once() is a plain function, and
  // returning its promise from here settles it after as many ticks as Node's.
  return more().once(emitter, name, options);
}

/** An async iterator over `event` events. */
export function on(emitter, event, options = kEmptyObject) {
  return more().on(emitter, event, options);
}

// ---------------------------------------------------------------------------
// `require('events')` is the EventEmitter function itself, with the helpers
// attached in Node's key order (node:events exports each one by name too).
// They are attached here, where EventEmitter is made: it is reachable
// without node:events (`Object.getPrototypeOf(ChildProcess)`).

Object.assign(EventEmitter, {
  addAbortListener,
  once,
  on,
  getEventListeners,
  getMaxListeners,
  EventEmitter,
  usingDomains: false,
  captureRejectionSymbol: kRejection,
});
Object.defineProperty(EventEmitter, "captureRejections", {
  __proto__: null,
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    more().setCapture(EventEmitter.prototype, value, "EventEmitter.captureRejections");
  },
  enumerable: true,
});
Object.defineProperty(EventEmitter, "EventEmitterAsyncResource", {
  __proto__: null,
  enumerable: true,
  // The class is node:events' (parsed when a script imports that).
  get: () => op_load_builtin("node:events").EventEmitterAsyncResource,
  set: undefined,
  configurable: true,
});
EventEmitter.errorMonitor = kErrorMonitor;
Object.defineProperty(EventEmitter, "defaultMaxListeners", {
  __proto__: null,
  enumerable: true,
  get() {
    return defaultMaxListeners;
  },
  set(arg) {
    setDefaultMaxListeners(arg);
  },
});
Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: { __proto__: null, value: kMaxEventTargetListeners },
  kMaxEventTargetListenersWarned: { __proto__: null, value: kMaxEventTargetListenersWarned },
});
EventEmitter.setMaxListeners = setMaxListeners;
EventEmitter.init = init;
EventEmitter.listenerCount = staticListenerCount;

