// URL and URLSearchParams (WHATWG URL Standard).
//
// Globals: URL, URLSearchParams.
// Internal: isURL(value) (a URL made here).
//
// Parsing and the component setters are native (ops below), wrapped where
// the ops depart from the URL Standard (file: URLs, the pathname setter,
// protocol "file"; see "parsing and setting around the ops"); this file
// holds the objects, the origin, the query list and its
// application/x-www-form-urlencoded parser and serializer.
//
// op_url_parse(input, base?) -> null | [href, protocol, username, password,
//   hostname, port, pathname, search, hash], each as the URL getter of that
//   name returns it.
// op_url_set(href, component, value) -> the same array after running the
//   setter of `component` ("protocol", "username", "password", "host",
//   "hostname", "port", "pathname", "search", "hash") on the parsed href;
//   null (or an unchanged array) when the setter changes nothing.

import * as ops from "autorun:internal";
import { utf8Encode, utf8Decode, toWellFormed } from "internal:encoding";
import {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS, makeNodeError, setStackHeader, toStringChecked,
} from "internal:errors";

const { op_url_parse, op_url_set } = ops;

const HREF = 0;
const PROTOCOL = 1;
const USERNAME = 2;
const PASSWORD = 3;
const HOSTNAME = 4;
const PORT = 5;
const PATHNAME = 6;
const SEARCH = 7;
const HASH = 8;

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

function invalidUrl(input, base) {
  return nativeError(TypeError, "ERR_INVALID_URL", "Invalid URL", base === undefined ? { input } : { input, base });
}

function invalidTuple() {
  return makeNodeError(TypeError, "ERR_INVALID_TUPLE", "Each query pair must be an iterable [name, value] tuple");
}

// ---- helpers ---------------------------------------------------------------

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

// WebIDL USVString: ToString, then lone surrogates become U+FFFD.
function toUSVString(value) {
  return toWellFormed(toStringChecked(value));
}

const inspectCustom = Symbol.for("nodejs.util.inspect.custom");

// Fallback formatting of a string when util.inspect is not handed to us.
function quote(s) {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const escaped = s.replace(/[\\\n\r\t\b\f\v]/g, (c) => JSON.stringify(c).slice(1, -1));
  return `${q}${q === "'" ? escaped.replace(/'/g, "\\'") : escaped}${q}`;
}

// ---- application/x-www-form-urlencoded -------------------------------------

const HEX = [];
for (let i = 0; i < 256; i++) HEX.push(`%${i < 16 ? "0" : ""}${i.toString(16).toUpperCase()}`);

// Bytes kept as-is by the urlencoded serializer: ASCII alphanumerics and *-._
const FORM_SAFE = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) FORM_SAFE[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) FORM_SAFE[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) FORM_SAFE[c] = 1;
for (const c of "*-._") FORM_SAFE[c.charCodeAt(0)] = 1;

function pushUtf8Escaped(parts, cp) {
  if (cp < 0x80) {
    parts.push(HEX[cp]);
  } else if (cp < 0x800) {
    parts.push(HEX[0xc0 | (cp >> 6)], HEX[0x80 | (cp & 0x3f)]);
  } else if (cp < 0x10000) {
    parts.push(HEX[0xe0 | (cp >> 12)], HEX[0x80 | ((cp >> 6) & 0x3f)], HEX[0x80 | (cp & 0x3f)]);
  } else {
    parts.push(HEX[0xf0 | (cp >> 18)], HEX[0x80 | ((cp >> 12) & 0x3f)],
      HEX[0x80 | ((cp >> 6) & 0x3f)], HEX[0x80 | (cp & 0x3f)]);
  }
}

/**
 * UTF-8 percent-encodes `s`: ASCII code units whose `encode[c]` is 1 are
 * escaped, as is everything non-ASCII; a space is `+` with `spaceAsPlus`
 * (the urlencoded serializer). Lone surrogates become U+FFFD.
 */
function percentEncode(s, encode, spaceAsPlus) {
  const n = s.length;
  let parts = null;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 && encode[c] === 0) continue;
    if (parts === null) parts = [];
    if (start < i) parts.push(s.slice(start, i));
    if (c === 0x20 && spaceAsPlus) {
      parts.push("+");
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (c < 0xdc00 && d >= 0xdc00 && d <= 0xdfff) {
        pushUtf8Escaped(parts, 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00));
        i++;
      } else {
        pushUtf8Escaped(parts, 0xfffd);
      }
    } else {
      pushUtf8Escaped(parts, c);
    }
    start = i + 1;
  }
  if (parts === null) return s;
  if (start < n) parts.push(s.slice(start));
  return parts.join("");
}

