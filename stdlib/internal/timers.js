// Timers with Node's shape: Timeout and Immediate objects with
// ref()/unref()/hasRef(); the schedule itself lives in the host.
import {
  op_timer_start,
  op_timer_stop,
  op_timer_ref,
  op_immediate_queue,
  op_immediate_clear,
  op_immediate_ref,
  op_set_timer_hooks,
  op_next_id,
  op_timeout_init,
  op_timeout_create,
  op_timeout_get,
  op_timeout_set,
  op_timeout_refresh,
  op_timeout_clear,
  op_timeout_ref,
  op_timeout_by_id,
  op_async_context,
  op_async_context_run,
} from "autorun:internal";

const TIMEOUT_MAX = 2 ** 31 - 1;
const timeouts = new Map();
const immediates = new Map();
let nextImmediateId = 1;

function invalidCallback(callback) {
  const err = new TypeError(
    `The "callback" argument must be of type function. Received ${describe(callback)}`,
  );
  err.code = "ERR_INVALID_ARG_TYPE";
  return err;
}

function describe(value) {
  if (value == null) return String(value);
  if (typeof value === "function") return `function ${value.name}`;
  if (typeof value === "object") {
    const name = value.constructor && value.constructor.name;
    return name ? `an instance of ${name}` : "an instance of Object";
  }
  let shown = String(value);
  if (typeof value === "string") shown = `'${value.length > 25 ? value.slice(0, 25) + "..." : value}'`;
  return `type ${typeof value} (${shown})`;
}

