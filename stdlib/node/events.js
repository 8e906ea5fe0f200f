// node:events — EventEmitter as in Node 20.
//
// EventEmitter, its prototype and its own properties are
// internal:event_emitter's (modules that only make emitters import that);
// this module adds EventEmitterAsyncResource and exports Node's names.

import { op_load_builtin } from "autorun:internal";
import {
  ERR_INVALID_ARG_TYPE,
  EventEmitter,
  addAbortListener,
  defaultMaxListeners,
  getEventListeners,
  getMaxListeners,
  init,
  kErrorMonitor,
  on,
  once,
  setMaxListeners,
  staticListenerCount,
} from "internal:event_emitter";

const more = () => op_load_builtin("internal:events_more");
function ERR_INVALID_THIS(...args) {
  return op_load_builtin("internal:errors").ERR_INVALID_THIS(...args);
}

// ---------------------------------------------------------------------------
// EventEmitterAsyncResource (no async_hooks here: the resource only runs the
// listeners in the caller's scope).

const kAsyncResource = Symbol("kAsyncResource");

export class EventEmitterAsyncResource extends EventEmitter {
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
}

const usingDomains = false;
const captureRejectionSymbol = Symbol.for("nodejs.rejection");
const errorMonitor = kErrorMonitor;
// Accessors on the default export; as named exports they are read once, here.
const captureRejections = false;

export {
  addAbortListener,
  captureRejectionSymbol,
  captureRejections,
  defaultMaxListeners,
  errorMonitor,
  EventEmitter,
  getEventListeners,
  getMaxListeners,
  init,
  staticListenerCount as listenerCount,
  on,
  once,
  setMaxListeners,
  usingDomains,
};

export default EventEmitter;
