'use strict';
// Harness canary: must exit non-zero (called twice, expected once).
const common = require('../common');
const f = common.mustCall();
setTimeout(f, 1);
setImmediate(f);
