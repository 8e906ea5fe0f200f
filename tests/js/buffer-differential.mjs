// Differential test of autorun's node:buffer (and the Buffer global) against
// Node 20.
//
// Under Node, Buffer is Node's own: `--write-expected` records every case's
// answer in buffer-differential.expected.json:
//   node tests/js/buffer-differential.mjs --write-expected
// Without the flag, Node is checked against the stored answers (a test of
// the test: it must report 0 differences).
//
// Under autorun (`autorun tests/js/buffer-differential.mjs`), Buffer is
// autorun's and every case is compared with the stored answers. The script
// needs no node:fs there: the answers load as a JSON module.
//
// Cases avoid what Node's allocation pool decides (byteOffset and
// buffer.byteLength of small Buffer.from/allocUnsafe results).
import bufferModule, * as bufferNamespace from "node:buffer";
import * as utilNamespace from "node:util";

const { Buffer, SlowBuffer, constants, kMaxLength, kStringMaxLength, transcode, isUtf8, isAscii } = bufferNamespace;
const util = utilNamespace.default ?? utilNamespace;

const argv = typeof process !== "undefined" ? process.argv : [];
const writeExpected = argv.includes("--write-expected");
const verbose = argv.includes("--verbose");

// ---------------------------------------------------------------------------
// Showing values as JSON-safe text, the same under both runtimes.

function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16);
}

// Printable ASCII as is, everything else as \uXXXX; long strings as length + hash.
function showString(s) {
  if (s.length > 300) return `str(${s.length}#${hash(s)}:${showString(s.slice(0, 40))})`;
  const parts = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 0x5c) parts.push(s[i]);
    else parts.push(`\\u${c.toString(16).padStart(4, "0")}`);
  }
  return parts.join("");
}

function hexOf(bytes) {
  const parts = new Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) parts[i] = bytes[i].toString(16).padStart(2, "0");
  return parts.join("");
}

function show(v) {
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  switch (typeof v) {
    case "string":
      return `'${showString(v)}'`;
    case "number":
      return Object.is(v, -0) ? "-0" : String(v);
    case "bigint":
      return `${v}n`;
    case "boolean":
      return String(v);
    case "symbol":
      return "symbol";
    case "function":
      return `function ${v.name}`;
  }
  if (ArrayBuffer.isView(v)) {
    const bytes = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    const name = Buffer.isBuffer(v) ? "Buffer" : v.constructor.name;
    const hex = hexOf(bytes);
    return `${name}(${v.length})[${hex.length > 400 ? `${hex.length / 2}#${hash(hex)}` : hex}]`;
  }
  if (Array.isArray(v)) return `[${v.map(show).join(", ")}]`;
  if (v instanceof ArrayBuffer) return `ArrayBuffer(${v.byteLength})`;
  const keys = Object.keys(v);
  return `{${keys.map((k) => `${k}: ${show(v[k])}`).join(", ")}}`;
}

function describeThrown(err) {
  if (err === null || typeof err !== "object") return `THREW ${String(err)}`;
  return `THREW ${err.name} ${err.code ?? ""}: ${showString(String(err.message))}`;
}

// ---------------------------------------------------------------------------
// Cases

const cases = [];
const ids = new Set();
// Ids describe the inputs in full, so a repeated id (loops over value lists
// that overlap) is the same case again: the first one stands.
function t(id, run) {
  if (ids.has(id)) return;
  ids.add(id);
  cases.push({ id, run });
}

// A deterministic generator of bytes (mulberry32).
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

function randomBytes(seed, length, max = 256) {
  const next = rng(seed);
  const out = new Array(length);
  for (let i = 0; i < length; i++) out[i] = Math.floor(next() * max);
  return out;
}

// Bytes biased towards UTF-8 lead/continuation bytes, to hit every decoder path.
function utf8ishBytes(seed, length) {
  const next = rng(seed);
  const pool = [0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x9f, 0xa0, 0x8f, 0x90];
  const out = new Array(length);
  for (let i = 0; i < length; i++) out[i] = next() < 0.5 ? pool[Math.floor(next() * pool.length)] : Math.floor(next() * 256);
  return out;
}

const ENCODINGS = ["utf8", "ascii", "latin1", "binary", "base64", "base64url", "hex", "ucs2", "utf16le"];
const ENCODING_SPELLINGS = [
  "utf8", "utf-8", "UTF8", "UTF-8", "Utf8", "uTf-8", "ascii", "ASCII", "Ascii", "latin1", "LATIN1", "Latin1",
  "binary", "BINARY", "Binary", "base64", "BASE64", "Base64", "base64url", "BASE64URL", "Base64Url", "hex", "HEX",
  "Hex", "ucs2", "UCS2", "Ucs2", "ucs-2", "UCS-2", "utf16le", "UTF16LE", "Utf16le", "utf-16le", "UTF-16LE",
  "utf-16", "utf16", "utf-16be", "buffer", "raw", "latin-1", "", " utf8", "utf8 ", "base-64", "hex ",
];

const SAMPLE_STRINGS = {
  empty: "",
  ascii: "hello world",
  latin: "h\u00e9llo w\u00f6rld \u00ff",
  euro: "\u20acuro \u00a3",
  cjk: "\u6f22\u5b57\u304b\u306a",
  emoji: "smile \ud83d\ude00 ok",
  loneHigh: "x\ud800y",
  loneLow: "x\udc00y",
  trailingHigh: "abc\ud83d",
  reversedPair: "\ude00\ud83d",
  nul: "a\u0000b",
  control: "\t\n\r\u007f\u0080\u009f",
  highLatin: "\u0100\u0141\u017f",
  mixed: "A\u00e9\u20ac\ud83d\ude00Z",
  longAscii: "The quick brown fox jumps over the lazy dog. ".repeat(40),
  longMixed: "\u00e9\u20ac\ud83d\ude00ab\u0000\u07ff\u0800\uffff".repeat(300),
};

// Encoding names: isEncoding, and what from/toString make of them.
for (const enc of ENCODING_SPELLINGS) {
  t(`isEncoding ${JSON.stringify(enc)}`, () => Buffer.isEncoding(enc));
  t(`from with encoding ${JSON.stringify(enc)}`, () => Buffer.from("aGk=", enc));
  t(`toString with encoding ${JSON.stringify(enc)}`, () => Buffer.from("hi\u00e9").toString(enc));
}
for (const v of [undefined, null, 0, 1, {}, [], "utf8", true]) {
  t(`isEncoding ${show(v)}`, () => Buffer.isEncoding(v));
}
t("toString with non-string encoding", () => Buffer.from("ab").toString(123));
t("toString with null encoding", () => Buffer.from("ab").toString(null));
t("toString with object encoding", () => Buffer.from("ab").toString({}));
t("from with number encoding", () => Buffer.from("ab", 5));

// Strings through every encoding.
for (const [name, s] of Object.entries(SAMPLE_STRINGS)) {
  for (const enc of ENCODINGS) {
    t(`from(${name}, ${enc})`, () => Buffer.from(s, enc));
    t(`byteLength(${name}, ${enc})`, () => Buffer.byteLength(s, enc));
    t(`roundtrip(${name}, ${enc})`, () => Buffer.from(s, enc).toString(enc));
  }
  t(`byteLength(${name})`, () => Buffer.byteLength(s));
  t(`from(${name}) default`, () => Buffer.from(s));
  t(`toJSON(${name})`, () => JSON.stringify(Buffer.from(s)));
}

