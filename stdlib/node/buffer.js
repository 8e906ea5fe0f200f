// node:buffer — `Buffer`, a Uint8Array subclass with Node's encodings and
// byte helpers, plus SlowBuffer, transcode, isUtf8, isAscii, constants,
// INSPECT_MAX_BYTES and the atob/btoa re-exports. Not here: Blob, File and
// resolveObjectURL.
//
// The API shape, argument checks and error messages follow Node 20's
// lib/buffer.js and lib/internal/buffer.js (MIT); the parts Node does in C++
// (the encodings, fill, indexOf, compare) reproduce its exact results here,
// quirks included (hex and base64 read only the low byte of each UTF-16
// code unit, base64 skips any character outside its alphabet and stops at
// the first '=', hex stops at the first bad pair). UTF-8 goes through the
// host's natives (via internal:encoding); the other encodings build strings
// from char-code chunks, never with `+=` (quadratic in Boa).

import {
  ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_BUFFER_SIZE,
  ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING, genericNodeError, makeNodeError,
} from "internal:errors";
import { atob, btoa, utf8Decode, utf8Encode } from "internal:encoding";
import { op_load_builtin } from "autorun:internal";

export { atob, btoa };

// ---- primordials -----------------------------------------------------------

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const u8Set = TypedArrayPrototype.set;
const u8Fill = TypedArrayPrototype.fill;
const u8Subarray = TypedArrayPrototype.subarray;
const u8IndexOf = TypedArrayPrototype.indexOf;
const u8LastIndexOf = TypedArrayPrototype.lastIndexOf;
const u8CopyWithin = TypedArrayPrototype.copyWithin;
const u8Slice = TypedArrayPrototype.slice;
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength").get;
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === "function"
  ? Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, "byteLength").get
  : undefined;
const fromCharCode = String.fromCharCode;
const isArrayBufferView = ArrayBuffer.isView;

function isUint8Array(value) {
  return typedArrayTag.call(value) === "Uint8Array";
}

function isTypedArray(value) {
  return typedArrayTag.call(value) !== undefined;
}

function isAnyArrayBuffer(value) {
  if (typeof value !== "object" || value === null) return false;
  try {
    arrayBufferByteLength.call(value);
    return true;
  } catch {
    // not an ArrayBuffer
  }
  if (sharedArrayBufferByteLength === undefined) return false;
  try {
    sharedArrayBufferByteLength.call(value);
    return true;
  } catch {
    return false;
  }
}

// A plain Uint8Array over bytes [start, end) of a view: the natives and the
// built-in TypedArray methods work on it without Buffer's overrides.
function view(buf, start, end) {
  return new Uint8Array(buf.buffer, buf.byteOffset + start, end - start);
}

// ---- limits and errors -----------------------------------------------------

export const kMaxLength = 2 ** 32;
export const kStringMaxLength = 536870888;

export const constants = Object.defineProperties({}, {
  MAX_LENGTH: { __proto__: null, value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { __proto__: null, value: kStringMaxLength, writable: false, enumerable: true },
});

// Errors Node raises from C++ (no "[code]" in their printed name line).
function indexOutOfRange() {
  return makeNodeError(RangeError, "ERR_OUT_OF_RANGE", "Index out of range");
}

function stringTooLong() {
  return makeNodeError(
    Error,
    "ERR_STRING_TOO_LONG",
    `Cannot create a string longer than 0x${kStringMaxLength.toString(16)} characters`,
  );
}

function notAString() {
  return makeNodeError(TypeError, "ERR_INVALID_ARG_TYPE", "argument must be a string");
}

function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== "number") throw ERR_INVALID_ARG_TYPE(name, "number", value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    const range = `${min != null ? `>= ${min}` : ""}${min != null && max != null ? " && " : ""}${max != null ? `<= ${max}` : ""}`;
    throw ERR_OUT_OF_RANGE(name, range, value);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== "number") throw ERR_INVALID_ARG_TYPE(name, "number", value);
  if (!Number.isInteger(value)) throw ERR_OUT_OF_RANGE(name, "an integer", value);
  if (value < min || value > max) throw ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

function validateString(value, name) {
  if (typeof value !== "string") throw ERR_INVALID_ARG_TYPE(name, "string", value);
}

// C++ ParseArrayIndex: undefined -> default; else ToInteger, negative is out of range.
function parseArrayIndex(value, defaultValue) {
  if (value === undefined) return defaultValue;
  let n = +value;
  n = n !== n ? 0 : Math.trunc(n);
  if (n < 0) throw indexOutOfRange();
  return n;
}

// ---- tables ----------------------------------------------------------------

const CHUNK = 8192;
const HEX_DIGITS = "0123456789abcdef";
const HEX_PAIRS = new Array(256);
for (let i = 0; i < 256; i++) HEX_PAIRS[i] = HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];

const UNHEX = new Int8Array(256).fill(-1);
for (let i = 0; i < 10; i++) UNHEX[0x30 + i] = i;
for (let i = 0; i < 6; i++) {
  UNHEX[0x41 + i] = 10 + i;
  UNHEX[0x61 + i] = 10 + i;
}

const BASE64_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64URL_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
// Node's decoder takes both alphabets in either encoding.
const UNBASE64 = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) {
  UNBASE64[BASE64_CHARS.charCodeAt(i)] = i;
  UNBASE64[BASE64URL_CHARS.charCodeAt(i)] = i;
}

