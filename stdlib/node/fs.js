// node:fs: the callback and *Sync forms over the same core as node:fs/promises.
import * as ops from "autorun:internal";
import * as core from "internal:fs_core";
import promises from "node:fs/promises";
import { ERR_INVALID_ARG_TYPE } from "internal:errors";
import { glob as globPaths, globSync as globPathsSync } from "internal:glob";

export { promises };
export const constants = core.constants;
export const { F_OK, R_OK, W_OK, X_OK } = core.constants;
export const Stats = core.Stats;
export const Dirent = core.Dirent;

function callbackOf(args) {
  const callback = args[args.length - 1];
  if (typeof callback !== "function") throw ERR_INVALID_ARG_TYPE("cb", "function", callback);
  return callback;
}

/** A callback-style function from a promise-returning one: `(...args, cb)`. */
function withCallback(run) {
  return function (...args) {
    const callback = callbackOf(args);
    const rest = args.slice(0, -1);
    let promise;
    try {
      promise = run(...rest);
    } catch (err) {
      process.nextTick(callback, err);
      return;
    }
    promise.then(
      (value) => callback(null, value),
      (err) => callback(err),
    );
  };
}

export const readFileSync = (path, options) => core.readFile(path, options, true);
export const writeFileSync = (path, data, options) => {
  core.writeFile(path, data, options, true);
};
export const appendFileSync = (path, data, options) => {
  core.appendFile(path, data, options, true);
};
export const readdirSync = (path, options) => core.readdir(path, options, true);
export const mkdirSync = (path, options) => core.mkdir(path, options, true);
export const rmSync = (path, options) => {
  core.rm(path, options, true);
};
export const rmdirSync = (path, options) => {
  core.rmdir(path, options, true);
};
export const unlinkSync = (path) => {
  core.unlink(path, true);
};
export const renameSync = (from, to) => {
  core.rename(from, to, true);
};
export const copyFileSync = (from, to, mode) => {
  core.copyFile(from, to, mode, true);
};
export const cpSync = (from, to, options) => {
  core.cp(from, to, options, true);
};
export const statSync = (path, options) => core.stat(path, options, true);
export const lstatSync = (path, options) => core.lstat(path, options, true);
export const fstatSync = (fd, options) => core.fstat(fd, options, true);
export const accessSync = (path, mode) => {
  core.access(path, mode, true);
};
export const chmodSync = (path, mode) => {
  core.chmod(path, mode, true);
};
export const utimesSync = (path, atime, mtime) => {
  core.utimes(path, atime, mtime, true);
};
export const symlinkSync = (target, path) => {
  core.symlink(target, path, true);
};
export const readlinkSync = (path) => core.readlink(path, true);
export const realpathSync = (path) => core.realpath(path, true);
realpathSync.native = (path) => core.realpath(path, true, true);
export const linkSync = (existingPath, newPath) => {
  core.link(existingPath, newPath, true);
};
export const opendirSync = (path, options) => core.makeDir(path, core.opendirEntries(path, options, true));
export const mkdtempSync = (prefix) => core.mkdtemp(prefix, true);
export const truncateSync = (path, len) => {
  core.truncate(path, len, true);
};
export const existsSync = (path) => core.exists(path);

export const openSync = (path, flags = "r", mode = 0o666) => ops.op_fs_open(core.toPath(path), typeof flags === "string" ? flags : "r", mode, true);
export const closeSync = (fd) => {
  ops.op_fs_close(fd, true);
};
export function readSync(fd, buffer, offset = 0, length, position = null) {
  if (offset !== null && typeof offset === "object") ({ offset = 0, length, position = null } = offset);
  if (length === undefined) length = buffer.byteLength - offset;
  const bytes = ops.op_fs_read(fd, length, position, true);
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).set(bytes, offset);
  return bytes.length;
}
export function writeSync(fd, data, offsetOrPosition, lengthOrEncoding, position) {
  if (typeof data === "string") {
    return ops.op_fs_write(fd, core.toData(data, typeof lengthOrEncoding === "string" ? lengthOrEncoding : "utf8"), offsetOrPosition ?? null, true);
  }
  const offset = offsetOrPosition ?? 0;
  const length = lengthOrEncoding ?? data.byteLength - offset;
  return ops.op_fs_write(fd, new Uint8Array(data.buffer, data.byteOffset + offset, length), position ?? null, true);
}
export const ftruncateSync = (fd, len = 0) => {
  ops.op_fs_ftruncate(fd, len, true);
};

