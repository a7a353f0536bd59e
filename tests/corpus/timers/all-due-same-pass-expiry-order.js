// Checks that when several timer lists are all overdue (main thread blocked), they still run ordered by expiry (Rule 2).
setTimeout(() => console.log('60'), 60);
setTimeout(() => console.log('20'), 20);
setTimeout(() => console.log('40'), 40);
setTimeout(() => console.log('1'), 1);
const t = Date.now(); while (Date.now() - t < 90) {}
console.log('blocked 90 ms');