// Random bytes through every encoding.
const RANDOM_SIZES = [0, 1, 2, 3, 4, 5, 7, 16, 31, 50, 51, 63, 64, 100, 257];
for (const size of RANDOM_SIZES) {
  const bytes = randomBytes(size + 1, size);
  for (const enc of ENCODINGS) {
    t(`random ${size} toString ${enc}`, () => Buffer.from(bytes).toString(enc));
    t(`random ${size} roundtrip ${enc}`, () => {
      const buf = Buffer.from(bytes);
      return Buffer.from(buf.toString(enc), enc);
    });
  }
}
for (const size of [9000, 20001]) {
  const bytes = randomBytes(size, size);
  for (const enc of ENCODINGS) {
    t(`big random ${size} toString ${enc}`, () => Buffer.from(bytes).toString(enc));
    t(`big random ${size} roundtrip ${enc}`, () => Buffer.from(Buffer.from(bytes).toString(enc), enc));
  }
}
t("big string utf8 from", () => Buffer.from(SAMPLE_STRINGS.longMixed.repeat(10)));
t("big string ucs2 from", () => Buffer.from(SAMPLE_STRINGS.longMixed.repeat(10), "ucs2"));
t("big string latin1 from", () => Buffer.from(SAMPLE_STRINGS.longMixed.repeat(10), "latin1"));
t("big hex from", () => Buffer.from("0123456789abcdefABCDEF".repeat(1000), "hex"));
t("big base64 with newlines", () => {
  const b64 = Buffer.from(randomBytes(77, 6000)).toString("base64");
  const lines = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return Buffer.from(lines.join("\r\n"), "base64");
});

// Invalid UTF-8: U+FFFD per maximal subpart.
const INVALID_UTF8 = {
  lone_continuation: [0x80],
  two_continuations: [0x80, 0xbf],
  overlong_c0: [0xc0, 0x80],
  overlong_c1: [0xc1, 0xbf],
  overlong_e0: [0xe0, 0x80, 0x80],
  overlong_f0: [0xf0, 0x80, 0x80, 0x80],
  surrogate_ed: [0xed, 0xa0, 0x80],
  surrogate_pair_encoded: [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80],
  above_max_f4: [0xf4, 0x90, 0x80, 0x80],
  f5: [0xf5, 0x80, 0x80, 0x80],
  ff: [0xff],
  fe_ff: [0xfe, 0xff],
  truncated_2: [0xc3],
  truncated_3a: [0xe2],
  truncated_3b: [0xe2, 0x82],
  truncated_4a: [0xf0, 0x9f],
  truncated_4b: [0xf0, 0x9f, 0x98],
  truncated_mid: [0x61, 0xe2, 0x82, 0x62],
  truncated_then_valid: [0xf0, 0x9f, 0x98, 0xc3, 0xa9],
  bom: [0xef, 0xbb, 0xbf, 0x61],
  max: [0xf4, 0x8f, 0xbf, 0xbf],
  nul_in_middle: [0x61, 0x00, 0x62],
  e0_a0: [0xe0, 0xa0, 0x80],
  e0_9f: [0xe0, 0x9f, 0x80],
  ed_9f: [0xed, 0x9f, 0xbf],
  f0_90: [0xf0, 0x90, 0x80, 0x80],
  f0_8f: [0xf0, 0x8f, 0xbf, 0xbf],
  mixed_garbage: [0xc2, 0x41, 0xe1, 0x80, 0x41, 0xf1, 0x80, 0x80, 0x41, 0xc2],
};
for (const [name, bytes] of Object.entries(INVALID_UTF8)) {
  t(`utf8 decode ${name}`, () => Buffer.from(bytes).toString());
  t(`utf8 decode ${name} sliced`, () => Buffer.from([0x20, ...bytes, 0x20]).toString("utf8", 1, bytes.length + 1));
  t(`isUtf8 ${name}`, () => isUtf8(Buffer.from(bytes)));
}
for (let seed = 1; seed <= 40; seed++) {
  const bytes = utf8ishBytes(seed * 7, 24 + seed);
  t(`utf8 decode random ${seed}`, () => Buffer.from(bytes).toString("utf8"));
}
t("utf8 decode big utf8-ish", () => Buffer.from(utf8ishBytes(991, 30000)).toString());

// hex
const HEX_INPUTS = [
  "", "0", "00", "0g", "g0", "abc", "abcd", "ABCDEF", "aBcD", "abzz12", "zz", "12 34", " 1234", "1234 ",
  "0x12", "123", "12345", "ff\u0000", "\u0130\u0131", "\u0161\u0162", "61\u00e9", "dead beef", "-1", "1\n2",
];
for (const s of HEX_INPUTS) {
  t(`hex from ${JSON.stringify(s)}`, () => Buffer.from(s, "hex"));
  t(`hex byteLength ${JSON.stringify(s)}`, () => Buffer.byteLength(s, "hex"));
  t(`hex write ${JSON.stringify(s)}`, () => {
    const buf = Buffer.alloc(4, 0xee);
    return [buf.write(s, "hex"), buf];
  });
}

// base64 / base64url
const BASE64_INPUTS = [
  "", "Y", "YQ", "YQ=", "YQ==", "YQ===", "YWI", "YWI=", "YWI==", "YWJj", "YWJjZA", "YWJjZA==", "YWJjZA=",
  " Y W J j ", "YW\nJj\r\nZA==", "\tYWJj\t", "YQ==YQ==", "YQ=YQ", "=YQ", "Y=Q", "YWJj====", "-_-_", "+/+/",
  "-_+/", "YW+j", "YW-j", "@@YW##Jj$$", "YWJ\u00e9j", "YW\u0142j", "YWJ\u013dj", "SGVsbG8sIFdvcmxkIQ",
  "SGVsbG8sIFdvcmxkIQ==", "SGVs bG8s IFdv cmxk IQ==", "////", "____", "AAAA", "A", "AA", "AAA", "AA==AA",
  "\u0000YWJj", "YWJj\u0000", "data:YWJj",
];
for (const s of BASE64_INPUTS) {
  t(`base64 from ${JSON.stringify(s)}`, () => Buffer.from(s, "base64"));
  t(`base64url from ${JSON.stringify(s)}`, () => Buffer.from(s, "base64url"));
  t(`base64 byteLength ${JSON.stringify(s)}`, () => Buffer.byteLength(s, "base64"));
  t(`base64 write ${JSON.stringify(s)}`, () => {
    const buf = Buffer.alloc(3, 0xee);
    return [buf.write(s, "base64"), buf];
  });
  t(`base64 write offset ${JSON.stringify(s)}`, () => {
    const buf = Buffer.alloc(6, 0xee);
    return [buf.write(s, 1, 2, "base64"), buf];
  });
}
for (let n = 0; n <= 8; n++) {
  const bytes = randomBytes(500 + n, n);
  t(`base64 encode ${n}`, () => Buffer.from(bytes).toString("base64"));
  t(`base64url encode ${n}`, () => Buffer.from(bytes).toString("base64url"));
}
t("base64 encode all bytes", () => Buffer.from(Array.from({ length: 256 }, (_, i) => i)).toString("base64"));
t("base64url encode all bytes", () => Buffer.from(Array.from({ length: 256 }, (_, i) => i)).toString("base64url"));
t("hex encode all bytes", () => Buffer.from(Array.from({ length: 256 }, (_, i) => i)).toString("hex"));
t("latin1 decode all bytes", () => Buffer.from(Array.from({ length: 256 }, (_, i) => i)).toString("latin1"));
t("ascii decode all bytes", () => Buffer.from(Array.from({ length: 256 }, (_, i) => i)).toString("ascii"));
t("ucs2 decode odd length", () => Buffer.from([0x61, 0, 0x62]).toString("ucs2"));
t("ucs2 decode surrogates", () => Buffer.from([0x3d, 0xd8, 0x00, 0xde, 0x00, 0xd8, 0x61, 0]).toString("utf16le"));
t("ucs2 decode unaligned", () => Buffer.from([0, 0x61, 0, 0x62, 0]).subarray(1).toString("ucs2"));
t("ascii write high chars", () => Buffer.from("\u00e9\u0100\uffff", "ascii"));
t("latin1 write high chars", () => Buffer.from("\u00e9\u0100\uffff\ud83d", "latin1"));

