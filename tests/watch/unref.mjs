// unref() lets the script end while the watcher still runs; ref() keeps it
// alive again until close().
import { watch } from "autorun";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "autorun-watch-")));

// Unref'd: it fires only if a watcher wrongly keeps the script alive.
setTimeout(() => {
  console.log("TIMEOUT");
  process.exit(1);
}, 5000).unref();

// ref() then close(): the script goes on past the close.
const kept = watch("**/*", { cwd: dir }).unref().ref();
await new Promise((resolve) => setImmediate(resolve));
kept.close();
console.log("closed", kept.closed);

const handle = watch("**/*", { cwd: dir }, () => {});
console.log("unref returns the handle", handle.unref() === handle);
console.log("closed", handle.closed);
process.on("exit", () => {
  fs.rmSync(dir, { recursive: true, force: true });
  console.log("exit without close");
});
