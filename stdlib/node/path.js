// node:path — path manipulation with Node's POSIX and Windows rules.
//
// `path.posix` and `path.win32` are two plain objects of functions that never
// use `this` (callers pass them around unbound). Both flavours work on every
// platform; on this one `path` itself is `path.posix`, as in Node on Linux
// and macOS. Windows rules: `\` and `/` both separate, `C:` is a drive
// (`C:\x` absolute, `C:x` relative to that drive's current directory),
// `\\server\share\` is a UNC root, `\\.\` and `\\?\` are device roots.
//
// Strings are scanned with charCodeAt and cut with slice; nothing is built
// character by character (`+=` over characters is quadratic in Boa).
// matchesGlob's matcher lives in internal:minimatch, loaded on first use.

import { op_env_get, op_load_builtin } from "autorun:internal";
import { cwd as currentDirectory } from "internal:cwd";

// internal:errors is loaded only to report a bad argument: most programs
// that use path never need it, and parsing it costs start-up time.
function ERR_INVALID_ARG_TYPE(name, expected, actual) {
  return op_load_builtin("internal:errors").ERR_INVALID_ARG_TYPE(name, expected, actual);
}

const SLASH = 47; // /
const BACKSLASH = 92; // \
const DOT = 46; // .
const COLON = 58; // :

function validateString(value, name) {
  if (typeof value !== "string") throw ERR_INVALID_ARG_TYPE(name, "string", value);
}

const isPosixSep = (code) => code === SLASH;
const isWinSep = (code) => code === SLASH || code === BACKSLASH;
const isDriveLetter = (code) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** `C:...`: a drive letter and a colon at the start. */
function startsWithDrive(path) {
  return path.length >= 2 && path.charCodeAt(1) === COLON && isDriveLetter(path.charCodeAt(0));
}

// ---------------------------------------------------------------------------
// Shared scanning helpers

/**
 * The segments of `path` from `start`, with `.` dropped and `..` cancelling
 * the segment before it, joined by `sep`. A `..` that has nothing left to
 * cancel is kept when `aboveRoot` is true (relative paths) and dropped
 * otherwise (nothing is above a root). Empty segments (doubled or trailing
 * separators) vanish.
 */
function collapse(path, start, aboveRoot, isSep, sep) {
  const kept = [];
  const len = path.length;
  let from = start;
  for (let i = start; i <= len; i++) {
    if (i < len && !isSep(path.charCodeAt(i))) continue;
    const n = i - from;
    if (n === 2 && path.charCodeAt(from) === DOT && path.charCodeAt(from + 1) === DOT) {
      if (kept.length > 0 && kept[kept.length - 1] !== "..") kept.pop();
      else if (aboveRoot) kept.push("..");
    } else if (n > 1 || (n === 1 && path.charCodeAt(from) !== DOT)) {
      kept.push(path.slice(from, i));
    }
    from = i + 1;
  }
  return kept.join(sep);
}

/**
 * The bounds `[begin, end)` of the last component of `path` at or after
 * `start`, ignoring trailing separators. `begin === end` when there is none.
 * When `begin > start`, `path[begin - 1]` is the separator before it.
 */
function lastComponent(path, start, isSep) {
  let end = path.length;
  while (end > start && isSep(path.charCodeAt(end - 1))) end--;
  let begin = end;
  while (begin > start && !isSep(path.charCodeAt(begin - 1))) begin--;
  return [begin, end];
}

/**
 * Where the extension of the component `[begin, end)` starts: its last dot,
 * unless that dot opens the name (`.bashrc`) or the name is `..`; -1 when
 * there is no extension.
 */
function extensionStart(path, begin, end) {
  for (let i = end - 1; i > begin; i--) {
    if (path.charCodeAt(i) !== DOT) continue;
    if (end - begin === 2 && path.charCodeAt(begin) === DOT) return -1; // ".."
    return i;
  }
  return -1;
}