// Buffer.from of non-strings
t("from array", () => Buffer.from([1, 2, 3]));
t("from array coerced", () => Buffer.from([256, -1, 1.5, "7", NaN, null, undefined, true, 0x1ff, -129]));
t("from empty array", () => Buffer.from([]));
t("from array-like", () => Buffer.from({ length: 3, 0: 1, 1: 2 }));
t("from array-like string length", () => Buffer.from({ length: "3", 0: 1 }));
t("from Buffer JSON", () => Buffer.from({ type: "Buffer", data: [1, 2, 300] }));
t("from Buffer JSON roundtrip", () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from("hi")))));
t("from String object", () => Buffer.from(new String("abc")));
t("from String object hex", () => Buffer.from(new String("6162"), "hex"));
t("from toPrimitive", () => Buffer.from({ [Symbol.toPrimitive]: () => "prim" }));
t("from toPrimitive hex", () => Buffer.from({ [Symbol.toPrimitive]: () => "6869" }, "hex"));
t("from valueOf array", () => Buffer.from({ valueOf: () => [7, 8] }));
t("from Uint16Array", () => Buffer.from(new Uint16Array([1, 256, 65535])));
t("from Float64Array", () => Buffer.from(new Float64Array([1.5, -1, 300])));
t("from Uint8Array copies", () => {
  const u = new Uint8Array([1, 2, 3]);
  const b = Buffer.from(u);
  u[0] = 9;
  return [b, u];
});
t("from Buffer copies", () => {
  const a = Buffer.from("abc");
  const b = Buffer.from(a);
  a[0] = 0x7a;
  return [a.toString(), b.toString(), Buffer.isBuffer(b)];
});
t("from ArrayBuffer shares", () => {
  const ab = new ArrayBuffer(8);
  const b = Buffer.from(ab);
  new Uint8Array(ab)[0] = 5;
  return [b, b.buffer === ab, b.byteOffset, b.length];
});
t("from ArrayBuffer offset", () => {
  const ab = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]).buffer;
  return [Buffer.from(ab, 2), Buffer.from(ab, 2, 3), Buffer.from(ab, "2", "3"), Buffer.from(ab, NaN, 2), Buffer.from(ab, 1, -5)];
});
t("from ArrayBuffer offset = length", () => Buffer.from(new ArrayBuffer(4), 4));
t("from ArrayBuffer offset too big", () => Buffer.from(new ArrayBuffer(4), 5));
t("from ArrayBuffer length too big", () => Buffer.from(new ArrayBuffer(4), 1, 4));
t("from ArrayBuffer negative offset", () => Buffer.from(new ArrayBuffer(4), -1));
t("from SharedArrayBuffer", () => {
  const sab = new SharedArrayBuffer(4);
  const b = Buffer.from(sab, 1, 2);
  b[0] = 3;
  return [b, new Uint8Array(sab)];
});
t("from typed array .buffer", () => {
  const u = new Uint16Array([0x0102, 0x0304]);
  return Buffer.from(u.buffer, 1, 2);
});
for (const [name, v] of Object.entries({
  number: 5, null: null, undefined: undefined, boolean: true, symbol: Symbol("s"), bigint: 1n,
  function: function foo() {}, object: {}, plainArrowFn: () => {},
})) {
  t(`from invalid ${name}`, () => Buffer.from(v));
}
t("from no args", () => Buffer.from());

// alloc & co
t("alloc 0", () => Buffer.alloc(0));
t("alloc 5", () => Buffer.alloc(5));
t("alloc float size", () => Buffer.alloc(2.7));
t("alloc fill number", () => Buffer.alloc(5, 257));
t("alloc fill negative", () => Buffer.alloc(3, -1));
t("alloc fill float", () => Buffer.alloc(3, 3.9));
t("alloc fill string", () => Buffer.alloc(5, "ab"));
t("alloc fill string base64", () => Buffer.alloc(5, "YWI=", "base64"));
t("alloc fill string hex", () => Buffer.alloc(5, "0102", "hex"));
t("alloc fill string ucs2", () => Buffer.alloc(5, "ab", "ucs2"));
t("alloc fill string latin1", () => Buffer.alloc(5, "\u00e9\u0100", "latin1"));
t("alloc fill multibyte", () => Buffer.alloc(5, "\u20ac"));
t("alloc fill multibyte short", () => Buffer.alloc(2, "\u20ac"));
t("alloc fill lone surrogate", () => Buffer.alloc(5, "\ud800"));
t("alloc fill empty string", () => Buffer.alloc(3, ""));
t("alloc fill buffer", () => Buffer.alloc(5, Buffer.from([1, 2])));
t("alloc fill Uint16Array", () => Buffer.alloc(5, new Uint16Array([0x0102])));
t("alloc fill empty buffer", () => Buffer.alloc(5, Buffer.alloc(0)));
t("alloc fill bad hex", () => Buffer.alloc(5, "zz", "hex"));
t("alloc fill bad encoding", () => Buffer.alloc(5, "ab", "nope"));
t("alloc fill number encoding arg", () => Buffer.alloc(5, "ab", 5));
t("alloc fill boolean", () => Buffer.alloc(3, true));
t("alloc fill object", () => Buffer.alloc(3, {}));
t("alloc fill 0", () => Buffer.alloc(3, 0));
t("alloc negative", () => Buffer.alloc(-1));
t("alloc NaN", () => Buffer.alloc(NaN));
t("alloc string", () => Buffer.alloc("5"));
t("alloc too big", () => Buffer.alloc(kMaxLength + 1));
t("alloc undefined", () => Buffer.alloc());
t("allocUnsafe length", () => Buffer.allocUnsafe(10).length);
t("allocUnsafe negative", () => Buffer.allocUnsafe(-5));
t("allocUnsafe string", () => Buffer.allocUnsafe("1"));
t("allocUnsafeSlow length", () => [Buffer.allocUnsafeSlow(3).length, Buffer.isBuffer(Buffer.allocUnsafeSlow(3))]);
t("allocUnsafeSlow bad", () => Buffer.allocUnsafeSlow({}));
t("SlowBuffer", () => {
  const b = SlowBuffer(4);
  return [b.length, Buffer.isBuffer(b), b instanceof SlowBuffer, typeof SlowBuffer];
});
t("Buffer() number", () => Buffer(3).length);
t("new Buffer string", () => new Buffer("ab"));
t("Buffer() number with encoding", () => Buffer(3, "utf8"));
t("Buffer.of", () => Buffer.of(1, 2, 300, -1));
t("Buffer.of empty", () => Buffer.of());
t("copyBytesFrom", () => {
  const u16 = new Uint16Array([1, 2, 3, 4]);
  return [Buffer.copyBytesFrom(u16), Buffer.copyBytesFrom(u16, 1), Buffer.copyBytesFrom(u16, 1, 2), Buffer.copyBytesFrom(u16, 9)];
});
t("copyBytesFrom invalid", () => Buffer.copyBytesFrom([1, 2]));
t("copyBytesFrom bad offset", () => Buffer.copyBytesFrom(new Uint8Array(2), -1));

