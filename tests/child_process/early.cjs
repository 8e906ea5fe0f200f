// EventEmitter as child_process gives it, before node:events is loaded: it
// has its own properties already; one replaced then stays replaced; and an
// emit patched on EventEmitter.prototype before child_process loads hears
// every event of a child.
const { ChildProcess } = require("child_process");
const EE = Object.getPrototypeOf(ChildProcess);
console.log(EE.name, EE.defaultMaxListeners, typeof EE.once, typeof EE.listenerCount, EE.errorMonitor, Object.keys(EE));
const init = EE.init;
EE.init = function (opts) {
  return init.call(this, opts);
};
const events = require("events");
console.log(events === EE, events.init === init, events.init === EE.init);
