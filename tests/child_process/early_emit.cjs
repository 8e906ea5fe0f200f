// An emit patched on EventEmitter.prototype before child_process loads
// (as tracing tools do) hears every event of a child.
const EE = require("events");
const original = EE.prototype.emit;
const seen = [];
EE.prototype.emit = function (type, ...args) {
  if (this.constructor.name === "ChildProcess") seen.push(type);
  return original.call(this, type, ...args);
};
const child = require("child_process").spawn("true");
child.on("close", () => setTimeout(() => console.log(seen.join(" "))));
