// Inherited and redirected stdio: the child's output lands in order with
// ours (console.log before and after), compared with Node on stdout and stderr.
import { spawn, spawnSync, execSync, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

function closed(child) {
  return new Promise((resolve) => child.on("close", (code, signal) => resolve(`${code} ${signal}`)));
}

console.log("1. before inherit");
{
  const child = spawn("sh", ["-c", "echo '2. child stdout'; echo '2. child stderr' >&2"], { stdio: "inherit" });
  const status = await closed(child);
  console.log("3. after inherit", status, child.stdin, child.stdout, child.stderr, JSON.stringify(child.stdio));
}

console.error("4. our stderr");
{
  const child = spawn("sh", ["-c", "echo '5. fds'; echo '5. fds err' >&2"], { stdio: [0, 1, 2] });
  console.log("6. after [0, 1, 2]", await closed(child));
}
{
  const child = spawn("sh", ["-c", "echo '7. process streams'; echo '7. process streams err' >&2"], {
    stdio: ["ignore", process.stdout, process.stderr],
  });
  console.log("8. after process.stdout", await closed(child));
}
{
  // Mixed: stdout inherited, stderr piped.
  const child = spawn("sh", ["-c", "echo '9. inherited'; echo '9. piped' >&2"], { stdio: ["ignore", "inherit", "pipe"] });
  let err = "";
  child.stderr.on("data", (chunk) => (err += chunk));
  const status = await closed(child);
  console.log("10. piped stderr was", JSON.stringify(err), status, child.stdout);
}
{
  // The child's stdout goes to our stderr, and its stderr to our stdout.
  const child = spawn("sh", ["-c", "echo '11. out to err'; echo '11. err to out' >&2"], { stdio: ["ignore", 2, 1] });
  console.log("12. swapped", await closed(child), child.stdout, child.stderr);
}
{
  // An inherited child with a timeout.
  const child = spawn("sh", ["-c", "echo '13. then sleeps'; sleep 5"], { stdio: "inherit", timeout: 200 });
  console.log("14. timed out", await closed(child));
}

console.log("15. spawnSync inherit");
{
  const r = spawnSync("sh", ["-c", "echo '16. sync child'; echo '16. sync child err' >&2; exit 2"], { stdio: "inherit" });
  console.log("17. status", r.status, JSON.stringify(r.output), r.stdout, r.stderr);
}
{
  const out = execSync("echo '18. execSync inherit'", { stdio: "inherit" });
  console.log("19. returned", out);
}
{
  const out = execFileSync("sh", ["-c", "echo '20. stdout piped'; echo '20. stderr inherited' >&2"], {
    stdio: ["pipe", "pipe", "inherit"],
    encoding: "utf8",
  });
  console.log("21. returned", JSON.stringify(out));
}
{
  const r = spawnSync("sh", ["-c", "echo '22. sync to our stderr'"], { stdio: ["ignore", 2, "inherit"] });
  console.log("23. status", r.status, JSON.stringify(r.output));
}
{
  // Files opened by us as the child's stdin and stdout.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "autorun-cp-"));
  const input = path.join(dir, "in.txt");
  fs.writeFileSync(input, "from a file\nline 2\n");
  const inFd = fs.openSync(input, "r");
  const outFd = fs.openSync(path.join(dir, "out.txt"), "w");
  const child = spawn("cat", [], { stdio: [inFd, outFd, "inherit"] });
  const status = await closed(child);
  fs.closeSync(inFd);
  fs.closeSync(outFd);
  console.log("24. fds", status, child.stdin, child.stdout, JSON.stringify(fs.readFileSync(path.join(dir, "out.txt"), "utf8")));
  const inFd2 = fs.openSync(input, "r");
  const outFd2 = fs.openSync(path.join(dir, "out2.txt"), "w");
  const r = spawnSync("tr", ["a-z", "A-Z"], { stdio: [inFd2, outFd2, "pipe"], encoding: "utf8" });
  fs.closeSync(inFd2);
  fs.closeSync(outFd2);
  console.log("25. sync fds", r.status, JSON.stringify(r.output), JSON.stringify(fs.readFileSync(path.join(dir, "out2.txt"), "utf8")));
  fs.rmSync(dir, { recursive: true });
}
console.log("26. end");
