// crypto.subtle.digest: SHA digests of every BufferSource as ArrayBuffers, algorithm names in any case or as { name }, node's rejections (missing arguments, bad data, unknown algorithm, missing name, wrong this); the global crypto is crypto.webcrypto, with its classes.
const nodeCrypto = require('crypto');
const { subtle } = globalThis.crypto;
const hex = (ab) => Buffer.from(ab).toString('hex');
console.log(globalThis.crypto === nodeCrypto.webcrypto, nodeCrypto.subtle === subtle, globalThis.crypto.subtle === subtle);
console.log(globalThis.crypto, subtle, Object.prototype.toString.call(globalThis.crypto), Object.prototype.toString.call(subtle));
console.log(typeof Crypto, typeof SubtleCrypto, globalThis.crypto instanceof Crypto, subtle instanceof SubtleCrypto);
console.log(Object.keys(nodeCrypto).filter((k) => k === 'webcrypto' || k === 'subtle'));
for (const make of [() => new Crypto(), () => new SubtleCrypto()]) {
  try { make(); } catch (e) { console.log(e.name, e.code, e.message); }
}
const { getRandomValues } = globalThis.crypto;
try { getRandomValues(new Uint8Array(2)); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(globalThis.crypto.getRandomValues(new Uint16Array(3)).length, /^[0-9a-f-]{36}$/.test(globalThis.crypto.randomUUID()));
const early = subtle.digest();
early.catch(() => {});
console.log(early instanceof Promise, subtle.digest.length, subtle.digest.name);
(async () => {
  const data = new Uint8Array([104, 101, 108, 108, 111, 32, 119, 111, 114, 108, 100]);
  for (const alg of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'sha-256', 'Sha-1', { name: 'SHA-512' }, { name: 'sha-384', length: 3 }]) {
    const d = await subtle.digest(alg, data);
    console.log(JSON.stringify(alg), d instanceof ArrayBuffer, d.byteLength, hex(d));
  }
  const sources = [data.buffer, new DataView(data.buffer, 2, 5), data.subarray(6), Buffer.from('hello world'), new Uint16Array(2), new ArrayBuffer(0)];
  for (const s of sources) console.log(hex(await subtle.digest('SHA-256', s)));
  const d = await subtle.digest('SHA-1', new Uint8Array(3));
  console.log(d);
  const bad = [
    [],
    ['SHA-256'],
    ['SHA-256', 'text'],
    ['SHA-256', [1, 2]],
    ['SHA-256', null],
    ['MD5', data],
    ['SHA-224', data],
    [5, data],
    [{}, data],
    [{ name: 'nope' }, data],
    ['nope', 'also bad data'],
  ];
  for (const args of bad) {
    try {
      await subtle.digest(...args);
      console.log('resolved');
    } catch (e) {
      console.log(e.name, e.code, e.message, e instanceof DOMException);
    }
  }
  try {
    await subtle.digest.call({}, 'SHA-256', data);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  // The bytes are read when digest is called.
  const live = new Uint8Array([1, 2, 3]);
  const p = subtle.digest('SHA-256', live);
  live[0] = 99;
  console.log(hex(await p) === hex(await subtle.digest('SHA-256', new Uint8Array([1, 2, 3]))));
})();
