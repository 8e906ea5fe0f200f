'use strict';
// Harness canary: must exit non-zero (called once, expected at least twice).
const common = require('../common');
const f = common.mustCallAtLeast(2);
process.nextTick(f);
