// Checks object key quoting and numeric/string key ordering.
console.log({ b: 1, a: 2, 2: 'two', 1: 'one', '-1': 'neg', 'with space': 3, "quote'key": 4, $dollar: 5, _u: 6 });
console.log({ '': 'empty key', 'ünï': 'unicode' });
