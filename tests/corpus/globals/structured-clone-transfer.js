// structuredClone with { transfer }: transferred ArrayBuffers are detached in the original and moved to the copy; a typed array over a transferred buffer; SharedArrayBuffer clones share memory; bad transfer lists throw like node.
const a = new Uint8Array([1, 2, 3]);
const c = structuredClone(a, { transfer: [a.buffer] });
console.log(a.byteLength, a.length, c, c.buffer.byteLength);
const buf = new ArrayBuffer(4);
const obj = structuredClone({ buf, again: buf }, { transfer: [buf] });
console.log(buf.byteLength, obj.buf.byteLength, obj.buf === obj.again);
const sab = new SharedArrayBuffer(4);
const s2 = structuredClone(sab);
new Uint8Array(s2)[0] = 5;
console.log(new Uint8Array(sab)[0], s2 === sab, s2 instanceof SharedArrayBuffer);
for (const [label, f] of [
  ['detached', () => structuredClone(buf)],
  ['dup', () => { const b = new ArrayBuffer(1); structuredClone(b, { transfer: [b, b] }); }],
  ['bad item', () => structuredClone(1, { transfer: [1] })],
  ['not iterable', () => structuredClone(1, { transfer: 5 })],
  ['no options', () => console.log(structuredClone(1, undefined), structuredClone(2, {}))],
]) {
  try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
