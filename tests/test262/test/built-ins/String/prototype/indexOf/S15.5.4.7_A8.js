// Copyright 2009 the Sputnik authors.  All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.

/*---
info: The String.prototype.indexOf.length property has the attribute DontEnum
es5id: 15.5.4.7_A8
description: >
    Checking if enumerating the String.prototype.indexOf.length
    property fails
---*/

//////////////////////////////////////////////////////////////////////////////
//CHECK#0
if (!(String.prototype.indexOf.hasOwnProperty('length'))) {
  throw new Test262Error('#0: String.prototype.indexOf.hasOwnProperty(\'length\') return true. Actual: ' + String.prototype.indexOf.hasOwnProperty('length'));
}
//
//////////////////////////////////////////////////////////////////////////////


//////////////////////////////////////////////////////////////////////////////
// CHECK#1
if (String.prototype.indexOf.propertyIsEnumerable('length')) {
  throw new Test262Error('#1: String.prototype.indexOf.propertyIsEnumerable(\'length\') return false');
}
//
//////////////////////////////////////////////////////////////////////////////

//////////////////////////////////////////////////////////////////////////////
// CHECK#2
var count = 0;

for (var p in String.prototype.indexOf) {
  if (p === "length") count++;
}

assert.sameValue(count, 0, '#2: count=0; for (p in String.prototype.indexOf){if (p==="length") count++;}; count === 0');
//
//////////////////////////////////////////////////////////////////////////////
