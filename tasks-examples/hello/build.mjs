#!/usr/bin/env autorun
// A build script run as `autorun tasks-examples/hello/build.mjs`: timers,
// promises, modules and the event loop, the way a Node script uses them.
import { sleep } from "autorun";
import { EOL } from "node:os";
import info from "./info.json" with { type: "json" };

const steps = ["lint", "compile", "bundle"];
const started = performance.now();
const done = await Promise.all(
  steps.map(async (step, i) => {
    await sleep(20 * (i + 1));
    return `${step} ok`;
  }),
);
console.log(`${info.name}: ${done.join(", ")}`);
process.stdout.write(`built ${steps.length} steps in parallel${EOL}`);
if (performance.now() - started > 1000) process.exitCode = 1;
