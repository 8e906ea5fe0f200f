// Runs once before any user code: installs Node's globals and hands the
// event loop its hooks. Start-up time is parse time in Boa, so every global
// beyond the trivial ones loads its module on first use.
import "internal:polyfills";
import { op_queue_microtask, op_load_builtin, op_now } from "autorun:internal";

const builtin = (name) => op_load_builtin(name);

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

const timers = () => builtin("internal:timers");

define("global", globalThis);
lazy("process", () => builtin("internal:process").process);
for (const name of ["setTimeout", "setInterval", "setImmediate", "clearTimeout", "clearInterval", "clearImmediate"]) {
  lazy(name, () => timers()[name]);
}
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

// console: a light one that writes plain strings and numbers itself and
// loads the full console on first need (internal:console_shim).
lazy("console", () => builtin("internal:console_shim").console);
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
lazy("Buffer", () => builtin("node:buffer").Buffer);


/** `-e`: Node's CommonJS names as globals, each loaded on first use. */
export function defineEvalGlobals() {
  let module;
  const evalModule = () => (module ??= builtin("internal:cjs").evalModule());
  lazy("module", () => evalModule());
  lazy("exports", () => evalModule().exports);
  lazy("require", () => evalModule().require);
  lazy("__filename", () => "[eval]");
  lazy("__dirname", () => ".");
}
