// Without a callback the handle is async-iterable: batches come out of
// `for await`, and leaving the loop closes the watcher, so the script ends.
import { watch } from "autorun";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "autorun-watch-")));
fs.mkdirSync(path.join(dir, "src"));

// Unref'd: it fails the script only while the watcher keeps it alive.
setTimeout(() => {
  console.log("TIMEOUT");
  process.exit(1);
}, 5000).unref();

const handle = watch("src/**/*.css", { cwd: dir });
let count = 0;
// The watcher is ready once watch() returns; write after the loop started.
setImmediate(() => fs.writeFileSync(path.join(dir, "src/one.css"), "x"));
for await (const batch of handle) {
  count++;
  console.log("batch", batch.map((c) => `${c.kind} ${path.relative(dir, c.path)}`).join(", "));
  if (count === 1) {
    fs.writeFileSync(path.join(dir, "src/two.txt"), "not matched");
    fs.writeFileSync(path.join(dir, "src/two.css"), "x");
    continue;
  }
  break;
}
console.log("closed after break", handle.closed);
// A closed handle's iterator is done at once.
console.log("next after close", JSON.stringify(await handle[Symbol.asyncIterator]().next()));
fs.rmSync(dir, { recursive: true, force: true });
console.log("end");
