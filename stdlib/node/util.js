// node:util: format, inspect, types, parseArgs, isDeepStrictEqual and the
// small helpers of Node's util module. Output follows Node 20 byte for byte
// where the engine lets us see the same facts (see tests/js/util-differential.mjs).
import { op_promise_state, op_is_proxy } from "autorun:internal";
import { getStringWidth, stripAnsi } from "internal:string_width";

// ---------------------------------------------------------------------------
// Small helpers

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);
const objectToString = Object.prototype.toString;
const errorToString = Error.prototype.toString;
const functionToString = Function.prototype.toString;
const isObjectLike = (v) => v !== null && (typeof v === "object" || typeof v === "function");

function getterOf(proto, name) {
  const desc = Object.getOwnPropertyDescriptor(proto, name);
  return desc === undefined ? undefined : desc.get;
}

function currentProcess() {
  return typeof globalThis.process === "object" && globalThis.process !== null
    ? globalThis.process
    : undefined;
}

// ---------------------------------------------------------------------------
// Node-style errors (name, `code`, `Name [CODE]: message` header)

function nodeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, "toString", {
    value() {
      return `${this.name} [${code}]: ${this.message}`;
    },
    writable: true,
    enumerable: false,
    configurable: true,
  });
  err.code = code;
  // Give the stack Node's header; Boa's stack holds frames only, V8's holds
  // `Name: message` which we replace.
  const stack = err.stack;
  if (typeof stack === "string") {
    const frames = stackFrameLines(stack);
    const header = `${err.name} [${code}]: ${message}`;
    Object.defineProperty(err, "stack", {
      value: frames === "" ? header : `${header}\n${frames}`,
      writable: true,
      enumerable: false,
      configurable: true,
    });
  }
  return err;
}

// The `    at ...` lines of a stack string, without a header line and without
// Boa's trailing native noise.
function stackFrameLines(stack) {
  const lines = stack.split("\n");
  let start = 0;
  while (start < lines.length && !/^\s+at /.test(lines[start])) start++;
  let end = lines.length;
  while (end > start && (lines[end - 1] === "" || isNoiseFrame(lines[end - 1]))) end--;
  return lines.slice(start, end).join("\n");
}

function isNoiseFrame(line) {
  return /^\s+at (<anonymous>)?( \(native\))?\s*$/.test(line);
}

const kTypes = ["string", "function", "number", "object", "Function", "Object", "boolean", "bigint", "symbol"];
const classNameRegExp = /^[A-Z][a-zA-Z0-9]*$/;

function formatList(array, type) {
  switch (array.length) {
    case 0:
      return "";
    case 1:
      return `${array[0]}`;
    case 2:
      return `${array[0]} ${type} ${array[1]}`;
    case 3:
      return `${array[0]}, ${array[1]}, ${type} ${array[2]}`;
    default:
      return `${array.slice(0, -1).join(", ")}, ${type} ${array[array.length - 1]}`;
  }
}

function describeReceived(value) {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  switch (typeof value) {
    case "bigint":
      return `type bigint (${value}n)`;
    case "number":
      if (value === 0) return 1 / value === -Infinity ? "type number (-0)" : "type number (0)";
      return `type number (${value})`;
    case "boolean":
      return `type boolean (${value})`;
    case "symbol":
      return `type symbol (${String(value)})`;
    case "function":
      return `function ${value.name}`;
    case "object":
      if (value.constructor && "name" in value.constructor) {
        return `an instance of ${value.constructor.name}`;
      }
      return `${inspect(value, { depth: -1 })}`;
    case "string": {
      let shown = value;
      if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
      if (!shown.includes("'")) return `type string ('${shown}')`;
      return `type string (${JSON.stringify(shown)})`;
    }
    default:
      return `type ${typeof value} (${inspect(value, { colors: false })})`;
  }
}

function invalidArgType(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  const parts = ["The "];
  if (name.endsWith(" argument")) {
    parts.push(`${name} `);
  } else {
    parts.push(`"${name}" ${name.includes(".") ? "property" : "argument"} `);
  }
  parts.push("must be ");
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classNameRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf("object");
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push("Object");
    }
  }
  if (types.length > 0) {
    parts.push(`${types.length > 1 ? "one of type" : "of type"} ${formatList(types, "or")}`);
    if (instances.length > 0 || other.length > 0) parts.push(" or ");
  }
  if (instances.length > 0) {
    parts.push(`an instance of ${formatList(instances, "or")}`);
    if (other.length > 0) parts.push(" or ");
  }
  if (other.length > 0) {
    if (other.length > 1) {
      parts.push(`one of ${formatList(other, "or")}`);
    } else {
      if (other[0].toLowerCase() !== other[0]) parts.push("an ");
      parts.push(`${other[0]}`);
    }
  }
  parts.push(`. Received ${describeReceived(actual)}`);
  return nodeError(TypeError, "ERR_INVALID_ARG_TYPE", parts.join(""));
}

function invalidArgValue(name, value, reason = "is invalid") {
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = name.includes(".") ? "property" : "argument";
  return nodeError(TypeError, "ERR_INVALID_ARG_VALUE", `The ${kind} '${name}' ${reason}. Received ${shown}`);
}

function validateString(value, name) {
  if (typeof value !== "string") throw invalidArgType(name, "string", value);
}

function validateBoolean(value, name) {
  if (typeof value !== "boolean") throw invalidArgType(name, "boolean", value);
}

function validateFunction(value, name) {
  if (typeof value !== "function") throw invalidArgType(name, "Function", value);
}

function validateObject(value, name, allowArray = false) {
  if (value === null || (!allowArray && Array.isArray(value)) || typeof value !== "object") {
    throw invalidArgType(name, "Object", value);
  }
}

function validateArray(value, name) {
  if (!Array.isArray(value)) throw invalidArgType(name, "Array", value);
}

function validateArrayOf(value, name, type) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== type) throw invalidArgType(`${name}[${i}]`, type, value[i]);
  }
}

function validateUnion(value, name, union) {
  if (!union.includes(value)) throw invalidArgType(name, `('${union.join("|")}')`, value);
}

function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === "string" ? `'${v}'` : String(v))).join(", ");
    throw invalidArgValue(name, value, `must be one of: ${allowed}`);
  }
}

// ---------------------------------------------------------------------------
// util.types: brand checks built from the engine's own receiver checks. The
// Object.prototype.toString tag is used first so a plain object does not pay
// for a thrown TypeError per check.

const knownTags = new Set([
  "[object Object]", "[object Array]", "[object Function]", "[object Error]",
  "[object Boolean]", "[object Number]", "[object String]", "[object Date]",
  "[object RegExp]", "[object Arguments]", "[object Map]", "[object Set]",
  "[object WeakMap]", "[object WeakSet]", "[object Promise]", "[object ArrayBuffer]",
  "[object SharedArrayBuffer]", "[object DataView]", "[object Symbol]", "[object BigInt]",
  "[object Map Iterator]", "[object Set Iterator]", "[object Array Iterator]",
  "[object String Iterator]", "[object RegExp String Iterator]", "[object Generator]",
  "[object AsyncGenerator]", "[object AsyncFunction]", "[object GeneratorFunction]",
  "[object AsyncGeneratorFunction]", "[object Module]", "[object Math]", "[object JSON]",
  "[object Reflect]", "[object Atomics]", "[object WeakRef]", "[object FinalizationRegistry]",
  "[object Int8Array]", "[object Uint8Array]", "[object Uint8ClampedArray]",
  "[object Int16Array]", "[object Uint16Array]", "[object Int32Array]", "[object Uint32Array]",
  "[object Float16Array]", "[object Float32Array]", "[object Float64Array]",
  "[object BigInt64Array]", "[object BigUint64Array]", "[object Null]", "[object Undefined]",
]);

// The Object.prototype.toString tag, or "" when it proves nothing: an object
// outside Object.prototype's chain (a null-prototype Map reads as
// "[object Object]") or a revoked proxy.
function objectTag(value) {
  let t;
  try {
    t = objectToString.call(value);
  } catch {
    return "";
  }
  if (t === "[object Object]" && !protoChainHas(value, Object.prototype)) return "";
  return t;
}

// True when `value` may carry the internal slot whose natural tag is `tag`.
function mayHaveTag(t, tag) {
  return t === tag || !knownTags.has(t);
}

function passes(check, value) {
  try {
    check(value);
    return true;
  } catch {
    return false;
  }
}

const dateGetTime = Date.prototype.getTime;
const regexpGlobalGetter = getterOf(RegExp.prototype, "global");
const mapSizeGetter = getterOf(Map.prototype, "size");
const setSizeGetter = getterOf(Set.prototype, "size");
const weakMapHas = WeakMap.prototype.has;
const weakSetHas = WeakSet.prototype.has;
const arrayBufferByteLength = getterOf(ArrayBuffer.prototype, "byteLength");
const sharedArrayBufferByteLength =
  typeof SharedArrayBuffer === "function" ? getterOf(SharedArrayBuffer.prototype, "byteLength") : undefined;
const dataViewBuffer = getterOf(DataView.prototype, "buffer");
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTagGetter = getterOf(TypedArrayPrototype, Symbol.toStringTag);
const typedArrayLengthGetter = getterOf(TypedArrayPrototype, "length");
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const booleanValueOf = Boolean.prototype.valueOf;
const bigintValueOf = BigInt.prototype.valueOf;
const symbolValueOf = Symbol.prototype.valueOf;

const AsyncFunctionPrototype = Object.getPrototypeOf(async function () {});
const GeneratorFunctionPrototype = Object.getPrototypeOf(function* () {});
const AsyncGeneratorFunctionPrototype = Object.getPrototypeOf(async function* () {});
const GeneratorPrototype = GeneratorFunctionPrototype.prototype;
const AsyncGeneratorPrototype = AsyncGeneratorFunctionPrototype.prototype;
const MapIteratorPrototype = Object.getPrototypeOf(new Map().entries());
const SetIteratorPrototype = Object.getPrototypeOf(new Set().values());

function protoChainHas(value, proto) {
  try {
    let p = Object.getPrototypeOf(value);
    while (p !== null) {
      if (p === proto) return true;
      p = Object.getPrototypeOf(p);
    }
  } catch {
    // A revoked proxy has no chain.
  }
  return false;
}

function directProtoIs(value, proto) {
  try {
    return Object.getPrototypeOf(value) === proto;
  } catch {
    return false;
  }
}

