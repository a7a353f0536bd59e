// Checks awaiting a plain value, a native promise, and a thenable costs different numbers of microtask turns (Rule 6).
let tick = 0;
(function count() { if (++tick < 10) Promise.resolve().then(count); })();
(async () => { await 1; console.log('await value at', tick); })();
(async () => { await Promise.resolve(1); console.log('await native promise at', tick); })();
(async () => { await { then(r) { r(1); } }; console.log('await thenable at', tick); })();
