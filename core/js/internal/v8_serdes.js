// internal/v8_serdes — v8.serialize / v8.deserialize in V8's ValueSerializer wire format
// (version 15, as node 20 writes it): primitives, strings (one-byte / two-byte with V8's
// alignment padding), objects and arrays (dense and sparse), Date, RegExp, Map, Set, boxed
// primitives, BigInt, object references for shared and cyclic values, and node's host-object
// encoding of Buffers and typed arrays (DefaultSerializer). Functions and symbols cannot be
// cloned.
'use strict';

const TYPED = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'DataView', 'Buffer',
  'BigInt64Array', 'BigUint64Array'];
const FLAGS = { g: 1, i: 2, m: 4, y: 8, u: 16, s: 32, d: 128, v: 256 };

function cloneError(what) {
  return new Error(`${what} could not be cloned.`);
}

function serialize(value) {
  const out = [0xff, 0x0f];
  const ids = new Map();
  const varint = (n) => {
    n = Math.floor(n);
    do {
      let b = n % 128;
      n = Math.floor(n / 128);
      if (n > 0) b |= 0x80;
      out.push(b);
    } while (n > 0);
  };
  const zigzag = (n) => varint(n >= 0 ? n * 2 : -n * 2 - 1);
  const double = (n) => {
    const b = new Uint8Array(new Float64Array([n]).buffer);
    for (const x of b) out.push(x);
  };
  const varintLen = (n) => { let l = 1; while (n >= 128) { n = Math.floor(n / 128); l++; } return l; };
  const string = (s) => {
    let oneByte = true;
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) { oneByte = false; break; }
    if (oneByte) {
      out.push(0x22);
      varint(s.length);
      for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
    } else {
      const len = s.length * 2;
      if ((out.length + 1 + varintLen(len)) & 1) out.push(0);
      out.push(0x63);
      varint(len);
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        out.push(c & 0xff, c >> 8);
      }
    }
  };
  const number = (n) => {
    if (Number.isInteger(n) && n >= -2147483648 && n <= 2147483647 && !Object.is(n, -0)) {
      out.push(0x49);
      zigzag(n);
    } else {
      out.push(0x4e);
      double(n);
    }
  };
  const bigint = (b) => {
    const neg = b < 0n;
    let m = neg ? -b : b;
    const bytes = [];
    while (m > 0n) { bytes.push(Number(m & 0xffn)); m >>= 8n; }
    while (bytes.length % 8) bytes.push(0);
    varint(bytes.length * 2 + (neg ? 1 : 0));
    for (const x of bytes) out.push(x);
  };
  const key = (k) => {
    const n = Number(k);
    if (String(n >>> 0) === k && n >>> 0 !== 4294967295) number(n);
    else string(k);
  };
  const write = (v) => {
    switch (typeof v) {
      case 'undefined': out.push(0x5f); return;
      case 'boolean': out.push(v ? 0x54 : 0x46); return;
      case 'number': number(v); return;
      case 'string': string(v); return;
      case 'bigint': out.push(0x5a); bigint(v); return;
      case 'function': throw cloneError(String(v).split('\n')[0]);
      case 'symbol': throw cloneError(String(v));
      default: break;
    }
    if (v === null) { out.push(0x30); return; }
    if (ids.has(v)) { out.push(0x5e); varint(ids.get(v)); return; }
    const type = binding.internalType(v);
    if (type === 'TypedArray' || type === 'DataView') {
      // node's DefaultSerializer host object: type index, byte length, bytes.
      out.push(0x5c);
      const name = Buffer.isBuffer(v) ? 'Buffer' : type === 'DataView' ? 'DataView' : v.constructor.name;
      varint(Math.max(0, TYPED.indexOf(name)));
      const bytes = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
      varint(bytes.length);
      for (const x of bytes) out.push(x);
      return;
    }
    ids.set(v, ids.size);
    switch (type) {
      case 'Date': out.push(0x44); double(v.getTime()); return;
      case 'RegExp': {
        out.push(0x52);
        string(v.source);
        let f = 0;
        for (const c of v.flags) f |= FLAGS[c] || 0;
        varint(f);
        return;
      }
      case 'BoxedNumber': out.push(0x6e); double(v.valueOf()); return;
      case 'BoxedBoolean': out.push(v.valueOf() ? 0x79 : 0x78); return;
      case 'BoxedString': out.push(0x73); string(v.valueOf()); return;
      case 'BoxedBigInt': out.push(0x7a); bigint(v.valueOf()); return;
      case 'Map': {
        out.push(0x3b);
        for (const [k, x] of v) { write(k); write(x); }
        out.push(0x3a);
        varint(v.size * 2);
        return;
      }
      case 'Set': {
        out.push(0x27);
        for (const x of v) write(x);
        out.push(0x2c);
        varint(v.size);
        return;
      }
      case 'ArrayBuffer': {
        out.push(0x42);
        const bytes = new Uint8Array(v);
        varint(bytes.length);
        for (const x of bytes) out.push(x);
        return;
      }
      case 'Promise': case 'WeakMap': case 'WeakSet': case 'Proxy': case 'Generator':
        throw cloneError(`#<${type}>`);
      default: break;
    }
    if (Array.isArray(v)) {
      const keys = Object.keys(v);
      const dense = keys.length === v.length && keys.every((k, i) => k === String(i));
      if (dense) {
        out.push(0x41);
        varint(v.length);
        for (let i = 0; i < v.length; i++) write(v[i]);
        out.push(0x24);
        varint(0);
        varint(v.length);
      } else {
        out.push(0x61);
        varint(v.length);
        for (const k of keys) { key(k); write(v[k]); }
        out.push(0x40);
        varint(keys.length);
        varint(v.length);
      }
      return;
    }
    out.push(0x6f);
    const keys = Object.keys(v);
    for (const k of keys) { key(k); write(v[k]); }
    out.push(0x7b);
    varint(keys.length);
  };
  write(value);
  return Buffer.from(out);
}

