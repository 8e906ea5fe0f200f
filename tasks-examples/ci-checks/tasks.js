// A CI pipeline: independent checks run in parallel, then a report.
//   autorun ci          every check (use -k to see all failures at once)
//   autorun --list      the checks
import { task, $, glob, fs } from "autorun";

task("lint", "No tabs or trailing spaces in Python files", async () => {
  const problems = [];
  for (const file of await glob("**/*.py")) {
    const lines = (await fs.readFile(file, "utf8")).split("\n");
    lines.forEach((line, i) => {
      if (/[ \t]+$/.test(line)) problems.push(`${file}:${i + 1}: trailing whitespace`);
      if (line.includes("\t")) problems.push(`${file}:${i + 1}: tab`);
    });
  }
  if (problems.length) throw new Error(`lint found ${problems.length} problem(s):\n${problems.join("\n")}`);
  console.log("lint: clean");
});

task("format", "JSON files are formatted with 2 spaces", async () => {
  for (const file of await glob("**/*.json")) {
    const text = await fs.readFile(file, "utf8");
    if (text !== `${JSON.stringify(JSON.parse(text), null, 2)}\n`) throw new Error(`${file} is not formatted`);
  }
  console.log("format: clean");
});

task("compile", "Every Python file byte-compiles", async () => {
  const files = await glob("**/*.py");
  await $`python3 -m py_compile ${files}`.quiet();
  console.log(`compile: ${files.length} files`);
});

task("test", "The unit tests pass", async () => {
  const result = await $`python3 -m unittest discover -s tests -t . -q`.quiet();
  console.log(`test: ${result.stderr.trim().split("\n").pop()}`);
});

task("ci", { desc: "All checks, in parallel", deps: ["lint", "format", "compile", "test"] }, () => {
  console.log("ci: all checks passed");
});

export default "ci";
