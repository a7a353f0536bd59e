// Checks TextEncoder/TextDecoder are global and encodeInto works.
console.log(typeof TextEncoder, typeof TextDecoder);
const buf = new Uint8Array(4);
const r = new TextEncoder().encodeInto('añb', buf);
console.log(r.read, r.written, Array.from(buf).join(','));
console.log(new TextDecoder('utf-8', { fatal: false }).decode(new Uint8Array([97, 98])));
