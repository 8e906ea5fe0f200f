// CommonJS: require(), module.exports, __filename and __dirname.
import {
  op_cjs_resolve,
  op_cjs_compile,
  op_read_text,
  op_load_builtin,
  op_import_sync,
  op_file_kind,
  op_builtin_names,
  op_cwd,
} from "autorun:internal";

function dirname(path) {
  const i = path.lastIndexOf("/");
  if (i < 0) return ".";
  if (i === 0) return "/";
  return path.slice(0, i);
}

function invalidArg(name, expected, value) {
  const err = new TypeError(
    `The "${name}" argument must be of type ${expected}. Received ${value === undefined ? "undefined" : typeof value === "object" ? (value === null ? "null" : "an instance of " + (value.constructor?.name ?? "Object")) : `type ${typeof value} (${String(value)})`}`,
  );
  err.code = "ERR_INVALID_ARG_TYPE";
  return err;
}

export class Module {
  constructor(id = "", parent) {
    this.id = id;
    this.path = dirname(id);
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    Object.defineProperty(this, "parent", { value: parent, writable: true, enumerable: false, configurable: true });
    if (parent && parent.children) parent.children.push(this);
  }
  require(id) {
    return requireFrom(id, this);
  }
}

Module._cache = Object.create(null);
Module.builtinModules = op_builtin_names();
Module.isBuiltin = (name) => {
  const bare = name.startsWith("node:") ? name.slice(5) : name;
  return Module.builtinModules.includes(bare);
};

let mainModule;

function builtinExports(name) {
  const ns = op_load_builtin(name);
  return ns.default !== undefined ? ns.default : ns;
}

function requireFrom(request, parent) {
  if (typeof request !== "string") throw invalidArg("id", "string", request);
  if (request === "") {
    const err = new TypeError("The argument 'id' must be a non-empty string. Received ''");
    err.code = "ERR_INVALID_ARG_VALUE";
    throw err;
  }
  const resolved = op_cjs_resolve(request, parent ? parent.filename : null);
  if (resolved.startsWith("node:") || resolved === "autorun") return builtinExports(resolved);
  const cached = Module._cache[resolved];
  if (cached) return cached.exports;
  const module = new Module(resolved, parent);
  module.filename = resolved;
  Module._cache[resolved] = module;
  let ok = false;
  try {
    loadInto(module);
    ok = true;
  } finally {
    if (!ok) delete Module._cache[resolved];
  }
  return module.exports;
}

function stripBOM(text) {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function loadInto(module) {
  const filename = module.filename;
  if (filename.endsWith(".json")) {
    try {
      module.exports = JSON.parse(stripBOM(op_read_text(filename)));
    } catch (err) {
      err.message = `${filename}: ${err.message}`;
      throw err;
    }
  } else if (filename.endsWith(".mjs") || (!filename.endsWith(".cjs") && op_file_kind(filename) === "esm")) {
    module.exports = op_import_sync(filename);
  } else {
    const wrapper = op_cjs_compile(filename, op_read_text(filename));
    const require = makeRequire(module);
    wrapper.call(module.exports, module.exports, require, module, filename, dirname(filename));
  }
  module.loaded = true;
}

function makeRequire(module) {
  const require = (id) => requireFrom(id, module);
  require.resolve = (request) => {
    if (typeof request !== "string") throw invalidArg("request", "string", request);
    const resolved = op_cjs_resolve(request, module.filename);
    return resolved.startsWith("node:") && !request.startsWith("node:") ? request : resolved;
  };
  require.resolve.paths = (request) => (Module.isBuiltin(request) ? null : []);
  require.cache = Module._cache;
  require.main = mainModule;
  require.extensions = Object.create(null);
  return require;
}

/** `createRequire(filename | URL)`: a require() resolving from that file. */
export function createRequire(filename) {
  let path = filename;
  if (typeof filename === "object" && filename !== null && typeof filename.href === "string") {
    path = filename.href;
  }
  if (typeof path !== "string") throw invalidArg("filename", "string or an instance of URL", filename);
  if (path.startsWith("file://")) path = decodeURIComponent(path.slice(7));
  if (!path.startsWith("/")) {
    const err = new TypeError(
      `The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received '${filename}'`,
    );
    err.code = "ERR_INVALID_ARG_VALUE";
    throw err;
  }
  const module = new Module(path, null);
  module.filename = path;
  return makeRequire(module);
}

/** Runs the program's main CommonJS file. */
export function runMain(filename) {
  const module = new Module(".", null);
  module.filename = filename;
  module.path = dirname(filename);
  mainModule = module;
  Module._cache[filename] = module;
  loadInto(module);
}

/** `--eval`: the module object and `require` the code sees, as Node's `[eval]`. */
export function evalModule() {
  const module = new Module("[eval]", null);
  module.filename = `${op_cwd()}/[eval]`;
  module.path = op_cwd();
  module.require = makeRequire(module);
  return module;
}

/** An ES module importing a CommonJS file gets its `module.exports`. */
export function importCommonJs(filename) {
  return requireFrom(filename, null);
}

export function requireBuiltin(name) {
  return builtinExports(name);
}
