// Checks Promise.any's errors as V8 makes them (AggregateError "All promises were rejected" with a
// header-only stack, "is not iterable" TypeErrors), subclassing, thenables, and its microtask order.
const order = [];
Promise.any([Promise.reject(1), Promise.reject(2)]).catch((e) => {
  console.log(e);
  console.log(String(e.stack), e.errors, e instanceof AggregateError, Object.keys(e));
});
Promise.any([Promise.reject(1)]).catch(() => order.push('any-rejected'));
Promise.any([new Promise((r) => setTimeout(r, 5, 't')), Promise.reject(0)]).then((v) => order.push(`any-${v}`));
Promise.any([Promise.resolve('first'), Promise.resolve('second')]).then((v) => order.push(v));
Promise.reject(0).catch(() => order.push('r1')).then(() => order.push('r2')).then(() => order.push('r3'));
setTimeout(() => console.log(order), 10);
console.log(Promise.any.name, Promise.any.length, typeof Promise.any, Object.keys(Promise).includes('any'));
for (const v of [5, true, undefined, null, {}, () => {}, NaN, -0]) {
  Promise.any(v).catch((e) => console.log(e.constructor.name, e.message));
}
try { Promise.any.call(5, []); } catch (e) { console.log(e.name, e.message); }
class P extends Promise {}
const p = P.any([1]);
console.log(p instanceof P);
p.then((v) => console.log('subclass', v));
Promise.any([{ then(res, rej) { rej(4); } }, { then(res) { res(5); } }]).then((v) => console.log('thenable', v));
Promise.any([{ then(res, rej) { rej(6); } }]).catch((e) => console.log('thenables', e.errors));
function* gen() { yield Promise.reject('g1'); yield Promise.reject('g2'); }
Promise.any(gen()).catch((e) => console.log('generator', e.errors));
const iter = { [Symbol.iterator]() { return { next() { throw new Error('next threw'); } }; } };
Promise.any(iter).catch((e) => console.log('iterator', e.message));
async function main() {
  try { await Promise.any([]); } catch (e) { console.log('await', e.message, e.errors.length); }
}
main();