function checkDate(v, t) {
  return mayHaveTag(t, "[object Date]") && passes((x) => dateGetTime.call(x), v);
}
function checkRegExp(v, t) {
  if (!mayHaveTag(t, "[object RegExp]")) return false;
  try {
    return typeof regexpGlobalGetter.call(v) === "boolean";
  } catch {
    return false;
  }
}
function checkMap(v, t) {
  return mayHaveTag(t, "[object Map]") && passes((x) => mapSizeGetter.call(x), v);
}
function checkSet(v, t) {
  return mayHaveTag(t, "[object Set]") && passes((x) => setSizeGetter.call(x), v);
}
function checkWeakMap(v, t) {
  return mayHaveTag(t, "[object WeakMap]") && passes((x) => weakMapHas.call(x, {}), v);
}
function checkWeakSet(v, t) {
  return mayHaveTag(t, "[object WeakSet]") && passes((x) => weakSetHas.call(x, {}), v);
}
function checkArrayBuffer(v, t) {
  return mayHaveTag(t, "[object ArrayBuffer]") && passes((x) => arrayBufferByteLength.call(x), v);
}
function checkSharedArrayBuffer(v, t) {
  return (
    sharedArrayBufferByteLength !== undefined &&
    mayHaveTag(t, "[object SharedArrayBuffer]") &&
    passes((x) => sharedArrayBufferByteLength.call(x), v)
  );
}
function checkDataView(v, t) {
  return mayHaveTag(t, "[object DataView]") && passes((x) => dataViewBuffer.call(x), v);
}
function checkPromise(v, t) {
  if (!mayHaveTag(t, "[object Promise]")) return false;
  try {
    const details = op_promise_state(v);
    return Array.isArray(details) && (details[0] === 0 || details[0] === 1 || details[0] === 2);
  } catch {
    return false;
  }
}
function checkNumberObject(v, t) {
  return mayHaveTag(t, "[object Number]") && passes((x) => numberValueOf.call(x), v);
}
function checkStringObject(v, t) {
  return mayHaveTag(t, "[object String]") && passes((x) => stringValueOf.call(x), v);
}
function checkBooleanObject(v, t) {
  return mayHaveTag(t, "[object Boolean]") && passes((x) => booleanValueOf.call(x), v);
}
function checkBigIntObject(v, t) {
  return mayHaveTag(t, "[object BigInt]") && passes((x) => bigintValueOf.call(x), v);
}
function checkSymbolObject(v, t) {
  return mayHaveTag(t, "[object Symbol]") && passes((x) => symbolValueOf.call(x), v);
}
function checkBoxed(v, t) {
  return (
    checkNumberObject(v, t) ||
    checkStringObject(v, t) ||
    checkBooleanObject(v, t) ||
    checkBigIntObject(v, t) ||
    checkSymbolObject(v, t)
  );
}

function typedArrayName(value) {
  if (!isObjectLike(value)) return undefined;
  return typedArrayTagGetter.call(value);
}

function isModuleNamespace(value) {
  if (typeof value !== "object" || value === null) return false;
  try {
    if (Object.getPrototypeOf(value) !== null || Object.isExtensible(value)) return false;
    const desc = Object.getOwnPropertyDescriptor(value, Symbol.toStringTag);
    return desc !== undefined && desc.value === "Module" && !desc.writable && !desc.enumerable && !desc.configurable;
  } catch {
    return false;
  }
}

// In the key order of Node's util.types (callers enumerate it).
const types = {
  isExternal: () => false,
  isDate: (v) => isObjectLike(v) && checkDate(v, objectTag(v)),
  isArgumentsObject: (v) => isObjectLike(v) && objectTag(v) === "[object Arguments]",
  isBigIntObject: (v) => isObjectLike(v) && checkBigIntObject(v, objectTag(v)),
  isBooleanObject: (v) => isObjectLike(v) && checkBooleanObject(v, objectTag(v)),
  isNumberObject: (v) => isObjectLike(v) && checkNumberObject(v, objectTag(v)),
  isStringObject: (v) => isObjectLike(v) && checkStringObject(v, objectTag(v)),
  isSymbolObject: (v) => isObjectLike(v) && checkSymbolObject(v, objectTag(v)),
  isNativeError: (v) => isObjectLike(v) && objectTag(v) === "[object Error]",
  isRegExp: (v) => isObjectLike(v) && checkRegExp(v, objectTag(v)),
  isAsyncFunction: (v) =>
    typeof v === "function" &&
    (protoChainHas(v, AsyncFunctionPrototype) || protoChainHas(v, AsyncGeneratorFunctionPrototype)),
  isGeneratorFunction: (v) =>
    typeof v === "function" &&
    (protoChainHas(v, GeneratorFunctionPrototype) || protoChainHas(v, AsyncGeneratorFunctionPrototype)),
  isGeneratorObject: (v) =>
    isObjectLike(v) && (protoChainHas(v, GeneratorPrototype) || protoChainHas(v, AsyncGeneratorPrototype)),
  isPromise: (v) => isObjectLike(v) && checkPromise(v, objectTag(v)),
  isMap: (v) => isObjectLike(v) && checkMap(v, objectTag(v)),
  isSet: (v) => isObjectLike(v) && checkSet(v, objectTag(v)),
  isMapIterator: (v) => isObjectLike(v) && directProtoIs(v, MapIteratorPrototype),
  isSetIterator: (v) => isObjectLike(v) && directProtoIs(v, SetIteratorPrototype),
  isWeakMap: (v) => isObjectLike(v) && checkWeakMap(v, objectTag(v)),
  isWeakSet: (v) => isObjectLike(v) && checkWeakSet(v, objectTag(v)),
  isArrayBuffer: (v) => isObjectLike(v) && checkArrayBuffer(v, objectTag(v)),
  isDataView: (v) => isObjectLike(v) && checkDataView(v, objectTag(v)),
  isSharedArrayBuffer: (v) => isObjectLike(v) && checkSharedArrayBuffer(v, objectTag(v)),
  isProxy: (v) => isObjectLike(v) && op_is_proxy(v) === true,
  isModuleNamespaceObject: (v) => isModuleNamespace(v),
  isAnyArrayBuffer: (v) => {
    if (!isObjectLike(v)) return false;
    const t = objectTag(v);
    return checkArrayBuffer(v, t) || checkSharedArrayBuffer(v, t);
  },
  isBoxedPrimitive: (v) => isObjectLike(v) && checkBoxed(v, objectTag(v)),
  isArrayBufferView: (v) => ArrayBuffer.isView(v),
  isTypedArray: (v) => typedArrayName(v) !== undefined,
  isUint8Array: (v) => typedArrayName(v) === "Uint8Array",
  isUint8ClampedArray: (v) => typedArrayName(v) === "Uint8ClampedArray",
  isUint16Array: (v) => typedArrayName(v) === "Uint16Array",
  isUint32Array: (v) => typedArrayName(v) === "Uint32Array",
  isInt8Array: (v) => typedArrayName(v) === "Int8Array",
  isInt16Array: (v) => typedArrayName(v) === "Int16Array",
  isInt32Array: (v) => typedArrayName(v) === "Int32Array",
  isFloat32Array: (v) => typedArrayName(v) === "Float32Array",
  isFloat64Array: (v) => typedArrayName(v) === "Float64Array",
  isBigInt64Array: (v) => typedArrayName(v) === "BigInt64Array",
  isBigUint64Array: (v) => typedArrayName(v) === "BigUint64Array",
  isKeyObject: () => false,
  isCryptoKey: () => false,
};

// Node's internal notion of an error: a native error or anything inheriting
// from Error.prototype.
function isErrorLike(value) {
  if (objectTag(value) === "[object Error]") return true;
  try {
    return value instanceof Error;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------
// inspect: options, colors, styles

const customInspectSymbol = Symbol.for("nodejs.util.inspect.custom");

const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;
const kMinLineLength = 16;

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === "boolean") {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of Object.keys(opts)) {
        if (hasOwn(inspectDefaultOptions, key) || key === "stylize") {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, "defaultOptions", {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    validateObject(options, "options");
    return Object.assign(inspectDefaultOptions, options);
  },
});

const defaultFG = 39;
const defaultBG = 49;
inspect.colors = Object.assign(Object.create(null), {
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, defaultFG],
  red: [31, defaultFG],
  green: [32, defaultFG],
  yellow: [33, defaultFG],
  blue: [34, defaultFG],
  magenta: [35, defaultFG],
  cyan: [36, defaultFG],
  white: [37, defaultFG],
  bgBlack: [40, defaultBG],
  bgRed: [41, defaultBG],
  bgGreen: [42, defaultBG],
  bgYellow: [43, defaultBG],
  bgBlue: [44, defaultBG],
  bgMagenta: [45, defaultBG],
  bgCyan: [46, defaultBG],
  bgWhite: [47, defaultBG],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, defaultFG],
  redBright: [91, defaultFG],
  greenBright: [92, defaultFG],
  yellowBright: [93, defaultFG],
  blueBright: [94, defaultFG],
  magentaBright: [95, defaultFG],
  cyanBright: [96, defaultFG],
  whiteBright: [97, defaultFG],
  bgGray: [100, defaultBG],
  bgRedBright: [101, defaultBG],
  bgGreenBright: [102, defaultBG],
  bgYellowBright: [103, defaultBG],
  bgBlueBright: [104, defaultBG],
  bgMagentaBright: [105, defaultBG],
  bgCyanBright: [106, defaultBG],
  bgWhiteBright: [107, defaultBG],
});

// Aliases are accessors so that changing one name changes both, as in Node.
for (const [target, alias] of [
  ["gray", "grey"],
  ["gray", "blackBright"],
  ["bgGray", "bgGrey"],
  ["bgGray", "bgBlackBright"],
  ["dim", "faint"],
  ["strikethrough", "crossedout"],
  ["strikethrough", "strikeThrough"],
  ["strikethrough", "crossedOut"],
  ["hidden", "conceal"],
  ["inverse", "swapColors"],
  ["inverse", "swapcolors"],
  ["doubleunderline", "doubleUnderline"],
]) {
  Object.defineProperty(inspect.colors, alias, {
    get() {
      return this[target];
    },
    set(value) {
      this[target] = value;
    },
    configurable: true,
    enumerable: false,
  });
}

inspect.styles = Object.assign(Object.create(null), {
  special: "cyan",
  number: "yellow",
  bigint: "yellow",
  boolean: "yellow",
  undefined: "grey",
  null: "bold",
  string: "green",
  symbol: "green",
  date: "magenta",
  regexp: "red",
  module: "underline",
});

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  // An object without Object.prototype in its chain gets options that carry
  // no objects of ours, and a stylize that cannot leak them either.
  if (isCrossContext) {
    Object.setPrototypeOf(ret, null);
    for (const key of Object.keys(ret)) {
      if ((typeof ret[key] === "object" || typeof ret[key] === "function") && ret[key] !== null) {
        delete ret[key];
      }
    }
    ret.stylize = Object.setPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // Fall back to the plain value.
      }
      return typeof stylized === "string" ? stylized : value;
    }, null);
  }
  return ret;
}

// ---------------------------------------------------------------------------
// inspect: strings and numbers

