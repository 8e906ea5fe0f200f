// watch(patterns, options, callback): a create and then a modify of a
// matching file arrive as batches of absolute paths; files the patterns do
// not match, and files in node_modules/, .git/ and gitignored directories,
// never show up.
import { watch } from "autorun";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "autorun-watch-")));
for (const sub of ["src/deep", "src/node_modules/pkg", "src/.git", "src/generated"]) fs.mkdirSync(path.join(dir, sub), { recursive: true });
fs.writeFileSync(path.join(dir, "src/.gitignore"), "generated/\n");
const write = (rel, text) => fs.writeFileSync(path.join(dir, rel), text);

const guard = setTimeout(() => {
  console.log("TIMEOUT", JSON.stringify(seen));
  process.exit(1);
}, 5000);

const seen = [];
let step = 0;
const handle = watch(["src/**/*.css", "!src/**/skip-*.css"], { cwd: dir }, (changes) => {
  for (const { path: file, kind } of changes) {
    seen.push(`${kind} ${path.isAbsolute(file) ? path.relative(dir, file) : `NOT ABSOLUTE ${file}`}`);
  }
  console.log(seen.splice(0).join("\n"));
  step++;
  if (step === 1) {
    // The create arrived: now change the file.
    fs.appendFileSync(path.join(dir, "src/deep/a.css"), "b { color: red }\n");
  } else {
    handle.close();
    clearTimeout(guard);
    console.log("closed", handle.closed);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// None of these match (or they are ignored); they happen before the matching
// write, so they would be in its batch or an earlier one.
write("src/deep/a.js", "no");
write("src/skip-me.css", "no");
write("top.css", "no");
write("src/node_modules/pkg/x.css", "no");
write("src/.git/y.css", "no");
write("src/generated/z.css", "no");
write("src/deep/a.css", "a {}\n");
