// Checks Rule 6: `return promise` from an async function takes 3 ticks to settle, `return await promise` takes 2 (counter chain observes).
let tick = 0;
const counter = () => { tick++; if (tick < 8) return Promise.resolve().then(counter); };
async function plain() { return Promise.resolve('x'); }
async function awaited() { return await Promise.resolve('y'); }
async function value() { return 'z'; }
Promise.resolve().then(counter);
plain().then(() => console.log('return promise settled at tick', tick));
awaited().then(() => console.log('return await settled at tick', tick));
value().then(() => console.log('return value settled at tick', tick));
