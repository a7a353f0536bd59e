// Checks %s formatting for strings, numbers, -0, bigint, symbols, objects, arrays, null/undefined, and functions.
console.log('%s|%s|%s', 'str', 42, -0);
console.log('%s', 10n);
console.log('%s', Symbol('sym'));
console.log('%s', { a: 1, b: { c: 2 } });
console.log('%s', [1, 2, [3]]);
console.log('%s %s', null, undefined);
console.log('%s', function named() {});
console.log('%s', new Error('err message').message);
console.log('%s', { toString() { return 'custom toString'; } });
class Foo { toString() { return 'Foo!'; } }
console.log('%s', new Foo());
console.log('%s', new Date(0) instanceof Date);
