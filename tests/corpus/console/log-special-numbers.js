// Checks console.log of numbers: -0, large, small, exponent forms, bigint and boxed values.
console.log(-0, [-0], 1e21, 1e-7, 123456789012345680000, 0.1 + 0.2);
console.log(2n ** 64n, -5n, [1n]);
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, Number.EPSILON);
console.log(0xff, 0o17, 0b101, 1_000_000);
