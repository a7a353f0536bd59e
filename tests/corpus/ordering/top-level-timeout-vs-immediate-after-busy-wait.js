// Checks that top-level setTimeout(0) deterministically beats setImmediate when the main script spends >1ms after scheduling (Rule 4).
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout'), 0);
const t0 = Date.now(); while (Date.now() - t0 < 5) {}