// concat
t("concat", () => Buffer.concat([Buffer.from("ab"), Buffer.from("cd"), new Uint8Array([0x65])]));
t("concat empty list", () => Buffer.concat([]));
t("concat total smaller", () => Buffer.concat([Buffer.from("abc"), Buffer.from("def")], 4));
t("concat total larger", () => Buffer.concat([Buffer.from("abc")], 6));
t("concat total zero", () => Buffer.concat([Buffer.from("abc")], 0));
t("concat not array", () => Buffer.concat(Buffer.from("abc")));
t("concat bad item", () => Buffer.concat([Buffer.from("a"), "b"]));
t("concat bad item 2", () => Buffer.concat([Buffer.from("a"), [1, 2]]));
t("concat bad length", () => Buffer.concat([Buffer.from("a")], -1));
t("concat float length", () => Buffer.concat([Buffer.from("a")], 1.5));
t("concat result independent", () => {
  const a = Buffer.from("ab");
  const c = Buffer.concat([a]);
  a[0] = 0;
  return c;
});

// byteLength of non-strings
t("byteLength buffer", () => Buffer.byteLength(Buffer.alloc(7)));
t("byteLength Uint16Array", () => Buffer.byteLength(new Uint16Array(3)));
t("byteLength DataView", () => Buffer.byteLength(new DataView(new ArrayBuffer(5))));
t("byteLength ArrayBuffer", () => Buffer.byteLength(new ArrayBuffer(9)));
t("byteLength number", () => Buffer.byteLength(5));
t("byteLength unknown encoding", () => Buffer.byteLength("\u20ac", "nope"));
t("byteLength base64 pad", () => [Buffer.byteLength("YQ==", "base64"), Buffer.byteLength("YQ==\n", "base64"), Buffer.byteLength("=", "base64"), Buffer.byteLength("==", "base64")]);

// isBuffer
t("isBuffer", () => [
  Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer("x"), Buffer.isBuffer(null),
  Buffer.isBuffer(Buffer.from("x").subarray(0)), Buffer.isBuffer(Object.create(Buffer.prototype)),
]);

// compare / equals
const CMP = [Buffer.from("abc"), Buffer.from("abd"), Buffer.from("ab"), Buffer.from(""), Buffer.from("abcd"), Buffer.from([0xff])];
for (let i = 0; i < CMP.length; i++) {
  for (let j = 0; j < CMP.length; j++) {
    t(`compare ${i} ${j}`, () => [Buffer.compare(CMP[i], CMP[j]), CMP[i].compare(CMP[j]), CMP[i].equals(CMP[j])]);
  }
}
t("compare with Uint8Array", () => Buffer.compare(new Uint8Array([1]), Buffer.from([1, 2])));
t("compare invalid 1", () => Buffer.compare("a", Buffer.from("a")));
t("compare invalid 2", () => Buffer.compare(Buffer.from("a"), [1]));
t("equals invalid", () => Buffer.from("a").equals("a"));
t("equals Uint8Array", () => Buffer.from("a").equals(new Uint8Array([0x61])));
const src = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
const dst = Buffer.from([5, 6, 7, 8, 9, 10, 11]);
for (const args of [
  [0], [0, 4], [0, 4, 1], [0, 4, 4, 8], [5, 6, 1, 5], [0, 0], [0, 0, 0, 0], [2, 2, 3, 3], [7, 7, 10, 10],
  [undefined, undefined, 4, 10], [0, 7, 4], [1, 3, 5, 7], [0, 8], [-1], [0, -1], [0, 4, 11], [0, 4, 0, 11],
  [1.5], ["1"], [0, 4, 9, 10], [3, 1], [0, 1, 2, 1],
]) {
  t(`compare offsets ${JSON.stringify(args)}`, () => src.compare(dst, ...args));
}
t("compare target invalid", () => src.compare("x", 0));

// toString ranges
const TS = Buffer.from("abcdef");
for (const [start, end] of [
  [undefined, undefined], [0, 6], [1, 3], [-1, 3], [3, 1], [6, 7], [7, 8], [2, 100], [NaN, 3], [1, NaN], ["1", "3"],
  [1.5, 3.7], [null, 2], [Infinity, 2], [-Infinity, 2], [0, Infinity], [0, -1], [true, 3], [{}, 2], [0, "x"],
]) {
  t(`toString range ${show(start)} ${show(end)}`, () => TS.toString("utf8", start, end));
  t(`toString hex range ${show(start)} ${show(end)}`, () => TS.toString("hex", start, end));
}
t("toString no args", () => TS.toString());
t("toString undefined encoding range", () => TS.toString(undefined, 1, 2));
t("toString unknown encoding", () => TS.toString("nope"));
t("toString unknown encoding empty range", () => TS.toString("nope", 3, 1));
t("toLocaleString", () => TS.toLocaleString("hex"));
t("toString of empty", () => Buffer.alloc(0).toString("base64"));

// write
function writeCase(id, size, ...args) {
  t(`write ${id}`, () => {
    const buf = Buffer.alloc(size, 0x2e);
    const n = buf.write(...args);
    return [n, buf];
  });
}
writeCase("plain", 8, "abc");
writeCase("encoding only", 8, "6162", "hex");
writeCase("offset", 8, "abc", 2);
writeCase("offset length", 8, "abcdef", 2, 3);
writeCase("offset length encoding", 8, "616263", 1, 2, "hex");
writeCase("offset encoding", 8, "\u00e9\u00e9", 5, "latin1");
writeCase("too long", 4, "abcdefgh");
writeCase("partial multibyte", 4, "ab\u20ac");
writeCase("partial multibyte 2", 5, "ab\u20ac\u20ac");
writeCase("partial surrogate pair", 3, "\ud83d\ude00");
writeCase("surrogate pair fits", 4, "\ud83d\ude00");
writeCase("lone surrogate", 5, "a\ud800b");
writeCase("lone surrogate cut", 3, "a\ud800");
writeCase("ucs2 odd room", 5, "abc", "ucs2");
writeCase("ucs2 at offset", 6, "\u20ac\ud83d", 1, "utf16le");
writeCase("ascii", 4, "\u00e9a\u0100", "ascii");
writeCase("base64url", 6, "-_-_", "base64url");
writeCase("offset = length", 4, "abc", 4);
writeCase("offset > length", 4, "abc", 5);
writeCase("negative offset", 4, "abc", -1);
writeCase("float offset", 4, "abc", 1.5);
writeCase("string offset", 4, "abc", "1", 2);
writeCase("length > remaining", 4, "abcdef", 1, 10);
writeCase("negative length", 4, "abc", 0, -1);
writeCase("float length", 4, "abc", 0, 1.5);
writeCase("length encoding", 6, "abcdef", 1, "ascii");
writeCase("unknown encoding", 4, "abc", 0, 4, "nope");
writeCase("unknown encoding as 2nd", 4, "abc", "nope");
writeCase("non-string", 4, 123);
writeCase("non-string with encoding", 4, 123, "hex");
writeCase("empty string", 4, "");
writeCase("empty buffer", 0, "abc");
writeCase("null encoding", 4, "ab", 0, 2, null);
t("utf8Write direct", () => {
  const b = Buffer.alloc(4);
  return [b.utf8Write("abcdef", 1), b.utf8Write("xy", 0, 1), b];
});
t("latin1Slice direct", () => {
  const b = Buffer.from("abcdef");
  return [b.latin1Slice(), b.latin1Slice(2), b.latin1Slice(2, 4), b.latin1Slice(4, 2), b.hexSlice(1, 2), b.ucs2Slice(0, 4)];
});
t("latin1Slice out of range", () => Buffer.from("abc").latin1Slice(0, 9));
t("latin1Slice negative", () => Buffer.from("abc").latin1Slice(-1));
t("asciiWrite direct", () => {
  const b = Buffer.alloc(3);
  return [b.asciiWrite("\u00ffab"), b];
});
t("hexWrite offset too big", () => Buffer.alloc(2).hexWrite("00", 3));

