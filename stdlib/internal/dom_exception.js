// DOMException (WebIDL), shaped like Node's: name/message/code are prototype
// getters, the legacy code constants sit on both the class and its prototype.
// It extends Error so that Boa gives it [[ErrorData]] (a native stack and a
// proper report when it is thrown uncaught); no own `message` is created.

import { makeNodeError, setStackHeader, toStringChecked } from "internal:errors";

const LEGACY_CODES = [
  ["IndexSizeError", "INDEX_SIZE_ERR", 1],
  ["DOMStringSizeError", "DOMSTRING_SIZE_ERR", 2],
  ["HierarchyRequestError", "HIERARCHY_REQUEST_ERR", 3],
  ["WrongDocumentError", "WRONG_DOCUMENT_ERR", 4],
  ["InvalidCharacterError", "INVALID_CHARACTER_ERR", 5],
  ["NoDataAllowedError", "NO_DATA_ALLOWED_ERR", 6],
  ["NoModificationAllowedError", "NO_MODIFICATION_ALLOWED_ERR", 7],
  ["NotFoundError", "NOT_FOUND_ERR", 8],
  ["NotSupportedError", "NOT_SUPPORTED_ERR", 9],
  ["InUseAttributeError", "INUSE_ATTRIBUTE_ERR", 10],
  ["InvalidStateError", "INVALID_STATE_ERR", 11],
  ["SyntaxError", "SYNTAX_ERR", 12],
  ["InvalidModificationError", "INVALID_MODIFICATION_ERR", 13],
  ["NamespaceError", "NAMESPACE_ERR", 14],
  ["InvalidAccessError", "INVALID_ACCESS_ERR", 15],
  ["ValidationError", "VALIDATION_ERR", 16],
  ["TypeMismatchError", "TYPE_MISMATCH_ERR", 17],
  ["SecurityError", "SECURITY_ERR", 18],
  ["NetworkError", "NETWORK_ERR", 19],
  ["AbortError", "ABORT_ERR", 20],
  ["URLMismatchError", "URL_MISMATCH_ERR", 21],
  ["QuotaExceededError", "QUOTA_EXCEEDED_ERR", 22],
  ["TimeoutError", "TIMEOUT_ERR", 23],
  ["InvalidNodeTypeError", "INVALID_NODE_TYPE_ERR", 24],
  ["DataCloneError", "DATA_CLONE_ERR", 25],
];

const codeByName = new Map();
for (const [name, , code] of LEGACY_CODES) codeByName.set(name, code);

// Node's wording for this one lacks "type".
function invalidThis() {
  return makeNodeError(TypeError, "ERR_INVALID_THIS", 'Value of "this" must be of DOMException');
}

export class DOMException extends Error {
  #name;
  #message;

  constructor(message = "", options = "Error") {
    // No argument: Error creates no own `message`, ours is a getter.
    super();
    this.#message = toStringChecked(message);
    if (options !== null && typeof options === "object") {
      this.#name = toStringChecked(options.name);
      if ("cause" in options) {
        Object.defineProperty(this, "cause", {
          value: options.cause,
          writable: true,
          enumerable: false,
          configurable: true,
        });
      }
    } else {
      this.#name = toStringChecked(options);
    }
    if (typeof Error.captureStackTrace === "function") {
      Error.captureStackTrace(this);
    } else {
      setStackHeader(this);
    }
  }

  get name() {
    if (!(#name in this)) throw invalidThis();
    return this.#name;
  }

  get message() {
    if (!(#message in this)) throw invalidThis();
    return this.#message;
  }

  get code() {
    if (!(#name in this)) throw invalidThis();
    return codeByName.get(this.#name) ?? 0;
  }
}

for (const key of ["name", "message", "code"]) {
  const desc = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(DOMException.prototype, key, desc);
}

for (const [, constant, code] of LEGACY_CODES) {
  const desc = { value: code, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
}

Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  value: "DOMException",
  writable: false,
  enumerable: false,
  configurable: true,
});
