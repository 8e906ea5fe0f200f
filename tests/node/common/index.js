// autorun's own stand-in for Node's test/common module.
//
// Written for autorun (not copied from nodejs/node): it offers the subset of
// the `common` API that the vendored tests in ../parallel use, with the same
// observable behaviour, so that those tests can run unchanged under both
// `node` and autorun. It deliberately avoids V8-only features
// (Error.captureStackTrace, prepareStackTrace, internal bindings) so it also
// works on the Boa engine.
//
// The one piece of machinery here is the call accounting behind mustCall():
// every wrapper records how often it was called, and an 'exit' listener
// compares the counts with the expectations. A mismatch is reported on stderr
// (one line per wrapper, with the place it was created) and turns the exit
// code into 1.
'use strict';

const assert = require('assert');

// util is only needed to print values in messages; load it lazily so that a
// runtime with an incomplete util module still gets through the common cases.
let utilModule;
function inspect(value, options) {
  try {
    if (utilModule === undefined) utilModule = require('util');
    return utilModule.inspect(value, options);
  } catch {
    try {
      return String(value);
    } catch {
      return Object.prototype.toString.call(value);
    }
  }
}

const noop = () => {};

const isWindows = process.platform === 'win32';
const isLinux = process.platform === 'linux';
const isMacOS = process.platform === 'darwin';

// ---------------------------------------------------------------------------
// Where was I called from?

const THIS_FILE = typeof __filename === 'string' ? __filename : 'common/index.js';

// Matches the "file:line:column" part of one stack frame line, in V8
// ("    at fn (/a/b.js:3:7)", "    at /a/b.js:3:7") as well as in the
// simpler formats other engines print ("fn@/a/b.js:3:7", "at fn (/a/b.js:3:7)").
const FRAME_LOCATION = /\(?((?:[A-Za-z]:)?[^()\s@]*?:\d+(?::\d+)?)\)?\s*$/;

// getCallSite(top): "file:line:column" of the first stack frame outside this
// module (`top`, a function, is accepted for compatibility and ignored).
function getCallSite(top) { // eslint-disable-line no-unused-vars
  let stack;
  try {
    stack = new Error().stack;
  } catch {
    stack = undefined;
  }
  if (typeof stack !== 'string') return '<unknown>';
  for (const line of stack.split('\n')) {
    if (line.includes(THIS_FILE)) continue;
    const m = FRAME_LOCATION.exec(line.trim());
    if (m && !m[1].startsWith('native') && !m[1].startsWith('node:')) return m[1];
  }
  return '<unknown>';
}

// ---------------------------------------------------------------------------
// mustCall and friends

const callChecks = [];
let exitListenerInstalled = false;

function describeExpectation(check) {
  return check.kind === 'exact' ?
    `exactly ${check.expected}` :
    `at least ${check.expected}`;
}

function verifyCallCounts(code) {
  // A test that already fails gets no extra noise from here.
  if (code !== undefined && code !== 0) return;
  if (process.exitCode !== undefined && process.exitCode !== 0 &&
      process.exitCode !== null) return;
  const missed = callChecks.filter((check) => (check.kind === 'exact' ?
    check.actual !== check.expected :
    check.actual < check.expected));
  if (missed.length === 0) return;
  const lines = missed.map((check) =>
    `  ${check.name} (created at ${check.site}): expected ${describeExpectation(check)} ` +
    `call${check.expected === 1 ? '' : 's'}, got ${check.actual}`);
  console.error(`common.mustCall: ${missed.length} function(s) were not called ` +
                `the expected number of times:\n${lines.join('\n')}`);
  process.exitCode = 1;
}

function installExitListener() {
  if (exitListenerInstalled) return;
  exitListenerInstalled = true;
  process.on('exit', verifyCallCounts);
}

