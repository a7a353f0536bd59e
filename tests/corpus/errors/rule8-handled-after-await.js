// Checks Rule 8: a rejection handled after `await null` in the same drain is in time (no crash).
const p = Promise.reject(new Error('late'));
(async () => {
  await null;
  await null;
  p.catch((e) => console.log('caught after awaits:', e.message));
})();
process.on('exit', (c) => console.log('exit', c));
