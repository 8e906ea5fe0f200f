// node:stream and fs streams: scenarios with deterministic output, run under
// node and autorun and compared (tests/fs.rs). Each runs to completion before
// the next, in a fresh temp dir as the working directory.
import fs from "node:fs";
import stream, { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } from "node:stream";
import * as streamPromises from "node:stream/promises";

const log = (...args) => console.log(...args);
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const errText = (e) => (e ? `${e.name}/${e.code}: ${e.message}` : String(e));

async function scenario(name, fn) {
  log(`--- ${name}`);
  try {
    await fn();
  } catch (e) {
    log("threw", errText(e));
  }
}

await scenario("module shape", () => {
  log(typeof stream, stream.Stream === stream, stream.Readable === Readable, typeof stream.promises.pipeline);
  log(Object.getPrototypeOf(Readable.prototype) === stream.prototype, new Readable() instanceof stream);
  const d = new Duplex();
  log(d instanceof Readable, d instanceof Writable, d instanceof Duplex, new PassThrough() instanceof Writable);
  log(new Writable() instanceof Readable, typeof streamPromises.finished);
  const r = new Readable();
  log(r.readableHighWaterMark, r.readableFlowing, r.readable, r.destroyed, r.readableObjectMode, r.readableEncoding);
  const w = new Writable();
  log(w.writableHighWaterMark, w.writable, w.writableLength, w.writableNeedDrain, w.writableEnded);
  log(new Readable({ objectMode: true }).readableHighWaterMark);
});

await scenario("1 MB file through an upper-casing Transform", async () => {
  const lines = [];
  for (let i = 0; i < 22000; i++) lines.push(`line ${String(i).padStart(5, "0")} abcdefghijklmnopqrstuvwxyz0123456789\n`);
  const text = lines.join("").slice(0, 1024 * 1024);
  fs.writeFileSync("big.txt", text);
  // Each stream's own events are ordered; the two streams' relative order
  // depends on which file op finishes first.
  const srcEvents = [];
  const destEvents = [];
  const src = fs.createReadStream("big.txt");
  src.on("open", (fd) => srcEvents.push(`open ${typeof fd}`));
  src.on("ready", () => srcEvents.push("ready"));
  src.on("end", () => srcEvents.push("end"));
  const srcClosed = new Promise((resolve) => src.on("close", resolve));
  let chunks = 0;
  const upper = new Transform({
    transform(chunk, encoding, callback) {
      chunks++;
      callback(null, chunk.toString("latin1").toUpperCase());
    },
  });
  const dest = fs.createWriteStream("big.out");
  dest.on("open", () => destEvents.push("open"));
  dest.on("finish", () => destEvents.push("finish"));
  const closed = new Promise((resolve) => dest.on("close", resolve));
  log("pending", src.pending, dest.pending, src.path);
  src.pipe(upper).pipe(dest);
  await closed;
  destEvents.push("close");
  await srcClosed;
  srcEvents.push("close");
  log(srcEvents.join(", "), "|", destEvents.join(", "));
  const out = fs.readFileSync("big.out", "latin1");
  log("chunks", chunks, "bytesRead", src.bytesRead, "bytesWritten", dest.bytesWritten);
  log("same", out === text.toUpperCase(), out.length);
});

await scenario("pipeline with an error mid-way", async () => {
  const got = [];
  const src = Readable.from(["a", "b", "c", "d", "e"]);
  const t = new Transform({
    objectMode: true,
    transform(chunk, enc, cb) {
      if (chunk === "c") cb(new Error("boom at c"));
      else cb(null, chunk.toUpperCase());
    },
  });
  const sink = new Writable({
    objectMode: true,
    write(chunk, enc, cb) {
      got.push(chunk);
      cb();
    },
  });
  const events = [];
  for (const [n, s] of [["src", src], ["t", t], ["sink", sink]]) {
    s.on("close", () => events.push(`${n} close`));
    s.on("error", (e) => events.push(`${n} error ${e.message}`));
  }
  await new Promise((resolve) => {
    const ret = pipeline(src, t, sink, (e) => {
      log("callback", errText(e));
      resolve();
    });
    log("returns last", ret === sink);
  });
  await wait(5);
  log("got", got.join(""), "destroyed", src.destroyed, t.destroyed, sink.destroyed);
  log(events.sort().join(", "));
});

