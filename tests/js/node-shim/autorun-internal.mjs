// Test-only stand-in for the natives of `autorun:internal`, built on Node.
import { createRequire } from "node:module";
import util from "node:util";

// With --expose-internals, V8's promise details are readable directly.
// Without it, the state is read from Node's inspect output and a settled
// promise's value is unknown (undefined).
let getPromiseDetails;
try {
  const require = createRequire(import.meta.url);
  getPromiseDetails = require("internal/test/binding").internalBinding("util").getPromiseDetails;
} catch {
  getPromiseDetails = undefined;
}

export function op_promise_state(promise) {
  if (!util.types.isPromise(promise)) throw new TypeError("op_promise_state: not a promise");
  if (getPromiseDetails !== undefined) {
    const [state, value] = getPromiseDetails(promise);
    return state === 0 ? [0, undefined] : [state, value];
  }
  const text = util.inspect(promise, { depth: 0, customInspect: false });
  if (text.includes("<pending>")) return [0, undefined];
  return [text.includes("<rejected>") ? 2 : 1, undefined];
}

export function op_is_proxy(value) {
  return util.types.isProxy(value);
}

// `op_load_builtin(name)`: the stdlib loads node:util and the rarely needed
// halves of its modules (internal:*_more) lazily through this. register.mjs
// imports them up front so the lookup can stay synchronous (not here: util.js
// imports this module, and a top-level await of it here would never settle).
export function op_load_builtin(name) {
  const builtins = globalThis.__AUTORUN_SHIM_BUILTINS__ ?? {};
  const found = builtins[/^(node|internal):/.test(name) ? name : `node:${name}`];
  if (!found) throw new Error(`test shim: op_load_builtin(${name}) is not available`);
  return found;
}
