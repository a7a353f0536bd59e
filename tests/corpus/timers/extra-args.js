// Checks extra arguments to setTimeout/setInterval/setImmediate are passed through to the callback.
setTimeout((a, b, c) => console.log('timeout', a, b, c), 1, 'x', 2, undefined);
const iv = setInterval((a, b) => { console.log('interval', a, b); clearInterval(iv); }, 1, 'y', [1, 2].length);
setImmediate((...args) => console.log('immediate', args.length, args.join(',')), 1, 2, 3, 4, 5);
setTimeout(function () { console.log('no extra args', arguments.length); }, 2);
// busy-wait so the 1-2 ms timers are due before the first check phase
const t0 = Date.now(); while (Date.now() - t0 < 5) {}
