// Buffer encodings round trips and edge cases.
const s = 'héllo wörld ✓ 😀';
for (const enc of ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex']) {
  const b = Buffer.from(s, enc === 'hex' || enc.startsWith('base64') ? 'utf8' : enc);
  console.log(enc, b.toString(enc), Buffer.byteLength(s, enc));
}
console.log(Buffer.from('aGk', 'base64').toString(), Buffer.from('zz11', 'hex'), Buffer.from('a-_b', 'base64url'));
console.log(Buffer.from([0xe2, 0x82]).toString(), Buffer.from([0xff, 0xfe, 0x41]).toString('utf8'));
try { Buffer.from('x', 'nope'); } catch (e) { console.log(e.code, e.message); }
