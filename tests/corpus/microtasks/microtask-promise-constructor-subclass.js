// Checks a Promise subclass: then returns the subclass, and species/constructor lookups.
class MyP extends Promise {}
const p = MyP.resolve(1);
const q = p.then((v) => v + 1);
console.log(p instanceof MyP, q instanceof MyP, q.constructor.name);
q.then((v) => console.log('value', v));
(async () => {
  const r = await new MyP((res) => res('awaited subclass'));
  console.log(r);
})();