// slice / subarray
const SL = () => Buffer.from("0123456789");
for (const args of [
  [], [2], [2, 5], [-3], [-3, -1], [5, 2], [0, 100], [100], [-100], [NaN], [2, NaN], ["2", "4"], [1.7, 3.2],
  [undefined, 3], [null, 3], [-0], [Infinity], [-Infinity, 2], [2, undefined],
]) {
  t(`slice ${JSON.stringify(args.map(show))}`, () => SL().slice(...args).toString());
  t(`subarray ${JSON.stringify(args.map(show))}`, () => SL().subarray(...args).toString());
}
t("slice shares memory", () => {
  const b = SL();
  const s = b.slice(2, 5);
  s[0] = 0x41;
  b[3] = 0x42;
  return [b.toString(), s.toString(), Buffer.isBuffer(s), s.byteOffset - b.byteOffset, s.buffer === b.buffer];
});
t("subarray of subarray", () => {
  const b = SL();
  const s = b.subarray(2, 8).subarray(1, 3);
  s.fill(0x2a);
  return [b.toString(), s.toString(), s.length];
});
t("Uint8Array.prototype.slice copies", () => {
  const b = SL();
  const c = Uint8Array.prototype.slice.call(b, 1, 3);
  c[0] = 0x41;
  return [b.toString(), Buffer.isBuffer(c), c.constructor.name];
});
t("map returns Buffer", () => {
  const m = Buffer.from([1, 2, 3]).map((x) => x * 2);
  return [m, Buffer.isBuffer(m), m.constructor === Buffer];
});
t("filter returns Buffer", () => Buffer.from([1, 2, 3]).filter((x) => x > 1));
t("iteration", () => [...Buffer.from("ab")].concat([...Buffer.from("ab").entries()].flat(), [...Buffer.from("ab").keys()]));
t("parent and offset", () => {
  const b = Buffer.alloc(8);
  const s = b.subarray(3);
  return [s.parent === b.buffer, s.offset, Buffer.prototype.parent, Buffer.prototype.offset];
});

// indexOf / lastIndexOf / includes
const HAY = Buffer.from("abcdef\u20acabc\u0000xyzabc");
const NEEDLES = ["abc", "c", "", "\u20ac", "zzz", "abcdef\u20acabc\u0000xyzabcX", "\u0000", "ab"];
const OFFSETS = [undefined, 0, 1, 3, 8, -1, -4, -3, -100, 100, 17, 18, 19, NaN, "latin1", null, 2.9, -2.9, "x", [], {}];
for (const needle of NEEDLES) {
  for (const off of OFFSETS) {
    t(`indexOf ${JSON.stringify(needle)} ${show(off)}`, () => [HAY.indexOf(needle, off), HAY.lastIndexOf(needle, off), HAY.includes(needle, off)]);
  }
}
for (const needle of [0x61, 0x161, -1, 0xac, 256, 97.5, 0, -0]) {
  for (const off of [undefined, 0, 5, -3, -100, 100, NaN]) {
    t(`indexOf number ${show(needle)} ${show(off)}`, () => [HAY.indexOf(needle, off), HAY.lastIndexOf(needle, off)]);
  }
}
for (const off of [undefined, 0, 2, 3, -2, -3, 100, -100]) {
  t(`indexOf buffer ${show(off)}`, () => [HAY.indexOf(Buffer.from("abc"), off), HAY.lastIndexOf(Buffer.from("abc"), off), HAY.indexOf(new Uint8Array([0x78, 0x79]), off)]);
  t(`indexOf empty buffer ${show(off)}`, () => [HAY.indexOf(Buffer.alloc(0), off), HAY.lastIndexOf(Buffer.alloc(0), off)]);
}
const UCS = Buffer.from("abcabc\u20acx", "ucs2");
for (const enc of ["ucs2", "utf16le", "UTF-16LE"]) {
  for (const needle of ["bc", "c", "\u20ac", "ca", "x", "", "abcabc\u20acxy"]) {
    for (const off of [undefined, 0, 1, 2, 3, 4, 5, -2, -3, -100, 100]) {
      t(`indexOf ${enc} ${JSON.stringify(needle)} ${show(off)}`, () => [UCS.indexOf(needle, off, enc), UCS.lastIndexOf(needle, off, enc)]);
    }
  }
}
t("indexOf ucs2 misaligned match", () => {
  const b = Buffer.from([0x00, 0x61, 0x00, 0x62, 0x00]);
  return [b.indexOf("a", 0, "ucs2"), b.indexOf("ab", "ucs2"), b.indexOf(Buffer.from([0x61, 0x00]), 0, "ucs2")];
});
t("indexOf ucs2 odd haystack buffer needle", () => {
  const b = Buffer.from([1, 2, 3]);
  return [b.indexOf(Buffer.from([9, 9]), 0, "ucs2"), b.indexOf(Buffer.from([1, 2]), 0, "ucs2"), b.lastIndexOf(Buffer.from([9, 9]), undefined, "ucs2")];
});
t("indexOf ucs2 odd needle buffer", () => UCS.indexOf(Buffer.from([0x62, 0x00, 0x63]), 0, "ucs2"));
t("indexOf ucs2 odd haystack string", () => Buffer.from([0x61, 0, 0x62]).indexOf("b", 0, "ucs2"));
for (const [enc, needle] of [["hex", "6263"], ["hex", "62zz"], ["hex", "zz"], ["base64", "YmM="], ["base64url", "YmM"], ["latin1", "\u00e9"], ["latin1", "\u0163"], ["ascii", "bc"], ["binary", "c"], ["utf8", "bc"]]) {
  const b = Buffer.from("abc\u00e9abc", "latin1");
  t(`indexOf ${enc} ${JSON.stringify(needle)}`, () => [b.indexOf(needle, 0, enc), b.lastIndexOf(needle, undefined, enc), b.includes(needle, enc)]);
}
t("indexOf unknown encoding", () => HAY.indexOf("a", 0, "nope"));
t("indexOf unknown encoding buffer needle", () => HAY.indexOf(Buffer.from("b"), 0, "nope"));
t("indexOf invalid value", () => HAY.indexOf({}));
t("indexOf bool value", () => HAY.indexOf(true));
t("indexOf on empty", () => [Buffer.alloc(0).indexOf("a"), Buffer.alloc(0).indexOf(""), Buffer.alloc(0).lastIndexOf(""), Buffer.alloc(0).indexOf(0)]);
t("indexOf long haystack", () => {
  const b = Buffer.alloc(20000, "xyz");
  b.write("needle", 15000);
  return [b.indexOf("needle"), b.lastIndexOf("needle"), b.indexOf("needle", 15001), b.lastIndexOf("zx"), b.indexOf("zzz")];
});
for (const [name, make] of [
  ["random", () => Buffer.from(randomBytes(4242, 70000, 4))],
  ["ascii", () => Buffer.from("abcabd".repeat(12000))],
  ["latin1", () => Buffer.from("\u00e9a\u00e9b".repeat(20000), "latin1")],
]) {
  for (const [at, length] of [[0, 16], [100, 17], [40000, 100], [65530, 40], [69000, 1000], [12345, 5000]]) {
    t(`long needle ${name} at ${at} len ${length}`, () => {
      const hay = make();
      const needle = Buffer.from(hay.subarray(at, at + length));
      const offsets = [undefined, 0, at, at + 1, -1, -length, 65536, 70000 - length, 131072];
      return offsets.map((off) => [hay.indexOf(needle, off), hay.lastIndexOf(needle, off)]);
    });
  }
  t(`long needle ${name} absent`, () => {
    const hay = make();
    const needle = Buffer.alloc(64, 0x7a);
    return [hay.indexOf(needle), hay.lastIndexOf(needle), hay.includes(needle, 5)];
  });
  t(`long needle ${name} string`, () => {
    const hay = make();
    const needle = hay.toString("latin1", 30000, 30050);
    return [hay.indexOf(needle, "latin1"), hay.lastIndexOf(needle, "latin1"), hay.indexOf(needle, 30001, "latin1")];
  });
}
t("lastIndexOf overlapping", () => Buffer.from("aaaa").lastIndexOf("aa"));
t("big hex invalid in middle", () => Buffer.from(`${"ab".repeat(1000)}zz${"cd".repeat(10)}`, "hex"));
t("big hex odd", () => Buffer.from(`${"ab".repeat(600)}a`, "hex"));
t("big hex mixed case", () => Buffer.from("aBcDeF0123456789".repeat(100), "hex"));
t("big hex non-ascii", () => Buffer.from(`${"ab".repeat(600)}\u0130\u0131`, "hex"));
t("big hex unaligned toString", () => Buffer.from(randomBytes(31, 9001)).subarray(1).toString("hex"));
t("big latin1 ascii write", () => {
  const b = Buffer.alloc(100, 0x2e);
  return [b.write("x".repeat(1000), 10, "latin1"), b];
});
t("big ascii roundtrip", () => Buffer.from("abc".repeat(1000), "ascii").toString("ascii"));
t("big ascii high bytes", () => Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 37) & 0xff)).toString("ascii"));
t("indexOf lone surrogate", () => Buffer.from("a\ud800b").indexOf("\ud800"));

