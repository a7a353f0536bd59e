// Checks error objects without printing stacks: message/name only, and a custom name via property.
const e = new Error('the message');
e.name = 'CustomName';
console.log(e.name, e.message);
const { name, message } = new TypeError('typed');
console.log({ name, message });
console.log(Object.prototype.toString.call(e));