/** basename's result: the component, minus `suffix` when it ends with it. */
function componentWithoutSuffix(path, begin, end, suffix) {
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    // Node's rule: the whole argument equal to the suffix gives "" ...
    if (suffix === path) return "";
    // ... otherwise the suffix goes only if something is left of the name.
    const n = suffix.length;
    const baseLen = end - begin;
    if (baseLen > n) {
      if (path.slice(end - n, end) === suffix) return path.slice(begin, end - n);
    } else if (baseLen < n && suffix.endsWith(path.slice(begin, end))) {
      // Node's quirk: a name that is only the tail of a longer suffix comes
      // back with its trailing separators (and "///" comes back whole).
      return path.slice(begin);
    }
  }
  return path.slice(begin, end);
}

/** Fills base, name, ext and dir of a parse() result whose root ends at `rootEnd`. */
function parseAfterRoot(path, rootEnd, root, isSep) {
  const out = { root, dir: root, base: "", ext: "", name: "" };
  const [begin, end] = lastComponent(path, rootEnd, isSep);
  if (end > begin) {
    out.base = path.slice(begin, end);
    const dot = extensionStart(path, begin, end);
    if (dot === -1) {
      out.name = out.base;
    } else {
      out.name = path.slice(begin, dot);
      out.ext = path.slice(dot, end);
    }
  }
  // The directory is everything before the separator in front of the base,
  // or the root (separator included) when nothing else is left.
  if (begin > rootEnd) out.dir = path.slice(0, begin - 1);
  return out;
}

