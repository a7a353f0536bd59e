// querystring — owns the `querystring` module: parse/decode (sep, eq, maxKeys and a custom
// decodeURIComponent), stringify/encode (a custom encodeURIComponent), escape, unescape and
// unescapeBuffer, with node's results for repeated keys, empty pieces and bad escapes.
'use strict';

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_URI } } = require('internal/errors');

const HEX = '0123456789ABCDEF';
// The bytes escape() leaves as they are: A-Z a-z 0-9 ! ' ( ) * - . _ ~
const NO_ESCAPE = new Array(128).fill(false);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!'()*-._~") {
  NO_ESCAPE[ch.charCodeAt(0)] = true;
}

const hexValue = (c) => {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
};

// %XX sequences decoded to bytes ('+' to a space when decodeSpaces); other bytes as latin1 of
// the code units (node's behaviour for this legacy helper).
function unescapeBuffer(s, decodeSpaces) {
  s = `${s}`;
  const out = Buffer.allocUnsafe(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2b && decodeSpaces) { out[n++] = 0x20; continue; }
    if (c === 0x25 && i + 2 < s.length) {
      const h = hexValue(s.charCodeAt(i + 1));
      const l = hexValue(s.charCodeAt(i + 2));
      if (h >= 0 && l >= 0) { out[n++] = h * 16 + l; i += 2; continue; }
    }
    out[n++] = c & 0xff;
  }
  return out.slice(0, n);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  let out = '';
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      out += NO_ESCAPE[c] ? str[i] : `%${HEX[c >> 4]}${HEX[c & 15]}`;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < str.length ? str.charCodeAt(i + 1) : 0;
      if (c > 0xdbff || d < 0xdc00 || d > 0xdfff) throw new ERR_INVALID_URI();
      c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
      i++;
    }
    const bytes = c < 0x800 ? [0xc0 | (c >> 6), 0x80 | (c & 63)]
      : c < 0x10000 ? [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)]
        : [0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)];
    for (const b of bytes) out += `%${HEX[b >> 4]}${HEX[b & 15]}`;
  }
  return out;
}

function primitiveString(v, encode) {
  if (typeof v === 'string') return v.length ? encode(v) : '';
  if (typeof v === 'number') return Number.isFinite(v) ? `${v}` : '';
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = qsEscape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  if (obj === null || typeof obj !== 'object') return '';
  const fields = [];
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = primitiveString(k, encode) + eq;
    if (Array.isArray(v)) {
      for (const item of v) fields.push(ks + primitiveString(item, encode));
    } else {
      fields.push(ks + primitiveString(v, encode));
    }
  }
  return fields.join(sep);
}

function decodeWith(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return qsUnescape(s, true);
  }
}

function addPair(obj, key, value, keyEncoded, valEncoded, decoder) {
  if (key.length > 0 && keyEncoded) key = decodeWith(key, decoder);
  if (value.length > 0 && valEncoded) value = decodeWith(value, decoder);
  const cur = obj[key];
  if (cur === undefined) obj[key] = value;
  else if (Array.isArray(cur)) cur.push(value);
  else obj[key] = [cur, value];
}

const isHexCode = (c) => hexValue(c) >= 0;

// One pass over the string, as node does it: the default decoder runs only on keys/values in
// which a %XX escape was seen (node's scan for the value's escape also sees the key's characters
// once the key is known to be encoded), '+' is a space (or '%20' for a custom decoder), empty
// pieces are skipped but count towards maxKeys.
function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let remaining = 1000;
  if (options && typeof options.maxKeys === 'number') remaining = options.maxKeys > 0 ? options.maxKeys : -1;
  let decoder = qsUnescape;
  if (options && typeof options.decodeURIComponent === 'function') decoder = options.decodeURIComponent;
  const custom = decoder !== qsUnescape;
  const plus = custom ? '%20' : ' ';
  let start = 0;
  let sepAt = 0;
  let eqAt = 0;
  let key = '';
  let value = '';
  let keyEncoded = custom;
  let valEncoded = custom;
  let escape = 0; // 1 after a '%', 2 after '%' and one hex digit
  for (let i = 0; i < qs.length; i++) {
    const c = qs.charCodeAt(i);
    if (c === sep.charCodeAt(sepAt)) {
      if (++sepAt < sep.length) continue;
      const end = i - sepAt + 1;
      if (eqAt < eq.length) {
        if (start < end) {
          key += qs.slice(start, end);
        } else if (key.length === 0) {
          if (--remaining === 0) return obj;
          start = i + 1;
          sepAt = eqAt = 0;
          continue;
        }
      } else if (start < end) {
        value += qs.slice(start, end);
      }
      addPair(obj, key, value, keyEncoded, valEncoded, decoder);
      if (--remaining === 0) return obj;
      keyEncoded = valEncoded = custom;
      key = value = '';
      escape = 0;
      start = i + 1;
      sepAt = eqAt = 0;
      continue;
    }
    sepAt = 0;
    if (eqAt < eq.length) {
      if (c === eq.charCodeAt(eqAt)) {
        if (++eqAt === eq.length) {
          const end = i - eqAt + 1;
          if (start < end) key += qs.slice(start, end);
          escape = 0;
          start = i + 1;
        }
        continue;
      }
      eqAt = 0;
      if (!keyEncoded) {
        if (c === 0x25) { escape = 1; continue; }
        if (escape > 0) {
          if (isHexCode(c)) {
            if (++escape === 3) keyEncoded = true;
            continue;
          }
          escape = 0;
        }
      }
      if (c === 0x2b) {
        if (start < i) key += qs.slice(start, i);
        key += plus;
        start = i + 1;
        continue;
      }
    }
    if (c === 0x2b) {
      if (start < i) value += qs.slice(start, i);
      value += plus;
      start = i + 1;
    } else if (!valEncoded) {
      if (c === 0x25) escape = 1;
      else if (escape > 0) {
        if (isHexCode(c)) { if (++escape === 3) valEncoded = true; } else escape = 0;
      }
    }
  }
  if (start < qs.length) {
    if (eqAt < eq.length) key += qs.slice(start);
    else if (sepAt < sep.length) value += qs.slice(start);
  } else if (eqAt === 0 && key.length === 0) {
    return obj;
  }
  addPair(obj, key, value, keyEncoded, valEncoded, decoder);
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
