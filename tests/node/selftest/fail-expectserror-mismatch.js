'use strict';
// Harness canary: must exit non-zero (the error does not match the validator).
const common = require('../common');
queueMicrotask(() => {
  common.expectsError({ code: 'ERR_X', message: 'nope' })(new TypeError('other'));
});