// fill
function fillCase(id, size, ...args) {
  t(`fill ${id}`, () => {
    const buf = Buffer.alloc(size, 0x2e);
    const r = buf.fill(...args);
    return [r === buf, buf];
  });
}
fillCase("number", 5, 7);
fillCase("number range", 5, 7, 1, 3);
fillCase("number start only", 5, 7, 2);
fillCase("number 256+", 5, 0x1ab);
fillCase("negative number", 3, -2);
fillCase("float", 3, 2.9);
fillCase("NaN", 3, NaN);
fillCase("string", 7, "abc");
fillCase("string range", 7, "abc", 1, 6);
fillCase("string encoding as 2nd", 7, "6162", "hex");
fillCase("string encoding as 3rd", 7, "6162", 1, "hex");
fillCase("string encoding as 4th", 7, "6162", 1, 5, "hex");
fillCase("string base64", 7, "YWJj", "base64");
fillCase("string ucs2", 7, "ab", "ucs2");
fillCase("string ucs2 odd", 7, "\u20ac", "utf16le");
fillCase("string latin1 char", 4, "\u00e9", "latin1");
fillCase("string latin1 big char", 4, "\u0101", "latin1");
fillCase("string ascii", 4, "\u00e9b", "ascii");
fillCase("string utf8 multibyte", 7, "\u20ac");
fillCase("string utf8 single high char", 4, "\u00e9");
fillCase("string empty", 4, "");
fillCase("string bad hex", 4, "zz", "hex");
fillCase("string partial hex", 4, "61zz", "hex");
fillCase("string odd hex", 4, "616", "hex");
fillCase("unknown encoding", 4, "a", "nope");
fillCase("number encoding", 4, "a", 0, 4, 5);
fillCase("buffer", 7, Buffer.from([1, 2, 3]));
fillCase("buffer range", 7, Buffer.from([1, 2, 3]), 2, 6);
fillCase("empty buffer", 4, Buffer.alloc(0));
fillCase("Uint16Array", 5, new Uint16Array([0x0102, 0x0304]));
fillCase("DataView", 5, new DataView(new Uint8Array([9, 8]).buffer));
fillCase("boolean", 3, true);
fillCase("null", 3, null);
fillCase("object", 3, {});
fillCase("object valueOf", 3, { valueOf: () => 0x141 });
fillCase("offset = end", 4, 1, 2, 2);
fillCase("offset > end", 4, 1, 3, 2);
fillCase("negative offset", 4, 1, -1);
fillCase("offset beyond", 4, 1, 5);
fillCase("end beyond", 4, 1, 0, 5);
fillCase("float offset", 4, 1, 1.5);
fillCase("string offset", 4, 1, "1");
fillCase("string value string offset", 4, "a", "1");
fillCase("string offset beyond", 4, "ab", 9);
fillCase("undefined value", 3, undefined);

// copy
function copyCase(id, ...args) {
  t(`copy ${id}`, () => {
    const source = Buffer.from("abcdef");
    const target = Buffer.alloc(5, 0x2e);
    const n = source.copy(target, ...args);
    return [n, target];
  });
}
copyCase("default");
copyCase("targetStart", 2);
copyCase("targetStart sourceStart", 1, 3);
copyCase("all args", 1, 2, 4);
copyCase("sourceEnd beyond", 0, 2, 100);
copyCase("targetStart beyond", 9);
copyCase("targetStart = length", 5);
copyCase("negative targetStart", -1);
copyCase("negative sourceStart", 0, -1);
copyCase("sourceStart beyond", 0, 7);
copyCase("sourceStart = length", 0, 6);
copyCase("negative sourceEnd", 0, 0, -1);
copyCase("sourceStart > sourceEnd", 0, 4, 2);
copyCase("float args", 0.5, 1.7, 3.2);
copyCase("string args", "1", "2", "4");
copyCase("NaN args", NaN, NaN, NaN);
copyCase("huge args", 2 ** 53, 0, 2);
t("copy overlapping forward", () => {
  const b = Buffer.from("0123456789");
  return [b.copy(b, 2, 0, 6), b.toString()];
});
t("copy overlapping backward", () => {
  const b = Buffer.from("0123456789");
  return [b.copy(b, 0, 2, 8), b.toString()];
});
t("copy to Uint8Array", () => {
  const u = new Uint8Array(3);
  return [Buffer.from("xyz").copy(u), u];
});
t("copy bad target", () => Buffer.from("x").copy([]));
t("copy from Uint8Array via prototype", () => {
  const t2 = Buffer.alloc(2);
  return [Buffer.prototype.copy.call(new Uint8Array([1, 2]), t2), t2];
});

// toJSON
t("toJSON", () => Buffer.from([1, 2, 255]).toJSON());
t("toJSON empty", () => Buffer.alloc(0).toJSON());
t("JSON.stringify", () => JSON.stringify({ b: Buffer.from("hi") }));

