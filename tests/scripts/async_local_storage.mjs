import { AsyncLocalStorage, AsyncResource } from "node:async_hooks";
const als = new AsyncLocalStorage();
const log = [];
async function work(name, ms) {
  log.push(`${name} start ${als.getStore()}`);
  await new Promise((r) => setTimeout(r, ms));
  log.push(`${name} after timeout ${als.getStore()}`);
  await null;
  setImmediate(() => log.push(`${name} immediate ${als.getStore()}`));
  process.nextTick(() => log.push(`${name} tick ${als.getStore()}`));
  queueMicrotask(() => log.push(`${name} microtask ${als.getStore()}`));
  await new Promise((r) => setTimeout(r, 5));
  const inner = als.run(`${name}-inner`, () => als.getStore());
  log.push(`${name} inner ${inner} back ${als.getStore()}`);
  return als.getStore();
}
const results = await Promise.all([als.run("A", () => work("a", 10)), als.run("B", () => work("b", 3))]);
console.log(results, als.getStore());
const r = als.run("R", () => new AsyncResource("X"));
console.log(r.runInAsyncScope(() => als.getStore()));
const snap = als.run("S", () => AsyncLocalStorage.snapshot());
console.log(snap(() => als.getStore()));
als.enterWith("E");
console.log(als.getStore());
setTimeout(() => { console.log("timer", als.getStore()); als.disable(); console.log("disabled", als.getStore()); }, 1);
try { als.run("T", () => { throw new Error("x"); }); } catch (e) { console.log("thrown", als.getStore()); }
console.log(log.sort().join("\n"));
