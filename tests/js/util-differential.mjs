// Differential test of autorun's node:util and console against Node 20.
//
// Under Node, with the shim (autorun's stdlib loaded from stdlib/):
//   node --expose-internals --import ./tests/js/node-shim/register.mjs tests/js/util-differential.mjs
// compares every case with Node's own util/console and prints each
// difference; add `--write-expected` to store Node's results in
// util-differential.expected.json, `--verbose` to print known differences.
//
// Under autorun (no shim): node:util is autorun's; results are compared with
// the stored expected values. Cases whose text depends on the engine (real
// stack traces, own-key order of functions) are marked nodeOnly and are
// skipped there.
import * as utilNamespace from "node:util";
import { fileURLToPath } from "node:url";
import * as selfNamespace from "./util-differential.mjs";

export const nsNumber = 1;
export const nsString = "two";

const shimmed = globalThis.__AUTORUN_NODE_SHIM__ === true;
const argv = typeof process !== "undefined" ? process.argv : [];
const writeExpected = argv.includes("--write-expected");
const verbose = argv.includes("--verbose");
const expectedPath = fileURLToPath(new URL("./util-differential.expected.json", import.meta.url));

const real = utilNamespace.default ?? utilNamespace;
let ours = real;
let createConsole;
let Console;
if (shimmed) {
  ours = (await import("../../stdlib/node/util.js")).default;
  ({ createConsole } = await import("../../stdlib/internal/console.js"));
  ({ Console } = await import("node:console"));
}

// ---------------------------------------------------------------------------
// Values. Each factory builds a fresh value, so both implementations see the
// same unshared input.

function withStack(err, stack) {
  Object.defineProperty(err, "stack", { value: stack, writable: true, configurable: true, enumerable: false });
  return err;
}

function handled(promise) {
  promise.catch(() => {});
  return promise;
}

const values = [];
function v(name, make, flags = {}) {
  values.push({ name, make, ...flags });
}

// Primitives
v("zero", () => 0);
v("negative zero", () => -0);
v("float", () => 1.5);
v("NaN", () => NaN);
v("Infinity", () => Infinity);
v("-Infinity", () => -Infinity);
v("big int number", () => 123456789);
v("1e21", () => 1e21);
v("tiny float", () => 1.23456789e-7);
v("fraction", () => 12345.6789);
v("negative fraction", () => -1234567.125);
v("bigint", () => 10n);
v("big bigint", () => -12345678901234567890n);
v("true", () => true);
v("false", () => false);
v("undefined", () => undefined);
v("null", () => null);
v("empty string", () => "");
v("string", () => "abc");
v("single quote", () => "it's");
v("single and double quote", () => `it's "q"`);
v("all three quotes", () => `it's "q" \`b\``);
v("quotes and template", () => `it's "q" \${x}`);
v("control chars", () => "tab\tnew\nline\r\b\f\v\x00\x1b");
v("C1 and DEL", () => "a\x7fb\x85c\x9f");
v("backslash", () => "back\\slash");
v("lone high surrogate", () => "x\ud800y");
v("lone low surrogate", () => "x\udc00y");
v("emoji", () => "smile 😀 ok");
v("cjk", () => "漢字かな");
v("long string", () => "abcdefghij".repeat(20));
v("long escaped string", () => "it's\n".repeat(30));
v("multi-line long string", () => "line one of the text\nline two of the text\nline three of the text\nfour");
v("multi-line short", () => "a\nb");
v("huge string", () => "x".repeat(10050), { onlyOptions: ["default", "maxStringLength 4", "compact false"] });
v("symbol", () => Symbol());
v("symbol with description", () => Symbol("desc"));
v("well-known symbol", () => Symbol.iterator);
v("symbol with newline", () => Symbol("a\nb'c"));

// Arrays
v("empty array", () => []);
v("small array", () => [1, 2, 3]);
v("leading hole", () => [, 1]);
v("middle hole", () => [1, , 2]);
v("all holes", () => new Array(5));
v("holes and values", () => {
  const a = [1, , , 4, , 6];
  a.length = 10;
  return a;
});
v("array with props", () => Object.assign([1, 2], { foo: "bar", "a-b": 1 }));
v("array with symbol key", () => Object.assign([1], { [Symbol("s")]: 2 }));
v("26 numbers", () => Array.from({ length: 26 }, (_, i) => i * 3));
v("101 numbers", () => Array.from({ length: 101 }, (_, i) => i));
v("120 strings", () => Array.from({ length: 120 }, (_, i) => `s${i}`));
v("mixed lengths", () => [1, 22, 333, 4444, 55555, 666666, 7777777, 88888888, "x", "yy"]);
v("words", () => "the quick brown fox jumps over the lazy dog and keeps running far away".split(" "));
v("negative numbers", () => [-1, -22, 333, -4444, 5, 66, -777, 8, 99, -1000]);
v("bigints in array", () => [1n, 22n, 333n, 4444n, 55555n, 666666n, 7777777n]);
v("nested arrays", () => [[1, [2, [3, [4, [5]]]]]]);
v("array of objects", () => [{ a: 1 }, { b: 2 }, { c: { d: { e: 1 } } }]);
v("array of long strings", () => Array.from({ length: 8 }, (_, i) => `${"word".repeat(i + 1)}`));
v("null prototype array", () => Object.setPrototypeOf([1, 2], null));
v("array subclass", () => {
  class MyArray extends Array {}
  return MyArray.from([1, 2, 3]);
});
v("sparse with extra key", () => {
  const a = [];
  a[3] = 1;
  a.x = 2;
  return a;
});
v("matrix", () => Array.from({ length: 4 }, (_, i) => Array.from({ length: 8 }, (_, j) => i * j)));
v("array of 7 short objects", () => Array.from({ length: 7 }, (_, i) => ({ i })));
v("array with undefined and null", () => [undefined, null, undefined, null, 1, 2, 3]);

// Objects
v("empty object", () => ({}));
v("small object", () => ({ a: 1, b: "x" }));
v("nested object", () => ({ a: { b: { c: { d: { e: 1 } } } } }));
v("quoted keys", () => ({ "a-b": 1, $x: 2, _y: 3, 1: 4, é: 5, "": 6, "it's": 7, "with space": 8 }));
v("null prototype empty", () => Object.create(null));
v("null prototype with props", () => Object.assign(Object.create(null), { a: 1, b: [1, 2] }));
v("symbol keys", () => ({ [Symbol("s")]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, plain: 4 }));
v("getters and setters", () => ({
  get g() {
    return 1;
  },
  set s(x) {},
  get gs() {
    return { deep: true };
  },
  set gs(x) {},
  get gn() {
    return null;
  },
  get thrower() {
    throw new Error("nope");
  },
}));
v("class instance", () => {
  class Foo {
    constructor() {
      this.a = 1;
      this.b = [1, 2];
    }
  }
  return new Foo();
});
v("empty class instance", () => new (class Bar {})());
v("instance with proto getter", () => {
  class WithGetter {
    constructor() {
      this.x = 1;
    }
    get y() {
      return 2;
    }
  }
  WithGetter.prototype.z = 3;
  return new WithGetter();
});
v("class with toStringTag", () => {
  class Tagged {
    get [Symbol.toStringTag]() {
      return "Custom";
    }
  }
  return Object.assign(new Tagged(), { a: 1 });
});
v("own toStringTag", () => ({ [Symbol.toStringTag]: "Own", a: 1 }));
v("non-enumerable own tag", () => Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: "Hidden" }));
v("long object", () => {
  const o = {};
  for (let i = 0; i < 30; i++) o[`key${i}`] = i * 1000;
  return o;
});
v("object with long values", () => ({
  first: "a fairly long string value number one",
  second: "another fairly long string value, two",
  third: [1, 2, 3],
}));
v("nested mixed", () => ({ a: [1, { b: new Map([["k", { c: 1 }]]) }], d: new Set([[1, 2]]) }));
v("circular", () => {
  const o = { name: "root" };
  o.self = o;
  return o;
});
v("two circulars", () => {
  const a = { name: "a" };
  const b = { name: "b", a };
  a.b = b;
  a.self = a;
  b.self = b;
  return { a, b };
});
v("circular array", () => {
  const a = [1];
  a.push(a);
  return a;
});
v("circular map", () => {
  const m = new Map();
  m.set("self", m);
  return m;
});
v("own __proto__ key", () => Object.defineProperty({}, "__proto__", { value: 1, enumerable: true }));
v("non-enumerable props", () => Object.defineProperty({ visible: 1 }, "hidden", { value: 2 }));
v("numeric keys", () => ({ 10: "a", 2: "b", 1.5: "c", "-1": "d" }));
v("object with functions", () => ({ f() {}, g: () => 1, h: async () => {} }));
v("deep array in object", () => ({ list: [[[[["deep"]]]]] }));
v("object from other proto", () => Object.create({ inherited: 1 }));
v("object whose proto has null proto", () => Object.create(Object.create(null)));
v("constructor prop not class", () => ({ constructor: function Foo() {} }));
v("object with many short arrays", () => ({ a: [1, 2, 3], b: [4, 5, 6], c: [7, 8, 9], d: ["x", "y"] }));

