// Checks console.count and countReset with the default and custom labels.
console.count();
console.count();
console.count('custom');
console.count('default');
console.countReset();
console.count();
console.countReset('custom');
console.count('custom');
console.count(undefined);
console.count(1);
console.count('1');