function deserialize(buf) {
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  let pos = 0;
  const fail = () => { throw new Error('Unable to deserialize cloned data.'); };
  const byte = () => (pos < bytes.length ? bytes[pos++] : fail());
  const varint = () => {
    let n = 0;
    let mul = 1;
    for (;;) {
      const b = byte();
      n += (b & 0x7f) * mul;
      if (!(b & 0x80)) return n;
      mul *= 128;
    }
  };
  const zigzag = () => { const n = varint(); return n % 2 ? -(n + 1) / 2 : n / 2; };
  const double = () => {
    const b = new Uint8Array(8);
    for (let i = 0; i < 8; i++) b[i] = byte();
    return new Float64Array(b.buffer)[0];
  };
  const bigint = () => {
    const field = varint();
    const len = Math.floor(field / 2);
    let m = 0n;
    for (let i = 0; i < len; i++) m |= BigInt(byte()) << BigInt(8 * i);
    return field & 1 ? -m : m;
  };
  const objs = [];
  if (byte() !== 0xff) fail();
  varint();
  const read = () => {
    let tag = byte();
    while (tag === 0) tag = byte();
    switch (tag) {
      case 0x5f: return undefined;
      case 0x30: return null;
      case 0x54: return true;
      case 0x46: return false;
      case 0x49: return zigzag();
      case 0x55: return varint();
      case 0x4e: return double();
      case 0x5a: return bigint();
      case 0x22: { const n = varint(); let s = ''; for (let i = 0; i < n; i++) s += String.fromCharCode(byte()); return s; }
      case 0x63: { const n = varint(); let s = ''; for (let i = 0; i < n; i += 2) s += String.fromCharCode(byte() | (byte() << 8)); return s; }
      case 0x53: { const n = varint(); const b = bytes.subarray(pos, pos + n); pos += n; return Buffer.from(b).toString('utf8'); }
      case 0x5e: return objs[varint()];
      case 0x44: { const d = new Date(double()); objs.push(d); return d; }
      case 0x52: {
        const source = read();
        const f = varint();
        const flags = Object.entries(FLAGS).filter(([, bit]) => f & bit).map(([c]) => c).join('');
        const r = new RegExp(source, flags);
        objs.push(r);
        return r;
      }
      case 0x6e: { const o = Object(double()); objs.push(o); return o; }
      case 0x79: { const o = Object(true); objs.push(o); return o; }
      case 0x78: { const o = Object(false); objs.push(o); return o; }
      case 0x73: { const o = Object(read()); objs.push(o); return o; }
      case 0x7a: { const o = Object(bigint()); objs.push(o); return o; }
      case 0x3b: {
        const m = new Map();
        objs.push(m);
        while (bytes[pos] !== 0x3a) { const k = read(); m.set(k, read()); }
        pos++;
        varint();
        return m;
      }
      case 0x27: {
        const s = new Set();
        objs.push(s);
        while (bytes[pos] !== 0x2c) s.add(read());
        pos++;
        varint();
        return s;
      }
      case 0x42: {
        const n = varint();
        const ab = new Uint8Array(bytes.subarray(pos, pos + n)).buffer;
        pos += n;
        objs.push(ab);
        return ab;
      }
      case 0x5c: {
        const name = TYPED[varint()] || 'Uint8Array';
        const n = varint();
        const copy = new Uint8Array(bytes.subarray(pos, pos + n));
        pos += n;
        if (name === 'Buffer') return Buffer.from(copy.buffer);
        if (name === 'DataView') return new DataView(copy.buffer);
        const C = globalThis[name];
        return new C(copy.buffer, 0, n / C.BYTES_PER_ELEMENT);
      }
      case 0x41: {
        const len = varint();
        const a = new Array(len);
        objs.push(a);
        for (let i = 0; i < len; i++) {
          if (bytes[pos] === 0x2d) { pos++; continue; }
          a[i] = read();
        }
        while (bytes[pos] !== 0x24) { const k = read(); a[k] = read(); }
        pos++;
        varint();
        varint();
        return a;
      }
      case 0x61: {
        const len = varint();
        const a = new Array(len);
        objs.push(a);
        while (bytes[pos] !== 0x40) { const k = read(); a[k] = read(); }
        pos++;
        varint();
        varint();
        return a;
      }
      case 0x6f: {
        const o = {};
        objs.push(o);
        while (bytes[pos] !== 0x7b) { const k = read(); o[k] = read(); }
        pos++;
        varint();
        return o;
      }
      default: return fail();
    }
  };
  return read();
}

module.exports = { serialize, deserialize };
