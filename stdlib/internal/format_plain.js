// console.log's common case, without node:util: strings, numbers, booleans,
// null and undefined joined by spaces, as Node formats them.

/** Formats what needs no inspection as Node does, or returns undefined. */
export function formatPlain(args, colors) {
  const first = args[0];
  if (typeof first === "string" && first.includes("%") && args.length > 1) return undefined;
  const parts = new Array(args.length);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const type = typeof arg;
    if (type === "string") parts[i] = arg;
    else if (colors) return undefined;
    else if (type === "number" && !Object.is(arg, -0)) parts[i] = String(arg);
    else if (type === "boolean" || arg === undefined || arg === null) parts[i] = String(arg);
    else return undefined;
  }
  return parts.join(" ");
}
