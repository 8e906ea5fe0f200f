// autorun's own stand-in for Node's test/common/fixtures module (written for
// autorun, not copied): where test fixture files live, and helpers to name
// and read them. The vendored tests only need these on some platforms; `fs`
// and `url` are loaded on first use so that merely requiring this module
// works on a runtime without them.
'use strict';

const path = require('path');

const fixturesDir = path.join(__dirname, '..', 'fixtures');

function fixturesPath(...args) {
  return path.join(fixturesDir, ...args);
}

function fixturesFileURL(...args) {
  return require('url').pathToFileURL(fixturesPath(...args));
}

function readFixtureSync(args, enc) {
  const file = Array.isArray(args) ? fixturesPath(...args) : fixturesPath(args);
  return require('fs').readFileSync(file, enc);
}

function readFixtureKey(name, enc) {
  return require('fs').readFileSync(fixturesPath('keys', name), enc);
}

function readFixtureKeys(enc, ...names) {
  return names.map((name) => readFixtureKey(name, enc));
}

module.exports = {
  fixturesDir,
  path: fixturesPath,
  fileURL: fixturesFileURL,
  readSync: readFixtureSync,
  readKey: readFixtureKey,
  readKeys: readFixtureKeys,
};
