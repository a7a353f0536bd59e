// Checks sparse arrays show '<N empty items>'.
console.log([1, , 3]);
console.log([, , 1, , , , 2, ,]);
console.log(new Array(5));
const a = []; a[10] = 'x';
console.log(a);
const b = [1, 2]; b.extra = 'prop'; b[-1] = 'neg';
console.log(b);