// Integers: reads
const RB = Buffer.from([0x01, 0x82, 0x03, 0xf4, 0xff, 0x80, 0x7f, 0x00, 0xab, 0xcd]);
const READS = [
  ["readUInt8", 1], ["readUint8", 1], ["readInt8", 1], ["readUInt16LE", 2], ["readUInt16BE", 2], ["readInt16LE", 2],
  ["readInt16BE", 2], ["readUInt32LE", 4], ["readUInt32BE", 4], ["readInt32LE", 4], ["readInt32BE", 4],
  ["readUint16LE", 2], ["readUint32BE", 4], ["readFloatLE", 4], ["readFloatBE", 4], ["readDoubleLE", 8],
  ["readDoubleBE", 8], ["readBigUInt64LE", 8], ["readBigUInt64BE", 8], ["readBigInt64LE", 8], ["readBigInt64BE", 8],
  ["readBigUint64LE", 8],
];
for (const [method, size] of READS) {
  const offsets = [undefined, 0, 1, 2, RB.length - size, RB.length - size + 1, -1, 1.5, "1", NaN, null, 2 ** 32, Infinity];
  for (const off of offsets.filter((o, i) => offsets.findIndex((p) => show(p) === show(o)) === i)) {
    t(`${method}(${show(off)})`, () => (off === undefined ? RB[method]() : RB[method](off)));
  }
}
for (const method of ["readUIntLE", "readUIntBE", "readIntLE", "readIntBE"]) {
  for (let byteLength = 0; byteLength <= 7; byteLength++) {
    for (const off of [...new Set([0, 1, 4, 10 - byteLength, 11 - byteLength])]) {
      t(`${method}(${off}, ${byteLength})`, () => RB[method](off, byteLength));
    }
  }
  t(`${method}(undefined, 2)`, () => RB[method](undefined, 2));
  t(`${method}(0)`, () => RB[method](0));
  t(`${method}(0, 1.5)`, () => RB[method](0, 1.5));
  t(`${method}(0, "2")`, () => RB[method](0, "2"));
  t(`${method}(1.5, 2)`, () => RB[method](1.5, 2));
  t(`${method}("0", 2)`, () => RB[method]("0", 2));
}
t("read on empty", () => Buffer.alloc(0).readUInt8(0));
t("read 32 on short", () => Buffer.alloc(3).readUInt32LE(0));
t("read int8 sign", () => [Buffer.from([0x80]).readInt8(0), Buffer.from([0xff]).readInt8(0), Buffer.from([0x7f]).readInt8(0)]);
t("read 48 extremes", () => {
  const b = Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x80, 0, 0, 0, 0, 0]);
  return [b.readIntLE(0, 6), b.readUIntLE(0, 6), b.readIntBE(6, 6), b.readIntLE(6, 6), b.readUIntBE(6, 6)];
});

// Integers: writes
function writeNum(method, size, value, offset, extra) {
  t(`${method}(${show(value)}, ${show(offset)}${extra === undefined ? "" : `, ${extra}`})`, () => {
    const buf = Buffer.alloc(size, 0x2e);
    const r = extra === undefined ? (offset === undefined ? buf[method](value) : buf[method](value, offset)) : buf[method](value, offset, extra);
    return [r, buf];
  });
}
const INT_WRITES = [
  ["writeUInt8", 0, 0xff], ["writeInt8", -0x80, 0x7f], ["writeUInt16LE", 0, 0xffff], ["writeUInt16BE", 0, 0xffff],
  ["writeInt16LE", -0x8000, 0x7fff], ["writeInt16BE", -0x8000, 0x7fff], ["writeUInt32LE", 0, 0xffffffff],
  ["writeUInt32BE", 0, 0xffffffff], ["writeInt32LE", -0x80000000, 0x7fffffff], ["writeInt32BE", -0x80000000, 0x7fffffff],
  ["writeUint8", 0, 0xff], ["writeUint16LE", 0, 0xffff], ["writeUint32BE", 0, 0xffffffff],
];
for (const [method, min, max] of INT_WRITES) {
  for (const value of [min, max, min - 1, max + 1, 0, 1, -1, 1.5, -1.5, "7", NaN, Infinity, 0x1234567, max / 2]) {
    writeNum(method, 6, value, 0);
  }
  writeNum(method, 6, 1, undefined);
  writeNum(method, 6, 1, 2);
  writeNum(method, 6, 1, 5);
  writeNum(method, 6, 1, 6);
  writeNum(method, 6, 1, -1);
  writeNum(method, 6, 1, 1.5);
  writeNum(method, 6, 1, "1");
  writeNum(method, 6, 1, null);
  writeNum(method, 0, 1, 0);
}
for (const method of ["writeUIntLE", "writeUIntBE", "writeIntLE", "writeIntBE"]) {
  const signed = method.startsWith("writeInt");
  for (let byteLength = 0; byteLength <= 7; byteLength++) {
    const bits = 8 * Math.max(1, Math.min(byteLength, 6));
    const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
    const min = signed ? -(2 ** (bits - 1)) : 0;
    for (const value of [min, max, min - 1, max + 1, 0x123456789a % (max + 1), -1]) {
      writeNum(method, 8, value, 1, byteLength);
    }
    writeNum(method, 8, 1, 8 - byteLength + 1, byteLength);
    writeNum(method, 8, 1, undefined, byteLength);
  }
  writeNum(method, 8, 1, 0, 1.5);
  writeNum(method, 8, 1, 0, "2");
  writeNum(method, 8, 1, 0, undefined);
}
for (const method of ["writeBigUInt64LE", "writeBigUInt64BE", "writeBigInt64LE", "writeBigInt64BE", "writeBigUint64LE"]) {
  for (const value of [0n, 1n, -1n, 2n ** 64n - 1n, 2n ** 64n, 2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n), -(2n ** 63n) - 1n, 0x0102030405060708n]) {
    writeNum(method, 9, value, 0);
  }
  writeNum(method, 9, 1n, 1);
  writeNum(method, 9, 1n, 2);
  writeNum(method, 9, 1n, -1);
  writeNum(method, 9, 1n, undefined);
}
for (const method of ["writeFloatLE", "writeFloatBE", "writeDoubleLE", "writeDoubleBE"]) {
  for (const value of [0, -0, 1, -1.5, 0.1, NaN, Infinity, -Infinity, 1e-45, 3.4028234663852886e38, 1e39, 5e-324, Number.MAX_VALUE, "2.5", null, {}]) {
    writeNum(method, 9, value, 0);
    t(`${method} roundtrip ${show(value)}`, () => {
      const buf = Buffer.alloc(8);
      buf[method](value, 0);
      return buf[method.replace("write", "read")](0);
    });
  }
  writeNum(method, 9, 1, 1);
  writeNum(method, 9, 1, 5);
  writeNum(method, 9, 1, 6);
  writeNum(method, 9, 1, -1);
  writeNum(method, 9, 1, 0.5);
  writeNum(method, 9, 1, undefined);
  writeNum(method, 9, 1, "0");
}

// swap
for (const [method, size] of [["swap16", 2], ["swap32", 4], ["swap64", 8]]) {
  for (const length of [0, size, size * 3, size * 40, size + 1]) {
    t(`${method} ${length}`, () => {
      const b = Buffer.from(Array.from({ length }, (_, i) => i & 0xff));
      const r = b[method]();
      return [r === b, b];
    });
  }
  t(`${method} on subarray`, () => {
    const b = Buffer.from(Array.from({ length: size * 2 + 1 }, (_, i) => i));
    b.subarray(1)[method]();
    return b;
  });
}

