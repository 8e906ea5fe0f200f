// node:timers/promises
import { setTimeout as startTimeout, clearTimeout, setImmediate as startImmediate, clearImmediate, setInterval as startInterval, clearInterval } from "internal:timers";

function abortError(signal) {
  const err = new Error("The operation was aborted", { cause: signal.reason });
  err.name = "AbortError";
  err.code = "ABORT_ERR";
  return err;
}

function invalidType(name, expected, value) {
  const err = new TypeError(`The "${name}" argument must be of type ${expected}. Received ${value === undefined ? "undefined" : typeof value}`);
  err.code = "ERR_INVALID_ARG_TYPE";
  return err;
}

function checkOptions(options) {
  if (options === null || typeof options !== "object") throw invalidType("options", "object", options);
  const { signal, ref = true } = options;
  if (signal !== undefined && (signal === null || typeof signal !== "object" || !("aborted" in signal))) {
    throw invalidType("options.signal", "AbortSignal", signal);
  }
  if (typeof ref !== "boolean") throw invalidType("options.ref", "boolean", ref);
  return { signal, ref };
}

function settleLater(start, clear, value, options) {
  let parsed;
  try {
    parsed = checkOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = parsed;
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clear(handle);
      reject(abortError(signal));
    };
    const handle = start(() => {
      if (signal) signal.removeEventListener("abort", onAbort);
      resolve(value);
    });
    if (!ref) handle.unref();
    if (signal) signal.addEventListener("abort", onAbort, { once: true });
  });
}

export function setTimeout(delay, value, options = {}) {
  return settleLater((fn) => startTimeout(fn, delay), clearTimeout, value, options);
}

export function setImmediate(value, options = {}) {
  return settleLater((fn) => startImmediate(fn), clearImmediate, value, options);
}

export async function* setInterval(delay, value, options = {}) {
  const { signal, ref } = checkOptions(options);
  if (signal && signal.aborted) throw abortError(signal);
  let pending = 0;
  let wake = null;
  const handle = startInterval(() => {
    pending++;
    if (wake) {
      wake();
      wake = null;
    }
  }, delay);
  if (!ref) handle.unref();
  let onAbort;
  const aborted = signal
    ? new Promise((_, reject) => {
        onAbort = () => reject(abortError(signal));
        signal.addEventListener("abort", onAbort, { once: true });
      })
    : null;
  if (aborted) aborted.catch(() => {});
  try {
    for (;;) {
      if (pending === 0) {
        const tick = new Promise((resolve) => (wake = resolve));
        await (aborted ? Promise.race([tick, aborted]) : tick);
      }
      if (signal && signal.aborted) throw abortError(signal);
      pending--;
      yield value;
    }
  } finally {
    clearInterval(handle);
    if (signal && onAbort) signal.removeEventListener("abort", onAbort);
  }
}

export const scheduler = {
  wait: (delay, options) => setTimeout(delay, undefined, options),
  yield: () => setImmediate(),
};

export default { setTimeout, setImmediate, setInterval, scheduler };
