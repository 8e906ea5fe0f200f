// The `process` object: an EventEmitter over the host's process ops.
import {
  op_process_info,
  op_env_get,
  op_env_set,
  op_env_delete,
  op_env_keys,
  op_cwd,
  op_chdir,
  op_isatty,
  op_terminal_size,
  op_hrtime,
  op_hrtime_bigint,
  op_memory_usage,
  op_exit,
  op_next_tick,
  op_now,
  op_set_process_hooks,
  op_load_builtin,
} from "autorun:internal";
import { write as writeOutput } from "internal:output";
import { EventEmitter } from "internal:event_emitter";
import { setCwdSource } from "internal:cwd";

const info = op_process_info();
const NODE_VERSION = "22.12.0";

// Warnings and signals, parsed on first use: start-up is parse time.
const more = () => op_load_builtin("internal:process_more");

export function typeError(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

const env = new Proxy(Object.create(null), {
  get(_, key) {
    if (typeof key !== "string") return undefined;
    return op_env_get(key);
  },
  set(_, key, value) {
    if (typeof key === "string") op_env_set(key, String(value));
    return true;
  },
  has(_, key) {
    return typeof key === "string" && op_env_get(key) !== undefined;
  },
  deleteProperty(_, key) {
    if (typeof key === "string") op_env_delete(key);
    return true;
  },
  ownKeys() {
    return op_env_keys();
  },
  getOwnPropertyDescriptor(_, key) {
    if (typeof key !== "string") return undefined;
    const value = op_env_get(key);
    if (value === undefined) return undefined;
    return { value, writable: true, enumerable: true, configurable: true };
  },
  defineProperty(_, key, descriptor) {
    if (typeof key === "string" && "value" in descriptor) op_env_set(key, String(descriptor.value));
    return true;
  },
});

class WriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this.isTTY = op_isatty(fd);
    this.writable = true;
    this._isStdio = true;
  }
  get columns() {
    const size = op_terminal_size(this.fd);
    return size ? size[0] : undefined;
  }
  get rows() {
    const size = op_terminal_size(this.fd);
    return size ? size[1] : undefined;
  }
  write(chunk, encoding, callback) {
    if (typeof encoding === "function") {
      callback = encoding;
      encoding = undefined;
    }
    if (typeof chunk !== "string" && !(chunk instanceof Uint8Array)) {
      throw typeError(
        "ERR_INVALID_ARG_TYPE",
        `The "chunk" argument must be of type string or an instance of Buffer or Uint8Array. Received ${chunk === null ? "null" : typeof chunk}`,
      );
    }
    writeOutput(this.fd, chunk);
    if (typeof callback === "function") process.nextTick(callback);
    return true;
  }
  end(chunk, encoding, callback) {
    if (typeof chunk === "function") {
      callback = chunk;
      chunk = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (typeof callback === "function") process.nextTick(callback);
    return this;
  }
  getColorDepth() {
    if (env.NO_COLOR !== undefined) return 1;
    if (!this.isTTY) return 1;
    if (env.COLORTERM === "truecolor" || env.COLORTERM === "24bit") return 24;
    return (env.TERM || "").includes("256") ? 8 : 4;
  }
  hasColors(count = 16) {
    return 2 ** this.getColorDepth() >= count;
  }
  getWindowSize() {
    return op_terminal_size(this.fd) || [80, 24];
  }
}

let exiting = false;
let exitCode;

class Process extends EventEmitter {}
export const process = new Process();

// node:path asks through internal:cwd; from now on it gets `process.cwd()`.
setCwdSource(() => process.cwd());

