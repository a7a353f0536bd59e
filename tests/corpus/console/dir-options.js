// Checks console.dir with options ({depth: 0}, {depth: null}) and ignoring util.inspect.custom with customInspect false.
const obj = { a: { b: { c: { d: { e: 1 } } } }, s: 'str' };
console.dir(obj);
console.dir(obj, { depth: 0 });
console.dir(obj, { depth: null });
console.dir('a string');
const custom = { [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; }, x: 1 };
console.dir(custom);
console.dir(custom, { customInspect: false });
