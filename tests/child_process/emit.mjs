// A replaced emit hears every event of a child, listened to or not
// (instrumentation wraps emit to log what a child goes through); an emit
// replaced on the prototype too.
import { ChildProcess, spawn } from "node:child_process";

const heard = [];
const original = ChildProcess.prototype.emit;
ChildProcess.prototype.emit = function (type, ...args) {
  heard.push(["proto", type, ...args].map(String).join(" "));
  return original.call(this, type, ...args);
};
await new Promise((resolve) => spawn("/bin/sh", ["-c", "exit 2"]).on("close", resolve));
delete ChildProcess.prototype.emit;

const child = spawn("/bin/sh", ["-c", "exit 3"]);
child.emit = function (type, ...args) {
  heard.push([type, ...args].map(String).join(" "));
  return original.call(this, type, ...args);
};
await new Promise((resolve) => child.on("close", resolve));
console.log(heard);