function escapeCode(code) {
  switch (code) {
    case 8:
      return "\\b";
    case 9:
      return "\\t";
    case 10:
      return "\\n";
    case 12:
      return "\\f";
    case 13:
      return "\\r";
    case 39:
      return "\\'";
    case 92:
      return "\\\\";
  }
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
    return `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return `\\u${code.toString(16)}`;
}

const mayNeedEscapeRegExp = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/;

// Escapes control characters, C1 controls, lone surrogates, the backslash
// and (when asked) the single quote. One pass; parts joined once.
function escapeBody(str, escapeSingleQuote) {
  if (!mayNeedEscapeRegExp.test(str)) return str;
  const parts = [];
  let last = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x20 || c === 92 || (c === 39 && escapeSingleQuote) || (c >= 0x7f && c <= 0x9f)) {
      if (last !== i) parts.push(str.slice(last, i));
      parts.push(escapeCode(c));
      last = i + 1;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < len) {
        const next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      if (last !== i) parts.push(str.slice(last, i));
      parts.push(escapeCode(c));
      last = i + 1;
    }
  }
  if (last === 0) return str;
  if (last !== len) parts.push(str.slice(last));
  return parts.join("");
}

// Quotes like Node: single quotes, or double quotes / backticks when the
// string holds single quotes and the alternative does not clash.
function strEscape(str) {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes("`") && !str.includes("${")) quote = "`";
  }
  return `${quote}${escapeBody(str, quote === "'")}${quote}`;
}

function addNumericSeparator(integerString) {
  const parts = [];
  let i = integerString.length;
  const start = integerString[0] === "-" ? 1 : 0;
  for (; i >= start + 4; i -= 3) parts.push(integerString.slice(i - 3, i));
  if (i === integerString.length) return integerString;
  parts.push(integerString.slice(0, i));
  return parts.reverse().join("_");
}

function addNumericSeparatorEnd(fraction) {
  const parts = [];
  let i = 0;
  for (; i < fraction.length - 3; i += 3) parts.push(fraction.slice(i, i + 3));
  if (i === 0) return fraction;
  parts.push(fraction.slice(i));
  return parts.join("_");
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(number, -0)) return fn("-0", "number");
    return fn(`${number}`, "number");
  }
  const numberString = String(number);
  const integer = Math.trunc(number);
  if (integer === number) {
    if (!Number.isFinite(number) || numberString.includes("e")) return fn(numberString, "number");
    return fn(addNumericSeparator(numberString), "number");
  }
  if (Number.isNaN(number)) return fn(numberString, "number");
  // Node splits at "." even for exponent forms (1e-7 → "1e-.1e-_7"); kept.
  const dot = numberString.indexOf(".");
  return fn(
    `${addNumericSeparator(numberString.slice(0, dot))}.${addNumericSeparatorEnd(numberString.slice(dot + 1))}`,
    "number",
  );
}

function formatBigInt(fn, bigint, numericSeparator) {
  const string = String(bigint);
  if (!numericSeparator) return fn(`${string}n`, "bigint");
  return fn(`${addNumericSeparator(string)}n`, "bigint");
}

// Splits after every "\n", keeping the newline with its line.
function splitKeepingNewlines(str) {
  const out = [];
  let start = 0;
  for (let i = 0; i < str.length; i++) {
    if (str.charCodeAt(i) === 10) {
      out.push(str.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < str.length) out.push(str.slice(start));
  return out;
}

function formatPrimitive(fn, value, ctx) {
  if (typeof value === "string") {
    let trailer = "";
    if (value.length > ctx.maxStringLength) {
      const remaining = value.length - ctx.maxStringLength;
      value = value.slice(0, Math.max(0, ctx.maxStringLength));
      trailer = `... ${remaining} more character${remaining > 1 ? "s" : ""}`;
    }
    if (
      ctx.compact !== true &&
      value.length > kMinLineLength &&
      value.length > ctx.breakLength - ctx.indentationLvl - 4 &&
      value.includes("\n")
    ) {
      const separator = ` +\n${" ".repeat(ctx.indentationLvl + 2)}`;
      return splitKeepingNewlines(value).map((line) => fn(strEscape(line), "string")).join(separator) + trailer;
    }
    return fn(strEscape(value), "string") + trailer;
  }
  if (typeof value === "number") return formatNumber(fn, value, ctx.numericSeparator);
  if (typeof value === "bigint") return formatBigInt(fn, value, ctx.numericSeparator);
  if (typeof value === "boolean") return fn(`${value}`, "boolean");
  if (typeof value === "undefined") return fn("undefined", "undefined");
  return fn(Symbol.prototype.toString.call(value), "symbol");
}

function stripVTControlCharacters(str) {
  validateString(str, "str");
  return stripAnsi(str);
}

const colorRegExp = /\u001b\[\d\d?m/g;
function removeColors(str) {
  return str.includes("\u001b") ? str.replace(colorRegExp, "") : str;
}

// ---------------------------------------------------------------------------
// inspect: constructor names, prefixes and keys

// The engine's own class-like globals. Node computes this set before it
// installs its own globals (Buffer, URL, ...), so those count as user code,
// and SharedArrayBuffer is missing from it; the list reproduces that.
const builtInObjectsSet = new Set([
  "Object", "Function", "Array", "Number", "Boolean", "String", "Symbol", "Date", "Promise",
  "RegExp", "Error", "AggregateError", "EvalError", "RangeError", "ReferenceError", "SyntaxError",
  "TypeError", "URIError", "JSON", "Math", "Intl", "ArrayBuffer", "Uint8Array", "Int8Array",
  "Uint16Array", "Int16Array", "Uint32Array", "Int32Array", "Float32Array", "Float64Array",
  "Uint8ClampedArray", "BigUint64Array", "BigInt64Array", "DataView", "Map", "BigInt", "Set",
  "WeakMap", "WeakSet", "Proxy", "Reflect", "FinalizationRegistry", "WeakRef", "Atomics", "WebAssembly",
]);
function builtInObjects() {
  return builtInObjectsSet;
}

function isInstanceof(object, ctor) {
  try {
    return object instanceof ctor;
  } catch {
    return false;
  }
}

function hasInstanceOf(ctor, value) {
  try {
    return Function.prototype[Symbol.hasInstance].call(ctor, value);
  } catch {
    return false;
  }
}

// The engine's name for an object whose chain has no usable constructor: a
// string @@toStringTag data property, else a named `constructor` data
// property further up the chain, else the object's class.
function internalConstructorName(value) {
  try {
    for (let current = value; current !== null; current = Object.getPrototypeOf(current)) {
      const tagDesc = Object.getOwnPropertyDescriptor(current, Symbol.toStringTag);
      if (tagDesc !== undefined && typeof tagDesc.value === "string") return tagDesc.value;
      if (current !== value) {
        const ctorDesc = Object.getOwnPropertyDescriptor(current, "constructor");
        if (ctorDesc !== undefined && typeof ctorDesc.value === "function") {
          const name = ctorDesc.value.name;
          if (typeof name === "string" && name !== "" && name !== "Object") return name;
        }
      }
    }
  } catch {
    // A revoked proxy in the chain; use the class.
  }
  return internalClassName(value);
}

function internalClassName(value) {
  if (typeof value === "function") return "Function";
  if (Array.isArray(value)) return "Array";
  const t = objectTag(value);
  if (checkMap(value, t)) return "Map";
  if (checkSet(value, t)) return "Set";
  if (checkDate(value, t)) return "Date";
  if (checkRegExp(value, t)) return "RegExp";
  if (t === "[object Error]") return "Error";
  if (checkPromise(value, t)) return "Promise";
  if (checkWeakMap(value, t)) return "WeakMap";
  if (checkWeakSet(value, t)) return "WeakSet";
  if (checkArrayBuffer(value, t)) return "ArrayBuffer";
  if (checkDataView(value, t)) return "DataView";
  const typed = typedArrayName(value);
  if (typed !== undefined) return typed;
  if (checkNumberObject(value, t)) return "Number";
  if (checkStringObject(value, t)) return "String";
  if (checkBooleanObject(value, t)) return "Boolean";
  if (checkBigIntObject(value, t)) return "BigInt";
  if (checkSymbolObject(value, t)) return "Symbol";
  return "Object";
}

function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const tmp = obj;
  while (obj) {
    if (obj === Object.prototype || obj === Function.prototype) {
      const ctor = obj === Object.prototype ? Object : Function;
      if (hasInstanceOf(ctor, tmp)) {
        if (protoProps !== undefined && firstProto !== obj) {
          addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
        }
        return ctor.name;
      }
    }
    const descriptor = Object.getOwnPropertyDescriptor(obj, "constructor");
    if (
      descriptor !== undefined &&
      typeof descriptor.value === "function" &&
      descriptor.value.name !== "" &&
      isInstanceof(tmp, descriptor.value)
    ) {
      if (protoProps !== undefined && (firstProto !== obj || !builtInObjects().has(descriptor.value.name))) {
        addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;

  const res = internalConstructorName(tmp);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${res} <Complex prototype>`;
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${res} <${protoConstr}>`;
}

// Own keys in V8's order. Boa installs some built-in prototypes' properties
// in another order; those that showHidden can list (their constructor is
// not in builtInObjects) are reordered after V8.
const v8PrototypeKeyOrders = new Map();
if (typeof SharedArrayBuffer === "function") {
  v8PrototypeKeyOrders.set(SharedArrayBuffer.prototype, [
    "constructor", "byteLength", "slice", "maxByteLength", "growable", "grow", Symbol.toStringTag,
  ]);
}
function engineOwnKeys(obj) {
  const keys = Reflect.ownKeys(obj);
  const order = v8PrototypeKeyOrders.get(obj);
  if (order === undefined) return keys;
  const rank = (key) => {
    const i = order.indexOf(key);
    return i === -1 ? order.length : i;
  };
  return keys.sort((a, b) => rank(a) - rank(b));
}

// With showHidden, user-defined non-function properties of up to three
// prototype layers are listed too.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = Object.getPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = Object.getOwnPropertyDescriptor(obj, "constructor");
      if (
        descriptor !== undefined &&
        typeof descriptor.value === "function" &&
        builtInObjects().has(descriptor.value.name)
      ) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new Set();
    } else {
      for (const key of keys) keySet.add(key);
    }
    keys = engineOwnKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === "constructor" || hasOwn(main, key) || (depth !== 0 && keySet.has(key))) continue;
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === "function") continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

function getPrefix(constructor, tag, fallback, size = "") {
  if (constructor === null) {
    if (tag !== "" && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== "" && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function getKeys(value, showHidden) {
  let keys;
  const symbols = Object.getOwnPropertySymbols(value);
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    for (const symbol of symbols) keys.push(symbol);
  } else {
    try {
      keys = Object.keys(value);
    } catch {
      // A namespace object with bindings still in their TDZ.
      keys = Object.getOwnPropertyNames(value);
    }
    for (const symbol of symbols) {
      if (isEnumerable(value, symbol)) keys.push(symbol);
    }
  }
  return keys;
}

function isArrayIndexKey(key) {
  if (typeof key !== "string" || key.length === 0 || key.length > 10) return false;
  const first = key.charCodeAt(0);
  if (first < 48 || first > 57 || (first === 48 && key.length > 1)) return false;
  for (let i = 1; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return Number(key) < 4294967295;
}

// Listing own keys costs one string per index, so inspect does not look for
// extra (non-index) keys on arrays longer than this; Node can, natively.
const kMaxIndexScan = 65536;

// Own keys of an array or typed array that are not indices. Indices come
// first in own-key order, so only the tail has to be examined.
function getOwnNonIndexProperties(value, showHidden, forInspect = false) {
  if (forInspect && value.length > kMaxIndexScan) {
    const keys = [];
    if (showHidden && Array.isArray(value)) keys.push("length");
    for (const symbol of Object.getOwnPropertySymbols(value)) {
      if (showHidden || isEnumerable(value, symbol)) keys.push(symbol);
    }
    return keys;
  }
  const all = Reflect.ownKeys(value);
  let start = all.length;
  while (start > 0 && !isArrayIndexKey(all[start - 1])) start--;
  const strings = [];
  const symbols = [];
  for (let i = start; i < all.length; i++) {
    const key = all[i];
    if (!showHidden && !isEnumerable(value, key)) continue;
    if (typeof key === "symbol") symbols.push(key);
    else strings.push(key);
  }
  for (const symbol of symbols) strings.push(symbol);
  return strings;
}

function getCtxStyle(value, constructor, tag) {
  let fallback = "";
  if (constructor === null) {
    fallback = internalConstructorName(value);
    if (fallback === tag) fallback = "Object";
  }
  return getPrefix(constructor, tag, fallback);
}

// ---------------------------------------------------------------------------
// inspect: the recursive formatter

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== "object" && typeof value !== "function") {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize("null", "null");

  const context = value;
  let isProxy = false;
  if (op_is_proxy(value) === true) {
    isProxy = true;
    try {
      Object.getPrototypeOf(value);
    } catch {
      return ctx.stylize("<Revoked Proxy>", "special");
    }
  }

  if (ctx.customInspect) {
    let maybeCustom;
    try {
      maybeCustom = value[customInspectSymbol];
    } catch {
      maybeCustom = undefined;
    }
    if (
      typeof maybeCustom === "function" &&
      maybeCustom !== inspect &&
      !(value.constructor && value.constructor.prototype === value)
    ) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = isProxy || !(context instanceof Object);
      const ret = maybeCustom.call(context, depth, getUserOptions(ctx, isCrossContext), inspect);
      if (ret !== context) {
        if (typeof ret !== "string") return formatValue(ctx, ret, recurseTimes);
        if (!ret.includes("\n")) return ret;
        return ret.split("\n").join(`\n${" ".repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, "special");
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function isStackOverflow(err) {
  return (
    err instanceof RangeError &&
    typeof err.message === "string" &&
    /call stack|recursion|stack size/i.test(err.message)
  );
}

function isURLInstance(value) {
  const URLClass = globalThis.URL;
  return typeof URLClass === "function" && typeof value.href === "string" && isInstanceof(value, URLClass);
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];

  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  let tag = value[Symbol.toStringTag];
  if (
    typeof tag !== "string" ||
    (tag !== "" && (ctx.showHidden ? hasOwn(value, Symbol.toStringTag) : isEnumerable(value, Symbol.toStringTag)))
  ) {
    tag = "";
  }
  const t = objectTag(value);
  let base = "";
  let formatter = () => [];
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (Array.isArray(value)) {
      const prefix =
        constructor !== "Array" || tag !== "" ? getPrefix(constructor, tag, "Array", `(${value.length})`) : "";
      keys = getOwnNonIndexProperties(value, ctx.showHidden, true);
      braces = [`${prefix}[`, "]"];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (checkSet(value, t)) {
      const size = setSizeGetter.call(value);
      const prefix = getPrefix(constructor, tag, "Set", `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = (c, v, r) => formatSet(value, c, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, "}"];
    } else if (checkMap(value, t)) {
      const size = mapSizeGetter.call(value);
      const prefix = getPrefix(constructor, tag, "Map", `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = (c, v, r) => formatMap(value, c, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, "}"];
    } else if (typedArrayName(value) !== undefined) {
      keys = getOwnNonIndexProperties(value, ctx.showHidden, true);
      let bound = value;
      let fallback = "";
      if (constructor === null) {
        fallback = typedArrayName(value);
        bound = new globalThis[fallback](value);
      }
      const size = typedArrayLengthGetter.call(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, "]"];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = (c, v, r) => formatTypedArray(bound, size, c, r);
      extrasType = kArrayExtrasType;
    } else if (types.isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces("Map", tag);
      formatter = formatUnknownIterator;
    } else if (types.isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces("Set", tag);
      formatter = formatUnknownIterator;
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ["{", "}"];
    if (typeof value === "function") {
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, "special");
    } else if (constructor === "Object") {
      if (t === "[object Arguments]") {
        braces[0] = "[Arguments] {";
      } else if (tag !== "") {
        braces[0] = `${getPrefix(constructor, tag, "Object")}{`;
      }
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (checkRegExp(value, t)) {
      base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, "RegExp");
      if (prefix !== "RegExp ") base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) || (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, "regexp");
      }
    } else if (checkDate(value, t)) {
      base = Number.isNaN(dateGetTime.call(value))
        ? Date.prototype.toString.call(value)
        : Date.prototype.toISOString.call(value);
      const prefix = getPrefix(constructor, tag, "Date");
      if (prefix !== "Date ") base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, "date");
    } else if (isErrorLike(value)) {
      // V8 gives an error its own non-enumerable `stack` when it is
      // constructed, so that key comes first and assigning it keeps it
      // hidden. Boa's stack is an accessor on Error.prototype whose setter
      // adds an enumerable own property at the end.
      if (t === "[object Error]") {
        const stackIndex = keys.indexOf("stack");
        if (stackIndex !== -1 && !ctx.showHidden) {
          keys.splice(stackIndex, 1);
        } else if (stackIndex > 0) {
          keys.splice(stackIndex, 1);
          keys.unshift("stack");
        }
      }
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (checkArrayBuffer(value, t) || checkSharedArrayBuffer(value, t)) {
      const arrayType = checkArrayBuffer(value, t) ? "ArrayBuffer" : "SharedArrayBuffer";
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift("byteLength");
    } else if (checkDataView(value, t)) {
      braces[0] = `${getPrefix(constructor, tag, "DataView")}{`;
      keys.unshift("byteLength", "byteOffset", "buffer");
    } else if (checkPromise(value, t)) {
      braces[0] = `${getPrefix(constructor, tag, "Promise")}{`;
      formatter = formatPromise;
    } else if (checkWeakSet(value, t)) {
      braces[0] = `${getPrefix(constructor, tag, "WeakSet")}{`;
      formatter = formatWeakCollection;
    } else if (checkWeakMap(value, t)) {
      braces[0] = `${getPrefix(constructor, tag, "WeakMap")}{`;
      formatter = formatWeakCollection;
    } else if (isModuleNamespace(value)) {
      braces[0] = `${getPrefix(constructor, tag, "Module")}{`;
      const namespaceKeys = keys;
      formatter = (c, v, r) => formatNamespaceObject(namespaceKeys, c, v, r);
    } else if (checkBoxed(value, t)) {
      base = getBoxedBase(value, t, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (isURLInstance(value) && !(recurseTimes > ctx.depth && ctx.depth !== null)) {
      base = value.href;
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) return `${getCtxStyle(value, constructor, tag)}{}`;
      braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, "special");
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      for (const entry of protoProps) output.push(entry);
    }
  } catch (err) {
    if (!isStackOverflow(err)) throw err;
    const constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(
      `[${constructorName}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
      "special",
    );
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, "special");
      if (ctx.compact !== true) {
        base = base === "" ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Past ~128 MB of output at one level, stop descending.
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    tag = tag !== "" ? `${tag}] [${type} Iterator` : `${type} Iterator`;
  }
  return [`[${tag}] {`, "}"];
}

function getBoxedBase(value, t, ctx, keys, constructor, tag) {
  let primitive;
  let type;
  if (checkNumberObject(value, t)) {
    primitive = numberValueOf.call(value);
    type = "Number";
  } else if (checkStringObject(value, t)) {
    primitive = stringValueOf.call(value);
    type = "String";
    // The index keys of a boxed string only repeat its value.
    keys.splice(0, value.length);
  } else if (checkBooleanObject(value, t)) {
    primitive = booleanValueOf.call(value);
    type = "Boolean";
  } else if (checkBigIntObject(value, t)) {
    primitive = bigintValueOf.call(value);
    type = "BigInt";
  } else {
    primitive = symbolValueOf.call(value);
    type = "Symbol";
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? " (null prototype)" : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== "" && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

function getClassBase(value, constructor, tag) {
  const hasName = hasOwn(value, "name");
  const name = (hasName && value.name) || "(anonymous)";
  let base = `class ${name}`;
  if (constructor !== "Function" && constructor !== null) base += ` [${constructor}]`;
  if (tag !== "" && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += " extends [null prototype]";
  }
  return `[${base}]`;
}

const classHeadRegExp = /^(\s+[^(]*?)\s*\{/;
const commentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;
const nativeSourceRegExp = /^function [\s\S]*\(\) \{ \[native code\] \}$/;

// Boa keeps no source text for class constructors: toString gives
// `function Name() { [native code] }`, like a built-in. Only classes and
// built-in constructors have a non-writable own `prototype`; of those, only
// a class constructor refuses [[Call]], which it does before running any
// code (built-ins called without `new` have no side effects).
function isSourcelessClass(value, source) {
  if (!nativeSourceRegExp.test(source) || op_is_proxy(value) === true) return false;
  const desc = Object.getOwnPropertyDescriptor(value, "prototype");
  if (desc === undefined || !hasOwn(desc, "value") || desc.writable) return false;
  try {
    Reflect.apply(value, undefined, []);
  } catch (err) {
    return err instanceof TypeError && err.message === "class constructor cannot be invoked without 'new'";
  }
  return false;
}

function getFunctionBase(value, constructor, tag) {
  let source = "";
  try {
    source = functionToString.call(value);
  } catch {
    // Not introspectable; treat as a plain function.
  }
  if (source.startsWith("class") && source.endsWith("}")) {
    const slice = source.slice(5, -1);
    const bracketIndex = slice.indexOf("{");
    if (
      bracketIndex !== -1 &&
      (!slice.slice(0, bracketIndex).includes("(") || classHeadRegExp.test(slice.replace(commentsRegExp, "")))
    ) {
      return getClassBase(value, constructor, tag);
    }
  } else if (isSourcelessClass(value, source)) {
    return getClassBase(value, constructor, tag);
  }
  let type = "Function";
  if (types.isGeneratorFunction(value)) type = `Generator${type}`;
  if (types.isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += " (null prototype)";
  if (value.name === "") base += " (anonymous)";
  else base += `: ${String(value.name)}`;
  base += "]";
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== "" && constructor !== tag) base += ` [${tag}]`;
  return base;
}

// ---------------------------------------------------------------------------
// inspect: errors

// The stack as Node would hold it: Boa's stack has frames only, so the
// `Name: message` header is added and trailing native noise dropped.
function getStackString(error) {
  let stack;
  try {
    stack = error.stack;
  } catch {
    stack = undefined;
  }
  if (!stack) return errorToString.call(error);
  stack = String(stack);
  if (/^\s+at /.test(stack)) {
    const frames = stackFrameLines(stack);
    const header = errorToString.call(error);
    return frames === "" ? header : `${header}\n${frames}`;
  }
  return stack;
}

function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split("\n");
  let cause;
  try {
    cause = err.cause;
  } catch {
    // A throwing `cause` getter is ignored.
  }
  // Frames shared with the cause's stack are collapsed into one line.
  if (cause != null && isErrorLike(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf("\n    at");
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split("\n");
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, "undefined"));
      }
    }
  }
  return frames;
}

function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (
    constructor === null ||
    (name.endsWith("Error") &&
      stack.startsWith(name) &&
      (stack.length === len || stack[len] === ":" || stack[len] === "\n"))
  ) {
    let fallback = "Error";
    if (constructor === null) {
      const start =
        /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) || /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || "";
      len = fallback.length;
      fallback = fallback || "Error";
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    for (const name of ["name", "message", "stack"]) {
      const index = keys.indexOf(name);
      if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
    }
  }
}

const coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;

function markNodeModules(ctx, line) {
  const parts = [];
  let lastPos = 0;
  let searchFrom = 0;
  while (true) {
    const position = line.indexOf("node_modules", searchFrom);
    if (position === -1) break;
    const separator = line[position - 1];
    const after = line[position + 12];
    if ((after !== "/" && after !== "\\") || (separator !== "/" && separator !== "\\")) {
      searchFrom = position + 1;
      continue;
    }
    const moduleStart = position + 13;
    parts.push(line.slice(lastPos, moduleStart));
    let moduleEnd = line.indexOf(separator, moduleStart);
    if (line[moduleStart] === "@") moduleEnd = line.indexOf(separator, moduleEnd + 1);
    parts.push(ctx.stylize(line.slice(moduleStart, moduleEnd), "module"));
    lastPos = moduleEnd;
    searchFrom = moduleEnd;
  }
  if (lastPos !== 0) {
    parts.push(line.slice(lastPos));
    return parts.join("");
  }
  return line;
}

function markCwd(ctx, line, workingDirectory) {
  let cwdStartPos = line.indexOf(workingDirectory);
  if (cwdStartPos === -1) return line;
  let cwdLength = workingDirectory.length;
  if (line.slice(cwdStartPos - 7, cwdStartPos) === "file://") {
    cwdLength += 7;
    cwdStartPos -= 7;
  }
  const start = line[cwdStartPos - 1] === "(" ? cwdStartPos - 1 : cwdStartPos;
  const end = start !== cwdStartPos && line.endsWith(")") ? -1 : line.length;
  const workingDirectoryEndPos = cwdStartPos + cwdLength + 1;
  const parts = [
    line.slice(0, start),
    ctx.stylize(line.slice(start, workingDirectoryEndPos), "undefined"),
    line.slice(workingDirectoryEndPos, end),
  ];
  if (end === -1) parts.push(ctx.stylize(")", "undefined"));
  return parts.join("");
}

function pathToFileHref(path) {
  return `file://${path
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/")}`;
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : "Error";
  let stack = getStackString(err);

  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ("cause" in err && (keys.length === 0 || !keys.includes("cause"))) keys.push("cause");
  if (Array.isArray(err.errors) && (keys.length === 0 || !keys.includes("errors"))) keys.push("errors");

  stack = improveStack(stack, constructor, name, tag);

  // The message may itself contain "\n    at"; look for frames after it.
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf("\n    at", pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    const parts = [stack.slice(0, stackStart)];
    if (ctx.colors) {
      const proc = currentProcess();
      let workingDirectory;
      try {
        workingDirectory = proc !== undefined && typeof proc.cwd === "function" ? proc.cwd() : undefined;
      } catch {
        workingDirectory = undefined;
      }
      let esmWorkingDirectory;
      for (let line of lines) {
        const core = coreModuleRegExp.exec(line);
        if (core !== null) {
          parts.push(ctx.stylize(line, "undefined"));
        } else {
          line = markNodeModules(ctx, line);
          if (workingDirectory !== undefined) {
            let newLine = markCwd(ctx, line, workingDirectory);
            if (newLine === line) {
              if (esmWorkingDirectory === undefined) esmWorkingDirectory = pathToFileHref(workingDirectory);
              newLine = markCwd(ctx, line, esmWorkingDirectory);
            }
            line = newLine;
          }
          parts.push(line);
        }
      }
    } else {
      for (const line of lines) parts.push(line);
    }
    stack = parts.join("\n");
  }
  if (ctx.indentationLvl !== 0 && stack.includes("\n")) {
    stack = stack.split("\n").join(`\n${" ".repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------
// inspect: entry formatters

const remainingText = (remaining) => `... ${remaining} more item${remaining > 1 ? "s" : ""}`;

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!hasOwn(value, i)) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

// An array with holes: runs of missing indices print as `<n empty items>`.
function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = Object.keys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!/^(0|[1-9][0-9]*)$/.test(key)) break;
      const emptyItems = tmp - index;
      output.push(ctx.stylize(`<${emptyItems} empty item${emptyItems > 1 ? "s" : ""}>`, "undefined"));
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? "s" : ""}>`, "undefined"));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize("(detached)", "special")];
  }
  const shown = Math.min(ctx.maxArrayLength, bytes.length);
  const hex = [];
  for (let i = 0; i < shown; i++) hex.push(bytes[i].toString(16).padStart(2, "0"));
  let str = hex.join(" ");
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? "s" : ""}`;
  return [`${ctx.stylize("[Uint8Contents]", "special")}: <${str}>`];
}

function formatTypedArray(value, length, ctx, recurseTimes) {
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = value.length - maxLength;
  const output = new Array(maxLength);
  const elementFormatter = value.length > 0 && typeof value[0] === "number" ? formatNumber : formatBigInt;
  for (let i = 0; i < maxLength; ++i) {
    output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[maxLength] = remainingText(remaining);
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ["BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"]) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      output.push(`[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(value, ctx, recurseTimes) {
  const length = setSizeGetter.call(value);
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of Set.prototype.values.call(value)) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(value, ctx, recurseTimes) {
  const length = mapSizeGetter.call(value);
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const entry of Map.prototype.entries.call(value)) {
    if (i >= maxLength) break;
    output.push(`${formatValue(ctx, entry[0], recurseTimes)} => ${formatValue(ctx, entry[1], recurseTimes)}`);
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

// The entries left in a Map/Set iterator, and the entries of weak
// collections, cannot be read from JavaScript without consuming them.
function formatUnknownIterator(ctx) {
  return [ctx.stylize("<items unknown>", "special")];
}

function formatWeakCollection(ctx) {
  return [ctx.stylize("<items unknown>", "special")];
}

function formatPromise(ctx, value, recurseTimes) {
  const [state, result] = op_promise_state(value);
  if (state === 0) return [ctx.stylize("<pending>", "special")];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize("<rejected>", "special")} ${str}` : str];
}

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch {
      // A binding still in its temporal dead zone.
      const tmp = { [keys[i]]: "" };
      const line = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
      const pos = line.lastIndexOf(" ");
      output[i] = line.slice(0, pos + 1) + ctx.stylize("<uninitialized>", "special");
    }
  }
  keys.length = 0;
  return output;
}

const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = " ";
  desc = desc || Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = ctx.compact !== true || type !== kObjectType ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${" ".repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? "Getter/Setter" : "Getter";
    const s = ctx.stylize;
    const sp = "special";
    if (
      ctx.getters &&
      (ctx.getters === true ||
        (ctx.getters === "get" && desc.set === undefined) ||
        (ctx.getters === "set" && desc.set !== undefined))
    ) {
      try {
        const tmp = desc.get.call(original);
        ctx.indentationLvl += 2;
        if (tmp === null) {
          str = `${s(`[${label}:`, sp)} ${s("null", "null")}${s("]", sp)}`;
        } else if (typeof tmp === "object") {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          const primitive = formatPrimitive(s, tmp, ctx);
          str = `${s(`[${label}:`, sp)} ${primitive}${s("]", sp)}`;
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        const message = `<Inspection threw (${err.message})>`;
        str = `${s(`[${label}:`, sp)} ${message}${s("]", sp)}`;
      }
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize("[Setter]", "special");
  } else {
    str = ctx.stylize("undefined", "undefined");
  }
  if (type === kArrayType) return str;
  if (typeof key === "symbol") {
    name = `[${ctx.stylize(escapeBody(Symbol.prototype.toString.call(key), true), "symbol")}]`;
  } else if (key === "__proto__") {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeBody(key, true)}]`;
  } else if (keyStrRegExp.test(key)) {
    name = ctx.stylize(key, "name");
  } else {
    name = ctx.stylize(strEscape(key), "string");
  }
  return `${name}:${extra}${str}`;
}

// ---------------------------------------------------------------------------
// inspect: line breaking

function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === "" || !base.includes("\n");
}

