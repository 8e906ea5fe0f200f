// spawn(): events, stdout/stderr streams, stdin, options (cwd, env, argv0,
// shell, stdio) and ENOENT, compared with Node.
import { spawn, ChildProcess } from "node:child_process";
import { EventEmitter } from "node:events";
import { Readable, Writable } from "node:stream";

/** Runs a child to its 'close', logging its events; resolves what it saw. */
function run(file, args, options, feed) {
  return new Promise((resolve) => {
    const child = spawn(file, args, options);
    const seen = { events: [], stdout: [], stderr: [] };
    child.on("spawn", () => seen.events.push("spawn"));
    child.on("exit", (code, signal) => seen.events.push(`exit ${code} ${signal}`));
    child.on("error", (err) => seen.events.push(`error ${err.message}`));
    if (child.stdout) child.stdout.on("data", (chunk) => seen.stdout.push(chunk));
    if (child.stderr) child.stderr.on("data", (chunk) => seen.stderr.push(chunk));
    if (feed) feed(child);
    child.on("close", (code, signal) => {
      seen.events.push(`close ${code} ${signal}`);
      seen.child = child;
      resolve(seen);
    });
  });
}

function show(label, seen) {
  const text = (chunks) => JSON.stringify(Buffer.concat(chunks).toString());
  console.log(label, seen.events.join(", "));
  console.log("  stdout", text(seen.stdout), "stderr", text(seen.stderr));
}

// Events and streams.
{
  const seen = await run("sh", ["-c", "echo one; echo two >&2; exit 3"]);
  show("basic", seen);
  const child = seen.child;
  console.log("  instance", child instanceof ChildProcess, child instanceof EventEmitter);
  console.log("  streams", child.stdout instanceof Readable, child.stderr instanceof Readable, child.stdin instanceof Writable);
  console.log("  stdio", child.stdio.length, child.stdio[0] === child.stdin, child.stdio[1] === child.stdout, child.stdio[2] === child.stderr);
  console.log("  fields", child.exitCode, child.signalCode, child.killed, child.connected, typeof child.pid);
  console.log("  spawn", child.spawnfile, JSON.stringify(child.spawnargs));
  console.log("  chunk is Buffer", Buffer.isBuffer(seen.stdout[0]));
  console.log("  kill after exit", child.kill());
}

// stdin piped into cat, written in pieces.
{
  const seen = await run("cat", [], {}, (child) => {
    child.stdin.write("hello ");
    child.stdin.write(Buffer.from("binary "));
    child.stdin.end("world\n");
  });
  show("cat", seen);
}

// A larger input through cat (several chunks each way).
{
  const big = "x".repeat(300000) + "\n";
  const seen = await run("cat", [], {}, (child) => child.stdin.end(big));
  console.log("big cat", Buffer.concat(seen.stdout).length, seen.events.join(", "));
}

// setEncoding on stdout.
{
  const child = spawn("printf", ["h\u00e9llo"]);
  child.stdout.setEncoding("utf8");
  let text = "";
  child.stdout.on("data", (s) => (text += typeof s + ":" + s + " "));
  await new Promise((resolve) => child.on("close", resolve));
  console.log("encoding", text);
}

// Nobody reads stdout: 'close' still comes.
{
  const child = spawn("sh", ["-c", "echo unread; echo unread >&2"]);
  const [code] = await new Promise((resolve) => child.on("close", (...a) => resolve(a)));
  console.log("unread close", code);
}

// Options.
show("cwd", await run("pwd", [], { cwd: "/usr" }));
show("cwd URL", await run("pwd", [], { cwd: new URL("file:///usr/") }));
show("env", await run("sh", ["-c", 'echo "$FOO|$BAR|${HOME:-nohome}"'], { env: { FOO: "foo", BAR: 42 } }));
show("env inherit", await run("sh", ["-c", 'echo "${CP_TEST_VAR}"'], { env: { ...process.env, CP_TEST_VAR: "inherited" } }));
process.env.CP_TEST_VAR2 = "from process.env";
show("env default", await run("sh", ["-c", 'echo "${CP_TEST_VAR2}"']));
show("argv0", await run("sh", ["-c", 'echo "$0"'], { argv0: "custom-name" }));
show("shell true", await run("echo $((1 + 2)) | tr 3 X", [], { shell: true }));
show("shell args", await run("echo", ["a", "$HOME_NOT_SET_X", "b"], { shell: true }));
show("shell string", await run("echo from-sh", { shell: "/bin/sh" }));
{
  const seen = await run("echo hi", [], { shell: true });
  console.log("  spawn", seen.child.spawnfile, JSON.stringify(seen.child.spawnargs));
}
show("detached", await run("sh", ["-c", "echo detached"], { detached: true }));
show("windowsHide", await run("echo", ["ok"], { windowsHide: true, windowsVerbatimArguments: false }));

