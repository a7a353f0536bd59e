// Checks an async function throwing with nobody awaiting it crashes with exit 1 after the microtask drain (Rule 8).
async function f() { await null; throw new Error('async boom'); }
f();
Promise.resolve().then(() => console.log('microtask 1')).then(() => console.log('microtask 2')).then(() => console.log('microtask 3'));
process.on('exit', (c) => console.log('exit', c));
