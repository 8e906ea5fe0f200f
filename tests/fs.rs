//! node:fs and node:fs/promises, black-box, compared with node.

mod support;

use support::Test;

#[test]
fn promises_read_write_append_stat_readdir_rename_rm() {
    let script = r#"
import fs from "node:fs";
import * as fsp from "node:fs/promises";
await fsp.mkdir("out/a/b", { recursive: true });
await fsp.writeFile("out/a/b/x.txt", "héllo\nworld\n");
fs.appendFileSync("out/a/b/x.txt", "more\n");
console.log(JSON.stringify(await fsp.readFile("out/a/b/x.txt", "utf8")));
const st = await fsp.stat("out/a/b/x.txt");
console.log(st.isFile(), st.isDirectory(), st.size, st.mtime instanceof Date, typeof st.mtimeMs);
console.log(fs.readdirSync("out", { recursive: true }).sort());
console.log((await fsp.readdir("out/a", { withFileTypes: true })).map((d) => [d.name, d.isDirectory()]));
await fsp.rename("out/a/b/x.txt", "out/y.txt");
const fh = await fsp.open("out/y.txt");
for await (const line of fh.readLines()) console.log("line", line);
await fh.close();
console.log(fs.existsSync("out/y.txt"), fs.existsSync("nope"));
console.log(await fsp.mkdir("out/n/m", { recursive: true }) === process.cwd() + "/out/n");
await fsp.rm("out", { recursive: true, force: true });
console.log(fs.existsSync("out"));
"#;
    Test::new()
        .file("t.mjs", script)
        .args(&["t.mjs"])
        .same_as_node();
}

#[test]
fn large_buffers_are_written_whole_async_and_sync() {
    // More than one chunk of the async write, from a window into a bigger
    // buffer; an ArrayBuffer; nothing; a missing directory.
    let script = r#"
import fs from "node:fs";
import { writeFile, readFile } from "node:fs/promises";
const big = Buffer.alloc(5 * 1024 * 1024 + 17);
for (let i = 0; i < big.length; i++) big[i] = (i * 7 + (i >> 11)) & 255;
const window = big.subarray(3, big.length - 5);
await writeFile("a.bin", window);
fs.writeFileSync("b.bin", window);
const a = await readFile("a.bin"), b = fs.readFileSync("b.bin");
console.log(a.length, b.length, a.equals(window), b.equals(window));
await writeFile("c.bin", new Uint8Array(window).buffer);
console.log(fs.readFileSync("c.bin").equals(window));
await writeFile("empty.bin", Buffer.alloc(0));
console.log(fs.statSync("empty.bin").size);
try { await writeFile("missing/dir/x.bin", big); } catch (e) { console.log(e.code, e.syscall, e.message); }
"#;
    Test::new()
        .file("t.mjs", script)
        .args(&["t.mjs"])
        .same_as_node();
}

#[test]
fn errors_carry_node_fields() {
    let script = r#"
const fs = require("fs");
const fsp = require("fs/promises");
try { fs.readFileSync("missing.txt"); } catch (e) { console.log(e.message, e.code, e.errno, e.syscall, e.path); }
try { fs.mkdirSync("."); } catch (e) { console.log(e.message, e.code); }
try { fs.rmdirSync("nope"); } catch (e) { console.log(e.message); }
try { fs.readFileSync(42.5); } catch (e) { console.log(e.code); }
try { fs.readFileSync({}); } catch (e) { console.log(e.code, e.name); }
fsp.rename("nope", "other").catch((e) => {
  console.log(e.message, e.dest);
  fs.stat("missing", (err, st) => console.log("cb", err.code, st));
});
"#;
    Test::new()
        .file("e.cjs", script)
        .args(&["e.cjs"])
        .same_as_node();
}

