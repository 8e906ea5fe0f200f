'use strict';
// Harness canary: must exit non-zero (a mustCall wrapper is never called).
const common = require('../common');
common.mustCall(function neverCalled() {});
