// Checks that an unref'd immediate runs when a ref'd immediate in the same batch keeps the loop alive.
setImmediate(() => console.log('unref one')).unref();
setImmediate(() => console.log('ref one'));
process.on('exit', () => console.log('exit'));
