// Checks typeof globalThis, global === globalThis, and that top-level var/let differ (module scope).
console.log(typeof globalThis, typeof global, global === globalThis);
var v = 1;
let l = 2;
console.log('var on global', 'v' in globalThis, 'let on global', 'l' in globalThis);
globalThis.shared = 'x';
console.log(shared);
console.log(typeof window, typeof self);