// 12 bits -> two base64 characters, built on first use.
let base64Pairs;
let base64UrlPairs;
function pairsFor(chars) {
  const pairs = new Array(4096);
  for (let i = 0; i < 4096; i++) pairs[i] = chars[i >> 6] + chars[i & 63];
  return pairs;
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

// ---- bytes -> string -------------------------------------------------------

// Char codes (a typed array or an array) to a string, in chunks.
function codesToString(codes, length) {
  if (length <= CHUNK) {
    return fromCharCode.apply(null, length === codes.length ? codes : codes.slice(0, length));
  }
  const parts = [];
  const isTyped = isTypedArray(codes);
  for (let i = 0; i < length; i += CHUNK) {
    const end = i + CHUNK < length ? i + CHUNK : length;
    parts.push(fromCharCode.apply(null, isTyped ? u8SubarrayOf(codes, i, end) : codes.slice(i, end)));
  }
  return parts.join("");
}

function u8SubarrayOf(typed, start, end) {
  return u8Subarray.call(typed, start, end);
}

function latin1Slice(buf, start, end) {
  if (end <= start) return "";
  const bytes = view(buf, start, end);
  return codesToString(bytes, bytes.length);
}

const NON_ASCII = /[^\x00-\x7f]/;

function asciiSlice(buf, start, end) {
  if (end <= start) return "";
  let bytes = view(buf, start, end);
  const n = bytes.length;
  // The regex scans natively; the byte loop runs only when it must.
  if (n > 64) {
    const text = codesToString(bytes, n);
    if (!NON_ASCII.test(text)) return text;
  }
  let i = 0;
  while (i < n && bytes[i] < 0x80) i++;
  if (i < n) {
    bytes = u8Slice.call(bytes);
    for (; i < n; i++) bytes[i] &= 0x7f;
  }
  return codesToString(bytes, n);
}

function ucs2Slice(buf, start, end) {
  const count = (end - start) >> 1;
  if (count <= 0) return "";
  const offset = buf.byteOffset + start;
  let units;
  if (littleEndian && (offset & 1) === 0) {
    units = new Uint16Array(buf.buffer, offset, count);
  } else {
    units = new Uint16Array(count);
    for (let i = 0, j = start; i < count; i++, j += 2) units[i] = buf[j] | (buf[j + 1] << 8);
  }
  if (count <= CHUNK) return fromCharCode.apply(null, units);
  const parts = [];
  for (let i = 0; i < count; i += CHUNK) {
    parts.push(fromCharCode.apply(null, u8Subarray.call(units, i, i + CHUNK < count ? i + CHUNK : count)));
  }
  return parts.join("");
}

// Two bytes (as one host-order 16-bit unit) -> four hex digits, built on
// first use: big buffers take half as many loop turns, and loop turns are
// what costs in Boa.
let hexQuads;
function buildHexQuads() {
  const quads = new Array(65536);
  const lo = littleEndian ? (i) => i & 255 : (i) => i >> 8;
  const hi = littleEndian ? (i) => i >> 8 : (i) => i & 255;
  for (let i = 0; i < 65536; i++) quads[i] = HEX_PAIRS[lo(i)] + HEX_PAIRS[hi(i)];
  return quads;
}

function hexSlice(buf, start, end) {
  const n = end - start;
  if (n <= 0) return "";
  let bytes = view(buf, start, end);
  if (n >= 4096) {
    const quads = hexQuads ??= buildHexQuads();
    if ((bytes.byteOffset & 1) !== 0) bytes = u8Slice.call(bytes);
    const count = n >> 1;
    const units = new Uint16Array(bytes.buffer, bytes.byteOffset, count);
    const parts = new Array(count + (n & 1));
    for (let i = 0; i < count; i++) parts[i] = quads[units[i]];
    if (n & 1) parts[count] = HEX_PAIRS[bytes[n - 1]];
    return parts.join("");
  }
  const parts = new Array(n);
  for (let i = 0; i < n; i++) parts[i] = HEX_PAIRS[bytes[i]];
  return parts.join("");
}

function base64SliceWith(buf, start, end, url) {
  const n = end - start;
  if (n <= 0) return "";
  const chars = url ? BASE64URL_CHARS : BASE64_CHARS;
  let pairs;
  if (url) pairs = base64UrlPairs ??= pairsFor(chars);
  else pairs = base64Pairs ??= pairsFor(chars);
  const bytes = view(buf, start, end);
  const parts = new Array(Math.ceil(n / 3) * 2);
  let p = 0;
  let i = 0;
  for (; i + 3 <= n; i += 3) {
    const bits = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    parts[p++] = pairs[bits >> 12];
    parts[p++] = pairs[bits & 0xfff];
  }
  const rest = n - i;
  if (rest === 1) {
    const bits = bytes[i] << 4;
    parts[p++] = pairs[bits];
    if (!url) parts[p++] = "==";
  } else if (rest === 2) {
    const bits = (bytes[i] << 10) | (bytes[i + 1] << 2);
    parts[p++] = pairs[bits >> 6];
    parts[p++] = url ? chars[bits & 63] : `${chars[bits & 63]}=`;
  }
  if (p < parts.length) parts.length = p;
  return parts.join("");
}

function base64Slice(buf, start, end) {
  return base64SliceWith(buf, start, end, false);
}

function base64urlSlice(buf, start, end) {
  return base64SliceWith(buf, start, end, true);
}

function utf8Slice(buf, start, end) {
  if (end <= start) return "";
  return utf8Decode(view(buf, start, end));
}

// ---- string -> bytes -------------------------------------------------------
// Each writer puts at most `max` bytes of `string` at buf[offset...] and
// returns how many it wrote.

function utf8Write(buf, string, offset, max) {
  const bytes = utf8Encode(string);
  let n = bytes.length;
  if (n > max) {
    // Only whole characters: back up to the start of the one that is cut.
    n = max;
    while (n > 0 && (bytes[n] & 0xc0) === 0x80) n--;
  }
  if (n > 0) u8Set.call(buf, n === bytes.length ? bytes : u8Subarray.call(bytes, 0, n), offset);
  return n;
}

function latin1Write(buf, string, offset, max) {
  const n = string.length < max ? string.length : max;
  if (n > 64 && !NON_ASCII.test(string)) {
    // ASCII: its UTF-8 bytes are its Latin-1 bytes, and the encoder is native.
    const bytes = utf8Encode(string);
    u8Set.call(buf, n === bytes.length ? bytes : u8Subarray.call(bytes, 0, n), offset);
    return n;
  }
  for (let i = 0; i < n; i++) buf[offset + i] = string.charCodeAt(i);
  return n;
}

function ucs2Write(buf, string, offset, max) {
  const room = max >> 1;
  const n = string.length < room ? string.length : room;
  for (let i = 0, j = offset; i < n; i++, j += 2) {
    const c = string.charCodeAt(i);
    buf[j] = c;
    buf[j + 1] = c >>> 8;
  }
  return n * 2;
}

// Two ASCII hex digits (as one host-order 16-bit unit of their bytes) ->
// the byte, or -1; built on first use.
let unhexPairs;
function buildUnhexPairs() {
  const table = new Int16Array(65536).fill(-1);
  for (let a = 0; a < 256; a++) {
    if (UNHEX[a] < 0) continue;
    for (let b = 0; b < 256; b++) {
      if (UNHEX[b] < 0) continue;
      table[littleEndian ? a | (b << 8) : (a << 8) | b] = (UNHEX[a] << 4) | UNHEX[b];
    }
  }
  return table;
}

function hexWrite(buf, string, offset, max) {
  const len = string.length;
  let i = 0;
  if (len >= 512 && !NON_ASCII.test(string)) {
    // ASCII: decode the native UTF-8 bytes a pair at a time.
    const table = unhexPairs ??= buildUnhexPairs();
    const pairs = new Uint16Array(utf8Encode(string).buffer, 0, len >> 1);
    const n = pairs.length < max ? pairs.length : max;
    for (; i < n; i++) {
      const v = table[pairs[i]];
      if (v < 0) break;
      buf[offset + i] = v;
    }
    return i;
  }
  for (; i < max && i * 2 + 1 < len; i++) {
    const a = UNHEX[string.charCodeAt(i * 2) & 0xff];
    const b = UNHEX[string.charCodeAt(i * 2 + 1) & 0xff];
    if (a < 0 || b < 0) break;
    buf[offset + i] = (a << 4) | b;
  }
  return i;
}

// Node's lenient decoder: characters outside both alphabets are skipped, the
// first '=' ends the data, a lone trailing character is dropped.
function base64Write(buf, string, offset, max) {
  const len = string.length;
  let k = 0;
  let phase = 0;
  let prev = 0;
  for (let i = 0; i < len && k < max; i++) {
    const c = string.charCodeAt(i) & 0xff;
    const v = UNBASE64[c];
    if (v < 0) {
      if (c === 0x3d) break;
      continue;
    }
    if (phase === 0) {
      phase = 1;
    } else if (phase === 1) {
      buf[offset + k++] = ((prev & 0x3f) << 2) | ((v & 0x30) >> 4);
      phase = 2;
    } else if (phase === 2) {
      buf[offset + k++] = ((prev & 0x0f) << 4) | ((v & 0x3c) >> 2);
      phase = 3;
    } else {
      buf[offset + k++] = ((prev & 0x03) << 6) | v;
      phase = 0;
    }
    prev = v;
  }
  return k;
}

// ---- encodings -------------------------------------------------------------

function utf8ByteLength(string) {
  const n = string.length;
  if (n > 64) return utf8Encode(string).length;
  let bytes = n;
  for (let i = 0; i < n; i++) {
    const c = string.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      bytes += 1;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = string.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 2;
        i++;
      } else {
        bytes += 2;
      }
    } else {
      bytes += 2;
    }
  }
  return bytes;
}

function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  return (bytes * 3) >>> 2;
}

