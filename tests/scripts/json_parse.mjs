// JSON.parse (native for a string and no reviver) against Node: values,
// escapes, lone surrogates, -0, number edges, __proto__ keys, duplicate
// keys, whitespace, errors (as the original parser reports them: only the
// type is compared), revivers (the original path), deep nesting.
const cases = [
  '{"a":1,"b":[true,false,null],"c":{"d":"e"}}',
  '  [1, -0, 0.5, 1e3, 1E-7, -12.5e+2, 123456789012345678901234567890, 5e-324, 1.7976931348623157e308]  ',
  '"plain"', '""', '"\\u00e9\\ud83d\\ude00 \\n\\t\\"\\\\\\/\\b\\f\\r"', '"\\ud800 lone"', '"\\udc00"',
  '"é😀 raw"', '{"__proto__":{"x":1},"y":2}', '{"a":1,"b":2,"a":3}', '[]', '{}', '[[[]]]',
  '\t\r\n 42 \n', 'null', 'true', '-0', '0',
];
for (const text of cases) {
  const value = JSON.parse(text);
  const proto = value && typeof value === "object" && !Array.isArray(value) ? Object.getPrototypeOf(value) === Object.prototype : null;
  console.log(JSON.stringify(value), Object.is(value, -0), proto, value && typeof value === "object" ? Object.keys(value).join(",") : typeof value);
  if (value && Object.hasOwn(value, "__proto__")) console.log("own __proto__", JSON.stringify(value.__proto__), value.x);
}
console.log(Object.is(JSON.parse("[-0]")[0], -0), JSON.parse('"\\ud800"').length, JSON.parse('"\\ud800"').charCodeAt(0));
const bad = ["", " ", "{", "[1,]", '{"a":1,}', "01", "1.", ".5", "+1", "tru", '"\u0001"', "'x'", "[1 2]", '{"a" 1}', "NaN", "1e", "-", '"\\x41"', '"\\u12"', "{}x", "\u00a0 1"];
for (const text of bad) {
  try {
    JSON.parse(text);
    console.log("parsed?!", JSON.stringify(text));
  } catch (e) {
    console.log("error", e.constructor.name);
  }
}
console.log(JSON.stringify(JSON.parse('{"a":[1,{"b":2}],"c":3}', (k, v) => (typeof v === "number" ? v * 10 : v))));
console.log(JSON.parse(String(42)), JSON.parse(true), JSON.parse(null), JSON.parse({ toString: () => "[7]" })[0]);
const depth = 4000;
const deep = "[".repeat(depth) + "]".repeat(depth);
let v = JSON.parse(deep);
let d = 0;
while (Array.isArray(v) && v.length) { v = v[0]; d++; }
console.log("deep", d + 1);
const wide = JSON.stringify(Array.from({ length: 2000 }, (_, i) => ({ i, s: `k${i}`, f: i / 3 })));
console.log(JSON.stringify(JSON.parse(wide)) === wide);

// Parsed objects share shapes with each other: changing one changes no other.
const shared = JSON.parse('[{"x":1,"y":2},{"x":3,"y":4},{"y":5,"x":6},{"__proto__":7,"x":8}]');
console.log(Object.keys(shared[2]), Object.getPrototypeOf(shared[0]) === Object.prototype, Object.isExtensible(shared[1]), shared[3].__proto__, Object.getOwnPropertyNames(shared[3]));
shared[0].z = 9; delete shared[1].x; shared[2].x = 10;
console.log(JSON.stringify(shared), shared[1].x, shared[0].z);
Object.defineProperty(shared[0], "x", { enumerable: false });
console.log(JSON.stringify(shared[0]), Object.getOwnPropertyDescriptor(shared[1], "y"));
const bigDict = JSON.parse(JSON.stringify(Object.fromEntries(Array.from({ length: 3000 }, (_, i) => ["k" + i, i]))));
console.log(Object.keys(bigDict).length, bigDict.k2999, JSON.stringify(bigDict).length);
const revived = JSON.parse('{"a":{"b":1},"c":[1,{"d":2}]}', function (k, v) { if (k === "b") return undefined; return v; });
console.log(JSON.stringify(revived));
