// node:async_hooks: AsyncLocalStorage and AsyncResource on the host's async
// context. The host captures the context when a callback is scheduled (a
// promise reaction, an `await`, a timer, an immediate, a nextTick, a child's
// listener) and restores it while the callback runs. A context is a Map from
// each AsyncLocalStorage to its store; it is never changed once made, so a
// captured one stays as it was.
import { op_async_context, op_async_context_set, op_async_context_run } from "autorun:internal";

function withStore(storage, store) {
  const context = op_async_context();
  const next = new Map(context === undefined ? [] : context);
  next.set(storage, store);
  return next;
}

function withoutStore(storage) {
  const context = op_async_context();
  if (context === undefined || !context.has(storage)) return context;
  const next = new Map(context);
  next.delete(storage);
  return next.size === 0 ? undefined : next;
}

function checkFunction(fn, name) {
  if (typeof fn !== "function") {
    const err = new TypeError(`The "${name}" argument must be of type function. Received ${fn === null ? "null" : typeof fn}`);
    err.code = "ERR_INVALID_ARG_TYPE";
    throw err;
  }
}

export class AsyncLocalStorage {
  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const context = op_async_context();
    return function runInAsyncScope(fn, ...args) {
      return op_async_context_run(context, fn, this, args);
    };
  }

  run(store, callback, ...args) {
    checkFunction(callback, "callback");
    return op_async_context_run(withStore(this, store), callback, undefined, args);
  }

  exit(callback, ...args) {
    checkFunction(callback, "callback");
    return op_async_context_run(withoutStore(this), callback, undefined, args);
  }

  getStore() {
    const context = op_async_context();
    return context === undefined ? undefined : context.get(this);
  }

  enterWith(store) {
    op_async_context_set(withStore(this, store));
  }

  disable() {
    op_async_context_set(withoutStore(this));
  }
}

let nextAsyncId = 2;

export class AsyncResource {
  #context;
  #asyncId;
  #triggerAsyncId;

  constructor(type, options = {}) {
    if (typeof type !== "string") {
      const err = new TypeError(`The "type" argument must be of type string. Received ${typeof type}`);
      err.code = "ERR_INVALID_ARG_TYPE";
      throw err;
    }
    this.#context = op_async_context();
    this.#asyncId = nextAsyncId++;
    const trigger = typeof options === "number" ? options : options.triggerAsyncId;
    this.#triggerAsyncId = trigger === undefined ? 1 : trigger;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return op_async_context_run(this.#context, fn, thisArg, args);
  }

  bind(fn, thisArg) {
    checkFunction(fn, "fn");
    const resource = this;
    const bound = function (...args) {
      return resource.runInAsyncScope(fn, thisArg === undefined ? this : thisArg, ...args);
    };
    Object.defineProperty(bound, "length", { value: fn.length, configurable: true });
    Object.defineProperty(bound, "asyncResource", { value: this, configurable: true, enumerable: true, writable: true });
    return bound;
  }

  static bind(fn, type, thisArg) {
    return new AsyncResource(type || fn.name || "bound-anonymous-fn").bind(fn, thisArg);
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

/** Lifecycle hooks are not reported by this runtime: the hook never fires. */
export function createHook(callbacks) {
  if (callbacks === null || typeof callbacks !== "object") {
    const err = new TypeError('The "callbacks" argument must be of type object.');
    err.code = "ERR_INVALID_ARG_TYPE";
    throw err;
  }
  return {
    enable() {
      return this;
    },
    disable() {
      return this;
    },
  };
}

export function executionAsyncId() {
  return 1;
}

export function triggerAsyncId() {
  return 0;
}

export function executionAsyncResource() {
  return {};
}

export const asyncWrapProviders = Object.freeze({ NONE: 0 });

export default {
  AsyncLocalStorage,
  AsyncResource,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
};