// Node refuses to make a string longer than V8's limit (kStringMaxLength):
// the length each encoding would produce from n bytes. (For UTF-8 Node
// counts decoded characters; the byte count stands in for it here.)
const decodedLength = {
  utf8: (n) => n,
  ascii: (n) => n,
  latin1: (n) => n,
  ucs2: (n) => n >> 1,
  utf16le: (n) => n >> 1,
  hex: (n) => n * 2,
  base64: (n) => Math.ceil(n / 3) * 4,
  base64url: (n) => Math.ceil((n * 4) / 3),
};

function checkStringLength(encoding, bytes) {
  if (bytes > kStringMaxLength && decodedLength[encoding](bytes) > kStringMaxLength) throw stringTooLong();
}

// `unit` is 2 for UTF-16 searches (matches only at even offsets).
const encodingOps = {
  utf8: { encoding: "utf8", unit: 1, byteLength: utf8ByteLength, write: utf8Write, slice: utf8Slice },
  ucs2: { encoding: "ucs2", unit: 2, byteLength: (s) => s.length * 2, write: ucs2Write, slice: ucs2Slice },
  utf16le: { encoding: "utf16le", unit: 2, byteLength: (s) => s.length * 2, write: ucs2Write, slice: ucs2Slice },
  latin1: { encoding: "latin1", unit: 1, byteLength: (s) => s.length, write: latin1Write, slice: latin1Slice },
  ascii: { encoding: "ascii", unit: 1, byteLength: (s) => s.length, write: latin1Write, slice: asciiSlice },
  base64: {
    encoding: "base64", unit: 1, byteLength: (s) => base64ByteLength(s, s.length), write: base64Write, slice: base64Slice,
  },
  base64url: {
    encoding: "base64url", unit: 1, byteLength: (s) => base64ByteLength(s, s.length), write: base64Write,
    slice: base64urlSlice,
  },
  hex: { encoding: "hex", unit: 1, byteLength: (s) => s.length >>> 1, write: hexWrite, slice: hexSlice },
};

function getEncodingOps(encoding) {
  encoding += "";
  switch (encoding.length) {
    case 4:
      if (encoding === "utf8") return encodingOps.utf8;
      if (encoding === "ucs2") return encodingOps.ucs2;
      encoding = encoding.toLowerCase();
      if (encoding === "utf8") return encodingOps.utf8;
      if (encoding === "ucs2") return encodingOps.ucs2;
      break;
    case 5:
      if (encoding === "utf-8") return encodingOps.utf8;
      if (encoding === "ascii") return encodingOps.ascii;
      if (encoding === "ucs-2") return encodingOps.ucs2;
      encoding = encoding.toLowerCase();
      if (encoding === "utf-8") return encodingOps.utf8;
      if (encoding === "ascii") return encodingOps.ascii;
      if (encoding === "ucs-2") return encodingOps.ucs2;
      break;
    case 7:
      if (encoding === "utf16le" || encoding.toLowerCase() === "utf16le") return encodingOps.utf16le;
      break;
    case 8:
      if (encoding === "utf-16le" || encoding.toLowerCase() === "utf-16le") return encodingOps.utf16le;
      break;
    case 6:
      if (encoding === "latin1" || encoding === "binary") return encodingOps.latin1;
      if (encoding === "base64") return encodingOps.base64;
      encoding = encoding.toLowerCase();
      if (encoding === "latin1" || encoding === "binary") return encodingOps.latin1;
      if (encoding === "base64") return encodingOps.base64;
      break;
    case 3:
      if (encoding === "hex" || encoding.toLowerCase() === "hex") return encodingOps.hex;
      break;
    case 9:
      if (encoding === "base64url" || encoding.toLowerCase() === "base64url") return encodingOps.base64url;
      break;
  }
  return undefined;
}

/** Node's `normalizeEncoding`: the canonical name, or undefined. */
export function normalizeEncoding(enc) {
  if (enc == null || enc === "utf8" || enc === "utf-8") return "utf8";
  switch (enc.length) {
    case 4:
      if (enc === "UTF8") return "utf8";
      if (enc === "ucs2" || enc === "UCS2") return "utf16le";
      enc = `${enc}`.toLowerCase();
      if (enc === "utf8") return "utf8";
      if (enc === "ucs2") return "utf16le";
      break;
    case 3:
      if (enc === "hex" || enc === "HEX" || `${enc}`.toLowerCase() === "hex") return "hex";
      break;
    case 5:
      if (enc === "ascii") return "ascii";
      if (enc === "ucs-2") return "utf16le";
      if (enc === "UTF-8") return "utf8";
      if (enc === "ASCII") return "ascii";
      if (enc === "UCS-2") return "utf16le";
      enc = `${enc}`.toLowerCase();
      if (enc === "utf-8") return "utf8";
      if (enc === "ascii") return "ascii";
      if (enc === "ucs-2") return "utf16le";
      break;
    case 6:
      if (enc === "base64") return "base64";
      if (enc === "latin1" || enc === "binary") return "latin1";
      if (enc === "BASE64") return "base64";
      if (enc === "LATIN1" || enc === "BINARY") return "latin1";
      enc = `${enc}`.toLowerCase();
      if (enc === "base64") return "base64";
      if (enc === "latin1" || enc === "binary") return "latin1";
      break;
    case 7:
      if (enc === "utf16le" || enc === "UTF16LE" || `${enc}`.toLowerCase() === "utf16le") return "utf16le";
      break;
    case 8:
      if (enc === "utf-16le" || enc === "UTF-16LE" || `${enc}`.toLowerCase() === "utf-16le") return "utf16le";
      break;
    case 9:
      if (enc === "base64url" || enc === "BASE64URL" || `${enc}`.toLowerCase() === "base64url") return "base64url";
      break;
    default:
      if (enc === "") return "utf8";
  }
  return undefined;
}

// ---- FastBuffer and Buffer -------------------------------------------------

class FastBuffer extends Uint8Array {
  // An explicit constructor: the default one spreads arguments through the
  // (user-mutable) array iterator.
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

function createUnsafeBuffer(size) {
  return new FastBuffer(size);
}

let bufferWarningEmitted = false;
let nodeModulesChecks = 0;

// Node warns once (DEP0005) when Buffer() is called from outside node_modules.
function showFlaggedDeprecation() {
  if (bufferWarningEmitted || ++nodeModulesChecks > 10000) return;
  let stack;
  try {
    stack = new Error().stack;
  } catch {
    stack = "";
  }
  if (typeof stack === "string" && stack.includes("node_modules")) return;
  bufferWarningEmitted = true;
  globalThis.process.emitWarning(
    "Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), " +
      "Buffer.allocUnsafe(), or Buffer.from() methods instead.",
    "DeprecationWarning",
    "DEP0005",
  );
}

export function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === "number") {
    if (typeof encodingOrOffset === "string") throw ERR_INVALID_ARG_TYPE("string", "string", arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() {
    return FastBuffer;
  },
});

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === "string") return fromString(value, encodingOrOffset);

  if (typeof value === "object" && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);

    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === "string" || typeof valueOf === "object")) {
      return from(valueOf, encodingOrOffset, length);
    }

    const b = fromObject(value);
    if (b) return b;

    if (typeof value[Symbol.toPrimitive] === "function") {
      const primitive = value[Symbol.toPrimitive]("string");
      if (typeof primitive === "string") return fromString(primitive, encodingOrOffset);
    }
  }

  throw ERR_INVALID_ARG_TYPE(
    "first argument",
    ["string", "Buffer", "ArrayBuffer", "Array", "Array-like Object"],
    value,
  );
};

Buffer.copyBytesFrom = function copyBytesFrom(view_, offset, length) {
  if (!isTypedArray(view_)) throw ERR_INVALID_ARG_TYPE("view", ["TypedArray"], view_);
  const viewLength = view_.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, "offset", 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, "length", 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view_ = TypedArrayPrototype.slice.call(view_, offset, end);
  }
  return fromArrayLike(new Uint8Array(view_.buffer, view_.byteOffset, view_.byteLength));
};

