// autorun's `fs`: node:fs/promises plus the helpers build scripts write
// again and again (fs-extra's set), none of which leave half-written files.
import * as ops from "autorun:internal";
import * as fsp from "node:fs/promises";
import { toPath } from "internal:fs_core";

let tempCounter = 0;

/** A sibling temp name for atomic writes. */
function tempName(path) {
  tempCounter += 1;
  const slash = path.lastIndexOf("/");
  const dir = slash === -1 ? "" : path.slice(0, slash + 1);
  return `${dir}.${path.slice(slash + 1)}.autorun-${ops.op_process_info().pid}-${tempCounter}.tmp`;
}

/** Writes through a temp file and a rename: readers never see half a file. */
export async function writeFileAtomic(path, data, options) {
  const target = toPath(path);
  const temp = tempName(target);
  try {
    await fsp.writeFile(temp, data, options);
    await fsp.rename(temp, target);
  } catch (err) {
    await fsp.rm(temp, { force: true });
    throw err;
  }
}

export async function readJson(path, options) {
  const text = await fsp.readFile(path, { encoding: "utf8", ...(typeof options === "object" ? options : {}) });
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, options?.reviver);
  } catch (err) {
    err.message = `${toPath(path)}: ${err.message}`;
    throw err;
  }
}

/** JSON with 2-space indentation and a trailing newline, written atomically. */
export async function writeJson(path, value, options = {}) {
  const text = `${JSON.stringify(value, options.replacer ?? null, options.spaces ?? 2)}\n`;
  await writeFileAtomic(path, text, options);
}

export async function exists(path) {
  try {
    await fsp.access(path);
    return true;
  } catch {
    return false;
  }
}

export async function ensureDir(path) {
  await fsp.mkdir(path, { recursive: true });
}

/** Makes `path` an empty directory, creating it if needed. */
export async function emptyDir(path) {
  await fsp.mkdir(path, { recursive: true });
  const entries = await fsp.readdir(path);
  await Promise.all(entries.map((name) => fsp.rm(`${toPath(path)}/${name}`, { recursive: true, force: true })));
}

export async function remove(path) {
  await fsp.rm(path, { recursive: true, force: true });
}

/**
 * Copies a file or a tree, keeping modes and modification times; files copy
 * in parallel. A file is copied to a temp name and renamed, so a failure never
 * leaves half a file at the destination.
 */
export async function copy(src, dest, options = {}) {
  const from = toPath(src, "src");
  const to = toPath(dest, "dest");
  const { overwrite = true, errorOnExist = false, filter } = options;
  if (!filter) return ops.op_fs_copy_tree(from, to, overwrite, errorOnExist, false);
  const copyFile = async (a, b, stats) => {
    if (await exists(b)) {
      if (errorOnExist && !overwrite) {
        const err = new Error(`'${b}' already exists`);
        err.code = "EEXIST";
        throw err;
      }
      if (!overwrite) return;
    }
    const temp = tempName(b);
    try {
      await fsp.copyFile(a, temp);
      await fsp.chmod(temp, stats.mode & 0o7777);
      await fsp.utimes(temp, stats.atime, stats.mtime);
      await fsp.rename(temp, b);
    } catch (err) {
      await fsp.rm(temp, { force: true });
      throw err;
    }
  };
  const walk = async (a, b) => {
    if (filter && !(await filter(a, b))) return;
    const stats = await fsp.lstat(a);
    if (stats.isDirectory()) {
      await fsp.mkdir(b, { recursive: true });
      const names = await fsp.readdir(a);
      await Promise.all(names.map((name) => walk(`${a}/${name}`, `${b}/${name}`)));
      await fsp.chmod(b, stats.mode & 0o7777);
      return;
    }
    if (stats.isSymbolicLink()) {
      await fsp.rm(b, { force: true });
      await fsp.symlink(await fsp.readlink(a), b);
      return;
    }
    await copyFile(a, b, stats);
  };
  await walk(from, to);
}

/** Renames, or copies and removes when the destination is on another device. */
export async function move(src, dest, options = {}) {
  const from = toPath(src, "src");
  const to = toPath(dest, "dest");
  if (!options.overwrite && (await exists(to))) {
    const err = new Error("dest already exists.");
    err.code = "EEXIST";
    throw err;
  }
  try {
    await fsp.rename(from, to);
  } catch (err) {
    if (err.code !== "EXDEV") throw err;
    await copy(from, to);
    await remove(from);
  }
}

/**
 * `for await (const line of fs.readLines(path))`: lines in constant memory.
 * A plain async iterator over batches of lines from the native reader: an
 * async generator costs several promise jobs per line in Boa, this one step.
 */
export function readLines(path) {
  let fd = null;
  let batch = [];
  let index = 0;
  let finished = false;
  const close = async () => {
    finished = true;
    if (fd !== null) {
      const open = fd;
      fd = null;
      await ops.op_fs_close(open, false);
    }
  };
  const refill = async () => {
    if (fd === null) fd = await ops.op_fs_open(toPath(path), "r", 0o666, false);
    const lines = await ops.op_fs_read_lines(fd, false);
    if (lines === null) {
      await close();
      return { value: undefined, done: true };
    }
    batch = lines;
    index = 1;
    return { value: lines[0], done: false };
  };
  return {
    next() {
      if (finished) return Promise.resolve({ value: undefined, done: true });
      if (index < batch.length) return Promise.resolve({ value: batch[index++], done: false });
      return refill().catch(async (err) => {
        await close();
        throw err;
      });
    },
    async return() {
      await close();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

export const fs = {
  ...fsp.default,
  readJson,
  writeJson,
  exists,
  ensureDir,
  emptyDir,
  copy,
  move,
  remove,
  readLines,
  writeFileAtomic,
};
