// Module resolution hooks (node:module register):
//   autorun:internal -> ./internal_ops.mjs (the natives, built on Node)
//   internal:NAME    -> stdlib/internal/NAME.js
//   autorun-node:NAME -> stdlib/node/NAME.js (the stdlib's node:NAME module)
// Every file under stdlib/ is loaded as an ES module.
const stdlib = new URL("../../../stdlib/", import.meta.url);
const ops = new URL("./internal_ops.mjs", import.meta.url);

export async function resolve(specifier, context, next) {
  if (specifier === "autorun:internal") return { url: ops.href, shortCircuit: true };
  if (specifier.startsWith("internal:")) {
    return { url: new URL(`internal/${specifier.slice("internal:".length)}.js`, stdlib).href, shortCircuit: true };
  }
  if (specifier.startsWith("autorun-node:")) {
    return { url: new URL(`node/${specifier.slice("autorun-node:".length)}.js`, stdlib).href, shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (url.startsWith(stdlib.href)) {
    const result = await next(url, { ...context, format: "module" });
    return { ...result, format: "module", shortCircuit: true };
  }
  return next(url, context);
}