Buffer.of = (...items) => {
  const buf = createUnsafeBuffer(items.length);
  for (let k = 0; k < items.length; k++) buf[k] = items[k];
  return buf;
};

Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, "size", 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, "size", 0, kMaxLength);
  return createUnsafeBuffer(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, "size", 0, kMaxLength);
  return createUnsafeBuffer(size);
};

export function SlowBuffer(size) {
  validateNumber(size, "size", 0, kMaxLength);
  return createUnsafeBuffer(size);
}

Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

function fromString(string, encoding) {
  let ops;
  if (!encoding || encoding === "utf8" || typeof encoding !== "string") {
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw ERR_UNKNOWN_ENCODING(encoding);
  }
  if (string.length === 0) return new FastBuffer();
  if (ops === encodingOps.utf8) {
    const bytes = utf8Encode(string);
    return new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.length);
  }
  // Node writes short strings into room for 4 bytes a character, long ones
  // into byteLength(); the decoders never need more.
  const length = string.length < 1024 ? string.length * 4 : ops.byteLength(string);
  const buf = createUnsafeBuffer(length);
  const actual = ops.write(buf, string, 0, length);
  return actual < length ? new FastBuffer(buf.buffer, 0, actual) : buf;
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw ERR_BUFFER_OUT_OF_BOUNDS("offset");
  // V8's words for what the Uint8Array constructor rejects next.
  if (byteOffset < 0) throw new RangeError(`Start offset ${byteOffset} is outside the bounds of the buffer`);
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw ERR_BUFFER_OUT_OF_BOUNDS("length");
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  const buf = new FastBuffer(obj.length);
  u8Set.call(buf, obj, 0);
  return buf;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== "number") return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === "Buffer" && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

// ---- static methods --------------------------------------------------------

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

// memcmp of a[aStart, aEnd) and b[bStart, bEnd), then the shorter is less.
function compareBytes(a, aStart, aEnd, b, bStart, bEnd) {
  const aLen = aEnd - aStart;
  const bLen = bEnd - bStart;
  const n = aLen < bLen ? aLen : bLen;
  for (let i = 0; i < n; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  return aLen > bLen ? 1 : aLen < bLen ? -1 : 0;
}

function _compare(a, b) {
  return compareBytes(a, 0, a.length, b, 0, b.length);
}

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw ERR_INVALID_ARG_TYPE("buf1", ["Buffer", "Uint8Array"], buf1);
  if (!isUint8Array(buf2)) throw ERR_INVALID_ARG_TYPE("buf2", ["Buffer", "Uint8Array"], buf2);
  if (buf1 === buf2) return 0;
  return _compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === "string" && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw ERR_INVALID_ARG_TYPE("list", "Array", list);
  if (list.length === 0) return new FastBuffer();

  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, "length");
  }

  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) throw ERR_INVALID_ARG_TYPE(`list[${i}]`, ["Buffer", "Uint8Array"], list[i]);
    pos += _copyActual(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) u8Fill.call(buffer, 0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== "string") {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw ERR_INVALID_ARG_TYPE("string", ["string", "Buffer", "ArrayBuffer"], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  if (!encoding || encoding === "utf8") return utf8ByteLength(string);
  if (encoding === "ascii") return len;
  const ops = getEncodingOps(encoding);
  if (ops === undefined) return utf8ByteLength(string);
  return ops.byteLength(string);
}

Buffer.byteLength = byteLength;
Buffer.poolSize = 8 * 1024;

// ---- prototype -------------------------------------------------------------

const proto = Buffer.prototype;

Object.defineProperty(proto, "parent", {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(proto, "offset", {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

function _copy(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw ERR_INVALID_ARG_TYPE("source", ["Buffer", "Uint8Array"], source);
  if (!isUint8Array(target)) throw ERR_INVALID_ARG_TYPE("target", ["Buffer", "Uint8Array"], target);

  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw ERR_OUT_OF_RANGE("targetStart", ">= 0", targetStart);
  }

  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw ERR_OUT_OF_RANGE("sourceStart", `>= 0 && <= ${source.length}`, sourceStart);
    }
  }

  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw ERR_OUT_OF_RANGE("sourceEnd", ">= 0", sourceEnd);
  }

  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return _copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

function _copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) sourceEnd = sourceStart + target.length - targetStart;
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (sourceStart !== 0 || sourceEnd < source.length) {
    source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  }
  u8Set.call(target, source, targetStart);
  return nb;
}

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return _copy(this, target, targetStart, sourceStart, sourceEnd);
};

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) {
    checkStringLength("utf8", this.length);
    return utf8Slice(this, 0, this.length);
  }

  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return "";
  else start = Math.trunc(start) || 0;

  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;

  if (end <= start) return "";
  if (encoding === undefined) {
    checkStringLength("utf8", end - start);
    return utf8Slice(this, start, end);
  }

  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw ERR_UNKNOWN_ENCODING(encoding);
  checkStringLength(ops.encoding, end - start);
  return ops.slice(this, start, end);
};

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw ERR_INVALID_ARG_TYPE("otherBuffer", ["Buffer", "Uint8Array"], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || _compare(this, otherBuffer) === 0;
};

// ---- inspect ---------------------------------------------------------------

const customInspectSymbol = Symbol.for("nodejs.util.inspect.custom");
const kMaxKeyScan = 8192;

let inspectMaxBytes = 50;
export let INSPECT_MAX_BYTES = 50;

// Own non-index keys (with symbols), enumerable ones unless `showHidden`.
function ownNonIndexKeys(buf, showHidden) {
  const keys = [];
  const all = buf.length > kMaxKeyScan ? Object.getOwnPropertySymbols(buf) : Reflect.ownKeys(buf);
  const length = buf.length;
  for (const key of all) {
    if (typeof key === "string") {
      const n = Number(key);
      if (`${n}` === key && Number.isInteger(n) && n >= 0 && n < length) continue;
    }
    if (!showHidden && !Object.prototype.propertyIsEnumerable.call(buf, key)) continue;
    keys.push(key);
  }
  return keys;
}

proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = inspectMaxBytes;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  const bytes = view(this, 0, actualMax > 0 ? actualMax : 0);
  const pairs = new Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) pairs[i] = HEX_PAIRS[bytes[i]];
  let str = pairs.join(" ");
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? "s" : ""}`;
  if (ctx) {
    const keys = ownNonIndexKeys(this, ctx.showHidden);
    if (keys.length > 0) {
      const obj = { __proto__: null };
      for (const key of keys) obj[key] = this[key];
      if (this.length !== 0) str += ", ";
      const utilInspect = op_load_builtin("node:util").inspect;
      // '[Object: null prototype] {'.length === 26
      str += utilInspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[customInspectSymbol];

// ---- compare ---------------------------------------------------------------

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw ERR_INVALID_ARG_TYPE("target", ["Buffer", "Uint8Array"], target);
  if (arguments.length === 1) return _compare(this, target);

  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, "targetStart");

  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, "targetEnd", 0, target.length);

  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, "sourceStart");

  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, "sourceEnd", 0, this.length);

  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;

  return compareBytes(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

// ---- indexOf ---------------------------------------------------------------

// C++ IndexOfOffset: where a search starts, or -1 when nothing can match.
function indexOfOffset(length, offset, needleLength, isForward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (isForward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (isForward) return -1;
  return length - 1;
}

// Searches needle[0, needleLength) in haystack[0, haystackLength) at
// positions that are multiples of `unit`, from `start` (a position in units)
// forwards, or backwards from min(start, last). Returns a byte position or -1.
function searchBytes(haystack, haystackLength, needle, needleLength, start, isForward, unit) {
  if (haystackLength < needleLength) return -1;
  const lastUnit = Math.floor((haystackLength - needleLength) / unit);
  const first = needle[0];
  if (isForward) {
    let pos = start * unit;
    const last = lastUnit * unit;
    while (pos <= last) {
      const found = u8IndexOf.call(haystack, first, pos);
      if (found === -1 || found > last) return -1;
      if (found % unit !== 0) {
        pos = found + unit - (found % unit);
        continue;
      }
      let i = 1;
      while (i < needleLength && haystack[found + i] === needle[i]) i++;
      if (i === needleLength) return found;
      pos = found + unit;
    }
    return -1;
  }
  let pos = (start < lastUnit ? start : lastUnit) * unit;
  while (pos >= 0) {
    const found = u8LastIndexOf.call(haystack, first, pos);
    if (found === -1) return -1;
    if (found % unit !== 0) {
      pos = found - (found % unit);
      continue;
    }
    let i = 1;
    while (i < needleLength && haystack[found + i] === needle[i]) i++;
    if (i === needleLength) return found;
    pos = found - unit;
  }
  return -1;
}

// Bytes as a string of the same char codes (one char a byte). ASCII goes
// through the native UTF-8 decoder, anything else through char-code chunks.
function byteString(bytes) {
  const text = utf8Decode(bytes);
  if (text.length === bytes.length && !NON_ASCII.test(text)) return text;
  return codesToString(bytes, bytes.length);
}

const SEARCH_WINDOW = 65536;

// searchBytes for long needles in big haystacks (byte positions, unit 1):
// the engine's native string search over windows of the haystack, instead
// of a JS loop that re-compares long partial matches.
function searchBytesNative(haystack, haystackLength, needle, needleLength, start, isForward) {
  if (haystackLength < needleLength) return -1;
  const needleText = byteString(needle.length === needleLength ? needle : u8Subarray.call(needle, 0, needleLength));
  const last = haystackLength - needleLength;
  const step = SEARCH_WINDOW > needleLength * 4 ? SEARCH_WINDOW : needleLength * 4;
  if (isForward) {
    for (let from = start; from <= last; from += step) {
      const to = Math.min(haystackLength, from + step + needleLength - 1);
      const found = byteString(u8Subarray.call(haystack, from, to)).indexOf(needleText);
      if (found !== -1) return from + found;
    }
    return -1;
  }
  let top = start < last ? start : last;
  while (top >= 0) {
    const from = top - step + 1 > 0 ? top - step + 1 : 0;
    const text = byteString(u8Subarray.call(haystack, from, top + needleLength));
    const found = text.lastIndexOf(needleText);
    if (found !== -1) return from + found;
    top = from - 1;
  }
  return -1;
}

// C++ IndexOfString / IndexOfBuffer once the needle is bytes.
// `haystackLength` is the searched length (rounded down to even for a
// UTF-16 string search); `fullLength` is the haystack's own length, which a
// UTF-16 buffer search reports as its "not found" position, as Node does.
function indexOfBytes(buffer, haystackLength, fullLength, needle, offset, isForward, unit) {
  const needleLength = needle.length;
  const opt = indexOfOffset(haystackLength, offset, needleLength, isForward);
  if (needleLength === 0) return opt;
  if (haystackLength === 0) return -1;
  if (opt <= -1) return -1;
  if ((isForward && needleLength + opt > haystackLength) || needleLength > haystackLength) return -1;
  const haystack = view(buffer, 0, fullLength);
  if (unit === 2) {
    if (haystackLength < 2 || needleLength < 2) return -1;
    const units = needleLength >> 1;
    const found = searchBytes(haystack, haystackLength & ~1, needle, units * 2, opt >> 1, isForward, 2);
    if (found === -1) {
      // Node reports half the haystack length, doubled, as "not found".
      const notFound = (haystackLength >> 1) * 2;
      return notFound === fullLength ? -1 : notFound;
    }
    return found;
  }
  if (needleLength >= 16 && haystackLength >= 4096) {
    return searchBytesNative(haystack, haystackLength, needle, needleLength, opt, isForward);
  }
  return searchBytes(haystack, haystackLength, needle, needleLength, opt, isForward, 1);
}

const hasIsWellFormed = typeof String.prototype.isWellFormed === "function";

function isWellFormed(string) {
  if (hasIsWellFormed) return string.isWellFormed();
  for (let i = 0; i < string.length; i++) {
    const c = string.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = string.charCodeAt(i + 1);
      if (c >= 0xdc00 || !(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
    }
  }
  return true;
}

// UTF-8 that keeps lone surrogates (as ED A0 80 ... ED BF BF).
function wtf8Encode(string) {
  const out = [];
  const n = string.length;
  for (let i = 0; i < n; i++) {
    let c = string.charCodeAt(i);
    if (c < 0x80) {
      out.push(c);
    } else if (c < 0x800) {
      out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    } else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = string.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
          out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
          continue;
        }
      }
      out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    }
  }
  return new Uint8Array(out);
}

function ucs2Bytes(string) {
  const bytes = new Uint8Array(string.length * 2);
  ucs2Write(bytes, string, 0, bytes.length);
  return bytes;
}

function latin1Bytes(string) {
  const bytes = new Uint8Array(string.length);
  latin1Write(bytes, string, 0, bytes.length);
  return bytes;
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (!isArrayBufferView(buffer)) {
    throw ERR_INVALID_ARG_TYPE("buffer", ["Buffer", "TypedArray", "DataView"], buffer);
  }

  if (typeof byteOffset === "string") {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  dir = !!dir;
  byteOffset = Math.trunc(byteOffset) || 0;

  const length = buffer.byteLength;
  if (typeof val === "number") {
    const opt = indexOfOffset(length, byteOffset, 1, dir);
    if (opt <= -1 || length === 0) return -1;
    const haystack = view(buffer, 0, length);
    const byte = (val >>> 0) & 0xff;
    return dir ? u8IndexOf.call(haystack, byte, opt) : u8LastIndexOf.call(haystack, byte, opt);
  }

  let ops;
  if (encoding === undefined) ops = encodingOps.utf8;
  else ops = getEncodingOps(encoding);

  if (typeof val === "string") {
    if (ops === undefined) throw ERR_UNKNOWN_ENCODING(encoding);
    let needle;
    switch (ops.encoding) {
      case "utf8":
        // V8's String::Utf8Value: lone surrogates as their own 3 bytes.
        needle = isWellFormed(val) ? utf8Encode(val) : wtf8Encode(val);
        break;
      case "ucs2":
      case "utf16le":
        return indexOfBytes(buffer, length & ~1, length & ~1, ucs2Bytes(val), byteOffset, dir, 2);
      case "latin1":
        needle = latin1Bytes(val);
        break;
      default:
        needle = fromString(val, ops.encoding);
    }
    return indexOfBytes(buffer, length, length, needle, byteOffset, dir, 1);
  }

  if (isUint8Array(val)) {
    const unit = ops !== undefined && ops.unit === 2 ? 2 : 1;
    return indexOfBytes(buffer, length, length, val, byteOffset, dir, unit);
  }

  throw ERR_INVALID_ARG_TYPE("value", ["number", "string", "Buffer", "Uint8Array"], val);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

// ---- fill ------------------------------------------------------------------

proto.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

function _fill(buf, value, offset, end, encoding) {
  if (typeof value === "string") {
    if (offset === undefined || typeof offset === "string") {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === "string") {
      encoding = end;
      end = buf.length;
    }

    const normalizedEncoding = normalizeEncoding(encoding);
    if (normalizedEncoding === undefined) {
      validateString(encoding, "encoding");
      throw ERR_UNKNOWN_ENCODING(encoding);
    }

    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (normalizedEncoding === "utf8") {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalizedEncoding === "latin1") {
        value = value.charCodeAt(0);
      }
    }
    encoding = normalizedEncoding;
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, "offset");
    if (end === undefined) end = buf.length;
    else validateOffset(end, "end", 0, buf.length);
    if (offset >= end) return buf;
  }

  if (typeof value === "number") {
    const byteLen = buf.byteLength;
    const fillLength = end - offset;
    if (offset > end || fillLength + offset > byteLen) throw ERR_BUFFER_OUT_OF_BOUNDS();
    u8Fill.call(buf, value, offset, end);
  } else {
    const res = bindingFill(buf, value, offset, end, encoding);
    if (res < 0) {
      if (res === -1) throw ERR_INVALID_ARG_VALUE("value", value);
      throw ERR_BUFFER_OUT_OF_BOUNDS();
    }
  }
  return buf;
}

// C++ Fill: writes the pattern once, then doubles it over the range.
function bindingFill(buf, value, start, end, encoding) {
  const fillLength = end - start;
  if (start > end || fillLength + start > buf.byteLength) return -2;
  let written;
  if (isArrayBufferView(value)) {
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    written = bytes.length;
    const n = written < fillLength ? written : fillLength;
    u8Set.call(buf, n === bytes.length ? u8Slice.call(bytes) : u8Subarray.call(bytes, 0, n), start);
  } else if (typeof value !== "string") {
    u8Fill.call(buf, (value >>> 0) & 255, start, end);
    return 0;
  } else if (encoding === "utf8" || encoding === "utf16le") {
    const bytes = encoding === "utf8" ? utf8Encode(value) : ucs2Bytes(value);
    written = bytes.length;
    u8Set.call(buf, written <= fillLength ? bytes : u8Subarray.call(bytes, 0, fillLength), start);
  } else {
    written = getEncodingOps(encoding).write(buf, value, start, fillLength);
  }
  if (written >= fillLength) return 0;
  if (written === 0) return -1;
  let inThere = written;
  while (inThere < fillLength - inThere) {
    u8CopyWithin.call(buf, start + inThere, start, start + inThere);
    inThere *= 2;
  }
  if (inThere < fillLength) u8CopyWithin.call(buf, start + inThere, start, start + fillLength - inThere);
  return 0;
}

// ---- write -----------------------------------------------------------------

// C++ StringWrite: the checks of buf.<encoding>Write(string, offset, length).
function stringWrite(buf, string, offset, length, write) {
  if (typeof string !== "string") throw notAString();
  const len = buf.length;
  offset = parseArrayIndex(offset, 0);
  if (offset > len) throw ERR_BUFFER_OUT_OF_BOUNDS("offset");
  let max = parseArrayIndex(length, len - offset);
  if (max > len - offset) max = len - offset;
  if (max === 0) return 0;
  return write(buf, string, offset, max);
}

proto.write = function write(string, offset, length, encoding) {
  if (offset === undefined) return stringWrite(this, string, 0, this.length, utf8Write);

  if (length === undefined && typeof offset === "string") {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, "offset", 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === "string") {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, "length", 0, this.length);
      if (length > remaining) length = remaining;
    }
  }

  if (!encoding || encoding === "utf8") return stringWrite(this, string, offset, length, utf8Write);
  if (encoding === "ascii") return stringWrite(this, string, offset, length, latin1Write);

  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw ERR_UNKNOWN_ENCODING(encoding);
  return stringWrite(this, string, offset, length, ops.write);
};

proto.toJSON = function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: "Buffer", data };
  }
  return { type: "Buffer", data: [] };
};

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return Number.isNaN(offset) ? 0 : length;
}

proto.subarray = function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};

proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

proto.swap16 = function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw ERR_INVALID_BUFFER_SIZE("16-bits");
  for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
  return this;
};

proto.swap32 = function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw ERR_INVALID_BUFFER_SIZE("32-bits");
  for (let i = 0; i < len; i += 4) {
    swap(this, i, i + 3);
    swap(this, i + 1, i + 2);
  }
  return this;
};

proto.swap64 = function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw ERR_INVALID_BUFFER_SIZE("64-bits");
  for (let i = 0; i < len; i += 8) {
    swap(this, i, i + 7);
    swap(this, i + 1, i + 6);
    swap(this, i + 2, i + 5);
    swap(this, i + 3, i + 4);
  }
  return this;
};

proto.toLocaleString = proto.toString;

// The per-encoding slice/write methods Node exposes (C++ argument rules).
function defineSlice(name, slice, encoding) {
  // Node's C++ methods have length 0.
  proto[name] = {
    [name](...args) {
      let start = args[0];
      let end = args[1];
      const len = this.length;
      if (len === 0) return "";
      start = parseArrayIndex(start, 0);
      end = parseArrayIndex(end, len);
      if (end < start) end = start;
      if (end > len) throw indexOutOfRange();
      checkStringLength(encoding, end - start);
      return slice(this, start, end);
    },
  }[name];
}

function defineWrite(name, write) {
  proto[name] = {
    [name](...args) {
      return stringWrite(this, args[0], args[1], args[2], write);
    },
  }[name];
}

defineSlice("asciiSlice", asciiSlice, "ascii");
defineSlice("base64Slice", base64Slice, "base64");
defineSlice("base64urlSlice", base64urlSlice, "base64url");
defineSlice("latin1Slice", latin1Slice, "latin1");
defineSlice("hexSlice", hexSlice, "hex");
defineSlice("ucs2Slice", ucs2Slice, "ucs2");
defineSlice("utf8Slice", utf8Slice, "utf8");
defineWrite("asciiWrite", latin1Write);
defineWrite("base64Write", base64Write);
defineWrite("base64urlWrite", base64Write);
defineWrite("latin1Write", latin1Write);
defineWrite("hexWrite", hexWrite);
defineWrite("ucs2Write", ucs2Write);
defineWrite("utf8Write", utf8Write);

// ---- numbers: bounds -------------------------------------------------------

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw ERR_OUT_OF_RANGE(type || "offset", "an integer", value);
  }
  if (length < 0) throw ERR_BUFFER_OUT_OF_BOUNDS();
  throw ERR_OUT_OF_RANGE(type || "offset", `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkBounds(buf, offset, byteLength) {
  validateNumber(offset, "offset");
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === "bigint" ? "n" : "";
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and < 2${n} ** ${(byteLength + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw ERR_OUT_OF_RANGE("value", range, value);
  }
  checkBounds(buf, offset, byteLength);
}

// ---- numbers: reads --------------------------------------------------------

// Unsigned n-byte integer at `offset` (n <= 6), after Node's checks.
function readUnsigned(buf, offset, n, le) {
  validateNumber(offset, "offset");
  const first = buf[offset];
  const last = buf[offset + n - 1];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - n);
  let value = 0;
  if (le) {
    for (let i = n - 1; i >= 0; i--) value = value * 256 + buf[offset + i];
  } else {
    for (let i = 0; i < n; i++) value = value * 256 + buf[offset + i];
  }
  return value;
}

