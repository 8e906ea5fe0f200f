// What runs when a file is not a plain binary: a script without `#!` runs
// with /bin/sh (execvp's rule), a file the kernel cannot load fails in sh,
// a missing or non-executable file is an 'error' event, a directory too;
// kill() right after spawn() reaches the child even before it ran.
import { spawn } from "node:child_process";
import { writeFileSync, chmodSync, mkdirSync } from "node:fs";

writeFileSync("plain-script", 'echo "plain script: $0 $1"\nexit 3\n');
chmodSync("plain-script", 0o755);
writeFileSync("garbage.bin", "\x7fELF not really");
chmodSync("garbage.bin", 0o755);
writeFileSync("not-executable", "echo never\n");
mkdirSync("a-directory", { recursive: true });

function run(file, args = []) {
  return new Promise((resolve) => {
    const child = spawn(file, args);
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", (e) => console.log(file, "error", e.code, e.syscall, e.path));
    child.on("close", (code, signal) => {
      console.log(file, "pid", typeof child.pid, "close", code, signal, JSON.stringify(out));
      resolve();
    });
  });
}

await run("./plain-script", ["one"]);
await run("./garbage.bin");
await run("./not-executable");
await run("./a-directory");
await run("./missing-file");

const child = spawn("sleep", ["5"]);
console.log("kill at once", child.kill());
await new Promise((resolve) =>
  child.on("close", (code, signal) => {
    console.log("killed child close", code, signal);
    resolve();
  }),
);
