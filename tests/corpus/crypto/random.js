// Random APIs: shapes and ranges (not values).
const crypto = require('crypto');
console.log(crypto.randomBytes(16).length, Buffer.isBuffer(crypto.randomBytes(0)));
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
let ok = true;
for (let i = 0; i < 200; i++) { const n = crypto.randomInt(10, 20); if (n < 10 || n >= 20 || !Number.isInteger(n)) ok = false; }
console.log('randomInt in range', ok);
const arr = new Uint32Array(4);
console.log(crypto.getRandomValues(arr) === arr, crypto.randomFillSync(Buffer.alloc(8)).length);
crypto.randomBytes(32, (err, buf) => console.log('async', err, buf.length));
crypto.randomFill(new Uint8Array(10), (err, b) => console.log('fill', err, b.length));
crypto.randomInt(5, (err, n) => console.log('randomInt cb', err, n >= 0 && n < 5));
try { crypto.randomBytes(-1); } catch (e) { console.log(e.code); }
try { crypto.randomInt(5, 5); } catch (e) { console.log(e.code, e.message); }
console.log(crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')));
try { crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')); } catch (e) { console.log(e.code); }
