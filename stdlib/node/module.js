// node:module
import { Module, createRequire } from "internal:cjs";

export { Module, createRequire };
export const builtinModules = Module.builtinModules;
export const isBuiltin = Module.isBuiltin;
Module.createRequire = createRequire;
Module.Module = Module;
export default Module;
