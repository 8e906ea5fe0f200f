'use strict';
// Harness canary: must exit non-zero (a mustNotCall function is called from a timer).
const common = require('../common');
setTimeout(common.mustNotCall('boom'), 1);
