// Checks Rule 8: a rejection handled in a nextTick (queued from main or from a microtask) is in time.
const p = Promise.reject(new Error('a'));
process.nextTick(() => p.catch((e) => console.log('caught in tick:', e.message)));
Promise.resolve().then(() => {
  const q = Promise.reject(new Error('b'));
  process.nextTick(() => q.catch((e) => console.log('caught in tick from microtask:', e.message)));
});
process.on('exit', (c) => console.log('exit', c));