// Arrays of more than six short entries are laid out in aligned columns,
// roughly square, at most 15 wide (16 / compact rules as in Node).
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2;
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength && (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const tmp = [];
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineMaxLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
      }
      maxLineLength.push(lineMaxLength + separatorSpace);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== "number" && typeof value[i] !== "bigint") {
          padStart = false;
          break;
        }
      }
    }
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      const line = [];
      let j = i;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        const cell = `${output[j]}, `;
        line.push(padStart ? cell.padStart(padding, " ") : cell.padEnd(padding, " "));
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        line.push(output[j].padStart(padding, " "));
      } else {
        line.push(output[j]);
      }
      tmp.push(line.join(""));
    }
    if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
    output = tmp;
  }
  return output;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === "number" && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Entries of the innermost `compact` levels share a line when they fit.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joinedOutput = output.join(", ");
          if (!joinedOutput.includes("\n")) {
            return `${base ? `${base} ` : ""}${braces[0]} ${joinedOutput} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${" ".repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ""}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ""} ${output.join(", ")} ${braces[1]}`;
  }
  const indentation = " ".repeat(ctx.indentationLvl);
  const ln = base === "" && braces[0].length === 1 ? " " : `${base ? ` ${base}` : ""}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// ---------------------------------------------------------------------------
// format

// Whether `%s` should inspect the object rather than call its toString:
// true when neither toString nor Symbol.toPrimitive is user-defined.
function hasBuiltInToString(value) {
  let hasOwnToString = hasOwn;
  let hasOwnToPrimitive = hasOwn;
  if (typeof value.toString !== "function") {
    if (typeof value[Symbol.toPrimitive] !== "function") return true;
    if (hasOwn(value, Symbol.toPrimitive)) return false;
    hasOwnToString = () => false;
  } else if (hasOwn(value, "toString")) {
    return false;
  } else if (typeof value[Symbol.toPrimitive] !== "function") {
    hasOwnToPrimitive = () => false;
  } else if (hasOwn(value, Symbol.toPrimitive)) {
    return false;
  }
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (!hasOwnToString(pointer, "toString") && !hasOwnToPrimitive(pointer, Symbol.toPrimitive));
  const descriptor = Object.getOwnPropertyDescriptor(pointer, "constructor");
  return (
    descriptor !== undefined &&
    typeof descriptor.value === "function" &&
    builtInObjects().has(descriptor.value.name)
  );
}

let circularErrorMessage;
const firstLine = (message) => String(message).split("\n", 1)[0];

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (circularErrorMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSON.stringify(a);
      } catch (circularError) {
        circularErrorMessage = firstLine(circularError.message);
      }
    }
    if (err && err.name === "TypeError" && firstLine(err.message) === circularErrorMessage) {
      return "[Circular]";
    }
    throw err;
  }
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  validateObject(inspectOptions, "inspectOptions", true);
  return formatWithOptionsInternal(inspectOptions, args);
}

function numericSeparatorOf(options) {
  return (options && options.numericSeparator) ?? inspectDefaultOptions.numericSeparator;
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  const parts = [];
  let join = "";

  if (typeof first === "string") {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: {
            // 's'
            const tempArg = args[++a];
            if (typeof tempArg === "number") {
              tempStr = formatNumber(stylizeNoColor, tempArg, numericSeparatorOf(inspectOptions));
            } else if (typeof tempArg === "bigint") {
              tempStr = formatBigInt(stylizeNoColor, tempArg, numericSeparatorOf(inspectOptions));
            } else if (typeof tempArg !== "object" || tempArg === null || !hasBuiltInToString(tempArg)) {
              tempStr = String(tempArg);
            } else {
              tempStr = inspect(tempArg, { ...inspectOptions, compact: 3, colors: false, depth: 0 });
            }
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: {
            // 'd'
            const tempNum = args[++a];
            if (typeof tempNum === "bigint") {
              tempStr = formatBigInt(stylizeNoColor, tempNum, numericSeparatorOf(inspectOptions));
            } else if (typeof tempNum === "symbol") {
              tempStr = "NaN";
            } else {
              tempStr = formatNumber(stylizeNoColor, Number(tempNum), numericSeparatorOf(inspectOptions));
            }
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
            break;
          case 105: {
            // 'i'
            const tempInteger = args[++a];
            if (typeof tempInteger === "bigint") {
              tempStr = formatBigInt(stylizeNoColor, tempInteger, numericSeparatorOf(inspectOptions));
            } else if (typeof tempInteger === "symbol") {
              tempStr = "NaN";
            } else {
              tempStr = formatNumber(stylizeNoColor, parseInt(tempInteger), numericSeparatorOf(inspectOptions));
            }
            break;
          }
          case 102: {
            // 'f'
            const tempFloat = args[++a];
            if (typeof tempFloat === "symbol") {
              tempStr = "NaN";
            } else {
              tempStr = formatNumber(stylizeNoColor, parseFloat(tempFloat), numericSeparatorOf(inspectOptions));
            }
            break;
          }
          case 99: // 'c'
            a += 1;
            tempStr = "";
            break;
          case 37: // '%'
            parts.push(first.slice(lastPos, i));
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) parts.push(first.slice(lastPos, i - 1));
        parts.push(`${tempStr}`);
        lastPos = i + 1;
      } else if (nextChar === 37) {
        parts.push(first.slice(lastPos, i));
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = " ";
      if (lastPos < first.length) parts.push(first.slice(lastPos));
    }
  }

  while (a < args.length) {
    const value = args[a];
    parts.push(join);
    parts.push(typeof value !== "string" ? inspect(value, inspectOptions) : value);
    join = " ";
    a++;
  }
  return parts.join("");
}

// ---------------------------------------------------------------------------
// isDeepStrictEqual (Node 20's strict algorithm)

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function equalBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function isEqualBoxedPrimitive(val1, t1, val2, t2) {
  if (checkNumberObject(val1, t1)) {
    return checkNumberObject(val2, t2) && Object.is(numberValueOf.call(val1), numberValueOf.call(val2));
  }
  if (checkStringObject(val1, t1)) {
    return checkStringObject(val2, t2) && stringValueOf.call(val1) === stringValueOf.call(val2);
  }
  if (checkBooleanObject(val1, t1)) {
    return checkBooleanObject(val2, t2) && booleanValueOf.call(val1) === booleanValueOf.call(val2);
  }
  if (checkBigIntObject(val1, t1)) {
    return checkBigIntObject(val2, t2) && bigintValueOf.call(val1) === bigintValueOf.call(val2);
  }
  return checkSymbolObject(val2, t2) && symbolValueOf.call(val1) === symbolValueOf.call(val2);
}

function innerDeepEqual(val1, val2, memos) {
  if (val1 === val2) return val1 !== 0 || Object.is(val1, val2);
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
  const val1Tag = objectTag(val1);
  const val2Tag = objectTag(val2);
  if (val1Tag !== val2Tag) return false;

  if (Array.isArray(val1)) {
    if (!Array.isArray(val2) || val1.length !== val2.length) return false;
    const keys1 = getOwnNonIndexProperties(val1, false);
    const keys2 = getOwnNonIndexProperties(val2, false);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, memos, kIsArray, keys1);
  } else if (val1Tag === "[object Object]") {
    return keyCheck(val1, val2, memos, kNoIterator);
  } else if (checkDate(val1, val1Tag)) {
    if (!checkDate(val2, val2Tag) || dateGetTime.call(val1) !== dateGetTime.call(val2)) return false;
  } else if (checkRegExp(val1, val1Tag)) {
    if (
      !checkRegExp(val2, val2Tag) ||
      val1.source !== val2.source ||
      val1.flags !== val2.flags ||
      val1.lastIndex !== val2.lastIndex
    ) {
      return false;
    }
  } else if (ArrayBuffer.isView(val1)) {
    if (typedArrayName(val1) !== typedArrayName(val2)) return false;
    if (val1.byteLength !== val2.byteLength || !equalBytes(bytesOf(val1), bytesOf(val2))) return false;
    const keys1 = getOwnNonIndexProperties(val1, false);
    const keys2 = getOwnNonIndexProperties(val2, false);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, memos, kNoIterator, keys1);
  } else if (checkSet(val1, val1Tag)) {
    if (!checkSet(val2, val2Tag) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, memos, kIsSet);
  } else if (checkMap(val1, val1Tag)) {
    if (!checkMap(val2, val2Tag) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, memos, kIsMap);
  } else if (checkArrayBuffer(val1, val1Tag) || checkSharedArrayBuffer(val1, val1Tag)) {
    if (!(checkArrayBuffer(val2, val2Tag) || checkSharedArrayBuffer(val2, val2Tag))) return false;
    if (val1.byteLength !== val2.byteLength || !equalBytes(new Uint8Array(val1), new Uint8Array(val2))) {
      return false;
    }
  } else if (isErrorLike(val1)) {
    if (!isErrorLike(val2)) return false;
    // Non-enumerable message/name/cause/errors are compared here; enumerable
    // ones are compared with the other keys.
    for (const key of ["message", "name", "cause", "errors"]) {
      const enumerable1 = isEnumerable(val1, key);
      if (enumerable1 !== isEnumerable(val2, key)) return false;
      if (!enumerable1) {
        if (key === "message" || key === "name") {
          if (val1[key] !== val2[key]) return false;
        } else if (!innerDeepEqual(val1[key], val2[key], memos)) {
          return false;
        }
      }
    }
  } else if (checkBoxed(val1, val1Tag)) {
    if (!isEqualBoxedPrimitive(val1, val1Tag, val2, val2Tag)) return false;
  } else if (
    Array.isArray(val2) ||
    ArrayBuffer.isView(val2) ||
    checkSet(val2, val2Tag) ||
    checkMap(val2, val2Tag) ||
    checkDate(val2, val2Tag) ||
    checkRegExp(val2, val2Tag) ||
    checkArrayBuffer(val2, val2Tag) ||
    checkSharedArrayBuffer(val2, val2Tag) ||
    checkBoxed(val2, val2Tag) ||
    isErrorLike(val2)
  ) {
    return false;
  } else if (isURLInstance(val1)) {
    if (!isURLInstance(val2) || val1.href !== val2.href) return false;
  }
  return keyCheck(val1, val2, memos, kNoIterator);
}

function keyCheck(val1, val2, memos, iterationType, aKeys) {
  const isArrayLikeObject = aKeys !== undefined;
  if (aKeys === undefined) aKeys = Object.keys(val1);
  for (const key of aKeys) {
    if (!isEnumerable(val2, key)) return false;
  }
  if (!isArrayLikeObject) {
    if (aKeys.length !== Object.keys(val2).length) return false;
    const symbolKeysA = Object.getOwnPropertySymbols(val1);
    if (symbolKeysA.length !== 0) {
      let count = 0;
      for (const key of symbolKeysA) {
        if (isEnumerable(val1, key)) {
          if (!isEnumerable(val2, key)) return false;
          aKeys.push(key);
          count++;
        } else if (isEnumerable(val2, key)) {
          return false;
        }
      }
      const symbolKeysB = Object.getOwnPropertySymbols(val2);
      if (
        symbolKeysA.length !== symbolKeysB.length &&
        symbolKeysB.filter((k) => isEnumerable(val2, k)).length !== count
      ) {
        return false;
      }
    } else {
      const symbolKeysB = Object.getOwnPropertySymbols(val2);
      if (symbolKeysB.length !== 0 && symbolKeysB.filter((k) => isEnumerable(val2, k)).length !== 0) {
        return false;
      }
    }
  }
  if (
    aKeys.length === 0 &&
    (iterationType === kNoIterator || (iterationType === kIsArray && val1.length === 0) || val1.size === 0)
  ) {
    return true;
  }

  // Cycle detection: the first two levels compare the pair directly; deeper
  // levels keep every object on the current path in one set. A pair whose
  // two objects are both already on the path is taken as equal.
  if (memos === undefined) {
    memos = { set: undefined, a: val1, b: val2, c: undefined, d: undefined, deep: false, deleteFailures: false };
    return objEquiv(val1, val2, aKeys, memos, iterationType);
  }
  if (memos.set === undefined) {
    if (memos.deep === false) {
      if (memos.a === val1 && memos.b === val2) return true;
      memos.c = val1;
      memos.d = val2;
      memos.deep = true;
      const result = objEquiv(val1, val2, aKeys, memos, iterationType);
      memos.deep = false;
      return result;
    }
    memos.set = new Set([memos.a, memos.b, memos.c, memos.d]);
  }
  const set = memos.set;
  const originalSize = set.size;
  set.add(val1);
  set.add(val2);
  if (originalSize === set.size) return true;
  const areEq = objEquiv(val1, val2, aKeys, memos, iterationType);
  if (areEq || memos.deleteFailures) {
    set.delete(val1);
    set.delete(val2);
  }
  return areEq;
}

function setHasEqualElement(set, val2, memo) {
  const deleteFailures = memo.deleteFailures;
  memo.deleteFailures = true;
  for (const val1 of set) {
    if (innerDeepEqual(val1, val2, memo)) {
      set.delete(val1);
      memo.deleteFailures = deleteFailures;
      return true;
    }
  }
  memo.deleteFailures = deleteFailures;
  return false;
}

function setEquiv(a, b, memo) {
  let set = null;
  for (const val of a) {
    if (!b.has(val)) {
      if (typeof val !== "object" || val === null) return false;
      if (set === null) {
        if (b.size === 1) return innerDeepEqual(val, b.values().next().value, memo);
        set = new Set();
      }
      set.add(val);
    }
  }
  if (set !== null) {
    for (const val of b) {
      if (typeof val === "object" && val !== null) {
        if (!a.has(val) && !setHasEqualElement(set, val, memo)) return false;
      }
    }
    return set.size === 0;
  }
  return true;
}

function mapHasEqualEntry(set, map, key2, item2, memo) {
  const deleteFailures = memo.deleteFailures;
  memo.deleteFailures = true;
  for (const key1 of set) {
    if (innerDeepEqual(key1, key2, memo) && innerDeepEqual(map.get(key1), item2, memo)) {
      set.delete(key1);
      memo.deleteFailures = deleteFailures;
      return true;
    }
  }
  memo.deleteFailures = deleteFailures;
  return false;
}

function mapEquiv(a, b, memo) {
  let set = null;
  for (const [key, item1] of a) {
    if (typeof key === "object" && key !== null) {
      if (set === null) {
        if (b.size === 1) {
          const [key2, item2] = b.entries().next().value;
          return innerDeepEqual(key, key2, memo) && innerDeepEqual(item1, item2, memo);
        }
        set = new Set();
      }
      set.add(key);
    } else {
      const item2 = b.get(key);
      if ((item2 === undefined && !b.has(key)) || !innerDeepEqual(item1, item2, memo)) return false;
    }
  }
  if (set !== null) {
    for (const [key, item] of b) {
      if (typeof key === "object" && key !== null) {
        if (!mapHasEqualEntry(set, a, key, item, memo)) return false;
      }
    }
    return set.size === 0;
  }
  return true;
}

function objEquiv(a, b, keys, memos, iterationType) {
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], memos)) return false;
  }
  if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        // Sparse: compare the remaining own keys by name.
        const keysA = Object.keys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], memos)) return false;
        }
        return keysA.length === Object.keys(b).length;
      }
    }
  } else if (iterationType === kIsSet) {
    if (!setEquiv(a, b, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, memos)) return false;
  }
  return true;
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, undefined);
}

// ---------------------------------------------------------------------------
// parseArgs

function objectGetOwn(obj, prop) {
  if (hasOwn(obj, prop)) return obj[prop];
  return undefined;
}

function optionsGetOwn(options, longOption, prop) {
  if (hasOwn(options, longOption)) return objectGetOwn(options[longOption], prop);
  return undefined;
}

function findLongOptionForShort(shortOption, options) {
  for (const [longOption, optionConfig] of Object.entries(options)) {
    if (objectGetOwn(optionConfig, "short") === shortOption) return longOption;
  }
  return shortOption;
}

const isOptionLikeValue = (value) => value != null && value.length > 1 && value[0] === "-";
const isLoneShortOption = (arg) => arg.length === 2 && arg[0] === "-" && arg[1] !== "-";
const isLoneLongOption = (arg) => arg.length > 2 && arg.startsWith("--") && !arg.includes("=", 3);
const isLongOptionAndValue = (arg) => arg.length > 2 && arg.startsWith("--") && arg.includes("=", 3);

function startsShortGroup(arg) {
  return arg.length > 2 && arg[0] === "-" && arg[1] !== "-";
}

function isShortOptionGroup(arg, options) {
  return startsShortGroup(arg) && optionsGetOwn(options, findLongOptionForShort(arg[1], options), "type") !== "string";
}

function isShortOptionAndValue(arg, options) {
  return startsShortGroup(arg) && optionsGetOwn(options, findLongOptionForShort(arg[1], options), "type") === "string";
}

function getMainArgs() {
  const proc = currentProcess();
  if (proc === undefined || !Array.isArray(proc.argv)) return [];
  const execArgv = Array.isArray(proc.execArgv) ? proc.execArgv : [];
  if (["-e", "--eval", "-p", "--print"].some((flag) => execArgv.includes(flag))) return proc.argv.slice(1);
  return proc.argv.slice(2);
}

function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remainingArgs = args.slice();
  while (remainingArgs.length > 0) {
    const arg = remainingArgs.shift();
    const nextArg = remainingArgs[0];
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === "--") {
      tokens.push({ kind: "option-terminator", index });
      for (const rest of remainingArgs) tokens.push({ kind: "positional", index: ++index, value: rest });
      break;
    }

    if (isLoneShortOption(arg)) {
      const longOption = findLongOptionForShort(arg[1], options);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, "type") === "string" && nextArg != null) {
        value = remainingArgs.shift();
        inlineValue = false;
      }
      tokens.push({ kind: "option", name: longOption, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }

    if (isShortOptionGroup(arg, options)) {
      // -abc is -a -b -c; a string option takes the rest: -abfFILE.
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const shortOption = arg[i];
        const longOption = findLongOptionForShort(shortOption, options);
        if (optionsGetOwn(options, longOption, "type") !== "string" || i === arg.length - 1) {
          expanded.push(`-${shortOption}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remainingArgs.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }

    if (isShortOptionAndValue(arg, options)) {
      const shortOption = arg[1];
      const longOption = findLongOptionForShort(shortOption, options);
      tokens.push({
        kind: "option",
        name: longOption,
        rawName: `-${shortOption}`,
        index,
        value: arg.slice(2),
        inlineValue: true,
      });
      continue;
    }

    if (isLoneLongOption(arg)) {
      const longOption = arg.slice(2);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, "type") === "string" && nextArg != null) {
        value = remainingArgs.shift();
        inlineValue = false;
      }
      tokens.push({ kind: "option", name: longOption, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      const equalIndex = arg.indexOf("=");
      const longOption = arg.slice(2, equalIndex);
      tokens.push({
        kind: "option",
        name: longOption,
        rawName: `--${longOption}`,
        index,
        value: arg.slice(equalIndex + 1),
        inlineValue: true,
      });
      continue;
    }

    tokens.push({ kind: "positional", index, value: arg });
  }
  return tokens;
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = token.rawName.startsWith("--")
      ? `'${token.rawName}=-XYZ'`
      : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    const message = [
      `Option '${token.rawName}' argument is ambiguous.`,
      `Did you forget to specify the option argument for '${token.rawName}'?`,
      `To specify an option argument starting with a dash use ${example}.`,
    ].join("\n");
    throw nodeError(TypeError, "ERR_PARSE_ARGS_INVALID_OPTION_VALUE", message);
  }
}

