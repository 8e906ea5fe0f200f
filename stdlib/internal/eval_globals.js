// `-e`: Node's CommonJS names as globals, each made on its first read (by
// op_lazy_globals, as the bootstrap's globals are).
import { op_load_builtin, op_lazy_globals } from "autorun:internal";

export function defineEvalGlobals() {
  let module;
  const evalModule = () => (module ??= op_load_builtin("internal:cjs").evalModule());
  const values = {
    module: () => evalModule(),
    exports: () => evalModule().exports,
    require: () => evalModule().require,
    __filename: () => "[eval]",
    __dirname: () => ".",
  };
  op_lazy_globals(
    "module eval module exports eval exports require eval require __filename eval __filename __dirname eval __dirname",
    (_, name) => values[name](),
  );
}
