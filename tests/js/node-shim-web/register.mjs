// Maps autorun's module specifiers onto real files so that the stdlib's web
// globals run under Node:
//   node --import ./tests/js/node-shim-web/register.mjs your-test.mjs
// or call `register("./hooks.mjs", import.meta.url)` from the test itself.
import { register } from "node:module";

register("./hooks.mjs", import.meta.url);