/** The callback that ends `args` (Node's ERR_INVALID_ARG_TYPE when it is not a function). */
function lastCallback(args) {
  const callback = args.pop();
  if (typeof callback !== "function") {
    const err = new TypeError(`The "cb" argument must be of type function. Received ${callback === undefined ? "undefined" : typeof callback}`);
    err.code = "ERR_INVALID_ARG_TYPE";
    throw err;
  }
  return callback;
}

/**
 * `read(fd, buffer, offset, length, position, cb)`, `read(fd, buffer, options, cb)`,
 * `read(fd, options, cb)`, `read(fd, cb)` → cb(err, bytesRead, buffer).
 */
export function read(fd, ...args) {
  const callback = lastCallback(args);
  let [buffer, offset = 0, length, position = null] = args;
  if (buffer !== null && typeof buffer === "object" && !ArrayBuffer.isView(buffer)) {
    ({ buffer, offset = 0, length, position = null } = buffer);
  } else if (offset !== null && typeof offset === "object") {
    ({ offset = 0, length, position = null } = offset);
  }
  buffer ??= globalThis.Buffer.alloc(16384);
  if (length === undefined) length = buffer.byteLength - offset;
  ops.op_fs_read(fd, length, position, false).then(
    (bytes) => {
      new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).set(bytes, offset);
      callback(null, bytes.length, buffer);
    },
    (err) => callback(err),
  );
}

/**
 * `write(fd, buffer, offset, length, position, cb)` → cb(err, bytesWritten, buffer);
 * `write(fd, string, position, encoding, cb)` → cb(err, bytesWritten, string).
 */
export function write(fd, data, ...args) {
  const callback = lastCallback(args);
  let bytes;
  let position;
  if (typeof data === "string") {
    const [pos = null, encoding = "utf8"] = args;
    bytes = core.toData(data, typeof encoding === "string" ? encoding : "utf8");
    position = pos;
  } else {
    let [offset = 0, length, pos = null] = args;
    if (offset !== null && typeof offset === "object") ({ offset = 0, length, position: pos = null } = offset);
    bytes = new Uint8Array(data.buffer, data.byteOffset + offset, length ?? data.byteLength - offset);
    position = pos;
  }
  ops.op_fs_write(fd, bytes, position ?? null, false).then(
    (written) => callback(null, written, data),
    (err) => callback(err),
  );
}

export const ftruncate = withCallback((fd, len = 0) => ops.op_fs_ftruncate(fd, len, false));

