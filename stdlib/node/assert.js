// node:assert as in Node 20: the assertion functions, AssertionError with
// Node's messages (including the `+ actual - expected` line diff), the loose
// deep-equality algorithm, and the deprecated CallTracker.
//
// Differences that cannot be helped: `assert(value)` without a message cannot
// quote the failing expression (Node reads it from the source file), so it
// reports `value == true` as Node itself does when the source is unreadable;
// the diff is never coloured.

import { deprecate, inspect, isDeepStrictEqual } from "node:util";
import {
  ERR_AMBIGUOUS_ARGUMENT,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_RETURN_VALUE,
  ERR_MISSING_ARGS,
  ERR_OUT_OF_RANGE,
  ERR_UNAVAILABLE_DURING_EXIT,
  setStackHeader,
  stackFrames,
} from "internal:errors";

const kInspectCustom = Symbol.for("nodejs.util.inspect.custom");

// ---------------------------------------------------------------------------
// Type checks (brand checks, so that look-alike objects are not taken for
// built-ins).

const { toString: objectToString, hasOwnProperty, propertyIsEnumerable } = Object.prototype;

function tryBrand(getter, value) {
  if (typeof value !== "object" || value === null) return false;
  try {
    getter.call(value);
    return true;
  } catch {
    return false;
  }
}

const getterOf = (proto, name) => Object.getOwnPropertyDescriptor(proto, name)?.get;
const regExpSource = getterOf(RegExp.prototype, "source");
const mapSize = getterOf(Map.prototype, "size");
const setSize = getterOf(Set.prototype, "size");
const arrayBufferByteLength = getterOf(ArrayBuffer.prototype, "byteLength");
const sharedArrayBufferByteLength =
  typeof SharedArrayBuffer === "function" ? getterOf(SharedArrayBuffer.prototype, "byteLength") : undefined;
const typedArrayToStringTag = getterOf(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag);

function isRegExp(value) {
  return value !== RegExp.prototype && tryBrand(regExpSource, value);
}
function isDate(value) {
  return tryBrand(Date.prototype.getTime, value);
}
function isMap(value) {
  return tryBrand(mapSize, value);
}
function isSet(value) {
  return tryBrand(setSize, value);
}
function isAnyArrayBuffer(value) {
  return (
    tryBrand(arrayBufferByteLength, value) ||
    (sharedArrayBufferByteLength !== undefined && tryBrand(sharedArrayBufferByteLength, value))
  );
}
function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}
function typedArrayTag(value) {
  return typedArrayToStringTag.call(value);
}
function isNumberObject(value) {
  return tryBrand(Number.prototype.valueOf, value);
}
function isStringObject(value) {
  return tryBrand(String.prototype.valueOf, value);
}
function isBooleanObject(value) {
  return tryBrand(Boolean.prototype.valueOf, value);
}
function isBigIntObject(value) {
  return typeof BigInt === "function" && tryBrand(BigInt.prototype.valueOf, value);
}
function isSymbolObject(value) {
  return tryBrand(Symbol.prototype.valueOf, value);
}
function isBoxedPrimitive(value) {
  return (
    isNumberObject(value) ||
    isStringObject(value) ||
    isBooleanObject(value) ||
    isBigIntObject(value) ||
    isSymbolObject(value)
  );
}
function isNativeError(value) {
  if (typeof Error.isError === "function") return Error.isError(value);
  return typeof value === "object" && value !== null && objectToString.call(value) === "[object Error]";
}
function isError(value) {
  return isNativeError(value) || value instanceof Error;
}
function isPromise(value) {
  return value instanceof Promise || (typeof value === "object" && value !== null && objectToString.call(value) === "[object Promise]");
}
function isURL(value) {
  return typeof URL === "function" && value instanceof URL;
}

// ---------------------------------------------------------------------------
// Deep equality (Node 20's rules). `strict` picks deepStrictEqual's rules;
// assert uses node:util's isDeepStrictEqual for those, and this for loose.

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

function isArrayIndex(key) {
  if (typeof key !== "string") return false;
  const n = Number(key) >>> 0;
  return n !== 4294967295 && String(n) === key;
}

/** Own enumerable keys that are not array indices (and enumerable symbols unless skipped). */
function getOwnNonIndexProperties(obj, skipSymbols) {
  const keys = [];
  for (const key of Reflect.ownKeys(obj)) {
    if (typeof key === "symbol") {
      if (skipSymbols) continue;
    } else if (isArrayIndex(key)) {
      continue;
    }
    if (propertyIsEnumerable.call(obj, key)) keys.push(key);
  }
  return keys;
}

