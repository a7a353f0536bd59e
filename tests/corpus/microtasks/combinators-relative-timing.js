// Checks the microtask turn at which Promise.all/race/allSettled/any settle for already-resolved inputs (Rule 6).
let tick = 0;
(function count() { if (++tick < 10) Promise.resolve().then(count); })();
const ps = () => [Promise.resolve(1), Promise.resolve(2)];
Promise.all(ps()).then(() => console.log('all at', tick));
Promise.race(ps()).then(() => console.log('race at', tick));
Promise.allSettled(ps()).then(() => console.log('allSettled at', tick));
Promise.any(ps()).then(() => console.log('any at', tick));
