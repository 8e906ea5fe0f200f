// node:timers
import {
  setTimeout,
  setInterval,
  setImmediate,
  clearTimeout,
  clearInterval,
  clearImmediate,
  enroll,
  unenroll,
  active,
  _unrefActive,
} from "internal:timers";
import * as promises from "node:timers/promises";

export { setTimeout, setInterval, setImmediate, clearTimeout, clearInterval, clearImmediate, promises };

export { enroll, unenroll, active, _unrefActive };

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
  enroll,
  _unrefActive,
};
