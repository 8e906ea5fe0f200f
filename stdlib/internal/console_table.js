// console.table: rendering and terminal widths, loaded on the first call.
import { op_load_builtin } from "autorun:internal";

const types = new Proxy({}, { get: (_, name) => op_load_builtin("node:util").types[name] });

const indexKey = "(index)";
const iterKey = "(iteration index)";
const keyKey = "Key";
const valuesKey = "Values";

// ---------------------------------------------------------------------------
// Terminal width of a table cell (East Asian wide characters take two
// columns, combining marks and control characters none).

const ansiRegExp = new RegExp(
  "[\\u001B\\u009B][[\\]()#;?]*" +
    "(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*" +
    "|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?" +
    "(?:\\u0007|\\u001B\\u005C|\\u009C))" +
    "|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?" +
    "[\\dA-PR-TZcf-nq-uy=><~]))",
  "g",
);

const wideRanges = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0],
  [0x23f3, 0x23f3], [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f],
  [0x2693, 0x2693], [0x26a1, 0x26a1], [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5],
  [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea], [0x26f2, 0x26f3], [0x26f5, 0x26f5],
  [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b], [0x2728, 0x2728],
  [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
  [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55],
  [0x2e80, 0x303e], [0x3040, 0x3247], [0x3250, 0x4dbf], [0x4e00, 0xa4c6], [0xa960, 0xa97c],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6b], [0xff01, 0xff60],
  [0xffe0, 0xffe6], [0x16fe0, 0x18cd5], [0x1b000, 0x1b2fb], [0x1f004, 0x1f004], [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e], [0x1f191, 0x1f19a], [0x1f200, 0x1f251], [0x1f260, 0x1f265], [0x1f300, 0x1f3fa],
  [0x1f400, 0x1f64f], [0x1f680, 0x1f6ff], [0x1f7e0, 0x1f7eb], [0x1f90c, 0x1f9ff], [0x1fa70, 0x1faff],
  [0x20000, 0x3fffd],
];

const zeroWidthRanges = [
  [0x0, 0x1f], [0x7f, 0x9f], [0x300, 0x36f], [0x200b, 0x200f], [0x2028, 0x202e], [0x2060, 0x2064],
  [0x20d0, 0x20ff], [0xfe00, 0xfe0f], [0xfe20, 0xfe2f], [0xfeff, 0xfeff], [0x1f3fb, 0x1f3ff],
  [0xe0000, 0xe007f], [0xe0100, 0xe01ef],
];

function inRanges(code, ranges) {
  for (const [low, high] of ranges) {
    if (code < low) return false;
    if (code <= high) return true;
  }
  return false;
}

function getStringWidth(str) {
  if (str.includes("\u001b") || str.includes("\u009b")) str = str.replace(ansiRegExp, "");
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
        if (inRanges(point, wideRanges)) width += 2;
        else if (!inRanges(point, zeroWidthRanges)) width++;
      }
      break;
    }
    if (code >= 32) width++;
  }
  return width;
}

// ---------------------------------------------------------------------------
// console.table's box drawing

function renderRow(row, columnWidths) {
  const cells = [];
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    const needed = columnWidths[i] - getStringWidth(cell);
    cells.push(cell + " ".repeat(Math.max(0, Math.ceil(needed))));
  }
  return `│ ${cells.join(" │ ")} │`;
}

function renderTable(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  const longestColumn = Math.max(...columns.map((column) => column.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = (rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : "");
      columnWidths[i] = Math.max(columnWidths[i] || 0, getStringWidth(value));
    }
  }
  const divider = columnWidths.map((width) => "─".repeat(width + 2));
  const lines = [`┌${divider.join("┬")}┐`, renderRow(head, columnWidths), `├${divider.join("┼")}┤`];
  for (const row of rows) lines.push(renderRow(row, columnWidths));
  lines.push(`└${divider.join("┴")}┘`);
  return lines.join("\n");
}

/** Prints `tabularData` as Node's console.table does, through `log`. */
export function table(log, tableInspect, tabularData, properties) {
  if (tabularData === null || typeof tabularData !== "object") return log(tabularData);
  const final = (keys, values) => log(renderTable(keys, values));
  const indexArray = (length) => Array.from({ length }, (_, i) => tableInspect(i));

  // A Map/Set iterator cannot be previewed without consuming it; console.table
  // reads it to the end. Map iterators of [key, value] pairs count as entries.
  const mapIter = types.isMapIterator(tabularData);
  const setIter = types.isSetIterator(tabularData);
  let entries;
  if (mapIter || setIter) entries = [...tabularData];
  const isKeyValue =
    mapIter && entries.length > 0 && entries.every((e) => Array.isArray(e) && e.length === 2);

  if (isKeyValue || types.isMap(tabularData)) {
    const keys = [];
    const values = [];
    const source = isKeyValue ? entries : Map.prototype.entries.call(tabularData);
    for (const [k, v] of source) {
      keys.push(tableInspect(k));
      values.push(tableInspect(v));
    }
    return final([iterKey, keyKey, valuesKey], [indexArray(keys.length), keys, values]);
  }

  if (mapIter || setIter || types.isSet(tabularData)) {
    const values = [];
    const source = entries !== undefined ? entries : Set.prototype.values.call(tabularData);
    for (const v of source) values.push(tableInspect(v));
    return final([iterKey, valuesKey], [indexArray(values.length), values]);
  }

  const map = Object.create(null);
  let hasPrimitives = false;
  const valuesKeyArray = [];
  const indexKeyArray = Object.keys(tabularData);
  for (let i = 0; i < indexKeyArray.length; i++) {
    const item = tabularData[indexKeyArray[i]];
    const primitive = item === null || (typeof item !== "function" && typeof item !== "object");
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesKeyArray[i] = tableInspect(item);
    } else {
      const keys = properties || Object.keys(item);
      for (const key of keys) {
        if (map[key] === undefined) map[key] = [];
        if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
          map[key][i] = "";
        } else {
          map[key][i] = tableInspect(item[key]);
        }
      }
    }
  }
  const keys = Object.keys(map);
  const values = Object.values(map);
  if (hasPrimitives) {
    keys.push(valuesKey);
    values.push(valuesKeyArray);
  }
  keys.unshift(indexKey);
  values.unshift(indexKeyArray);
  return final(keys, values);
}