// Custom inspect
v("custom inspect string", () => ({ [Symbol.for("nodejs.util.inspect.custom")]: () => "CUSTOM" }));
v("custom inspect object", () => ({ [Symbol.for("nodejs.util.inspect.custom")]: () => ({ replaced: true }) }));
v("custom inspect multiline nested", () => ({
  inner: { [Symbol.for("nodejs.util.inspect.custom")]: () => "line1\nline2" },
}));
v("custom inspect depth", () => ({
  a: {
    [Symbol.for("nodejs.util.inspect.custom")](depth, options, insp) {
      return `depth=${depth} compact=${options.compact} same=${typeof insp}`;
    },
  },
}));
v("custom inspect stylize", () => ({
  [Symbol.for("nodejs.util.inspect.custom")](depth, options) {
    return options.stylize("styled", "special");
  },
}));
v("custom inspect returns this", () => {
  const o = { a: 1 };
  o[Symbol.for("nodejs.util.inspect.custom")] = function () {
    return this;
  };
  return o;
});
v("custom inspect on class", () => {
  class Point {
    constructor() {
      this.x = 1;
    }
    [Symbol.for("nodejs.util.inspect.custom")]() {
      return `Point<${this.x}>`;
    }
  }
  return [new Point(), { p: new Point() }];
});
v("custom inspect null proto", () => {
  const o = Object.create(null);
  o[Symbol.for("nodejs.util.inspect.custom")] = (depth, options) =>
    `${Object.getPrototypeOf(options) === null} ${typeof options.stylize}`;
  return o;
});

// Map / Set / weak collections
v("empty map", () => new Map());
v("map", () => new Map([["a", 1], [{ k: 1 }, [1, 2]]]));
v("nested map", () => new Map([["m", new Map([["n", new Map([["o", 1]])]])]]));
v("big map", () => new Map(Array.from({ length: 105 }, (_, i) => [i, `v${i}`])), {
  onlyOptions: ["default", "compact false", "maxArrayLength 2", "colors"],
});
v("empty set", () => new Set());
v("set", () => new Set([1, "a", { b: 2 }, [3]]));
v("big set", () => new Set(Array.from({ length: 110 }, (_, i) => i)), {
  onlyOptions: ["default", "compact false", "maxArrayLength 2", "colors"],
});
v("map with props", () => Object.assign(new Map([[1, 2]]), { extra: true }));
v("null prototype map", () => Object.setPrototypeOf(new Map([[1, 2]]), null));
v("null prototype set", () => Object.setPrototypeOf(new Set([1]), null));
v("map subclass", () => {
  class MyMap extends Map {}
  return new MyMap([[1, 2]]);
});
v("weakmap", () => new WeakMap([[{}, 1]]), { hiddenDiff: "weak collection entries cannot be previewed" });
v("weakset", () => new WeakSet([{}]), { hiddenDiff: "weak collection entries cannot be previewed" });

// Functions and classes
v("named function", () => function named() {});
v("anonymous function", () => [function () {}][0]);
v("arrow", () => () => {});
v("named arrow", () => {
  const arrow = () => {};
  return arrow;
});
v("async function", () => async function af() {});
v("async arrow", () => async () => {});
v("generator function", () => function* gen() {});
v("async generator function", () => async function* agen() {});
v("class", () => class Klass {});
v("anonymous class", () => [class {}][0]);
v("class extends", () => {
  class Base {}
  return class Derived extends Base {};
});
v("class extends null", () => class Nullish extends null {}, { nodeOnly: "class extends null" });
v("class with static", () => {
  class WithStatic {
    static count = 3;
  }
  return WithStatic;
});
v("function with props", () => Object.assign(function withProps() {}, { a: 1, b: "two" }));
v("bound function", () => function original() {}.bind(null));
v("builtin function", () => Math.max);
v("null prototype function", () => Object.setPrototypeOf(function orphan() {}, null));
v("function with tag", () => Object.assign(function tagged() {}, { [Symbol.toStringTag]: "T" }));
v("method", () => ({ m() {} }).m);
v("object of functions", () => ({ Map, Set, Promise }));

// Errors (with fixed stacks, so the text does not depend on the engine)
const frames = "    at one (file:///app/a.js:1:1)\n    at two (file:///app/b.js:2:2)";
v("error", () => withStack(new Error("boom"), `Error: boom\n${frames}`));
v("type error", () => withStack(new TypeError("bad type"), `TypeError: bad type\n${frames}`));
v("error without stack", () => withStack(new Error("no stack"), undefined));
v("error stack without frames", () => withStack(new RangeError("only header"), "RangeError: only header"));
v("error with props", () =>
  Object.assign(withStack(new Error("with props"), `Error: with props\n${frames}`), { code: "E_X", extra: [1, 2] }),
);
v("error with cause", () => {
  const cause = withStack(new Error("inner"), `Error: inner\n${frames}`);
  return withStack(new Error("outer", { cause }), `Error: outer\n${frames}`);
});
v("error with shared cause frames", () => {
  const shared = [
    "    at c (file:///app/c.js:3:3)",
    "    at d (file:///app/d.js:4:4)",
    "    at e (file:///app/e.js:5:5)",
    "    at f (file:///app/f.js:6:6)",
    "    at g (file:///app/g.js:7:7)",
  ].join("\n");
  const cause = withStack(new Error("inner"), `Error: inner\n    at x (file:///app/x.js:9:9)\n${shared}`);
  return withStack(new Error("outer", { cause }), `Error: outer\n    at y (file:///app/y.js:8:8)\n${shared}`);
});
v("error with primitive cause", () => withStack(new Error("c", { cause: 42 }), `Error: c\n${frames}`));
v("aggregate error", () =>
  withStack(
    new AggregateError([withStack(new Error("e1"), "Error: e1\n    at z (file:///z.js:1:1)"), "plain"], "many"),
    `AggregateError: many\n${frames}`,
  ),
);
v("error subclass", () => {
  class MyError extends Error {}
  return withStack(new MyError("mine"), `Error: mine\n${frames}`);
});
v("error subclass with Error suffix", () => {
  class ValidationError extends Error {}
  return withStack(new ValidationError("invalid"), `Error: invalid\n${frames}`);
});
v("error with changed name", () => {
  const e = withStack(new Error("renamed"), `Error: renamed\n${frames}`);
  e.name = "CustomName";
  return e;
});
v("error with multi-line message", () =>
  withStack(new Error("line1\nline2"), `Error: line1\nline2\n${frames}`),
);
v("null prototype error", () =>
  Object.setPrototypeOf(withStack(new Error("np"), `Error: np\n${frames}`), null),
);
v("nested error in object", () => ({ err: withStack(new Error("nested"), `Error: nested\n${frames}`) }));
v("error in array", () => [withStack(new Error("in array"), `Error: in array\n${frames}`)]);
v("error with node_modules frame", () =>
  withStack(
    new Error("nm"),
    "Error: nm\n    at x (/app/node_modules/pkg/index.js:1:1)\n    at y (/app/node_modules/@scope/pkg/lib/a.js:2:2)\n    at node:internal/main/run_main_module:28:49",
  ),
);
v("object inheriting Error.prototype", () => Object.create(Error.prototype));
const realStackError = new Error("real");
v("real stack error", () => realStackError, { nodeOnly: "V8 stack text" });