function trackCalls(fn, expected, kind, label) {
  if (process._exiting) {
    throw new Error('common.mustCall*() cannot be used in a process exit handler');
  }
  if (typeof fn === 'number') {
    // mustCall(3): a no-op that must be called three times.
    expected = fn;
    fn = noop;
  } else if (fn === undefined) {
    fn = noop;
  }
  if (expected === undefined) expected = 1;
  if (typeof fn !== 'function') {
    throw new TypeError(`common.mustCall*(): expected a function, got ${inspect(fn)}`);
  }
  if (typeof expected !== 'number' || !(expected >= 0)) {
    throw new TypeError(`common.mustCall*(): invalid ${kind} count ${inspect(expected)}`);
  }

  const check = {
    kind,
    expected,
    actual: 0,
    name: label || (fn === noop ? '<no-op function>' : fn.name || '<anonymous function>'),
    site: getCallSite(),
  };
  callChecks.push(check);
  installExitListener();

  const wrapper = function(...args) {
    check.actual++;
    // Reflect.apply: tests replace fn.call / fn.apply with non-functions.
    return Reflect.apply(fn, this, args);
  };
  // Keep the visible shape of the wrapped function.
  try {
    Object.defineProperty(wrapper, 'name', { value: fn.name, configurable: true });
    Object.defineProperty(wrapper, 'length', { value: fn.length, configurable: true });
  } catch {
    // Not important enough to fail for.
  }
  return wrapper;
}

// mustCall(fn = noop, exact = 1): fn must be called exactly `exact` times.
function mustCall(fn, exact) {
  return trackCalls(fn, exact, 'exact');
}

// mustCallAtLeast(fn = noop, minimum = 1)
function mustCallAtLeast(fn, minimum) {
  return trackCalls(fn, minimum, 'minimum');
}

// mustNotCall(msg): a function that fails the test whenever it is called.
function mustNotCall(msg) {
  const site = getCallSite();
  return function mustNotCall(...args) {
    const shown = args.length > 0 ?
      `\ncalled with arguments: ${args.map((a) => inspect(a)).join(', ')}` : '';
    assert.fail(`${msg || 'function should not have been called'} at ${site}${shown}`);
  };
}

// mustSucceed(fn, exact): a Node-style callback whose first argument must be
// null/undefined; the remaining arguments go to fn.
function mustSucceed(fn, exact) {
  return mustCall(function(err, ...args) {
    assert.ifError(err);
    if (typeof fn === 'function') return Reflect.apply(fn, this, args);
  }, exact);
}

// ---------------------------------------------------------------------------
// Errors

// Turn a legacy `{ type: TypeError, ... }` expectation into what
// assert.throws understands.
function toValidator(expected) {
  if (expected === null || typeof expected !== 'object' ||
      expected instanceof Error || expected instanceof RegExp ||
      !('type' in expected)) {
    return expected;
  }
  const { type, ...rest } = expected;
  return (err) => {
    assert.ok(err instanceof type,
              `expected an instance of ${type && type.name}, got ${inspect(err)}`);
    assert.throws(() => { throw err; }, rest);
    return true;
  };
}

// expectsError(validator, exact = 1): a mustCall'ed function that takes one
// error and checks it against `validator` (anything assert.throws accepts).
// Returns true, so it also works as the validator argument of assert.throws.
// The legacy form expectsError(fn, validator) runs fn and checks what it throws.
function expectsError(validator, exact) {
  if (typeof validator === 'function' && arguments.length >= 2 &&
      exact !== null && typeof exact === 'object') {
    assert.throws(validator, toValidator(exact));
    return;
  }
  const check = toValidator(validator);
  return mustCall((...args) => {
    if (args.length !== 1) {
      assert.fail(`expectsError: expected one argument, got ${inspect(args)}`);
    }
    const error = args[0];
    if (error !== null && typeof error === 'object' && 'message' in error &&
        Object.prototype.hasOwnProperty.call(error, 'message')) {
      assert.strictEqual(Object.prototype.propertyIsEnumerable.call(error, 'message'),
                         false, 'an error\'s message must not be enumerable');
    }
    assert.throws(() => { throw error; }, check);
    return true;
  }, exact);
}

