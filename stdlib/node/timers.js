// node:timers
import {
  setTimeout,
  setInterval,
  setImmediate,
  clearTimeout,
  clearInterval,
  clearImmediate,
} from "internal:timers";
import * as promises from "node:timers/promises";

export { setTimeout, setInterval, setImmediate, clearTimeout, clearInterval, clearImmediate, promises };

/** Legacy: starts (or restarts) a timer object's timeout. */
export function active(timer) {
  if (timer && typeof timer.refresh === "function") timer.refresh();
}

/** Legacy: cancels a timer object's timeout. */
export function unenroll(timer) {
  clearTimeout(timer);
}

export default {
  setTimeout,
  setInterval,
  setImmediate,
  clearTimeout,
  clearInterval,
  clearImmediate,
  promises,
  active,
  unenroll,
};