function areSimilarRegExps(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

function areSimilarFloatArrays(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function areEqualBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function areSimilarTypedArrays(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  return areEqualBytes(
    new Uint8Array(a.buffer, a.byteOffset, a.byteLength),
    new Uint8Array(b.buffer, b.byteOffset, b.byteLength),
  );
}

function areEqualArrayBuffers(a, b) {
  return a.byteLength === b.byteLength && areEqualBytes(new Uint8Array(a), new Uint8Array(b));
}

function isEqualBoxedPrimitive(a, b) {
  if (isNumberObject(a)) return isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  if (isStringObject(a)) return isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  if (isBooleanObject(a)) return isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  if (isBigIntObject(a)) return isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  if (isSymbolObject(a)) return isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  return false;
}

function innerDeepEqual(val1, val2, strict, memos) {
  if (val1 === val2) {
    return val1 !== 0 || Object.is(val1, val2) || !strict;
  }

  if (strict) {
    if (typeof val1 === "number") return Number.isNaN(val1) && Number.isNaN(val2);
    if (
      typeof val2 !== "object" ||
      typeof val1 !== "object" ||
      val1 === null ||
      val2 === null ||
      Object.getPrototypeOf(val1) !== Object.getPrototypeOf(val2)
    ) {
      return false;
    }
  } else {
    if (val1 === null || typeof val1 !== "object") {
      if (val2 === null || typeof val2 !== "object") {
        // eslint-disable-next-line eqeqeq
        return val1 == val2 || (Number.isNaN(val1) && Number.isNaN(val2));
      }
      return false;
    }
    if (val2 === null || typeof val2 !== "object") return false;
  }

  const val1Tag = objectToString.call(val1);
  const val2Tag = objectToString.call(val2);
  if (val1Tag !== val2Tag) return false;

  if (Array.isArray(val1)) {
    if (!Array.isArray(val2) || val1.length !== val2.length) return false;
    const keys1 = getOwnNonIndexProperties(val1, !strict);
    const keys2 = getOwnNonIndexProperties(val2, !strict);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, strict, memos, kIsArray, keys1);
  } else if (val1Tag === "[object Object]") {
    return keyCheck(val1, val2, strict, memos, kNoIterator);
  } else if (isDate(val1)) {
    if (!isDate(val2) || Date.prototype.getTime.call(val1) !== Date.prototype.getTime.call(val2)) return false;
  } else if (isRegExp(val1)) {
    if (!isRegExp(val2) || !areSimilarRegExps(val1, val2)) return false;
  } else if (isArrayBufferView(val1)) {
    if (!isArrayBufferView(val2)) return false;
    const tag1 = typedArrayTag(val1);
    if (tag1 !== typedArrayTag(val2)) return false;
    if (!strict && (tag1 === "Float32Array" || tag1 === "Float64Array" || tag1 === "Float16Array")) {
      if (!areSimilarFloatArrays(val1, val2)) return false;
    } else if (!areSimilarTypedArrays(val1, val2)) {
      return false;
    }
    const keys1 = getOwnNonIndexProperties(val1, !strict);
    const keys2 = getOwnNonIndexProperties(val2, !strict);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, strict, memos, kNoIterator, keys1);
  } else if (isSet(val1)) {
    if (!isSet(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsSet);
  } else if (isMap(val1)) {
    if (!isMap(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsMap);
  } else if (isAnyArrayBuffer(val1)) {
    if (!isAnyArrayBuffer(val2) || !areEqualArrayBuffers(val1, val2)) return false;
  } else if (isNativeError(val1) || val1 instanceof Error) {
    // The stack is not compared: it differs even between otherwise equal errors.
    if (!isNativeError(val2) && !(val2 instanceof Error)) return false;
    for (const key of ["message", "name"]) {
      const enumerable = propertyIsEnumerable.call(val1, key);
      if (enumerable !== propertyIsEnumerable.call(val2, key)) return false;
      if (!enumerable && val1[key] !== val2[key]) return false;
    }
    for (const key of ["cause", "errors"]) {
      const enumerable = propertyIsEnumerable.call(val1, key);
      if (enumerable !== propertyIsEnumerable.call(val2, key)) return false;
      if (!enumerable && !innerDeepEqual(val1[key], val2[key], strict, memos)) return false;
    }
  } else if (isBoxedPrimitive(val1)) {
    if (!isEqualBoxedPrimitive(val1, val2)) return false;
  } else if (
    Array.isArray(val2) ||
    isArrayBufferView(val2) ||
    isSet(val2) ||
    isMap(val2) ||
    isDate(val2) ||
    isRegExp(val2) ||
    isAnyArrayBuffer(val2) ||
    isBoxedPrimitive(val2) ||
    isNativeError(val2) ||
    val2 instanceof Error
  ) {
    return false;
  } else if (isURL(val1)) {
    if (!isURL(val2) || val1.href !== val2.href) return false;
  }
  return keyCheck(val1, val2, strict, memos, kNoIterator);
}

function keyCheck(val1, val2, strict, memos, iterationType, aKeys) {
  // Equal objects have the same own enumerable keys (in any order), equal
  // values under them, and for Sets and Maps equal contents.
  const isArrayLikeObject = aKeys !== undefined;
  if (aKeys === undefined) aKeys = Object.keys(val1);

  for (const key of aKeys) {
    if (!propertyIsEnumerable.call(val2, key)) return false;
  }

  if (!isArrayLikeObject) {
    if (aKeys.length !== Object.keys(val2).length) return false;

    if (strict) {
      const symbolKeysA = Object.getOwnPropertySymbols(val1);
      if (symbolKeysA.length !== 0) {
        let count = 0;
        for (const key of symbolKeysA) {
          if (propertyIsEnumerable.call(val1, key)) {
            if (!propertyIsEnumerable.call(val2, key)) return false;
            aKeys.push(key);
            count++;
          } else if (propertyIsEnumerable.call(val2, key)) {
            return false;
          }
        }
        const symbolKeysB = Object.getOwnPropertySymbols(val2);
        if (
          symbolKeysA.length !== symbolKeysB.length &&
          symbolKeysB.filter((k) => propertyIsEnumerable.call(val2, k)).length !== count
        ) {
          return false;
        }
      } else {
        const symbolKeysB = Object.getOwnPropertySymbols(val2);
        if (symbolKeysB.length !== 0 && symbolKeysB.some((k) => propertyIsEnumerable.call(val2, k))) {
          return false;
        }
      }
    }
  }

  if (
    aKeys.length === 0 &&
    (iterationType === kNoIterator || (iterationType === kIsArray && val1.length === 0) || val1.size === 0)
  ) {
    return true;
  }

  // Memos detect cycles: the first pair is kept in plain fields, a Set is
  // only made for deeper structures.
  if (memos === undefined) {
    memos = { set: undefined, a: val1, b: val2, c: undefined, d: undefined, deep: false, deleteFailures: false };
    return objEquiv(val1, val2, strict, aKeys, memos, iterationType);
  }

  if (memos.set === undefined) {
    if (memos.deep === false) {
      if (memos.a === val1 && memos.b === val2) return true;
      memos.c = val1;
      memos.d = val2;
      memos.deep = true;
      const result = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
      memos.deep = false;
      return result;
    }
    memos.set = new Set();
    memos.set.add(memos.a);
    memos.set.add(memos.b);
    memos.set.add(memos.c);
    memos.set.add(memos.d);
  }

  const { set } = memos;
  const originalSize = set.size;
  set.add(val1);
  set.add(val2);
  if (originalSize === set.size) return true;

  const areEq = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
  if (areEq || memos.deleteFailures) {
    set.delete(val1);
    set.delete(val2);
  }
  return areEq;
}

function setHasEqualElement(set, val2, strict, memo) {
  const { deleteFailures } = memo;
  memo.deleteFailures = true;
  for (const val1 of set) {
    if (innerDeepEqual(val1, val2, strict, memo)) {
      set.delete(val1);
      memo.deleteFailures = deleteFailures;
      return true;
    }
  }
  memo.deleteFailures = deleteFailures;
  return false;
}

// Loosely equal primitives cannot be looked up directly (1n == '+00001');
// this says whether a Set or Map could still hold one.
function findLooseMatchingPrimitives(prim) {
  switch (typeof prim) {
    case "undefined":
      return null;
    case "object": // only null reaches here
      return undefined;
    case "symbol":
      return false;
    case "string":
      prim = +prim;
    // falls through
    case "number":
      if (Number.isNaN(prim)) return false;
  }
  return true;
}

function setMightHaveLoosePrim(a, b, prim) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  return b.has(altValue) && !a.has(altValue);
}

function mapMightHaveLoosePrim(a, b, prim, item, memo) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  const curB = b.get(altValue);
  if ((curB === undefined && !b.has(altValue)) || !innerDeepEqual(item, curB, false, memo)) return false;
  return !a.has(altValue) && innerDeepEqual(item, curB, false, memo);
}

