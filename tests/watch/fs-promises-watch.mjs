// node:fs/promises watch(): an async iterator of { eventType, filename };
// an AbortSignal ends it with an AbortError, leaving the loop closes it, a
// missing path rejects with ENOENT. The same output under Node.
import fs from "node:fs";
import { watch } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "autorun-watch-")));
for (const sub of ["a", "b", "c"]) fs.mkdirSync(path.join(dir, sub));

// Unref'd: it fires only while a watcher keeps the script alive.
setTimeout(() => {
  console.log("TIMEOUT");
  process.exit(1);
}, 5000).unref();

// Aborting ends the loop with an AbortError.
{
  const controller = new AbortController();
  const iterator = watch(path.join(dir, "a"), { signal: controller.signal });
  console.log("async iterator", typeof iterator.next, typeof iterator[Symbol.asyncIterator]);
  // The first next() starts watching; the write comes after it.
  setImmediate(() => fs.writeFileSync(path.join(dir, "a", "one.txt"), "x"));
  try {
    for await (const event of iterator) {
      console.log("event", Object.keys(event).join(","), event.filename);
      if (event.filename === "one.txt") controller.abort();
    }
    console.log("no error");
  } catch (err) {
    console.log("caught", err.name, err.code, err.message, err.cause?.name);
  }
}

// An already aborted signal: the first next() rejects.
{
  const signal = AbortSignal.abort();
  try {
    for await (const event of watch(path.join(dir, "b"), { signal })) console.log("event", event);
  } catch (err) {
    console.log("aborted before", err.name, err.code);
  }
}

// break closes it (the script would not end otherwise).
{
  setImmediate(() => fs.writeFileSync(path.join(dir, "c", "two.txt"), "x"));
  for await (const { eventType, filename } of watch(path.join(dir, "c"))) {
    console.log("break after", eventType, filename);
    break;
  }
}

// A missing path.
try {
  await watch(path.join(dir, "missing")).next();
  console.log("no error");
} catch (err) {
  console.log(err.message.replace(dir, "<dir>"), err.code, err.syscall);
}

fs.rmSync(dir, { recursive: true, force: true });
console.log("end");
