// console.table: rendering and terminal widths, loaded on the first call.
import { op_load_builtin } from "autorun:internal";
import { getStringWidth } from "internal:string_width";

const types = new Proxy({}, { get: (_, name) => op_load_builtin("node:util").types[name] });

const indexKey = "(index)";
const iterKey = "(iteration index)";
const keyKey = "Key";
const valuesKey = "Values";

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
