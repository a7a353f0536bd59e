// TextDecoder: WHATWG replacement of invalid UTF-8, BOM handling, streaming split characters, fatal mode.
const td = new TextDecoder();
console.log(JSON.stringify(td.decode(new Uint8Array([0xe0, 0x80, 0x41, 0xef, 0xbb, 0xbf, 0x42]))));
console.log(JSON.stringify(new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))));
const s = new TextDecoder(); const euro = [0xe2, 0x82, 0xac];
console.log(JSON.stringify(s.decode(new Uint8Array(euro.slice(0, 2)), { stream: true }) + s.decode(new Uint8Array(euro.slice(2)))));
try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).length);
console.log(new TextEncoder().encode('héllo 😀'), new TextDecoder().decode(new TextEncoder().encode('héllo 😀')));