// Dates, RegExps, boxed primitives
v("date", () => new Date(0));
v("invalid date", () => new Date(NaN));
v("date with props", () => Object.assign(new Date(86400000), { note: "x" }));
v("date subclass", () => {
  class MyDate extends Date {}
  return new MyDate(0);
});
v("regexp", () => /ab+c/gi);
v("regexp with props", () => Object.assign(/x/, { extra: 1 }));
v("regexp subclass", () => {
  class MyRegExp extends RegExp {}
  return new MyRegExp("a", "g");
});
v("number object", () => new Number(3));
v("negative zero object", () => new Number(-0));
v("string object", () => new String("ab"));
v("string object with props", () => Object.assign(new String("ab"), { extra: 1 }));
v("boolean object", () => new Boolean(false));
v("bigint object", () => Object(1n));
v("symbol object", () => Object(Symbol("boxed")));
v("null prototype number", () => Object.setPrototypeOf(new Number(5), null));

// Binary data
v("uint8array", () => new Uint8Array([1, 2, 3]));
v("empty uint8array", () => new Uint8Array(0));
v("float64array", () => new Float64Array([1.5, -0, NaN]));
v("int16array", () => new Int16Array([-1, 2, -300]));
v("bigint64array", () => new BigInt64Array([1n, -2n]));
v("large uint8array", () => new Uint8Array(200).map((_, i) => i), {
  onlyOptions: ["default", "compact false", "maxArrayLength 2", "colors", "numericSeparator"],
});
v("typed array with props", () => Object.assign(new Uint8Array(2), { extra: 1 }));
v("array buffer", () => new Uint8Array([1, 2, 255]).buffer);
v("empty array buffer", () => new ArrayBuffer(0));
v("large array buffer", () => new ArrayBuffer(120));
v("shared array buffer", () => new SharedArrayBuffer(4));
v("data view", () => new DataView(new ArrayBuffer(4), 1, 2));

// Promises
v("resolved promise", () => Promise.resolve(3));
v("resolved with object", () => Promise.resolve({ a: [1, 2] }));
v("pending promise", () => new Promise(() => {}));
v("rejected promise", () => handled(Promise.reject(withStack(new Error("rej"), `Error: rej\n${frames}`))));
v("rejected with string", () => handled(Promise.reject("reason")));
v("promise with props", () => Object.assign(Promise.resolve(1), { extra: true }));
v("nested promise", () => ({ p: Promise.resolve(Promise.resolve(2)) }));

// Proxies, iterators, misc
v("proxy of object", () => new Proxy({ a: 1 }, {}));
v("proxy of array", () => new Proxy([1, 2], {}));
v("revoked proxy", () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
});
v("arguments", () =>
  (function () {
    return arguments;
  })(1, "a"),
);
v("array iterator", () => [1, 2][Symbol.iterator]());
v("generator object", () => (function* () {})());
v("map iterator", () => new Map([[1, 2]]).entries(), { knownDiff: "iterator entries cannot be previewed" });
v("set iterator", () => new Set([1]).values(), { knownDiff: "iterator entries cannot be previewed" });
v("module namespace", () => selfNamespace, { nodeOnly: "namespace keys include every export of this file" });
v("Math", () => Math, { nodeOnly: "engine-specific own keys" });
v("JSON", () => JSON, { nodeOnly: "engine-specific own keys" });
v("deep structure", () => ({ l1: { l2: { l3: { l4: { l5: "deep" } } } }, arr: [[[[["x"]]]]] }));
v("wide structure", () => ({
  users: [
    { id: 1, name: "Alice", roles: ["admin", "user"], active: true },
    { id: 2, name: "Bob", roles: ["user"], active: false },
    { id: 3, name: "Carol", roles: [], active: true, meta: { created: new Date(0), tags: new Set(["x"]) } },
  ],
  total: 3,
}));
v("package.json-like", () => ({
  name: "autorun",
  version: "0.1.0",
  scripts: { build: "cargo build --release", test: "cargo test", lint: "cargo clippy" },
  dependencies: { "boa_engine": "0.22", "tokio": "1", "clap": "4" },
  keywords: ["tasks", "runner", "javascript", "rust", "boa", "watch", "cli", "node"],
}));

// More shapes
v("array of multi-line strings", () => ["first\nsecond", "third line that is fairly long to force a break\nfourth"]);
v("array of 8 objects grouped?", () => Array.from({ length: 8 }, (_, i) => ({ id: i, label: `item-${i}` })));
v("array of booleans", () => [true, false, true, true, false, false, true, false, true]);
v("array of nulls", () => Array.from({ length: 12 }, () => null));
v("array with one long entry", () => [1, 2, 3, 4, 5, 6, "x".repeat(60)]);
v("floats in array", () => [0.1, 0.25, 1e-7, 123.456, -0, NaN, Infinity, 1e21]);
v("big numbers grouped", () => Array.from({ length: 30 }, (_, i) => 2 ** i));
v("emoji strings in array", () => ["😀", "😀😀", "漢字", "a", "bb", "ccc", "dddd", "é", "e\u0301"]);
v("strings needing quotes in array", () => ["it's", 'say "hi"', "both ' and \"", "`tick`"]);
v("object with array values > 6", () => ({ nums: [1, 2, 3, 4, 5, 6, 7], strs: ["a", "b", "c", "d", "e", "f", "g"] }));
v("object keys with symbols and quotes", () => ({ "key'quote": 1, 'key"dq': 2, "key\nnl": 3, [Symbol("sym'q")]: 4 }));
v("class instance with constructor override", () => {
  class Shape {}
  const s = new Shape();
  s.constructor = "not a function";
  return s;
});
v("instance of anonymous class", () => new ([class {}][0])());
v("null prototype with tag", () => Object.assign(Object.create(null), { [Symbol.toStringTag]: "Tagged" }));
v("null prototype non-enumerable tag", () =>
  Object.defineProperty(Object.assign(Object.create(null), { a: 1 }), Symbol.toStringTag, { value: "NT" }),
);
v("class instance with null prototype", () => Object.setPrototypeOf(new (class Gone {})(), null), {
  knownDiff: "V8 remembers the constructor of a null-prototype instance",
});
v("object whose chain names a constructor", () => {
  const proto = Object.create(null);
  proto.constructor = function Named() {};
  return Object.create(Object.create(proto));
});
v("set of sets", () => new Set([new Set([1]), new Set([new Set([2])])]));
v("map with map keys", () => new Map([[new Map([[1, 2]]), new Set([3])]]));
v("map compact candidates", () => new Map(Array.from({ length: 8 }, (_, i) => [`k${i}`, i])));
v("set of many strings", () => new Set(Array.from({ length: 20 }, (_, i) => `value-${i}`)));
v("typed array in object", () => ({ bytes: new Uint8Array([1, 2, 3]), floats: new Float32Array(2) }));
v("promise in array", () => [Promise.resolve([1, 2]), handled(Promise.reject(3))]);
v("promise of promise pending", () => Promise.resolve(new Promise(() => {})));
v("getter on class prototype", () => {
  class WithAccessors {
    #secret = 1;
    get secret() {
      return this.#secret;
    }
    set secret(v) {}
  }
  return new WithAccessors();
});
v("frozen object", () => Object.freeze({ a: 1, b: { c: 2 } }));
v("object with undefined values", () => ({ a: undefined, b: null, c: [undefined] }));
v("object with negative zero", () => ({ z: -0, arr: [-0, 0] }));
v("date invalid in object", () => ({ when: new Date(NaN), ok: new Date(1e12) }));
v("regexp special chars", () => new RegExp("a/b\\n[x]", "gimsuy"));
v("string object long", () => new String("a string object that is long enough to matter"));
v("boxed in array", () => [new Number(1), new String("s"), new Boolean(true), Object(2n), Object(Symbol("b"))]);
v("arguments empty", () =>
  (function () {
    return arguments;
  })(),
);
v("object with 26 short keys", () => Object.fromEntries(Array.from({ length: 26 }, (_, i) => [String.fromCharCode(97 + i), i])));
v("deep array of arrays", () => [[[1, 2, [3, 4, [5, 6, [7]]]]]]);
v("object nested in arrays beyond depth", () => [[[{ a: { b: 1 } }]]]);
v("circular through array and map", () => {
  const root = { items: [] };
  const m = new Map([["root", root]]);
  root.items.push(m);
  return root;
});
v("self-referencing error", () => {
  const e = withStack(new Error("self"), `Error: self\n${frames}`);
  e.self = e;
  return e;
});
v("error with non-string name", () => {
  const e = withStack(new Error("odd"), `Error: odd\n${frames}`);
  e.name = 42;
  return e;
}, { nodeOnly: "non-string error name" });
v("error whose stack lacks the message", () => withStack(new Error("msg"), `Different text\n${frames}`));
v("error with empty message", () => withStack(new Error(""), `Error\n${frames}`));
v("error name mismatch", () => {
  const e = withStack(new TypeError("t"), `TypeError: t\n${frames}`);
  e.name = "RangeError";
  return e;
});
v("errors array", () => [
  withStack(new Error("a"), `Error: a\n${frames}`),
  withStack(new Error("b"), `Error: b\n${frames}`),
]);
v("error cause chain", () => {
  const c2 = withStack(new Error("c2"), "Error: c2\n    at q (file:///q.js:1:1)");
  const c1 = withStack(new Error("c1", { cause: c2 }), "Error: c1\n    at r (file:///r.js:1:1)");
  return withStack(new Error("top", { cause: c1 }), `Error: top\n${frames}`);
});

