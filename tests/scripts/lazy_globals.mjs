// Globals that load their module on first read (URL, TextEncoder, Buffer,
// structuredClone, ...), first read in the middle of expressions, calls and
// async functions: the reading code's values stay intact, and built-ins
// read next still work.
function f(a, b, c) {
  const x = [a, b, c];
  const y = new TextEncoder().encode(String(a) + "é");
  return [x.length, y.length, String(a + b + c), Number("4")];
}
async function g() {
  await null;
  const u = new URL("http://a/b?c=1");
  return String(u.searchParams.get("c")) + structuredClone({ a: 1 }).a + JSON.stringify([Math.max(1, 2)]);
}
const r = f(1, 2, 3);
console.log(r, String(r.length), await g());
console.log(typeof AbortController, typeof Event, typeof DOMException, btoa("x"), atob("eA=="), String(1));
setTimeout(() => console.log("later", typeof clearTimeout, Buffer.from("ab").length, Array.isArray([])), 1);
const arr = [1, 2, 3].map((v) => v + new URLSearchParams("a=1").get("a") + String(v));
console.log(arr, typeof performance.now(), Object.keys({ a: 1 }));
globalThis.URL = 5;
console.log(URL, typeof TextDecoder, String(URL));