function setEquiv(a, b, strict, memo) {
  let set = null;
  for (const val of a) {
    if (!b.has(val)) {
      if ((typeof val !== "object" || val === null) && (strict || !setMightHaveLoosePrim(a, b, val))) {
        return false;
      }
      if (set === null) {
        if (b.size === 1) return innerDeepEqual(val, b.values().next().value, strict, memo);
        set = new Set();
      }
      set.add(val);
    }
  }

  if (set !== null) {
    for (const val of b) {
      if (typeof val === "object" && val !== null) {
        if (!a.has(val) && !setHasEqualElement(set, val, strict, memo)) return false;
      } else if (!strict && !a.has(val) && !setHasEqualElement(set, val, strict, memo)) {
        return false;
      }
    }
    return set.size === 0;
  }
  return true;
}

function mapHasEqualEntry(set, map, key2, item2, strict, memo) {
  // All matching keys are considered: Map([[{}, 'a'], [{}, 'b']]) vs the reverse.
  const { deleteFailures } = memo;
  memo.deleteFailures = true;
  for (const key1 of set) {
    if (innerDeepEqual(key1, key2, strict, memo) && innerDeepEqual(map.get(key1), item2, strict, memo)) {
      set.delete(key1);
      memo.deleteFailures = deleteFailures;
      return true;
    }
  }
  memo.deleteFailures = deleteFailures;
  return false;
}