// The urlencoded byte serializer: everything but the form-safe bytes escaped.
const FORM_ENCODE = FORM_SAFE.map((safe) => (safe === 1 ? 0 : 1));
const formEncode = (s) => percentEncode(s, FORM_ENCODE, true);

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// Reused by formDecodeBytes: the decoded bytes are turned into a string
// before the next call.
let scratch = new Uint8Array(256);

// Percent-decodes the UTF-8 of `raw` ('+' as space) and decodes the result.
function formDecodeBytes(raw) {
  const bytes = utf8Encode(raw);
  const length = bytes.length;
  if (scratch.length < length) scratch = new Uint8Array(Math.max(length, scratch.length * 2));
  const out = scratch;
  let o = 0;
  for (let i = 0; i < length; i++) {
    const b = bytes[i];
    if (b === 0x2b) {
      out[o++] = 0x20;
      continue;
    }
    if (b === 0x25 && i + 2 < length) {
      const h = hexValue(bytes[i + 1]);
      const l = h === -1 ? -1 : hexValue(bytes[i + 2]);
      if (l !== -1) {
        out[o++] = (h << 4) | l;
        i += 2;
        continue;
      }
    }
    out[o++] = b;
  }
  return utf8Decode(out.subarray(0, o));
}

// s[start, end) with '+' as space, percent-decoded, then UTF-8 decoded.
function formDecode(s, start, end) {
  let special = false;
  let ascii = true;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25 || c === 0x2b) special = true;
    else if (c >= 0x80) ascii = false;
  }
  const raw = start === 0 && end === s.length ? s : s.slice(start, end);
  if (!special) return ascii ? raw : toWellFormed(raw);
  if (!ascii) return formDecodeBytes(raw);
  // ASCII text whose escapes stay below 0x80 needs no UTF-8 decoding.
  const parts = [];
  let last = 0;
  const n = raw.length;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x2b) {
      if (last < i) parts.push(raw.slice(last, i));
      parts.push(" ");
      last = i + 1;
    } else if (c === 0x25 && i + 2 < n) {
      const h = hexValue(raw.charCodeAt(i + 1));
      const l = h === -1 ? -1 : hexValue(raw.charCodeAt(i + 2));
      if (l === -1) continue;
      const v = (h << 4) | l;
      if (v >= 0x80) return formDecodeBytes(raw);
      if (last < i) parts.push(raw.slice(last, i));
      parts.push(String.fromCharCode(v));
      i += 2;
      last = i + 1;
    }
  }
  if (last < n) parts.push(raw.slice(last));
  return parts.join("");
}

// Parses a query (without its leading '?') into a flat [name, value, ...] list.
function parseQuery(s) {
  const list = [];
  const n = s.length;
  let start = 0;
  while (start <= n) {
    let end = start;
    let eq = -1;
    for (; end < n; end++) {
      const c = s.charCodeAt(end);
      if (c === 0x26) break;
      if (c === 0x3d && eq === -1) eq = end;
    }
    if (end > start) {
      if (eq === -1) {
        list.push(formDecode(s, start, end), "");
      } else {
        list.push(formDecode(s, start, eq), formDecode(s, eq + 1, end));
      }
    }
    start = end + 1;
  }
  return list;
}

function serializeQuery(list) {
  const parts = new Array(list.length >> 1);
  for (let i = 0, j = 0; i < list.length; i += 2, j++) {
    parts[j] = `${formEncode(list[i])}=${formEncode(list[i + 1])}`;
  }
  return parts.join("&");
}

// ---- URLSearchParams -------------------------------------------------------

let paramsList;
let setParamsList;
let newLinkedParams;
let isParams;
let setUrlQuery;

export class URLSearchParams {
  // Flat list: name, value, name, value, ...
  #list = [];
  // The URL this object is the `searchParams` of, if any.
  #url = null;

