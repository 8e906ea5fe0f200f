// Where console and process.stdout/stderr writes go. When tasks run side by
// side, the task driver names the task the running code belongs to, and its
// output lines get the task's prefix (whole lines only, so lines of two
// tasks never mix).
import { op_write, op_write_prefixed } from "autorun:internal";

let taskOfOutput = null;

/** `fn()` → the running task's `{ name, prefix }`, or undefined. */
export function setTaskOfOutput(fn) {
  taskOfOutput = fn;
}

/** Writes a string or bytes to fd 1 or 2. */
export function write(fd, chunk) {
  const task = taskOfOutput === null ? undefined : taskOfOutput();
  if (task?.prefix) op_write_prefixed(fd, `js:${task.name}:${fd}`, task.prefix, chunk);
  else op_write(fd, chunk);
}
