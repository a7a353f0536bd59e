// Top-level setTimeout(0) vs setImmediate in an ES module (node runs the module last before the loop).
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