  static {
    isParams = (value) => typeof value === "object" && value !== null && #list in value;
    paramsList = (params) => params.#list;
    setParamsList = (params, list) => { params.#list = list; };
    newLinkedParams = (url, query) => {
      const params = new URLSearchParams();
      params.#list = parseQuery(query);
      params.#url = url;
      return params;
    };
  }

  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    if (typeof init === "object" || typeof init === "function") {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && isParams(init)) {
        this.#list = init.#list.slice();
      } else if (method !== undefined && method !== null) {
        if (typeof method !== "function") {
          throw makeNodeError(TypeError, "ERR_ARG_NOT_ITERABLE", "Query pairs must be iterable");
        }
        const list = this.#list;
        for (const pair of init) {
          if (Array.isArray(pair)) {
            if (pair.length !== 2) throw invalidTuple();
            list.push(toUSVString(pair[0]), toUSVString(pair[1]));
            continue;
          }
          if ((typeof pair !== "object" && typeof pair !== "function") || pair === null ||
              typeof pair[Symbol.iterator] !== "function") {
            throw invalidTuple();
          }
          let length = 0;
          for (const element of pair) {
            length++;
            list.push(toUSVString(element));
          }
          if (length !== 2) throw invalidTuple();
        }
      } else {
        // record<USVString, USVString>
        const list = this.#list;
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          const at = seen.get(name);
          if (at !== undefined) {
            list[at + 1] = value;
          } else {
            seen.set(name, list.length);
            list.push(name, value);
          }
        }
      }
      return;
    }
    const query = toUSVString(init);
    this.#list = parseQuery(query.charCodeAt(0) === 0x3f ? query.slice(1) : query);
  }

  #update() {
    if (this.#url !== null) setUrlQuery(this.#url, serializeQuery(this.#list));
  }

  get size() {
    if (!isParams(this)) throw ERR_INVALID_THIS("URLSearchParams");
    return this.#list.length >> 1;
  }

  append(name, value) {
    if (!isParams(this)) throw ERR_INVALID_THIS("URLSearchParams");
    if (arguments.length < 2) throw ERR_MISSING_ARGS("name", "value");
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    if (!isParams(this)) throw ERR_INVALID_THIS("URLSearchParams");
    if (arguments.length < 1) throw ERR_MISSING_ARGS("name");
    name = toUSVString(name);
    const list = this.#list;
    const kept = [];
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] !== name || list[i + 1] !== value) kept.push(list[i], list[i + 1]);
      }
    } else {
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] !== name) kept.push(list[i], list[i + 1]);
      }
    }
    // In place, so that live iterators see the removal.
    list.length = 0;
    for (let i = 0; i < kept.length; i++) list.push(kept[i]);
    this.#update();
  }

  get(name) {
    if (!isParams(this)) throw ERR_INVALID_THIS("URLSearchParams");
    if (arguments.length < 1) throw ERR_MISSING_ARGS("name");
    name = toUSVString(name);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    if (!isParams(this)) throw ERR_INVALID_THIS("URLSearchParams");
    if (arguments.length < 1) throw ERR_MISSING_ARGS("name");
    name = toUSVString(name);
    const list = this.#list;
    const values = [];
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) values.push(list[i + 1]);
    }
    return values;
  }

  has(name, value = undefined) {
    if (!isParams(this)) throw ERR_INVALID_THIS("URLSearchParams");
    if (arguments.length < 1) throw ERR_MISSING_ARGS("name");
    name = toUSVString(name);
    const list = this.#list;
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] === name && list[i + 1] === value) return true;
      }
      return false;
    }
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return true;
    }
    return false;
  }

  set(name, value) {
    if (!isParams(this)) throw ERR_INVALID_THIS("URLSearchParams");
    if (arguments.length < 2) throw ERR_MISSING_ARGS("name", "value");
    name = toUSVString(name);
    value = toUSVString(value);
    const list = this.#list;
    let found = false;
    const kept = [];
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] !== name) {
        kept.push(list[i], list[i + 1]);
      } else if (!found) {
        found = true;
        kept.push(name, value);
      }
    }
    if (!found) kept.push(name, value);
    list.length = 0;
    for (let i = 0; i < kept.length; i++) list.push(kept[i]);
    this.#update();
  }

  sort() {
    if (!isParams(this)) throw ERR_INVALID_THIS("URLSearchParams");
    const list = this.#list;
    const pairs = new Array(list.length >> 1);
    for (let i = 0, j = 0; i < list.length; i += 2, j++) pairs[j] = [list[i], list[i + 1], j];
    // By UTF-16 code units, stable (the index breaks ties).
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[2] - b[2]));
    for (let j = 0; j < pairs.length; j++) {
      list[2 * j] = pairs[j][0];
      list[2 * j + 1] = pairs[j][1];
    }
    this.#update();
  }

  entries() {
    if (!isParams(this)) throw ERR_INVALID_THIS("URLSearchParams");
    return createParamsIterator(this, "key+value");
  }

  forEach(callback, thisArg = undefined) {
    if (!isParams(this)) throw ERR_INVALID_THIS("URLSearchParams");
    if (typeof callback !== "function") {
      throw ERR_INVALID_ARG_TYPE("callback", "Function", callback);
    }
    for (let i = 0; i < this.#list.length; i += 2) {
      const list = this.#list;
      callback.call(thisArg, list[i + 1], list[i], this);
    }
  }

  keys() {
    if (!isParams(this)) throw ERR_INVALID_THIS("URLSearchParams");
    return createParamsIterator(this, "key");
  }

  values() {
    if (!isParams(this)) throw ERR_INVALID_THIS("URLSearchParams");
    return createParamsIterator(this, "value");
  }

  toString() {
    if (!isParams(this)) throw ERR_INVALID_THIS("URLSearchParams");
    return serializeQuery(this.#list);
  }

  [inspectCustom](depth, options, inspect) {
    if (typeof depth === "number" && depth < 0) return "[Object]";
    const name = this.constructor?.name ?? "URLSearchParams";
    const show = typeof inspect === "function"
      ? (v) => inspect(v, { ...options, depth: depth == null ? depth : depth - 1 })
      : quote;
    const list = this.#list;
    const items = [];
    for (let i = 0; i < list.length; i += 2) items.push(`${show(list[i])} => ${show(list[i + 1])}`);
    if (items.length === 0) return `${name} {}`;
    const oneLine = items.join(", ");
    const breakLength = options?.breakLength ?? 80;
    if (oneLine.length > breakLength) return `${name} {\n  ${items.join(",\n  ")} }`;
    return `${name} { ${oneLine} }`;
  }
}