function unknownOption(option, allowPositionals) {
  const suggestDashDash = allowPositionals
    ? ". To specify a positional argument starting with a '-', place it at the end of the command after " +
      `'--', as in '-- ${JSON.stringify(option)}`
    : "";
  return nodeError(TypeError, "ERR_PARSE_ARGS_UNKNOWN_OPTION", `Unknown option '${option}'${suggestDashDash}`);
}

function checkOptionUsage(config, token) {
  let tokenName = token.name;
  if (!hasOwn(config.options, tokenName)) {
    if (config.allowNegative && tokenName.startsWith("no-")) {
      tokenName = tokenName.slice(3);
      if (!hasOwn(config.options, tokenName) || optionsGetOwn(config.options, tokenName, "type") !== "boolean") {
        throw unknownOption(token.rawName, config.allowPositionals);
      }
    } else {
      throw unknownOption(token.rawName, config.allowPositionals);
    }
  }
  const short = optionsGetOwn(config.options, tokenName, "short");
  const shortAndLong = `${short ? `-${short}, ` : ""}--${tokenName}`;
  const type = optionsGetOwn(config.options, tokenName, "type");
  if (type === "string" && typeof token.value !== "string") {
    throw nodeError(
      TypeError,
      "ERR_PARSE_ARGS_INVALID_OPTION_VALUE",
      `Option '${shortAndLong} <value>' argument missing`,
    );
  }
  if (type === "boolean" && token.value != null) {
    throw nodeError(
      TypeError,
      "ERR_PARSE_ARGS_INVALID_OPTION_VALUE",
      `Option '${shortAndLong}' does not take an argument`,
    );
  }
}

