// The global console until a call needs more than plain strings and numbers
// written out (formatting, inspection, groups, timers, tables...): the full
// console (internal:console, 9 KB to parse) is loaded then, and from then on
// every method is its. The bootstrap loads this on the first read of
// `console`.
import { op_load_builtin, op_isatty, op_env_get } from "autorun:internal";
import { write as writeOutput } from "internal:output";
import { formatPlain } from "internal:format_plain";

const builtin = (name) => op_load_builtin(name);

// Colours as Node decides them: a terminal, unless NO_COLOR; FORCE_COLOR wins.
function colors(fd) {
  const force = op_env_get("FORCE_COLOR");
  if (force !== undefined) return force !== "0" && force !== "false";
  return op_isatty(fd) && op_env_get("NO_COLOR") === undefined && op_env_get("TERM") !== "dumb";
}

export const console = (() => {
  const colours = [false, colors(1), colors(2)];
  let full = null;
  const load = () => {
    full ??= builtin("internal:console").createConsole(
      (text) => writeOutput(1, text),
      (text) => writeOutput(2, text),
      { stdoutColors: colours[1], stderrColors: colours[2] },
    );
    return full;
  };
  const named = (name, fn) => Object.defineProperty(fn, "name", { value: name });
  const writer = (name, fd) =>
    named(name, (...args) => {
      if (full === null) {
        const text = formatPlain(args, colours[fd]);
        if (text !== undefined) {
          writeOutput(fd, `${text}\n`);
          return;
        }
      }
      return load()[name](...args);
    });
  const console = {};
  for (const name of ["log", "warn", "dir", "time", "timeEnd", "timeLog", "trace", "assert", "clear", "count", "countReset", "group", "groupEnd", "table", "timeStamp", "profile", "profileEnd"]) {
    console[name] = named(name, (...args) => load()[name](...args));
  }
  console.log = writer("log", 1);
  console.warn = writer("warn", 2);
  console.info = console.log;
  console.debug = console.log;
  console.dirxml = console.log;
  console.error = console.warn;
  console.groupCollapsed = console.group;
  Object.defineProperty(console, Symbol.toStringTag, { value: "console", writable: false, enumerable: false, configurable: true });
  return console;
})();
