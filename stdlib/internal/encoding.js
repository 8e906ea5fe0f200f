// TextEncoder, TextDecoder (WHATWG Encoding: utf-8, utf-16le, utf-16be,
// windows-1252 and their labels), atob and btoa.
//
// Globals: TextEncoder, TextDecoder, atob, btoa.
// Internal: utf8Encode(string) -> Uint8Array, utf8Decode(u8) -> string
// (replacement on errors, no BOM stripping) and toWellFormed(string), for
// other stdlib modules.
//
// The UTF-8 natives are used when the host provides them; the pure-JS paths
// below do the same work (and are what runs under a bare engine).

import * as ops from "autorun:internal";
import { DOMException } from "internal:dom_exception";
import {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS, makeNodeError, setStackHeader, toStringChecked,
} from "internal:errors";

const op_utf8_encode = typeof ops.op_utf8_encode === "function" ? ops.op_utf8_encode : null;
const op_utf8_decode = typeof ops.op_utf8_decode === "function" ? ops.op_utf8_decode : null;

// ---- errors ----------------------------------------------------------------

// Node raises this one from C++: a plain error with a `code`, whose name
// line has no "[code]".
function nativeError(Base, code, message, props) {
  const err = new Base(message);
  err.code = code;
  if (props !== undefined) Object.assign(err, props);
  setStackHeader(err);
  return err;
}

function invalidEncodedData(encoding) {
  return nativeError(TypeError, "ERR_ENCODING_INVALID_ENCODED_DATA",
    `The encoded data was not valid for encoding ${encoding}`);
}

function exposeInterface(Class, tag) {
  const proto = Class.prototype;
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === "constructor") continue;
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    desc.enumerable = true;
    Object.defineProperty(proto, key, desc);
  }
  Object.defineProperty(proto, Symbol.toStringTag, {
    value: tag, writable: false, enumerable: false, configurable: true,
  });
}

// ---- string building -------------------------------------------------------

// Arguments per String.fromCharCode.apply: well inside the VM stack.
const CHUNK = 4096;

// Code units (numbers) to a string, in chunks: no `+=`, no huge apply().
function unitsToString(units, length) {
  if (length <= CHUNK) {
    return String.fromCharCode.apply(null, length === units.length ? units : units.slice(0, length));
  }
  const parts = [];
  for (let i = 0; i < length; i += CHUNK) {
    const end = i + CHUNK < length ? i + CHUNK : length;
    parts.push(String.fromCharCode.apply(null, units.slice(i, end)));
  }
  return parts.join("");
}

const hasWellFormed = typeof String.prototype.isWellFormed === "function";

function isWellFormed(s) {
  if (hasWellFormed) return s.isWellFormed();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      if (c >= 0xdc00) return false;
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
    }
  }
  return true;
}

/** `s` with each lone surrogate replaced by U+FFFD (WebIDL USVString). */
export function toWellFormed(s) {
  if (hasWellFormed) return s.toWellFormed();
  if (isWellFormed(s)) return s;
  const units = new Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    units[i] = c;
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = s.charCodeAt(i + 1);
      if (c < 0xdc00 && d >= 0xdc00 && d <= 0xdfff) {
        units[++i] = d;
      } else {
        units[i] = 0xfffd;
      }
    }
  }
  return unitsToString(units, units.length);
}

// ---- UTF-8 -----------------------------------------------------------------

function jsUtf8Encode(s) {
  const out = new Uint8Array(s.length * 3);
  let pos = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      out[pos++] = c;
      continue;
    }
    if (c < 0x800) {
      out[pos++] = 0xc0 | (c >> 6);
      out[pos++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (c < 0xdc00 && d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        out[pos++] = 0xf0 | (c >> 18);
        out[pos++] = 0x80 | ((c >> 12) & 0x3f);
        out[pos++] = 0x80 | ((c >> 6) & 0x3f);
        out[pos++] = 0x80 | (c & 0x3f);
        continue;
      }
      c = 0xfffd;
    }
    out[pos++] = 0xe0 | (c >> 12);
    out[pos++] = 0x80 | ((c >> 6) & 0x3f);
    out[pos++] = 0x80 | (c & 0x3f);
  }
  return pos === out.length ? out : out.slice(0, pos);
}

