// Checks a thenable whose then throws rejects the promise, unless it already resolved.
Promise.resolve({ then() { throw new Error('then threw'); } }).catch((e) => console.log('rejected:', e.message));
Promise.resolve({ then(r) { r('ok'); throw new Error('ignored'); } }).then((v) => console.log('resolved:', v));
const getterThrows = { get then() { throw new Error('getter threw'); } };
Promise.resolve(getterThrows).catch((e) => console.log('getter:', e.message));
