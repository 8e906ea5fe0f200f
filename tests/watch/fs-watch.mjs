// node:fs watch(): a directory watcher reports its entries' names (not
// those in subdirectories without `recursive`), a file watcher the file's
// base name; close() emits 'close'; a missing path throws ENOENT. Prints
// only what Node and autorun agree on (sets of names, not event counts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "autorun-watch-")));
fs.mkdirSync(path.join(dir, "sub"));
fs.writeFileSync(path.join(dir, "existing.txt"), "1");

const guard = setTimeout(() => {
  console.log("TIMEOUT", JSON.stringify({ names: [...names], fileEvents: [...fileEvents] }));
  process.exit(1);
}, 5000);

function closed(watcher) {
  return new Promise((resolve) => watcher.once("close", resolve));
}

// A directory, with a listener.
const names = new Set();
let seenLast;
const lastSeen = new Promise((resolve) => (seenLast = resolve));
const watcher = fs.watch(dir, (eventType, filename) => {
  if (eventType !== "rename" && eventType !== "change") console.log("bad event type", eventType);
  names.add(filename);
  if (filename === "last.txt") seenLast();
});
console.log("FSWatcher is an EventEmitter", typeof watcher.on, typeof watcher.close, typeof watcher.ref, typeof watcher.unref);
fs.writeFileSync(path.join(dir, "created.txt"), "x");
fs.appendFileSync(path.join(dir, "existing.txt"), "2");
fs.writeFileSync(path.join(dir, "sub", "nested.txt"), "not reported without recursive");
fs.renameSync(path.join(dir, "created.txt"), path.join(dir, "renamed.txt"));
fs.writeFileSync(path.join(dir, "last.txt"), "x");
await lastSeen;
const closing = closed(watcher);
watcher.close();
await closing;
console.log("dir names", JSON.stringify([...names].sort()));

// A file: events carry its base name; appending is a 'change'.
const fileEvents = new Set();
let changed;
const fileChanged = new Promise((resolve) => (changed = resolve));
const fileWatcher = fs.watch(path.join(dir, "existing.txt"), { encoding: "utf8" });
fileWatcher.on("change", (eventType, filename) => {
  fileEvents.add(`${eventType} ${filename}`);
  changed();
});
fs.appendFileSync(path.join(dir, "existing.txt"), "3");
await fileChanged;
fileWatcher.close();
console.log("file events", JSON.stringify([...fileEvents].sort()));

// encoding 'buffer' gives Buffers.
let gotBuffer;
const buffered = new Promise((resolve) => (gotBuffer = resolve));
const bufferWatcher = fs.watch(dir, { encoding: "buffer" }, (eventType, filename) => {
  if (filename.toString() === "buffer.txt") gotBuffer(filename);
});
fs.writeFileSync(path.join(dir, "buffer.txt"), "x");
const name = await buffered;
bufferWatcher.close();
console.log("buffer filename", Buffer.isBuffer(name), name.toString());

// An AbortSignal closes it.
const controller = new AbortController();
const signalled = fs.watch(dir, { signal: controller.signal });
const abortClosed = closed(signalled);
controller.abort();
await abortClosed;
console.log("closed by signal");

// A missing path.
try {
  fs.watch(path.join(dir, "missing"));
  console.log("no error");
} catch (err) {
  console.log(err.message.replace(dir, "<dir>"));
  console.log(err.code, err.errno, err.syscall, err.path === path.join(dir, "missing"), err.filename === err.path);
}

clearTimeout(guard);
fs.rmSync(dir, { recursive: true, force: true });
console.log("end");
