// Checks that clearTimeout/clearInterval accept undefined, null, strings, objects, unknown ids without throwing; clearImmediate accepts nullish and already-cleared handles.
const args = [undefined, null, 'garbage', {}, [], 12345678, -1, NaN, true, Symbol('s'), () => {}];
for (const fn of [clearTimeout, clearInterval]) {
  let ok = 0;
  for (const a of args) {
    try { fn(a); ok++; } catch (e) { console.log(fn.name, 'threw', e.name); }
  }
  console.log(fn.name, 'ok', ok, 'of', args.length);
}
const im = setImmediate(() => console.log('never'));
clearImmediate(im);
clearImmediate(im);
clearImmediate(undefined);
clearImmediate(null);
clearImmediate();
console.log('returns', clearTimeout(), clearInterval(), clearImmediate());
setImmediate(() => console.log('other immediate still runs'));
