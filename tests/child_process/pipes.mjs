// The child's streams as streams: piping between children, async iteration,
// pipe() into process.stdout, EPIPE on stdin, writes after exit, and the
// streams' states at the end, compared with Node.
import { spawn } from "node:child_process";
import { once } from "node:events";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// One child's stdout into another's stdin.
{
  const a = spawn("printf", ["b\\na\\nc\\n"]);
  const b = spawn("sort");
  a.stdout.pipe(b.stdin);
  let out = "";
  b.stdout.on("data", (chunk) => (out += chunk));
  const [code] = await once(b, "close");
  console.log("a | b", code, JSON.stringify(out));
}

// for await over stdout.
{
  const child = spawn("sh", ["-c", "echo x; echo y"]);
  const exited = once(child, "exit");
  let out = "";
  for await (const chunk of child.stdout) out += chunk;
  console.log("for await", JSON.stringify(out), JSON.stringify(await exited));
}

// pipe() into process.stdout (which pipe() leaves open).
{
  const child = spawn("echo", ["piped to our stdout"]);
  child.stdout.pipe(process.stdout);
  await once(child, "close");
  console.log("after pipe");
}

// Big input and output both ways.
{
  const child = spawn("sh", ["-c", "cat; echo done >&2"]);
  let size = 0;
  child.stdout.on("data", (chunk) => (size += chunk.length));
  let err = "";
  child.stderr.setEncoding("utf8").on("data", (chunk) => (err += chunk));
  for (let i = 0; i < 20; i++) child.stdin.write(Buffer.alloc(50000, 97 + i));
  child.stdin.end();
  const [code] = await once(child, "close");
  console.log("big", code, size, JSON.stringify(err));
}

// stdin 'finish' once ended; the child sees EOF.
{
  const child = spawn("wc", ["-c"]);
  let out = "";
  child.stdout.on("data", (chunk) => (out += chunk));
  const finished = once(child.stdin, "finish");
  const closed = once(child, "close");
  child.stdin.end("12345");
  await finished;
  console.log("stdin finished");
  await closed;
  console.log("wc", out.trim());
}

// The child stops reading and exits while a big write is in flight: EPIPE
// on stdin, before 'close'.
{
  const child = spawn("head", ["-c", "10"]);
  child.stdin.on("error", (err) => console.log("stdin error", err.name, err.message, err.errno, err.code, err.syscall, Object.keys(err).join(",")));
  let out = "";
  child.stdout.on("data", (chunk) => (out += chunk));
  child.stdin.write(Buffer.alloc(1024 * 1024, "a"));
  child.stdin.end();
  const [code] = await once(child, "close");
  console.log("head", code, JSON.stringify(out));
}

// A write after the child is gone: stdin was destroyed at exit.
{
  const child = spawn("true");
  await once(child, "close");
  const errors = [];
  child.stdin.on("error", (err) => errors.push(err.code));
  let result = "not called";
  child.stdin.write("late", (err) => (result = err && err.code));
  await sleep(20);
  console.log("write after exit", result, JSON.stringify(errors), child.stdin.destroyed, child.stdin.writable);
}

// Stream states around exit and close.
{
  const child = spawn("true");
  const closed = once(child, "close");
  await once(child, "exit");
  console.log("stdin destroyed at exit", child.stdin.destroyed);
  await closed;
  console.log("after close", child.stdout.destroyed, child.stdout.readableEnded, child.stderr.destroyed);
}

// The user destroys stdout early: 'close' still comes. (The child writes
// nothing after that: Node closes the pipe, so a later write would get
// SIGPIPE, while autorun keeps reading and drops what comes.)
{
  const child = spawn("sh", ["-c", "sleep 0.05"]);
  child.stdout.destroy();
  const [code, signal] = await once(child, "close");
  console.log("stdout destroyed", code, signal);
}

// Streams first asked for late: in 'exit', after 'close', or never.
{
  const child = spawn("sh", ["-c", "echo early; echo err >&2"]);
  const closed = once(child, "close");
  const [code] = await once(child, "exit");
  let text = "";
  child.stdout.on("data", (d) => (text += d));
  await closed;
  console.log("read in exit", code, JSON.stringify(text), child.stdout.readableEnded);
}
{
  const child = spawn("sh", ["-c", "echo out; echo done >&2"]);
  const [code] = await once(child, "close");
  console.log("never read", code, child.stdout.destroyed, child.stderr.readableEnded, child.stdio.length);
}
{
  const child = spawn("cat");
  child.stdin.end("typed\n");
  const [code] = await once(child, "close");
  console.log("stdin only", code, child.stdout.readableEnded, child.stdout.read());
}