function readSigned(buf, offset, n, le) {
  const value = readUnsigned(buf, offset, n, le);
  const limit = 2 ** (8 * n - 1);
  return value >= limit ? value - limit * 2 : value;
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw ERR_INVALID_ARG_TYPE("offset", "number", offset);
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    return readUnsigned(this, offset, byteLength, true);
  }
  boundsError(byteLength, 6, "byteLength");
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw ERR_INVALID_ARG_TYPE("offset", "number", offset);
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    return readUnsigned(this, offset, byteLength, false);
  }
  boundsError(byteLength, 6, "byteLength");
}

function readIntLE(offset, byteLength) {
  if (offset === undefined) throw ERR_INVALID_ARG_TYPE("offset", "number", offset);
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    return readSigned(this, offset, byteLength, true);
  }
  boundsError(byteLength, 6, "byteLength");
}

function readIntBE(offset, byteLength) {
  if (offset === undefined) throw ERR_INVALID_ARG_TYPE("offset", "number", offset);
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    return readSigned(this, offset, byteLength, false);
  }
  boundsError(byteLength, 6, "byteLength");
}

function readUInt8(offset = 0) {
  return readUnsigned(this, offset, 1, true);
}
function readUInt16LE(offset = 0) {
  return readUnsigned(this, offset, 2, true);
}
function readUInt16BE(offset = 0) {
  return readUnsigned(this, offset, 2, false);
}
function readUInt32LE(offset = 0) {
  return readUnsigned(this, offset, 4, true);
}
function readUInt32BE(offset = 0) {
  return readUnsigned(this, offset, 4, false);
}
function readInt8(offset = 0) {
  return readSigned(this, offset, 1, true);
}
function readInt16LE(offset = 0) {
  return readSigned(this, offset, 2, true);
}
function readInt16BE(offset = 0) {
  return readSigned(this, offset, 2, false);
}
function readInt32LE(offset = 0) {
  return readSigned(this, offset, 4, true);
}
function readInt32BE(offset = 0) {
  return readSigned(this, offset, 4, false);
}

