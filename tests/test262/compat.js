// NOT part of test262. Written for autorun's test262 runner (run.sh).
//
// Some of the vendored test files are old revisions (see SOURCES.txt) that
// call harness functions test262 has since removed: $ERROR (old sta.js),
// $FAIL ($FAIL.js), $PRINT ($PRINT.js), runTestCase (runTestCase.js) and
// fnGlobalObject (fnGlobalObject.js).
// The index we copied from holds no copy of those harness files, so this file
// defines each of them the way the historic harness did (throw a
// Test262Error; $PRINT does nothing) -- and only when it is not defined.
// run.sh includes it after sta.js and assert.js, before the test's own
// `includes:`.

if (typeof $ERROR === "undefined") {
  var $ERROR = function $ERROR(message) {
    throw new Test262Error(message);
  };
}

if (typeof $FAIL === "undefined") {
  var $FAIL = function $FAIL(message) {
    throw new Test262Error(message);
  };
}

if (typeof $PRINT === "undefined") {
  var $PRINT = function $PRINT() {};
}

if (typeof runTestCase === "undefined") {
  var runTestCase = function runTestCase(testcase) {
    if (testcase() !== true) {
      throw new Test262Error("Test case returned non-true value!");
    }
  };
}

if (typeof fnGlobalObject === "undefined") {
  var fnGlobalObject = (function (global) {
    return function fnGlobalObject() {
      return global;
    };
  })(Function("return this;")());
}