/// Directories where files are expected, files where directories are, and
/// a file the kernel refuses to write (`/proc/version`: EIO at the write as
/// root, EACCES at the open otherwise; node and autorun run alike here).
#[test]
fn errors_for_directories_files_and_refused_writes() {
    let script = r#"
import fs from "node:fs";
const show = (label, e) => console.log(label, e.message, e.code, e.errno, e.syscall, e.path);
const sync = (label, f) => { try { f(); console.log(label, "ok"); } catch (e) { show(label, e); } };
const later = async (label, f) => { try { await f(); console.log(label, "ok"); } catch (e) { show(label, e); } };
fs.mkdirSync("dir");
fs.writeFileSync("file.txt", "x");
sync("read dir", () => fs.readFileSync("dir"));
sync("read dir text", () => fs.readFileSync("dir", "utf8"));
sync("write dir", () => fs.writeFileSync("dir", "x"));
sync("under a file", () => fs.readFileSync("file.txt/inner"));
sync("mkdir under a file", () => fs.mkdirSync("file.txt/sub"));
sync("readdir a file", () => fs.readdirSync("file.txt"));
sync("rmdir a file", () => fs.rmdirSync("file.txt"));
sync("unlink a dir", () => fs.unlinkSync("dir"));
sync("write refused", () => fs.writeFileSync("/proc/version", "x"));
sync("write refused bytes", () => fs.writeFileSync("/proc/version", Buffer.from("x")));
sync("unlink refused", () => fs.unlinkSync("/proc/version"));
sync("copy a dir", () => fs.copyFileSync("dir", "c.txt"));
sync("copy onto a dir", () => fs.copyFileSync("file.txt", "dir"));
sync("rm a dir", () => fs.rmSync("dir"));
sync("cp a dir", () => fs.cpSync("dir", "dir2"));
try { fs.rmSync("dir"); } catch (e) { console.log(e.name, String(e), Object.keys(e), JSON.stringify(e.info)); }
try { fs.cpSync("dir", "dir2"); } catch (e) { console.log(e.name, String(e), Object.keys(e), JSON.stringify(e.info)); }
await later("async rm a dir", () => fs.promises.rm("dir"));
await later("async copy a dir", () => fs.promises.copyFile("dir", "c.txt"));
await later("read a dir through a handle", async () => {
  const fh = await fs.promises.open("dir");
  try { await fh.readFile(); } finally { await fh.close(); }
});
await later("stream a dir", () => new Promise((resolve, reject) => fs.createReadStream("dir").on("error", reject).on("end", resolve).resume()));
await later("async read dir", () => fs.promises.readFile("dir"));
await later("async read dir text", () => fs.promises.readFile("dir", "utf8"));
await later("async write refused", () => fs.promises.writeFile("/proc/version", "x"));
await later("async write refused bytes", () => fs.promises.writeFile("/proc/version", Buffer.from("x")));
"#;
    Test::new()
        .file("e.mjs", script)
        .args(&["e.mjs"])
        .same_as_node();
}

/// opendir (sync, callback, promise), realpath (walked and native), link,
/// and rm of a missing path: results and errors as Node gives them.
#[test]
fn opendir_realpath_link_and_rm_errors_match_node() {
    let script = r#"
import fs from "node:fs";
// The test's directory differs between the two runs: shown as <cwd>.
const here = (value) => String(value).split(process.cwd()).join("<cwd>");
const show = (label, e) => console.log(label, here(e.message), e.code, e.syscall, here(e.path), e.dest);
const sync = (label, f) => { try { const r = f(); console.log(label, "ok", typeof r); } catch (e) { show(label, e); } };
const later = async (label, f) => { try { const r = await f(); console.log(label, "ok", typeof r); } catch (e) { show(label, e); } };
fs.mkdirSync("dir/sub", { recursive: true });
fs.writeFileSync("file.txt", "x");
fs.writeFileSync("dir/a.txt", "x");
sync("opendirSync file", () => fs.opendirSync("file.txt"));
sync("opendirSync missing", () => fs.opendirSync("missing"));
await later("promises opendir file", () => fs.promises.opendir("file.txt"));
await later("cb opendir missing", () => new Promise((res, rej) => fs.opendir("missing", (e, d) => (e ? rej(e) : res(d)))));
const d = fs.opendirSync("dir");
const names = [];
let ent;
while ((ent = d.readSync()) !== null) names.push(ent.name);
d.closeSync();
console.log(names.sort());
const d2 = await fs.promises.opendir("dir");
const names2 = [];
for await (const e of d2) names2.push(`${e.name}:${e.isDirectory()}`);
console.log(names2.sort());
sync("realpathSync missing nested", () => fs.realpathSync("dir/../dir/nope/x"));
sync("realpathSync.native missing", () => fs.realpathSync.native("nope"));
await later("cb realpath missing", () => new Promise((res, rej) => fs.realpath("nope", (e, p) => (e ? rej(e) : res(p)))));
await later("cb realpath.native missing", () => new Promise((res, rej) => fs.realpath.native("nope", (e, p) => (e ? rej(e) : res(p)))));
await later("promises realpath missing", () => fs.promises.realpath("nope"));
console.log(fs.realpathSync("dir/sub/..") === process.cwd() + "/dir");
fs.linkSync("file.txt", "hard.txt");
console.log(fs.statSync("hard.txt").nlink, fs.readFileSync("hard.txt", "utf8"));
await later("promises link exists", () => fs.promises.link("file.txt", "hard.txt"));
await later("promises link missing", () => fs.promises.link("nope", "x"));
await later("cb link", () => new Promise((res, rej) => fs.link("file.txt", "hard2.txt", (e) => (e ? rej(e) : res()))));
sync("rmSync missing", () => fs.rmSync("missing.txt"));
await later("cb rm missing", () => new Promise((res, rej) => fs.rm("missing.txt", (e) => (e ? rej(e) : res()))));
sync("rmSync force", () => fs.rmSync("missing.txt", { force: true }));
"#;
    Test::new()
        .file("o.mjs", script)
        .args(&["o.mjs"])
        .same_as_node();
}

