// node:path/win32 — the same object as `require("path").win32`.
import { win32 as path } from "node:path";

export const {
  resolve,
  normalize,
  isAbsolute,
  join,
  relative,
  toNamespacedPath,
  dirname,
  basename,
  extname,
  format,
  parse,
  matchesGlob,
  sep,
  delimiter,
  win32,
  posix,
  _makeLong,
} = path;

export default path;
