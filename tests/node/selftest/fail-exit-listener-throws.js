'use strict';
// Harness canary: must exit non-zero (an assertion fails inside an 'exit' listener).
require('../common');
const assert = require('assert');
process.on('exit', () => {
  assert.strictEqual(1, 2);
});