function readBig(buf, offset, le, signed) {
  validateNumber(offset, "offset");
  const first = buf[offset];
  const last = buf[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 8);
  let lo;
  let hi;
  if (le) {
    lo = buf[offset] + buf[offset + 1] * 2 ** 8 + buf[offset + 2] * 2 ** 16 + buf[offset + 3] * 2 ** 24;
    hi = buf[offset + 4] + buf[offset + 5] * 2 ** 8 + buf[offset + 6] * 2 ** 16 + buf[offset + 7] * 2 ** 24;
  } else {
    hi = buf[offset] * 2 ** 24 + buf[offset + 1] * 2 ** 16 + buf[offset + 2] * 2 ** 8 + buf[offset + 3];
    lo = buf[offset + 4] * 2 ** 24 + buf[offset + 5] * 2 ** 16 + buf[offset + 6] * 2 ** 8 + buf[offset + 7];
  }
  if (signed) hi |= 0;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

const float32Array = new Float32Array(1);
const uInt8Float32Array = new Uint8Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const uInt8Float64Array = new Uint8Array(float64Array.buffer);

// `le` in the buffer's byte order; the scratch arrays are in the host's.
function readFloat(buf, offset, le) {
  validateNumber(offset, "offset");
  const first = buf[offset];
  const last = buf[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 4);
  const forwards = le === littleEndian;
  for (let i = 0; i < 4; i++) uInt8Float32Array[forwards ? i : 3 - i] = buf[offset + i];
  return float32Array[0];
}

function readDouble(buf, offset, le) {
  validateNumber(offset, "offset");
  const first = buf[offset];
  const last = buf[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 8);
  const forwards = le === littleEndian;
  for (let i = 0; i < 8; i++) uInt8Float64Array[forwards ? i : 7 - i] = buf[offset + i];
  return float64Array[0];
}

// ---- numbers: writes -------------------------------------------------------

// Writes the n-byte integer `value` (n <= 6) after Node's checks; returns
// the offset after it.
function writeInteger(buf, value, offset, min, max, n, le) {
  value = +value;
  if (n === 1) {
    validateNumber(offset, "offset");
    if (value > max || value < min) throw ERR_OUT_OF_RANGE("value", `>= ${min} and <= ${max}`, value);
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
    buf[offset] = value;
    return offset + 1;
  }
  checkInt(value, min, max, buf, offset, n - 1);
  // The low 32 bits through `>>> 8`, the rest from the value / 2 ** 32.
  const high = n > 4 ? Math.floor(value * 2 ** -32) : 0;
  let low = value;
  const lowCount = n < 4 ? n : 4;
  for (let i = 0; i < lowCount; i++) {
    buf[le ? offset + i : offset + n - 1 - i] = low;
    low >>>= 8;
  }
  if (n > 4) {
    buf[le ? offset + 4 : offset + n - 5] = high;
    if (n > 5) buf[le ? offset + 5 : offset] = high >>> 8;
  }
  return offset + n;
}

function writeBig(buf, value, offset, min, max, le) {
  checkInt(value, min, max, buf, offset, 7);
  let lo = Number(value & 0xffffffffn);
  let hi = Number((value >> 32n) & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[le ? offset + i : offset + 7 - i] = lo;
    lo >>= 8;
    buf[le ? offset + 4 + i : offset + 3 - i] = hi;
    hi >>= 8;
  }
  return offset + 8;
}

function writeFloat(buf, val, offset, le) {
  val = +val;
  checkBounds(buf, offset, 3);
  float32Array[0] = val;
  const forwards = le === littleEndian;
  for (let i = 0; i < 4; i++) buf[offset + i] = uInt8Float32Array[forwards ? i : 3 - i];
  return offset + 4;
}

function writeDouble(buf, val, offset, le) {
  val = +val;
  checkBounds(buf, offset, 7);
  float64Array[0] = val;
  const forwards = le === littleEndian;
  for (let i = 0; i < 8; i++) buf[offset + i] = uInt8Float64Array[forwards ? i : 7 - i];
  return offset + 8;
}

const UNSIGNED_MAX = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];
const SIGNED_MAX = [0, 0x7f, 0x7fff, 0x7fffff, 0x7fffffff, 0x7fffffffff, 0x7fffffffffff];

function writeUIntLE(value, offset, byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    return writeInteger(this, value, offset, 0, UNSIGNED_MAX[byteLength], byteLength, true);
  }
  boundsError(byteLength, 6, "byteLength");
}

function writeUIntBE(value, offset, byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    return writeInteger(this, value, offset, 0, UNSIGNED_MAX[byteLength], byteLength, false);
  }
  boundsError(byteLength, 6, "byteLength");
}

function writeIntLE(value, offset, byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    const max = SIGNED_MAX[byteLength];
    return writeInteger(this, value, offset, -max - 1, max, byteLength, true);
  }
  boundsError(byteLength, 6, "byteLength");
}

function writeIntBE(value, offset, byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    const max = SIGNED_MAX[byteLength];
    return writeInteger(this, value, offset, -max - 1, max, byteLength, false);
  }
  boundsError(byteLength, 6, "byteLength");
}

function writeUInt8(value, offset = 0) {
  return writeInteger(this, value, offset, 0, 0xff, 1, true);
}
function writeUInt16LE(value, offset = 0) {
  return writeInteger(this, value, offset, 0, 0xffff, 2, true);
}
function writeUInt16BE(value, offset = 0) {
  return writeInteger(this, value, offset, 0, 0xffff, 2, false);
}
function writeUInt32LE(value, offset = 0) {
  return writeInteger(this, value, offset, 0, 0xffffffff, 4, true);
}
function writeUInt32BE(value, offset = 0) {
  return writeInteger(this, value, offset, 0, 0xffffffff, 4, false);
}
function writeInt8(value, offset = 0) {
  return writeInteger(this, value, offset, -0x80, 0x7f, 1, true);
}
function writeInt16LE(value, offset = 0) {
  return writeInteger(this, value, offset, -0x8000, 0x7fff, 2, true);
}
function writeInt16BE(value, offset = 0) {
  return writeInteger(this, value, offset, -0x8000, 0x7fff, 2, false);
}
function writeInt32LE(value, offset = 0) {
  return writeInteger(this, value, offset, -0x80000000, 0x7fffffff, 4, true);
}
function writeInt32BE(value, offset = 0) {
  return writeInteger(this, value, offset, -0x80000000, 0x7fffffff, 4, false);
}

