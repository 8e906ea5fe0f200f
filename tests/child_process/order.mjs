// Streams first asked for in 'exit', or in a tick queued there (before the
// unread pipes are drained), still get the child's output and end.
// (When 'close' comes relative to ticks and immediates depends, in Node, on
// whether the pipes' ends or the exit is seen first: not compared.)
import { spawn } from "node:child_process";

const log = [];
second();

function second() {
  const child = spawn("/bin/echo", ["made in exit"]);
  child.on("exit", () => {
    child.stdout.on("data", (d) => log.push(`data ${String(d).trim()}`));
    child.stdout.on("end", () => log.push("stdout end"));
  });
  child.on("close", (code) => {
    log.push(`close ${code}`);
    third();
  });
}

function third() {
  const child = spawn("/bin/echo", ["asked for in a tick"]);
  child.on("exit", () => {
    process.nextTick(() => {
      child.stdout.on("data", (d) => log.push(`tick data ${String(d).trim()}`));
      child.stdout.on("end", () => log.push("tick stdout end"));
    });
  });
  child.on("close", (code) => {
    log.push(`close ${code} ${child.stdout.readableEnded}`);
    console.log(log.join("\n"));
  });
}