function coerceDelay(after) {
  after = Number(after);
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX && typeof process === "object" && process.emitWarning) {
      process.emitWarning(
        `${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
        "TimeoutOverflowWarning",
      );
    }
    after = 1;
  }
  return after;
}

// Timeouts made by setTimeout/setInterval are native objects (see
// src/ops/timers.rs): their state lives in Rust and Node's fields are
// accessors here. Plain objects used with the legacy `timers.enroll()` /
// `active()` API are armed by id and fired through `onTimer`; their ids and
// ref state live in WeakMaps, since callers compare them structurally.
const ids = new WeakMap();
const refedOf = new WeakMap();

function idOf(item) {
  let id = ids.get(item);
  if (id === undefined) {
    id = op_next_id();
    ids.set(item, id);
  }
  return id;
}

/** Starts (or restarts) a plain object's timer for `item._idleTimeout` ms. */
function arm(item, refed) {
  const id = idOf(item);
  if (item._idleNext === undefined || item._idleNext === null) {
    item._idleNext = item;
    item._idlePrev = item;
  }
  refedOf.set(item, refed);
  timeouts.set(id, item);
  item._idleStart = op_timer_start(id, item._idleTimeout, refed);
}

function disarm(item) {
  const id = ids.get(item);
  if (id === undefined) return;
  timeouts.delete(id);
  op_timer_stop(id);
  item._idleNext = null;
  item._idlePrev = null;
}

export class Timeout {
  constructor(callback, after, args, repeat) {
    return op_timeout_create(callback, after, args, repeat);
  }
  ref() {
    op_timeout_ref(this, true);
    return this;
  }
  unref() {
    op_timeout_ref(this, false);
    return this;
  }
  hasRef() {
    return op_timeout_get(this, "refed");
  }
  refresh() {
    op_timeout_refresh(this);
    return this;
  }
  close() {
    clearTimeout(this);
    return this;
  }
  [Symbol.toPrimitive]() {
    return op_timeout_get(this, "id");
  }
}

for (const field of ["_idleTimeout", "_idleStart", "_onTimeout", "_timerArgs", "_repeat", "_destroyed"]) {
  Object.defineProperty(Timeout.prototype, field, {
    get() {
      return op_timeout_get(this, field);
    },
    set(value) {
      op_timeout_set(this, field, value);
    },
    enumerable: false,
    configurable: true,
  });
}
op_timeout_init(Timeout.prototype);

if (typeof Symbol.dispose === "symbol") {
  Timeout.prototype[Symbol.dispose] = function dispose() {
    clearTimeout(this);
  };
}

function fireTimer(id) {
  const item = timeouts.get(id);
  if (item === undefined) return;
  timeouts.delete(id);
  const callback = item._onTimeout;
  if (typeof callback !== "function" || item._idleTimeout < 0) {
    item._idleNext = null;
    item._idlePrev = null;
    return;
  }
  try {
    item._onTimeout();
  } finally {
    if (!timeouts.has(id)) {
      item._idleNext = null;
      item._idlePrev = null;
    }
  }
}

// setTimeout is hot: no rest parameters (an array per call in Boa) and a
// numeric fast path for the delay.
function extraArgs(args) {
  return args.length > 2 ? Array.prototype.slice.call(args, 2) : undefined;
}

export function setTimeout(callback, after) {
  if (typeof callback !== "function") throw invalidCallback(callback);
  const delay = typeof after === "number" && after >= 1 && after <= TIMEOUT_MAX ? after : coerceDelay(after);
  return op_timeout_create(callback, delay, arguments.length > 2 ? extraArgs(arguments) : undefined, false);
}

export function setInterval(callback, repeat) {
  if (typeof callback !== "function") throw invalidCallback(callback);
  const delay = typeof repeat === "number" && repeat >= 1 && repeat <= TIMEOUT_MAX ? repeat : coerceDelay(repeat);
  return op_timeout_create(callback, delay, arguments.length > 2 ? extraArgs(arguments) : undefined, true);
}

export function clearTimeout(timer) {
  if (timer instanceof Timeout) {
    op_timeout_clear(timer);
  } else if (timer && timer._onTimeout) {
    unenrollTimer(timer);
  } else if (typeof timer === "number" || typeof timer === "string") {
    const known = op_timeout_by_id(Number(timer));
    if (known !== undefined) op_timeout_clear(known);
  }
}

export const clearInterval = clearTimeout;

function unenrollTimer(item) {
  if (item instanceof Timeout) {
    op_timeout_clear(item);
    return;
  }
  if (item._destroyed) return;
  disarm(item);
  item._idleTimeout = -1;
}

function nodeError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

let warnedEnroll = false;
let warnedActive = false;
let warnedUnenroll = false;
let warnedUnrefActive = false;

function deprecate(message, code) {
  if (typeof process === "object" && process.emitWarning) {
    process.emitWarning(message, "DeprecationWarning", code);
  }
}

/** Legacy: makes a plain object a timer of `msecs` (not yet started). */
export function enroll(item, msecs) {
  if (!warnedEnroll) {
    warnedEnroll = true;
    deprecate("timers.enroll() is deprecated. Please use setTimeout instead.", "DEP0095");
  }
  if (typeof msecs !== "number") {
    throw nodeError(TypeError, "ERR_INVALID_ARG_TYPE", `The "msecs" argument must be of type number. Received ${describe(msecs)}`);
  }
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw nodeError(RangeError, "ERR_OUT_OF_RANGE", `The value of "msecs" is out of range. It must be a non-negative finite number. Received ${msecs}`);
  }
  if (item instanceof Timeout) op_timeout_clear(item);
  else if (timeouts.get(ids.get(item)) === item) disarm(item);
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(
      `${msecs} does not fit into a 32-bit signed integer.\nTimer duration was truncated to ${TIMEOUT_MAX}.`,
      "TimeoutOverflowWarning",
    );
    msecs = TIMEOUT_MAX;
  }
  item._idleTimeout = msecs;
}

/** Legacy: stops a plain object's timer. */
export function unenroll(item) {
  if (!warnedUnenroll) {
    warnedUnenroll = true;
    deprecate("timers.unenroll() is deprecated. Please use clearTimeout instead.", "DEP0096");
  }
  unenrollTimer(item);
}

/** Legacy: (re)starts a plain object's timer, keeping the loop alive. */
export function active(item) {
  if (!warnedActive) {
    warnedActive = true;
    deprecate("timers.active() is deprecated. Please use timeout.refresh() instead.", "DEP0126");
  }
  if (item instanceof Timeout) item.refresh();
  else if (item && typeof item._idleTimeout === "number" && item._idleTimeout >= 0) arm(item, true);
}

/** Legacy: (re)starts a plain object's timer without keeping the loop alive. */
export function _unrefActive(item) {
  if (!warnedUnrefActive) {
    warnedUnrefActive = true;
    deprecate("timers._unrefActive() is deprecated. Please use timeout.refresh() instead.", "DEP0127");
  }
  if (item instanceof Timeout) item.unref().refresh();
  else if (item && typeof item._idleTimeout === "number" && item._idleTimeout >= 0) arm(item, false);
}

export class Immediate {
  #id;
  #refed = true;
  #context;
  constructor(callback, args) {
    this.#id = nextImmediateId++;
    this.#context = op_async_context();
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    immediates.set(this.#id, this);
    op_immediate_queue(this.#id, true);
  }
  ref() {
    if (!this.#refed && !this._destroyed) {
      this.#refed = true;
      op_immediate_ref(this.#id, true);
    }
    return this;
  }
  unref() {
    if (this.#refed && !this._destroyed) {
      this.#refed = false;
      op_immediate_ref(this.#id, false);
    }
    return this;
  }
  hasRef() {
    return this.#refed;
  }
  static _fire(id) {
    const immediate = immediates.get(id);
    if (immediate === undefined) return;
    immediates.delete(id);
    immediate._destroyed = true;
    const context = immediate.#context;
    if (context !== undefined) op_async_context_run(context, immediate._onImmediate, immediate, immediate._argv);
    else if (immediate._argv === undefined) immediate._onImmediate();
    else immediate._onImmediate(...immediate._argv);
  }
  static _clear(immediate) {
    if (immediate._destroyed) return;
    immediate._destroyed = true;
    immediates.delete(immediate.#id);
    op_immediate_clear(immediate.#id);
  }
}

if (typeof Symbol.dispose === "symbol") {
  Immediate.prototype[Symbol.dispose] = function dispose() {
    clearImmediate(this);
  };
}

export function setImmediate(callback, ...args) {
  if (typeof callback !== "function") throw invalidCallback(callback);
  return new Immediate(callback, args.length ? args : undefined);
}

export function clearImmediate(immediate) {
  if (immediate instanceof Immediate) Immediate._clear(immediate);
}

export const onTimer = fireTimer;
export const onImmediate = (id) => Immediate._fire(id);

op_set_timer_hooks({ onTimer, onImmediate });
