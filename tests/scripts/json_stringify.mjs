// JSON.stringify (native without a replacer) against Node.
const date = new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6));
const values = [
  { a: 1, b: [true, false, null], c: { d: "e" }, u: undefined, f() {}, s: Symbol("x") },
  [undefined, () => 1, Symbol("y"), NaN, Infinity, -Infinity, -0, 0.1 + 0.2, 1e21, 1e-7, 123456789012345680000, 5e-324],
  "plain", "", "quote\" back\\ slash / \b\f\n\r\t \u0001\u001f\u007f é 😀 \ud800 lone \udc00 \ud83d", 42, true, null, undefined,
  { 2: "two", 1: "one", b: "b", a: "a", [Symbol("k")]: 1, "-1": "neg", 1.5: "frac" },
  { date, nested: { toJSON(key) { return `toJSON(${key})`; } } },
  [new Number(3), new String("s"), new Boolean(false), Object(1n) instanceof Object ? "bigint-wrapper-skipped" : 0],
  Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true }, hidden: { value: 3, enumerable: false } }),
  { get g() { return "getter"; } },
  new Map([[1, 2]]), new Set([1]), /re/g, new Uint8Array([1, 2]), [[[]]], {}, [],
  { __proto__: { p: 1 }, own: 1 },
  Object.assign(Object.create(null), { x: 1 }),
  new Proxy({ a: 1, b: 2 }, { ownKeys: () => ["b", "a"], getOwnPropertyDescriptor: (t, k) => ({ value: t[k], enumerable: true, configurable: true }) }),
  new Proxy([1, 2], {}),
];
for (const v of values) {
  console.log(JSON.stringify(v));
  console.log(JSON.stringify(v, null, 2));
  console.log(JSON.stringify(v, undefined, "--"));
}
console.log(JSON.stringify({ a: [1, { b: 2 }] }, null, 20));
console.log(JSON.stringify({ a: [1, { b: 2 }] }, null, "0123456789ABC"));
console.log(JSON.stringify({ a: 1 }, null, -3), JSON.stringify([1], null, 0), JSON.stringify([1], null, ""));
console.log(JSON.stringify({ a: 1, b: 2 }, ["b"]), JSON.stringify({ a: 1 }, (k, v) => (k === "a" ? 9 : v)));
console.log(JSON.stringify({ a: 1 }, null, new Number(2)), JSON.stringify({ a: 1 }, null, new String("xx")));
const cyclic = { a: 1 };
cyclic.self = cyclic;
for (const bad of [cyclic, { n: 1n }, [2n]]) {
  try {
    JSON.stringify(bad);
    console.log("no error?!");
  } catch (e) {
    console.log("error", e.constructor.name);
  }
}
BigInt.prototype.toJSON = function () {
  return `${this}n`;
};
console.log(JSON.stringify({ n: 1n, m: [2n] }));
delete BigInt.prototype.toJSON;
const order = [];
JSON.stringify({ get a() { order.push("a"); return 1; }, b: { toJSON() { order.push("b.toJSON"); return 2; } }, get c() { order.push("c"); return undefined; } });
console.log(order.join(","));
const big = Array.from({ length: 3000 }, (_, i) => ({ i, s: `k${i}`, f: i / 3, n: null, t: [i % 2 === 0] }));
console.log(JSON.stringify(big).length, JSON.stringify(big, null, 1).length);
let deep = [];
for (let i = 0; i < 3000; i++) deep = [deep];
console.log(JSON.stringify(deep).length);
// Code run during serialization sees and changes the live objects: what a
// getter or toJSON changes later in the same object (or on a prototype)
// shows in the output.
const live = {
  get a() { live.b = "changed by a"; delete live.c; return 1; },
  b: "original",
  c: "deleted by a",
  d: 4,
};
console.log(JSON.stringify(live));
const protoLate = [{ x: 1 }, { get y() { Object.prototype.toJSON = () => "late"; return 2; } }, { z: 3 }, [4]];
console.log(JSON.stringify(protoLate));
delete Object.prototype.toJSON;
Array.prototype.toJSON = function () { return `array of ${this.length}`; };
console.log(JSON.stringify({ list: [1, 2, 3], nested: { more: [] } }));
delete Array.prototype.toJSON;
const arrayLive = [1, 2, 3, 4];
Object.defineProperty(arrayLive, 1, { get() { arrayLive[2] = "set by getter"; arrayLive.length = 3; return "g"; }, enumerable: true });
console.log(JSON.stringify(arrayLive));
const byToJSON = { first: { toJSON() { byToJSON.second = "rewritten"; return "t"; } }, second: "as written" };
console.log(JSON.stringify(byToJSON));
const proxied = new Proxy({ p: 1, q: [1, { r: 2 }] }, {});
console.log(JSON.stringify({ proxied, arr: new Proxy([1, 2], {}) }));
console.log(JSON.stringify([0, -0, 1e15, 1e21, -1e-7, 123456789012345, 2 ** 53, 0.1 + 0.2, -1234.5]));
const shared = { s: 1 };
console.log(JSON.stringify({ a: shared, b: [shared, shared], c: { d: shared } }));
let deepObj = {};
for (let i = 0; i < 100; i++) deepObj = { i, deepObj };
const cyc = deepObj;
let tail = cyc;
while (tail.deepObj.deepObj) tail = tail.deepObj;
tail.deepObj.loop = cyc;
try { JSON.stringify(cyc); } catch (e) { console.log(e.name); }
