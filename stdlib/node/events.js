// node:events — EventEmitter as in Node 20.
//
// The constructor and its prototype are internal:event_emitter's (modules
// that only make emitters import that); this module gives the constructor
// its own properties, in Node's key order, and exports Node's names.

import { op_load_builtin } from "autorun:internal";
import {
  ERR_INVALID_ARG_TYPE,
  EventEmitter,
  _getMaxListeners,
  defaultMaxListeners,
  init,
  kCapture,
  kErrorMonitor,
  kMaxEventTargetListeners,
  kMaxEventTargetListenersWarned,
  setDefaultMaxListeners,
  validateNumber,
} from "internal:event_emitter";

const more = () => op_load_builtin("internal:events_more");
function ERR_INVALID_THIS(...args) {
  return op_load_builtin("internal:errors").ERR_INVALID_THIS(...args);
}

const kRejection = Symbol.for("nodejs.rejection");
const kEmptyObject = Object.freeze(Object.create(null));

/**
 * Sets the max listeners of the given emitters or targets, or the default.
 * @param {number} [n]
 * @param {...(EventEmitter|EventTarget)} eventTargets
 */
function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
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
function staticListenerCount(emitter, type) {
  if (typeof emitter.listenerCount === "function") return emitter.listenerCount(type);
  return more().listenerCount(emitter, type);
}

// ---------------------------------------------------------------------------
// EventEmitterAsyncResource (no async_hooks here: the resource only runs the
// listeners in the caller's scope).

let EventEmitterAsyncResource;

function lazyEventEmitterAsyncResource() {
  if (EventEmitterAsyncResource !== undefined) return EventEmitterAsyncResource;

  const kAsyncResource = Symbol("kAsyncResource");

  EventEmitterAsyncResource = class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === "string") {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) {
          const value = options?.name;
          if (typeof value !== "string") throw ERR_INVALID_ARG_TYPE("options.name", "string", value);
        }
        name = options?.name || new.target.name;
      }
      super(options);
      // The named export needs this class at import; the resource's class
      // is parsed with the first instance.
      const { EventEmitterReferencingAsyncResource } = more();
      this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }

    emit(event, ...args) {
      if (this[kAsyncResource] === undefined) throw ERR_INVALID_THIS("EventEmitterAsyncResource");
      const { asyncResource } = this;
      return asyncResource.runInAsyncScope(super.emit, this, event, ...args);
    }

    emitDestroy() {
      if (this[kAsyncResource] === undefined) throw ERR_INVALID_THIS("EventEmitterAsyncResource");
      this.asyncResource.emitDestroy();
    }

    get asyncId() {
      if (this[kAsyncResource] === undefined) throw ERR_INVALID_THIS("EventEmitterAsyncResource");
      return this.asyncResource.asyncId();
    }

    get triggerAsyncId() {
      if (this[kAsyncResource] === undefined) throw ERR_INVALID_THIS("EventEmitterAsyncResource");
      return this.asyncResource.triggerAsyncId();
    }

    get asyncResource() {
      if (this[kAsyncResource] === undefined) throw ERR_INVALID_THIS("EventEmitterAsyncResource");
      return this[kAsyncResource];
    }
  };
  return EventEmitterAsyncResource;
}

// ---------------------------------------------------------------------------
// Module-level helpers (in internal:events_more, but for getMaxListeners,
// which reads this module's default)

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
// Exports: `require('events')` is the EventEmitter function itself, with the
// helpers attached in Node's key order; the ES module also exports each one
// by name.

// `init` is the core's already; it goes back in after the others.
delete EventEmitter.init;
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
  get: lazyEventEmitterAsyncResource,
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

const usingDomains = false;
const captureRejectionSymbol = kRejection;
const errorMonitor = kErrorMonitor;
// Accessors on the default export; as named exports they are read once, here.
const captureRejections = false;
const EventEmitterAsyncResourceExport = lazyEventEmitterAsyncResource();

export {
  captureRejectionSymbol,
  captureRejections,
  defaultMaxListeners,
  errorMonitor,
  EventEmitter,
  EventEmitterAsyncResourceExport as EventEmitterAsyncResource,
  init,
  staticListenerCount as listenerCount,
  setMaxListeners,
  usingDomains,
};

export default EventEmitter;
