// Runs once before any user code: installs Node's globals and hands the
// event loop its hooks. Heavy globals load on first use.
import "internal:polyfills";
import { op_set_loop_hooks, op_queue_microtask, op_load_builtin, op_write, op_now } from "autorun:internal";
import * as timers from "internal:timers";
import { process, onUncaught, onUnhandledRejection, onExit, onBeforeExit } from "internal:process";

function define(name, value) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
}

// A global loaded on first use. It stays an accessor: turning it into a data
// property after a read confuses Boa's cached global lookups.
function lazy(name, load) {
  let loaded = false;
  let value;
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable: false,
    get() {
      if (!loaded) {
        value = load();
        loaded = true;
      }
      return value;
    },
    set(replacement) {
      value = replacement;
      loaded = true;
    },
  });
}

const builtin = (name) => op_load_builtin(name);

define("global", globalThis);
define("process", process);
define("setTimeout", timers.setTimeout);
define("setInterval", timers.setInterval);
define("setImmediate", timers.setImmediate);
define("clearTimeout", timers.clearTimeout);
define("clearInterval", timers.clearInterval);
define("clearImmediate", timers.clearImmediate);
define("queueMicrotask", function queueMicrotask(callback) {
  if (typeof callback !== "function") {
    const err = new TypeError(
      `The "callback" argument must be of type function. Received ${callback === undefined ? "undefined" : typeof callback}`,
    );
    err.code = "ERR_INVALID_ARG_TYPE";
    throw err;
  }
  op_queue_microtask(callback);
});

lazy("console", () =>
  builtin("internal:console").createConsole(
    (text) => op_write(1, text),
    (text) => op_write(2, text),
  ),
);
lazy("performance", () => {
  const origin = Date.now() - op_now();
  return {
    now: op_now,
    timeOrigin: origin,
    mark() {},
    measure() {},
    toJSON: () => ({ timeOrigin: origin }),
  };
});
lazy("Buffer", () => builtin("node:buffer").Buffer);
lazy("URL", () => builtin("internal:url").URL);
lazy("URLSearchParams", () => builtin("internal:url").URLSearchParams);
lazy("TextEncoder", () => builtin("internal:encoding").TextEncoder);
lazy("TextDecoder", () => builtin("internal:encoding").TextDecoder);
lazy("atob", () => builtin("internal:encoding").atob);
lazy("btoa", () => builtin("internal:encoding").btoa);
lazy("structuredClone", () => builtin("internal:structured_clone").structuredClone);
lazy("AbortController", () => builtin("internal:abort").AbortController);
lazy("AbortSignal", () => builtin("internal:abort").AbortSignal);
lazy("Event", () => builtin("internal:event_target").Event);
lazy("EventTarget", () => builtin("internal:event_target").EventTarget);
lazy("CustomEvent", () => builtin("internal:event_target").CustomEvent);
lazy("DOMException", () => builtin("internal:dom_exception").DOMException);

op_set_loop_hooks({
  onTimer: timers.onTimer,
  onImmediate: timers.onImmediate,
  onUncaught,
  onUnhandledRejection,
  onExit,
  onBeforeExit,
});
