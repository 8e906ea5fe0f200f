// exec() and execFile(): callbacks, error shapes, encoding, maxBuffer,
// timeout, and their util.promisify forms, compared with Node.
import { exec, execFile } from "node:child_process";
import util from "node:util";

const execP = util.promisify(exec);
const execFileP = util.promisify(execFile);

function call(fn, ...args) {
  return new Promise((resolve) => {
    const child = fn(...args, (error, stdout, stderr) => resolve({ error, stdout, stderr, child }));
  });
}

function describeError(err) {
  if (err === null) return "null";
  const fields = {};
  for (const key of ["code", "killed", "signal", "cmd", "errno", "syscall", "path", "spawnargs"]) {
    if (key in err) fields[key] = err[key];
  }
  return `${err.name}: ${JSON.stringify(err.message)} ${JSON.stringify(fields)} keys=${Object.keys(err).join(",")}`;
}

function show(label, { error, stdout, stderr }) {
  const shown = (v) => (Buffer.isBuffer(v) ? `<Buffer ${JSON.stringify(v.toString())}>` : JSON.stringify(v));
  console.log(label);
  console.log("  error ", describeError(error));
  console.log("  stdout", shown(stdout), "stderr", shown(stderr));
}

show("exec ok", await call(exec, "echo hello; echo warn >&2"));
show("exec fail", await call(exec, "echo out; echo bad >&2; exit 2"));
show("exec fail no stderr", await call(exec, "exit 7"));
show("exec not found", await call(exec, "nonexistent-command-xyz --flag"));
show("exec options", await call(exec, 'echo "$V" && pwd', { env: { V: "value", PATH: process.env.PATH }, cwd: "/usr" }));
show("exec shell string", await call(exec, "echo $0", { shell: "/bin/sh" }));
show("exec encoding buffer", await call(exec, "printf 'a\\001b'", { encoding: "buffer" }));
show("exec encoding hex", await call(exec, "printf AB", { encoding: "hex" }));
show("exec encoding bogus", await call(exec, "printf AB", { encoding: "bogus" }));
show("exec encoding null", await call(exec, "printf AB", { encoding: null }));
show("exec maxBuffer", await call(exec, "printf 0123456789abcdef", { maxBuffer: 4 }));
show("exec maxBuffer stderr", await call(exec, "printf 0123456789 >&2", { maxBuffer: 4 }));
show("exec maxBuffer Infinity", await call(exec, "printf 0123456789", { maxBuffer: Infinity }));
show("exec timeout", await call(exec, "sleep 5", { timeout: 100 }));
show("exec timeout SIGKILL", await call(exec, "sleep 5", { timeout: 100, killSignal: "SIGKILL" }));
show("exec timeout not reached", await call(exec, "echo quick", { timeout: 5000 }));
{
  const { child } = await call(exec, "echo child");
  console.log("  child", child.constructor.name, child.exitCode, child.spawnfile, JSON.stringify(child.spawnargs));
}

show("execFile ok", await call(execFile, "echo", ["a", "b c"]));
show("execFile no args", await call(execFile, "pwd", { cwd: "/" }));
show("execFile fail", await call(execFile, "sh", ["-c", "echo o; echo e >&2; exit 3"]));
show("execFile not found", await call(execFile, "nonexistent-command-xyz", ["x", "y"]));
show("execFile not found no args", await call(execFile, "nonexistent-command-xyz"));
show("execFile signal", await call(execFile, "sh", ["-c", "kill -TERM $$"]));
show("execFile shell", await call(execFile, "echo $((2 * 21))", { shell: true }));

// No callback at all: the child still runs.
await new Promise((resolve) => execFile("true").on("close", resolve));
console.log("no callback: closed");

// Promisified.
console.log("promisify exec", JSON.stringify(await execP("echo p; echo q >&2")));
console.log("promisify execFile", JSON.stringify(await execFileP("echo", ["r"])));
console.log("promisify child", (() => {
  const promise = execP("true");
  return typeof promise.child?.kill;
})());
try {
  await execP("echo partial; echo oops >&2; exit 5");
} catch (err) {
  console.log("promisify rejects", describeError(err));
  console.log("  with", JSON.stringify(err.stdout), JSON.stringify(err.stderr));
}
try {
  await execFileP("nonexistent-command-xyz", ["q"]);
} catch (err) {
  console.log("promisify execFile rejects", describeError(err));
  console.log("  with", JSON.stringify(err.stdout), JSON.stringify(err.stderr));
}
console.log("promisify buffer", await execP("printf xy", { encoding: "buffer" }).then(({ stdout }) => Buffer.isBuffer(stdout)));
console.log("custom symbol", typeof exec[util.promisify.custom], typeof execFile[Symbol.for("nodejs.util.promisify.custom")]);

// Argument errors.
const bad = [
  () => exec(),
  () => exec(1),
  () => exec("a\u0000b"),
  () => exec("true", { timeout: "x" }, () => {}),
  () => exec("true", { maxBuffer: -1 }, () => {}),
  () => exec("true", { killSignal: "NOPE" }, () => {}),
  () => execFile("true", [], {}, "notfn"),
  () => execFile("true", [], 5),
  () => execFile(5),
];
for (const make of bad) {
  try {
    make();
    console.log("no error:", make.toString());
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
