// node:fs/promises
import * as ops from "autorun:internal";
import * as core from "internal:fs_core";
import { glob as globPaths } from "internal:glob";

const kFd = Symbol("fd");

export class FileHandle {
  constructor(fd) {
    this[kFd] = fd;
  }
  get fd() {
    return this[kFd];
  }
  async read(buffer, offset = 0, length, position = null) {
    if (buffer === undefined || (buffer !== null && typeof buffer === "object" && !ArrayBuffer.isView(buffer))) {
      const opts = buffer ?? {};
      buffer = opts.buffer ?? ops.op_load_builtin("node:buffer").Buffer.alloc(16384);
      offset = opts.offset ?? 0;
      length = opts.length ?? buffer.byteLength - offset;
      position = opts.position ?? null;
    }
    if (length === undefined) length = buffer.byteLength - offset;
    const bytes = await ops.op_fs_read(this[kFd], length, position, false);
    new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).set(bytes, offset);
    return { bytesRead: bytes.length, buffer };
  }
  async write(data, offsetOrPosition, lengthOrEncoding, position) {
    if (typeof data === "string") {
      const bytes = core.toData(data, typeof lengthOrEncoding === "string" ? lengthOrEncoding : "utf8");
      const bytesWritten = await ops.op_fs_write(this[kFd], bytes, offsetOrPosition ?? null, false);
      return { bytesWritten, buffer: data };
    }
    const offset = offsetOrPosition ?? 0;
    const length = lengthOrEncoding ?? data.byteLength - offset;
    const view = new Uint8Array(data.buffer, data.byteOffset + offset, length);
    const bytesWritten = await ops.op_fs_write(this[kFd], view, position ?? null, false);
    return { bytesWritten, buffer: data };
  }
  readFile(options) {
    return core.readFile(this[kFd], options, false);
  }
  writeFile(data, options) {
    return core.writeFile(this[kFd], data, options, false);
  }
  appendFile(data, options) {
    return core.writeFile(this[kFd], data, options, false);
  }
  stat(options) {
    return core.fstat(this[kFd], options, false);
  }
  truncate(len = 0) {
    return ops.op_fs_ftruncate(this[kFd], len, false);
  }
  /** The file's lines, read a chunk at a time (constant memory). */
  async *readLines() {
    for (;;) {
      const lines = await ops.op_fs_read_lines(this[kFd], false);
      if (lines === null) return;
      yield* lines;
    }
  }
  async close() {
    if (this[kFd] === -1) return;
    const fd = this[kFd];
    this[kFd] = -1;
    await ops.op_fs_close(fd, false);
  }
  async [Symbol.asyncDispose]() {
    await this.close();
  }
}

export async function open(path, flags = "r", mode = 0o666) {
  const fd = await ops.op_fs_open(core.toPath(path), typeof flags === "string" ? flags : "r", mode, false);
  return new FileHandle(fd);
}

export const readFile = (path, options) => (path instanceof FileHandle ? path.readFile(options) : core.readFile(path, options, false));
export const writeFile = (path, data, options) =>
  path instanceof FileHandle ? path.writeFile(data, options) : core.writeFile(path, data, options, false);
export const appendFile = (path, data, options) => core.appendFile(path, data, options, false);
export const readdir = (path, options) => core.readdir(path, options, false);
export const mkdir = (path, options) => core.mkdir(path, options, false);
export const rm = (path, options) => core.rm(path, options, false);
export const rmdir = (path, options) => core.rmdir(path, options, false);
export const unlink = (path) => core.unlink(path, false);
export const rename = (from, to) => core.rename(from, to, false);
export const copyFile = (from, to, mode) => core.copyFile(from, to, mode, false);
export const cp = (from, to, options) => core.cp(from, to, options, false);
export const stat = (path, options) => core.stat(path, options, false);
export const lstat = (path, options) => core.lstat(path, options, false);
export const access = (path, mode) => core.access(path, mode, false);
export const chmod = (path, mode) => core.chmod(path, mode, false);
export const utimes = (path, atime, mtime) => core.utimes(path, atime, mtime, false);
export const symlink = (target, path) => core.symlink(target, path, false);
export const readlink = (path) => core.readlink(path, false);
export const realpath = (path) => core.realpath(path, false, true);
export const link = (existingPath, newPath) => core.link(existingPath, newPath, false);
export const mkdtemp = (prefix) => core.mkdtemp(prefix, false);
export const truncate = (path, len) => core.truncate(path, len, false);
export const constants = core.constants;

/** `opendir(path)`: a Dir whose entries are read once, iterable with `for await`. */
export async function opendir(path, options) {
  return core.makeDir(path, await core.opendirEntries(path, options, false));
}

/** Node 22's `fsPromises.glob(pattern, { cwd, exclude })`: an async iterator of paths. */
export async function* glob(pattern, options = {}) {
  const exclude = options.exclude;
  const paths = await globPaths(pattern, {
    cwd: options.cwd,
    ignore: Array.isArray(exclude) ? exclude : [],
    onlyFiles: false,
    dot: true,
  });
  for (const path of paths) {
    if (typeof exclude === "function" && exclude(path)) continue;
    yield path;
  }
}

/** `for await (const { eventType, filename } of watch(path, { signal }))` (see internal:fs_watch). */
export const watch = (filename, options) => ops.op_load_builtin("internal:fs_watch").watchPromise(filename, options);

export default {
  glob,
  open, readFile, writeFile, appendFile, readdir, mkdir, rm, rmdir, unlink, rename, copyFile, cp,
  stat, lstat, access, chmod, utimes, symlink, link, readlink, realpath, mkdtemp, truncate, opendir,
  constants, FileHandle, watch,
};
