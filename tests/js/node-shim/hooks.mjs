// Module resolution hooks (Node's module.register API) for the node shim.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const stdlibURL = new URL("../../../stdlib/", import.meta.url);
const internalShimURL = new URL("./autorun-internal.mjs", import.meta.url);

function stdlibFile(relative) {
  const url = new URL(relative, stdlibURL);
  return existsSync(fileURLToPath(url)) ? url.href : undefined;
}

export async function resolve(specifier, context, nextResolve) {
  if (specifier === "autorun:internal") {
    return { url: internalShimURL.href, shortCircuit: true };
  }
  const fromStdlib = context.parentURL !== undefined && context.parentURL.startsWith(stdlibURL.href);
  if (fromStdlib) {
    let target;
    if (specifier.startsWith("internal:")) target = stdlibFile(`internal/${specifier.slice(9)}.js`);
    else if (specifier.startsWith("node:")) target = stdlibFile(`node/${specifier.slice(5)}.js`);
    if (target !== undefined) return { url: target, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}
