// The `autorun` module: the task-runner API. A tasks file imports it first
// thing, so it stays small: every export loads its module on first use
// (a script that only runs commands never parses the task definitions).
import { op_load_builtin } from "autorun:internal";

const load = (name) => op_load_builtin(name);

/** `task(name, [desc | options,] fn)`: declares a task (see internal:tasks). */
export function task(name, descOrOptions, fn) {
  return load("internal:tasks").task(...arguments);
}

/** `series(...tasks)`: a function running the tasks one after another. */
export function series(...tasks) {
  return load("internal:tasks").series(...tasks);
}

/** `parallel(...tasks)`: a function running the tasks side by side. */
export function parallel(...tasks) {
  return load("internal:tasks").parallel(...tasks);
}

/** `await sleep(ms)`: resolves after `ms` milliseconds. */
export function sleep(ms) {
  if (typeof ms !== "number" || Number.isNaN(ms)) {
    const err = new TypeError(`sleep(ms): ms must be a number of milliseconds, got ${typeof ms}`);
    err.code = "ERR_INVALID_ARG_TYPE";
    return Promise.reject(err);
  }
  const { setTimeout } = load("internal:timers");
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `await glob(patterns, options)`: the matching paths, sorted. */
export function glob(patterns, options) {
  return load("internal:glob").glob(patterns, options);
}

export function globSync(patterns, options) {
  return load("internal:glob").globSync(patterns, options);
}

/**
 * `` $`cmd ${arg}` ``: runs a shell command (see internal:shell), loaded on
 * first use. That first call puts the real `$` in this live binding, so
 * later calls (one per command) go straight to it.
 */
export let $ = (...args) => {
  $ = load("internal:shell").$;
  return $(...args);
};

/** `await which("git")`: the command's absolute path (rejects when not on PATH). */
export function which(name, options) {
  return load("internal:shell_more").which(name, options);
}

/** `await retry(count, [delay,] fn)`: calls fn until it succeeds, at most `count` times. */
export function retry(count, delay, fn) {
  return load("internal:shell_more").retry(count, delay, fn);
}

/** zx's shell quoting of one value. */
export function quote(value) {
  return load("internal:shell").quote(value);
}

/**
 * `watch(patterns, options, callback)`: calls back with each batch of changes
 * to matching paths; without a callback, `for await` the batches (see internal:watch).
 */
export function watch(patterns, options, callback) {
  return load("internal:watch").watch(patterns, options, callback);
}

/** node:fs/promises plus build-script helpers (see internal:fs_extra), loaded on first use. */
export const fs = new Proxy(
  {},
  {
    get: (_, key) => load("internal:fs_extra").fs[key],
    has: (_, key) => key in load("internal:fs_extra").fs,
    ownKeys: () => Reflect.ownKeys(load("internal:fs_extra").fs),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(load("internal:fs_extra").fs, key);
      return descriptor && { ...descriptor, configurable: true };
    },
  },
);

export default { task, series, parallel, sleep, glob, globSync, watch, fs, $, quote, which, retry };
