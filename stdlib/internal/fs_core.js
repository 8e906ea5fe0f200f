// The shared body of node:fs and node:fs/promises: argument handling, Node's
// option shapes and result objects over the `op_fs_*` natives. Each function
// takes `sync` last: true runs now and returns, false returns a promise.
import * as ops from "autorun:internal";
import { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } from "internal:errors";

const loadBuffer = () => ops.op_load_builtin("node:buffer").Buffer;

export const constants = Object.freeze({
  F_OK: 0,
  R_OK: 4,
  W_OK: 2,
  X_OK: 1,
  COPYFILE_EXCL: 1,
  COPYFILE_FICLONE: 2,
  COPYFILE_FICLONE_FORCE: 4,
  O_RDONLY: 0,
  O_WRONLY: 1,
  O_RDWR: 2,
  O_CREAT: 64,
  O_EXCL: 128,
  O_TRUNC: 512,
  O_APPEND: 1024,
  S_IFMT: 0o170000,
  S_IFREG: 0o100000,
  S_IFDIR: 0o040000,
  S_IFCHR: 0o020000,
  S_IFBLK: 0o060000,
  S_IFIFO: 0o010000,
  S_IFLNK: 0o120000,
  S_IFSOCK: 0o140000,
});

/** A path argument (string, Buffer, URL) as a string, checked as Node does. */
export function toPath(value, name = "path") {
  if (typeof value === "string") {
    if (value.includes("\u0000")) {
      throw ERR_INVALID_ARG_VALUE(name, value, "must be a string, Uint8Array, or URL without null bytes");
    }
    return value;
  }
  if (value instanceof Uint8Array) return ops.op_utf8_decode(value, false, true);
  if (value !== null && typeof value === "object" && typeof value.href === "string" && value.protocol !== undefined) {
    if (value.protocol !== "file:") {
      const err = new TypeError("The URL must be of scheme file");
      err.code = "ERR_INVALID_URL_SCHEME";
      throw err;
    }
    return decodeURIComponent(value.pathname);
  }
  throw ERR_INVALID_ARG_TYPE(name, ["string", "Buffer", "URL"], value);
}

/** `options` as Node takes them: a string is the encoding. */
export function options(value, defaults) {
  if (value === undefined || value === null || typeof value === "function") return { ...defaults };
  if (typeof value === "string") return { ...defaults, encoding: value };
  if (typeof value !== "object") throw ERR_INVALID_ARG_TYPE("options", ["string", "Object"], value);
  return { ...defaults, ...value };
}

function normalizeEncoding(encoding) {
  if (encoding === undefined || encoding === null || encoding === "buffer") return null;
  const lower = String(encoding).toLowerCase();
  if (lower === "utf8" || lower === "utf-8") return "utf8";
  return lower;
}

