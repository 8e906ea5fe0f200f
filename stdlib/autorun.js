// The `autorun` module: the task-runner API. It grows with each capability.
import { setTimeout as startTimeout } from "internal:timers";
import { task, series, parallel } from "internal:tasks";
import { glob, globSync } from "internal:glob";
import { fs } from "internal:fs_extra";

export { task, series, parallel, glob, globSync, fs };

/** `await sleep(ms)`: resolves after `ms` milliseconds. */
export function sleep(ms) {
  if (typeof ms !== "number" || Number.isNaN(ms)) {
    const err = new TypeError(`sleep(ms): ms must be a number of milliseconds, got ${typeof ms}`);
    err.code = "ERR_INVALID_ARG_TYPE";
    return Promise.reject(err);
  }
  return new Promise((resolve) => startTimeout(resolve, ms));
}

export default { task, series, parallel, sleep, glob, globSync, fs };
