// Checks the seed microtask-priority example (timeout vs immediate order at top level is nondeterministic; sync/tick/promise order is fixed) (Rule 4).
setTimeout(() => console.log('1: setTimeout'), 0);
setImmediate(() => console.log('2: setImmediate'));
Promise.resolve().then(() => console.log('3: Promise'));
process.nextTick(() => console.log('4: nextTick'));
console.log('5: synchronous');