/// The callback forms on file descriptors: read (positional and options
/// forms), write (string and buffer forms), ftruncate, and EBADF after close.
#[test]
fn fd_callbacks_read_write_ftruncate() {
    let script = r#"
const fs = require("fs");
fs.writeFileSync("f.txt", "hello world");
fs.open("f.txt", "r+", (err, fd) => {
  const buf = Buffer.alloc(5);
  fs.read(fd, buf, 0, 5, 0, (err, n, b) => {
    console.log("read", err, n, b.toString(), b === buf);
    fs.read(fd, { buffer: Buffer.alloc(3), position: 6 }, (err, n, b) => {
      console.log("read opts", err, n, b.toString());
      fs.write(fd, "HELLO", 0, "utf8", (err, n, s) => {
        console.log("write string", err, n, s);
        fs.write(fd, Buffer.from("xxWORLDxx"), 2, 5, 6, (err, n, b) => {
          console.log("write buffer", err, n, b.toString());
          fs.ftruncate(fd, 5, (err) => {
            console.log("ftruncate", err);
            fs.close(fd, () => {
              console.log(JSON.stringify(fs.readFileSync("f.txt", "utf8")));
              fs.read(fd, Buffer.alloc(1), 0, 1, 0, (err) => console.log("closed", err.code, err.syscall));
            });
          });
        });
      });
    });
  });
});
try { fs.read(1); } catch (e) { console.log(e.code); }
"#;
    Test::new()
        .file("fd.cjs", script)
        .args(&["fd.cjs"])
        .same_as_node();
}

#[test]
fn sync_and_callback_forms() {
    let script = r#"
const fs = require("node:fs");
fs.writeFileSync("a.txt", "abc");
fs.copyFileSync("a.txt", "b.txt");
console.log(fs.readFileSync("b.txt", { encoding: "utf8" }));
const fd = fs.openSync("b.txt", "r+");
fs.writeSync(fd, "Z", 1);
fs.closeSync(fd);
console.log(fs.readFileSync("b.txt", "utf8"));
fs.symlinkSync("a.txt", "link.txt");
console.log(fs.lstatSync("link.txt").isSymbolicLink(), fs.readlinkSync("link.txt"), fs.statSync("link.txt").isFile());
console.log(fs.statSync("nope", { throwIfNoEntry: false }));
fs.truncateSync("a.txt", 1);
console.log(fs.readFileSync("a.txt", "utf8"));
fs.chmodSync("a.txt", 0o600);
console.log((fs.statSync("a.txt").mode & 0o777).toString(8));
fs.utimesSync("a.txt", 1000, 2000);
console.log(fs.statSync("a.txt").mtimeMs);
const dir = fs.mkdtempSync("tmp-");
console.log(dir.startsWith("tmp-"), dir.length, fs.statSync(dir).isDirectory());
fs.readFile("a.txt", "utf8", (err, text) => {
  console.log("cb", err, text);
  fs.unlink("a.txt", (err) => console.log("unlinked", err, fs.existsSync("a.txt")));
});
"#;
    Test::new()
        .file("s.cjs", script)
        .args(&["s.cjs"])
        .same_as_node();
}

