// Checks WeakRef and FinalizationRegistry exist and WeakRef.deref returns the live target.
const target = { id: 1 };
const ref = new WeakRef(target);
console.log(typeof WeakRef, typeof FinalizationRegistry, ref.deref() === target, ref.deref().id);
const reg = new FinalizationRegistry(() => {});
console.log(reg.register(target, 'held'), reg.unregister(target));
console.log(Object.prototype.toString.call(ref));
