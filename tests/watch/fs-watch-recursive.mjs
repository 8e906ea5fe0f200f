// node:fs watch() with `recursive: true`: names are relative to the watched
// directory, with subdirectories. Prints the set of names, as Node does.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "autorun-watch-")));
fs.mkdirSync(path.join(dir, "sub", "deeper"), { recursive: true });

const names = new Set();
setTimeout(() => {
  console.log("TIMEOUT", JSON.stringify([...names]));
  process.exit(1);
}, 5000).unref();

const wanted = ["sub/deeper/c.txt", "sub/b.txt", "top.txt"];
const watcher = fs.watch(dir, { recursive: true }, (eventType, filename) => {
  names.add(filename);
  if (wanted.every((name) => names.has(name))) {
    watcher.close();
    // Only the names written (Node may also name the directories they are in).
    console.log(JSON.stringify([...names].filter((name) => name.endsWith(".txt")).sort()));
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
fs.writeFileSync(path.join(dir, "sub", "b.txt"), "x");
fs.writeFileSync(path.join(dir, "sub", "deeper", "c.txt"), "x");
fs.writeFileSync(path.join(dir, "top.txt"), "x");
