// Timers with Node's shape: Timeout and Immediate objects with
// ref()/unref()/hasRef(); the schedule itself lives in the host.
import {
  op_timer_start,
  op_timer_stop,
  op_timer_ref,
  op_immediate_queue,
  op_immediate_clear,
  op_immediate_ref,
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

export class Timeout {
  #id;
  #refed = true;
  constructor(callback, after, args, repeat) {
    this.#id = nextTimerId++;
    this._idleTimeout = after;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = repeat ? after : null;
    this._destroyed = false;
    timeouts.set(this.#id, this);
    op_timer_start(this.#id, after, true);
  }
  ref() {
    if (!this.#refed) {
      this.#refed = true;
      op_timer_ref(this.#id, true);
    }
    return this;
  }
  unref() {
    if (this.#refed) {
      this.#refed = false;
      op_timer_ref(this.#id, false);
    }
    return this;
  }
  hasRef() {
    return this.#refed;
  }
  refresh() {
    if (!this._destroyed) {
      timeouts.set(this.#id, this);
      op_timer_start(this.#id, this._idleTimeout, this.#refed);
    }
    return this;
  }
  close() {
    clearTimeout(this);
    return this;
  }
  [Symbol.toPrimitive]() {
    return this.#id;
  }
  static _fire(id) {
    const timer = timeouts.get(id);
    if (timer === undefined) return;
    if (timer._repeat === null) {
      timeouts.delete(id);
      timer._destroyed = true;
    }
    const args = timer._timerArgs;
    try {
      if (args === undefined) timer._onTimeout();
      else timer._onTimeout(...args);
    } finally {
      if (timer._repeat !== null && !timer._destroyed) {
        op_timer_start(id, timer._repeat, timer.#refed);
      }
    }
  }
  static _clear(timer) {
    const id = timer.#id;
    timer._destroyed = true;
    timeouts.delete(id);
    op_timer_stop(id);
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
  if (timer instanceof Timeout) {
    if (!timer._destroyed) Timeout._clear(timer);
    return;
  }
  if (typeof timer === "number" || typeof timer === "string") {
    const known = timeouts.get(Number(timer));
    if (known) Timeout._clear(known);
  }
}

export const clearInterval = clearTimeout;

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

export function setImmediate(callback, ...args) {
  if (typeof callback !== "function") throw invalidCallback(callback);
  return new Immediate(callback, args.length ? args : undefined);
}

export function clearImmediate(immediate) {
  if (immediate instanceof Immediate) Immediate._clear(immediate);
}

export const onTimer = (id) => Timeout._fire(id);
export const onImmediate = (id) => Immediate._fire(id);
