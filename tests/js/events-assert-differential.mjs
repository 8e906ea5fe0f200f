// Differential test of autorun's node:events, node:assert and
// node:assert/strict (and the errors of internal:errors) against Node 20.
//
// Under Node, with the shim (autorun's stdlib loaded from stdlib/):
//   node --expose-internals --import ./tests/js/node-shim/register.mjs tests/js/events-assert-differential.mjs
// runs every case on Node's modules and on autorun's and prints each
// difference; `--write-expected` stores Node's results in
// events-assert-differential.expected.json, `--verbose` also prints the known
// differences.
//
// Under autorun (no shim) the modules are autorun's; results are compared
// with the stored expected values.
//
// A case returns a value or throws; both are reduced to plain JSON (errors
// to constructor, name, code, message, String(err), the first stack lines
// before the frames, own keys, ...), so that stack frames, which differ
// between engines, never take part.
import * as eventsNamespace from "node:events";
import * as assertNamespace from "node:assert";
import * as strictNamespace from "node:assert/strict";
import * as utilNamespace from "node:util";
import { fileURLToPath } from "node:url";

const shimmed = globalThis.__AUTORUN_NODE_SHIM__ === true;
const argv = typeof process !== "undefined" ? process.argv : [];
const writeExpected = argv.includes("--write-expected");
const verbose = argv.includes("--verbose");
const expectedPath = fileURLToPath(new URL("./events-assert-differential.expected.json", import.meta.url));

function moduleSet(events, assert, strict, util) {
  return {
    events: events.default ?? events,
    eventsNs: events,
    assert: assert.default ?? assert,
    assertNs: assert,
    strict: strict.default ?? strict,
    strictNs: strict,
    util: util.default ?? util,
  };
}

const real = moduleSet(eventsNamespace, assertNamespace, strictNamespace, utilNamespace);
let ours = real;
if (shimmed) {
  ours = moduleSet(
    await import("../../stdlib/node/events.js"),
    await import("../../stdlib/node/assert.js"),
    await import("../../stdlib/node/assert/strict.js"),
    await import("../../stdlib/node/util.js"),
  );
}

// ---------------------------------------------------------------------------
// Reduction of values to JSON

function shape(v, seen = new Set(), depth = 0) {
  if (v === null) return null;
  switch (typeof v) {
    case "undefined":
      return { undefined: true };
    case "number":
      if (Object.is(v, -0)) return { number: "-0" };
      return Number.isFinite(v) ? v : { number: String(v) };
    case "bigint":
      return { bigint: String(v) };
    case "symbol":
      return { symbol: String(v) };
    case "string":
    case "boolean":
      return v;
    case "function":
      return { function: v.name };
  }
  if (seen.has(v)) return { circular: true };
  if (depth > 5) return { deep: true };
  seen.add(v);
  try {
    if (v instanceof Error || Object.prototype.toString.call(v) === "[object Error]") return describeError(v, seen, depth);
    if (Array.isArray(v)) return v.map((x) => shape(x, seen, depth + 1));
    // Plain objects keep their keys as they are (so that shaping twice
    // changes nothing); others are tagged with their constructor.
    const plain = Object.getPrototypeOf(v) === Object.prototype;
    const out = plain ? {} : { ctor: ctorName(v) };
    for (const key of Reflect.ownKeys(v)) {
      if (!Object.prototype.propertyIsEnumerable.call(v, key)) continue;
      const name = typeof key === "symbol" ? `[${String(key)}]` : plain ? key : `.${key}`;
      out[name] = shape(v[key], seen, depth + 1);
    }
    return out;
  } finally {
    seen.delete(v);
  }
}

function ctorName(v) {
  try {
    const ctor = v.constructor;
    return typeof ctor === "function" ? ctor.name : null;
  } catch {
    return "<throws>";
  }
}

function stackHeader(err) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    return "<throws>";
  }
  if (typeof stack !== "string") return { stack: typeof stack };
  const lines = stack.split("\n");
  const header = [];
  for (const line of lines) {
    if (/^\s+at /.test(line)) break;
    header.push(line);
  }
  return header.join("\n");
}

function describeError(err, seen = new Set(), depth = 0) {
  let header = stackHeader(err);
  // Boa's stacks have no `Name: message` line; the errors made by the
  // modules under test (all with a string `code`) must have one, the user's
  // own errors get V8's.
  if (header === "" && typeof err.code !== "string") header = Error.prototype.toString.call(err);
  const out = {
    error: ctorName(err),
    name: err.name,
    message: err.message,
    string: safeString(err),
    header,
    keys: Object.keys(err),
  };
  for (const key of ["code", "generatedMessage", "operator", "context", "count", "type"]) {
    if (key in err) out[key] = shape(err[key], seen, depth + 1);
  }
  for (const key of ["actual", "expected", "cause"]) {
    if (key in err) out[key] = shape(err[key], seen, depth + 1);
  }
  return out;
}

function safeString(v) {
  try {
    return String(v);
  } catch (e) {
    return `<String throws ${e && e.name}>`;
  }
}

// Inspect output with the stack frames removed (they name engine internals).
function inspectNoFrames(util, value, options) {
  return util
    .inspect(value, options)
    .split("\n")
    .filter((line) => !/^\s+at /.test(line) && !/^\s+\.\.\. \d+ lines matching/.test(line))
    .join("\n");
}

// ---------------------------------------------------------------------------
// Cases

const cases = [];
function c(group, name, run, flags = {}) {
  cases.push({ id: `${group}: ${name}`, run, ...flags });
}

