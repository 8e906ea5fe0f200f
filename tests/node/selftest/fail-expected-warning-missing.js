'use strict';
// Harness canary: must exit non-zero (an expected warning is never emitted).
const common = require('../common');
common.expectWarning('ExperimentalWarning', 'never emitted');
