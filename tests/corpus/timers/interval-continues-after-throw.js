// Checks that an interval whose callback throws (caught by uncaughtException) is still re-armed (Rule 9).
process.on('uncaughtException', (e) => console.log('caught', e.message));
let n = 0;
const iv = setInterval(() => {
  n++;
  if (n === 3) clearInterval(iv);
  throw new Error('boom ' + n);
}, 5);
process.on('exit', () => console.log('fires', n));
