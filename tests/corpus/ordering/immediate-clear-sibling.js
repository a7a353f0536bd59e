// Checks that clearing a later immediate from an earlier one in the same batch prevents it from running.
let b;
setImmediate(() => { console.log('a'); clearImmediate(b); });
b = setImmediate(() => console.log('b'));
setImmediate(() => console.log('c'));
