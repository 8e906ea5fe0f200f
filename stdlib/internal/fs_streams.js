// fs.ReadStream and fs.WriteStream (createReadStream / createWriteStream)
// over the op_fs_open/read/write/close natives. node:fs loads this module on
// the first stream, so plain fs users never parse node:stream.
import * as ops from "autorun:internal";
import { Readable, Writable, finished } from "node:stream";
import { toPath } from "internal:fs_core";
import { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } from "internal:errors";

const kIsPerformingIO = Symbol("kIsPerformingIO");
const kIoDone = Symbol("kIoDone");

let BufferClass;
function toBuffer(u8) {
  if (BufferClass === undefined) BufferClass = ops.op_load_builtin("node:buffer")?.Buffer ?? null;
  return BufferClass ? BufferClass.from(u8.buffer, u8.byteOffset, u8.byteLength) : u8;
}

function optionsOf(options) {
  if (options === undefined || options === null) return {};
  if (typeof options === "string") return { encoding: options };
  if (typeof options !== "object") throw ERR_INVALID_ARG_TYPE("options", ["string", "Object"], options);
  return { ...options };
}

function validateInteger(value, name) {
  if (typeof value !== "number") throw ERR_INVALID_ARG_TYPE(name, "number", value);
  if (!Number.isInteger(value)) throw ERR_OUT_OF_RANGE(name, "an integer", value);
  if (value < 0 || value > Number.MAX_SAFE_INTEGER) throw ERR_OUT_OF_RANGE(name, `>= 0 && <= ${Number.MAX_SAFE_INTEGER}`, value);
}

/** Where the stream's file comes from: an fd given, or a path opened in _construct. */
function importFd(stream, path, options) {
  if (options.fd === undefined || options.fd === null) {
    stream.fd = null;
    stream.path = toPath(path);
    return;
  }
  const fd = typeof options.fd === "object" && typeof options.fd.fd === "number" ? options.fd.fd : options.fd;
  if (typeof fd !== "number") throw ERR_INVALID_ARG_TYPE("options.fd", "number", options.fd);
  stream.fd = fd;
  stream.path = path === undefined || path === null ? undefined : toPath(path);
}

function construct(callback) {
  const stream = this;
  if (typeof stream.fd === "number") {
    callback();
    return;
  }
  ops.op_fs_open(stream.path, stream.flags, stream.mode, false).then(
    (fd) => {
      stream.fd = fd;
      callback();
      stream.emit("open", stream.fd);
      stream.emit("ready");
    },
    (er) => callback(er),
  );
}

function closeStream(stream, error, cb) {
  if (stream.fd === null || stream.fd === undefined) {
    cb(error);
    return;
  }
  const fd = stream.fd;
  stream.fd = null;
  ops.op_fs_close(fd, false).then(
    () => cb(error),
    (er) => cb(er || error),
  );
}

function destroyStream(error, cb) {
  const self = this;
  if (this[kIsPerformingIO]) this.once(kIoDone, (er) => closeStream(self, error || er, cb));
  else closeStream(this, error, cb);
}

// ---------------------------------------------------------------------------

export function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = optionsOf(options);
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  importFd(this, path, options);
  Readable.call(this, options);
  this.flags = options.flags === undefined ? "r" : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.start = options.start;
  this.end = options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, "start");
    this.pos = this.start;
  }
  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    validateInteger(this.end, "end");
    if (this.start !== undefined && this.start > this.end) {
      throw ERR_OUT_OF_RANGE("start", `<= "end" (here: ${this.end})`, this.start);
    }
  }
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, "autoClose", {
  get() {
    return this._readableState.autoDestroy;
  },
  set(val) {
    this._readableState.autoDestroy = val;
  },
});
Object.defineProperty(ReadStream.prototype, "pending", {
  get() {
    return this.fd === null;
  },
  configurable: true,
});

ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function (n) {
  const self = this;
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  this[kIsPerformingIO] = true;
  ops.op_fs_read(this.fd, n, this.pos ?? null, false).then(
    (bytes) => {
      self[kIsPerformingIO] = false;
      if (self.destroyed) {
        self.emit(kIoDone);
        return;
      }
      if (bytes.length > 0) {
        if (self.pos !== undefined) self.pos += bytes.length;
        self.bytesRead += bytes.length;
        self.push(toBuffer(bytes));
      } else {
        self.push(null);
      }
    },
    (er) => {
      self[kIsPerformingIO] = false;
      if (self.destroyed) {
        self.emit(kIoDone, er);
        return;
      }
      if (self._readableState.autoDestroy) self.destroy(er);
      else self.emit("error", er);
    },
  );
};

ReadStream.prototype._destroy = destroyStream;

ReadStream.prototype.close = function (cb) {
  if (typeof cb === "function") finished(this, cb);
  this.destroy();
};

// ---------------------------------------------------------------------------

export function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = optionsOf(options);
  options.decodeStrings = true;
  importFd(this, path, options);
  this.flags = options.flags === undefined ? "w" : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, "start");
    this.pos = this.start;
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, "autoClose", {
  get() {
    return this._writableState.autoDestroy;
  },
  set(val) {
    this._writableState.autoDestroy = val;
  },
});
Object.defineProperty(WriteStream.prototype, "pending", {
  get() {
    return this.fd === null;
  },
  configurable: true,
});

WriteStream.prototype._construct = construct;

function writeBytes(stream, data, cb) {
  stream[kIsPerformingIO] = true;
  ops.op_fs_write(stream.fd, data, stream.pos ?? null, false).then(
    (bytes) => {
      stream[kIsPerformingIO] = false;
      if (stream.destroyed) {
        cb();
        stream.emit(kIoDone);
        return;
      }
      stream.bytesWritten += bytes;
      cb();
    },
    (er) => {
      stream[kIsPerformingIO] = false;
      if (stream.destroyed) {
        cb(er);
        stream.emit(kIoDone, er);
        return;
      }
      cb(er);
    },
  );
  if (stream.pos !== undefined) stream.pos += data.length;
}

WriteStream.prototype._write = function (data, encoding, cb) {
  writeBytes(this, data, cb);
};

WriteStream.prototype._writev = function (chunks, cb) {
  let total = 0;
  for (const { chunk } of chunks) total += chunk.length;
  const data = new Uint8Array(total);
  let at = 0;
  for (const { chunk } of chunks) {
    data.set(chunk, at);
    at += chunk.length;
  }
  writeBytes(this, data, cb);
};

WriteStream.prototype._destroy = destroyStream;

WriteStream.prototype.close = function (cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on("close", cb);
  }
  if (!this.autoClose) this.on("finish", this.destroy);
  this.end();
};
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

export function createReadStream(path, options) {
  return new ReadStream(path, options);
}

export function createWriteStream(path, options) {
  return new WriteStream(path, options);
}
