// The current directory as `process.cwd()` reports it, for modules that must
// not load `process` just to ask (node:path). Until internal:process loads it
// is the host's current directory; internal:process then routes the question
// through `process.cwd()`, so a replaced `process.cwd` is honoured as in Node.
import { op_cwd } from "autorun:internal";

let source = null;

export function cwd() {
  return source === null ? op_cwd() : source();
}

/** Called once by internal:process with `() => process.cwd()`. */
export function setCwdSource(fn) {
  source = fn;
}