exposeInterface(URLSearchParams, "URLSearchParams");
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries,
  writable: true,
  enumerable: false,
  configurable: true,
});

// ---- URLSearchParams Iterator ----------------------------------------------

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

let createParamsIterator;

class URLSearchParamsIterator {
  #params;
  #kind;
  #index = 0;

  static {
    createParamsIterator = (params, kind) => {
      const it = new URLSearchParamsIterator();
      it.#params = params;
      it.#kind = kind;
      return it;
    };
  }

  next() {
    if (typeof this !== "object" || this === null || !(#params in this)) {
      throw ERR_INVALID_THIS("URLSearchParamsIterator");
    }
    const list = paramsList(this.#params);
    const index = this.#index;
    if (index >= list.length) return { value: undefined, done: true };
    this.#index = index + 2;
    const name = list[index];
    const value = list[index + 1];
    if (this.#kind === "key") return { value: name, done: false };
    if (this.#kind === "value") return { value, done: false };
    return { value: [name, value], done: false };
  }

  [inspectCustom](depth, options, inspect) {
    const list = paramsList(this.#params);
    const show = typeof inspect === "function" ? (v) => inspect(v, options) : (v) =>
      (typeof v === "string" ? quote(v) : `[ ${quote(v[0])}, ${quote(v[1])} ]`);
    const items = [];
    for (let i = this.#index; i < list.length; i += 2) {
      const entry = this.#kind === "key" ? list[i] : this.#kind === "value" ? list[i + 1] : [list[i], list[i + 1]];
      items.push(show(entry));
    }
    return items.length === 0 ? "URLSearchParams Iterator {  }" : `URLSearchParams Iterator { ${items.join(", ")} }`;
  }
}

Object.setPrototypeOf(URLSearchParamsIterator.prototype, IteratorPrototype);
// Delete before redefining: in Boa 0.22 a `delete` on an object with symbol
// keys resets the attributes changed earlier on its other properties.
delete URLSearchParamsIterator.prototype.constructor;
exposeInterface(URLSearchParamsIterator, "URLSearchParams Iterator");

// ---- parsing and setting around the ops --------------------------------------
//
// The ops follow the `url` crate, which departs from the URL Standard on
// file: paths (it removes leading empty segments, drops the host before a
// Windows drive letter and misses the "c|" drive letter quirk in some
// states), in the pathname setter (a hostless non-special URL whose path
// starts with an empty segment gets a host) and in the protocol setter (a
// special URL with a host can never become file:). So:
// - a file: URL is parsed here, from the file state on; the ops only parse
//   its host (as "file://HOST/") and encode its query and fragment (after
//   "file:///"), where the path cannot be disturbed;
// - the setters of a file: URL keep its path here and hand the ops the
//   same neutral URLs;
// - the pathname setter computes the path (path start state with a state
//   override) and re-parses the href rebuilt around it, which is stable;
// - special -> "file" in the protocol setter swaps the scheme here.

const SPECIAL_SCHEMES = new Set(["ftp:", "file:", "http:", "https:", "ws:", "wss:"]);

function isAsciiAlpha(c) {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isAsciiAlphanumeric(c) {
  return isAsciiAlpha(c) || (c >= 0x30 && c <= 0x39);
}

// U+0009, U+000A and U+000D are removed from every input and setter value.
function removeTabAndNewline(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x09 || c === 0x0a || c === 0x0d) return s.replace(/[\t\n\r]/g, "");
  }
  return s;
}

// Leading and trailing C0 controls and spaces (the parser's first step).
function trimControlAndSpace(s) {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 0x20) start++;
  while (end > start && s.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

// The scheme the scheme state reads at the start of `s`, lower-cased and
// without its ":"; null when `s` does not start with one.
function leadingScheme(s) {
  if (!isAsciiAlpha(s.charCodeAt(0))) return null;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3a) return s.slice(0, i).toLowerCase();
    if (!isAsciiAlphanumeric(c) && c !== 0x2b && c !== 0x2d && c !== 0x2e) return null;
  }
  return null;
}

function isPathSeparator(c) {
  return c === 0x2f || c === 0x5c;
}

function isWindowsDriveLetter(s) {
  if (s.length !== 2 || !isAsciiAlpha(s.charCodeAt(0))) return false;
  const c = s.charCodeAt(1);
  return c === 0x3a || c === 0x7c;
}

function isNormalizedWindowsDriveLetter(s) {
  return s.length === 2 && isAsciiAlpha(s.charCodeAt(0)) && s.charCodeAt(1) === 0x3a;
}

// "starts with a Windows drive letter", for s[i..].
function startsWithWindowsDriveLetter(s, i) {
  if (s.length - i < 2 || !isWindowsDriveLetter(s.slice(i, i + 2))) return false;
  if (s.length - i === 2) return true;
  const c = s.charCodeAt(i + 2);
  return isPathSeparator(c) || c === 0x3f || c === 0x23;
}

function isSingleDotSegment(s) {
  return s === "." || (s.length === 3 && s.toLowerCase() === "%2e");
}

function isDoubleDotSegment(s) {
  switch (s.length) {
    case 2:
      return s === "..";
    case 4: {
      const lower = s.toLowerCase();
      return lower === ".%2e" || lower === "%2e.";
    }
    case 6:
      return s.toLowerCase() === "%2e%2e";
    default:
      return false;
  }
}

// The path percent-encode set (as Node 20 has it: without "^"), ASCII part.
const PATH_ENCODE = new Uint8Array(128);
for (let c = 0; c <= 0x20; c++) PATH_ENCODE[c] = 1;
for (const c of "\"#<>?`{}\u007f") PATH_ENCODE[c.charCodeAt(0)] = 1;

// UTF-8 percent-encodes `s` with the path percent-encode set.
const encodePathSegment = (s) => percentEncode(s, PATH_ENCODE, false);

// "Shorten url's path".
function shortenPath(path, isFile) {
  if (isFile && path.length === 1 && isNormalizedWindowsDriveLetter(path[0])) return;
  path.pop();
}

/**
 * The path state over s[i..]: appends the segments to `path` and returns
 * where it stopped (a "?" or "#", which only end the path without a state
 * override, or s.length).
 */
function runPathState(s, i, path, special, isFile, override) {
  const n = s.length;
  let start = i;
  for (let j = i; ; j++) {
    const c = j < n ? s.charCodeAt(j) : -1;
    const separator = c === 0x2f || (special && c === 0x5c);
    if (!(c === -1 || separator || (!override && (c === 0x3f || c === 0x23)))) continue;
    let buffer = encodePathSegment(s.slice(start, j));
    if (isDoubleDotSegment(buffer)) {
      shortenPath(path, isFile);
      if (!separator) path.push("");
    } else if (isSingleDotSegment(buffer)) {
      if (!separator) path.push("");
    } else {
      if (isFile && path.length === 0 && isWindowsDriveLetter(buffer)) buffer = `${buffer[0]}:`;
      path.push(buffer);
    }
    if (!separator) return j;
    start = j + 1;
  }
}

function serializePath(path) {
  return path.length === 0 ? "" : `/${path.join("/")}`;
}

// Where the path starts in a URL's href (for an opaque path too).
function pathStartOf(parts) {
  const href = parts[HREF];
  const schemeEnd = parts[PROTOCOL].length;
  if (href.startsWith("//", schemeEnd)) {
    for (let i = schemeEnd + 2; i < href.length; i++) {
      const c = href.charCodeAt(i);
      if (c === 0x2f || c === 0x3f || c === 0x23) return i;
    }
    return href.length;
  }
  // A hostless path that starts with an empty segment is written after "/.".
  return href.startsWith("/.//", schemeEnd) ? schemeEnd + 2 : schemeEnd;
}

// The href after the path: "?query" and "#fragment", each when not null.
function tailOf(parts) {
  return parts[HREF].slice(pathStartOf(parts) + parts[PATHNAME].length);
}

function hasOpaquePath(parts) {
  return parts[HREF].charCodeAt(parts[PROTOCOL].length) !== 0x2f;
}

// The parts of file://HOST PATHNAME TAIL (TAIL already encoded).
function fileParts(host, pathname, tail) {
  const hashAt = tail.indexOf("#");
  const query = hashAt === -1 ? tail : tail.slice(0, hashAt);
  const fragment = hashAt === -1 ? "" : tail.slice(hashAt);
  return [`file://${host}${pathname}${tail}`, "file:", "", "", host, "", pathname,
    query.length > 1 ? query : "", fragment.length > 1 ? fragment : ""];
}

// A file: host (the host parser, then "localhost" is the empty host); null
// when it is not a valid host.
function parseFileHost(buffer) {
  if (buffer === "") return "";
  // Forbidden host code points (":" or "|"), which the ops would read as
  // the drive letter that starts a path.
  if (isWindowsDriveLetter(buffer)) return null;
  const parts = op_url_parse(`file://${buffer}/`, undefined);
  return parts === null ? null : parts[HOSTNAME];
}

// The encoded "?query#fragment" of raw ones (null: absent).
function encodeTail(query, fragment) {
  if (query === null && fragment === null) return "";
  const raw = `file:///${query === null ? "" : `?${query}`}${fragment === null ? "" : `#${fragment}`}`;
  const parts = op_url_parse(raw, undefined);
  return parts === null ? "" : parts[HREF].slice("file:///".length);
}

/**
 * The basic URL parser from the file state on. `s` is the input after
 * "file:" (all of it when it is relative to a file: base), trimmed and
 * without tabs and newlines; `base` the parts of a file: base URL or null.
 */
function parseFile(s, base) {
  const n = s.length;
  let host = "";
  let path = [];
  let query = null;
  let fragment = null;
  // Where the path state starts; -1 when the input has no path.
  let at = 0;
  const c0 = s.charCodeAt(0);
  const basePath = base === null ? null : base[PATHNAME].slice(1).split("/");
  if (isPathSeparator(c0)) {
    if (isPathSeparator(s.charCodeAt(1))) {
      // file host state
      let end = 2;
      while (end < n) {
        const c = s.charCodeAt(end);
        if (isPathSeparator(c) || c === 0x3f || c === 0x23) break;
        end++;
      }
      const buffer = s.slice(2, end);
      if (isWindowsDriveLetter(buffer)) {
        // The buffer is the path's first segment.
        at = 2;
      } else {
        host = parseFileHost(buffer);
        if (host === null) return null;
        // path start state
        at = isPathSeparator(s.charCodeAt(end)) ? end + 1 : end;
      }
    } else {
      // file slash state
      if (base !== null) {
        host = base[HOSTNAME];
        if (!startsWithWindowsDriveLetter(s, 1) && isNormalizedWindowsDriveLetter(basePath[0])) path.push(basePath[0]);
      }
      at = 1;
    }
  } else if (base !== null) {
    host = base[HOSTNAME];
    path = basePath;
    const baseTail = tailOf(base);
    const hashAt = baseTail.indexOf("#");
    const baseQuery = hashAt === -1 ? baseTail : baseTail.slice(0, hashAt);
    query = baseQuery === "" ? null : baseQuery.slice(1);
    if (n === 0 || c0 === 0x3f || c0 === 0x23) {
      at = -1;
    } else {
      query = null;
      if (startsWithWindowsDriveLetter(s, 0)) path = [];
      else shortenPath(path, true);
    }
  }
  let rest = at === -1 ? 0 : runPathState(s, at, path, true, true, false);
  if (s.charCodeAt(rest) === 0x3f) {
    const hashAt = s.indexOf("#", rest + 1);
    query = s.slice(rest + 1, hashAt === -1 ? n : hashAt);
    rest = hashAt === -1 ? n : hashAt;
  }
  if (s.charCodeAt(rest) === 0x23) fragment = s.slice(rest + 1);
  return fileParts(host, serializePath(path), encodeTail(query, fragment));
}

/** The basic URL parser: the parts of `input` against `base` (strings), or null. */
function parseUrl(input, base) {
  let fileBase = null;
  if (base !== undefined) {
    // A base has a scheme; only a file: one is parsed here.
    const b = removeTabAndNewline(trimControlAndSpace(base));
    if (leadingScheme(b) === "file") {
      fileBase = parseFile(b.slice(5), null);
      if (fileBase === null) return null;
    }
  }
  const s = removeTabAndNewline(trimControlAndSpace(input));
  const scheme = leadingScheme(s);
  if (scheme === "file") return parseFile(s.slice(5), fileBase);
  if (scheme === null && fileBase !== null) return parseFile(s, fileBase);
  return op_url_parse(input, base);
}

// The scheme the protocol setter reads from `value` (the scheme start
// state with a state override, on value + ":"), or null.
function setterScheme(value) {
  return leadingScheme(`${removeTabAndNewline(value)}:`);
}

// The pathname setter: "empty the path", then the path start state with a
// state override.
function setterPath(parts, value) {
  const special = SPECIAL_SCHEMES.has(parts[PROTOCOL]);
  const isFile = parts[PROTOCOL] === "file:";
  const s = removeTabAndNewline(value);
  const path = [];
  const c = s.charCodeAt(0);
  if (special) {
    runPathState(s, isPathSeparator(c) ? 1 : 0, path, true, isFile, true);
  } else if (s.length > 0) {
    runPathState(s, c === 0x2f ? 1 : 0, path, false, false, true);
  } else if (!parts[HREF].startsWith("//", parts[PROTOCOL].length)) {
    // A hostless URL keeps one empty segment.
    path.push("");
  }
  return path;
}

// A setter on a file: URL, whose path stays as it is here.
function setFileComponent(parts, component, value) {
  const host = parts[HOSTNAME];
  const pathname = parts[PATHNAME];
  const tail = tailOf(parts);
  switch (component) {
    case "protocol": {
      const scheme = setterScheme(value);
      // To another special scheme, and only with a host.
      if (scheme === null || scheme === "file" || !SPECIAL_SCHEMES.has(`${scheme}:`) || host === "") return null;
      return op_url_parse(`${scheme}://${host}${pathname}${tail}`, undefined);
    }
    case "host":
    case "hostname": {
      // The file host state with a state override.
      const s = removeTabAndNewline(value);
      let end = 0;
      while (end < s.length) {
        const c = s.charCodeAt(end);
        if (isPathSeparator(c) || c === 0x3f || c === 0x23) break;
        end++;
      }
      const newHost = parseFileHost(s.slice(0, end));
      return newHost === null ? null : fileParts(newHost, pathname, tail);
    }
    case "pathname":
      return fileParts(host, serializePath(setterPath(parts, value)), tail);
    case "search":
    case "hash": {
      const changed = op_url_set(`file:///${tail}`, component, value);
      return changed === null ? null : fileParts(host, pathname, changed[HREF].slice("file:///".length));
    }
    default:
      // A file: URL cannot have a username, a password or a port.
      return null;
  }
}

/** A URL's parts after running the setter of `component`, or null when it changes nothing. */
function setUrlComponent(parts, component, value) {
  if (parts[PROTOCOL] === "file:") return setFileComponent(parts, component, value);
  if (component === "pathname") {
    if (hasOpaquePath(parts)) return null;
    const path = setterPath(parts, value);
    const href = parts[HREF];
    const start = pathStartOf(parts);
    const tail = href.slice(start + parts[PATHNAME].length);
    const hasHost = href.startsWith("//", parts[PROTOCOL].length);
    const prefix = hasHost ? href.slice(0, start) : parts[PROTOCOL];
    const dot = !hasHost && path.length > 1 && path[0] === "" ? "/." : "";
    return op_url_parse(`${prefix}${dot}${serializePath(path)}${tail}`, undefined);
  }
  if (component === "protocol" && setterScheme(value) === "file" && SPECIAL_SCHEMES.has(parts[PROTOCOL])) {
    // Refused with credentials or a port; the host and path stay as they are.
    if (parts[USERNAME] !== "" || parts[PASSWORD] !== "" || parts[PORT] !== "") return null;
    return fileParts(parts[HOSTNAME], parts[PATHNAME], tailOf(parts));
  }
  return op_url_set(parts[HREF], component, value);
}

// ---- URL -------------------------------------------------------------------

const kParsed = Symbol("kParsed");

function hostOf(parts) {
  return parts[PORT] === "" ? parts[HOSTNAME] : `${parts[HOSTNAME]}:${parts[PORT]}`;
}

function originOf(parts) {
  switch (parts[PROTOCOL]) {
    case "http:":
    case "https:":
    case "ws:":
    case "wss:":
    case "ftp:":
      return `${parts[PROTOCOL]}//${hostOf(parts)}`;
    case "blob:": {
      const inner = parseUrl(parts[PATHNAME], undefined);
      if (inner !== null && (inner[PROTOCOL] === "http:" || inner[PROTOCOL] === "https:")) {
        return `${inner[PROTOCOL]}//${hostOf(inner)}`;
      }
      return "null";
    }
    default:
      return "null";
  }
}

let isUrlObject;

function notAURL() {
  return new TypeError("Receiver must be an instance of class URL");
}

export class URL {
  #parts;
  #searchParams = null;

  static {
    isUrlObject = (value) => typeof value === "object" && value !== null && #parts in value;
    setUrlQuery = (url, query) => {
      const parts = setUrlComponent(url.#parts, "search", query);
      if (parts !== null) url.#parts = parts;
    };
  }

  constructor(input, base = undefined) {
    if (input === kParsed) {
      this.#parts = base;
      return;
    }
    if (arguments.length === 0) throw ERR_MISSING_ARGS("url");
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const parts = parseUrl(input, base);
    if (parts === null) throw invalidUrl(input, base);
    this.#parts = parts;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS("url");
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const parts = parseUrl(input, base);
    return parts === null ? null : new URL(kParsed, parts);
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS("url");
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    return parseUrl(input, base) !== null;
  }

  #set(component, value) {
    const parts = setUrlComponent(this.#parts, component, toUSVString(value));
    if (parts !== null) this.#parts = parts;
  }

  // The query changed through the URL: the searchParams list follows it.
  #syncSearchParams() {
    if (this.#searchParams !== null) {
      const search = this.#parts[SEARCH];
      setParamsList(this.#searchParams, parseQuery(search === "" ? "" : search.slice(1)));
    }
  }

  toString() {
    if (!isUrlObject(this)) throw notAURL();
    return this.#parts[HREF];
  }

  get href() {
    if (!isUrlObject(this)) throw notAURL();
    return this.#parts[HREF];
  }

  set href(value) {
    if (!isUrlObject(this)) throw notAURL();
    value = toUSVString(value);
    const parts = parseUrl(value, undefined);
    if (parts === null) throw invalidUrl(value, undefined);
    this.#parts = parts;
    this.#syncSearchParams();
  }

  get origin() {
    if (!isUrlObject(this)) throw notAURL();
    return originOf(this.#parts);
  }

  get protocol() {
    if (!isUrlObject(this)) throw notAURL();
    return this.#parts[PROTOCOL];
  }

  set protocol(value) {
    if (!isUrlObject(this)) throw notAURL();
    this.#set("protocol", value);
  }

  get username() {
    if (!isUrlObject(this)) throw notAURL();
    return this.#parts[USERNAME];
  }

  set username(value) {
    if (!isUrlObject(this)) throw notAURL();
    this.#set("username", value);
  }

  get password() {
    if (!isUrlObject(this)) throw notAURL();
    return this.#parts[PASSWORD];
  }

  set password(value) {
    if (!isUrlObject(this)) throw notAURL();
    this.#set("password", value);
  }

  get host() {
    if (!isUrlObject(this)) throw notAURL();
    return hostOf(this.#parts);
  }

  set host(value) {
    if (!isUrlObject(this)) throw notAURL();
    this.#set("host", value);
  }

  get hostname() {
    if (!isUrlObject(this)) throw notAURL();
    return this.#parts[HOSTNAME];
  }

  set hostname(value) {
    if (!isUrlObject(this)) throw notAURL();
    this.#set("hostname", value);
  }

  get port() {
    if (!isUrlObject(this)) throw notAURL();
    return this.#parts[PORT];
  }

  set port(value) {
    if (!isUrlObject(this)) throw notAURL();
    this.#set("port", value);
  }

  get pathname() {
    if (!isUrlObject(this)) throw notAURL();
    return this.#parts[PATHNAME];
  }

  set pathname(value) {
    if (!isUrlObject(this)) throw notAURL();
    this.#set("pathname", value);
  }

  get search() {
    if (!isUrlObject(this)) throw notAURL();
    return this.#parts[SEARCH];
  }

  set search(value) {
    if (!isUrlObject(this)) throw notAURL();
    this.#set("search", value);
    this.#syncSearchParams();
  }

  get searchParams() {
    if (!isUrlObject(this)) throw notAURL();
    if (this.#searchParams === null) {
      const search = this.#parts[SEARCH];
      this.#searchParams = newLinkedParams(this, search === "" ? "" : search.slice(1));
    }
    return this.#searchParams;
  }

  get hash() {
    if (!isUrlObject(this)) throw notAURL();
    return this.#parts[HASH];
  }

  set hash(value) {
    if (!isUrlObject(this)) throw notAURL();
    this.#set("hash", value);
  }

  toJSON() {
    if (!isUrlObject(this)) throw notAURL();
    return this.#parts[HREF];
  }

  [inspectCustom](depth, options, inspect) {
    if (typeof depth === "number" && depth < 0) return this;
    const ctor = typeof this.constructor === "function" ? this.constructor : URL;
    const shown = Object.create({ constructor: ctor });
    shown.href = this.href;
    shown.origin = this.origin;
    shown.protocol = this.protocol;
    shown.username = this.username;
    shown.password = this.password;
    shown.host = this.host;
    shown.hostname = this.hostname;
    shown.port = this.port;
    shown.pathname = this.pathname;
    shown.search = this.search;
    shown.searchParams = this.searchParams;
    shown.hash = this.hash;
    // util.inspect passes itself as the third argument; without it the
    // plain object is shown.
    if (typeof inspect !== "function") return shown;
    return `${ctor.name} ${inspect(shown, options)}`;
  }
}

exposeInterface(URL, "URL");
for (const name of ["parse", "canParse"]) {
  Object.defineProperty(URL, name, { enumerable: true });
}

/** True for URL objects made by this module. */
export function isURL(value) {
  return isUrlObject(value);
}
