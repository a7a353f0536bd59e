// Checks circular references print as [Circular *1] and multiple cycles get distinct refs.
const a = { name: 'a' };
a.self = a;
console.log(a);
const b = { name: 'b' };
const c = { name: 'c', b };
b.c = c;
const root = { b, c, arr: [] };
root.arr.push(root, b);
console.log(root);
const arr = [1];
arr.push(arr);
console.log(arr);
const m = new Map();
m.set('me', m);
console.log(m);