Object.assign(process, {
  argv: info.argv,
  argv0: "autorun",
  execArgv: [],
  execPath: info.execPath,
  pid: info.pid,
  ppid: info.ppid,
  platform: info.platform,
  arch: info.arch,
  version: `v${NODE_VERSION}`,
  versions: Object.freeze({ node: NODE_VERSION, autorun: info.version }),
  release: Object.freeze({ name: "node" }),
  title: "autorun",
  env,
  config: Object.freeze({ variables: {} }),
  features: Object.freeze({ inspector: false, ipv6: true, tls: false }),
  stdout: new WriteStream(1),
  stderr: new WriteStream(2),
  cwd: () => op_cwd(),
  chdir(directory) {
    if (typeof directory !== "string") {
      throw typeError("ERR_INVALID_ARG_TYPE", `The "directory" argument must be of type string. Received ${typeof directory}`);
    }
    op_chdir(directory);
  },
  nextTick(callback, ...args) {
    if (typeof callback !== "function") {
      throw typeError(
        "ERR_INVALID_ARG_TYPE",
        `The "callback" argument must be of type function. Received ${callback === undefined ? "undefined" : typeof callback}`,
      );
    }
    // (Spreading costs Boa more than the tick: the usual arities are direct.)
    if (args.length === 0) op_next_tick(callback);
    else if (args.length === 1) op_next_tick(callback, args[0]);
    else if (args.length === 2) op_next_tick(callback, args[0], args[1]);
    else op_next_tick(callback, ...args);
  },
  exit(code) {
    if (code !== undefined) process.exitCode = code;
    if (!exiting) {
      exiting = true;
      process._exiting = true;
      process.emit("exit", process.exitCode ?? 0);
    }
    op_exit(normalizeCode(process.exitCode));
  },
  abort() {
    more().abort();
  },
  kill(pid, signal = "SIGTERM") {
    return more().kill(pid, signal);
  },
  hrtime: Object.assign(
    function hrtime(previous) {
      const [s, ns] = op_hrtime();
      if (previous === undefined) return [s, ns];
      let ds = s - previous[0];
      let dns = ns - previous[1];
      if (dns < 0) {
        ds -= 1;
        dns += 1e9;
      }
      return [ds, dns];
    },
    { bigint: op_hrtime_bigint },
  ),
  memoryUsage: Object.assign(() => op_memory_usage(), { rss: () => op_memory_usage().rss }),
  uptime: () => op_now() / 1000,
  cpuUsage: () => ({ user: 0, system: 0 }),
  emitWarning(warning, type, code, ctor) {
    more().emitWarning(warning, type, code, ctor);
  },
  binding() {
    throw new Error("No such module: process.binding is not supported by autorun");
  },
  umask: () => 0o22,
});

function normalizeCode(code) {
  if (code === undefined || code === null) return 0;
  const n = Number(code);
  return Number.isInteger(n) ? n | 0 : 0;
}

Object.defineProperty(process, "exitCode", {
  get: () => exitCode,
  set(value) {
    if (value !== undefined && value !== null) {
      const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
      if (typeof n !== "number" || !Number.isInteger(n)) {
        throw typeError(
          "ERR_INVALID_ARG_TYPE",
          `The "code" argument must be of type number. Received ${typeof value === "string" ? `type string ('${value}')` : typeof value}`,
        );
      }
    }
    exitCode = value;
  },
  enumerable: true,
  configurable: true,
});

// The default 'warning' printer, as Node's.
process.on("warning", (warning) => more().printWarning(warning));

// Hooks the event loop calls (see src/runtime/event_loop.rs).
export function onUncaught(error, origin) {
  if (process.listenerCount("uncaughtException") === 0) return false;
  process.emit("uncaughtException", error, origin);
  return true;
}

export function onUnhandledRejection(reason, promise) {
  if (process.listenerCount("unhandledRejection") === 0) return false;
  process.emit("unhandledRejection", reason, promise);
  return true;
}

export function onBeforeExit() {
  if (!exiting) process.emit("beforeExit", normalizeCode(process.exitCode));
}

export function onExit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!exiting) {
    exiting = true;
    process._exiting = true;
    process.emit("exit", normalizeCode(process.exitCode));
  }
  return normalizeCode(process.exitCode);
}

op_set_process_hooks({ onUncaught, onUnhandledRejection, onExit, onBeforeExit });