function mapEquiv(a, b, strict, memo) {
  let set = null;
  for (const [key, item1] of a) {
    if (typeof key === "object" && key !== null) {
      if (set === null) {
        if (b.size === 1) {
          const [key2, item2] = b.entries().next().value;
          return innerDeepEqual(key, key2, strict, memo) && innerDeepEqual(item1, item2, strict, memo);
        }
        set = new Set();
      }
      set.add(key);
    } else {
      const item2 = b.get(key);
      if ((item2 === undefined && !b.has(key)) || !innerDeepEqual(item1, item2, strict, memo)) {
        if (strict) return false;
        if (!mapMightHaveLoosePrim(a, b, key, item1, memo)) return false;
        if (set === null) set = new Set();
        set.add(key);
      }
    }
  }

  if (set !== null) {
    for (const [key, item] of b) {
      if (typeof key === "object" && key !== null) {
        if (!mapHasEqualEntry(set, a, key, item, strict, memo)) return false;
      } else if (
        !strict &&
        (!a.has(key) || !innerDeepEqual(a.get(key), item, strict, memo)) &&
        !mapHasEqualEntry(set, a, key, item, strict, memo)
      ) {
        return false;
      }
    }
    return set.size === 0;
  }
  return true;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }

  if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwnProperty.call(a, i)) {
        if (!hasOwnProperty.call(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwnProperty.call(b, i)) {
        return false;
      } else {
        // Sparse array: compare the remaining keys.
        const keysA = Object.keys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!hasOwnProperty.call(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
        }
        return keysA.length === Object.keys(b).length;
      }
    }
  } else if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  }
  return true;
}

function isDeepEqual(val1, val2) {
  return innerDeepEqual(val1, val2, false);
}

// ---------------------------------------------------------------------------
// AssertionError

const kReadableOperator = {
  deepStrictEqual: "Expected values to be strictly deep-equal:",
  strictEqual: "Expected values to be strictly equal:",
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: "Expected values to be loosely deep-equal:",
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: "Values have same structure but are not reference-equal:",
  notDeepEqualUnequal: "Expected values not to be loosely deep-equal:",
};

// Short primitives are shown as `a !== b` rather than as a diff.
const kMaxShortLength = 12;

function copyError(source) {
  const target = Object.assign(Object.create(Object.getPrototypeOf(source)), source);
  Object.defineProperty(target, "message", { __proto__: null, value: source.message });
  return target;
}