// Builds the " Received ..." tail of Node's ERR_INVALID_ARG_TYPE messages.
function invalidArgTypeHelper(input) {
  if (input === null || input === undefined) return ` Received ${input}`;
  if (typeof input === 'function') return ` Received function ${input.name}`;
  if (typeof input === 'object') {
    const ctor = input.constructor;
    if (ctor && ctor.name) return ` Received an instance of ${ctor.name}`;
    return ` Received ${inspect(input, { depth: -1 })}`;
  }
  let shown = inspect(input, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return ` Received type ${typeof input} (${shown})`;
}

// ---------------------------------------------------------------------------
// Warnings

// name -> array of [message (string or RegExp), code] still expected
let expectedWarnings;

function normalizeWarningList(expected, code) {
  if (typeof expected === 'string' || expected instanceof RegExp) {
    return [[expected, code]];
  }
  if (Array.isArray(expected)) {
    if (expected.length === 0) return [];
    if (Array.isArray(expected[0])) return expected.map((e) => [e[0], e[1]]);
    return [[expected[0], expected[1]]];
  }
  if (expected !== null && typeof expected === 'object') {
    // { code: message } map, as Node's helper accepts.
    return Object.keys(expected).map((k) => [expected[k], k]);
  }
  throw new TypeError(`expectWarning: cannot understand ${inspect(expected)}`);
}

function onWarning(warning) {
  const queue = expectedWarnings[warning.name];
  if (queue === undefined) {
    throw new TypeError(`"${warning.name}" was emitted without being expected:\n` +
                        `${inspect(warning)}`);
  }
  queue.check(warning);
}

// expectWarning(name, expected[, code]) or expectWarning({ name: expected }):
// every listed warning must be emitted (via process.emitWarning / the
// 'warning' event), in order, and no unlisted one.
function expectWarning(nameOrMap, expected, code) {
  if (expectedWarnings === undefined) {
    expectedWarnings = Object.create(null);
    process.on('warning', onWarning);
  }
  const add = (name, list) => {
    const pending = normalizeWarningList(list, code);
    expectedWarnings[name] = {
      check: trackCalls((warning) => {
        const next = pending.shift();
        if (next === undefined) {
          assert.fail(`unexpected extra ${name}: ${warning && warning.message}`);
        }
        const [message, wantCode] = next;
        assert.strictEqual(warning.name, name);
        if (message instanceof RegExp) {
          assert.match(warning.message, message);
        } else {
          assert.strictEqual(warning.message, message);
        }
        assert.strictEqual(warning.code, wantCode);
      }, pending.length, 'exact', `'warning' listener for expected ${name}`),
    };
  };
  if (typeof nameOrMap === 'string') {
    add(nameOrMap, expected);
  } else {
    for (const name of Object.keys(nameOrMap)) add(name, nameOrMap[name]);
  }
}

// ---------------------------------------------------------------------------
// Miscellaneous

// Scale a timeout for slow environments (debug builds, CI).
function platformTimeout(ms) {
  const factor = Number(process.env.NODE_TEST_TIMEOUT_FACTOR) || 1;
  if (typeof ms === 'bigint') return ms * BigInt(Math.ceil(factor));
  return ms * factor;
}

// Declare a test inapplicable: print a TAP-style skip line and exit 0.
function skip(msg) {
  console.log(`1..0 # Skipped: ${msg}`);
  process.exit(0);
}

// Node's common checks for leaked globals; there is nothing to allow here.
function allowGlobals() {}

// Run a child process and collect its output (only used by tests that the
// manifest skips; child_process is loaded on first use).
function spawnPromisified(file, args, options) {
  const { spawn } = require('child_process');
  return new Promise((resolve, reject) => {
    const child = spawn(file, args || [], options);
    let stdout = '';
    let stderr = '';
    if (child.stdout) {
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (d) => { stdout += d; });
    }
    if (child.stderr) {
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (d) => { stderr += d; });
    }
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

module.exports = {
  allowGlobals,
  expectsError,
  expectWarning,
  getCallSite,
  hasIntl: false,
  invalidArgTypeHelper,
  isLinux,
  isMacOS,
  isOSX: isMacOS,
  isMainThread: true,
  isWindows,
  mustCall,
  mustCallAtLeast,
  mustNotCall,
  mustSucceed,
  noop,
  platformTimeout,
  skip,
  spawnPromisified,
};
