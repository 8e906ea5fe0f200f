// Differential check of the String.prototype fast paths against Node:
// deterministic pseudo-random strings with surrogate pairs, lone surrogates,
// Latin-1 and ASCII text, separators at the edges, empty strings.
let seed = 12345;
const rand = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const alphabet = ["a", "b", "ab", "\n", "$", "😀", "\ud800", "\udc00", "é", "ÿ", "Ā", " ", "aa"];
const make = (max) => {
  let s = "";
  const n = rand(max + 1);
  for (let i = 0; i < n; i++) s += alphabet[rand(alphabet.length)];
  return s;
};
const positions = [undefined, -1, 0, 1, 2.5, NaN, 3, 100, Infinity, -Infinity];
const limits = [undefined, 0, 1, 2, -1, 2 ** 32 + 1, 3.7];
const replacements = ["X", "$$", "$&", "$`", "$'", "$1", "$01", "$<x>", "$", "a$&b$'c$`d", "", "😀$&"];
const fn = (m, p, s) => `[${m}@${p}/${s.length}]`;
const out = [];
const show = (v) => JSON.stringify(v);
for (let c = 0; c < 400; c++) {
  const s = make(12);
  const pick = rand(3);
  const needle = pick === 0 ? make(2) : pick === 1 && s.length ? s.slice(rand(s.length), rand(s.length + 1)) : alphabet[rand(alphabet.length)];
  const p = positions[rand(positions.length)];
  out.push(
    [
      s.indexOf(needle, p),
      s.lastIndexOf(needle, p),
      s.includes(needle, p),
      s.startsWith(needle, p),
      s.endsWith(needle, p),
      s.indexOf(needle),
      s.lastIndexOf(needle),
      s.split(needle, limits[rand(limits.length)]),
      s.split(needle),
      s.replace(needle, replacements[rand(replacements.length)]),
      s.replaceAll(needle, replacements[rand(replacements.length)]),
      s.replace(needle, fn),
      s.replaceAll(needle, fn),
    ].map(show).join(" "),
  );
}
// Cases the fast paths hand to the original built-ins.
out.push(show([new String("abcb").indexOf("b", 2), "a1b1".split(1), "x,y".split(/,/), "aXbX".replaceAll(/X/g, "-")]));
out.push(show(["abc".indexOf({ toString: () => "b" }), "abc".includes("c", { valueOf: () => 1 }), "abc".split("", 2)]));
try {
  "abc".includes(/b/);
} catch (e) {
  out.push(`includes(regexp): ${e.constructor.name}`);
}
// Symbol.split/Symbol.replace of an object separator take over. (Boa, as
// the current spec, does not look them up on primitive strings; V8 does.)
out.push(show(["a,b".split({ [Symbol.split]: (s, lim) => ["hooked", s, lim] }, 3), "a-b".replace({ [Symbol.replace]: (s, r) => `${s}/${r}` }, "+")]));
out.push(show(["a-b".replace("-", "+"), String.prototype.indexOf.name, String.prototype.split.length, String.prototype.replaceAll.length]));
out.push(show(Object.getOwnPropertyDescriptor(String.prototype, "indexOf").enumerable));
try {
  String.prototype.indexOf.call(null, "a");
} catch (e) {
  out.push(`indexOf on null: ${e.constructor.name}`);
}
const big = "line\n".repeat(20000);
out.push(show([big.split("\n").length, big.lastIndexOf("line"), big.replaceAll("\n", "\r\n").length]));
console.log(out.join("\n"));
