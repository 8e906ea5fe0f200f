// The terminal width of a string (approximates ICU's East Asian width), for
// util.inspect's line breaking and console.table's columns.

function isFullWidthCodePoint(code) {
  return (
    code >= 0x1100 &&
    (code <= 0x115f ||
      code === 0x2329 ||
      code === 0x232a ||
      (code >= 0x231a && code <= 0x231b) ||
      (code >= 0x23e9 && code <= 0x23ec) ||
      code === 0x23f0 ||
      code === 0x23f3 ||
      (code >= 0x25fd && code <= 0x25fe) ||
      (code >= 0x2614 && code <= 0x2615) ||
      (code >= 0x2648 && code <= 0x2653) ||
      code === 0x267f ||
      code === 0x2693 ||
      code === 0x26a1 ||
      (code >= 0x26aa && code <= 0x26ab) ||
      (code >= 0x26bd && code <= 0x26be) ||
      (code >= 0x26c4 && code <= 0x26c5) ||
      code === 0x26ce ||
      code === 0x26d4 ||
      code === 0x26ea ||
      (code >= 0x26f2 && code <= 0x26f3) ||
      code === 0x26f5 ||
      code === 0x26fa ||
      code === 0x26fd ||
      code === 0x2705 ||
      (code >= 0x270a && code <= 0x270b) ||
      code === 0x2728 ||
      code === 0x274c ||
      code === 0x274e ||
      (code >= 0x2753 && code <= 0x2755) ||
      code === 0x2757 ||
      (code >= 0x2795 && code <= 0x2797) ||
      code === 0x27b0 ||
      code === 0x27bf ||
      (code >= 0x2b1b && code <= 0x2b1c) ||
      code === 0x2b50 ||
      code === 0x2b55 ||
      (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
      (code >= 0x3250 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0xa4c6) ||
      (code >= 0xa960 && code <= 0xa97c) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe10 && code <= 0xfe19) ||
      (code >= 0xfe30 && code <= 0xfe6b) ||
      (code >= 0xff01 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x16fe0 && code <= 0x18cd5) ||
      (code >= 0x1b000 && code <= 0x1b2fb) ||
      code === 0x1f004 ||
      code === 0x1f0cf ||
      code === 0x1f18e ||
      (code >= 0x1f191 && code <= 0x1f19a) ||
      (code >= 0x1f200 && code <= 0x1f251) ||
      (code >= 0x1f260 && code <= 0x1f265) ||
      (code >= 0x1f300 && code <= 0x1f64f && !(code >= 0x1f3fb && code <= 0x1f3ff)) ||
      (code >= 0x1f680 && code <= 0x1f6ff) ||
      (code >= 0x1f7e0 && code <= 0x1f7eb) ||
      (code >= 0x1f90c && code <= 0x1f9ff) ||
      (code >= 0x1fa70 && code <= 0x1faff) ||
      (code >= 0x20000 && code <= 0x3fffd))
  );
}

function isZeroWidthCodePoint(code) {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xfe20 && code <= 0xfe2f) ||
    code === 0xfeff ||
    (code >= 0x1f3fb && code <= 0x1f3ff) ||
    (code >= 0xe0000 && code <= 0xe007f) ||
    (code >= 0xe0100 && code <= 0xe01ef)
  );
}

export function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = stripAnsi(str);
  let width = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) {
      let rest = str.slice(i);
      try {
        rest = rest.normalize("NFC");
      } catch {
        // Keep the text as is.
      }
      for (const char of rest) {
        const point = char.codePointAt(0);
        if (isFullWidthCodePoint(point)) width += 2;
        else if (!isZeroWidthCodePoint(point)) width++;
      }
      break;
    }
    if (code >= 32) width++;
  }
  return width;
}

const ansiRegExp = new RegExp(
  "[\\u001B\\u009B][[\\]()#;?]*" +
    "(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*" +
    "|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?" +
    "(?:\\u0007|\\u001B\\u005C|\\u009C))" +
    "|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?" +
    "[\\dA-PR-TZcf-nq-uy=><~]))",
  "g",
);

export function stripAnsi(str) {
  if (!str.includes("\u001b") && !str.includes("\u009b")) return str;
  return str.replace(ansiRegExp, "");
}
