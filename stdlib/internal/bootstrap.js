// Runs once before any user code: installs Node's globals and hands the
// event loop its hooks. Start-up time is parse time in Boa, so every global
// beyond the trivial ones loads its module on first use.
import "internal:polyfills";
import { op_queue_microtask, op_load_builtin, op_now, op_isatty, op_env_get } from "autorun:internal";
import { write as writeOutput } from "internal:output";
import { formatPlain } from "internal:format_plain";

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

// Colours as Node decides them: a terminal, unless NO_COLOR; FORCE_COLOR wins.
function colors(fd) {
  const force = op_env_get("FORCE_COLOR");
  if (force !== undefined) return force !== "0" && force !== "false";
  return op_isatty(fd) && op_env_get("NO_COLOR") === undefined && op_env_get("TERM") !== "dumb";
}

// console: until a call needs more than plain strings and numbers written
// out (formatting, inspection, groups, timers, tables...), the full console
// (internal:console, 9 KB to parse) is not loaded; from then on every
// method is its.
lazy("console", () => {
  const colours = [false, colors(1), colors(2)];
  let full = null;
  const load = () => {
    full ??= builtin("internal:console").createConsole(
      (text) => writeOutput(1, text),
      (text) => writeOutput(2, text),
      { stdoutColors: colours[1], stderrColors: colours[2] },
    );
    return full;
  };
  const named = (name, fn) => Object.defineProperty(fn, "name", { value: name });
  const writer = (name, fd) =>
    named(name, (...args) => {
      if (full === null) {
        const text = formatPlain(args, colours[fd]);
        if (text !== undefined) {
          writeOutput(fd, `${text}\n`);
          return;
        }
      }
      return load()[name](...args);
    });
  const console = {};
  for (const name of ["log", "warn", "dir", "time", "timeEnd", "timeLog", "trace", "assert", "clear", "count", "countReset", "group", "groupEnd", "table", "timeStamp", "profile", "profileEnd"]) {
    console[name] = named(name, (...args) => load()[name](...args));
  }
  console.log = writer("log", 1);
  console.warn = writer("warn", 2);
  console.info = console.log;
  console.debug = console.log;
  console.dirxml = console.log;
  console.error = console.warn;
  console.groupCollapsed = console.group;
  Object.defineProperty(console, Symbol.toStringTag, { value: "console", writable: false, enumerable: false, configurable: true });
  return console;
});
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
