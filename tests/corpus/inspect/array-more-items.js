// Checks arrays longer than 100 items print '... N more items'.
console.log(Array.from({ length: 101 }, (_, i) => i));
console.log(new Array(150).fill('x'));
