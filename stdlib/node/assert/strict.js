// node:assert/strict — `assert.strict`: the assertions with strict equality
// (`equal` is `strictEqual`, `deepEqual` is `deepStrictEqual`, ...).

import assert from "node:assert";

const strict = assert.strict;

export const {
  AssertionError,
  CallTracker,
  deepEqual,
  deepStrictEqual,
  doesNotMatch,
  doesNotReject,
  doesNotThrow,
  equal,
  fail,
  ifError,
  match,
  notDeepEqual,
  notDeepStrictEqual,
  notEqual,
  notStrictEqual,
  ok,
  rejects,
  strictEqual,
  throws,
} = strict;

export { strict };
export default strict;
