// The natives of `autorun:internal` that the web globals use, implemented
// with Node's own URL parser and Buffer. This is the contract the Rust ops
// must match.
//
// Set AUTORUN_SHIM_NO_UTF8_OPS=1 to leave the UTF-8 ops out, so that the
// stdlib's pure-JS fallbacks run instead.
import { Buffer, isUtf8 } from "node:buffer";
import { createRequire } from "node:module";
import { types } from "node:util";
// A cycle (errors_more imports this module), harmless: neither calls into
// the other while it loads.
import * as errorsMore from "internal:errors_more";

const require = createRequire(import.meta.url);

const withUtf8 = process.env.AUTORUN_SHIM_NO_UTF8_OPS !== "1";

function parts(u) {
  return [u.href, u.protocol, u.username, u.password, u.hostname, u.port, u.pathname, u.search, u.hash];
}

/** op_url_parse(input, base | undefined) -> null | [href, protocol, username, password, hostname, port, pathname, search, hash] */
export function op_url_parse(input, base) {
  if (typeof input !== "string" || (base !== undefined && typeof base !== "string")) {
    throw new TypeError("op_url_parse: input and base must be strings");
  }
  try {
    return parts(base === undefined ? new URL(input) : new URL(input, base));
  } catch {
    return null;
  }
}

const SETTABLE = new Set(["protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "hash"]);

/** op_url_set(href, component, value) -> the same array after the setter (unchanged when the setter refuses) */
export function op_url_set(href, component, value) {
  if (!SETTABLE.has(component)) throw new TypeError(`op_url_set: unknown component ${component}`);
  const u = new URL(href);
  u[component] = value;
  return parts(u);
}

/** op_utf8_encode(string) -> Uint8Array (lone surrogates as EF BF BD) */
export const op_utf8_encode = withUtf8
  ? (s) => new Uint8Array(Buffer.from(s, "utf8"))
  : undefined;

/**
 * op_utf8_decode(u8, fatal, ignoreBOM) -> string. Honors the view's
 * byteOffset/length; replacement per WHATWG (one U+FFFD per maximal
 * invalid subpart); throws a TypeError when `fatal` and the bytes are not
 * UTF-8; strips one leading BOM unless `ignoreBOM`.
 */
export const op_utf8_decode = withUtf8
  ? (u8, fatal, ignoreBOM) => {
    const buf = Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
    if (fatal && !isUtf8(buf)) throw new TypeError("The encoded data was not valid for encoding utf-8");
    let s = buf.toString("utf8");
    if (!ignoreBOM && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    return s;
  }
  : undefined;

/** op_is_proxy(value) -> true for a Proxy (structuredClone refuses them, as V8 does) */
export function op_is_proxy(value) {
  return types.isProxy(value);
}

/**
 * op_load_builtin(name) -> a built-in module, synchronously (internal:errors
 * loads node:util and internal:errors_more through it). Node's own modules
 * stand in for node:*, so that messages built with util.inspect read exactly
 * as Node's.
 */
export function op_load_builtin(name) {
  if (name === "internal:errors_more") return errorsMore;
  if (!name.startsWith("node:")) throw new Error(`node-shim-web: op_load_builtin(${name}) is not available`);
  return require(name);
}

/**
 * op_array_buffer_detach(buffer) -> undefined; detaches `buffer` (optional:
 * structuredClone's transfer uses it where the engine lacks
 * ArrayBuffer.prototype.transfer, as Boa's lean build does).
 */
export function op_array_buffer_detach(buffer) {
  structuredClone(buffer, { transfer: [buffer] });
}
