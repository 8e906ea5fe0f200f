// Build, test and package a small C program.
//   autorun --list      the tasks
//   autorun package     compile (objects in parallel), link, test, tar.gz
import { task, $, glob, fs } from "autorun";
import path from "node:path";

const CC = process.env.CC || "cc";
const CFLAGS = ["-std=c11", "-Wall", "-Wextra", "-Werror", "-O2"];

task("clean", "Remove build/ and dist/", async () => {
  await fs.remove("build");
  await fs.remove("dist");
});

task("compile", { desc: "Compile every src/*.c to an object, in parallel", deps: ["clean"] }, async () => {
  await fs.ensureDir("build");
  const sources = await glob("src/*.c");
  await Promise.all(sources.map((src) => $`${CC} ${CFLAGS} -c ${src} -o ${path.join("build", path.basename(src, ".c") + ".o")}`));
});

task("link", { desc: "Link build/hello", deps: ["compile"] }, async () => {
  const objects = await glob("build/*.o");
  await $`${CC} ${objects} -o build/hello`;
});

task("test", { desc: "Build and run the unit tests", deps: ["compile"] }, async () => {
  await $`${CC} ${CFLAGS} -Isrc test/test_greet.c build/greet.o -o build/test_greet`;
  await $`./build/test_greet`;
});

task("package", { desc: "Test, then pack dist/hello.tar.gz", deps: ["link", "test"] }, async () => {
  await fs.ensureDir("dist/hello/bin");
  await fs.copy("build/hello", "dist/hello/bin/hello");
  const greeting = await $`./dist/hello/bin/hello packager`.quiet();
  await fs.writeFile("dist/hello/README", `${greeting.stdout}`);
  await $`tar -czf dist/hello.tar.gz -C dist hello`;
  console.log(`packed dist/hello.tar.gz (${(await fs.stat("dist/hello.tar.gz")).size > 0 ? "ok" : "empty"})`);
});

export default "package";