function storeOption(token, options, values, allowNegative) {
  let longOption = token.name;
  let optionValue = token.value;
  if (longOption === "__proto__") return;
  if (allowNegative && longOption.startsWith("no-") && optionValue === undefined) {
    longOption = longOption.slice(3);
    token.name = longOption;
    optionValue = false;
  }
  const newValue = optionValue ?? true;
  if (optionsGetOwn(options, longOption, "multiple")) {
    if (values[longOption]) values[longOption].push(newValue);
    else values[longOption] = [newValue];
  } else {
    values[longOption] = newValue;
  }
}

function parseArgs(config = {}) {
  const args = objectGetOwn(config, "args") ?? getMainArgs();
  const strict = objectGetOwn(config, "strict") ?? true;
  const allowPositionals = objectGetOwn(config, "allowPositionals") ?? !strict;
  const returnTokens = objectGetOwn(config, "tokens") ?? false;
  const allowNegative = objectGetOwn(config, "allowNegative") ?? false;
  const options = objectGetOwn(config, "options") ?? Object.create(null);
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, "args");
  validateBoolean(strict, "strict");
  validateBoolean(allowPositionals, "allowPositionals");
  validateBoolean(returnTokens, "tokens");
  validateBoolean(allowNegative, "allowNegative");
  validateObject(options, "options");
  for (const [longOption, optionConfig] of Object.entries(options)) {
    validateObject(optionConfig, `options.${longOption}`);
    const optionType = objectGetOwn(optionConfig, "type");
    validateUnion(optionType, `options.${longOption}.type`, ["string", "boolean"]);
    if (hasOwn(optionConfig, "short")) {
      const shortOption = optionConfig.short;
      validateString(shortOption, `options.${longOption}.short`);
      if (shortOption.length !== 1) {
        throw invalidArgValue(`options.${longOption}.short`, shortOption, "must be a single character");
      }
    }
    const multipleOption = objectGetOwn(optionConfig, "multiple");
    if (hasOwn(optionConfig, "multiple")) validateBoolean(multipleOption, `options.${longOption}.multiple`);
    const defaultValue = objectGetOwn(optionConfig, "default");
    if (defaultValue !== undefined) {
      const name = `options.${longOption}.default`;
      if (optionType === "string") {
        if (multipleOption) validateArrayOf(defaultValue, name, "string");
        else validateString(defaultValue, name);
      } else if (multipleOption) {
        validateArrayOf(defaultValue, name, "boolean");
      } else {
        validateBoolean(defaultValue, name);
      }
    }
  }

  const tokens = argsToTokens(args, options);
  const result = { values: Object.create(null), positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === "option") {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      storeOption(token, options, result.values, allowNegative);
    } else if (token.kind === "positional") {
      if (!allowPositionals) {
        throw nodeError(
          TypeError,
          "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL",
          `Unexpected argument '${token.value}'. This command does not take positional arguments`,
        );
      }
      result.positionals.push(token.value);
    }
  }
  for (const [longOption, optionConfig] of Object.entries(options)) {
    const defaultValue = objectGetOwn(optionConfig, "default");
    if (defaultValue !== undefined && result.values[longOption] === undefined && longOption !== "__proto__") {
      result.values[longOption] = defaultValue;
    }
  }
  return result;
}

