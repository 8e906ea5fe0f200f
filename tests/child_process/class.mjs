// ChildProcess as Node has it: a plain constructor whose prototype methods
// are enumerable, usable as a base class; spawn()'s short forms check their
// arguments as the long form does.
import { ChildProcess, spawn } from "node:child_process";
import { EventEmitter } from "node:events";

console.log(Object.keys(ChildProcess.prototype), ChildProcess.length, ChildProcess.name);
console.log(Object.getPrototypeOf(ChildProcess) === EventEmitter, Object.getPrototypeOf(ChildProcess.prototype) === EventEmitter.prototype);

class Tracked extends ChildProcess {
  constructor() {
    super();
    this.tag = "tracked";
  }
}
const blank = new Tracked();
console.log(blank instanceof ChildProcess, blank instanceof EventEmitter, blank.tag, blank.pid, blank.exitCode, blank.signalCode, blank.killed);
console.log(Object.keys(blank));
console.log(blank.stdin, blank.stdout);

for (const [file, args] of [["", undefined], ["a\u0000b", undefined], [42, undefined], ["/bin/echo", ["ok", "x\u0000"]], ["/bin/echo", "ok"]]) {
  try {
    spawn(file, args);
    console.log("started", file);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}

const echo = spawn("/bin/echo", ["one", "two"]);
console.log(echo.spawnfile, echo.spawnargs, typeof echo.pid);
echo.stdout.on("data", (chunk) => console.log("stdout:", String(chunk).trim()));
echo.on("exit", (code, signal) => console.log("exit", code, signal));
echo.on("close", (code) => {
  console.log("close", code, echo._closesGot, echo._closesNeeded);
  // Signal names are checked whether or not the child still runs.
  for (const sig of ["TERM", "sigterm", 99, "SIGKILL", 9, 0]) {
    try {
      console.log("kill", sig, echo.kill(sig));
    } catch (err) {
      console.log("kill", sig, err.code);
    }
  }
  const quiet = spawn("/bin/sh", ["-c", "exit 3"]);
  quiet.on("close", (code) => console.log("quiet close", code, quiet.exitCode, quiet._closesGot));
});
