// Timers with Node's shape: Timeout and Immediate objects with
// ref()/unref()/hasRef(); the schedule itself lives in the host.
import {
  op_timer_start,
  op_timer_stop,
  op_timer_ref,
  op_immediate_queue,
  op_immediate_clear,
  op_immediate_ref,
  op_loop_now,
  op_set_timer_hooks,
} from "autorun:internal";

const TIMEOUT_MAX = 2 ** 31 - 1;
const timeouts = new Map();
const immediates = new Map();
let nextTimerId = 1;
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

// Timer ids live in a WeakMap, not on the objects: `timers.active()` and
// friends work on plain objects that tests compare structurally.
const ids = new WeakMap();
const refed = new WeakMap();

function idOf(item) {
  let id = ids.get(item);
  if (id === undefined) {
    id = nextTimerId++;
    ids.set(item, id);
  }
  return id;
}

/** Starts (or restarts) `item`'s timer for `item._idleTimeout` ms. */
function arm(item, isRefed) {
  const id = idOf(item);
  item._idleStart = op_loop_now();
  if (item._idleNext === undefined || item._idleNext === null) {
    item._idleNext = item;
    item._idlePrev = item;
  }
  refed.set(item, isRefed);
  timeouts.set(id, item);
  op_timer_start(id, item._idleTimeout, isRefed);
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
  constructor(callback, after, args, repeat, isRefed = true) {
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = repeat ? after : null;
    this._destroyed = false;
    arm(this, isRefed);
  }
  ref() {
    if (refed.get(this) === false) {
      refed.set(this, true);
      op_timer_ref(idOf(this), true);
    }
    return this;
  }
  unref() {
    if (refed.get(this) !== false) {
      refed.set(this, false);
      op_timer_ref(idOf(this), false);
    }
    return this;
  }
  hasRef() {
    return refed.get(this) !== false;
  }
  refresh() {
    if (this._idleTimeout >= 0 && typeof this._onTimeout === "function") {
      arm(this, refed.get(this) !== false);
    }
    return this;
  }
  close() {
    clearTimeout(this);
    return this;
  }
  [Symbol.toPrimitive]() {
    return idOf(this);
  }
}

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
  const isTimeout = item instanceof Timeout;
  const args = isTimeout ? item._timerArgs : undefined;
  try {
    if (args === undefined) item._onTimeout();
    else item._onTimeout(...args);
  } finally {
    if (isTimeout && item._repeat && item._idleTimeout !== -1 && !item._destroyed) {
      item._idleTimeout = item._repeat;
      arm(item, refed.get(item) !== false);
    } else if (!timeouts.has(id)) {
      item._idleNext = null;
      item._idlePrev = null;
      if (isTimeout) item._destroyed = true;
    }
  }
}

export function setTimeout(callback, after, ...args) {
  if (typeof callback !== "function") throw invalidCallback(callback);
  return new Timeout(callback, coerceDelay(after), args.length ? args : undefined, false);
}

export function setInterval(callback, repeat, ...args) {
  if (typeof callback !== "function") throw invalidCallback(callback);
  return new Timeout(callback, coerceDelay(repeat), args.length ? args : undefined, true);
}

export function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    unenrollTimer(timer);
    return;
  }
  if (typeof timer === "number" || typeof timer === "string") {
    const known = timeouts.get(Number(timer));
    if (known instanceof Timeout) unenrollTimer(known);
  }
}

export const clearInterval = clearTimeout;

function unenrollTimer(item) {
  if (item._destroyed) return;
  if (item instanceof Timeout) item._destroyed = true;
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
  if (timeouts.get(ids.get(item)) === item) disarm(item);
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
  if (item && typeof item._idleTimeout === "number" && item._idleTimeout >= 0) arm(item, true);
}

/** Legacy: (re)starts a plain object's timer without keeping the loop alive. */
export function _unrefActive(item) {
  if (!warnedUnrefActive) {
    warnedUnrefActive = true;
    deprecate("timers._unrefActive() is deprecated. Please use timeout.refresh() instead.", "DEP0127");
  }
  if (item && typeof item._idleTimeout === "number" && item._idleTimeout >= 0) arm(item, false);
}

export class Immediate {
  #id;
  #refed = true;
  constructor(callback, args) {
    this.#id = nextImmediateId++;
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
    const args = immediate._argv;
    if (args === undefined) immediate._onImmediate();
    else immediate._onImmediate(...args);
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
