// Checks console.table with nested objects values, Map, and strings with different widths.
console.table({ r1: { c1: 'short', c2: { nested: true } }, r2: { c1: 'a much longer value', c2: [1, 2] } });
console.table(new Map([['k1', { v: 1 }], ['k2', { v: 2 }]]));
