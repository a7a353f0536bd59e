// Checks queueMicrotask with a non-function throws TypeError ERR_INVALID_ARG_TYPE synchronously (Rule 7).
for (const bad of [undefined, null, 1, 'str', {}, Promise.resolve()]) {
  try {
    queueMicrotask(bad);
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code);
    console.log(e.message);
  }
}
console.log('returns', queueMicrotask(() => {}));
