// Which task the running code belongs to: the task driver runs each task
// function with `runInTask(context, fn, ...args)`, and the async context
// follows its awaits, timers and callbacks. `$` reads it to prefix output
// and to end its commands when the task is cancelled. It is an entry of the
// host's async context (the Map node:async_hooks keeps its stores in) under
// a key of its own, so running a task does not load node:async_hooks.
import { op_async_context, op_async_context_run } from "autorun:internal";

const key = Object.freeze({ name: "task" });

/** Calls `fn(...args)` in an async context that names `context` the task. */
export function runInTask(context, fn, ...args) {
  const outer = op_async_context();
  const inner = new Map(outer === undefined ? [] : outer);
  inner.set(key, context);
  return op_async_context_run(inner, fn, undefined, args);
}

/**
 * The task running here, or undefined outside tasks:
 * `{ name, prefix (string | null), cancelled(), onCancel(fn) → unsubscribe }`.
 */
export function currentTask() {
  const context = op_async_context();
  return context === undefined ? undefined : context.get(key);
}
