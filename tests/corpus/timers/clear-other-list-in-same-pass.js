// Checks that clearing a timer of a different duration that is already due in the same pass cancels it.
let b;
setTimeout(() => { console.log('a (1 ms) clears b'); clearTimeout(b); }, 1);
b = setTimeout(() => console.log('b (2 ms, never)'), 2);
setTimeout(() => console.log('c (3 ms)'), 3);
const t0 = Date.now(); while (Date.now() - t0 < 10) {}
