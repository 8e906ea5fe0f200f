// Which task the running code belongs to: the task driver runs each task
// function inside `taskStorage().run(context, ...)`, and the async context
// follows its awaits, timers and callbacks. `$` reads it to prefix output
// and to end its commands when the task is cancelled. The storage (and
// node:async_hooks) is made when the first task runs: a script that only
// runs commands never loads it.
import { op_load_builtin } from "autorun:internal";

let storage = null;

export function taskStorage() {
  storage ??= new (op_load_builtin("node:async_hooks").AsyncLocalStorage)();
  return storage;
}

/**
 * The task running here, or undefined outside tasks:
 * `{ name, prefix (string | null), cancelled(), onCancel(fn) → unsubscribe }`.
 */
export function currentTask() {
  return storage === null ? undefined : storage.getStore();
}