await scenario("pipeline success and stream/promises", async () => {
  fs.writeFileSync("in.txt", "one\ntwo\nthree\n");
  await streamPromises.pipeline(
    fs.createReadStream("in.txt"),
    async function* (source) {
      for await (const chunk of source) yield chunk.toString().split("\n").reverse().join("|");
    },
    fs.createWriteStream("out.txt"),
  );
  log(JSON.stringify(fs.readFileSync("out.txt", "utf8")));
  const value = await streamPromises.pipeline(Readable.from([1, 2, 3]), async function (source) {
    let sum = 0;
    for await (const n of source) sum += n;
    return sum;
  });
  log("sum", value);
  await new Promise((resolve) => {
    pipeline(fs.createReadStream("nope.txt"), fs.createWriteStream("never.txt"), (e) => {
      log("missing source", errText(e), e.syscall, e.path);
      resolve();
    });
  });
  try {
    await streamPromises.pipeline(Readable.from(["x"]), async function* (source) {
      for await (const c of source) throw new Error(`bad ${c}`);
    }, new PassThrough());
  } catch (e) {
    log("rejected", e.message);
  }
});

await scenario("backpressure with a slow writable", async () => {
  const order = [];
  const w = new Writable({
    highWaterMark: 8,
    write(chunk, enc, cb) {
      order.push(`w:${chunk}`);
      setTimeout(cb, 2);
    },
  });
  w.on("drain", () => order.push("drain"));
  const results = [];
  for (const s of ["abc", "def", "ghi", "jkl"]) results.push(w.write(s, () => order.push(`cb:${s}`)));
  log("write returns", results.join(" "), "length", w.writableLength, "needDrain", w.writableNeedDrain);
  await new Promise((resolve) => w.once("drain", resolve));
  log("after drain", w.writableLength, w.writableNeedDrain);
  w.end("z");
  await new Promise((resolve) => w.on("finish", resolve));
  log(order.join(" "));

  // A fast readable piped into the slow writable pauses and resumes.
  let reads = 0;
  const r = new Readable({
    highWaterMark: 4,
    read() {
      reads++;
      this.push(reads <= 10 ? `${reads % 10}`.repeat(3) : null);
    },
  });
  const seen = [];
  let pauses = 0;
  let drains = 0;
  r.on("pause", () => pauses++);
  const slow = new Writable({
    highWaterMark: 6,
    write(chunk, enc, cb) {
      seen.push(String(chunk));
      setTimeout(cb, 1);
    },
  });
  slow.on("drain", () => drains++);
  r.pipe(slow);
  await new Promise((resolve) => slow.on("finish", resolve));
  log(seen.join(","), "reads", reads, "paused", pauses > 0, "drained", drains > 0);
});

await scenario("for await over a read stream with start/end", async () => {
  const bytes = [];
  for (let i = 0; i < 200; i++) bytes.push(String.fromCharCode(65 + (i % 26)));
  fs.writeFileSync("letters.txt", bytes.join(""));
  const rs = fs.createReadStream("letters.txt", { highWaterMark: 16, start: 10, end: 60 });
  const sizes = [];
  const parts = [];
  for await (const chunk of rs) {
    sizes.push(chunk.length);
    parts.push(chunk.toString());
    log(Buffer.isBuffer(chunk), chunk.length);
  }
  log(sizes.join(","), parts.join(""), rs.bytesRead, rs.destroyed);
  const enc = fs.createReadStream("letters.txt", { encoding: "utf8", start: 195 });
  for await (const chunk of enc) log(typeof chunk, JSON.stringify(chunk));
  // Breaking out of the loop destroys the stream.
  const early = fs.createReadStream("letters.txt", { highWaterMark: 8 });
  for await (const chunk of early) {
    log("first", chunk.toString());
    break;
  }
  if (!early.closed) await new Promise((resolve) => early.on("close", resolve));
  log("early destroyed", early.destroyed, early.closed);
  try {
    fs.createReadStream("letters.txt", { start: 5, end: 2 });
  } catch (e) {
    log(errText(e));
  }
});