// Options. showHidden output of functions depends on engine-specific own
// keys (`arguments`, `caller`, ...), so those are Node-only.
const optionSets = [
  ["default", undefined],
  ["depth 0", { depth: 0 }],
  ["depth null", { depth: null }],
  ["compact false", { compact: false }],
  ["compact true", { compact: true }],
  ["compact 1", { compact: 1 }],
  ["breakLength 40", { breakLength: 40 }],
  ["breakLength Infinity", { breakLength: Infinity }],
  ["colors", { colors: true }],
  ["showHidden", { showHidden: true }],
  ["sorted", { sorted: true }],
  ["maxArrayLength 2", { maxArrayLength: 2 }],
  ["maxStringLength 4", { maxStringLength: 4 }],
  ["getters", { getters: true }],
  ["numericSeparator", { numericSeparator: true }],
];

const hiddenEngineSpecific = /function|class|arrow|method|builtin|error|Error|bound|Math|JSON|generator|arguments/;

// ---------------------------------------------------------------------------
// Cases

const cases = [];
function addCase(group, name, run, flags = {}) {
  cases.push({ id: `${group}: ${name}`, run, ...flags });
}

function describeThrown(err) {
  if (err === null || typeof err !== "object") return { threw: String(err) };
  return { threw: String(err.name), code: err.code, message: String(err.message) };
}

for (const value of values) {
  for (const [optName, opts] of optionSets) {
    if (value.onlyOptions && !value.onlyOptions.includes(optName)) continue;
    const flags = { knownDiff: value.knownDiff, nodeOnly: value.nodeOnly };
    if (opts && opts.showHidden && value.hiddenDiff) flags.knownDiff = value.hiddenDiff;
    if (opts && opts.showHidden && hiddenEngineSpecific.test(value.name)) {
      flags.nodeOnly = flags.nodeOnly || "own keys of functions/errors differ between engines";
    }
    addCase("inspect", `${value.name} [${optName}]`, (util) =>
      opts === undefined ? util.inspect(value.make()) : util.inspect(value.make(), { ...opts }),
      flags,
    );
  }
}

// Legacy signature and option plumbing
addCase("inspect", "legacy showHidden/depth/colors", (util) => util.inspect({ a: { b: { c: {} } } }, false, 0, true));
addCase("inspect", "legacy boolean showHidden", (util) => util.inspect([1], true));
addCase("inspect", "maxArrayLength null", (util) => util.inspect(Array.from({ length: 150 }, () => 0), { maxArrayLength: null }));
addCase("inspect", "maxArrayLength 0", (util) => util.inspect([1, 2], { maxArrayLength: 0 }));
addCase("inspect", "sorted comparator", (util) =>
  util.inspect({ b: 1, a: 2, c: 3 }, { sorted: (a, b) => (a < b ? 1 : -1) }),
);
addCase("inspect", "getters get", (util) =>
  util.inspect(
    {
      get a() {
        return 1;
      },
      get b() {
        return 2;
      },
      set b(x) {},
    },
    { getters: "get" },
  ),
);
addCase("inspect", "getters set", (util) =>
  util.inspect(
    {
      get a() {
        return 1;
      },
      get b() {
        return 2;
      },
      set b(x) {},
    },
    { getters: "set" },
  ),
);
addCase("inspect", "customInspect false", (util) =>
  util.inspect({ [Symbol.for("nodejs.util.inspect.custom")]: () => "X", a: 1 }, { customInspect: false }),
);
addCase("inspect", "user options passed through", (util) =>
  util.inspect(
    {
      [Symbol.for("nodejs.util.inspect.custom")](depth, options) {
        return `custom option: ${options.myOption}`;
      },
    },
    { myOption: 42 },
  ),
);
addCase("inspect", "custom stylize", (util) => util.inspect([1, "a"], { stylize: (s, t) => `<${t}:${s}>` }));
addCase("inspect", "defaultOptions", (util) => JSON.stringify(util.inspect.defaultOptions));
addCase("inspect", "colors table", (util) => JSON.stringify(Object.keys(util.inspect.colors)));
addCase("inspect", "color alias", (util) => JSON.stringify(util.inspect.colors.grey));
addCase("inspect", "styles table", (util) => JSON.stringify(util.inspect.styles));
addCase("inspect", "custom symbol", (util) => String(util.inspect.custom === Symbol.for("nodejs.util.inspect.custom")));
addCase("inspect", "indentation of nested long string", (util) =>
  util.inspect({ a: { b: "a long line of text that goes on\nand on and on and on and on and on and on" } }),
);
addCase("inspect", "breakLength 3 nested", (util) => util.inspect({ a: [1, 2, { b: 3 }] }, { breakLength: 3 }));
addCase("inspect", "array grouping with colors", (util) =>
  util.inspect(Array.from({ length: 30 }, (_, i) => (i % 2 ? `s${i}` : i)), { colors: true }),
);
addCase("inspect", "grouping inside object", (util) =>
  util.inspect({ data: Array.from({ length: 40 }, (_, i) => i * 7), name: "x" }),
);
addCase("inspect", "compact 3 deep short", (util) => util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: 5 }));
addCase("inspect", "compact 2 deep short", (util) => util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: 5, compact: 2 }));
addCase("inspect", "depth -1", (util) => util.inspect({ a: 1 }, { depth: -1 }));
addCase("inspect", "compact 0", (util) => util.inspect({ a: [1, 2], b: { c: 1 } }, { compact: 0 }));
addCase("inspect", "breakLength 0", (util) => util.inspect({ a: [1, 2], b: "x" }, { breakLength: 0 }));
addCase("inspect", "depth Infinity", (util) => util.inspect({ a: { b: { c: { d: { e: { f: 1 } } } } } }, { depth: Infinity }));
addCase("inspect", "defaultOptions setter", (util) => {
  const before = util.inspect.defaultOptions.depth;
  util.inspect.defaultOptions = { depth: 0 };
  try {
    return util.inspect({ a: { b: 1 } });
  } finally {
    util.inspect.defaultOptions = { depth: before };
  }
});
addCase("inspect", "defaultOptions setter rejects null", (util) => {
  try {
    util.inspect.defaultOptions = null;
    return "no throw";
  } catch (err) {
    return JSON.stringify(describeThrown(err));
  }
});
addCase("inspect", "colors on every type", (util) =>
  util.inspect(
    [1, 2n, "s", true, undefined, null, Symbol("y"), new Date(0), /r/, () => {}, [,], new Number(1), realStackError],
    { colors: true },
  ),
  { nodeOnly: "real stack" },
);
addCase("inspect", "styles changed", (util) => {
  const saved = util.inspect.styles.number;
  util.inspect.styles.number = "red";
  try {
    return util.inspect([1], { colors: true });
  } finally {
    util.inspect.styles.number = saved;
  }
});
addCase("inspect", "inspect of inspect", (util) => util.inspect(util.inspect), { nodeOnly: "function own keys" });

// ---------------------------------------------------------------------------
// format

