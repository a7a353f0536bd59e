// Checks long arrays of strings are grouped and wrapped.
console.log(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew', 'kiwi', 'lemon', 'mango', 'nectarine']);
console.log(Array.from({ length: 20 }, (_, i) => 'item' + i));
console.log(['a'.repeat(30), 'b'.repeat(30), 'c'.repeat(30)]);
