// Checks that clearTimeout from inside another timer's callback cancels a timer due in the same pass.
let b;
setTimeout(() => { console.log('a clears b'); clearTimeout(b); }, 5);
b = setTimeout(() => console.log('b (never)'), 5);
setTimeout(() => console.log('c'), 5);
const t0 = Date.now(); while (Date.now() - t0 < 10) {} // all three are due in the same pass
