// Checks inspection of bigint and -0 in various containers.
console.log(123n, -0, [0, -0, +0], { z: -0, b: 10n });
console.log(new Set([-0]), new Map([[-0, -0]]));
console.log([1n, 2n, 3n, 4n, 5n, 6n, 7n]);