const formatArgs = [
  ["plain"],
  ["%s", "str"],
  ["%s", 42],
  ["%s", -0],
  ["%s", 10n],
  ["%s", null],
  ["%s", undefined],
  ["%s", Symbol("s")],
  ["%s", { a: { b: { c: 1 } } }],
  ["%s", [1, [2, [3]]]],
  ["%s", { toString: () => "custom toString" }],
  ["%s", new (class WithToString {
    toString() {
      return "from class";
    }
  })()],
  ["%s", { [Symbol.toPrimitive]: () => "prim" }],
  ["%s", new Date(0)],
  ["%s", new Map([[1, 2]])],
  ["%s", new Uint8Array(2)],
  ["%s", Object.create(null)],
  ["%s", withStack(new Error("e"), "Error: e\n    at x (file:///x.js:1:1)")],
  ["%s", function fnForS() {}],
  ["%d", 42],
  ["%d", "42"],
  ["%d", "abc"],
  ["%d", 10n],
  ["%d", Symbol("x")],
  ["%d", -0],
  ["%d", {}],
  ["%i", 42.9],
  ["%i", "0x1f"],
  ["%i", 10n],
  ["%i", Symbol("x")],
  ["%f", "3.14abc"],
  ["%f", Symbol("x")],
  ["%j", { a: [1, "x"] }],
  ["%j", (() => {
    const o = {};
    o.o = o;
    return o;
  })()],
  ["%j", undefined],
  ["%o", { a: [1, 2], f() {} }],
  ["%o", [1, [2, [3, [4, [5, [6]]]]]]],
  ["%O", { a: { b: { c: { d: 1 } } } }],
  ["%c", "color: red"],
  ["a%cb", "css", "rest"],
  ["%%"],
  ["%%", 1],
  ["100%"],
  ["%s%%%s", 1, 2],
  ["%x", 1],
  ["%s"],
  ["%s %s", "only one"],
  ["%s", "a", "b", { c: 1 }],
  [1, 2, "three", { four: 4 }],
  [{ a: 1 }, "%s", "x"],
  ["%s:%d:%i:%f:%j", "s", 1.5, 2.5, "3.5", [4]],
  ["trailing %"],
  ["%", 1],
  [""],
  ["", 1],
  [null, undefined],
  ["multi\nline", { a: 1 }],
  ["%s", "%s", "x"],
];
for (const args of formatArgs) {
  const flags = args.some((a) => typeof a === "function") ? { nodeOnly: "%s of a function prints its source" } : {};
  addCase("format", `#${formatArgs.indexOf(args)} ${describeArgs(args)}`, (util) => util.format(...args), flags);
}

function describeArgs(args) {
  try {
    return JSON.stringify(args.map((a) => (typeof a === "symbol" || typeof a === "bigint" ? String(a) : a)));
  } catch {
    return "(circular)";
  }
}
addCase("formatWithOptions", "colors", (util) => util.formatWithOptions({ colors: true }, "%s %O", "x", { a: 1 }, [2]));
addCase("formatWithOptions", "numericSeparator", (util) =>
  util.formatWithOptions({ numericSeparator: true }, "%d %i %f %s", 1234567, 7654321, 1234.5678, 9876543),
);
addCase("formatWithOptions", "compact", (util) => util.formatWithOptions({ compact: false }, { a: 1 }));
addCase("formatWithOptions", "null options", (util) => util.formatWithOptions(null, "x"));
addCase("formatWithOptions", "array options", (util) => util.formatWithOptions([], "x %s", 1));

// ---------------------------------------------------------------------------
// isDeepStrictEqual

const circularA = () => {
  const o = { a: 1 };
  o.self = o;
  return o;
};
const sym = Symbol("shared");
const deepPairs = [
  ["equal numbers", () => 1, () => 1],
  ["NaN", () => NaN, () => NaN],
  ["zero signs", () => 0, () => -0],
  ["number vs string", () => 1, () => "1"],
  ["null vs undefined", () => null, () => undefined],
  ["equal objects", () => ({ a: 1, b: [1, 2] }), () => ({ b: [1, 2], a: 1 })],
  ["different values", () => ({ a: 1 }), () => ({ a: 2 })],
  ["extra key", () => ({ a: 1 }), () => ({ a: 1, b: undefined })],
  ["different prototypes", () => ({}), () => Object.create(null)],
  ["class vs plain", () => new (class A {})(), () => ({})],
  ["arrays", () => [1, 2, 3], () => [1, 2, 3]],
  ["array lengths", () => [1, 2], () => [1, 2, undefined]],
  ["holes vs undefined", () => [, 1], () => [undefined, 1]],
  ["both holes", () => [1, , 3], () => [1, , 3]],
  ["array extra props", () => Object.assign([1], { x: 1 }), () => Object.assign([1], { x: 1 })],
  ["array different props", () => Object.assign([1], { x: 1 }), () => Object.assign([1], { x: 2 })],
  ["array vs object", () => [1], () => ({ 0: 1 })],
  ["symbol keys equal", () => ({ [sym]: 1 }), () => ({ [sym]: 1 })],
  ["symbol keys differ", () => ({ [sym]: 1 }), () => ({ [sym]: 2 })],
  ["symbol key missing", () => ({ [sym]: 1 }), () => ({})],
  ["non-enumerable symbol", () => Object.defineProperty({}, sym, { value: 1 }), () => ({})],
  ["dates equal", () => new Date(5), () => new Date(5)],
  ["dates differ", () => new Date(5), () => new Date(6)],
  ["date props", () => Object.assign(new Date(5), { a: 1 }), () => new Date(5)],
  ["regexps equal", () => /a/g, () => /a/g],
  ["regexp flags", () => /a/g, () => /a/i],
  ["regexp lastIndex", () => Object.assign(/a/g, { lastIndex: 2 }), () => /a/g],
  ["maps equal", () => new Map([[1, "a"], [2, "b"]]), () => new Map([[2, "b"], [1, "a"]])],
  ["maps differ", () => new Map([[1, "a"]]), () => new Map([[1, "b"]])],
  ["map object keys", () => new Map([[{ k: 1 }, "a"], [{ k: 2 }, "b"]]), () => new Map([[{ k: 2 }, "b"], [{ k: 1 }, "a"]])],
  ["map object keys differ", () => new Map([[{ k: 1 }, "a"]]), () => new Map([[{ k: 1 }, "b"]])],
  ["sets equal", () => new Set([1, 2, 3]), () => new Set([3, 2, 1])],
  ["sets differ", () => new Set([1, 2]), () => new Set([1, 3])],
  ["set objects", () => new Set([{ a: 1 }, { b: 2 }]), () => new Set([{ b: 2 }, { a: 1 }])],
  ["set objects differ", () => new Set([{ a: 1 }, { b: 2 }]), () => new Set([{ b: 2 }, { a: 2 }])],
  ["set loose", () => new Set([1]), () => new Set(["1"])],
  ["set NaN", () => new Set([NaN]), () => new Set([NaN])],
  ["boxed numbers", () => new Number(1), () => new Number(1)],
  ["boxed zero signs", () => new Number(0), () => new Number(-0)],
  ["boxed strings", () => new String("a"), () => new String("a")],
  ["boxed vs primitive", () => new String("a"), () => "a"],
  ["boxed booleans", () => new Boolean(true), () => new Boolean(false)],
  ["boxed symbols", () => Object(sym), () => Object(sym)],
  ["errors equal", () => new Error("a"), () => new Error("a")],
  ["errors message", () => new Error("a"), () => new Error("b")],
  ["errors type", () => new Error("a"), () => new TypeError("a")],
  ["errors cause", () => new Error("a", { cause: 1 }), () => new Error("a", { cause: 2 })],
  ["errors cause equal", () => new Error("a", { cause: { x: 1 } }), () => new Error("a", { cause: { x: 1 } })],
  ["error props", () => Object.assign(new Error("a"), { code: 1 }), () => Object.assign(new Error("a"), { code: 1 })],
  ["typed arrays", () => new Uint8Array([1, 2]), () => new Uint8Array([1, 2])],
  ["typed arrays differ", () => new Uint8Array([1, 2]), () => new Uint8Array([1, 3])],
  ["typed array kinds", () => new Uint8Array([1]), () => new Int8Array([1])],
  ["float zero signs", () => new Float64Array([0]), () => new Float64Array([-0])],
  ["float NaN", () => new Float64Array([NaN]), () => new Float64Array([NaN])],
  ["array buffers", () => new Uint8Array([1, 2]).buffer, () => new Uint8Array([1, 2]).buffer],
  ["array buffers differ", () => new Uint8Array([1, 2]).buffer, () => new Uint8Array([2, 2]).buffer],
  ["data views", () => new DataView(new ArrayBuffer(2)), () => new DataView(new ArrayBuffer(2))],
  ["circular equal", circularA, circularA],
  ["circular vs finite", circularA, () => ({ a: 1, self: { a: 1, self: {} } })],
  ["deep circular", () => {
    const a = { x: { y: {} } };
    a.x.y.back = a;
    return a;
  }, () => {
    const b = { x: { y: {} } };
    b.x.y.back = b;
    return b;
  }],
  ["nested arrays", () => [[1, [2, [3]]]], () => [[1, [2, [3]]]]],
  ["nested arrays differ", () => [[1, [2, [3]]]], () => [[1, [2, [4]]]]],
  ["functions same", () => Math.max, () => Math.max],
  ["functions differ", () => function a() {}, () => function a() {}],
  ["weakmaps", () => new WeakMap(), () => new WeakMap()],
  ["promises", () => Promise.resolve(1), () => Promise.resolve(1)],
  ["arguments vs array", () => (function () {
    return arguments;
  })(1), () => [1]],
  ["getter values", () => ({ get a() {
    return 1;
  } }), () => ({ a: 1 })],
  ["undefined property vs missing", () => ({ a: undefined }), () => ({})],
  ["boxed bigint", () => Object(1n), () => Object(1n)],
  ["object vs null proto with same keys", () => ({ a: 1 }), () => Object.assign(Object.create(null), { a: 1 })],
  ["strings", () => "abc", () => "abc"],
  ["bigints", () => 1n, () => 1n],
  ["symbol primitives", () => sym, () => sym],
  ["different symbols", () => Symbol("a"), () => Symbol("a")],
  ["map with NaN key", () => new Map([[NaN, 1]]), () => new Map([[NaN, 1]])],
  ["set of arrays", () => new Set([[1], [2]]), () => new Set([[2], [1]])],
  ["single element set of objects", () => new Set([{ a: 1 }]), () => new Set([{ a: 1 }])],
  ["single element map", () => new Map([[{ a: 1 }, 1]]), () => new Map([[{ a: 1 }, 1]])],
];
for (const [name, makeA, makeB] of deepPairs) {
  addCase("isDeepStrictEqual", name, (util) => String(util.isDeepStrictEqual(makeA(), makeB())));
}