await scenario("objectMode", async () => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push({ n: 1 });
  r.push({ n: 2 });
  r.push("str");
  r.push(null);
  log(r.readableLength, JSON.stringify(r.read()), JSON.stringify(r.read()), r.read());
  const doubled = [];
  const t = new Transform({
    objectMode: true,
    transform(obj, enc, cb) {
      cb(null, { n: obj.n * 2 });
    },
    flush(cb) {
      cb(null, { n: "flushed" });
    },
  });
  t.on("data", (o) => doubled.push(o.n));
  await new Promise((resolve) => {
    t.on("end", resolve);
    for (let i = 1; i <= 20; i++) t.write({ n: i });
    t.end();
  });
  log(doubled.join(" "));
  const w = new Writable({ objectMode: true, highWaterMark: 2, write(o, e, cb) { cb(); } });
  log(w.write({}), w.write({}), w.write(0));
  const bad = new Readable({ read() {} });
  bad.on("error", (e) => log("error event", errText(e)));
  bad.push(42);
  await wait(1);
  try {
    new Writable({ write(c, e, cb) { cb(); } }).write(null);
  } catch (e) {
    log(errText(e));
  }
});

await scenario("Readable.from", async () => {
  log((await Readable.from([1, 2, 3]).toArray()).join(","));
  async function* gen() {
    yield "a";
    await wait(1);
    yield "b";
  }
  const out = [];
  for await (const x of Readable.from(gen())) out.push(x);
  log(out.join(","));
  const s = Readable.from("whole string");
  s.on("data", (d) => log("data", typeof d, d));
  await new Promise((resolve) => s.on("end", resolve));
  const nonObject = Readable.from(["x", "y"], { objectMode: false });
  const chunks = [];
  for await (const c of nonObject) chunks.push(Buffer.isBuffer(c) ? `buf:${c}` : c);
  log(chunks.join(","));
  try {
    Readable.from(42);
  } catch (e) {
    log(errText(e));
  }
});

await scenario("setEncoding across a split UTF-8 character", async () => {
  const bytes = Buffer.from("héllo wörld €uro 😀!", "utf8");
  const r = new Readable({ read() {} });
  r.setEncoding("utf8");
  const got = [];
  r.on("data", (d) => got.push(JSON.stringify(d)));
  for (let i = 0; i < bytes.length; i += 3) r.push(bytes.subarray(i, i + 3));
  r.push(null);
  await new Promise((resolve) => r.on("end", resolve));
  log(got.join(" "));
  log(r.readableEncoding);
  fs.writeFileSync("utf.txt", bytes);
  const rs = fs.createReadStream("utf.txt", { highWaterMark: 2, encoding: "utf8" });
  const parts = [];
  rs.on("data", (d) => parts.push(d));
  await new Promise((resolve) => rs.on("close", resolve));
  log(parts.length, JSON.stringify(parts.join("")));
  const hex = new Readable({ read() {} });
  hex.setEncoding("hex");
  hex.push(Buffer.from([1, 2, 255]));
  hex.push(null);
  log(await hex.toArray());
  const b64 = new Readable({ read() {} });
  b64.setEncoding("base64");
  b64.push(Buffer.from("ab"));
  b64.push(Buffer.from("cd"));
  b64.push(null);
  log((await b64.toArray()).join(""));
});

