'use strict';
// Harness canary: must exit 0. Exercises the common helpers on their happy path.
const common = require('../common');
const assert = require('assert');

common.mustCall()();
const three = common.mustCall(3);
three(); three(); three();
const atLeast = common.mustCallAtLeast(() => 'r', 1);
assert.strictEqual(atLeast(), 'r');
atLeast();
common.mustSucceed((a, b) => assert.deepStrictEqual([a, b], [1, 2]))(null, 1, 2);

const err = new TypeError('bad');
err.code = 'ERR_BAD';
assert.throws(() => { throw err; }, common.expectsError({ code: 'ERR_BAD', name: 'TypeError' }));
common.expectsError({ message: 'bad' })(err);
common.expectsError(() => { throw err; }, { code: 'ERR_BAD', type: TypeError, message: 'bad' });

common.expectWarning('DeprecationWarning', 'old thing', 'DEP0999');
common.expectWarning({ FooWarning: [['first'], [/sec/]] });
process.emitWarning('old thing', 'DeprecationWarning', 'DEP0999');
process.emitWarning('first', 'FooWarning');
process.emitWarning('second', 'FooWarning');

assert.strictEqual(common.invalidArgTypeHelper(null), ' Received null');
assert.strictEqual(common.invalidArgTypeHelper(undefined), ' Received undefined');
assert.strictEqual(common.invalidArgTypeHelper(function foo() {}), ' Received function foo');
assert.strictEqual(common.invalidArgTypeHelper([]), ' Received an instance of Array');
assert.strictEqual(common.invalidArgTypeHelper(5), ' Received type number (5)');
assert.strictEqual(common.invalidArgTypeHelper('x'.repeat(40)),
                   ` Received type string ('${'x'.repeat(24)}...)`);
assert.strictEqual(common.platformTimeout(100) >= 100, true);
assert.strictEqual(typeof common.isWindows, 'boolean');
assert.strictEqual(common.hasIntl, false);
assert.match(common.getCallSite(), /pass-common-api\.js:\d+/);
common.noop();

const nc = common.mustNotCall();
assert.strictEqual(typeof nc, 'function');
setTimeout(common.mustCall((a) => assert.strictEqual(a, 'x')), 1, 'x');
