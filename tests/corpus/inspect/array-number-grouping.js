// Checks arrays of more than 6 numbers are grouped into aligned columns.
console.log([1, 2, 3, 4, 5, 6]);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(Array.from({ length: 30 }, (_, i) => i));
console.log(Array.from({ length: 26 }, (_, i) => i * 37 % 1000));
console.log([1, 22, 333, 4444, 55555, 666666, 7777777]);