// inspect
for (const n of [0, 1, 2, 49, 50, 51, 52, 100]) {
  t(`inspect ${n} bytes`, () => util.inspect(Buffer.from(randomBytes(900 + n, n))));
}
t("inspect with props", () => {
  const b = Buffer.from("hi");
  b.foo = "bar";
  b.n = 1;
  return util.inspect(b);
});
t("inspect empty with props", () => {
  const b = Buffer.alloc(0);
  b.foo = { a: [1, 2] };
  return util.inspect(b);
});
t("inspect with symbol prop", () => {
  const b = Buffer.from("x");
  b[Symbol("s")] = 1;
  return util.inspect(b);
});
t("inspect with hidden prop", () => {
  const b = Buffer.from("x");
  Object.defineProperty(b, "hidden", { value: 1, enumerable: false });
  return [util.inspect(b), util.inspect(b, { showHidden: true })];
});
t("inspect nested", () => util.inspect({ a: Buffer.from("ab"), b: [Buffer.alloc(3)] }));
t("inspect long nested", () => util.inspect({ data: Buffer.alloc(60, 1) }));
t("inspect subarray", () => util.inspect(Buffer.from("abcdef").subarray(2, 4)));
t("inspect no customInspect", () => util.inspect(Buffer.from("ab"), { customInspect: false }));
t("inspect method direct", () => Buffer.from("ab").inspect());
t("inspect via custom symbol", () => Buffer.from("ab")[Symbol.for("nodejs.util.inspect.custom")]());
t("format %o", () => util.format("%o %s %j", Buffer.from("a"), Buffer.from("b"), Buffer.from("c")));
t("String(buf)", () => [String(Buffer.from("ab")), `${Buffer.from("cd")}`, Buffer.from("ef") + ""]);
t("INSPECT_MAX_BYTES", () => {
  const before = bufferModule.INSPECT_MAX_BYTES;
  bufferModule.INSPECT_MAX_BYTES = 4;
  const shown = util.inspect(Buffer.from("abcdefg"));
  const shown1 = (bufferModule.INSPECT_MAX_BYTES = 1, util.inspect(Buffer.from("abc")));
  bufferModule.INSPECT_MAX_BYTES = before;
  return [before, shown, shown1, util.inspect(Buffer.from("abcdefg"))];
});
t("INSPECT_MAX_BYTES invalid", () => {
  bufferModule.INSPECT_MAX_BYTES = -1;
});

// Module surface
t("constants", () => [constants.MAX_LENGTH, constants.MAX_STRING_LENGTH, kMaxLength, kStringMaxLength, Object.keys(constants)]);
t("module keys", () => Object.keys(bufferModule).filter((k) => !["Blob", "resolveObjectURL", "File"].includes(k)));
t("atob btoa", () => [bufferNamespace.atob("aGk="), bufferNamespace.btoa("hi"), bufferNamespace.atob === globalThis.atob]);
t("global Buffer", () => [globalThis.Buffer === Buffer, typeof globalThis.Buffer]);
t("Buffer shape", () => [
  Buffer.name, Buffer.length, Buffer.poolSize, Object.getPrototypeOf(Buffer) === Uint8Array,
  Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Buffer.prototype.constructor === Buffer,
  Buffer[Symbol.species] === Buffer, typeof Buffer[Symbol.species], Buffer.from("x").constructor.name,
  Buffer.from("x") instanceof Uint8Array, Object.prototype.toString.call(Buffer.from("x")),
]);
t("method names", () => ["from", "alloc", "allocUnsafe", "allocUnsafeSlow", "concat", "byteLength", "isBuffer", "isEncoding", "compare"].map((k) => `${Buffer[k].name}/${Buffer[k].length}`));
t("prototype method names", () => [
  "toString", "write", "slice", "subarray", "equals", "compare", "indexOf", "lastIndexOf", "includes", "fill", "copy", "toJSON",
  "readUInt8", "readUint8", "readUInt16LE", "readInt32BE", "readUIntLE", "readIntBE", "writeUInt8", "writeUIntLE", "writeIntBE",
  "writeInt32LE", "readBigUInt64LE", "readBigInt64BE", "writeBigInt64LE", "readFloatLE", "readDoubleBE", "writeFloatBE",
  "writeDoubleLE", "swap16", "swap32", "swap64", "toLocaleString", "hexSlice", "utf8Write",
].map((k) => `${k}:${Buffer.prototype[k].name}/${Buffer.prototype[k].length}`));
t("toLocaleString is toString", () => Buffer.prototype.toLocaleString === Buffer.prototype.toString);

// transcode, isUtf8, isAscii
for (const [from, to] of [["utf8", "ucs2"], ["utf8", "latin1"], ["utf8", "ascii"], ["utf8", "utf8"], ["ucs2", "utf8"], ["latin1", "utf8"], ["binary", "ucs2"], ["ascii", "utf8"], ["UTF-8", "UTF-16LE"], ["latin1", "ascii"]]) {
  t(`transcode ${from}->${to}`, () => transcode(Buffer.from("a\u00e9\u20ac\ud83d\ude00", from === "ucs2" ? "ucs2" : "utf8"), from, to));
}
t("transcode latin1 bytes", () => transcode(Buffer.from([0x61, 0xe9, 0xff]), "latin1", "utf8"));
t("transcode ascii high bytes", () => transcode(Buffer.from([0x61, 0xe9, 0xff]), "ascii", "utf8"));
t("transcode invalid utf8 to ucs2", () => transcode(Buffer.from([0x61, 0xff]), "utf8", "ucs2"));
t("transcode invalid utf8 to latin1", () => transcode(Buffer.from([0x61, 0xff, 0x62]), "utf8", "latin1"));
t("transcode lone surrogate", () => transcode(Buffer.from([0x61, 0, 0, 0xd8]), "ucs2", "utf8"));
t("transcode unknown", () => transcode(Buffer.from("a"), "utf8", "hex"));
t("transcode empty unknown", () => transcode(Buffer.alloc(0), "utf8", "nope"));
t("transcode bad source", () => transcode("a", "utf8", "ucs2"));
t("isUtf8 / isAscii", () => [
  isUtf8(Buffer.from("a\u20ac")), isUtf8(Buffer.from([0xff])), isUtf8(new ArrayBuffer(2)), isUtf8(new Uint16Array([0xffff])),
  isAscii(Buffer.from("abc")), isAscii(Buffer.from("\u00e9")), isAscii(new ArrayBuffer(1)),
]);
t("isUtf8 invalid", () => isUtf8("x"));
t("isAscii invalid", () => isAscii([1]));

// ---------------------------------------------------------------------------
// Running

const results = new Map();
for (const c of cases) {
  let value;
  try {
    value = show(c.run());
  } catch (err) {
    value = describeThrown(err);
  }
  results.set(c.id, value);
}

let compared = 0;
let failures = 0;
let missing = 0;

if (writeExpected) {
  const expected = {};
  for (const [id, value] of results) expected[id] = value;
  const fs = await import("node:fs");
  const path = new URL("./buffer-differential.expected.json", import.meta.url);
  fs.writeFileSync(path, `${JSON.stringify(expected, null, 1)}\n`);
  console.log(`wrote ${results.size} expected values to ${path.pathname}`);
} else {
  const expected = (await import("./buffer-differential.expected.json", { with: { type: "json" } })).default;
  for (const [id, value] of results) {
    if (!(id in expected)) {
      missing++;
      if (verbose) console.log(`NOT RECORDED ${id}`);
      continue;
    }
    compared++;
    if (expected[id] === value) continue;
    failures++;
    console.log(`DIFF ${id}`);
    console.log(`  expected: ${expected[id]}`);
    console.log(`  actual:   ${value}`);
  }
  for (const id of Object.keys(expected)) {
    if (!results.has(id)) {
      failures++;
      console.log(`MISSING CASE ${id}`);
    }
  }
  console.log(`${compared} compared, ${failures} different, ${missing} not recorded`);
  if (typeof process !== "undefined") process.exitCode = failures === 0 && missing === 0 ? 0 : 1;
}
