// Error.captureStackTrace(obj, fn) drops the frames above and including fn (and all of them when fn is not on the stack)
function outer() { return inner(); }
function inner() { const o = {}; Error.captureStackTrace(o, inner); return o.stack; }
function frameNames(stack) { return stack.split('\n').slice(1).map((l) => l.trim().split(' ')[1]).slice(0, 1); }
const s = outer();
console.log(s.split('\n')[0], frameNames(s));
function a() { return b(); }
function b() { const o = { message: 'm', name: 'N' }; Error.captureStackTrace(o, a); return o.stack; }
function c() { return a(); }
const s2 = c();
console.log(s2.split('\n')[0], frameNames(s2));
const o3 = {}; Error.captureStackTrace(o3, function notOnStack() {}); console.log(JSON.stringify(o3.stack));
class MyErr extends Error { constructor(m) { super(m); Error.captureStackTrace(this, MyErr); } }
function makeIt() { return new MyErr('hi'); }
const e = makeIt();
console.log(e.stack.split('\n')[0], frameNames(e.stack));
console.log(Object.getOwnPropertyDescriptor(o3, 'stack').enumerable);