function formatWith(sep, pathObject) {
  if (pathObject === null || typeof pathObject !== "object" || Array.isArray(pathObject)) {
    throw ERR_INVALID_ARG_TYPE("pathObject", "object", pathObject);
  }
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext;
    const dottedExt = ext ? (ext[0] === "." ? ext : `.${ext}`) : "";
    base = `${pathObject.name || ""}${dottedExt}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

let minimatch = null;

function globMatch(path, pattern, options, windows) {
  validateString(path, "path");
  validateString(pattern, "pattern");
  if (minimatch === null) minimatch = op_load_builtin("internal:minimatch");
  return minimatch.matchesGlob(path, pattern, windows, options);
}

// ---------------------------------------------------------------------------
// Windows roots

/**
 * Matches `\\server\share` at the start of `path` (any mix of separators,
 * one or more between the parts). Returns the server name and where the
 * share starts and ends, or null.
 */
function matchUnc(path) {
  const len = path.length;
  let j = 2;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  if (j === 2 || j === len) return null;
  const serverEnd = j;
  while (j < len && isWinSep(path.charCodeAt(j))) j++;
  if (j === len) return null;
  const shareStart = j;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  return { server: path.slice(2, serverEnd), shareStart, shareEnd: j };
}

/**
 * The root of `path` as resolve() and normalize() see it: `device` is the
 * drive (`C:`), UNC root (`\\server\share`, separators normalised) or device
 * namespace (`\\.` / `\\?`), `end` is where the rest of the path starts, and
 * `absolute` says whether the root ends in a separator. `uncOnly` is true
 * when the path is nothing but a UNC root.
 */
function win32Root(path) {
  const len = path.length;
  const c0 = path.charCodeAt(0);
  const root = { device: "", end: 0, absolute: false, uncOnly: false };
  if (isWinSep(c0)) {
    root.absolute = true;
    if (len > 1 && isWinSep(path.charCodeAt(1))) {
      const unc = matchUnc(path);
      if (unc !== null) {
        if (unc.server === "." || unc.server === "?") {
          // \\.\PHYSICALDRIVE0, \\?\C:\...: the namespace is the device.
          root.device = `\\\\${unc.server}`;
          root.end = 4;
        } else {
          root.device = `\\\\${unc.server}\\${path.slice(unc.shareStart, unc.shareEnd)}`;
          root.end = unc.shareEnd;
          root.uncOnly = unc.shareEnd === len;
        }
      }
    } else {
      root.end = 1;
    }
  } else if (startsWithDrive(path)) {
    root.device = path.slice(0, 2);
    root.end = 2;
    if (len > 2 && isWinSep(path.charCodeAt(2))) {
      root.absolute = true;
      root.end = 3;
    }
  }
  return root;
}

/**
 * Where the root ends for dirname() and parse(): a UNC root includes the
 * separator after the share; a lone UNC root is the whole path. -1: no root.
 */
function win32RootEnd(path) {
  const len = path.length;
  const c0 = path.charCodeAt(0);
  if (isWinSep(c0)) {
    if (len > 1 && isWinSep(path.charCodeAt(1))) {
      const unc = matchUnc(path);
      if (unc !== null) return unc.shareEnd === len ? len : unc.shareEnd + 1;
    }
    return 1;
  }
  if (startsWithDrive(path)) return len > 2 && isWinSep(path.charCodeAt(2)) ? 3 : 2;
  return -1;
}

// DOS device names: `CON:` and friends name a device in any directory.
const RESERVED_NAMES = new Set([
  "CON", "PRN", "AUX", "NUL",
  "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
  "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
  "COM\u00b9", "COM\u00b2", "COM\u00b3", "LPT\u00b9", "LPT\u00b2", "LPT\u00b3",
]);

/** Whether `path.slice(0, colon)` is a reserved device name (as Node, also for colon -1). */
function isReservedName(path, colon) {
  return RESERVED_NAMES.has(path.slice(0, colon).toUpperCase());
}

// ---------------------------------------------------------------------------
// POSIX

export const posix = {
  resolve(...args) {
    const pieces = [];
    let absolute = false;
    // Right to left, stopping at the first absolute path.
    for (let i = args.length - 1; i >= 0 && !absolute; i--) {
      const path = args[i];
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      pieces.push(path);
      absolute = path.charCodeAt(0) === SLASH;
    }
    if (!absolute) {
      const dir = currentDirectory();
      pieces.push(dir);
      absolute = dir.charCodeAt(0) === SLASH;
    }
    const tail = collapse(pieces.reverse().join("/"), 0, !absolute, isPosixSep, "/");
    if (absolute) return `/${tail}`;
    return tail.length > 0 ? tail : ".";
  },

  normalize(path) {
    validateString(path, "path");
    if (path.length === 0) return ".";
    const absolute = path.charCodeAt(0) === SLASH;
    const trailingSep = path.charCodeAt(path.length - 1) === SLASH;
    const tail = collapse(path, 0, !absolute, isPosixSep, "/");
    if (tail.length === 0) {
      if (absolute) return "/";
      return trailingSep ? "./" : ".";
    }
    const withSep = trailingSep ? `${tail}/` : tail;
    return absolute ? `/${withSep}` : withSep;
  },

  isAbsolute(path) {
    validateString(path, "path");
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  join(...args) {
    if (args.length === 0) return ".";
    const parts = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, "path");
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return ".";
    return posix.normalize(parts.join("/"));
  },

  relative(from, to) {
    validateString(from, "from");
    validateString(to, "to");
    if (from === to) return "";
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return "";
    // Both are absolute now; compare them after the leading "/".
    const fromStart = 1;
    const fromEnd = from.length;
    const fromLen = fromEnd - fromStart;
    const toStart = 1;
    const toLen = to.length - toStart;
    const length = fromLen < toLen ? fromLen : toLen;
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const code = from.charCodeAt(fromStart + i);
      if (code !== to.charCodeAt(toStart + i)) break;
      if (code === SLASH) lastCommonSep = i;
    }
    if (i === length) {
      if (toLen > length) {
        // `from` is a directory above `to` (or the root): the rest of `to`.
        if (to.charCodeAt(toStart + i) === SLASH) return to.slice(toStart + i + 1);
        if (i === 0) return to.slice(toStart + i);
      } else if (fromLen > length) {
        // `to` is a directory above `from` (or the root).
        if (from.charCodeAt(fromStart + i) === SLASH) lastCommonSep = i;
        else if (i === 0) lastCommonSep = 0;
      }
    }
    // One ".." per component of `from` after the common part.
    const ups = [];
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === SLASH) ups.push("..");
    }
    return `${ups.join("/")}${to.slice(toStart + lastCommonSep)}`;
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, "path");
    if (path.length === 0) return ".";
    const hasRoot = path.charCodeAt(0) === SLASH;
    const [begin] = lastComponent(path, 1, isPosixSep);
    if (begin <= 1) return hasRoot ? "/" : ".";
    // "//x" keeps both slashes, as Node does.
    if (hasRoot && begin === 2) return "//";
    return path.slice(0, begin - 1);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, "suffix");
    validateString(path, "path");
    const [begin, end] = lastComponent(path, 0, isPosixSep);
    return componentWithoutSuffix(path, begin, end, suffix);
  },

  extname(path) {
    validateString(path, "path");
    const [begin, end] = lastComponent(path, 0, isPosixSep);
    const dot = extensionStart(path, begin, end);
    return dot === -1 ? "" : path.slice(dot, end);
  },

  format(pathObject) {
    return formatWith("/", pathObject);
  },

  parse(path) {
    validateString(path, "path");
    if (path.length === 0) return { root: "", dir: "", base: "", ext: "", name: "" };
    const absolute = path.charCodeAt(0) === SLASH;
    const out = parseAfterRoot(path, absolute ? 1 : 0, absolute ? "/" : "", isPosixSep);
    if (absolute && out.base === ".." && out.dir === "/" && path.charCodeAt(1) === DOT) {
      // Node's quirk: "/.." right after the root parses as name "." + ext ".".
      out.name = ".";
      out.ext = ".";
    }
    return out;
  },

  matchesGlob(path, pattern, options = undefined) {
    return globMatch(path, pattern, options, false);
  },

  sep: "/",
  delimiter: ":",
  win32: null,
  posix: null,
  _makeLong: null,
};

// ---------------------------------------------------------------------------
// Windows

/** The current directory of `device` (a drive), as Windows keeps it in `=C:`. */
function driveDirectory(device) {
  let dir = op_env_get(`=${device}`) || currentDirectory();
  // A directory on another drive does not count: use the drive's root.
  if (
    dir === undefined ||
    (dir.slice(0, 2).toLowerCase() !== device.toLowerCase() && dir.charCodeAt(2) === BACKSLASH)
  ) {
    dir = `${device}\\`;
  }
  return dir;
}

export const win32 = {
  resolve(...args) {
    let device = "";
    let absolute = false;
    const pieces = [];
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (device.length === 0) {
        path = currentDirectory();
        // Just the current directory: it only needs Windows separators.
        if (
          (args.length === 0 || (args.length === 1 && (args[0] === "" || args[0] === "."))) &&
          isWinSep(path.charCodeAt(0))
        ) {
          return path.split("/").join("\\");
        }
      } else {
        path = driveDirectory(device);
      }

      const root = win32Root(path);
      if (root.device.length > 0) {
        if (device.length === 0) {
          device = root.device;
        } else if (root.device.toLowerCase() !== device.toLowerCase()) {
          continue; // another drive or share: not part of this path
        }
      }
      if (absolute) {
        if (device.length > 0) break;
      } else {
        pieces.push(path.slice(root.end));
        absolute = root.absolute;
        if (absolute && device.length > 0) break;
      }
    }
    const tail = collapse(pieces.reverse().join("\\"), 0, !absolute, isWinSep, "\\");
    if (absolute) return `${device}\\${tail}`;
    return `${device}${tail}` || ".";
  },

  normalize(path) {
    validateString(path, "path");
    const len = path.length;
    if (len === 0) return ".";
    if (len === 1) return path.charCodeAt(0) === SLASH ? "\\" : path;
    const root = win32Root(path);
    if (root.uncOnly) return `${root.device}\\`;
    let device = root.device;
    let end = root.end;
    const firstColon = path.indexOf(":");
    if (device.length === 0 && !root.absolute && firstColon > 0 && isReservedName(path, firstColon)) {
      // `CON:` and friends name a device wherever they appear.
      device = path.slice(0, firstColon + 1);
      end = firstColon + 1;
    }
    let tail = end < len ? collapse(path, end, !root.absolute, isWinSep, "\\") : "";
    if (tail.length === 0 && !root.absolute) tail = ".";
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail = `${tail}\\`;

    if (!root.absolute && device.length === 0 && path.includes(":")) {
      // A relative path must not come out looking like a drive ("a/../C:x")
      // nor keep a component that ends in a colon ("ab:/c", read as a
      // device): such results are made explicitly relative with ".\".
      if (startsWithDrive(tail)) return `.\\${tail}`;
      let colon = firstColon;
      while (colon !== -1) {
        if (colon === len - 1 || isWinSep(path.charCodeAt(colon + 1))) return `.\\${tail}`;
        colon = path.indexOf(":", colon + 1);
      }
    }
    // Node checks the text before the first colon, or with no colon the
    // whole path minus its last character ("nul." and "CON\\" qualify, "CON"
    // does not), and keeps such a path explicitly relative.
    if (isReservedName(path, firstColon)) return `.\\${device}${tail}`;
    if (root.absolute) return `${device}\\${tail}`;
    return `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, "path");
    const len = path.length;
    if (len === 0) return false;
    const c0 = path.charCodeAt(0);
    return isWinSep(c0) || (len > 2 && startsWithDrive(path) && isWinSep(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return ".";
    const parts = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, "path");
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return ".";
    let joined = parts.join("\\");

    // Leading separators make a UNC root only when the first part clearly
    // starts one (exactly two separators and then a name): `join('//a', 'b')`
    // is `\\a\b\`, `join('/', '/a')` is `\a`.
    const first = parts[0];
    let squash = true;
    if (isWinSep(first.charCodeAt(0)) && first.length > 2 && isWinSep(first.charCodeAt(1))) {
      squash = isWinSep(first.charCodeAt(2));
    }
    if (squash) {
      let n = 0;
      while (n < joined.length && isWinSep(joined.charCodeAt(n))) n++;
      if (n >= 2) joined = `\\${joined.slice(n)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, "from");
    validateString(to, "to");
    if (from === to) return "";
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return "";
    // Windows paths compare case-insensitively.
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return "";
    if (from.length !== fromOrig.length || to.length !== toOrig.length) {
      // Lower-casing changed the lengths, so positions in `from` are not
      // positions in `fromOrig`: compare component by component instead.
      return relativeByComponents(fromOrig, toOrig);
    }

    // Skip leading separators, and trailing ones (a UNC root keeps one).
    let fromStart = 0;
    while (fromStart < from.length && from.charCodeAt(fromStart) === BACKSLASH) fromStart++;
    let fromEnd = from.length;
    while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === BACKSLASH) fromEnd--;
    const fromLen = fromEnd - fromStart;
    let toStart = 0;
    while (toStart < to.length && to.charCodeAt(toStart) === BACKSLASH) toStart++;
    let toEnd = to.length;
    while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === BACKSLASH) toEnd--;
    const toLen = toEnd - toStart;

    const length = fromLen < toLen ? fromLen : toLen;
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const code = from.charCodeAt(fromStart + i);
      if (code !== to.charCodeAt(toStart + i)) break;
      if (code === BACKSLASH) lastCommonSep = i;
    }
    if (i !== length) {
      // Different before any common separator: different roots.
      if (lastCommonSep === -1) return toOrig;
    } else {
      if (toLen > length) {
        // `from` is a directory above `to`: the rest of `to`.
        if (to.charCodeAt(toStart + i) === BACKSLASH) return toOrig.slice(toStart + i + 1);
        // `from` is a drive root (`C:\`).
        if (i === 2) return toOrig.slice(toStart + i);
      }
      if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === BACKSLASH) lastCommonSep = i;
        else if (i === 2) lastCommonSep = 3;
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }

    const ups = [];
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === BACKSLASH) ups.push("..");
    }
    toStart += lastCommonSep;
    if (ups.length > 0) return `${ups.join("\\")}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === BACKSLASH) ++toStart;
    return toOrig.slice(toStart, toEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== "string" || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    const c0 = resolved.charCodeAt(0);
    if (c0 === BACKSLASH) {
      // A UNC path becomes \\?\UNC\server\share\...; \\.\ and \\?\ stay.
      if (resolved.charCodeAt(1) === BACKSLASH) {
        const c2 = resolved.charCodeAt(2);
        if (c2 !== 63 /* ? */ && c2 !== DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (startsWithDrive(resolved) && resolved.charCodeAt(2) === BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, "path");
    const len = path.length;
    if (len === 0) return ".";
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? path : ".";
    const rootEnd = win32RootEnd(path);
    if (rootEnd === len && len > 2 && isWinSep(path.charCodeAt(1))) return path; // only a UNC root
    const start = rootEnd === -1 ? 0 : rootEnd;
    const [begin] = lastComponent(path, start, isWinSep);
    if (begin > start) return path.slice(0, begin - 1);
    return rootEnd === -1 ? "." : path.slice(0, rootEnd);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, "suffix");
    validateString(path, "path");
    const [begin, end] = lastComponent(path, startsWithDrive(path) ? 2 : 0, isWinSep);
    return componentWithoutSuffix(path, begin, end, suffix);
  },

  extname(path) {
    validateString(path, "path");
    const [begin, end] = lastComponent(path, startsWithDrive(path) ? 2 : 0, isWinSep);
    const dot = extensionStart(path, begin, end);
    return dot === -1 ? "" : path.slice(dot, end);
  },

  format(pathObject) {
    return formatWith("\\", pathObject);
  },

  parse(path) {
    validateString(path, "path");
    if (path.length === 0) return { root: "", dir: "", base: "", ext: "", name: "" };
    const rootEnd = win32RootEnd(path);
    if (rootEnd === -1) return parseAfterRoot(path, 0, "", isWinSep);
    return parseAfterRoot(path, rootEnd, path.slice(0, rootEnd), isWinSep);
  },

  matchesGlob(path, pattern, options = undefined) {
    return globMatch(path, pattern, options, true);
  },

  sep: "\\",
  delimiter: ";",
  win32: null,
  posix: null,
  _makeLong: null,
};

/**
 * relative() for paths whose lower-case form has another length (some
 * non-ASCII letters): equal components are compared case-insensitively.
 */
function relativeByComponents(fromOrig, toOrig) {
  const fromParts = fromOrig.split("\\");
  const toParts = toOrig.split("\\");
  if (fromParts[fromParts.length - 1] === "") fromParts.pop();
  if (toParts[toParts.length - 1] === "") toParts.pop();
  const fromLen = fromParts.length;
  const toLen = toParts.length;
  const length = fromLen < toLen ? fromLen : toLen;
  let i = 0;
  while (i < length && fromParts[i].toLowerCase() === toParts[i].toLowerCase()) i++;
  if (i === 0) return toOrig;
  if (i === length) {
    if (toLen > length) return toParts.slice(i).join("\\");
    if (fromLen > length) return `${"..\\".repeat(fromLen - 1 - i)}..`;
    return "";
  }
  return `${"..\\".repeat(fromLen - i)}${toParts.slice(i).join("\\")}`;
}

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

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
  _makeLong,
} = posix;

export default posix;