const methods = {
  readBigUInt64LE(offset = 0) {
    return readBig(this, offset, true, false);
  },
  readBigUInt64BE(offset = 0) {
    return readBig(this, offset, false, false);
  },
  readBigInt64LE(offset = 0) {
    return readBig(this, offset, true, true);
  },
  readBigInt64BE(offset = 0) {
    return readBig(this, offset, false, true);
  },
  writeBigUInt64LE(value, offset = 0) {
    return writeBig(this, value, offset, 0n, 0xffffffffffffffffn, true);
  },
  writeBigUInt64BE(value, offset = 0) {
    return writeBig(this, value, offset, 0n, 0xffffffffffffffffn, false);
  },
  writeBigInt64LE(value, offset = 0) {
    return writeBig(this, value, offset, -0x8000000000000000n, 0x7fffffffffffffffn, true);
  },
  writeBigInt64BE(value, offset = 0) {
    return writeBig(this, value, offset, -0x8000000000000000n, 0x7fffffffffffffffn, false);
  },
};

// Node names these after the host's byte order ("Forwards" reads the
// buffer in host order); on a little-endian host readFloatLE is
// readFloatForwards.
const floatMethods = {
  readFloatForwards(offset = 0) {
    return readFloat(this, offset, littleEndian);
  },
  readFloatBackwards(offset = 0) {
    return readFloat(this, offset, !littleEndian);
  },
  readDoubleForwards(offset = 0) {
    return readDouble(this, offset, littleEndian);
  },
  readDoubleBackwards(offset = 0) {
    return readDouble(this, offset, !littleEndian);
  },
  writeFloatForwards(val, offset = 0) {
    return writeFloat(this, val, offset, littleEndian);
  },
  writeFloatBackwards(val, offset = 0) {
    return writeFloat(this, val, offset, !littleEndian);
  },
  writeDoubleForwards(val, offset = 0) {
    return writeDouble(this, val, offset, littleEndian);
  },
  writeDoubleBackwards(val, offset = 0) {
    return writeDouble(this, val, offset, !littleEndian);
  },
};
const LE = littleEndian ? "Forwards" : "Backwards";
const BE = littleEndian ? "Backwards" : "Forwards";
methods.readFloatLE = floatMethods[`readFloat${LE}`];
methods.readFloatBE = floatMethods[`readFloat${BE}`];
methods.readDoubleLE = floatMethods[`readDouble${LE}`];
methods.readDoubleBE = floatMethods[`readDouble${BE}`];
methods.writeFloatLE = floatMethods[`writeFloat${LE}`];
methods.writeFloatBE = floatMethods[`writeFloat${BE}`];
methods.writeDoubleLE = floatMethods[`writeDouble${LE}`];
methods.writeDoubleBE = floatMethods[`writeDouble${BE}`];

for (const [name, fn] of Object.entries({
  readUIntLE, readUIntBE, readIntLE, readIntBE,
  readUInt8, readUInt16LE, readUInt16BE, readUInt32LE, readUInt32BE,
  readInt8, readInt16LE, readInt16BE, readInt32LE, readInt32BE,
  writeUIntLE, writeUIntBE, writeIntLE, writeIntBE,
  writeUInt8, writeUInt16LE, writeUInt16BE, writeUInt32LE, writeUInt32BE,
  writeInt8, writeInt16LE, writeInt16BE, writeInt32LE, writeInt32BE,
  ...methods,
})) {
  proto[name] = fn;
  // Node's lower-case aliases (readUint8, writeBigUint64LE, ...).
  if (name.includes("UInt")) proto[name.replace("UInt", "Uint")] = fn;
}

// ---- isUtf8, isAscii, transcode --------------------------------------------

const arrayBufferDetached = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "detached")?.get;

function bytesOfInput(input) {
  let buffer;
  if (isTypedArray(input)) buffer = input.buffer;
  else if (isAnyArrayBuffer(input)) buffer = input;
  else throw ERR_INVALID_ARG_TYPE("input", ["ArrayBuffer", "Buffer", "TypedArray"], input);
  if (arrayBufferDetached !== undefined && buffer instanceof ArrayBuffer && arrayBufferDetached.call(buffer)) {
    throw makeNodeError(Error, "ERR_INVALID_STATE", "Cannot validate on a detached buffer");
  }
  return buffer === input ? new Uint8Array(input) : new Uint8Array(buffer, input.byteOffset, input.byteLength);
}

export function isUtf8(input) {
  const bytes = bytesOfInput(input);
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      else if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      else if (b === 0xf4) upper = 0x8f;
    } else return false;
    for (let k = 1; k <= need; k++) {
      const c = i + k < n ? bytes[i + k] : -1;
      if (c < lower || c > upper) return false;
      lower = 0x80;
      upper = 0xbf;
    }
    i += need + 1;
  }
  return true;
}

export function isAscii(input) {
  const bytes = bytesOfInput(input);
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

const TRANSCODE_ENCODINGS = new Set(["ascii", "latin1", "utf16le", "utf8"]);

function transcodeError(name, errno) {
  return genericNodeError(`Unable to transcode Buffer [${name}]`, { code: name, errno });
}

// The ICU conversions Node offers, without ICU: unmappable characters
// become '?', invalid UTF-8 becomes U+FFFD (an error when going to UTF-16),
// unpaired UTF-16 surrogates are an error.
export function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw ERR_INVALID_ARG_TYPE("source", ["Buffer", "Uint8Array"], source);
  if (source.length === 0) return Buffer.alloc(0);
  fromEncoding = normalizeEncoding(fromEncoding) || fromEncoding;
  toEncoding = normalizeEncoding(toEncoding) || toEncoding;
  if (!TRANSCODE_ENCODINGS.has(fromEncoding) || !TRANSCODE_ENCODINGS.has(toEncoding)) {
    throw transcodeError("U_ILLEGAL_ARGUMENT_ERROR", 1);
  }
  let text;
  switch (fromEncoding) {
    case "utf8":
      if (toEncoding === "utf16le" && !isUtf8(source)) throw transcodeError("U_INVALID_CHAR_FOUND", 10);
      text = utf8Slice(source, 0, source.length);
      break;
    case "utf16le":
      if (toEncoding === "utf16le") return Buffer.from(view(source, 0, source.length & ~1));
      text = ucs2Slice(source, 0, source.length);
      if (typeof text.isWellFormed === "function" && !text.isWellFormed()) {
        throw transcodeError("U_INVALID_CHAR_FOUND", 10);
      }
      break;
    case "latin1":
      text = latin1Slice(source, 0, source.length);
      break;
    default: {
      const bytes = u8Slice.call(view(source, 0, source.length));
      const codes = new Array(bytes.length);
      for (let i = 0; i < bytes.length; i++) codes[i] = bytes[i] < 0x80 ? bytes[i] : 0xfffd;
      text = codesToString(codes, codes.length);
    }
  }
  if (toEncoding === "utf8") return fromString(text, "utf8");
  if (toEncoding === "utf16le") return fromString(text, "utf16le");
  const limit = toEncoding === "ascii" ? 0x7f : 0xff;
  const out = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    out.push(c <= limit ? c : 0x3f);
  }
  return fromArrayLike(out);
}

// ---- exports ---------------------------------------------------------------

const exportsObject = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
};

Object.defineProperties(exportsObject, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return inspectMaxBytes;
    },
    set(val) {
      validateNumber(val, "INSPECT_MAX_BYTES", 0);
      inspectMaxBytes = val;
      INSPECT_MAX_BYTES = val;
    },
  },
});

export default exportsObject;
