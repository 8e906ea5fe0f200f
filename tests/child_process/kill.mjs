// kill(), the timeout/killSignal options and AbortSignal, compared with Node.
import { spawn, exec, execFile } from "node:child_process";
import util from "node:util";

function closed(child) {
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
}

function fields(child) {
  return `exitCode=${child.exitCode} signalCode=${child.signalCode} killed=${child.killed}`;
}

// kill() with the default signal.
{
  const child = spawn("sleep", ["5"]);
  const closing = closed(child);
  await new Promise((resolve) => child.on("spawn", resolve));
  console.log("before", fields(child));
  console.log("kill()", child.kill());
  const exit = await new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  console.log("exit", JSON.stringify(exit), fields(child));
  console.log("close", JSON.stringify(await closing));
  console.log("kill again", child.kill(), fields(child));
}

// kill() with a name, a lower-case name and a number.
for (const signal of ["SIGKILL", "sigint", 9, "SIGUSR1"]) {
  const child = spawn("sleep", ["5"]);
  console.log(`kill(${JSON.stringify(signal)})`, child.kill(signal), JSON.stringify(await closed(child)), fields(child));
}

// kill(0) only checks the child is there.
{
  const child = spawn("sleep", ["5"]);
  console.log("kill(0)", child.kill(0), child.killed);
  child.kill();
  await closed(child);
}

// A child that handles SIGTERM and exits with a code.
{
  const child = spawn("sh", ["-c", 'trap "echo trapped; exit 42" TERM; echo ready; while true; do sleep 0.05; done']);
  let out = "";
  child.stdout.on("data", (chunk) => {
    out += chunk;
    if (out === "ready\n") child.kill();
  });
  console.log("trap", JSON.stringify(await closed(child)), fields(child), JSON.stringify(out));
}

// Bad signals throw.
{
  const child = spawn("sleep", ["5"]);
  for (const signal of ["SIGNOPE", 1000, -1, {}, "TERM"]) {
    try {
      child.kill(signal);
      console.log("no error", signal);
    } catch (err) {
      console.log("bad signal", err.name, err.code, err.message);
    }
  }
  child.kill("SIGKILL");
  await closed(child);
}

// timeout + killSignal on spawn.
{
  const child = spawn("sleep", ["5"], { timeout: 50 });
  console.log("spawn timeout", JSON.stringify(await closed(child)), fields(child));
}
{
  const child = spawn("sleep", ["5"], { timeout: 50, killSignal: "SIGKILL" });
  console.log("spawn timeout SIGKILL", JSON.stringify(await closed(child)), fields(child));
}
{
  const child = spawn("sleep", ["5"], { timeout: 50, killSignal: 2 });
  console.log("spawn timeout 2", JSON.stringify(await closed(child)), fields(child));
}
{
  const child = spawn("echo", ["fast"], { timeout: 5000, stdio: "ignore" });
  console.log("timeout not reached", JSON.stringify(await closed(child)), fields(child));
}

// AbortSignal.
{
  const controller = new AbortController();
  const child = spawn("sleep", ["5"], { signal: controller.signal });
  const errors = [];
  child.on("error", (err) => errors.push(err));
  await new Promise((resolve) => child.on("spawn", resolve));
  controller.abort();
  console.log("abort", JSON.stringify(await closed(child)), fields(child));
  const [err] = errors;
  console.log("  error", errors.length, err.name, err.code, err.message, err.cause?.name, err.cause?.message);
}
{
  const controller = new AbortController();
  const child = spawn("sleep", ["5"], { signal: controller.signal, killSignal: "SIGKILL" });
  const errors = [];
  child.on("error", (err) => errors.push(err));
  controller.abort(new Error("my reason"));
  console.log("abort reason", JSON.stringify(await closed(child)), fields(child));
  console.log("  error", errors.length, errors[0].name, errors[0].cause?.message);
}
{
  const child = spawn("sleep", ["5"], { signal: AbortSignal.abort("early") });
  const errors = [];
  child.on("error", (err) => errors.push(err));
  console.log("already aborted", JSON.stringify(await closed(child)), fields(child));
  console.log("  error", errors.length, errors[0].name, errors[0].code, errors[0].cause);
}
{
  // Aborting after the child ended does nothing.
  const controller = new AbortController();
  const child = spawn("true", [], { signal: controller.signal });
  const errors = [];
  child.on("error", (err) => errors.push(err));
  console.log("abort after exit", JSON.stringify(await closed(child)));
  controller.abort();
  await new Promise((resolve) => setTimeout(resolve, 20));
  console.log("  errors", errors.length, fields(child));
}
{
  const controller = new AbortController();
  const done = new Promise((resolve) =>
    exec("sleep 5", { signal: controller.signal }, (err, stdout, stderr) => resolve({ err, stdout, stderr })),
  );
  controller.abort();
  const { err, stdout, stderr } = await done;
  console.log("exec abort", err.name, err.code, err.message, JSON.stringify(stdout), JSON.stringify(stderr));
}
{
  const controller = new AbortController();
  const promise = util.promisify(execFile)("sleep", ["5"], { signal: controller.signal });
  controller.abort();
  try {
    await promise;
  } catch (err) {
    console.log("execFile promisified abort", err.name, err.code, JSON.stringify(err.stdout), JSON.stringify(err.stderr));
  }
}

// ref/unref exist and do not throw; the child still runs to its end.
{
  const child = spawn("sh", ["-c", "echo refs"]);
  child.unref();
  child.ref();
  let out = "";
  child.stdout.on("data", (chunk) => (out += chunk));
  console.log("ref/unref", JSON.stringify(await closed(child)), JSON.stringify(out));
}
