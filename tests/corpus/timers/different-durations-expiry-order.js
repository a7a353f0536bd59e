// Checks that timers with different durations fire in order of expiry, not insertion (Rule 2).
setTimeout(() => console.log('100'), 100);
setTimeout(() => console.log('20'), 20);
setTimeout(() => console.log('60'), 60);
setTimeout(() => console.log('1'), 1);
setTimeout(() => console.log('40'), 40);
