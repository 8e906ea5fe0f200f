// glob(patterns, options) and globSync for `autorun` and node:fs.
import { op_glob, op_load_builtin } from "autorun:internal";

// internal:errors is large; load it only to report a bad argument.
const ERR_INVALID_ARG_TYPE = (...args) => op_load_builtin("internal:errors").ERR_INVALID_ARG_TYPE(...args);

function request(patterns, options = {}) {
  const list = typeof patterns === "string" ? [patterns] : patterns;
  if (!Array.isArray(list) || !list.every((p) => typeof p === "string")) {
    throw ERR_INVALID_ARG_TYPE("patterns", ["string", "Array"], patterns);
  }
  if (options === null || typeof options !== "object") throw ERR_INVALID_ARG_TYPE("options", "Object", options);
  const ignore = options.ignore === undefined ? [] : typeof options.ignore === "string" ? [options.ignore] : options.ignore;
  let cwd = options.cwd;
  if (cwd !== undefined && typeof cwd === "object" && typeof cwd.href === "string") cwd = decodeURIComponent(cwd.pathname);
  const json = JSON.stringify({
    cwd,
    ignore,
    dot: options.dot === true,
    onlyFiles: options.onlyDirectories === true ? false : options.onlyFiles !== false,
    onlyDirectories: options.onlyDirectories === true,
    followSymlinks: options.followSymlinks !== false,
    gitignore: options.gitignore === true,
    absolute: options.absolute === true,
  });
  return [JSON.stringify(list), json];
}

/** `await glob("src/**\/*.css", { cwd, ignore, dot, ... })` → sorted relative paths. */
export function glob(patterns, options) {
  try {
    const [list, json] = request(patterns, options);
    return op_glob(list, json, false);
  } catch (err) {
    return Promise.reject(err);
  }
}

export function globSync(patterns, options) {
  const [list, json] = request(patterns, options);
  return op_glob(list, json, true);
}
