// node:url — the WHATWG URL classes plus Node's helpers around them:
// fileURLToPath, pathToFileURL, format, urlToHttpOptions, domainToASCII,
// domainToUnicode.
//
// Not provided: the legacy parser (`url.parse`, `url.resolve`,
// `url.resolveObject`, `Url`). `format` takes a URL (WHATWG variant) or a
// legacy-shaped object; a string is normalised with the WHATWG parser.

import * as ops from "autorun:internal";
import { URL, URLSearchParams } from "internal:url";
import { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, makeNodeError, toStringChecked } from "internal:errors";

const { op_url_set } = ops;

function invalidFileUrlPath(reason) {
  return makeNodeError(TypeError, "ERR_INVALID_FILE_URL_PATH", `File URL path ${reason}`);
}

// ---- helpers ---------------------------------------------------------------

const HEX = [];
for (let i = 0; i < 256; i++) HEX.push(`%${i < 16 ? "0" : ""}${i.toString(16).toUpperCase()}`);

// Percent-encodes the UTF-8 of `s` except for ASCII chars whose `keep` entry
// is 1. A lone surrogate is U+FFFD, or an error when `onLoneSurrogate` throws.
function percentEncode(s, keep, onLoneSurrogate) {
  const n = s.length;
  let parts = null;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 && keep[c] === 1) continue;
    if (parts === null) parts = [];
    if (start < i) parts.push(s.slice(start, i));
    let cp = c;
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (c < 0xdc00 && d >= 0xdc00 && d <= 0xdfff) {
        cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else {
        onLoneSurrogate();
        cp = 0xfffd;
      }
    }
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
    start = i + 1;
  }
  if (parts === null) return s;
  if (start < n) parts.push(s.slice(start));
  return parts.join("");
}

function asciiTable(chars, base = null) {
  const table = base === null ? new Uint8Array(128) : base.slice();
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

const ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

// Bytes pathToFileURL leaves as they are (Node 20): printable ASCII except
// space " # % < > ? [ \ ] ^ ` { | } ~
const PATH_KEEP = asciiTable(`${ALNUM}!$&'()*+,-./:;=@_`);
// querystring.escape keeps these; auth in a legacy format also keeps ':'.
const QS_KEEP = asciiTable(`${ALNUM}!'()*-._~`);
const AUTH_KEEP = asciiTable(":", QS_KEEP);

function ignore() {}

function uriMalformed() {
  throw makeNodeError(URIError, "ERR_INVALID_URI", "URI malformed");
}

// Duck-typed as Node does, so URL objects from anywhere are accepted.
function isURLLike(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined && value.path === undefined);
}

function currentDirectory() {
  const proc = globalThis.process;
  if (proc && typeof proc.cwd === "function") return proc.cwd();
  return "/";
}

// path.posix.resolve(p): absolute, normalised, no trailing slash.
function resolvePosix(p) {
  const full = p.charCodeAt(0) === 0x2f ? p : `${currentDirectory()}/${p}`;
  const out = [];
  let start = 0;
  for (let i = 0; i <= full.length; i++) {
    if (i < full.length && full.charCodeAt(i) !== 0x2f) continue;
    const segment = full.slice(start, i);
    start = i + 1;
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      out.pop();
    } else {
      out.push(segment);
    }
  }
  return `/${out.join("/")}`;
}

// ---- punycode (RFC 3492), decoding only ------------------------------------

const PUNY_BASE = 36;
const PUNY_TMIN = 1;
const PUNY_TMAX = 26;
const PUNY_SKEW = 38;
const PUNY_DAMP = 700;
const PUNY_MAX = 0x7fffffff;

function punyAdapt(delta, points, first) {
  let k = 0;
  delta = first ? Math.floor(delta / PUNY_DAMP) : delta >> 1;
  delta += Math.floor(delta / points);
  while (delta > ((PUNY_BASE - PUNY_TMIN) * PUNY_TMAX) >> 1) {
    delta = Math.floor(delta / (PUNY_BASE - PUNY_TMIN));
    k += PUNY_BASE;
  }
  return k + Math.floor(((PUNY_BASE - PUNY_TMIN + 1) * delta) / (delta + PUNY_SKEW));
}

function punyDigit(c) {
  if (c >= 0x30 && c <= 0x39) return c - 22;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61;
  return PUNY_BASE;
}