// stdio variants.
{
  const seen = await run("sh", ["-c", "echo out; echo err >&2"], { stdio: ["ignore", "pipe", "ignore"] });
  show("stdio ignore", seen);
  console.log("  streams", seen.child.stdin, seen.child.stdout !== null, seen.child.stderr, seen.child.stdio.length);
}
{
  const seen = await run("sh", ["-c", "echo out; echo err >&2"], { stdio: [null, undefined, "pipe"] });
  show("stdio null", seen);
  console.log("  streams", seen.child.stdin !== null, seen.child.stdout !== null, seen.child.stderr !== null);
}
{
  const seen = await run("echo", ["x"], { stdio: "ignore" });
  show("stdio 'ignore'", seen);
  console.log("  streams", seen.child.stdin, seen.child.stdout, seen.child.stderr, JSON.stringify(seen.child.stdio));
}

// ENOENT: 'error' then 'close' with -2.
{
  const seen = await run("nonexistent-command-xyz", ["a", "b"]);
  show("enoent", seen);
  const child = seen.child;
  console.log("  pid", child.pid, "exitCode", child.exitCode, "streams", child.stdout !== null, child.stdin !== null);
  const err = await new Promise((resolve) => spawn("nonexistent-command-xyz", ["a"]).on("error", resolve));
  console.log("  error", err instanceof Error, err.name, err.message, err.errno, err.code, err.syscall, err.path, JSON.stringify(err.spawnargs));
  console.log("  keys", Object.keys(err).join(","));
}
{
  const err = await new Promise((resolve) => spawn("ls", [], { cwd: "/nonexistent-dir-xyz" }).on("error", resolve));
  console.log("bad cwd", err.message, err.code, err.path);
}
{
  const err = await new Promise((resolve) => spawn("/etc/passwd").on("error", resolve));
  console.log("not executable", err.message, err.code, err.errno);
}

{
  const err = await new Promise((resolve) => spawn("/tmp").on("error", resolve));
  console.log("directory", err.message, err.code, err.errno);
}
try {
  // Node throws this one at once instead of emitting it.
  spawn("ls", [], { cwd: "/etc/passwd" });
} catch (err) {
  console.log("cwd is a file", err.message, err.code, err.errno, err.syscall, Object.keys(err).join(","));
}
show("env without PATH", await run("ls", ["/"], { env: { A: "1" }, stdio: ["ignore", "ignore", "pipe"] }));

// Validation errors.
const bad = [
  () => spawn(),
  () => spawn(42),
  () => spawn(""),
  () => spawn("echo", "notarray"),
  () => spawn("echo", [], "opts"),
  () => spawn("echo", [], null),
  () => spawn("echo", ["a\u0000b"]),
  () => spawn("ec\u0000ho"),
  () => spawn("echo", [], { cwd: 42 }),
  () => spawn("echo", [], { detached: "yes" }),
  () => spawn("echo", [], { shell: 1 }),
  () => spawn("echo", [], { argv0: 1 }),
  () => spawn("echo", [], { stdio: "bogus" }),
  () => spawn("echo", [], { stdio: 42 }),
  () => spawn("echo", [], { stdio: [{}] }),
  () => spawn("echo", [], { stdio: ["pipe", Buffer.from("x")] }),
  () => spawn("echo", [], { timeout: -1 }),
  () => spawn("echo", [], { timeout: 1.5 }),
  () => spawn("echo", [], { killSignal: "SIGNOPE" }),
  () => spawn("echo", [], { killSignal: {} }),
  () => spawn("echo", [], { signal: {} }),
  () => spawn("echo", [], { env: { A: "x\u0000y" } }),
  () => spawn("echo", [], { uid: 1.5 }),
];
for (const make of bad) {
  try {
    make();
    console.log("no error:", make.toString());
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
