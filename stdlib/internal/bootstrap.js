// Runs once before any user code: installs Node's globals. Start-up time is
// parse time in Boa, so every global beyond the trivial ones is an accessor
// that loads its module on first read (made natively: op_lazy_globals).
import "internal:polyfills";
import { op_queue_microtask, op_lazy_globals, op_load_builtin } from "autorun:internal";

// What a lazy global's first read calls (a native getter must not load a
// module itself: Boa's frame of the reading code would be clobbered).
const load = (module, name) => op_load_builtin(module)[name];

Object.defineProperty(globalThis, "global", { value: globalThis, writable: true, configurable: true, enumerable: false });
op_lazy_globals(`
  process internal:process process
  setTimeout internal:timers setTimeout
  setInterval internal:timers setInterval
  setImmediate internal:timers setImmediate
  clearTimeout internal:timers clearTimeout
  clearInterval internal:timers clearInterval
  clearImmediate internal:timers clearImmediate
`, load);
Object.defineProperty(globalThis, "queueMicrotask", {
  value: function queueMicrotask(callback) {
    if (typeof callback !== "function") {
      const err = new TypeError(
        `The "callback" argument must be of type function. Received ${callback === undefined ? "undefined" : typeof callback}`,
      );
      err.code = "ERR_INVALID_ARG_TYPE";
      throw err;
    }
    op_queue_microtask(callback);
  },
  writable: true,
  configurable: true,
  enumerable: false,
});
// console: a light one that writes plain strings and numbers itself and
// loads the full console on first need.
op_lazy_globals(`
  console internal:console_shim console
  performance internal:performance performance
  URL internal:url URL
  URLSearchParams internal:url URLSearchParams
  TextEncoder internal:encoding TextEncoder
  TextDecoder internal:encoding TextDecoder
  atob internal:encoding atob
  btoa internal:encoding btoa
  structuredClone internal:structured_clone structuredClone
  AbortController internal:abort AbortController
  AbortSignal internal:abort AbortSignal
  Event internal:event_target Event
  EventTarget internal:event_target EventTarget
  CustomEvent internal:event_target CustomEvent
  DOMException internal:dom_exception DOMException
  Buffer node:buffer Buffer
`, load);