// Decodes the part after "xn--"; null when it is not valid punycode.
function punycodeDecode(input) {
  const output = [];
  let basic = input.lastIndexOf("-");
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return null;
    output.push(c);
  }
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldi = i;
    let w = 1;
    for (let k = PUNY_BASE; ; k += PUNY_BASE) {
      if (index >= input.length) return null;
      const digit = punyDigit(input.charCodeAt(index++));
      if (digit >= PUNY_BASE || digit > Math.floor((PUNY_MAX - i) / w)) return null;
      i += digit * w;
      const t = k <= bias ? PUNY_TMIN : k >= bias + PUNY_TMAX ? PUNY_TMAX : k - bias;
      if (digit < t) break;
      if (w > Math.floor(PUNY_MAX / (PUNY_BASE - t))) return null;
      w *= PUNY_BASE - t;
    }
    const count = output.length + 1;
    bias = punyAdapt(i - oldi, count, oldi === 0);
    if (Math.floor(i / count) > PUNY_MAX - n) return null;
    n += Math.floor(i / count);
    i %= count;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    output.splice(i++, 0, n);
  }
  const parts = [];
  for (let j = 0; j < output.length; j++) parts.push(String.fromCodePoint(output[j]));
  return parts.join("");
}

function hostToUnicode(host) {
  const labels = host.split(".");
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label.length > 4 && label.slice(0, 4).toLowerCase() === "xn--") {
      const decoded = punycodeDecode(label.slice(4));
      if (decoded !== null) labels[i] = decoded;
    }
  }
  return labels.join(".");
}

// The hostname setter on `ws://x` (as Node's binding does): "" when refused.
function hostnameViaSetter(domain) {
  const parts = op_url_set("ws://x", "hostname", domain);
  if (parts === null) return "";
  const hostname = parts[4];
  if (hostname === "x" && domain.toLowerCase() !== "x") return "";
  return hostname;
}

// ---- public API ------------------------------------------------------------

export { URL, URLSearchParams };

export function domainToASCII(domain) {
  if (arguments.length < 1) throw ERR_MISSING_ARGS("domain");
  return hostnameViaSetter(toStringChecked(domain));
}

export function domainToUnicode(domain) {
  if (arguments.length < 1) throw ERR_MISSING_ARGS("domain");
  const ascii = hostnameViaSetter(toStringChecked(domain));
  return ascii === "" ? "" : hostToUnicode(ascii);
}

export function fileURLToPath(path, options = undefined) {
  if (typeof path === "string") {
    path = new URL(path);
  } else if (!isURLLike(path)) {
    throw ERR_INVALID_ARG_TYPE("path", ["string", "URL"], path);
  }
  if (path.protocol !== "file:") {
    throw makeNodeError(TypeError, "ERR_INVALID_URL_SCHEME", "The URL must be of scheme file");
  }
  return options?.windows ? pathFromURLWin32(path) : pathFromURLPosix(path);
}

function hasEncoded(pathname, forbidBackslash) {
  for (let i = 0; i < pathname.length; i++) {
    if (pathname.charCodeAt(i) !== 0x25) continue;
    const second = pathname[i + 1];
    const third = pathname.charCodeAt(i + 2) | 0x20;
    if (second === "2" && third === 0x66) return true;
    if (forbidBackslash && second === "5" && third === 0x63) return true;
  }
  return false;
}

// decodeURIComponent with V8's message, which Node users see.
function decodePath(pathname) {
  try {
    return decodeURIComponent(pathname);
  } catch (err) {
    if (err instanceof URIError) throw new URIError("URI malformed");
    throw err;
  }
}

function pathFromURLPosix(url) {
  if (url.hostname !== "") {
    throw makeNodeError(TypeError, "ERR_INVALID_FILE_URL_HOST", 'File URL host must be "localhost" or empty on linux');
  }
  const pathname = url.pathname;
  if (hasEncoded(pathname, false)) throw invalidFileUrlPath("must not include encoded / characters");
  return decodePath(pathname);
}

function pathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (hasEncoded(pathname, true)) throw invalidFileUrlPath("must not include encoded \\ or / characters");
  pathname = decodePath(pathname.replace(/\//g, "\\"));
  if (hostname !== "") return `\\\\${hostToUnicode(hostname)}${pathname}`;
  const letter = pathname.charCodeAt(1) | 0x20;
  if (letter < 0x61 || letter > 0x7a || pathname[2] !== ":") throw invalidFileUrlPath("must be absolute");
  return pathname.slice(1);
}

export function pathToFileURL(filepath, options = undefined) {
  if (typeof filepath !== "string") throw ERR_INVALID_ARG_TYPE("path", "string", filepath);
  let resolved = resolvePosix(filepath);
  // resolve() drops a trailing slash; a directory path keeps it.
  if (filepath.charCodeAt(filepath.length - 1) === 0x2f && !resolved.endsWith("/")) {
    resolved = `${resolved}/`;
  }
  return new URL(`file://${percentEncode(resolved, PATH_KEEP, ignore)}`);
}

export function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === "[" ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ""}${search || ""}`,
    href: url.href,
  };
  if (port !== "") options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

// ---- format ----------------------------------------------------------------

const SLASHED_PROTOCOLS = new Set([
  "http", "http:", "https", "https:", "ftp", "ftp:", "gopher", "gopher:",
  "file", "file:", "ws", "ws:", "wss", "wss:",
]);

function qsValue(v) {
  if (typeof v === "string") return v.length > 0 ? percentEncode(v, QS_KEEP, uriMalformed) : "";
  if (typeof v === "number" && Number.isFinite(v)) {
    return Math.abs(v) < 1e21 ? `${v}` : percentEncode(`${v}`, QS_KEEP, uriMalformed);
  }
  if (typeof v === "bigint") return `${v}`;
  if (typeof v === "boolean") return v ? "true" : "false";
  return "";
}

// querystring.stringify(obj) with the default separators.
function queryStringify(obj) {
  const fields = [];
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const prefix = `${qsValue(key)}=`;
    if (Array.isArray(value)) {
      for (let j = 0; j < value.length; j++) fields.push(`${prefix}${qsValue(value[j])}`);
    } else {
      fields.push(`${prefix}${qsValue(value)}`);
    }
  }
  return fields.join("&");
}

// Url.prototype.format applied to a legacy-shaped object.
function formatLegacy(obj) {
  let auth = obj.auth || "";
  if (auth) auth = `${percentEncode(auth, AUTH_KEEP, uriMalformed)}@`;
  let protocol = obj.protocol || "";
  let pathname = obj.pathname || "";
  let hash = obj.hash || "";
  let host = "";
  let query = "";
  if (obj.host) {
    host = `${auth}${obj.host}`;
  } else if (obj.hostname) {
    const hostname = obj.hostname;
    const bracket = hostname.includes(":") && !(hostname[0] === "[" && hostname[hostname.length - 1] === "]");
    host = `${auth}${bracket ? `[${hostname}]` : hostname}`;
    if (obj.port) host = `${host}:${obj.port}`;
  }
  if (obj.query !== null && typeof obj.query === "object") query = queryStringify(obj.query);
  let search = obj.search || (query && `?${query}`) || "";
  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 0x3a) protocol = `${protocol}:`;
  if (pathname.includes("#") || pathname.includes("?")) {
    pathname = pathname.replace(/[#?]/g, (c) => (c === "#" ? "%23" : "%3F"));
  }
  if (obj.slashes || SLASHED_PROTOCOLS.has(protocol)) {
    if (obj.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 0x2f) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.slice(0, 4) === "file") {
      host = "//";
    }
  }
  if (search.includes("#")) search = search.replace(/#/g, "%23");
  if (hash && hash.charCodeAt(0) !== 0x23) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== 0x3f) search = `?${search}`;
  return `${protocol}${host}${pathname}${search}${hash}`;
}

function formatWhatwg(url, options) {
  let fragment = true;
  let unicode = false;
  let search = true;
  let auth = true;
  if (options) {
    if (typeof options !== "object" || Array.isArray(options)) {
      throw ERR_INVALID_ARG_TYPE("options", "object", options);
    }
    if (options.fragment != null) fragment = Boolean(options.fragment);
    if (options.unicode != null) unicode = Boolean(options.unicode);
    if (options.search != null) search = Boolean(options.search);
    if (options.auth != null) auth = Boolean(options.auth);
  }
  const copy = new URL(url.href);
  if (!fragment) copy.hash = "";
  if (!search) copy.search = "";
  if (!auth) {
    copy.username = "";
    copy.password = "";
  }
  const href = copy.href;
  const hostname = copy.hostname;
  if (!unicode || hostname === "" || !href.startsWith("//", copy.protocol.length)) return href;
  // The host follows the last "@" of the authority (userinfo is percent-encoded).
  const start = copy.protocol.length + 2;
  let end = start;
  while (end < href.length) {
    const c = href.charCodeAt(end);
    if (c === 0x2f || c === 0x3f || c === 0x23) break;
    end++;
  }
  const hostStart = start + href.slice(start, end).lastIndexOf("@") + 1;
  return [href.slice(0, hostStart), hostToUnicode(hostname), href.slice(hostStart + hostname.length)].join("");
}

export function format(urlObject, options = undefined) {
  if (typeof urlObject === "string") {
    const parsed = URL.parse(urlObject);
    return parsed === null ? urlObject : parsed.href;
  }
  if (typeof urlObject !== "object" || urlObject === null) {
    throw ERR_INVALID_ARG_TYPE("urlObject", ["Object", "string"], urlObject);
  }
  if (isURLLike(urlObject)) return formatWhatwg(urlObject, options);
  return formatLegacy(urlObject);
}

export default {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  format,
  pathToFileURL,
  urlToHttpOptions,
};
