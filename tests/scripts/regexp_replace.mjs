// String.prototype.replace/replaceAll with a RegExp (native for a pristine
// RegExp) against Node: captures, named groups, $-patterns, functions,
// empty matches, unicode, lastIndex, and the cases left to the original.
const text = "line 1: alpha *beta* `gamma` [link](http://x/1) é😀 a/b\nline 2: — delta";
const cases = [
  [/line (\d+)/g, "L$1:"], [/line (\d+)/, "L$1:"], [/(alpha|beta)/g, (m) => m.toUpperCase()],
  [/\*([^*]+)\*/g, "<em>$1</em>"], [/`([^`]+)`/g, "<code>$1</code>"],
  [/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>'], [/^# (.*)$/, "<h1>$1</h1>"],
  [/a\/b/g, "slash"], [new RegExp("a/b"), "slash2"], [/(?<word>[a-z]+)/g, "<$<word>>"],
  [/(?<word>[a-z]+)(?<digit>\d)?/g, (...args) => JSON.stringify(args)], [/x*/g, "-"], [/(?:)/g, "_"],
  [/$/g, "END"], [/^/gm, "> "], [/./gu, "."], [/./g, "."], [/\p{L}+/gu, "W"], [/(a)|(b)/g, "[$1|$2]"],
  [/(a)/g, "$0 $1 $2 $01 $10 $& $` $' $$ $< $"], [/(a)(b)?/g, (m, a, b, i, s) => `${m},${a},${b},${i},${s.length}`],
  [/É/gi, "e"], [/line/gi, "$&$&"], [/(\d)(\d)?(\d)?(\d)?(\d)?(\d)?(\d)?(\d)?(\d)?(\d)?(\d)?/g, "$11-$10-$1"],
  [/\n/g, "\\n"], [/😀/g, "smile"], [/\ud83d/g, "half"], [/\ud83d/gu, "half-u"], [/(?<x>a)|(?<y>b)/g, "[$<x>|$<y>|$<z>]"],
];
for (const [re, rep] of cases) {
  const before = re.lastIndex;
  console.log(JSON.stringify(text.replace(re, rep)), re.lastIndex, before);
  if (re.global) console.log(JSON.stringify(text.replaceAll(re, rep)), re.lastIndex);
}
const sticky = /a/y;
sticky.lastIndex = 3;
console.log("abcaa".replace(sticky, "X"), sticky.lastIndex);
const odd = /a/g;
odd.lastIndex = 5;
console.log("banana".replace(odd, "o"), odd.lastIndex);
const own = /a/;
own.foo = 1;
console.log("banana".replace(own, "o"));
const patched = /n/g;
patched.exec = function (s) { return RegExp.prototype.exec.call(this, s); };
console.log("banana".replace(patched, "N"));
try {
  "banana".replaceAll(/a/, "o");
} catch (e) {
  console.log("replaceAll non-global:", e.constructor.name);
}
const original = RegExp.prototype[Symbol.replace];
RegExp.prototype[Symbol.replace] = function (s, r) { return `hooked(${s},${r})`; };
console.log("abc".replace(/b/, "x"));
RegExp.prototype[Symbol.replace] = original;
console.log("abc".replace(/b/, "x"), "abc".replace(/b/, 42), "abc".replace(/b/, { toString: () => "obj" }));
const big = "word ".repeat(20000);
console.log(big.replace(/(\w+) /g, "$1_").length, big.replace(/o/g, (m, i) => (i % 2 ? "0" : "O")).length);
const again = /(o)/g;
console.log("foo".replace(again, "0"), "boo".replace(again, "[$1]"));
again.compile("(b)", "g");
console.log("boo".replace(again, "[$1]"), again.source, again.flags);
// Accessors of RegExp.prototype replaced after replaces have run: each way
// to do it is seen by the very next replace.
const line = "a-b-c";
const run = (label) => console.log(label, line.replace(/-/g, "+"), line.replace(/(?<sep>-)/, "[$<sep>]"));
run("before");
const desc = Object.getOwnPropertyDescriptor(RegExp.prototype, "global");
Object.defineProperty(RegExp.prototype, "global", { get() { return false; }, configurable: true });
run("defineProperty global=false");
Object.defineProperty(RegExp.prototype, "global", desc);
run("restored");
const off = { get() { return false; }, configurable: true };
Reflect.defineProperty(RegExp.prototype, "global", off);
run("Reflect global=false");
Reflect.defineProperty(RegExp.prototype, "global", desc);
run("Reflect restored");
Object.defineProperties(RegExp.prototype, { global: off });
run("defineProperties global=false");
Object.defineProperties(RegExp.prototype, { global: desc });
run("defineProperties restored");
RegExp.prototype.__defineGetter__("global", function () { return false; });
run("__defineGetter__ global=false");
Object.defineProperty(RegExp.prototype, "global", desc);
run("restored again");
const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function (s) { return this.lastIndex > 0 ? null : exec.call(this, s); };
run("exec patched");
RegExp.prototype.exec = exec;
run("exec restored");
// Templates: every `$` form, with and without groups, named groups.
const t = "2024-01-31";
for (const tpl of ["$$", "$&", "$`", "$'", "$1", "$01", "$10", "$00", "$3$2$1", "$<y>", "$<nope>", "$<", "$", "x$", "$9"]) {
  console.log(JSON.stringify(tpl), t.replace(/(\d+)-(\d+)-(\d+)/, tpl), t.replace(/(?<y>\d+)-/g, tpl), t.replace(/-/g, tpl));
}
console.log("é-ü".replace(/-/g, "→"), "𝒳a𝒳".replace(/(?:)/gu, "."), "𝒳a𝒳".replace(/(?:)/g, ".").length, "aaa".replace(/a*?/g, "-"));
