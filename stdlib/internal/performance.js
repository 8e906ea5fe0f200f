// The global `performance` (loaded on its first read): now() and timeOrigin.
import { op_now } from "autorun:internal";

export const performance = (() => {
  const origin = Date.now() - op_now();
  return {
    now: op_now,
    timeOrigin: origin,
    mark() {},
    measure() {},
    toJSON: () => ({ timeOrigin: origin }),
  };
})();