// ---------------------------------------------------------------------------
// promisify, callbackify, inherits, deprecate, debuglog

const kCustomPromisifiedSymbol = Symbol.for("nodejs.util.promisify.custom");
// Other stdlib modules set this on callback APIs whose callback receives
// several values (fs.read → { bytesRead, buffer }).
const kCustomPromisifyArgsSymbol = Symbol.for("autorun.util.promisify.customArgs");

function copyOwnProperties(target, source, adjust) {
  const descriptors = Object.getOwnPropertyDescriptors(source);
  if (adjust !== undefined) adjust(descriptors);
  for (const key of Reflect.ownKeys(descriptors)) Object.setPrototypeOf(descriptors[key], null);
  return Object.defineProperties(target, descriptors);
}

function promisify(original) {
  validateFunction(original, "original");
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, "util.promisify.custom");
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn,
      enumerable: false,
      writable: false,
      configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgsSymbol];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn,
    enumerable: false,
    writable: false,
    configurable: true,
  });
  return copyOwnProperties(fn, original);
}
promisify.custom = kCustomPromisifiedSymbol;

function nextTick(fn, ...args) {
  const proc = currentProcess();
  if (proc !== undefined && typeof proc.nextTick === "function") proc.nextTick(fn, ...args);
  else Promise.resolve().then(() => fn(...args));
}

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection would read as success to a Node-style callback.
  if (!reason) {
    const wrapped = nodeError(Error, "ERR_FALSY_VALUE_REJECTION", "Promise was rejected with falsy value");
    wrapped.reason = reason;
    reason = wrapped;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, "original");
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, "last argument");
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => nextTick(cb, null, ret),
      (rej) => nextTick(callbackifyOnRejected, rej, cb),
    );
  }
  copyOwnProperties(callbackified, original, (descriptors) => {
    if (descriptors.length && typeof descriptors.length.value === "number") descriptors.length.value++;
    if (descriptors.name && typeof descriptors.name.value === "string") descriptors.name.value += "Callbackified";
  });
  return callbackified;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw invalidArgType("ctor", "Function", ctor);
  if (superCtor === undefined || superCtor === null) throw invalidArgType("superCtor", "Function", superCtor);
  if (superCtor.prototype === undefined) {
    throw invalidArgType("superCtor.prototype", "Object", superCtor.prototype);
  }
  Object.defineProperty(ctor, "super_", { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const codesWarned = new Set();
let traceHintShown = false;

// process.emitWarning when the host provides it; otherwise Node's stderr
// text, written on the next tick as Node does.
function emitDeprecationWarning(msg, code, ctor) {
  const proc = currentProcess();
  if (proc !== undefined && typeof proc.emitWarning === "function") {
    if (code !== undefined) proc.emitWarning(msg, "DeprecationWarning", code, ctor);
    else proc.emitWarning(msg, "DeprecationWarning", ctor);
    return;
  }
  if (proc !== undefined && proc.noDeprecation) return;
  const warning = new Error(msg);
  warning.name = "DeprecationWarning";
  if (code !== undefined) warning.code = code;
  if (proc !== undefined && proc.throwDeprecation) {
    nextTick(() => {
      throw warning;
    });
    return;
  }
  const pid = proc !== undefined && proc.pid !== undefined ? proc.pid : 0;
  const lines = [`(node:${pid}) ${code !== undefined ? `[${code}] ` : ""}DeprecationWarning: ${msg}`];
  if (!traceHintShown) {
    lines.push("(Use `node --trace-deprecation ...` to show where the warning was created)");
    traceHintShown = true;
  }
  const text = `${lines.join("\n")}\n`;
  nextTick(() => {
    if (proc !== undefined && proc.stderr && typeof proc.stderr.write === "function") proc.stderr.write(text);
    else if (typeof console !== "undefined") console.error(text.slice(0, -1));
  });
}

function deprecate(fn, msg, code) {
  if (code !== undefined) validateString(code, "code");
  let warned = false;
  function deprecated(...args) {
    const proc = currentProcess();
    if (!warned && !(proc !== undefined && proc.noDeprecation)) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          emitDeprecationWarning(msg, code, deprecated);
          codesWarned.add(code);
        }
      } else {
        emitDeprecationWarning(msg, undefined, deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function shouldColorize(stream) {
  const proc = currentProcess();
  const env = proc !== undefined && proc.env ? proc.env : {};
  if (env.FORCE_COLOR !== undefined) {
    return !(env.FORCE_COLOR === "0" || env.FORCE_COLOR === "false") && env.NO_COLOR === undefined;
  }
  if (!stream || !stream.isTTY) return false;
  return typeof stream.getColorDepth === "function" ? stream.getColorDepth() > 2 : true;
}

let debugEnvTest;
const debugImpls = Object.create(null);

function testDebugEnabled(section) {
  if (debugEnvTest === undefined) {
    const proc = currentProcess();
    let debugEnv = proc !== undefined && proc.env ? proc.env.NODE_DEBUG : undefined;
    if (debugEnv) {
      debugEnv = debugEnv
        .replace(/[|\\{}()[\]^$+?.]/g, "\\$&")
        .split("*")
        .join(".*")
        .split(",")
        .join("$|^");
      const debugEnvRegExp = new RegExp(`^${debugEnv}$`, "i");
      debugEnvTest = (str) => debugEnvRegExp.test(str);
    } else {
      debugEnvTest = () => false;
    }
  }
  return debugEnvTest(section);
}

function debuglogImpl(enabled, section) {
  if (debugImpls[section] === undefined) {
    if (enabled) {
      const proc = currentProcess();
      const pid = proc !== undefined ? proc.pid : 0;
      debugImpls[section] = function debug(...args) {
        const stderr = proc !== undefined ? proc.stderr : undefined;
        const colors = shouldColorize(stderr);
        const msg = formatWithOptions({ colors }, ...args);
        const line = format("%s %s: %s\n", section, inspect(pid, { colors }), msg);
        if (stderr && typeof stderr.write === "function") stderr.write(line);
        else if (typeof console !== "undefined") console.error(line.slice(0, -1));
      };
    } else {
      debugImpls[section] = () => {};
    }
  }
  return debugImpls[section];
}

function debuglog(section, cb) {
  let enabled;
  const init = () => {
    section = section.toUpperCase();
    enabled = testDebugEnabled(section);
  };
  let debug = (...args) => {
    init();
    debug = debuglogImpl(enabled, section);
    if (typeof cb === "function") cb(debug);
    return debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, "enabled", {
    get() {
      return test();
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---------------------------------------------------------------------------
// styleText, toUSVString, log and the legacy type predicates

function escapeStyleCode(code) {
  return `\u001b[${code}m`;
}

function isStreamLike(stream) {
  return (
    isObjectLike(stream) &&
    (typeof stream.write === "function" ||
      typeof stream.pipe === "function" ||
      typeof stream.getReader === "function" ||
      typeof stream.getWriter === "function")
  );
}

function styleText(format, text, { validateStream = true, stream } = {}) {
  validateString(text, "text");
  validateBoolean(validateStream, "options.validateStream");
  if (stream === undefined) {
    const proc = currentProcess();
    stream = proc !== undefined ? proc.stdout : undefined;
  }
  if (validateStream && !isStreamLike(stream)) {
    throw invalidArgType("stream", ["ReadableStream", "WritableStream", "Stream"], stream);
  }
  if (Array.isArray(format)) {
    const left = [];
    const right = [];
    for (const key of format) {
      const formatCodes = inspect.colors[key];
      if (formatCodes == null) validateOneOf(key, "format", Object.keys(inspect.colors));
      left.push(escapeStyleCode(formatCodes[0]));
      right.unshift(escapeStyleCode(formatCodes[1]));
    }
    return `${left.join("")}${text}${right.join("")}`;
  }
  const formatCodes = inspect.colors[format];
  if (formatCodes == null) validateOneOf(format, "format", Object.keys(inspect.colors));
  if (validateStream && (!stream || !shouldColorize(stream))) return text;
  return `${escapeStyleCode(formatCodes[0])}${text}${escapeStyleCode(formatCodes[1])}`;
}

function toUSVString(input) {
  const str = `${input}`;
  if (typeof str.toWellFormed === "function") return str.toWellFormed();
  if (!/[\ud800-\udfff]/.test(str)) return str;
  const parts = [];
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < str.length) {
      const next = str.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    parts.push(str.slice(last, i), "\ufffd");
    last = i + 1;
  }
  parts.push(str.slice(last));
  return parts.join("");
}

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad2 = (n) => n.toString().padStart(2, "0");

function log(...args) {
  const d = new Date();
  const time = [pad2(d.getHours()), pad2(d.getMinutes()), pad2(d.getSeconds())].join(":");
  console.log("%s - %s", `${d.getDate()} ${months[d.getMonth()]} ${time}`, format(...args));
}

function _extend(target, source) {
  if (source === null || typeof source !== "object") return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

const isArray = Array.isArray;
const isBoolean = (arg) => typeof arg === "boolean";
const isNull = (arg) => arg === null;
const isNullOrUndefined = (arg) => arg === null || arg === undefined;
const isNumber = (arg) => typeof arg === "number";
const isString = (arg) => typeof arg === "string";
const isSymbol = (arg) => typeof arg === "symbol";
const isUndefined = (arg) => arg === undefined;
const isRegExp = types.isRegExp;
const isObject = (arg) => arg !== null && typeof arg === "object";
const isDate = types.isDate;
const isError = (e) => objectTag(e) === "[object Error]" || isInstanceof(e, Error);
const isFunction = (arg) => typeof arg === "function";
const isPrimitive = (arg) => arg === null || (typeof arg !== "object" && typeof arg !== "function");
const isBuffer = (arg) => {
  const BufferClass = globalThis.Buffer;
  return typeof BufferClass === "function" && typeof BufferClass.isBuffer === "function" && BufferClass.isBuffer(arg);
};

export {
  format,
  formatWithOptions,
  inspect,
  promisify,
  callbackify,
  inherits,
  deprecate,
  types,
  parseArgs,
  isDeepStrictEqual,
  stripVTControlCharacters,
  toUSVString,
  styleText,
  debuglog,
  debuglog as debug,
  log,
  _extend,
  isArray,
  isBoolean,
  isBuffer,
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp,
  isObject,
  isDate,
  isError,
  isFunction,
  isPrimitive,
};

export default {
  format,
  formatWithOptions,
  inspect,
  promisify,
  callbackify,
  inherits,
  deprecate,
  types,
  parseArgs,
  isDeepStrictEqual,
  stripVTControlCharacters,
  toUSVString,
  styleText,
  debuglog,
  debug: debuglog,
  log,
  _extend,
  isArray,
  isBoolean,
  isBuffer,
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp,
  isObject,
  isDate,
  isError,
  isFunction,
  isPrimitive,
  get TextEncoder() {
    return globalThis.TextEncoder;
  },
  get TextDecoder() {
    return globalThis.TextDecoder;
  },
};
