// Checks that an unref'd immediate runs if a ref'd timer keeps the loop alive.
setImmediate(() => console.log('unref immediate')).unref();
setTimeout(() => console.log('timer 50'), 50);
