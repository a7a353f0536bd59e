// Checks TextEncoder/TextDecoder round trips, including multibyte UTF-8 and util exports.
const util = require('util');
const enc = new TextEncoder();
const dec = new TextDecoder();
for (const s of ['hello', 'héllo', '日本語', '😀', '']) {
  const bytes = enc.encode(s);
  console.log(JSON.stringify(s), bytes.length, Array.from(bytes).join(' '), dec.decode(bytes) === s);
}
console.log(util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder);
console.log(enc.encoding, dec.encoding);
console.log(dec.decode(new Uint8Array([0xe2, 0x82])) === '\ufffd');