/** UTF-8 bytes of `s`; lone surrogates become U+FFFD. */
export function utf8Encode(s) {
  return op_utf8_encode !== null ? op_utf8_encode(s) : jsUtf8Encode(s);
}

// Decodes complete UTF-8 in bytes[start, end). Returns null on the first
// error when `fatal`, else replaces each maximal invalid subpart with U+FFFD.
function jsUtf8Decode(bytes, start, end, fatal) {
  const parts = [];
  const units = new Array(Math.min(end - start, CHUNK + 2));
  let u = 0;
  let i = start;
  while (i < end) {
    if (u >= CHUNK) {
      parts.push(unitsToString(units, u));
      u = 0;
    }
    const b = bytes[i];
    if (b < 0x80) {
      units[u++] = b;
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
      if (b === 0xe0) lower = 0xa0;
      else if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
      if (b === 0xf0) lower = 0x90;
      else if (b === 0xf4) upper = 0x8f;
    } else {
      if (fatal) return null;
      units[u++] = 0xfffd;
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = j < end ? bytes[j] : -1;
      if (c < lower || c > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok) {
      if (fatal) return null;
      units[u++] = 0xfffd;
      i = j;
      continue;
    }
    i = j;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units[u++] = 0xd800 | (cp >> 10);
      units[u++] = 0xdc00 | (cp & 0x3ff);
    } else {
      units[u++] = cp;
    }
  }
  if (parts.length === 0) return unitsToString(units, u);
  parts.push(unitsToString(units, u));
  return parts.join("");
}

/** Decodes UTF-8 with replacement, keeping a leading BOM. */
export function utf8Decode(u8) {
  if (op_utf8_decode !== null) return op_utf8_decode(u8, false, true);
  return jsUtf8Decode(u8, 0, u8.length, false);
}

// Length of an incomplete but so-far-valid sequence at the end of
// bytes[0, end): these bytes wait for the next chunk when streaming.
function utf8IncompleteTail(bytes, end) {
  for (let k = 1; k <= 3 && k <= end; k++) {
    const b = bytes[end - k];
    if (b >= 0x80 && b <= 0xbf) continue;
    let need;
    if (b >= 0xc2 && b <= 0xdf) need = 2;
    else if (b >= 0xe0 && b <= 0xef) need = 3;
    else if (b >= 0xf0 && b <= 0xf4) need = 4;
    else return 0;
    if (need <= k) return 0;
    if (k >= 2) {
      const c = bytes[end - k + 1];
      if (b === 0xe0 && c < 0xa0) return 0;
      if (b === 0xed && c > 0x9f) return 0;
      if (b === 0xf0 && c < 0x90) return 0;
      if (b === 0xf4 && c > 0x8f) return 0;
    }
    return k;
  }
  return 0;
}

// ---- UTF-16 ----------------------------------------------------------------

// Decodes bytes[0, end) (even length) as UTF-16; `bigEndian` picks byte order.
function utf16Units(bytes, end, bigEndian) {
  const count = end >> 1;
  const units = new Array(count);
  if (bigEndian) {
    for (let i = 0, j = 0; i < count; i++, j += 2) units[i] = (bytes[j] << 8) | bytes[j + 1];
  } else {
    for (let i = 0, j = 0; i < count; i++, j += 2) units[i] = bytes[j] | (bytes[j + 1] << 8);
  }
  return units;
}

// ---- windows-1252 ----------------------------------------------------------

const WINDOWS_1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

function windows1252Decode(bytes) {
  const n = bytes.length;
  const units = new Array(n);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    units[i] = b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80] : b;
  }
  return unitsToString(units, n);
}

