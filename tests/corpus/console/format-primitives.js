// Checks console.log/info/warn/error/debug/trace of primitives alone (strings, numbers, -0, NaN,
// bigints, booleans, null, undefined) and strings with and without placeholders or a lone '%'.
console.log('a', 1, -0, 0, 2n, -3n, true, false, null, undefined, 'b%');
console.log();
console.log('%s');
console.log('%');
console.log('100%', 'done');
console.log(1, 'a%sb', 2);
console.log('x%sy', 'z', 3);
console.log('%d%%', 50, 'extra');
console.info(NaN, -1.5e-7, 1e21, 123456789012345680000, Infinity, -Infinity, 0.1 + 0.2);
console.debug('', '', 'empty strings around');
console.warn('to stderr', 1);
console.error(undefined);
console.log('multi\nline', 'tab\there');
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, 2 ** 64, -(2 ** 31));
console.log(12345678901234567890n, 0n, -0n);