#[test]
fn glob_from_autorun_matches_sorted_relative_paths() {
    let script = r#"import { glob, globSync } from "autorun";
console.log(JSON.stringify(await glob("**/*.{js,mjs}")));
console.log(JSON.stringify(globSync(["src/**/*.{js,css}", "!**/d.js"])));
console.log(JSON.stringify(await glob("*", { dot: true })));
console.log(JSON.stringify(await glob("*.js", { cwd: "src", absolute: false })));
console.log(JSON.stringify(await glob(["**/*.js"], { ignore: ["src/deep/**"] })));
try { globSync("src/[*.js"); } catch (e) { console.log(e.name); }
"#;
    Test::new()
        .file("a.js", "")
        .file("b.ts", "")
        .file(".env", "")
        .file("src/c.js", "")
        .file("src/deep/d.js", "")
        .file("src/deep/e.css", "")
        .file("node_modules/x/i.js", "")
        .file("g.mjs", script)
        .args(&["g.mjs"])
        .stdout("[\"a.js\",\"g.mjs\",\"src/c.js\",\"src/deep/d.js\"]\n[\"src/c.js\",\"src/deep/e.css\"]\n[\".env\",\"a.js\",\"b.ts\",\"g.mjs\"]\n[\"c.js\"]\n[\"a.js\",\"src/c.js\"]\nTypeError\n")
        .run();
}

#[test]
fn streams_and_fs_streams_match_node() {
    // node:stream (Readable, Writable, Duplex, Transform, pipeline, ...) and
    // fs.createReadStream / createWriteStream: event order, backpressure,
    // encodings and errors, scenario by scenario.
    Test::new()
        .file("s.mjs", include_str!("js/stream-scenarios.mjs"))
        .args(&["s.mjs"])
        .same_as_node();
}

#[test]
fn autorun_fs_helpers() {
    let script = r#"import { fs } from "autorun";
await fs.writeJson("a.json", { a: [1, 2] });
console.log(JSON.stringify(await fs.readFile("a.json", "utf8")), (await fs.readJson("a.json")).a.length);
console.log(await fs.exists("a.json"), await fs.exists("b.json"));
await fs.ensureDir("d/e/f");
await fs.writeFile("d/e/f/g.txt", "line1\r\nline2\nline3");
await fs.chmod("d/e/f/g.txt", 0o640);
await fs.utimes("d/e/f/g.txt", 1000, 2000);
await fs.copy("d", "d2");
const st = await fs.stat("d2/e/f/g.txt");
console.log((st.mode & 0o777).toString(8), st.mtimeMs);
const lines = [];
for await (const line of fs.readLines("d2/e/f/g.txt")) lines.push(line);
console.log(JSON.stringify(lines));
await fs.move("d2", "d3");
console.log(await fs.exists("d2"), await fs.exists("d3/e/f/g.txt"));
await fs.emptyDir("d3");
console.log(JSON.stringify(await fs.readdir("d3")));
await fs.remove("d3");
await fs.remove("d3");
await fs.writeFileAtomic("w.txt", "whole");
console.log(await fs.readFile("w.txt", "utf8"), JSON.stringify((await fs.readdir(".")).filter((n) => n.includes("tmp"))));
try { await fs.readJson("nope.json"); } catch (e) { console.log(e.code, e.message); }
await fs.writeFile("bad.json", "{ nope");
try { await fs.readJson("bad.json"); } catch (e) { console.log(e.name, e.message.startsWith("bad.json: ")); }
"#;
    Test::new()
        .file("t.mjs", script)
        .args(&["t.mjs"])
        .stdout("\"{\\n  \\\"a\\\": [\\n    1,\\n    2\\n  ]\\n}\\n\" 2\ntrue false\n640 2000000\n[\"line1\",\"line2\",\"line3\"]\nfalse true\n[]\nwhole []\nENOENT ENOENT: no such file or directory, open 'nope.json'\nSyntaxError true\n")
        .run();
}

#[test]
fn read_lines_of_a_large_file_in_constant_memory() {
    let script = r#"import { fs } from "autorun";
const line = "x".repeat(99) + "\n";
const handle = await fs.open("big.txt", "w");
const block = line.repeat(10000);
for (let i = 0; i < 20; i++) await handle.write(block);
await handle.close();
let count = 0;
for await (const l of fs.readLines("big.txt")) if (l.length === 99) count++;
console.log(count, process.memoryUsage().rss < 64 * 1024 * 1024);
"#;
    Test::new()
        .file("r.mjs", script)
        .args(&["r.mjs"])
        .stdout("200000 true\n")
        .run();
}