export const readFile = withCallback((path, options) => core.readFile(path, options, false));
export const writeFile = withCallback((path, data, options) => core.writeFile(path, data, options, false).then(() => {}));
export const appendFile = withCallback((path, data, options) => core.appendFile(path, data, options, false).then(() => {}));
export const readdir = withCallback((path, options) => core.readdir(path, options, false));
export const mkdir = withCallback((path, options) => core.mkdir(path, options, false));
export const rm = withCallback((path, options) => core.rm(path, options, false));
export const rmdir = withCallback((path, options) => core.rmdir(path, options, false));
export const unlink = withCallback((path) => core.unlink(path, false));
export const rename = withCallback((from, to) => core.rename(from, to, false));
export const copyFile = withCallback((from, to, mode) => core.copyFile(from, to, mode, false));
export const cp = withCallback((from, to, options) => core.cp(from, to, options, false));
export const stat = withCallback((path, options) => core.stat(path, options, false));
export const lstat = withCallback((path, options) => core.lstat(path, options, false));
export const fstat = withCallback((fd, options) => core.fstat(fd, options, false));
export const access = withCallback((path, mode) => core.access(path, mode, false));
export const chmod = withCallback((path, mode) => core.chmod(path, mode, false));
export const utimes = withCallback((path, atime, mtime) => core.utimes(path, atime, mtime, false));
export const symlink = withCallback((target, path) => core.symlink(target, path, false));
export const readlink = withCallback((path) => core.readlink(path, false));
export const realpath = withCallback((path) => core.realpath(path, false));
realpath.native = withCallback((path) => core.realpath(path, false, true));
export const link = withCallback((existingPath, newPath) => core.link(existingPath, newPath, false));
export const opendir = withCallback(async (path, options) => core.makeDir(path, await core.opendirEntries(path, options, false)));
export const mkdtemp = withCallback((prefix) => core.mkdtemp(prefix, false));
export const truncate = withCallback((path, len) => core.truncate(path, len, false));
export const open = withCallback((path, flags = "r", mode = 0o666) =>
  ops.op_fs_open(core.toPath(path), typeof flags === "string" ? flags : "r", mode, false),
);
export const close = withCallback((fd) => ops.op_fs_close(fd, false));
export function exists(path, callback) {
  const result = core.exists(path);
  process.nextTick(callback, result);
}

function globOptions(options = {}) {
  const exclude = options.exclude;
  return [{ cwd: options.cwd, ignore: Array.isArray(exclude) ? exclude : [], onlyFiles: false, dot: true }, exclude];
}

/** Node 22's `fs.globSync(pattern, { cwd, exclude })`. */
export function globSync(pattern, options) {
  const [opts, exclude] = globOptions(options);
  const paths = globPathsSync(pattern, opts);
  return typeof exclude === "function" ? paths.filter((p) => !exclude(p)) : paths;
}

/** Node 22's `fs.glob(pattern, [options,] callback)`. */
export function glob(pattern, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = {};
  }
  const [opts, exclude] = globOptions(options);
  globPaths(pattern, opts).then(
    (paths) => callback(null, typeof exclude === "function" ? paths.filter((p) => !exclude(p)) : paths),
    (err) => callback(err),
  );
}

// Streams: internal:fs_streams (and node:stream) load on the first one.
const fsStreams = () => ops.op_load_builtin("internal:fs_streams");
export const createReadStream = (path, options) => fsStreams().createReadStream(path, options);
export const createWriteStream = (path, options) => fsStreams().createWriteStream(path, options);

// Watchers: internal:fs_watch (and the native watcher) load on the first one.
const fsWatch = () => ops.op_load_builtin("internal:fs_watch");
export const watch = (filename, options, listener) => fsWatch().watch(filename, options, listener);

export default {
  glob, globSync,
  promises, constants, F_OK, R_OK, W_OK, X_OK, Stats, Dirent,
  readFileSync, writeFileSync, appendFileSync, readdirSync, mkdirSync, rmSync, rmdirSync, unlinkSync,
  renameSync, copyFileSync, cpSync, statSync, lstatSync, fstatSync, accessSync, chmodSync, utimesSync,
  symlinkSync, linkSync, readlinkSync, realpathSync, mkdtempSync, truncateSync, existsSync, openSync, closeSync, opendirSync,
  readSync, writeSync, ftruncateSync, read, write, ftruncate,
  readFile, writeFile, appendFile, readdir, mkdir, rm, rmdir, unlink, rename, copyFile, cp, stat, lstat,
  fstat, access, chmod, utimes, symlink, link, readlink, realpath, mkdtemp, truncate, open, close, exists, opendir,
  createReadStream, createWriteStream, watch,
};