// ---------------------------------------------------------------------------
// parseArgs

const parseConfigs = [
  ["no options, positionals allowed", () => ({ args: ["a", "b"], allowPositionals: true })],
  ["boolean long", () => ({ args: ["--verbose"], options: { verbose: { type: "boolean" } } })],
  ["boolean short", () => ({ args: ["-v"], options: { verbose: { type: "boolean", short: "v" } } })],
  ["string long with space", () => ({ args: ["--name", "x"], options: { name: { type: "string" } } })],
  ["string long with equals", () => ({ args: ["--name=x=y"], options: { name: { type: "string" } } })],
  ["string short", () => ({ args: ["-n", "x"], options: { name: { type: "string", short: "n" } } })],
  ["string short inline", () => ({ args: ["-nx"], options: { name: { type: "string", short: "n" } } })],
  ["short group", () => ({
    args: ["-abc"],
    options: { a: { type: "boolean" }, b: { type: "boolean" }, c: { type: "boolean" } },
  })],
  ["short group with string", () => ({
    args: ["-abfFILE"],
    options: { a: { type: "boolean" }, b: { type: "boolean" }, file: { type: "string", short: "f" } },
    tokens: true,
  })],
  ["short group string last", () => ({
    args: ["-af", "FILE"],
    options: { a: { type: "boolean" }, file: { type: "string", short: "f" } },
    tokens: true,
  })],
  ["multiple", () => ({ args: ["--tag", "a", "--tag=b", "-t", "c"], options: { tag: { type: "string", multiple: true, short: "t" } } })],
  ["multiple booleans", () => ({ args: ["-v", "-v", "-v"], options: { v: { type: "boolean", multiple: true } } })],
  ["defaults", () => ({
    args: [],
    options: {
      a: { type: "string", default: "x" },
      b: { type: "boolean", default: true },
      c: { type: "string", multiple: true, default: ["1", "2"] },
    },
  })],
  ["default overridden", () => ({ args: ["--a", "y"], options: { a: { type: "string", default: "x" } } })],
  ["terminator", () => ({ args: ["--a", "--", "--b", "c"], options: { a: { type: "boolean" } }, allowPositionals: true, tokens: true })],
  ["terminator without positionals", () => ({ args: ["--", "x"], options: {} })],
  ["tokens", () => ({
    args: ["-f", "--bar", "b", "pos", "--baz=1"],
    options: { foo: { type: "boolean", short: "f" }, bar: { type: "string" }, baz: { type: "string" } },
    allowPositionals: true,
    tokens: true,
  })],
  ["unknown long", () => ({ args: ["--nope"], options: {} })],
  ["unknown short", () => ({ args: ["-x"], options: {} })],
  ["unknown with positionals", () => ({ args: ["--nope"], options: {}, allowPositionals: true })],
  ["unexpected positional", () => ({ args: ["pos"], options: {} })],
  ["missing value", () => ({ args: ["--name"], options: { name: { type: "string" } } })],
  ["missing value short", () => ({ args: ["-n"], options: { name: { type: "string", short: "n" } } })],
  ["boolean with value", () => ({ args: ["--flag=1"], options: { flag: { type: "boolean" } } })],
  ["boolean with value short", () => ({ args: ["--flag=1"], options: { flag: { type: "boolean", short: "f" } } })],
  ["ambiguous value long", () => ({ args: ["--name", "--other"], options: { name: { type: "string" } } })],
  ["ambiguous value short", () => ({ args: ["-n", "-x"], options: { name: { type: "string", short: "n" } } })],
  ["non-strict", () => ({ args: ["--unknown", "--name", "-abc", "pos", "--x=1"], strict: false, options: { name: { type: "string" } } })],
  ["non-strict tokens", () => ({ args: ["-xy", "--", "a"], strict: false, tokens: true })],
  ["allowNegative", () => ({ args: ["--no-color"], options: { color: { type: "boolean" } }, allowNegative: true })],
  ["allowNegative unknown", () => ({ args: ["--no-size"], options: { size: { type: "string" } }, allowNegative: true })],
  ["__proto__ option", () => ({ args: ["--__proto__"], strict: false })],
  ["dash alone", () => ({ args: ["-"], allowPositionals: true })],
  ["empty string arg", () => ({ args: [""], allowPositionals: true })],
  ["bad args type", () => ({ args: "a" })],
  ["bad strict", () => ({ args: [], strict: "yes" })],
  ["bad type", () => ({ args: [], options: { x: { type: "number" } } })],
  ["missing type", () => ({ args: [], options: { x: {} } })],
  ["bad short", () => ({ args: [], options: { x: { type: "string", short: "xy" } } })],
  ["bad short type", () => ({ args: [], options: { x: { type: "string", short: 1 } } })],
  ["bad multiple", () => ({ args: [], options: { x: { type: "string", multiple: "yes" } } })],
  ["bad default", () => ({ args: [], options: { x: { type: "string", default: 1 } } })],
  ["bad default array", () => ({ args: [], options: { x: { type: "string", multiple: true, default: ["a", 2] } } })],
  ["bad boolean default", () => ({ args: [], options: { x: { type: "boolean", default: "yes" } } })],
  ["bad options", () => ({ args: [], options: [] })],
  ["bad option config", () => ({ args: [], options: { x: "string" } })],
  ["bad tokens", () => ({ args: [], tokens: 1 })],
  ["short option equals", () => ({ args: ["-n=v"], options: { name: { type: "string", short: "n" } } })],
  ["long with empty value", () => ({ args: ["--name="], options: { name: { type: "string" } } })],
  ["string value looks like option with equals", () => ({ args: ["--name=-x"], options: { name: { type: "string" } } })],
];
for (const [name, makeConfig] of parseConfigs) {
  addCase("parseArgs", name, (util) => {
    try {
      const result = util.parseArgs(makeConfig());
      return JSON.stringify({
        values: Object.entries(result.values),
        valuesProto: Object.getPrototypeOf(result.values) === null,
        positionals: result.positionals,
        tokens: result.tokens,
        hasTokens: "tokens" in result,
      });
    } catch (err) {
      return JSON.stringify(describeThrown(err));
    }
  });
}

// ---------------------------------------------------------------------------
// util.types

const typeNames = Object.keys(real.types).filter((name) => name !== "isKeyObject" && name !== "isCryptoKey");
for (const value of values) {
  addCase("types", value.name, (util) => {
    const made = value.make();
    return typeNames.filter((name) => util.types[name](made)).join(",");
  }, value.name === "module namespace" ? {} : {});
}

