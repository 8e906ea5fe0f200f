// Preload for running autorun's stdlib under real Node:
//   node --expose-internals --import ./tests/js/node-shim/register.mjs <script>
// Maps `autorun:internal` to a shim of the natives, and `node:*` /
// `internal:*` imported from stdlib/ files to autorun's own stdlib files.
import { register } from "node:module";

register("./hooks.mjs", import.meta.url);
globalThis.__AUTORUN_NODE_SHIM__ = true;
globalThis.__AUTORUN_SHIM_BUILTINS__ = {
  "node:util": await import("../../../stdlib/node/util.js"),
  "internal:errors_more": await import("../../../stdlib/internal/errors_more.js"),
  "internal:events_more": await import("../../../stdlib/internal/events_more.js"),
};