// ---- labels ----------------------------------------------------------------

const LABELS = new Map();
for (const [encoding, labels] of [
  ["utf-8", ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"]],
  ["utf-16be", ["unicodefffe", "utf-16be"]],
  ["utf-16le", ["csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"]],
  ["windows-1252", [
    "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
    "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1",
    "us-ascii", "windows-1252", "x-cp1252",
  ]],
]) {
  for (const label of labels) LABELS.set(label, encoding);
}

function isAsciiWhitespace(c) {
  return c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
}

function trimAsciiWhitespace(s) {
  let start = 0;
  let end = s.length;
  while (start < end && isAsciiWhitespace(s.charCodeAt(start))) start++;
  while (end > start && isAsciiWhitespace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

function asciiLowercase(s) {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

function getEncoding(label) {
  return LABELS.get(asciiLowercase(trimAsciiWhitespace(label)));
}

// ---- buffer sources --------------------------------------------------------

const objectToString = Object.prototype.toString;

// An ArrayBuffer, SharedArrayBuffer or view as a Uint8Array over the same bytes.
function toBytes(input) {
  if (ArrayBuffer.isView(input)) {
    return input instanceof Uint8Array ? input : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  if (typeof input === "object" && input !== null) {
    const tag = objectToString.call(input);
    if (tag === "[object ArrayBuffer]" || tag === "[object SharedArrayBuffer]") return new Uint8Array(input);
  }
  throw nativeError(TypeError, "ERR_INVALID_ARG_TYPE",
    'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
}

function concatBytes(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

const EMPTY = new Uint8Array(0);

// ---- TextEncoder -----------------------------------------------------------

let isEncoder;

export class TextEncoder {
  #brand = true;

  static {
    isEncoder = (value) => typeof value === "object" && value !== null && #brand in value;
  }

  get encoding() {
    if (!isEncoder(this)) throw ERR_INVALID_THIS("TextEncoder");
    return "utf-8";
  }

  encode(input = "") {
    if (!isEncoder(this)) throw ERR_INVALID_THIS("TextEncoder");
    return utf8Encode(toStringChecked(input));
  }

  encodeInto(src, dest) {
    if (!isEncoder(this)) throw ERR_INVALID_THIS("TextEncoder");
    src = toStringChecked(src);
    if (!(dest instanceof Uint8Array)) throw ERR_INVALID_ARG_TYPE("dest", "Uint8Array", dest);
    const room = dest.length;
    if (op_utf8_encode !== null && src.length * 3 <= room) {
      const bytes = op_utf8_encode(src);
      dest.set(bytes, 0);
      return { read: src.length, written: bytes.length };
    }
    const n = src.length;
    let read = 0;
    let written = 0;
    while (read < n) {
      let c = src.charCodeAt(read);
      let units = 1;
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = read + 1 < n ? src.charCodeAt(read + 1) : 0;
        if (c < 0xdc00 && d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          units = 2;
        } else {
          c = 0xfffd;
        }
      }
      if (c < 0x80) {
        if (written + 1 > room) break;
        dest[written++] = c;
      } else if (c < 0x800) {
        if (written + 2 > room) break;
        dest[written++] = 0xc0 | (c >> 6);
        dest[written++] = 0x80 | (c & 0x3f);
      } else if (c < 0x10000) {
        if (written + 3 > room) break;
        dest[written++] = 0xe0 | (c >> 12);
        dest[written++] = 0x80 | ((c >> 6) & 0x3f);
        dest[written++] = 0x80 | (c & 0x3f);
      } else {
        if (written + 4 > room) break;
        dest[written++] = 0xf0 | (c >> 18);
        dest[written++] = 0x80 | ((c >> 12) & 0x3f);
        dest[written++] = 0x80 | ((c >> 6) & 0x3f);
        dest[written++] = 0x80 | (c & 0x3f);
      }
      read += units;
    }
    return { read, written };
  }
}

exposeInterface(TextEncoder, "TextEncoder");

// ---- TextDecoder -----------------------------------------------------------

let isDecoder;

export class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #bomSeen = false;
  #doNotFlush = false;
  // Bytes of an incomplete sequence left over from a streaming call.
  #pending = EMPTY;

  static {
    isDecoder = (value) => typeof value === "object" && value !== null && #encoding in value;
  }

  constructor(label = "utf-8", options = undefined) {
    label = toStringChecked(label);
    if (options !== undefined && options !== null &&
        typeof options !== "object" && typeof options !== "function") {
      throw ERR_INVALID_ARG_TYPE("options", "object", options);
    }
    const encoding = getEncoding(label);
    if (encoding === undefined) {
      throw makeNodeError(RangeError, "ERR_ENCODING_NOT_SUPPORTED", `The "${label}" encoding is not supported`);
    }
    this.#encoding = encoding;
    this.#fatal = !!options?.fatal;
    this.#ignoreBOM = !!options?.ignoreBOM;
  }

  get encoding() {
    if (!isDecoder(this)) throw ERR_INVALID_THIS("TextDecoder");
    return this.#encoding;
  }

  get fatal() {
    if (!isDecoder(this)) throw ERR_INVALID_THIS("TextDecoder");
    return this.#fatal;
  }

  get ignoreBOM() {
    if (!isDecoder(this)) throw ERR_INVALID_THIS("TextDecoder");
    return this.#ignoreBOM;
  }

  decode(input = undefined, options = undefined) {
    if (!isDecoder(this)) throw ERR_INVALID_THIS("TextDecoder");
    let bytes = input === undefined ? EMPTY : toBytes(input);
    const stream = !!options?.stream;
    if (!this.#doNotFlush) {
      this.#pending = EMPTY;
      this.#bomSeen = false;
    }
    this.#doNotFlush = stream;
    if (this.#pending.length > 0) {
      bytes = concatBytes(this.#pending, bytes);
      this.#pending = EMPTY;
    }
    let out;
    try {
      switch (this.#encoding) {
        case "utf-8":
          out = this.#decodeUtf8(bytes, stream);
          break;
        case "utf-16le":
          out = this.#decodeUtf16(bytes, stream, false);
          break;
        case "utf-16be":
          out = this.#decodeUtf16(bytes, stream, true);
          break;
        default:
          out = windows1252Decode(bytes);
          return out;
      }
    } catch (err) {
      this.#pending = EMPTY;
      throw err;
    }
    if (!this.#ignoreBOM && !this.#bomSeen && out.length > 0) {
      this.#bomSeen = true;
      if (out.charCodeAt(0) === 0xfeff) out = out.slice(1);
    }
    return out;
  }

  #decodeUtf8(bytes, stream) {
    let end = bytes.length;
    if (stream) {
      const tail = utf8IncompleteTail(bytes, end);
      if (tail > 0) {
        end -= tail;
        this.#pending = bytes.slice(end);
      }
    }
    if (op_utf8_decode !== null) {
      const view = end === bytes.length ? bytes : bytes.subarray(0, end);
      if (!this.#fatal) return op_utf8_decode(view, false, true);
      try {
        return op_utf8_decode(view, true, true);
      } catch {
        throw invalidEncodedData("utf-8");
      }
    }
    const out = jsUtf8Decode(bytes, 0, end, this.#fatal);
    if (out === null) throw invalidEncodedData("utf-8");
    return out;
  }

  #decodeUtf16(bytes, stream, bigEndian) {
    let end = bytes.length;
    let oddByte = false;
    if (end % 2 === 1) {
      end -= 1;
      oddByte = true;
    }
    let units = utf16Units(bytes, end, bigEndian);
    // A lead surrogate at the end may be completed by the next chunk.
    if (stream && units.length > 0) {
      const last = units[units.length - 1];
      if (last >= 0xd800 && last <= 0xdbff) {
        units.length -= 1;
        end -= 2;
      }
    }
    if (stream && end < bytes.length) this.#pending = bytes.slice(end);
    // At the end of the stream a trailing lead surrogate and an odd byte make one error.
    const last = units.length > 0 ? units[units.length - 1] : 0;
    const danglingLead = last >= 0xd800 && last <= 0xdbff;
    let out = unitsToString(units, units.length);
    if (!isWellFormed(out)) {
      if (this.#fatal) throw invalidEncodedData(this.#encoding);
      out = toWellFormed(out);
    }
    if (oddByte && !stream && !danglingLead) {
      if (this.#fatal) throw invalidEncodedData(this.#encoding);
      out = `${out}\ufffd`;
    }
    return out;
  }
}

exposeInterface(TextDecoder, "TextDecoder");

// ---- atob / btoa -----------------------------------------------------------

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64_VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) BASE64_VALUE[BASE64.charCodeAt(i)] = i;

function invalidCharacter() {
  return new DOMException("Invalid character", "InvalidCharacterError");
}

export function btoa(input) {
  if (arguments.length === 0) throw ERR_MISSING_ARGS("input");
  input = toStringChecked(input);
  const n = input.length;
  const units = new Array(Math.ceil(n / 3) * 4);
  let u = 0;
  for (let i = 0; i < n; i += 3) {
    const a = input.charCodeAt(i);
    const b = i + 1 < n ? input.charCodeAt(i + 1) : 0;
    const c = i + 2 < n ? input.charCodeAt(i + 2) : 0;
    if (a > 0xff || b > 0xff || c > 0xff) throw invalidCharacter();
    units[u++] = BASE64.charCodeAt(a >> 2);
    units[u++] = BASE64.charCodeAt(((a & 3) << 4) | (b >> 4));
    units[u++] = i + 1 < n ? BASE64.charCodeAt(((b & 15) << 2) | (c >> 6)) : 0x3d;
    units[u++] = i + 2 < n ? BASE64.charCodeAt(c & 63) : 0x3d;
  }
  return unitsToString(units, u);
}

// Forgiving-base64 decode (WHATWG Infra), with Node's error messages.
export function atob(input) {
  if (arguments.length === 0) throw ERR_MISSING_ARGS("input");
  input = toStringChecked(input);
  const n = input.length;
  const values = new Array(n);
  let count = 0;
  let equals = 0;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (isAsciiWhitespace(c)) continue;
    if (c === 0x3d) {
      equals++;
      continue;
    }
    const v = c < 128 ? BASE64_VALUE[c] : -1;
    if (v === -1 || equals > 0) throw invalidCharacter();
    values[count++] = v;
  }
  if (equals > 2) throw invalidCharacter();
  if (count % 4 === 1) {
    throw new DOMException("The string to be decoded is not correctly encoded.", "InvalidCharacterError");
  }
  if (equals > 0 && (count + equals) % 4 !== 0) throw invalidCharacter();
  const units = new Array(Math.floor((count * 3) / 4));
  let u = 0;
  let i = 0;
  for (; i + 4 <= count; i += 4) {
    const bits = (values[i] << 18) | (values[i + 1] << 12) | (values[i + 2] << 6) | values[i + 3];
    units[u++] = bits >> 16;
    units[u++] = (bits >> 8) & 0xff;
    units[u++] = bits & 0xff;
  }
  const rest = count - i;
  if (rest === 2) {
    units[u++] = ((values[i] << 2) | (values[i + 1] >> 4)) & 0xff;
  } else if (rest === 3) {
    const bits = (values[i] << 12) | (values[i + 1] << 6) | values[i + 2];
    units[u++] = (bits >> 10) & 0xff;
    units[u++] = (bits >> 2) & 0xff;
  }
  return unitsToString(units, u);
}