// ---------------------------------------------------------------------------
// Helpers

addCase("stripVTControlCharacters", "colors", (util) =>
  util.stripVTControlCharacters("\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link\u001b]8;;\u0007"),
);
addCase("stripVTControlCharacters", "bad input", (util) => {
  try {
    return util.stripVTControlCharacters(1);
  } catch (err) {
    return JSON.stringify(describeThrown(err));
  }
});
addCase("toUSVString", "lone surrogates", (util) => JSON.stringify(util.toUSVString("a\ud800b\udc00c\ud83d\ude00")));
addCase("toUSVString", "non-string", (util) => util.toUSVString(123));
addCase("styleText", "array of formats", (util) => JSON.stringify(util.styleText(["bold", "red"], "x")));
addCase("styleText", "unknown format", (util) => {
  try {
    return util.styleText("nope", "x");
  } catch (err) {
    return JSON.stringify(describeThrown(err));
  }
});
addCase("styleText", "bad text", (util) => {
  try {
    return util.styleText("red", 1);
  } catch (err) {
    return JSON.stringify(describeThrown(err));
  }
});
addCase("styleText", "no stream validation", (util) => JSON.stringify(util.styleText("red", "x", { validateStream: false })));
addCase("legacy", "is helpers", (util) =>
  JSON.stringify(
    [1, "s", null, undefined, {}, [], () => {}, /x/, new Date(), new Error(), Symbol("x"), true].map((x) => [
      util.isArray(x),
      util.isBoolean(x),
      util.isNull(x),
      util.isNullOrUndefined(x),
      util.isNumber(x),
      util.isString(x),
      util.isSymbol(x),
      util.isUndefined(x),
      util.isRegExp(x),
      util.isObject(x),
      util.isDate(x),
      util.isError(x),
      util.isFunction(x),
      util.isPrimitive(x),
    ]),
  ),
);
addCase("inherits", "chain", (util) => {
  function Base() {}
  Base.prototype.hello = () => "hi";
  function Child() {}
  util.inherits(Child, Base);
  return JSON.stringify([new Child().hello(), Child.super_ === Base, new Child() instanceof Base]);
});
addCase("inherits", "bad ctor", (util) => {
  try {
    util.inherits(null, function () {});
    return "no throw";
  } catch (err) {
    return JSON.stringify(describeThrown(err));
  }
});
addCase("inherits", "bad super prototype", (util) => {
  try {
    util.inherits(function () {}, Object.assign(() => {}, {}));
    return "no throw";
  } catch (err) {
    return JSON.stringify(describeThrown(err));
  }
});
addCase("promisify", "shape", (util) => {
  function withCallback(a, b, cb) {
    cb(null, a + b);
  }
  withCallback.extra = 1;
  const p = util.promisify(withCallback);
  return JSON.stringify([p.name, p.length, p.extra, typeof p.then, util.promisify(p) === p]);
});
addCase("promisify", "custom", (util) => {
  function f() {}
  const custom = () => "custom";
  f[util.promisify.custom] = custom;
  return String(util.promisify(f) === custom && util.promisify.custom === Symbol.for("nodejs.util.promisify.custom"));
});
addCase("promisify", "bad argument", (util) => {
  try {
    util.promisify(1);
    return "no throw";
  } catch (err) {
    return JSON.stringify(describeThrown(err));
  }
});
addCase("callbackify", "shape", (util) => {
  async function fetchIt(a) {
    return a;
  }
  const cb = util.callbackify(fetchIt);
  return JSON.stringify([cb.name, cb.length]);
});
addCase("callbackify", "bad callback", (util) => {
  try {
    util.callbackify(async () => {})(1);
    return "no throw";
  } catch (err) {
    return JSON.stringify(describeThrown(err));
  }
});
addCase("deprecate", "wrapper", (util) => {
  class Old {}
  const Wrapped = util.deprecate(Old, "old", "DEP_TEST_CLASS");
  return JSON.stringify([Wrapped.prototype === Old.prototype, Object.getPrototypeOf(Wrapped) === Old]);
});
addCase("deprecate", "bad code", (util) => {
  try {
    util.deprecate(() => {}, "m", 1);
    return "no throw";
  } catch (err) {
    return JSON.stringify(describeThrown(err));
  }
});
addCase("debuglog", "disabled", (util) => {
  const debug = util.debuglog("autorun_test_section");
  debug("invisible");
  return String(debug.enabled);
});

// ---------------------------------------------------------------------------
// Engine-specific stack shapes (checked against hand-written expectations,
// since Node never produces them): Boa's err.stack has frames only, with a
// trailing native frame, and inspect prints `Name: message` above them.

const boaFrames = "    at inner (file:///app/x.mjs:3:9)\n    at <main> (file:///app/x.mjs:5:1)\n    at <anonymous> (native)\n";
const explicit = [
  ["boa stack", () => withStack(new Error("boom"), boaFrames),
    "Error: boom\n    at inner (file:///app/x.mjs:3:9)\n    at <main> (file:///app/x.mjs:5:1)"],
  ["boa stack, type error", () => withStack(new TypeError("bad"), boaFrames),
    "TypeError: bad\n    at inner (file:///app/x.mjs:3:9)\n    at <main> (file:///app/x.mjs:5:1)"],
  ["boa stack, empty message", () => withStack(new Error(), boaFrames),
    "Error\n    at inner (file:///app/x.mjs:3:9)\n    at <main> (file:///app/x.mjs:5:1)"],
  ["boa stack, only native frame", () => withStack(new RangeError("r"), "    at <anonymous> (native)\n"), "[RangeError: r]"],
  ["boa stack, subclass", () => {
    class ConfigError extends Error {}
    return withStack(new ConfigError("cfg"), boaFrames);
  }, "ConfigError: cfg\n    at inner (file:///app/x.mjs:3:9)\n    at <main> (file:///app/x.mjs:5:1)"],
  ["boa stack, props and cause", () => {
    const cause = withStack(new Error("inner"), "    at deep (file:///app/y.mjs:1:1)\n");
    return Object.assign(withStack(new Error("outer", { cause }), boaFrames), { code: "E_OUT" });
  }, "Error: outer\n    at inner (file:///app/x.mjs:3:9)\n    at <main> (file:///app/x.mjs:5:1) {\n" +
    "  code: 'E_OUT',\n  [cause]: Error: inner\n      at deep (file:///app/y.mjs:1:1)\n}"],
  ["boa stack, nested", () => ({ e: withStack(new Error("n"), boaFrames) }),
    "{\n  e: Error: n\n      at inner (file:///app/x.mjs:3:9)\n      at <main> (file:///app/x.mjs:5:1)\n}"],
];
for (const [name, make, expected] of explicit) {
  addCase("engine stacks", name, (util) => util.inspect(make()), { expect: expected, oursOnly: true });
}
addCase("engine stacks", "parseArgs error header", (util) => {
  try {
    util.parseArgs({ args: ["--x"], options: {} });
    return "no throw";
  } catch (err) {
    return String(err.stack).split("\n")[0];
  }
}, { expect: "TypeError [ERR_PARSE_ARGS_UNKNOWN_OPTION]: Unknown option '--x'" });
addCase("engine stacks", "parseArgs error keys", (util) => {
  try {
    util.parseArgs({ args: ["--x"], options: {} });
    return "no throw";
  } catch (err) {
    return JSON.stringify([Object.keys(err), String(err), err instanceof TypeError]);
  }
});

// ---------------------------------------------------------------------------
// Async helpers (promisify / callbackify results)

const asyncCases = [];
function addAsync(name, run) {
  asyncCases.push({ id: `async: ${name}`, run });
}
addAsync("promisify resolves", async (util) => {
  const p = util.promisify((a, cb) => cb(null, a * 2));
  return String(await p(21));
});
addAsync("promisify rejects", async (util) => {
  const p = util.promisify((cb) => cb(Object.assign(new Error("fail"), { code: "E" })));
  try {
    await p();
    return "resolved";
  } catch (err) {
    return `${err.message} ${err.code}`;
  }
});
addAsync("promisify this", async (util) => {
  const obj = {
    value: 7,
    get: util.promisify(function (cb) {
      cb(null, this.value);
    }),
  };
  return String(await obj.get());
});
addAsync("callbackify value", async (util) => {
  const cbf = util.callbackify(async (x) => x + 1);
  return new Promise((resolve) => cbf(1, (err, value) => resolve(JSON.stringify([err, value]))));
});
addAsync("callbackify falsy rejection", async (util) => {
  const cbf = util.callbackify(() => Promise.reject(null));
  return new Promise((resolve) =>
    cbf((err) => resolve(JSON.stringify([err.message, err.code, err.reason, err instanceof Error]))),
  );
});
addAsync("callbackify rejection", async (util) => {
  const cbf = util.callbackify(async () => {
    throw new Error("bad");
  });
  return new Promise((resolve) => cbf((err) => resolve(err.message)));
});

