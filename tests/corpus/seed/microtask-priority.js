// Seed "Microtask Queue Priority" example verbatim (Rules 4/5: 1 and 2 may swap at top level; the rest is fixed).
// This demonstrates execution order
setTimeout(() => console.log('1: setTimeout'), 0);
setImmediate(() => console.log('2: setImmediate'));
Promise.resolve().then(() => console.log('3: Promise'));
process.nextTick(() => console.log('4: nextTick'));
console.log('5: synchronous');
// Output:
// 5: synchronous
// 4: nextTick (microtask — drained first)
// 3: Promise (microtask — drained after nextTick)
// 1: setTimeout (timers phase — OR setImmediate, order not guaranteed at top level)
// 2: setImmediate (check phase)