function thrown(fn) {
  try {
    const result = fn();
    return { returned: shape(result) };
  } catch (err) {
    return { threw: shape(err) };
  }
}

async function settled(promise) {
  try {
    return { resolved: shape(await promise) };
  } catch (err) {
    return { rejected: shape(err) };
  }
}

function captureWarnings(fn) {
  const warnings = [];
  const original = process.emitWarning;
  process.emitWarning = function (warning, ...rest) {
    if (typeof warning === "string") {
      warnings.push({ string: warning, rest: rest.map((r) => shape(r)) });
    } else {
      warnings.push({
        name: warning.name,
        message: warning.message,
        type: shape(warning.type),
        count: warning.count,
        emitterIsObject: typeof warning.emitter === "object",
        rest: rest.map((r) => shape(r)),
      });
    }
  };
  let result;
  try {
    result = thrown(fn);
  } finally {
    process.emitWarning = original;
  }
  return { result, warnings };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

// Values that the `Received ...` part of type errors describes.
class Foo {}
const received = {
  undefined: () => undefined,
  null: () => null,
  number: () => 1,
  "negative zero": () => -0,
  NaN: () => NaN,
  Infinity: () => Infinity,
  "-Infinity": () => -Infinity,
  bigint: () => 10n,
  true: () => true,
  string: () => "abc",
  "quote string": () => "it's",
  "long string": () => "x".repeat(40),
  symbol: () => Symbol("sym"),
  object: () => ({ a: 1 }),
  array: () => [1, 2],
  "class instance": () => new Foo(),
  "null prototype": () => Object.create(null),
  "named function": () => function named() {},
  "arrow function": () => () => {},
  "regexp": () => /x/g,
  "date": () => new Date(0),
};

// ---- node:events: module shape

c("events module", "keys of the default export", ({ events }) => Object.keys(events));
c("events module", "own property names of the default export", ({ events }) =>
  Object.getOwnPropertyNames(events).filter((k) => k !== "caller" && k !== "arguments").sort(),
);
c("events module", "named exports", ({ eventsNs }) => Object.keys(eventsNs).sort());
c("events module", "identities", ({ events, eventsNs }) => ({
  selfRef: events.EventEmitter === events,
  named: eventsNs.EventEmitter === events,
  once: eventsNs.once === events.once,
  on: eventsNs.on === events.on,
  usingDomains: events.usingDomains,
  captureRejectionSymbol: String(events.captureRejectionSymbol),
  captureRejectionsIsFor: events.captureRejectionSymbol === Symbol.for("nodejs.rejection"),
  errorMonitor: String(events.errorMonitor),
  defaultMaxListeners: events.defaultMaxListeners,
  captureRejections: events.captureRejections,
  kMaxEventTargetListeners: String(events.kMaxEventTargetListeners),
  prototypeNames: Object.getOwnPropertyNames(events.prototype).sort(),
  methodNames: Object.getOwnPropertyNames(events.prototype)
    .filter((k) => typeof events.prototype[k] === "function")
    .map((k) => `${k}=${events.prototype[k].name}`)
    .sort(),
  length: events.length,
  name: events.name,
}));
c("events module", "fresh emitter shape", ({ events }) => {
  const e = new events();
  return {
    keys: Object.keys(e),
    symbols: Object.getOwnPropertySymbols(e).map(String),
    eventsProto: Object.getPrototypeOf(e._events),
    eventsCount: e._eventsCount,
    maxListeners: e._maxListeners,
  };
});
c("events module", "inspect of an emitter", ({ events, util }) => {
  const e = new events();
  e.on("a", function handler() {});
  return [util.inspect(new events()), util.inspect(e), util.inspect(e, { depth: -1 })];
});

// ---- node:events: listeners

c("events listeners", "on, emit, arguments and this", ({ events }) => {
  const e = new events();
  const log = [];
  e.on("x", function (...args) {
    log.push(["first", this === e, args]);
  });
  e.addListener("x", (...args) => log.push(["second", args.length]));
  return { none: e.emit("y"), some: e.emit("x", 1, "two", null), log };
});
c("events listeners", "once and removal by the original listener", ({ events }) => {
  const e = new events();
  const log = [];
  function fn(v) {
    log.push(v);
  }
  e.once("x", fn);
  const raw = e.rawListeners("x");
  const listeners = e.listeners("x");
  const wrapperKnowsListener = raw[0].listener === fn;
  const wrapperIsNotFn = raw[0] !== fn;
  e.emit("x", 1);
  e.emit("x", 2);
  e.once("y", fn);
  e.removeListener("y", fn);
  e.emit("y", 3);
  return { log, wrapperKnowsListener, wrapperIsNotFn, sameUnwrapped: listeners[0] === fn, count: e.listenerCount("y") };
});
c("events listeners", "prepend order", ({ events }) => {
  const e = new events();
  const log = [];
  e.on("x", () => log.push("on"));
  e.prependListener("x", () => log.push("prepend"));
  e.prependOnceListener("x", () => log.push("prependOnce"));
  e.emit("x");
  e.emit("x");
  return log;
});
c("events listeners", "removeAllListeners and removeListener events", ({ events }) => {
  const e = new events();
  const log = [];
  const a = () => {};
  const b = () => {};
  e.on("removeListener", (name, fn) => log.push(["removed", String(name), fn === a ? "a" : fn === b ? "b" : fn.name]));
  e.on("foo", a);
  e.on("foo", b);
  e.on("bar", a);
  e.on(Symbol.for("s"), b);
  e.removeAllListeners("foo");
  const afterFoo = e.eventNames().map(String);
  e.removeAllListeners();
  return { log, afterFoo, after: e.eventNames() };
});
c("events listeners", "newListener sees the original of once wrappers", ({ events }) => {
  const e = new events();
  const log = [];
  function fn() {}
  e.on("newListener", (name, listener) => log.push([String(name), listener === fn, e.listenerCount(name)]));
  e.once("x", fn);
  e.on("y", fn);
  return log;
});
c("events listeners", "eventNames with strings and symbols", ({ events }) => {
  const e = new events();
  const s = Symbol("sym");
  e.on(s, () => {});
  e.on("b", () => {});
  e.on("a", () => {});
  e.on("__proto__", () => {});
  e.on(1, () => {});
  return e.eventNames().map(String);
});
c("events listeners", "listenerCount with a listener", ({ events }) => {
  const e = new events();
  function h() {}
  e.on("x", h);
  e.once("x", h);
  e.on("x", () => {});
  return [e.listenerCount("x"), e.listenerCount("x", h), e.listenerCount("y", h), events.listenerCount(e, "x")];
});
c("events listeners", "modification during emit", ({ events }) => {
  const e = new events();
  const log = [];
  const second = () => log.push("second");
  e.on("x", () => {
    log.push("first");
    e.removeListener("x", second);
    e.on("x", () => log.push("added"));
  });
  e.on("x", second);
  e.emit("x");
  e.emit("x");
  return log;
});
c("events listeners", "single listener is stored bare", ({ events }) => {
  const e = new events();
  function a() {}
  function b() {}
  e.on("x", a);
  const bare = e._events.x === a;
  e.on("x", b);
  const array = Array.isArray(e._events.x);
  e.removeListener("x", a);
  return { bare, array, backToBare: e._events.x === b, count: e._eventsCount };
});
c("events listeners", "EventEmitter.call in an inherits-style subclass", ({ events, util }) => {
  function Sub() {
    events.call(this);
  }
  util.inherits(Sub, events);
  const s = new Sub();
  let got;
  s.on("x", (v) => {
    got = v;
  });
  s.emit("x", 42);
  return { got, isEE: s instanceof events, keys: Object.keys(s) };
});
c("events listeners", "class subclass and init", ({ events }) => {
  class Sub extends events {
    constructor() {
      super({ captureRejections: false });
      this.extra = true;
    }
  }
  const s = new Sub();
  events.init.call(s);
  return { keys: Object.keys(s), count: s.listenerCount("x") };
});

// ---- node:events: errors

for (const [label, make] of Object.entries(received)) {
  c("events validation", `on(name, ${label})`, ({ events }) => thrown(() => new events().on("x", make())));
}
c("events validation", "once/prepend/off with a non-function", ({ events }) => {
  const e = new events();
  return ["once", "prependListener", "prependOnceListener", "removeListener", "off"].map((m) => thrown(() => e[m]("x", "nope")));
});
c("events validation", "setMaxListeners values", ({ events }) => {
  const e = new events();
  return [-1, NaN, "1", 2 ** 40, 1.5, 0, Infinity].map((n) => thrown(() => e.setMaxListeners(n).getMaxListeners()));
});
c("events validation", "defaultMaxListeners values", ({ events }) => {
  const previous = events.defaultMaxListeners;
  try {
    return [-1, NaN, "x", 5].map((n) => thrown(() => {
      events.defaultMaxListeners = n;
      return events.defaultMaxListeners;
    }));
  } finally {
    events.defaultMaxListeners = previous;
  }
});
c("events validation", "static setMaxListeners", ({ events }) => {
  const previous = events.defaultMaxListeners;
  try {
    const e = new events();
    return [
      thrown(() => events.setMaxListeners(-1)),
      thrown(() => events.setMaxListeners("x")),
      thrown(() => events.setMaxListeners(3, "not an emitter")),
      thrown(() => events.setMaxListeners(3, {})),
      thrown(() => {
        events.setMaxListeners(7, e);
        return [e.getMaxListeners(), events.getMaxListeners(e), events.defaultMaxListeners];
      }),
    ];
  } finally {
    events.defaultMaxListeners = previous;
  }
});
c("events validation", "captureRejections option", ({ events }) =>
  [1, "yes", {}, true, false].map((v) => thrown(() => new events({ captureRejections: v })[events.captureRejectionSymbol])),
);
c("events validation", "getEventListeners and getMaxListeners on non-emitters", ({ events }) => [
  thrown(() => events.getEventListeners("x", "y")),
  thrown(() => events.getMaxListeners({})),
  thrown(() => events.getMaxListeners(null)),
]);

c("events error event", "Error without a listener is thrown as is", ({ events }) => {
  const err = new TypeError("boom");
  try {
    new events().emit("error", err);
  } catch (e) {
    return { same: e === err, keys: Object.keys(e) };
  }
  return "no throw";
});
for (const [label, make] of Object.entries({
  string: () => "Accepts a string",
  object: () => ({ message: "Error!" }),
  undefined: () => undefined,
  number: () => 42,
  "null prototype": () => Object.create(null),
  "custom inspect that throws": () => ({
    [Symbol.for("nodejs.util.inspect.custom")]() {
      throw new Error("no");
    },
  }),
})) {
  c("events error event", `non-error value: ${label}`, ({ events }) => thrown(() => new events().emit("error", make())));
}
c("events error event", "emit('error') with no argument", ({ events }) => thrown(() => new events().emit("error")));
c("events error event", "errorMonitor is called first", ({ events }) => {
  const e = new events();
  const log = [];
  e.on(events.errorMonitor, (err) => log.push(["monitor", err.message]));
  const first = thrown(() => e.emit("error", new Error("one")));
  e.on("error", (err) => log.push(["error", err.message]));
  e.emit("error", new Error("two"));
  return { first: "threw" in first, log };
});
c("events error event", "inspect of ERR_UNHANDLED_ERROR", ({ events, util }) => {
  try {
    new events().emit("error", "text");
  } catch (err) {
    return inspectNoFrames(util, err);
  }
});
c("events error event", "inspect of ERR_INVALID_ARG_TYPE", ({ events, util }) => {
  try {
    new events().on("x", 1);
  } catch (err) {
    return inspectNoFrames(util, err);
  }
});

// ---- node:events: max listeners warning

c("events warning", "MaxListenersExceededWarning once per event", ({ events }) =>
  captureWarnings(() => {
    const e = new events();
    for (let i = 0; i < 12; i++) e.on("foo", () => {});
    for (let i = 0; i < 11; i++) e.on(Symbol("bar"), () => {});
    return e.listenerCount("foo");
  }),
);
c("events warning", "warning names the subclass and the max", ({ events }) =>
  captureWarnings(() => {
    class FakeInput extends events {}
    const e = new FakeInput();
    e.setMaxListeners(2);
    for (let i = 0; i < 4; i++) e.on("data", () => {});
    e.on(null, () => {});
    e.on(null, () => {});
    e.on(null, () => {});
    return e._events.data.warned;
  }),
);
c("events warning", "no warning with 0 (unlimited)", ({ events }) =>
  captureWarnings(() => {
    const e = new events();
    e.setMaxListeners(0);
    for (let i = 0; i < 50; i++) e.on("x", () => {});
    return e.listenerCount("x");
  }),
);

// ---- node:events: captureRejections

c("events captureRejections", "rejected listener goes to 'error'", async ({ events }) => {
  const e = new events({ captureRejections: true });
  const log = [];
  e.on("error", (err) => log.push(["error", err.message]));
  e.on("x", async () => {
    throw new Error("kaboom");
  });
  e.emit("x");
  await tick();
  return log;
});
c("events captureRejections", "Symbol.for('nodejs.rejection') handler", async ({ events }) => {
  const e = new events({ captureRejections: true });
  const log = [];
  e[events.captureRejectionSymbol] = (err, type, ...args) => log.push([err.message, type, args]);
  e.on("x", async () => {
    throw new Error("kaboom");
  });
  e.emit("x", 1, 2);
  await tick();
  return log;
});
c("events captureRejections", "global switch", ({ events }) => {
  const before = events.captureRejections;
  const invalid = thrown(() => {
    events.captureRejections = "yes";
  });
  events.captureRejections = true;
  const own = new events()[events.captureRejectionSymbol];
  events.captureRejections = before;
  return { before, invalid, own };
});

// ---- node:events: once / on / addAbortListener

c("events.once", "resolves with the arguments", async ({ events }) => {
  const e = new events();
  const p = events.once(e, "x");
  const counts = [e.listenerCount("x"), e.listenerCount("error")];
  e.emit("x", 1, 2);
  return { value: await settled(p), counts, after: [e.listenerCount("x"), e.listenerCount("error")] };
});
c("events.once", "rejects on 'error'", async ({ events }) => {
  const e = new events();
  const p = events.once(e, "x");
  e.emit("error", new Error("bad"));
  return { value: await settled(p), after: [e.listenerCount("x"), e.listenerCount("error")] };
});
c("events.once", "waiting for 'error' itself", async ({ events }) => {
  const e = new events();
  const p = events.once(e, "error");
  e.emit("error", new Error("bad"));
  return settled(p);
});
c("events.once", "aborted signal", async ({ events }) => {
  const e = new events();
  const ac = new AbortController();
  ac.abort("why");
  return settled(events.once(e, "x", { signal: ac.signal }));
});
c("events.once", "signal aborted while waiting", async ({ events }) => {
  const e = new events();
  const ac = new AbortController();
  const p = events.once(e, "x", { signal: ac.signal });
  ac.abort();
  const result = await settled(p);
  return { result, after: [e.listenerCount("x"), e.listenerCount("error")] };
});
c("events.once", "invalid signal", async ({ events }) =>
  Promise.all([1, {}, "s", null].map((signal) => settled(events.once(new events(), "x", { signal })))),
);
c("events.once", "not an emitter", async ({ events }) => settled(events.once({}, "x")));
c("events.once", "EventTarget", async ({ events }) => {
  const et = new EventTarget();
  const p = events.once(et, "ping");
  et.dispatchEvent(new Event("ping"));
  const [event] = await p;
  return event.type;
});

c("events.on", "iterates and stops on break", async ({ events }) => {
  const e = new events();
  const seen = [];
  queueMicrotask(() => {
    e.emit("x", 1);
    e.emit("y", "ignored");
    e.emit("x", 2, 3);
  });
  for await (const args of events.on(e, "x")) {
    seen.push(args);
    if (seen.length === 2) break;
  }
  return { seen, after: [e.listenerCount("x"), e.listenerCount("error")] };
});
c("events.on", "throws the 'error' event", async ({ events }) => {
  const e = new events();
  const it = events.on(e, "x");
  e.emit("x", 1);
  e.emit("error", new Error("nope"));
  const results = [];
  for (let i = 0; i < 3; i++) results.push(await settled(it.next()));
  return results;
});
c("events.on", "close option ends the iteration", async ({ events }) => {
  const e = new events();
  const it = events.on(e, "data", { close: ["end"] });
  e.emit("data", "a");
  e.emit("end");
  e.emit("data", "b");
  const results = [];
  for (let i = 0; i < 3; i++) results.push(await settled(it.next()));
  return { results, after: [e.listenerCount("data"), e.listenerCount("end")] };
});
c("events.on", "throw() and return()", async ({ events }) => {
  const e = new events();
  const it = events.on(e, "x");
  const invalid = thrown(() => it.throw("not an error"));
  const ret = await settled(it.return());
  return { invalid, ret, next: await settled(it.next()), proto: typeof it[Symbol.asyncIterator] };
});
c("events.on", "invalid watermark and signal", ({ events }) => [
  thrown(() => events.on(new events(), "x", { highWaterMark: 0 })),
  thrown(() => events.on(new events(), "x", { lowWaterMark: 1.5 })),
  thrown(() => events.on(new events(), "x", { signal: 1 })),
  thrown(() => events.on(new events(), "x", { signal: AbortSignal.abort() })),
]);

c("events.addAbortListener", "validation and disposal", async ({ events }) => {
  const ac = new AbortController();
  const log = [];
  const invalid = [
    thrown(() => events.addAbortListener()),
    thrown(() => events.addAbortListener({})),
    thrown(() => events.addAbortListener(ac.signal, "x")),
  ];
  const disposable = events.addAbortListener(ac.signal, () => log.push("first"));
  const removed = events.addAbortListener(ac.signal, () => log.push("removed"));
  const dispose = Symbol.dispose ?? Symbol.for("nodejs.dispose");
  const hasDispose = typeof disposable[dispose] === "function";
  removed[dispose]();
  ac.abort();
  events.addAbortListener(ac.signal, () => log.push("already aborted"));
  const sync = log.slice();
  await tick();
  return { invalid, hasDispose, sync, log };
});
c("events helpers", "getEventListeners and getMaxListeners", ({ events }) => {
  const e = new events();
  function a() {}
  e.on("x", a);
  e.once("x", a);
  e.setMaxListeners(3);
  return {
    listeners: events.getEventListeners(e, "x").map((f) => f === a),
    max: events.getMaxListeners(e),
    etMax: events.getMaxListeners(new EventTarget()),
  };
});

// ---- node:assert: module shape

c("assert module", "keys", ({ assert }) => Object.keys(assert));
c("assert module", "strict keys and identities", ({ assert, strict }) => ({
  keys: Object.keys(assert.strict),
  moduleIsStrict: strict === assert.strict,
  strictStrict: assert.strict.strict === assert.strict,
  equal: assert.strict.equal === assert.strictEqual,
  deepEqual: assert.strict.deepEqual === assert.deepStrictEqual,
  notEqual: assert.strict.notEqual === assert.notStrictEqual,
  notDeepEqual: assert.strict.notDeepEqual === assert.notDeepStrictEqual,
  ok: assert.ok === assert,
  names: Object.keys(assert)
    .filter((k) => typeof assert[k] === "function")
    .map((k) => `${k}=${assert[k].name}`),
}));
c("assert module", "named exports", ({ assertNs, strictNs, assert }) => ({
  assert: Object.keys(assertNs).sort(),
  strict: Object.keys(strictNs).sort(),
  strictEqualIsStrict: strictNs.equal === assert.strictEqual,
}));

// ---- node:assert: failures and their messages

function fails(group, name, fn, flags) {
  c(group, name, ({ assert, strict }) => thrown(() => fn(assert, strict)), flags);
}

fails("assert.ok", "no argument", (a) => a.ok());
fails("assert.ok", "assert() no argument", (a) => a());
fails("assert.ok", "message", (a) => a.ok(0, "zero is falsy"));
fails("assert.ok", "Error message is thrown", (a) => a(null, new RangeError("mine")));
fails("assert.ok", "symbol message", (a) => a(false, Symbol("s")));
fails("assert.ok", "passes", (a) => a.ok("yes"));
fails("assert.ok", "falsy value without a message", (a) => a.ok(0), {
  known: "Node quotes the failing call read from the source file; autorun reports `0 == true`, as Node does when the source is unreadable",
});

fails("assert.equal", "numbers", (a) => a.equal(1, 2));
fails("assert.equal", "coercion passes", (a) => a.equal(1, "1"));
fails("assert.equal", "NaN passes", (a) => a.equal(NaN, NaN));
fails("assert.equal", "objects", (a) => a.equal({ a: 1 }, { a: 1 }));
fails("assert.equal", "missing argument", (a) => a.equal(1));
fails("assert.notEqual", "equal values", (a) => a.notEqual(1, "1"));
fails("assert.notEqual", "NaN", (a) => a.notEqual(NaN, NaN));
fails("assert.notEqual", "custom message", (a) => a.notEqual(1, 1, "custom"));

for (const [label, actual, expected] of [
  ["numbers", 1, 2],
  ["strings", "a", "b"],
  ["string and number", 1, "1"],
  ["zero and negative zero", 0, -0],
  ["null and undefined", null, undefined],
  ["long strings", "test test test test", "test foobar test test"],
  ["multiline strings", "a\nb\nc\nd", "a\nB\nc\nd"],
  ["long multiline", "line\n".repeat(30), "line\n".repeat(29) + "other\n"],
  ["symbols", Symbol("a"), Symbol("a")],
  ["bigints", 1n, 2n],
  ["objects", { a: 1 }, { a: 1 }],
  ["arrays", [1, 2, 3], [1, 2, 3]],
  ["functions", function f() {}, function f() {}],
  ["errors", new Error("foo"), new Error("foobar")],
]) {
  fails("assert.strictEqual", label, (a) => a.strictEqual(actual, expected));
}
fails("assert.strictEqual", "custom message", (a) => a.strictEqual(1, 2, "oh no"));
fails("assert.strictEqual", "custom error", (a) => a.strictEqual(1, 2, new TypeError("mine")));
fails("assert.strictEqual", "missing arguments", (a) => a.strictEqual());
fails("assert.notStrictEqual", "short", (a) => a.notStrictEqual(2, 2));
fails("assert.notStrictEqual", "long string", (a) => a.notStrictEqual("a ".repeat(30), "a ".repeat(30)));
fails("assert.notStrictEqual", "same object", (a) => {
  const o = { a: true };
  a.notStrictEqual(o, o);
});
fails("assert.notStrictEqual", "same empty object", (a) => {
  const o = {};
  a.notStrictEqual(o, o);
});

// Deep equality: each pair is checked with all four deep assertions.
const deepPairs = {
  "equal objects": () => [{ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }],
  "number and string": () => [1, "1"],
  "arrays with coercion": () => [[1, 2], ["1", "2"]],
  "nested difference": () => [{ a: { b: { c: [1, 2, 3] } } }, { a: { b: { c: [1, 2, 4] } } }],
  "missing key": () => [{ a: 4 }, { a: 4, b: true }],
  "array and object": () => [["a"], { 0: "a" }],
  "different prototypes": () => {
    function A() {
      this.x = 1;
    }
    function B() {
      this.x = 1;
    }
    return [new A(), new B()];
  },
  "null prototype": () => [Object.create(null), {}],
  "dates equal": () => [new Date(2000, 3, 14), new Date(2000, 3, 14)],
  "dates differ": () => [new Date(0), new Date(1)],
  "regexps": () => [/a/g, /a/i],
  "regexp lastIndex": () => {
    const r = /a/g;
    r.lastIndex = 3;
    return [r, /a/g];
  },
  "errors same": () => [new Error("x"), new Error("x")],
  "errors differ": () => [new Error("x"), new TypeError("x")],
  "error extra property": () => {
    const a = new Error("x");
    a.code = 1;
    return [a, new Error("x")];
  },
  "boxed primitives": () => [new Number(1), new Number(1)],
  "boxed differ": () => [new String("a"), new String("b")],
  "boxed vs primitive": () => [new Number(1), 1],
  "maps loose keys": () => [new Map([["1", "a"]]), new Map([[1, "a"]])],
  "maps object keys": () => [new Map([[{}, "a"], [{}, "b"]]), new Map([[{}, "b"], [{}, "a"]])],
  "maps differ": () => [new Map([[1, 1]]), new Map([[1, "1"]])],
  "sets loose": () => [new Set(["1"]), new Set([1])],
  "sets objects": () => [new Set([{ a: 1 }, { a: 2 }]), new Set([{ a: 2 }, { a: 1 }])],
  "sets differ": () => [new Set([1, 2, 3]), new Set([1, 2, 4])],
  "set and array": () => [new Set([1]), [1]],
  "typed arrays": () => [new Uint8Array([1, 2]), new Uint8Array([1, 2])],
  "typed array kinds": () => [new Uint8Array([1]), new Int8Array([1])],
  "float arrays zero": () => [new Float64Array([0]), new Float64Array([-0])],
  "array buffers": () => [new Uint8Array([1, 2]).buffer, new Uint8Array([1, 3]).buffer],
  "sparse arrays": () => [[1, , 3], [1, undefined, 3]], // eslint-disable-line no-sparse-arrays
  "extra array property": () => {
    const a = [1];
    a.extra = true;
    return [a, [1]];
  },
  "symbol keys": () => {
    const s = Symbol("k");
    return [{ [s]: 1 }, { [s]: 2 }];
  },
  "NaN": () => [NaN, NaN],
  "zero": () => [0, -0],
  "circular": () => {
    const a = { x: 1 };
    a.self = a;
    const b = { x: 1 };
    b.self = b;
    return [a, b];
  },
  "circular differ": () => {
    const a = { x: 1 };
    a.self = a;
    const b = { x: 1, self: { x: 1 } };
    return [a, b];
  },
  "arguments object": () => [(function () {
    return arguments;
  })(1), [1]],
  "same structure symbols": () => [{ a: Symbol() }, { a: Symbol() }],
  "long arrays": () => [Array.from({ length: 60 }, (_, i) => i), Array.from({ length: 60 }, (_, i) => (i === 30 ? -1 : i))],
  "many differences": () => [Array(28).fill(1), Array(28).fill(2)],
  "identical tail lines": () => [[[[1, 2, 3]], 4, 5], [[[1, 2, "3"]], 4, 5]],
  "getters": () => [{ get a() {
    return 5;
  } }, { get a() {
    return 6;
  } }],
  "primitive vs object": () => [[1, 2, 1], undefined],
  "urls": () => [new URL("https://a.example/x"), new URL("https://a.example/y")],
};
for (const [label, make] of Object.entries(deepPairs)) {
  for (const method of ["deepEqual", "notDeepEqual", "deepStrictEqual", "notDeepStrictEqual"]) {
    c(`assert.${method}`, label, ({ assert }) => {
      const [x, y] = make();
      return thrown(() => assert[method](x, y));
    });
  }
}
fails("assert.deepEqual", "missing argument", (a) => a.deepEqual(1));
fails("assert.deepStrictEqual", "custom message", (a) => a.deepStrictEqual({ a: 1 }, { a: 2 }, "custom"));
fails("assert.strict", "equal is strictEqual", (a, s) => s.equal(1, "1"));
fails("assert.strict", "deepEqual is deepStrictEqual", (a, s) => s.deepEqual([1], ["1"]));
fails("assert.strict", "strict() with no argument", (a, s) => s());

// throws / doesNotThrow
function throwing(value) {
  return () => {
    throw value;
  };
}
fails("assert.throws", "no exception", (a) => a.throws(() => {}));
fails("assert.throws", "no exception, class", (a) => a.throws(() => {}, TypeError));
fails("assert.throws", "no exception, message", (a) => a.throws(() => {}, "fhqwhgads"));
fails("assert.throws", "no exception, class and message", (a) => a.throws(() => {}, TypeError, "fhqwhgads"));
fails("assert.throws", "matching class", (a) => a.throws(throwing(new TypeError("x")), TypeError));
fails("assert.throws", "other class", (a) => a.throws(throwing(new TypeError("x")), RangeError));
fails("assert.throws", "class and same name", (a) => {
  class TypeError2 extends Error {}
  Object.defineProperty(TypeError2, "name", { value: "TypeError" });
  a.throws(throwing(new TypeError("x")), TypeError2);
});
fails("assert.throws", "class, non-error thrown", (a) => a.throws(throwing([1, 2]), RangeError));
fails("assert.throws", "class, symbol thrown", (a) => a.throws(throwing(Symbol("foo")), RangeError));
fails("assert.throws", "regexp matches", (a) => a.throws(throwing(new Error("abc")), /b/));
fails("assert.throws", "regexp does not match", (a) => a.throws(throwing(new Error("abc")), /x/));
fails("assert.throws", "regexp on a symbol", (a) => a.throws(throwing(Symbol("foo")), /abc/));
fails("assert.throws", "validation function true", (a) => a.throws(throwing(new Error("x")), (e) => e instanceof Error));
fails("assert.throws", "validation function false", (a) => a.throws(throwing(new Error("x")), function check() {
  return false;
}));
fails("assert.throws", "anonymous validation function", (a) => a.throws(throwing(new TypeError("x")), (() => () => ({ a: 1 }))()));
fails("assert.throws", "object matches", (a) => a.throws(throwing(Object.assign(new TypeError("Wrong"), { code: 404 })), { name: "TypeError", code: 404 }));
fails("assert.throws", "object differs", (a) => a.throws(throwing(Object.assign(new TypeError("Wrong"), { code: 404 })), { name: "TypeError", code: "404", foo: undefined }));
fails("assert.throws", "object with regexps", (a) => a.throws(throwing(new TypeError("foobar")), { message: /fooa/, name: /^TypeError$/ }));
fails("assert.throws", "object with message", (a) => a.throws(throwing(new Error("x")), { code: "X" }, "custom"));
fails("assert.throws", "error instance", (a) => a.throws(throwing(new TypeError("e")), new Error("e")));
fails("assert.throws", "primitive thrown, object expected", (a) => a.throws(throwing(null), { message: "foo" }));
fails("assert.throws", "empty object", (a) => a.throws(throwing(new Error()), {}));
fails("assert.throws", "ambiguous message", (a) => a.throws(throwing(new Error("foo")), "foo"));
fails("assert.throws", "ambiguous primitive", (a) => a.throws(throwing("foo"), "foo"));
fails("assert.throws", "string error with message", (a) => a.throws(() => {}, "Error message", "message"));
fails("assert.throws", "invalid error argument", (a) => a.throws(() => {}, 1));
fails("assert.throws", "not a function", (a) => a.throws("nope"));
fails("assert.doesNotThrow", "no exception", (a) => a.doesNotThrow(() => 1));
fails("assert.doesNotThrow", "exception", (a) => a.doesNotThrow(throwing(new Error("inner"))));
fails("assert.doesNotThrow", "exception with message", (a) => a.doesNotThrow(throwing(new Error("inner")), "user message"));
fails("assert.doesNotThrow", "other class passes it through", (a) => a.doesNotThrow(throwing(new TypeError("inner")), RangeError));
fails("assert.doesNotThrow", "matching class", (a) => a.doesNotThrow(throwing(new TypeError("inner")), TypeError));
fails("assert.doesNotThrow", "matching regexp", (a) => a.doesNotThrow(throwing(new TypeError("inner")), /inner/, "msg"));
fails("assert.doesNotThrow", "object expected", (a) => a.doesNotThrow(throwing(new Error()), { foo: "bar" }));
fails("assert.doesNotThrow", "undefined thrown", (a) => a.doesNotThrow(throwing(undefined)));

c("assert.rejects", "cases", async ({ assert }) => [
  await settled(assert.rejects(Promise.reject(new Error("x")), Error)),
  await settled(assert.rejects(async () => {
    throw new TypeError("y");
  }, RangeError)),
  await settled(assert.rejects(Promise.resolve(1))),
  await settled(assert.rejects(() => 1)),
  await settled(assert.rejects("fail")),
  await settled(assert.rejects({ then() {} })),
  await settled(assert.rejects(Promise.reject(5), { code: "FOO" }, "AAAAA")),
  await settled(assert.rejects(Promise.reject(new Error("foobar")), () => "baz")),
]);
c("assert.doesNotReject", "cases", async ({ assert }) => [
  await settled(assert.doesNotReject(Promise.resolve(1))),
  await settled(assert.doesNotReject(Promise.reject(new Error("Failed")))),
  await settled(assert.doesNotReject(() => new Map())),
  await settled(assert.doesNotReject(123)),
]);

fails("assert.match", "no match", (a) => a.match("string", /abc/));
fails("assert.match", "custom message", (a) => a.match("string", /abc/, "foobar"));
fails("assert.match", "not a string", (a) => a.match({ abc: 123 }, /abc/));
fails("assert.match", "not a regexp", (a) => a.match("abc", "abc"));
fails("assert.doesNotMatch", "match", (a) => a.doesNotMatch("string", /string/));
fails("assert.doesNotMatch", "not a string", (a) => a.doesNotMatch(1, /1/));

fails("assert.fail", "no arguments", (a) => a.fail());
fails("assert.fail", "message", (a) => a.fail("custom message"));
fails("assert.fail", "error", (a) => a.fail(new TypeError("custom")));
c("assert.fail", "deprecated forms", ({ assert }) =>
  captureWarnings(() => [
    thrown(() => assert.fail("first", "second")),
    thrown(() => assert.fail("a", "b", "message")),
    thrown(() => assert.fail("first", "second", undefined, "operator")),
  ]),
);

fails("assert.ifError", "null", (a) => a.ifError(null));
fails("assert.ifError", "error", (a) => a.ifError(new Error("test error")));
fails("assert.ifError", "empty message", (a) => a.ifError(new TypeError()));
fails("assert.ifError", "object", (a) => a.ifError({ stack: false }));
fails("assert.ifError", "false", (a) => a.ifError(false));
c("assert.ifError", "stack keeps the original frames", ({ assert }) => {
  const err = new Error("orig");
  err.stack = "Error: orig\n    at one (file.js:1:1)\n    at two (file.js:2:2)";
  try {
    assert.ifError(err);
  } catch (e) {
    return e.stack.split("\n").filter((l) => l.includes("file.js"));
  }
});

c("AssertionError", "constructor options", ({ assert }) => {
  const { AssertionError } = assert;
  return [
    ...[1, null, "x", undefined].map((o) => thrown(() => new AssertionError(o))),
    thrown(() => new AssertionError({ actual: 1, expected: 2, operator: "strictEqual" })),
    thrown(() => new AssertionError({ actual: 1, expected: 2, operator: "deepEqual" })),
    thrown(() => new AssertionError({ actual: [1], expected: [1], operator: "notDeepEqual" })),
    thrown(() => new AssertionError({ actual: 1, expected: 2, operator: "===" })),
    thrown(() => new AssertionError({ message: "hello", actual: 1 })),
    thrown(() => new AssertionError({ actual: 1, expected: 2 })),
  ];
});
c("AssertionError", "inspect without frames", ({ assert, util }) => {
  try {
    assert.strictEqual("A".repeat(1000), "");
  } catch (err) {
    return inspectNoFrames(util, err);
  }
});
c("AssertionError", "inspect of a long multiline actual", ({ assert, util }) => {
  try {
    assert.strictEqual("fhqwhgads\n".repeat(15), "");
  } catch (err) {
    return inspectNoFrames(util, err);
  }
});
c("AssertionError", "name, toString and prototype", ({ assert }) => {
  try {
    assert.strictEqual(1, 2);
  } catch (err) {
    return {
      name: err.name,
      ownName: Object.getOwnPropertyDescriptor(err, "name"),
      string: String(err),
      isError: err instanceof Error,
      isAssertionError: err instanceof assert.AssertionError,
      ctor: err.constructor === assert.AssertionError,
    };
  }
});

c("CallTracker", "report and verify", ({ assert }) =>
  captureWarnings(() => {
    const tracker = new assert.CallTracker();
    function foo() {}
    const calls = tracker.calls(foo, 2);
    calls(1);
    const report = tracker.report().map((r) => ({ message: r.message, actual: r.actual, expected: r.expected, operator: r.operator }));
    const verify = thrown(() => tracker.verify());
    const getCalls = tracker.getCalls(calls).map((call) => call.arguments);
    const invalid = [thrown(() => tracker.calls(foo, 0)), thrown(() => tracker.getCalls(foo))];
    return { report, verify, getCalls, invalid };
  }),
);

// ---------------------------------------------------------------------------
// Running

async function runCase(entry, modules) {
  try {
    return { ok: shape(await entry.run(modules)) };
  } catch (err) {
    return { uncaught: shape(err) };
  }
}

let failures = 0;
let known = 0;

function report(id, expected, actual, flags) {
  const e = JSON.stringify(expected);
  const a = JSON.stringify(actual);
  if (e === a) return;
  if (flags.known) {
    known++;
    if (!verbose) return;
    console.log(`KNOWN ${id} — ${flags.known}`);
  } else {
    failures++;
    console.log(`DIFF ${id}`);
  }
  console.log(`  node:    ${e}`);
  console.log(`  autorun: ${a}`);
}

if (shimmed) {
  const expectedOut = {};
  for (const entry of cases) {
    const expected = await runCase(entry, real);
    const actual = await runCase(entry, ours);
    expectedOut[entry.id] = expected;
    report(entry.id, expected, actual, entry);
  }
  if (writeExpected) (await import("node:fs")).writeFileSync(expectedPath, `${JSON.stringify(expectedOut, null, 1)}\n`);
} else {
  const expectedAll = (await import("./events-assert-differential.expected.json", { with: { type: "json" } })).default;
  for (const entry of cases) {
    if (!(entry.id in expectedAll)) {
      console.log(`MISSING ${entry.id} (run under node with --write-expected)`);
      failures++;
      continue;
    }
    report(entry.id, expectedAll[entry.id], await runCase(entry, real), entry);
  }
}

console.log(`${cases.length} cases, ${failures} differences${known ? `, ${known} known` : ""}`);
if (typeof process !== "undefined") process.exitCode = failures === 0 ? 0 : 1;
