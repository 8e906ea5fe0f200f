// 20 writes within the debounce time arrive as one batch with 20 paths,
// sorted, one entry each.
import { watch } from "autorun";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "autorun-watch-")));
fs.mkdirSync(path.join(dir, "out"));

const guard = setTimeout(() => {
  console.log("TIMEOUT");
  process.exit(1);
}, 5000);

const handle = watch("out/*.txt", { cwd: dir, debounce: 400 }, (changes) => {
  handle.close();
  clearTimeout(guard);
  const names = changes.map((c) => path.relative(dir, c.path));
  console.log("batch of", changes.length);
  console.log("kinds", [...new Set(changes.map((c) => c.kind))].join(","));
  console.log("sorted", JSON.stringify(names) === JSON.stringify([...names].sort()));
  console.log(names.join(" "));
  fs.rmSync(dir, { recursive: true, force: true });
});

// Twice each: a create and a modify of every file, merged into one create.
for (let i = 0; i < 20; i++) fs.writeFileSync(path.join(dir, `out/f${String(i).padStart(2, "0")}.txt`), "one");
for (let i = 0; i < 20; i++) fs.appendFileSync(path.join(dir, `out/f${String(i).padStart(2, "0")}.txt`), "two");
