// Checks Map, Set, WeakMap, WeakSet and their nested/empty forms.
console.log(new Map([['a', 1], [{ k: 1 }, [1, 2]]]));
console.log(new Set([1, 'two', { three: 3 }]));
console.log(new Map(), new Set());
console.log(new WeakMap(), new WeakSet());
console.log(new Map([[new Map([[1, 2]]), new Set([new Set([1])])]]));
console.log({ m: new Map([['x', { deep: { deeper: 1 } }]]) });