await scenario("write stream: 'finish' then 'close'", async () => {
  const events = [];
  const ws = fs.createWriteStream("w.txt");
  ws.on("open", () => events.push("open"));
  ws.on("ready", () => events.push("ready"));
  ws.on("finish", () => events.push(`finish ${ws.bytesWritten}`));
  ws.on("close", () => events.push(`close ${ws.closed}`));
  events.push(`write ${ws.write("hello ")}`);
  ws.write(Buffer.from("wörld\n"), () => events.push("write cb"));
  ws.write("more", "utf8");
  ws.end("!\n", () => events.push("end cb"));
  events.push(`ended ${ws.writableEnded} finished ${ws.writableFinished}`);
  await new Promise((resolve) => ws.on("close", resolve));
  log(events.join(", "));
  log(JSON.stringify(fs.readFileSync("w.txt", "utf8")));
  const ap = fs.createWriteStream("w.txt", { flags: "a" });
  ap.end("appended");
  await new Promise((resolve) => ap.on("close", resolve));
  const at = fs.createWriteStream("w.txt", { flags: "r+", start: 1 });
  at.end("EL");
  await new Promise((resolve) => at.on("close", resolve));
  log(JSON.stringify(fs.readFileSync("w.txt", "utf8")));
  const late = fs.createWriteStream("late.txt");
  late.end("x");
  late.write("y", (e) => log("write after end cb", errText(e)));
  late.on("error", (e) => log("write after end", errText(e)));
  await new Promise((resolve) => late.on("close", resolve));
  const viaClose = fs.createWriteStream("c.txt");
  viaClose.write("closing");
  await new Promise((resolve) => viaClose.close(resolve));
  log(fs.readFileSync("c.txt", "utf8"), viaClose.closed);
});

await scenario("fs stream errors", async () => {
  const rs = fs.createReadStream("missing.txt");
  const events = [];
  rs.on("open", () => events.push("open"));
  rs.on("error", (e) => events.push(`error ${e.message} ${e.code} ${e.syscall}`));
  await new Promise((resolve) => rs.on("close", resolve));
  events.push("close");
  log(events.join(", "));
  fs.mkdirSync("adir", { recursive: true });
  const dir = fs.createReadStream("adir");
  dir.resume();
  await new Promise((resolve) => dir.on("error", (e) => {
    log("dir", e.code, e.syscall);
    resolve();
  }));
  const ws = fs.createWriteStream("no/such/dir/file.txt");
  await new Promise((resolve) => ws.on("error", (e) => {
    log("write", e.message, e.code);
    resolve();
  }));
  await new Promise((resolve) => {
    finished(fs.createReadStream("missing2.txt"), (e) => {
      log("finished", e.code);
      resolve();
    });
  });
});

await scenario("flowing and paused modes, read(n), unshift", async () => {
  const r = new Readable({ read() {} });
  r.push("abcdef");
  r.push("ghij");
  const order = [];
  await new Promise((resolve) => {
    r.once("readable", () => {
      order.push(`read3 ${r.read(3)}`);
      r.unshift("XY");
      order.push(`read4 ${r.read(4)}`);
      order.push(`len ${r.readableLength}`);
      order.push(`rest ${r.read()}`);
      order.push(`null ${r.read()}`);
      resolve();
    });
  });
  log(order.join(", "));
  const p = new Readable({ read() {} });
  const data = [];
  p.on("data", (d) => data.push(String(d)));
  p.push("1");
  p.pause();
  log("isPaused", p.isPaused(), p.readableFlowing);
  p.push("2");
  p.push("3");
  await wait(1);
  log("while paused", data.join(""));
  p.resume();
  await wait(1);
  log("resumed", data.join(""), p.readableFlowing);
  p.push(null);
  const ev = [];
  p.on("end", () => ev.push("end"));
  p.on("close", () => ev.push("close"));
  await wait(2);
  log(ev.join(","), p.readableEnded, p.destroyed);
});