function inspectValue(val) {
  // Fixed options, whatever util.inspect's defaults have been set to.
  return inspect(val, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

const colorRegExp = /\u001b\[\d\d?m/g;

function removeColors(str) {
  return str.replace(colorRegExp, "");
}

function getErrorMessage(operator, message) {
  return message || kReadableOperator[operator];
}

function terminalColumns() {
  const stderr = globalThis.process?.stderr;
  return stderr?.isTTY ? stderr.columns : 80;
}

/** Node's `+ actual - expected` line diff of the inspected values. */
function createErrDiff(actual, expected, operator, message = "") {
  let other = "";
  const res = [];
  const end = [];
  let skipped = false;
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split("\n");
  const expectedLines = inspectValue(expected).split("\n");

  let i = 0;
  let indicator = "";

  // Two objects (or functions) that fail strictEqual are not the same reference.
  if (
    operator === "strictEqual" &&
    ((typeof actual === "object" && actual !== null && typeof expected === "object" && expected !== null) ||
      (typeof actual === "function" && typeof expected === "function"))
  ) {
    operator = "strictEqualObject";
  }

  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    // With util.inspect's colours on, lengths are those of the visible text.
    const colors = inspect.defaultOptions?.colors;
    const actualRaw = colors ? removeColors(actualLines[0]) : actualLines[0];
    const expectedRaw = colors ? removeColors(expectedLines[0]) : expectedLines[0];
    const inputLength = actualRaw.length + expectedRaw.length;
    if (inputLength <= kMaxShortLength) {
      if (
        (typeof actual !== "object" || actual === null) &&
        (typeof expected !== "object" || expected === null) &&
        (actual !== 0 || expected !== 0) // -0 === +0
      ) {
        return `${getErrorMessage(operator, message)}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== "strictEqualObject") {
      // A caret under the first difference, when both fit on one terminal line.
      if (inputLength < terminalColumns()) {
        while (actualRaw[i] === expectedRaw[i]) i++;
        if (i > 2) {
          indicator = `\n  ${" ".repeat(i)}^`;
          i = 0;
        }
      }
    }
  }

  // Identical trailing lines are dropped (at most three are kept).
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (i++ < 3) end.unshift(`\n  ${a}`);
    else other = a;
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  // Same structure, different references: deepStrictEqual({ a: Symbol() }, { a: Symbol() }).
  if (maxLines === 0) {
    const lines = actualInspected.split("\n");
    if (lines.length > 50) {
      lines[46] = "...";
      lines.length = 47;
    }
    return `${kReadableOperator.notIdentical}\n\n${lines.join("\n")}\n`;
  }

  if (i >= 5) {
    end.unshift("\n...");
    skipped = true;
  }
  if (other !== "") {
    end.unshift(`\n  ${other}`);
  }
  let otherLines = [];

  let printedLines = 0;
  let identical = 0;
  const msg = `${getErrorMessage(operator, message)}\n+ actual - expected`;
  const skippedMsg = " ... Lines skipped";

  let lines = actualLines;
  let plusMinus = "+";
  let maxLength = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = "-";
    maxLength = actualLines.length;
  }

  // Prints up to three of the identical lines before line `i` of `from`.
  const flushIdentical = (from) => {
    if (identical > 2) {
      if (identical > 3) {
        if (identical > 4) {
          if (identical === 5) {
            res.push(`\n  ${from[i - 3]}`);
            printedLines++;
          } else {
            res.push("\n...");
            skipped = true;
          }
        }
        res.push(`\n  ${from[i - 2]}`);
        printedLines++;
      }
      res.push(`\n  ${from[i - 1]}`);
      printedLines++;
    }
    identical = 0;
  };

  for (i = 0; i < maxLines; i++) {
    if (maxLength < i + 1) {
      // Only one side has lines left.
      flushIdentical(lines);
      if (lines === actualLines) res.push(`\n${plusMinus} ${lines[i]}`);
      else otherLines.push(`\n${plusMinus} ${lines[i]}`);
      printedLines++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // Lines that differ only by a trailing comma count as identical.
      let divergingLines =
        actualLine !== expectedLine && (!actualLine.endsWith(",") || actualLine.slice(0, -1) !== expectedLine);
      if (divergingLines && expectedLine.endsWith(",") && expectedLine.slice(0, -1) === actualLine) {
        divergingLines = false;
        actualLine += ",";
      }
      if (divergingLines) {
        flushIdentical(actualLines);
        // Expected lines are held back so that runs print as +++--- not +-+-+-.
        res.push(`\n+ ${actualLine}`);
        otherLines.push(`\n- ${expectedLine}`);
        printedLines += 2;
      } else {
        for (const line of otherLines) res.push(line);
        otherLines = [];
        identical++;
        if (identical <= 2) {
          res.push(`\n  ${actualLine}`);
          printedLines++;
        }
      }
    }
    // About fifty lines at most.
    if (printedLines > 50 && i < maxLines - 2) {
      return `${msg}${skippedMsg}\n${res.join("")}\n...${otherLines.join("")}\n...`;
    }
  }

  return `${msg}${skipped ? skippedMsg : ""}\n${res.join("")}${otherLines.join("")}${end.join("")}${indicator}`;
}

function addEllipsis(string) {
  const lines = string.split("\n", 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join("\n")}\n...`;
  } else if (string.length > 512) {
    return `${string.slice(512)}...`;
  }
  return string;
}

function assertionMessage(actual, expected, operator, message) {
  if (message != null) {
    if (operator === "deepStrictEqual" || operator === "strictEqual") {
      return createErrDiff(actual, expected, operator, message);
    }
    return String(message);
  }

  if (operator === "deepStrictEqual" || operator === "strictEqual") {
    return createErrDiff(actual, expected, operator);
  }
  if (operator === "notDeepStrictEqual" || operator === "notStrictEqual") {
    // Equal when they should not be: show the one value.
    let base = kReadableOperator[operator];
    const res = inspectValue(actual).split("\n");
    if (operator === "notStrictEqual" && ((typeof actual === "object" && actual !== null) || typeof actual === "function")) {
      base = kReadableOperator.notStrictEqualObject;
    }
    if (res.length > 50) {
      res[46] = "...";
      res.length = 47;
    }
    if (res.length === 1) return `${base}${res[0].length > 5 ? "\n\n" : " "}${res[0]}`;
    return `${base}\n\n${res.join("\n")}\n`;
  }

  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const knownOperator = kReadableOperator[operator];
  if (operator === "notDeepEqual" && res === other) {
    res = `${knownOperator}\n\n${res}`;
    if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
    return res;
  }
  if (res.length > 512) res = `${res.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === "deepEqual") {
    res = `${knownOperator}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const newOp = kReadableOperator[`${operator}Unequal`];
    if (newOp) res = `${newOp}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    else other = ` ${operator} ${other}`;
  }
  return `${res}${other}`;
}

export class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== "object" || Array.isArray(options)) {
      throw ERR_INVALID_ARG_TYPE("options", "Object", options);
    }
    const { message, operator, stackStartFn, details, stackStartFunction } = options;
    let { actual, expected } = options;

    // Two errors are replaced by copies without their stacks (Node keeps
    // the copies as `actual` and `expected` too).
    if (
      message == null &&
      typeof actual === "object" &&
      actual !== null &&
      typeof expected === "object" &&
      expected !== null &&
      "stack" in actual &&
      actual instanceof Error &&
      "stack" in expected &&
      expected instanceof Error
    ) {
      actual = copyError(actual);
      expected = copyError(expected);
    }

    super(assertionMessage(actual, expected, operator, message));

    this.generatedMessage = !message;
    // Non-enumerable, as in Node: `AssertionError [ERR_ASSERTION]` is only
    // the printed name.
    Object.defineProperty(this, "name", {
      __proto__: null,
      value: "AssertionError",
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = "ERR_ASSERTION";
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this["message " + i] = details[i].message;
        this["actual " + i] = details[i].actual;
        this["expected " + i] = details[i].expected;
        this["operator " + i] = details[i].operator;
        this["stack trace " + i] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    // The stack starts below the assert function that failed: V8 can cut it
    // there; elsewhere the frames are cut by that function's name.
    const startFn = stackStartFn || stackStartFunction;
    // Async assertions (rejects) stay on the stack, as in V8.
    let hideAbove =
      typeof startFn === "function" && objectToString.call(startFn) !== "[object AsyncFunction]" ? startFn.name : undefined;
    if (typeof Error.captureStackTrace === "function") {
      Error.captureStackTrace(this, startFn);
      hideAbove = undefined;
    }
    setStackHeader(this, `AssertionError [ERR_ASSERTION]: ${this.message}`, hideAbove);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [kInspectCustom](recurseTimes, ctx) {
    // Long strings are cut, and actual/expected shown at depth 0: the message
    // already holds the full comparison.
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    if (typeof this.actual === "string") this.actual = addEllipsis(this.actual);
    if (typeof this.expected === "string") this.expected = addEllipsis(this.expected);
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}

// ---------------------------------------------------------------------------
// Assertions

const NO_EXCEPTION_SENTINEL = {};

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

function innerOk(fn, argLen, value, message) {
  if (!value) {
    let generatedMessage = false;
    if (argLen === 0) {
      generatedMessage = true;
      message = "No value argument passed to `assert.ok()`";
    } else if (message == null) {
      // Node quotes the failing expression read from the source file; without
      // the source it falls back to `value == true`, as here.
      generatedMessage = true;
      message = undefined;
    } else if (isError(message)) {
      throw message;
    }
    const err = new AssertionError({ actual: value, expected: true, message, operator: "==", stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

let failWarned = false;

export function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;

  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = "Failed";
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (failWarned === false) {
      failWarned = true;
      process.emitWarning(
        "assert.fail() with more than one argument is deprecated. " +
          "Please use assert.strictEqual() instead or only pass a message.",
        "DeprecationWarning",
        "DEP0094",
      );
    }
    if (argsLen === 2) operator = "!=";
  }

  if (message instanceof Error) throw message;

  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? "fail" : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

/** Tests whether `value` is truthy. */
export function ok(...args) {
  innerOk(ok, args.length, ...args);
}

export function equal(actual, expected, message) {
  if (arguments.length < 2) throw ERR_MISSING_ARGS("actual", "expected");
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: "==", stackStartFn: equal });
  }
}

export function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw ERR_MISSING_ARGS("actual", "expected");
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: "!=", stackStartFn: notEqual });
  }
}

export function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw ERR_MISSING_ARGS("actual", "expected");
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: "deepEqual", stackStartFn: deepEqual });
  }
}

export function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw ERR_MISSING_ARGS("actual", "expected");
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: "notDeepEqual", stackStartFn: notDeepEqual });
  }
}

export function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw ERR_MISSING_ARGS("actual", "expected");
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: "deepStrictEqual", stackStartFn: deepStrictEqual });
  }
}

export function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw ERR_MISSING_ARGS("actual", "expected");
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: "notDeepStrictEqual", stackStartFn: notDeepStrictEqual });
  }
}

export function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw ERR_MISSING_ARGS("actual", "expected");
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: "strictEqual", stackStartFn: strictEqual });
  }
}

export function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw ERR_MISSING_ARGS("actual", "expected");
  if (Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: "notStrictEqual", stackStartFn: notStrictEqual });
  }
}

/** The keys of a validation object that are compared, for a readable diff. */
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (
          actual !== undefined &&
          typeof actual[key] === "string" &&
          isRegExp(obj[key]) &&
          RegExp.prototype.exec.call(obj[key], actual[key]) !== null
        ) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const a = new Comparison(actual, keys);
      const b = new Comparison(expected, keys, actual);
      const err = new AssertionError({ actual: a, expected: b, operator: "deepStrictEqual", stackStartFn: fn });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  }
}

function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  let throwError = false;

  if (typeof expected !== "function") {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (RegExp.prototype.exec.call(expected, str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
      throwError = true;
    } else if (typeof actual !== "object" || actual === null) {
      // A primitive was thrown but an object expected.
      const err = new AssertionError({ actual, expected, message, operator: "deepStrictEqual", stackStartFn: fn });
      err.operator = fn.name;
      throw err;
    } else {
      // A validation object: every key must match.
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push("name", "message");
      } else if (keys.length === 0) {
        throw ERR_INVALID_ARG_VALUE("error", expected, "may not be an empty object");
      }
      for (const key of keys) {
        if (
          typeof actual[key] === "string" &&
          isRegExp(expected[key]) &&
          RegExp.prototype.exec.call(expected[key], actual[key]) !== null
        ) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    // An error class (arrow functions have no prototype).
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      const parts = [`The error is expected to be an instance of "${expected.name}". Received `];
      if (isError(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) parts.push("an error with identical name but a different prototype.");
        else parts.push(`"${name}"`);
        if (actual.message) parts.push(`\n\nError message:\n\n${actual.message}`);
      } else {
        parts.push(`"${inspect(actual, { depth: -1 })}"`);
      }
      message = parts.join("");
    }
    throwError = true;
  } else {
    // A validation function must return true.
    const res = Reflect.apply(expected, {}, [actual]);
    if (res !== true) {
      if (!message) {
        generatedMessage = true;
        const name = expected.name ? `"${expected.name}" ` : "";
        message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
        if (isError(actual)) message = `${message}\n\nCaught error:\n\n${actual}`;
      }
      throwError = true;
    }
  }

  if (throwError) {
    const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function getActual(fn) {
  if (typeof fn !== "function") throw ERR_INVALID_ARG_TYPE("fn", "Function", fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

function checkIsPromise(obj) {
  // Native promises, and look-alikes with both `then` and `catch` (a
  // function with a `then` is not taken for one).
  return (
    isPromise(obj) ||
    (obj !== null && typeof obj === "object" && typeof obj.then === "function" && typeof obj.catch === "function")
  );
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === "function") {
    resultPromise = promiseFn();
    if (!checkIsPromise(resultPromise)) {
      throw ERR_INVALID_RETURN_VALUE("instance of Promise", "promiseFn", resultPromise);
    }
  } else if (checkIsPromise(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw ERR_INVALID_ARG_TYPE("promiseFn", ["Function", "Promise"], promiseFn);
  }

  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === "string") {
    if (arguments.length === 4) {
      throw ERR_INVALID_ARG_TYPE("error", ["Object", "Error", "Function", "RegExp"], error);
    }
    if (typeof actual === "object" && actual !== null) {
      if (actual.message === error) {
        throw ERR_AMBIGUOUS_ARGUMENT(
          "error/message",
          `The error message "${actual.message}" is identical to the message.`,
        );
      }
    } else if (actual === error) {
      throw ERR_AMBIGUOUS_ARGUMENT("error/message", `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== "object" && typeof error !== "function") {
    throw ERR_INVALID_ARG_TYPE("error", ["Object", "Error", "Function", "RegExp"], error);
  }

  if (actual === NO_EXCEPTION_SENTINEL) {
    let details = "";
    if (error && error.name) details = ` (${error.name})`;
    details += message ? `: ${message}` : ".";
    const fnType = stackStartFn === rejects ? "rejection" : "exception";
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${fnType}${details}`,
      stackStartFn,
    });
  }

  if (!error) return;

  expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== "function") {
    if (isRegExp(expected)) {
      const str = String(actual);
      return RegExp.prototype.exec.call(expected, str) !== null;
    }
    throw ERR_INVALID_ARG_TYPE("expected", ["Function", "RegExp"], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION_SENTINEL) return;

  if (typeof error === "string") {
    message = error;
    error = undefined;
  }

  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : ".";
    const fnType = stackStartFn === doesNotReject ? "rejection" : "exception";
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${fnType}${details}\nActual message: "${actual && actual.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

/** Expects `fn` to throw. */
export function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
}

/** Expects the promise (or the one `promiseFn` returns) to reject. */
export async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
}

export function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
}

export async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
}

/** Throws `err` (wrapped in an AssertionError) unless it is null or undefined. */
export function ifError(err) {
  if (err === null || err === undefined) return;

  let message = "ifError got unwanted exception: ";
  if (typeof err === "object" && typeof err.message === "string") {
    if (err.message.length === 0 && err.constructor) message += err.constructor.name;
    else message += err.message;
  } else {
    message += inspect(err);
  }

  const newErr = new AssertionError({ actual: err, expected: null, operator: "ifError", message, stackStartFn: ifError });

  // The new error's frames up to the first one shared with `err`, then err's frames.
  const origStack = err.stack;
  if (typeof origStack === "string") {
    const frames = stackFrames(origStack);
    if (frames !== "") {
      const originalFrames = frames.split("\n");
      let newFrames = newErr.stack.split("\n");
      for (const errFrame of originalFrames) {
        const pos = newFrames.indexOf(errFrame);
        if (pos !== -1) {
          newFrames = newFrames.slice(0, pos);
          break;
        }
      }
      Object.defineProperty(newErr, "stack", {
        __proto__: null,
        value: `${newFrames.join("\n")}\n${originalFrames.join("\n")}`,
        writable: true,
        enumerable: false,
        configurable: true,
      });
    }
  }
  throw newErr;
}

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw ERR_INVALID_ARG_TYPE("regexp", "RegExp", regexp);
  const isMatch = fn === match;
  if (typeof string !== "string" || (RegExp.prototype.exec.call(regexp, string) !== null) !== isMatch) {
    if (message instanceof Error) throw message;

    const generatedMessage = !message;
    message =
      message ||
      (typeof string !== "string"
        ? `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`
        : (isMatch
            ? "The input did not match the regular expression "
            : "The input was expected to not match the regular expression ") +
          `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

export function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
}

export function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
}

// ---------------------------------------------------------------------------
// CallTracker (deprecated in Node 20, DEP0173)

class CallTrackerContext {
  #expected;
  #calls = [];
  #name;
  #stackTrace;

  constructor({ expected, stackTrace, name }) {
    this.#expected = expected;
    this.#stackTrace = stackTrace;
    this.#name = name;
  }

  track(thisArg, args) {
    this.#calls.push(Object.freeze({ thisArg, arguments: Object.freeze(args.slice()) }));
  }

  get delta() {
    return this.#calls.length - this.#expected;
  }

  reset() {
    this.#calls = [];
  }

  getCalls() {
    return Object.freeze(this.#calls.slice());
  }

  report() {
    if (this.delta !== 0) {
      return {
        message:
          `Expected the ${this.#name} function to be executed ${this.#expected} time(s) ` +
          `but was executed ${this.#calls.length} time(s).`,
        actual: this.#calls.length,
        expected: this.#expected,
        operator: this.#name,
        stack: this.#stackTrace,
      };
    }
  }
}

class CallTrackerImpl {
  #callChecks = new Set();
  #trackedFunctions = new WeakMap();

  #getTrackedFunction(tracked) {
    if (!this.#trackedFunctions.has(tracked)) {
      throw ERR_INVALID_ARG_VALUE("tracked", tracked, "is not a tracked function");
    }
    return this.#trackedFunctions.get(tracked);
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const check of this.#callChecks) check.reset();
      return;
    }
    this.#getTrackedFunction(tracked).reset();
  }

  getCalls(tracked) {
    return this.#getTrackedFunction(tracked).getCalls();
  }

  calls(fn, expected = 1) {
    if (globalThis.process?._exiting) throw ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof fn === "number") {
      expected = fn;
      fn = function () {};
    } else if (fn === undefined) {
      fn = function () {};
    }
    if (typeof expected !== "number") throw ERR_INVALID_ARG_TYPE("expected", "number", expected);
    if (!Number.isInteger(expected)) throw ERR_OUT_OF_RANGE("expected", "an integer", expected);
    if (expected < 1 || expected > 4294967295) throw ERR_OUT_OF_RANGE("expected", ">= 1 && <= 4294967295", expected);

    const context = new CallTrackerContext({ expected, stackTrace: new Error(), name: fn.name || "calls" });
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, argList) {
        context.track(thisArg, argList);
        return Reflect.apply(target, thisArg, argList);
      },
    });
    this.#callChecks.add(context);
    this.#trackedFunctions.set(tracked, context);
    return tracked;
  }

  report() {
    const errors = [];
    for (const context of this.#callChecks) {
      const message = context.report();
      if (message !== undefined) errors.push(message);
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message : "Functions were not called the expected number of times";
    throw new AssertionError({ message, details: errors });
  }
}

Object.defineProperty(CallTrackerImpl, "name", { __proto__: null, value: "CallTracker" });
export const CallTracker = deprecate(CallTrackerImpl, "assert.CallTracker is deprecated.", "DEP0173");

// ---------------------------------------------------------------------------
// The module: `assert` is `ok` with every assertion attached, in Node's order.

const assert = ok;
Object.assign(assert, {
  fail,
  AssertionError,
  ok,
  equal,
  notEqual,
  deepEqual,
  notDeepEqual,
  deepStrictEqual,
  notDeepStrictEqual,
  strictEqual,
  notStrictEqual,
  throws,
  rejects,
  doesNotThrow,
  doesNotReject,
  ifError,
  match,
  doesNotMatch,
  CallTracker,
});

/** `assert.strict`: the same functions, with the loose ones made strict. */
function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: strictEqual,
  deepEqual: deepStrictEqual,
  notEqual: notStrictEqual,
  notDeepEqual: notDeepStrictEqual,
});
assert.strict.strict = assert.strict;

export { strict };
export default assert;
