// Regex literals (rewritten by autorun to reuse one compiled matcher per
// site) behave as literals: a new object per evaluation, its own lastIndex,
// the realm's prototype, every flag, every method; lines and columns kept.
const log = (...a) => console.log(JSON.stringify(a));

const make = () => /ab+c/gi;
const a = make(), b = make();
log(a === b, a instanceof RegExp, Object.getPrototypeOf(a) === RegExp.prototype);
log(a.source, a.flags, a.global, a.ignoreCase, a.lastIndex, String(a));
log(Object.getOwnPropertyNames(a), Object.getOwnPropertyDescriptor(a, "lastIndex"));

// lastIndex is per object: a global test in a loop starts over each time.
const hits = [];
for (let i = 0; i < 3; i++) hits.push(/x/g.test("x"), /x/g.lastIndex);
log(hits);
const kept = /x/g;
log(kept.test("xx"), kept.lastIndex, kept.test("xx"), kept.lastIndex, kept.test("xx"));

// A change to one object stays on it.
const c = make();
c.lastIndex = 5;
c.extra = 1;
log(make().lastIndex, make().extra, c.lastIndex);

// Every kind of use.
const text = "Some *emphasis* and `code`, [a link](http://x/1), 2024-05-06.";
for (let round = 0; round < 2; round++) {
  log(
    text.replace(/\*([^*]+)\*/g, "<em>$1</em>"),
    text.replace(/`([^`]+)`/g, (m, g, at) => `<code>${g}@${at}</code>`),
    text.replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>'),
    text.replace(/(?<y>\d{4})-(?<m>\d\d)-(?<d>\d\d)/, "$<d>/$<m>/$<y>"),
    text.match(/\w+/g).length,
    [...text.matchAll(/\d+/g)].map((m) => m.index),
    text.split(/[,.]\s*/),
    /(\w+)\s(\w+)/.exec(text).slice(0, 3),
    text.search(/link/),
    /^Some/m.test(text),
    "aBc".replace(/b/i, "x"),
    "😀x😀".replace(/😀/gu, "y"),
    "a\nb".replace(/a.b/s, "dot"),
    /b/y.test("ab"),
  );
}

// Literals in every position an expression may take.
const inTemplate = `${/t(e)st/.exec("test")[1]}`;
const inArray = [/1/, /22/g].map(String);
const inObject = { re: /key/ }.re.source;
const ternary = (true ? /yes/ : /no/).source;
const afterKeyword = (() => { return /ret/.source; })();
const typeofLiteral = typeof /typeof/;
log(inTemplate, inArray, inObject, ternary, afterKeyword, typeofLiteral);

// Not literals: division, comments, strings.
const x = 10, y = 2, g = 1;
log(x / y / g, "/not/a/regex/", '/nor/this/', `/nor/${"this"}/`); // /comment/g
/* /block comment/ */
log(x /y/ g);

// Short literals stay as they are, long ones are rewritten: the same either way.
log(/a/.test("a"), /ab/g.flags, /abc/.source, /abcd/g.lastIndex);

// A function's own text keeps its line structure.
function withLiteral() {
  return /inside/g;
}
log(withLiteral().source, withLiteral() !== withLiteral());

// An error after a literal on the same line names the right line.
try {
  const s = "q".replace(/q/g, "r"); s.missing.call();
} catch (e) {
  log(e instanceof TypeError, new Error().stack.split("\n").length > 0);
}

// A replace pattern's object, seen by a `replace` of the script's own: every
// evaluation still gives an object nobody else has seen.
const seen = [];
const spy = { replace(re, r) { seen.push(re); re.lastIndex = 7; re.mark = r; return "qqq"; } };
const outs = [];
for (const target of [spy, "abcb", spy, "abcb", "abcb", spy]) outs.push(target.replace(/bbbbb|b/g, "B"));
log(outs.join(","), seen.length, new Set(seen).size, seen.map((re) => `${re.lastIndex}:${re.mark}`).join(","));
// ...and one held by such a method and used at once by a built-in replace in
// the same expression, then the literal evaluated again.
let held;
const keeper = { replace(re) { held = re; return "xbx"; } };
const first = keeper.replace(/bbbbbb|b/g, "y").replace(held, "z");
const firstHeld = held;
const second = keeper.replace(/bbbbbb|b/g, "y").replace(held, "z");
log(first, second, firstHeld !== held, firstHeld.lastIndex, held.lastIndex);
// The same site again from inside its own replacement function.
function nest(s, depth) {
  return s.replace(/xxxxxx|x/g, () => (depth > 0 ? `[${nest("x.x", depth - 1)}]` : "y"));
}
log(nest("x-x", 2));
// A replacement function that throws, then the site again.
for (let i = 0; i < 3; i++) {
  try {
    log("aXa".replace(/XXXXXX|X/g, () => { if (i === 1) throw new Error("boom"); return String(i); }));
  } catch (e) {
    log("caught", e.message);
  }
}
// Sticky and non-global patterns, many times over.
let sticky = "";
for (let i = 0; i < 5; i++) sticky += "aab".replace(/aaaaaa|a/y, "X") + "aab".replace(/aaaaaa|b/, "Y");
log(sticky);
