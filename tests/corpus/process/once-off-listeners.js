// Checks process.once/off/removeListener for 'beforeExit' and 'exit' handlers (Rule 13).
const a = () => console.log('exit a (removed)');
const b = () => console.log('exit b');
process.on('exit', a);
process.on('exit', b);
process.off('exit', a);
let n = 0;
process.once('beforeExit', () => { n++; console.log('once beforeExit'); setTimeout(() => {}, 1); });
const again = () => { n++; console.log('beforeExit listener', n); if (n >= 3) process.removeListener('beforeExit', again); else setTimeout(() => {}, 1); };
process.on('beforeExit', again);
console.log('exit listeners', process.listenerCount('exit'));
