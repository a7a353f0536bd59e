// Checks that an immediate that throws (handled by uncaughtException) doesn't stop the remaining immediates of the batch (Rule 1).
process.on('uncaughtException', (e) => console.log('caught', e.message));
setImmediate(() => { console.log('one'); throw new Error('boom'); });
setImmediate(() => console.log('two'));
setImmediate(() => console.log('three'));
