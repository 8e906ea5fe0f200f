// node:path/posix — the same object as `require("path").posix`.
import { posix as path } from "node:path";

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
