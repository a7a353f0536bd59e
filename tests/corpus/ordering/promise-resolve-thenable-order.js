// Checks that resolving with a native promise takes two extra microtask turns vs a plain value (Rule 6).
const p = Promise.resolve();
new Promise((r) => r(p)).then(() => console.log('resolved with promise'));
new Promise((r) => r(1)).then(() => console.log('resolved with value'));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));
