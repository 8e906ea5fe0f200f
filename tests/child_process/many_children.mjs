// Children started one after another and two at a time leave nothing open
// behind them (their stdin pipes included, though nobody touched stdin):
// the count of open fds comes back to where it was.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";

const openFds = () => readdirSync("/proc/self/fd").length;
const run = () =>
  new Promise((resolve, reject) => {
    const child = spawn("/bin/sh", ["-c", "exit 0"]);
    child.on("error", reject);
    child.on("close", resolve);
  });

const before = openFds();
for (let i = 0; i < 100; i++) await run();
const half = async () => {
  for (let i = 0; i < 50; i++) await run();
};
await Promise.all([half(), half()]);
await new Promise((resolve) => setTimeout(resolve, 100));
// Node opens an fd or two of its own on the first spawn: a few are allowed.
const left = openFds() - before;
console.log("200 children left at most a few fds open:", left <= 3, left <= 3 ? "" : left);