// ---------------------------------------------------------------------------
// Console (only with the shim: autorun's console factory is internal)

const consoleScenarios = [];
function scenario(name, run, flags = {}) {
  consoleScenarios.push({ id: `console: ${name}`, run, ...flags });
}
scenario("log", (c) => {
  c.log("hello");
  c.log("%s is %d", "x", 5, { extra: true });
  c.log({ a: [1, 2, { b: 3 }] });
  c.log();
  c.info("info");
  c.debug("debug");
  c.dirxml({ x: 1 }, [2]);
});
scenario("stderr", (c) => {
  c.error("err", new Map([[1, 2]]));
  c.warn("warn %o", [1]);
});
scenario("dir", (c) => {
  c.dir({ a: { b: { c: { d: 1 } } } });
  c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
  c.dir({ [Symbol.for("nodejs.util.inspect.custom")]: () => "custom" });
  c.dir("string");
});
scenario("group", (c) => {
  c.log("level 0");
  c.group("group 1");
  c.log("level 1\nsecond line");
  c.groupCollapsed();
  c.error({ a: 1, b: "multi\nline" });
  c.log({ a: "a long value that will certainly not fit on the line", b: "another long value to force breaks" });
  c.groupEnd();
  c.log("back to 1");
  c.groupEnd();
  c.groupEnd();
  c.log("level 0 again");
});
scenario("count", (c) => {
  c.count();
  c.count();
  c.count("x");
  c.countReset();
  c.count();
  c.count("x");
  c.count(1);
});
scenario("assert", (c) => {
  c.assert(true, "not shown");
  c.assert(false);
  c.assert(false, "message %s", "formatted");
  c.assert(0, { obj: 1 });
});
scenario("table array of objects", (c) => c.table([{ a: 1, b: "xy" }, { a: 22 }, { c: [1, 2, 3, 4] }]));
scenario("table properties", (c) => c.table([{ a: 1, b: 2 }, { a: 3, b: 4 }], ["b"]));
scenario("table primitives", (c) => c.table([1, "two", null, undefined, 5n]));
scenario("table mixed", (c) => c.table([1, { a: 2 }, "x"]));
scenario("table object of objects", (c) => c.table({ r1: { c1: 1, c2: 2 }, r2: { c2: 3, c3: { deep: { x: 1 } } } }));
scenario("table map", (c) => c.table(new Map([["k1", { v: 1 }], ["k2", 2]])));
scenario("table set", (c) => c.table(new Set(["a", "b"])));
scenario("table primitive data", (c) => {
  c.table("just a string");
  c.table(42);
  c.table(null);
});
scenario("table wide characters", (c) => c.table([{ name: "漢字", v: 1 }, { name: "ab", v: "😀" }]));
scenario("table nested values", (c) => c.table([{ a: { x: 1, y: 2, z: 3 }, b: [1, 2, 3, 4, 5], c: { x: 1 } }]));
scenario("table empty", (c) => {
  c.table([]);
  c.table({});
});
scenario("table in group", (c) => {
  c.group("g");
  c.table([{ a: 1 }]);
  c.groupEnd();
});
scenario("table bad properties", (c) => {
  try {
    c.table([], "a");
  } catch (err) {
    c.log(err.code, err.message);
  }
});
scenario("trace first line", (c) => c.trace("where %s", "here"), { firstLines: true });
scenario("trace without message", (c) => c.trace(), { firstLines: true });
scenario("time", (c) => {
  c.time();
  c.timeLog(undefined, "extra", 1);
  c.timeEnd();
  c.time("label");
  c.timeEnd("label");
}, { timing: true });

function runNodeConsole(run) {
  const chunks = [];
  const stream = (name) => ({
    write(chunk) {
      chunks.push([name, String(chunk)]);
      return true;
    },
    on() {},
    once() {},
    removeListener() {},
    listenerCount() {
      return 1;
    },
  });
  const c = new Console({ stdout: stream("out"), stderr: stream("err"), colorMode: false });
  run(c);
  return chunks;
}

function runOurConsole(run) {
  const chunks = [];
  const c = createConsole(
    (s) => chunks.push(["out", s]),
    (s) => chunks.push(["err", s]),
  );
  run(c);
  return chunks;
}

function normalizeConsole(chunks, flags) {
  let text = chunks.map(([stream, s]) => `${stream}> ${s}`).join("");
  if (flags.firstLines) {
    text = text
      .split("\n")
      .filter((line) => !/^\s+at /.test(line))
      .join("\n");
  }
  if (flags.timing) text = text.replace(/\d+(\.\d+)?ms/g, "<t>ms");
  return text;
}

// ---------------------------------------------------------------------------
// Running

function runSync(fn, util) {
  try {
    return fn(util);
  } catch (err) {
    return `THREW ${JSON.stringify(describeThrown(err))}`;
  }
}

const results = [];
for (const c of cases) {
  const oursValue = runSync(c.run, shimmed ? ours : real);
  let nodeValue;
  if (c.expect !== undefined && c.oursOnly) nodeValue = c.expect;
  else if (shimmed) nodeValue = runSync(c.run, real);
  results.push({ ...c, ours: oursValue, node: nodeValue });
}
for (const c of asyncCases) {
  let oursValue;
  let nodeValue;
  try {
    oursValue = await c.run(shimmed ? ours : real);
  } catch (err) {
    oursValue = `THREW ${JSON.stringify(describeThrown(err))}`;
  }
  if (shimmed) {
    try {
      nodeValue = await c.run(real);
    } catch (err) {
      nodeValue = `THREW ${JSON.stringify(describeThrown(err))}`;
    }
  }
  results.push({ id: c.id, ours: oursValue, node: nodeValue });
}
if (shimmed) {
  for (const s of consoleScenarios) {
    results.push({
      id: s.id,
      ours: normalizeConsole(runOurConsole(s.run), s),
      node: normalizeConsole(runNodeConsole(s.run), s),
      nodeOnly: "autorun's console factory is internal",
    });
  }
}

let failures = 0;
let known = 0;
let compared = 0;
let skipped = 0;

function report(id, expected, actual, label) {
  console.log(`${label} ${id}`);
  console.log(`  expected: ${JSON.stringify(expected)}`);
  console.log(`  actual:   ${JSON.stringify(actual)}`);
}

if (shimmed) {
  for (const r of results) {
    compared++;
    if (r.expect !== undefined && r.node !== r.expect) {
      failures++;
      report(r.id, r.expect, r.node, "NODE DIFFERS FROM EXPECTATION");
    }
    if (r.ours === r.node) continue;
    if (r.knownDiff) {
      known++;
      if (verbose) report(r.id, r.node, r.ours, `KNOWN (${r.knownDiff})`);
      continue;
    }
    failures++;
    report(r.id, r.node, r.ours, "DIFF");
  }
  if (writeExpected) {
    const expected = {};
    for (const r of results) {
      if (r.nodeOnly || r.knownDiff) continue;
      expected[r.id] = r.node;
    }
    (await import("node:fs")).writeFileSync(expectedPath, `${JSON.stringify(expected, null, 1)}\n`);
    console.log(`wrote ${Object.keys(expected).length} expected values to ${expectedPath}`);
  }
} else {
  const expected = (await import("./util-differential.expected.json", { with: { type: "json" } })).default;
  for (const r of results) {
    if (!(r.id in expected)) {
      skipped++;
      continue;
    }
    compared++;
    if (r.ours === expected[r.id]) continue;
    failures++;
    report(r.id, expected[r.id], r.ours, "DIFF");
  }
}

console.log(
  `${compared} compared, ${failures} different, ${known} known differences, ${skipped} skipped (${shimmed ? "against live Node" : "against stored expectations"})`,
);
if (typeof process !== "undefined") process.exitCode = failures === 0 ? 0 : 1;
