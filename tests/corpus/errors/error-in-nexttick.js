// Checks an error thrown in a nextTick callback exits 1 and later ticks/promises never run.
process.nextTick(() => { console.log('tick 1'); throw new Error('in tick'); });
process.nextTick(() => console.log('tick 2 (never)'));
Promise.resolve().then(() => console.log('promise (never)'));
process.on('exit', (c) => console.log('exit', c));
