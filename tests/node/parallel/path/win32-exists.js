'use strict';

require('../../common');
const assert = require('assert');

assert.strictEqual(require('path/win32'), require('path').win32);
