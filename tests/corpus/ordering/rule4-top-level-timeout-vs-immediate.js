// Checks Rule 4: top-level setTimeout(0) vs setImmediate order is NONDETERMINISTIC in node (both orders are valid).
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