function asBuffer(u8) {
  const Buffer = loadBuffer();
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

function decode(bytes, encoding) {
  if (encoding === null) return asBuffer(bytes);
  if (encoding === "utf8") return ops.op_utf8_decode(bytes, false, true);
  return asBuffer(bytes).toString(encoding);
}

function then(result, sync, map) {
  return sync ? map(result) : result.then(map);
}

export function readFile(path, opts, sync) {
  const { encoding: rawEncoding, flag = "r" } = options(opts, { encoding: null, flag: "r" });
  const encoding = normalizeEncoding(rawEncoding);
  if (typeof path === "number" && Number.isInteger(path) && path >= 0) {
    return readAllFromFd(path, sync, (bytes) => decode(bytes, encoding));
  }
  const file = toPath(path);
  if (flag !== "r") {
    // Flags other than "r" (e.g. "a+") need an open file.
    const fd = ops.op_fs_open(file, flag, 0o666, true);
    try {
      return readAllFromFd(fd, sync, (bytes) => decode(bytes, encoding));
    } finally {
      ops.op_fs_close(fd, true);
    }
  }
  if (encoding === "utf8") return ops.op_fs_read_file(file, true, sync);
  return then(ops.op_fs_read_file(file, false, sync), sync, (bytes) => decode(bytes, encoding));
}

function readAllFromFd(fd, sync, map) {
  const chunks = [];
  let total = 0;
  const collect = () => {
    const out = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return map(out);
  };
  if (sync) {
    for (;;) {
      const chunk = ops.op_fs_read(fd, 65536, null, true);
      if (chunk.length === 0) return collect();
      chunks.push(chunk);
      total += chunk.length;
    }
  }
  const step = () =>
    ops.op_fs_read(fd, 65536, null, false).then((chunk) => {
      if (chunk.length === 0) return collect();
      chunks.push(chunk);
      total += chunk.length;
      return step();
    });
  return step();
}

/** The bytes or string to write, with its encoding applied. */
export function toData(data, encoding) {
  if (typeof data === "string") {
    const enc = normalizeEncoding(encoding) ?? "utf8";
    return enc === "utf8" ? data : loadBuffer().from(data, enc);
  }
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw ERR_INVALID_ARG_TYPE("data", ["string", "Buffer", "TypedArray", "DataView"], data);
}

export function writeFile(path, data, opts, sync, defaultFlag = "w") {
  const { encoding = "utf8", mode = 0o666, flag = defaultFlag } = options(opts, { encoding: "utf8", mode: 0o666, flag: defaultFlag });
  const bytes = toData(data, encoding);
  if (typeof path === "number") return ops.op_fs_write(path, bytes, null, sync);
  return ops.op_fs_write_file(toPath(path), bytes, flag, mode, sync);
}

export function appendFile(path, data, opts, sync) {
  return writeFile(path, data, opts, sync, "a");
}

const kType = Symbol("type");

export class Dirent {
  constructor(name, type, parentPath) {
    this.name = name;
    this.parentPath = parentPath;
    this.path = parentPath;
    this[kType] = type;
  }
  isFile() {
    return this[kType] === 1;
  }
  isDirectory() {
    return this[kType] === 2;
  }
  isSymbolicLink() {
    return this[kType] === 3;
  }
  isFIFO() {
    return this[kType] === 4;
  }
  isSocket() {
    return this[kType] === 5;
  }
  isCharacterDevice() {
    return this[kType] === 6;
  }
  isBlockDevice() {
    return this[kType] === 7;
  }
}

export function readdir(path, opts, sync) {
  const { withFileTypes = false, recursive = false, encoding } = options(opts, {});
  const dir = toPath(path);
  return then(ops.op_fs_readdir(dir, withFileTypes, recursive, sync), sync, (entries) => {
    if (withFileTypes) {
      return entries.map(([name, type, parent]) => {
        const slash = name.lastIndexOf("/");
        if (slash === -1) return new Dirent(name, type, parent);
        return new Dirent(name.slice(slash + 1), type, parent);
      });
    }
    const names = entries.map((entry) => entry[0]);
    return normalizeEncoding(encoding) === null && encoding !== undefined ? names.map((n) => loadBuffer().from(n)) : names;
  });
}

export class Stats {
  constructor(fields) {
    [
      this.dev,
      this.mode,
      this.nlink,
      this.uid,
      this.gid,
      this.rdev,
      this.blksize,
      this.ino,
      this.size,
      this.blocks,
      this.atimeMs,
      this.mtimeMs,
      this.ctimeMs,
      this.birthtimeMs,
    ] = fields;
    this.atime = new Date(this.atimeMs);
    this.mtime = new Date(this.mtimeMs);
    this.ctime = new Date(this.ctimeMs);
    this.birthtime = new Date(this.birthtimeMs);
  }
  isFile() {
    return (this.mode & constants.S_IFMT) === constants.S_IFREG;
  }
  isDirectory() {
    return (this.mode & constants.S_IFMT) === constants.S_IFDIR;
  }
  isSymbolicLink() {
    return (this.mode & constants.S_IFMT) === constants.S_IFLNK;
  }
  isFIFO() {
    return (this.mode & constants.S_IFMT) === constants.S_IFIFO;
  }
  isSocket() {
    return (this.mode & constants.S_IFMT) === constants.S_IFSOCK;
  }
  isCharacterDevice() {
    return (this.mode & constants.S_IFMT) === constants.S_IFCHR;
  }
  isBlockDevice() {
    return (this.mode & constants.S_IFMT) === constants.S_IFBLK;
  }
}

function statWith(op, target, opts, sync) {
  const { throwIfNoEntry = true } = options(opts, {});
  const make = (fields) => new Stats(fields);
  if (sync && !throwIfNoEntry) {
    try {
      return make(op(target, true));
    } catch (err) {
      if (err.code === "ENOENT" || err.code === "ENOTDIR") return undefined;
      throw err;
    }
  }
  return then(op(target, sync), sync, make);
}

export function stat(path, opts, sync) {
  return statWith((p, s) => ops.op_fs_stat(p, true, s), toPath(path), opts, sync);
}

export function lstat(path, opts, sync) {
  return statWith((p, s) => ops.op_fs_stat(p, false, s), toPath(path), opts, sync);
}

export function fstat(fd, opts, sync) {
  return statWith((f, s) => ops.op_fs_fstat(f, s), fd, opts, sync);
}

export function mkdir(path, opts, sync) {
  const { recursive = false, mode = 0o777 } = typeof opts === "number" ? { mode: opts } : options(opts, {});
  return ops.op_fs_mkdir(toPath(path), recursive, mode, sync);
}

export function rm(path, opts, sync) {
  const { recursive = false, force = false } = options(opts, {});
  const target = toPath(path);
  return remapped(sync, (sync) => ops.op_fs_rm(target, recursive, force, sync), (err) =>
    err?.code === "EISDIR" && !recursive ? isDirectoryError("rm", target, "is a directory") : err,
  );
}

/** `run(sync)`, with what it throws (or rejects with) passed through `remap`. */
function remapped(sync, run, remap) {
  if (sync) {
    try {
      return run(true);
    } catch (err) {
      throw remap(err);
    }
  }
  return run(false).catch((err) => {
    throw remap(err);
  });
}

export function rmdir(path, opts, sync) {
  const { recursive = false } = options(opts, {});
  if (recursive) return ops.op_fs_rm(toPath(path), true, false, sync);
  return ops.op_fs_rmdir(toPath(path), sync);
}

export const unlink = (path, sync) => ops.op_fs_unlink(toPath(path), sync);
export const rename = (from, to, sync) => ops.op_fs_rename(toPath(from, "oldPath"), toPath(to, "newPath"), sync);
export const copyFile = (from, to, mode, sync) =>
  ops.op_fs_copy_file(toPath(from, "src"), toPath(to, "dest"), ((mode ?? 0) & constants.COPYFILE_EXCL) !== 0, sync);
export const access = (path, mode, sync) => ops.op_fs_access(toPath(path), mode ?? constants.F_OK, sync);
export const chmod = (path, mode, sync) => ops.op_fs_chmod(toPath(path), typeof mode === "string" ? parseInt(mode, 8) : mode, sync);
export const symlink = (target, path, sync) => ops.op_fs_symlink(toPath(target, "target"), toPath(path), sync);
export const readlink = (path, sync) => ops.op_fs_readlink(toPath(path), sync);
/**
 * The entries `opendir` reads, all at once; a failure reads as Node's
 * opendir (`opendir '<path>'`, and no path from opendirSync).
 */
export function opendirEntries(path, options, sync) {
  const asOpendir = (err) => {
    if (err?.syscall === "scandir") {
      err.syscall = "opendir";
      err.message = sync ? err.message.replace(/, scandir '.*'$/s, ", opendir") : err.message.replace(", scandir '", ", opendir '");
      if (sync) delete err.path;
    }
    return err;
  };
  const opts = { ...options, withFileTypes: true };
  return remapped(sync, (sync) => readdir(path, opts, sync), asOpendir);
}

/** A Dir over entries already read. */
export function makeDir(path, entries) {
  let index = 0;
  return {
    path: toPath(path),
    async read() {
      return index < entries.length ? entries[index++] : null;
    },
    readSync() {
      return index < entries.length ? entries[index++] : null;
    },
    async close() {},
    closeSync() {},
    async *entries() {
      while (index < entries.length) yield entries[index++];
    },
    [Symbol.asyncIterator]() {
      return this.entries();
    },
  };
}

export const link = (existing, path, sync) => ops.op_fs_link(toPath(existing, "existingPath"), toPath(path, "newPath"), sync);

/**
 * `realpath(path)`. Node's `realpathSync` and callback `realpath` walk the
 * path in JS, so a missing part fails as `lstat '<absolute prefix>'`;
 * `native` (promises, realpathSync.native) fails as `realpath '<path>'`.
 */
export function realpath(path, sync, native = false) {
  const target = toPath(path);
  const walked = (err) => {
    if (native || err?.syscall !== "realpath") return err;
    const parts = [];
    for (const part of (target.startsWith("/") ? target : `${ops.op_cwd()}/${target}`).split("/")) {
      if (part === "..") parts.pop();
      else if (part !== "" && part !== ".") parts.push(part);
    }
    let prefix = "";
    for (const part of parts) {
      prefix += `/${part}`;
      try {
        ops.op_fs_stat(prefix, false, true);
      } catch (lstatError) {
        return lstatError;
      }
    }
    return err;
  };
  return remapped(sync, (sync) => ops.op_fs_realpath(target, sync), walked);
}
export const truncate = (path, len, sync) => ops.op_fs_truncate(toPath(path), len ?? 0, sync);
export const mkdtemp = (prefix, sync) => ops.op_fs_mkdtemp(toPath(prefix, "prefix"), sync);

function toSeconds(time) {
  if (time instanceof Date) return time.getTime() / 1000;
  if (typeof time === "string") return Number(time);
  return time;
}

export const utimes = (path, atime, mtime, sync) => ops.op_fs_utimes(toPath(path), toSeconds(atime), toSeconds(mtime), sync);
export const exists = (path) => {
  try {
    return ops.op_fs_exists(toPath(path));
  } catch {
    return false;
  }
};

/** Node's SystemError ERR_FS_EISDIR: rm or cp of a directory without `recursive`. */
function isDirectoryError(syscall, path, detail, errno = 21) {
  const err = new Error(`Path is a directory: ${syscall} returned EISDIR (${detail}) ${path}`);
  const hidden = (value) => ({ value, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(err, "name", hidden("SystemError"));
  err.code = "ERR_FS_EISDIR";
  // Node's key order differs between the two.
  err.info =
    syscall === "rm"
      ? { code: "EISDIR", message: detail, path, syscall, errno }
      : { message: detail, path, syscall, errno, code: "EISDIR" };
  err.errno = errno;
  err.syscall = syscall;
  err.path = path;
  Object.defineProperty(err, "toString", hidden(() => `SystemError [ERR_FS_EISDIR]: ${err.message}`));
  Object.defineProperty(err, "stack", hidden(`SystemError [ERR_FS_EISDIR]: ${err.message}${String(err.stack).replace(/^[^\n]*/, "")}`));
  return err;
}

function directoryNeedsRecursive(path) {
  // Node's cp reports EINVAL's errno under the EISDIR code.
  return isDirectoryError("cp", path, `${path} is a directory (not copied)`, 22);
}

/** `cp(src, dest, { recursive, filter, force, errorOnExist })`, built on the other calls. */
export function cp(src, dest, opts, sync) {
  const { recursive = false, filter, force = true, errorOnExist = false } = options(opts, {});
  const from = toPath(src, "src");
  const to = toPath(dest, "dest");
  const copyOne = (a, b) => {
    const info = new Stats(ops.op_fs_stat(a, false, true));
    if (info.isDirectory()) {
      if (!recursive) throw directoryNeedsRecursive(a);
      ops.op_fs_mkdir(b, true, 0o777, true);
      for (const [name] of ops.op_fs_readdir(a, false, false, true)) {
        visit(`${a}/${name}`, `${b}/${name}`);
      }
      return;
    }
    if (ops.op_fs_exists(b)) {
      if (errorOnExist && !force) {
        const err = new Error(`Target already exists: cp returned EEXIST (${b} already exists)`);
        err.code = "ERR_FS_CP_EEXIST";
        throw err;
      }
      if (!force) return;
    }
    if (info.isSymbolicLink()) {
      ops.op_fs_symlink(ops.op_fs_readlink(a, true), b, true);
      return;
    }
    ops.op_fs_copy_file(a, b, false, true);
  };
  // `filter` may be async in the promise form; the walk awaits it there.
  const visit = (a, b) => {
    if (filter) {
      const keep = filter(a, b);
      if (keep && typeof keep.then === "function") throw new Error("async filter");
      if (!keep) return;
    }
    copyOne(a, b);
  };
  if (sync) return visit(from, to);
  return cpAsync(from, to, { recursive, filter, force, errorOnExist }, copyOne);
}

async function cpAsync(from, to, opts, copyOne) {
  const walk = async (a, b) => {
    if (opts.filter && !(await opts.filter(a, b))) return;
    const info = new Stats(await ops.op_fs_stat(a, false, false));
    if (info.isDirectory()) {
      if (!opts.recursive) throw directoryNeedsRecursive(a);
      await ops.op_fs_mkdir(b, true, 0o777, false);
      for (const [name] of await ops.op_fs_readdir(a, false, false, false)) await walk(`${a}/${name}`, `${b}/${name}`);
      return;
    }
    copyOne(a, b);
  };
  await walk(from, to);
}