await scenario("destroy, errors and finished", async () => {
  const events = [];
  const r = new Readable({ read() {} });
  r.on("error", (e) => events.push(`error ${e.message}`));
  r.on("close", () => events.push("close"));
  finished(r, (e) => events.push(`finished ${e && e.message}`));
  r.destroy(new Error("kaput"));
  events.push(`sync destroyed ${r.destroyed}`);
  await wait(1);
  log(events.join(", "), r.errored?.message);

  const premature = new Readable({ read() {} });
  await new Promise((resolve) => {
    finished(premature, (e) => {
      log("premature", errText(e));
      resolve();
    });
    premature.destroy();
  });

  const w = new Writable({
    write(chunk, enc, cb) {
      cb(new Error(`cannot write ${chunk}`));
    },
  });
  await new Promise((resolve) => {
    w.on("error", (e) => log("writable error", e.message));
    w.on("close", resolve);
    w.write("x", (e) => log("write cb", e.message));
  });

  const custom = new Writable({
    write(c, e, cb) {
      cb();
    },
    final(cb) {
      log("final called");
      setTimeout(cb, 1);
    },
    destroy(e, cb) {
      log("custom destroy", e);
      cb(e);
    },
  });
  custom.on("prefinish", () => log("prefinish"));
  custom.on("finish", () => log("finish"));
  await streamPromises.finished(custom.end("data"));
  log("finished promise resolved");
});

await scenario("pipe with { end: false }, unpipe and Duplex/PassThrough", async () => {
  const collected = [];
  const sink = new Writable({
    write(c, e, cb) {
      collected.push(String(c));
      cb();
    },
  });
  const a = Readable.from(["a1", "a2"], { objectMode: false });
  const b = Readable.from(["b1"], { objectMode: false });
  const pipes = [];
  sink.on("pipe", () => pipes.push("pipe"));
  sink.on("unpipe", () => pipes.push("unpipe"));
  a.pipe(sink, { end: false });
  await new Promise((resolve) => a.on("end", resolve));
  log("after a", sink.writableEnded);
  b.pipe(sink);
  await new Promise((resolve) => sink.on("finish", resolve));
  log(collected.join(","), sink.writableEnded, pipes.join(","));

  const d = new Duplex({
    read() {},
    write(chunk, enc, cb) {
      this.push(String(chunk).toUpperCase());
      cb();
    },
    final(cb) {
      this.push(null);
      cb();
    },
  });
  const outs = [];
  d.on("data", (c) => outs.push(String(c)));
  d.write("duplex");
  d.end("!");
  await new Promise((resolve) => d.on("close", resolve));
  log(outs.join(""), d.readableEnded, d.writableFinished);

  const pt = new PassThrough();
  pt.end("through");
  log(String(await new Promise((resolve) => pt.once("data", resolve))));

  const legacy = new stream.Stream();
  const dest = new PassThrough();
  legacy.readable = true;
  legacy.pipe(dest);
  legacy.emit("data", "legacy ");
  legacy.emit("data", "data");
  legacy.emit("end");
  log(String(await new Promise((resolve) => dest.once("data", resolve))), dest.writableEnded);
});

await scenario("subclassing", async () => {
  class Counter extends Readable {
    constructor(limit) {
      super({ encoding: "utf8" });
      this.n = 0;
      this.limit = limit;
    }
    _read() {
      this.n++;
      this.push(this.n > this.limit ? null : `${this.n};`);
    }
  }
  class Collect extends Writable {
    constructor() {
      super();
      this.parts = [];
    }
    _write(chunk, enc, cb) {
      this.parts.push(chunk.toString());
      cb();
    }
    _final(cb) {
      this.parts.push("<end>");
      cb();
    }
  }
  class Upper extends Transform {
    _transform(chunk, enc, cb) {
      this.push(chunk.toString().toUpperCase());
      cb();
    }
    _flush(cb) {
      this.push("FLUSH");
      cb();
    }
  }
  function Old(options) {
    Readable.call(this, options);
    this.i = 0;
  }
  Object.setPrototypeOf(Old.prototype, Readable.prototype);
  Old.prototype._read = function () {
    this.push(this.i++ < 3 ? "o" : null);
  };
  const c = new Collect();
  await streamPromises.pipeline(new Counter(5), c);
  log(c.parts.join(""));
  const c2 = new Collect();
  await streamPromises.pipeline(new Old(), new Upper(), c2);
  log(c2.parts.join(""));
});

log("done");
