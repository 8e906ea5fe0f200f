// `-e`: Node's CommonJS names as globals, each loaded on first use.
import { op_load_builtin } from "autorun:internal";

function lazy(name, load) {
  let value;
  let loaded = false;
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable: false,
    get() {
      if (!loaded) {
        value = load();
        loaded = true;
      }
      return value;
    },
    set(replacement) {
      value = replacement;
      loaded = true;
    },
  });
}

export function defineEvalGlobals() {
  let module;
  const evalModule = () => (module ??= op_load_builtin("internal:cjs").evalModule());
  lazy("module", () => evalModule());
  lazy("exports", () => evalModule().exports);
  lazy("require", () => evalModule().require);
  lazy("__filename", () => "[eval]");
  lazy("__dirname", () => ".");
}
