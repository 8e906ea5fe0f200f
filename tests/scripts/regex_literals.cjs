// The same rewrite in a CommonJS file.
const out = [];
for (let i = 0; i < 2; i++) {
  const r = /(\d+)-(\d+)/g;
  out.push(r.lastIndex, "1-2 3-4".replace(r, "$2-$1"), r.lastIndex, /c/g.test("c"));
}
module.exports = out;
console.log(JSON.stringify(require("./regex_literals.cjs")));
