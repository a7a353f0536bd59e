// Checks objects with Symbol.toStringTag show it in brackets.
class Tagged { get [Symbol.toStringTag]() { return 'MyTag'; } }
console.log(new Tagged());
console.log({ [Symbol.toStringTag]: 'Plain', a: 1 });
const t = new Tagged(); t.x = 1;
console.log(t);
console.log(Object.prototype.toString.call(new Tagged()));
