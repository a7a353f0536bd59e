// Checks null-prototype objects print with [Object: null prototype].
const o = Object.create(null);
o.a = 1;
console.log(o);
console.log(Object.create(null));
console.log({ nested: Object.assign(Object.create(null), { x: 'y' }) });
class C {}
const anon = Object.create(C.prototype);
console.log(anon);
