// Which task the running code belongs to: the task driver runs each task
// function inside `taskStorage.run(context, ...)`, and the async context
// follows its awaits, timers and callbacks. `$` reads it to prefix output
// and to end its commands when the task is cancelled.
import { AsyncLocalStorage } from "node:async_hooks";

export const taskStorage = new AsyncLocalStorage();

/**
 * The task running here, or undefined outside tasks:
 * `{ name, prefix (string | null), cancelled(), onCancel(fn) → unsubscribe }`.
 */
export function currentTask() {
  return taskStorage.getStore();
}
