// spawnSync(), execSync() and execFileSync(): results, thrown errors, input,
// encoding, timeout and maxBuffer, compared with Node. Only stable fields are
// printed (no pids).
import { spawnSync, execSync, execFileSync } from "node:child_process";

const shown = (v) => {
  if (Buffer.isBuffer(v)) return `<Buffer ${JSON.stringify(v.toString())}>`;
  if (Array.isArray(v)) return `[${v.map(shown).join(", ")}]`;
  return JSON.stringify(v);
};

function showResult(label, r) {
  console.log(label);
  console.log("  keys", Object.keys(r).join(","));
  console.log("  status", r.status, "signal", r.signal, "pid", typeof r.pid, r.pid > 0);
  console.log("  output", shown(r.output), "stdout", shown(r.stdout), "stderr", shown(r.stderr));
  if (r.error) showError("  error", r.error);
}

function showError(label, err) {
  const fields = {};
  for (const key of ["errno", "code", "syscall", "path", "spawnargs", "status", "signal"]) {
    if (key in err) fields[key] = err[key];
  }
  console.log(label, err.name, JSON.stringify(err.message), JSON.stringify(fields));
  console.log(label, "keys", Object.keys(err).join(","));
  if ("stdout" in err) console.log(label, "stdout", shown(err.stdout), "stderr", shown(err.stderr), "output", shown(err.output));
  if ("error" in err) console.log(label, "error is itself", err.error === err);
}

function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, "returned", shown(value));
  } catch (err) {
    showError(label, err);
  }
}

showResult("spawnSync ok", spawnSync("sh", ["-c", "echo out; echo err >&2"]));
showResult("spawnSync exit 3", spawnSync("sh", ["-c", "exit 3"]));
showResult("spawnSync utf8", spawnSync("echo", ["hi"], { encoding: "utf8" }));
showResult("spawnSync buffer encoding", spawnSync("echo", ["hi"], { encoding: "buffer" }));
showResult("spawnSync input", spawnSync("cat", { input: "fed via input" }));
showResult("spawnSync input buffer", spawnSync("cat", [], { input: Buffer.from("buffer input") }));
showResult("spawnSync input Uint8Array", spawnSync("cat", [], { input: new Uint8Array([104, 105]) }));
showResult("spawnSync no input", spawnSync("cat"));
showResult("spawnSync signal", spawnSync("sh", ["-c", "kill -KILL $$"]));
showResult("spawnSync shell", spawnSync("echo $((6 * 7))", { shell: true, encoding: "utf8" }));
showResult("spawnSync cwd env", spawnSync("sh", ["-c", 'pwd; echo "$X"'], { cwd: "/usr", env: { X: "ex" }, encoding: "utf8" }));
showResult("spawnSync argv0", spawnSync("sh", ["-c", 'echo "$0"'], { argv0: "named", encoding: "utf8" }));
showResult("spawnSync ignore", spawnSync("echo", ["gone"], { stdio: "ignore" }));
showResult("spawnSync stdout ignored", spawnSync("sh", ["-c", "echo a; echo b >&2"], { stdio: ["pipe", "ignore", "pipe"] }));
showResult("spawnSync enoent", spawnSync("nonexistent-command-xyz", ["a", "b"]));
showResult("spawnSync bad cwd", spawnSync("ls", { cwd: "/nonexistent-dir-xyz" }));
showResult("spawnSync timeout", spawnSync("sleep", ["5"], { timeout: 100 }));
showResult("spawnSync timeout SIGKILL", spawnSync("sleep", ["5"], { timeout: 100, killSignal: "SIGKILL" }));
{
  const r = spawnSync("sh", ["-c", "printf 0123456789abcdef"], { maxBuffer: 4 });
  // Node keeps the whole chunk that went over the limit; autorun keeps maxBuffer bytes.
  console.log("spawnSync maxBuffer", r.error?.code, r.error?.message, r.stdout.toString().startsWith("0123"));
}

attempt("execSync ok", () => execSync("echo hello"));
attempt("execSync utf8", () => execSync("echo hello", { encoding: "utf8" }));
attempt("execSync input", () => execSync("tr a-z A-Z", { input: "shout", encoding: "utf8" }));
attempt("execSync fail", () => execSync("echo partial; exit 4"));
// By default the child's stderr is captured, then written to ours.
attempt("execSync stderr shown", () => execSync("echo to-our-stderr >&2; echo to-stdout"));
attempt("execFileSync stderr shown", () => execFileSync("sh", ["-c", "echo file-stderr >&2; exit 2"]));
attempt("execSync fail stderr piped", () => execSync("echo so; echo se >&2; exit 4", { stdio: "pipe", encoding: "utf8" }));
attempt("execSync not found", () => execSync("nonexistent-command-xyz", { stdio: "pipe" }));
attempt("execSync timeout", () => execSync("sleep 5", { timeout: 100 }));
attempt("execSync env cwd", () => execSync('echo "$Y" "$(pwd)"', { env: { Y: "why" }, cwd: "/", encoding: "utf8" }));
attempt("execSync stdio ignore", () => execSync("echo hidden", { stdio: "ignore" }));

attempt("execFileSync ok", () => execFileSync("echo", ["a", "b"]));
attempt("execFileSync utf8", () => execFileSync("echo", ["c"], { encoding: "utf8" }));
attempt("execFileSync options only", () => execFileSync("pwd", { cwd: "/usr", encoding: "utf8" }));
attempt("execFileSync fail", () => execFileSync("sh", ["-c", "exit 9"]));
attempt("execFileSync fail stderr piped", () => execFileSync("sh", ["-c", "echo x >&2; exit 9"], { stdio: "pipe" }));
attempt("execFileSync fail argv0", () => execFileSync("sh", ["-c", "exit 1"], { argv0: "zsh-ish" }));
attempt("execFileSync enoent", () => execFileSync("nonexistent-command-xyz", ["q"]));
attempt("execFileSync signal", () => execFileSync("sh", ["-c", "kill -TERM $$"]));

// Argument errors.
const bad = [
  () => spawnSync("cat", { input: 42 }),
  () => spawnSync("cat", { maxBuffer: "big" }),
  () => spawnSync("cat", { timeout: -5 }),
  () => spawnSync("cat", { killSignal: "SIGNOPE" }),
  () => spawnSync("cat", { stdio: ["pipe", "pipe", "pipe", "ipc"] }),
  () => execSync(42),
  () => execFileSync("echo", 5),
];
for (const make of bad) {
  try {
    make();
    console.log("no error:", make.toString());
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
