// Checks %d, %i and %f formatting with numbers, strings, -0, bigint, objects and symbols.
console.log('%d %d %d %d', 42, '42', -0, 1.5);
console.log('%d', 10n);
console.log('%d', {});
console.log('%d', Symbol('s'));
console.log('%i %i %i', 42.9, '-7.8', 10n);
console.log('%f %f %f', '1.5', 3, -0);
console.log('%f', 'abc');
console.log('%i', 'xyz');
