// What Node's engine has and Boa 0.22 lacks, installed before anything else.

// Explicit resource management's well-known symbols.
for (const name of ["dispose", "asyncDispose"]) {
  if (typeof Symbol[name] !== "symbol") {
    Object.defineProperty(Symbol, name, {
      value: Symbol(`Symbol.${name}`),
      writable: false,
      configurable: false,
      enumerable: false,
    });
  }
}
