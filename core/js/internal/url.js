// internal/url — owns the WHATWG URL Standard: the basic URL parser (with state overrides for
// the setters), host parsing (domains with punycode, IPv4, IPv6, opaque hosts), serialization,
// the URL and URLSearchParams classes (the globals and the `url` module's), the
// application/x-www-form-urlencoded parser/serializer, and the punycode algorithm (RFC 3492)
// that the `punycode` and `url` modules share.
'use strict';

const { codes, E, validateFunction } = require('internal/errors');

// The codes only the URL modules throw, added to internal/errors' table once.
for (const [code, message] of [
  ['ERR_INVALID_TUPLE', '%s must be an iterable %s tuple'],
  ['ERR_ARG_NOT_ITERABLE', '%s must be iterable'],
  ['ERR_INVALID_FILE_URL_PATH', 'File URL path %s'],
  ['ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s'],
]) {
  if (!codes[code]) E(code, message, TypeError);
}
const { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_INVALID_THIS, ERR_INVALID_TUPLE,
  ERR_ARG_NOT_ITERABLE, ERR_INVALID_URL } = codes;

const customInspect = Symbol.for('nodejs.util.inspect.custom');

// --- strings, UTF-8 ------------------------------------------------------------------------
// A USVString: lone surrogates become U+FFFD.
function toUSV(v) {
  if (typeof v === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  const s = `${v}`;
  if (!/[\ud800-\udfff]/.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { out += s[i] + s[i + 1]; i++; continue; }
    }
    out += c >= 0xd800 && c <= 0xdfff ? '\ufffd' : s[i];
  }
  return out;
}

function utf8Bytes(cp, out) {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  return out;
}

// UTF-8 decode with replacement (one U+FFFD per maximal invalid subpart), no BOM handling.
function utf8Decode(bytes) {
  let out = '';
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) { out += String.fromCharCode(b); i++; continue; }
    let need = 0;
    let cp = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; cp = b & 0xf; if (b === 0xe0) lo = 0xa0; if (b === 0xed) hi = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; cp = b & 7; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
    else { out += '\ufffd'; i++; continue; }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = bytes[j];
      if (j >= n || c < lo || c > hi) { ok = false; break; }
      lo = 0x80; hi = 0xbf;
      cp = (cp << 6) | (c & 63);
    }
    if (!ok) { out += '\ufffd'; i = j; continue; }
    out += String.fromCodePoint(cp);
    i = j;
  }
  return out;
}

const HEX = '0123456789ABCDEF';
const isHex = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const hexVal = (c) => (c <= 57 ? c - 48 : (c | 0x20) - 87);

function percentDecodeBytes(s) {
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25 && i + 2 < s.length + 0 && isHex(s.charCodeAt(i + 1)) && isHex(s.charCodeAt(i + 2))) {
      bytes.push(hexVal(s.charCodeAt(i + 1)) * 16 + hexVal(s.charCodeAt(i + 2)));
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      const cp = s.codePointAt(i);
      if (cp > 0xffff) i++;
      utf8Bytes(cp >= 0xd800 && cp <= 0xdfff ? 0xfffd : cp, bytes);
    }
  }
  return bytes;
}

// --- percent-encode sets ---------------------------------------------------------------------
// Each set is a 128-entry table for ASCII; every non-ASCII code point is in every set.
function makeSet(base, extra) {
  const t = base ? base.slice() : new Array(128).fill(false);
  if (!base) { for (let i = 0; i < 0x20; i++) t[i] = true; t[0x7f] = true; }
  for (const ch of extra) t[ch.charCodeAt(0)] = true;
  return t;
}
const C0_SET = makeSet(null, '');
const FRAGMENT_SET = makeSet(C0_SET, ' "<>`');
const QUERY_SET = makeSet(C0_SET, ' "#<>');
const SPECIAL_QUERY_SET = makeSet(QUERY_SET, "'");
const PATH_SET = makeSet(QUERY_SET, '?`{}');
const USERINFO_SET = makeSet(PATH_SET, '/:;=@[\\]^|');
const COMPONENT_SET = makeSet(USERINFO_SET, '$%&+,');

function percentEncode(s, set) {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (set[c]) out += `%${HEX[c >> 4]}${HEX[c & 15]}`;
      else out += s[i];
      continue;
    }
    let cp = s.codePointAt(i);
    if (cp > 0xffff) i++;
    else if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    for (const b of utf8Bytes(cp, [])) out += `%${HEX[b >> 4]}${HEX[b & 15]}`;
  }
  return out;
}

// --- punycode (RFC 3492) -----------------------------------------------------------------------
const P_BASE = 36;
const P_TMIN = 1;
const P_TMAX = 26;
const P_SKEW = 38;
const P_DAMP = 700;
const P_MAXINT = 0x7fffffff;

function punyAdapt(delta, numPoints, first) {
  delta = first ? Math.floor(delta / P_DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((P_BASE - P_TMIN) * P_TMAX) >> 1) {
    delta = Math.floor(delta / (P_BASE - P_TMIN));
    k += P_BASE;
  }
  return k + Math.floor(((P_BASE - P_TMIN + 1) * delta) / (delta + P_SKEW));
}
const punyDigit = (d) => String.fromCharCode(d < 26 ? d + 97 : d + 22);

function punyError(type) {
  const messages = {
    overflow: 'Overflow: input needs wider integers to process',
    'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
    'invalid-input': 'Invalid input',
  };
  return new RangeError(messages[type]);
}

// Code points of a string (lone surrogates kept as they are, as ucs2.decode does).
function ucs2decode(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if ((d & 0xfc00) === 0xdc00) { out.push(((c & 0x3ff) << 10) + (d & 0x3ff) + 0x10000); i++; continue; }
    }
    out.push(c);
  }
  return out;
}
const ucs2encode = (cps) => String.fromCodePoint(...cps);

function punycodeEncode(input) {
  const cps = typeof input === 'string' ? ucs2decode(input) : input;
  let out = '';
  for (const c of cps) if (c < 0x80) out += String.fromCharCode(c);
  const basic = out.length;
  let handled = basic;
  if (basic) out += '-';
  let n = 128;
  let delta = 0;
  let bias = 72;
  while (handled < cps.length) {
    let m = P_MAXINT;
    for (const c of cps) if (c >= n && c < m) m = c;
    if (m - n > Math.floor((P_MAXINT - delta) / (handled + 1))) throw punyError('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of cps) {
      if (c < n && ++delta > P_MAXINT) throw punyError('overflow');
      if (c === n) {
        let q = delta;
        for (let k = P_BASE; ; k += P_BASE) {
          const t = k <= bias ? P_TMIN : k >= bias + P_TMAX ? P_TMAX : k - bias;
          if (q < t) break;
          out += punyDigit(t + ((q - t) % (P_BASE - t)));
          q = Math.floor((q - t) / (P_BASE - t));
        }
        out += punyDigit(q);
        bias = punyAdapt(delta, handled + 1, handled === basic);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return out;
}

function punycodeDecode(input) {
  const out = [];
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    if (input.charCodeAt(j) >= 0x80) throw punyError('not-basic');
    out.push(input.charCodeAt(j));
  }
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let idx = basic > 0 ? basic + 1 : 0; idx < input.length;) {
    const oldi = i;
    for (let w = 1, k = P_BASE; ; k += P_BASE) {
      if (idx >= input.length) throw punyError('invalid-input');
      const c = input.charCodeAt(idx++);
      const digit = c >= 48 && c < 58 ? 26 + (c - 48) : c >= 65 && c < 91 ? c - 65 : c >= 97 && c < 123 ? c - 97 : P_BASE;
      if (digit >= P_BASE) throw punyError('invalid-input');
      if (digit > Math.floor((P_MAXINT - i) / w)) throw punyError('overflow');
      i += digit * w;
      const t = k <= bias ? P_TMIN : k >= bias + P_TMAX ? P_TMAX : k - bias;
      if (digit < t) break;
      if (w > Math.floor(P_MAXINT / (P_BASE - t))) throw punyError('overflow');
      w *= P_BASE - t;
    }
    const len = out.length + 1;
    bias = punyAdapt(i - oldi, len, oldi === 0);
    if (Math.floor(i / len) > P_MAXINT - n) throw punyError('overflow');
    n += Math.floor(i / len);
    i %= len;
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}

// --- hosts -----------------------------------------------------------------------------------
const FORBIDDEN_HOST = new Set([0, 9, 10, 13, 0x20, 0x23, 0x2f, 0x3a, 0x3c, 0x3e, 0x3f, 0x40, 0x5b, 0x5c, 0x5d, 0x5e, 0x7c]);
const isForbiddenDomain = (c) => FORBIDDEN_HOST.has(c) || c <= 0x1f || c === 0x25 || c === 0x7f;

// UTS #46 ToASCII, simplified: lowercase + NFKC, the ideographic full stops as dots, and
// punycode for the labels with non-ASCII code points (the xn-- labels must decode).
function domainToASCIIInternal(domain, beStrict) {
  let s = domain;
  // Characters UTS #46 maps to nothing.
  s = s.replace(/[\u00ad\u200b\u2060\ufeff\u034f\u180b-\u180d\ufe00-\ufe0f]/g, '');
  s = s.replace(/[\u3002\uff0e\uff61]/g, '.');
  // Full-width ASCII maps to ASCII.
  s = s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  s = s.toLowerCase();
  if (typeof s.normalize === 'function') s = s.normalize('NFKC').toLowerCase();
  const labels = s.split('.');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (!validUnicodeLabel(label)) return null;
    if (/^xn--/.test(label)) {
      if (label.length === 4 || /[^\x00-\x7f]/.test(label)) return null;
      let dec;
      try { dec = punycodeDecode(label.slice(4)); } catch { return null; }
      if (/[^a-z0-9\-\u00a0-\uffff]/.test(dec) || dec.toLowerCase() !== dec) return null;
    } else if (/[^\x00-\x7f]/.test(label)) {
      try { labels[i] = `xn--${punycodeEncode(label)}`; } catch { return null; }
    }
  }
  const out = labels.join('.');
  if (out === '') return null;
  if (beStrict && (out.length > 253 || labels.some((l) => l.length > 63))) return null;
  return out;
}

// A few of UTS #46's validity criteria: no joiners (CheckJoiners without the virama context),
// no noncharacters, and a label with right-to-left letters may not hold Latin letters (Bidi).
function validUnicodeLabel(label) {
  if (!/[^\x00-\x7f]/.test(label)) return true;
  if (/[\u200c\u200d\ufdd0-\ufdef\ufffe\uffff]/.test(label)) return false;
  if (/[\u0590-\u05ff\u0620-\u064a\u066e-\u06d5\ufb1d-\ufdff\ufe70-\ufefc]/.test(label) && /[a-z]/.test(label)) return false;
  return true;
}

function domainToUnicodeInternal(domain) {
  return domain.split('.').map((label) => {
    if (/^xn--/i.test(label)) {
      try { return punycodeDecode(label.slice(4).toLowerCase()); } catch { return label; }
    }
    return label.toLowerCase();
  }).join('.');
}

function parseIPv4Number(s) {
  if (s === '') return NaN;
  let radix = 10;
  if (s.length >= 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X')) { s = s.slice(2); radix = 16; }
  else if (s.length >= 2 && s[0] === '0') { s = s.slice(1); radix = 8; }
  if (s === '') return 0;
  const re = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!re.test(s)) return NaN;
  return parseInt(s, radix);
}

function endsInANumber(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return !Number.isNaN(parseIPv4Number(last));
}

// The IPv4 address as a number, or null on failure.
function parseIPv4(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const nums = [];
  for (const p of parts) {
    const n = parseIPv4Number(p);
    if (Number.isNaN(n)) return null;
    nums.push(n);
  }
  for (let i = 0; i < nums.length - 1; i++) if (nums[i] > 255) return null;
  const last = nums[nums.length - 1];
  if (last >= 256 ** (5 - nums.length)) return null;
  let v = last;
  for (let i = 0; i < nums.length - 1; i++) v += nums[i] * 256 ** (3 - i);
  return v;
}
function serializeIPv4(v) {
  const out = [];
  for (let i = 0; i < 4; i++) { out.unshift(String(v % 256)); v = Math.floor(v / 256); }
  return out.join('.');
}

// The eight 16-bit pieces, or null on failure.
function parseIPv6(input) {
  const addr = [0, 0, 0, 0, 0, 0, 0, 0];
  let piece = 0;
  let compress = null;
  let p = 0;
  const cps = ucs2decode(input);
  const at = (i) => (i < cps.length ? cps[i] : -1);
  const isDigit = (c) => c >= 48 && c <= 57;
  if (at(p) === 0x3a) {
    if (at(p + 1) !== 0x3a) return null;
    p += 2;
    piece++;
    compress = piece;
  }
  while (at(p) !== -1) {
    if (piece === 8) return null;
    if (at(p) === 0x3a) {
      if (compress !== null) return null;
      p++;
      piece++;
      compress = piece;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && at(p) !== -1 && isHex(at(p))) {
      value = value * 16 + hexVal(at(p));
      p++;
      length++;
    }
    if (at(p) === 0x2e) {
      if (length === 0) return null;
      p -= length;
      if (piece > 6) return null;
      let seen = 0;
      while (at(p) !== -1) {
        let v4 = null;
        if (seen > 0) {
          if (at(p) === 0x2e && seen < 4) p++;
          else return null;
        }
        if (!isDigit(at(p))) return null;
        while (isDigit(at(p))) {
          const n = at(p) - 48;
          if (v4 === null) v4 = n;
          else if (v4 === 0) return null;
          else v4 = v4 * 10 + n;
          if (v4 > 255) return null;
          p++;
        }
        addr[piece] = addr[piece] * 0x100 + v4;
        seen++;
        if (seen === 2 || seen === 4) piece++;
      }
      if (seen !== 4) return null;
      break;
    } else if (at(p) === 0x3a) {
      p++;
      if (at(p) === -1) return null;
    } else if (at(p) !== -1) {
      return null;
    }
    addr[piece] = value;
    piece++;
  }
  if (compress !== null) {
    let swaps = piece - compress;
    piece = 7;
    while (piece !== 0 && swaps > 0) {
      const t = addr[piece];
      addr[piece] = addr[compress + swaps - 1];
      addr[compress + swaps - 1] = t;
      piece--;
      swaps--;
    }
  } else if (piece !== 8) {
    return null;
  }
  return addr;
}
function serializeIPv6(addr) {
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (addr[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && addr[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && addr[i] === 0) continue;
    ignore0 = false;
    if (best === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += addr[i].toString(16);
    if (i !== 7) out += ':';
  }
  return `[${out}]`;
}

// The serialized host, or null on failure.
function parseHost(input, isNotSpecial) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return null;
    const a = parseIPv6(input.slice(1, -1));
    return a === null ? null : serializeIPv6(a);
  }
  if (isNotSpecial) {
    for (let i = 0; i < input.length; i++) if (FORBIDDEN_HOST.has(input.charCodeAt(i))) return null;
    return percentEncode(input, C0_SET);
  }
  let ascii;
  if (/^[A-Za-z0-9._-]+$/.test(input) && !/(^|\.)xn--/i.test(input)) {
    // Plain ASCII labels: ToASCII only lowercases them.
    ascii = input.toLowerCase();
  } else {
    ascii = domainToASCIIInternal(utf8Decode(percentDecodeBytes(input)), false);
  }
  if (ascii === null) return null;
  for (let i = 0; i < ascii.length; i++) if (isForbiddenDomain(ascii.charCodeAt(i))) return null;
  if (endsInANumber(ascii)) {
    const v = parseIPv4(ascii);
    return v === null ? null : serializeIPv4(v);
  }
  return ascii;
}

// --- the basic URL parser ----------------------------------------------------------------------
const SPECIAL_PORTS = { __proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };
const isSpecialScheme = (s) => s in SPECIAL_PORTS;
const defaultPort = (s) => (s in SPECIAL_PORTS ? SPECIAL_PORTS[s] : null);

class URLRecord {
  constructor() {
    this.scheme = '';
    this.username = '';
    this.password = '';
    this.host = null;
    this.port = null;
    this.path = []; // a string when the path is opaque
    this.query = null;
    this.fragment = null;
  }
  clone() {
    const r = new URLRecord();
    Object.assign(r, this);
    if (Array.isArray(this.path)) r.path = this.path.slice();
    return r;
  }
}

// Parser states (plain constants: the state switch is the parser's hot loop).
const ST_SCHEME_START = 1;
const ST_SCHEME = 2;
const ST_NO_SCHEME = 3;
const ST_SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const ST_PATH_OR_AUTHORITY = 5;
const ST_RELATIVE = 6;
const ST_RELATIVE_SLASH = 7;
const ST_SPECIAL_AUTHORITY_SLASHES = 8;
const ST_SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
const ST_AUTHORITY = 10;
const ST_HOST = 11;
const ST_HOSTNAME = 12;
const ST_PORT = 13;
const ST_FILE = 14;
const ST_FILE_SLASH = 15;
const ST_FILE_HOST = 16;
const ST_PATH_START = 17;
const ST_PATH = 18;
const ST_OPAQUE_PATH = 19;
const ST_QUERY = 20;
const ST_FRAGMENT = 21;

const isAlpha = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigitCp = (c) => c >= 48 && c <= 57;
const isWinLetter = (s, normalized) => s.length === 2 && isAlpha(s.charCodeAt(0)) &&
  (s[1] === ':' || (!normalized && s[1] === '|'));
function startsWithWinLetter(cps, p) {
  if (cps.length - p < 2) return false;
  if (!isAlpha(cps[p]) || (cps[p + 1] !== 0x3a && cps[p + 1] !== 0x7c)) return false;
  if (cps.length - p === 2) return true;
  const c = cps[p + 2];
  return c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23;
}
const isSingleDot = (s) => s === '.' || s.toLowerCase() === '%2e';
const isDoubleDot = (s) => {
  const l = s.toLowerCase();
  return l === '..' || l === '.%2e' || l === '%2e.' || l === '%2e%2e';
};
function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWinLetter(path[0], true)) return;
  path.pop();
}
const hasCredentials = (url) => url.username !== '' || url.password !== '';

// Parses `input` (a string) against `base` (a URLRecord or null). Without `url`, returns a
// new record or null on failure; with `url` and `override` (a state), updates `url` in place
// (a setter) and returns false on failure.
function basicParse(input, base, url, override) {
  if (!url) {
    url = new URLRecord();
    input = input.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '');
  }
  input = input.replace(/[\t\n\r]/g, '');
  const cps = ucs2decode(input);
  let state = override || ST_SCHEME_START;
  let buffer = '';
  let atSeen = false;
  let insideBrackets = false;
  let passwordSeen = false;
  const EOF = -1;
  let lastScheme = url.scheme;
  let special = isSpecialScheme(lastScheme);
  for (let p = 0; p <= cps.length; p++) {
    const c = p < cps.length ? cps[p] : EOF;
    const ch = c === EOF ? '' : c < 0x10000 ? String.fromCharCode(c) : String.fromCodePoint(c);
    if (url.scheme !== lastScheme) { lastScheme = url.scheme; special = isSpecialScheme(lastScheme); }
    switch (state) {
      case ST_PATH:
        if (c === EOF || c === 0x2f || (special && c === 0x5c) || (!override && (c === 0x3f || c === 0x23))) {
          const slash = c === 0x2f || (special && c === 0x5c);
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWinLetter(buffer, false)) {
              buffer = `${buffer[0]}:`;
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === 0x3f) { url.query = ''; state = ST_QUERY; }
          if (c === 0x23) { url.fragment = ''; state = ST_FRAGMENT; }
        } else {
          buffer += c < 0x80 && !PATH_SET[c] ? ch : percentEncode(ch, PATH_SET);
        }
        break;
      case ST_QUERY:
        if ((!override && c === 0x23) || c === EOF) {
          url.query += percentEncode(buffer, special ? SPECIAL_QUERY_SET : QUERY_SET);
          buffer = '';
          if (c === 0x23) { url.fragment = ''; state = ST_FRAGMENT; }
        } else if (c !== EOF) {
          buffer += ch;
        }
        break;
      case ST_FRAGMENT:
        if (c !== EOF) url.fragment += c < 0x80 && !FRAGMENT_SET[c] ? ch : percentEncode(ch, FRAGMENT_SET);
        break;
      case ST_AUTHORITY:
        if (c === 0x40) {
          if (atSeen) buffer = `%40${buffer}`;
          atSeen = true;
          for (const bc of buffer) {
            if (bc === ':' && !passwordSeen) { passwordSeen = true; continue; }
            const enc = percentEncode(bc, USERINFO_SET);
            if (passwordSeen) url.password += enc;
            else url.username += enc;
          }
          buffer = '';
        } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 || (special && c === 0x5c)) {
          if (atSeen && buffer === '') return null;
          p -= ucs2decode(buffer).length + 1;
          buffer = '';
          state = ST_HOST;
        } else {
          buffer += ch;
        }
        break;
      case ST_HOST:
      case ST_HOSTNAME:
        if (override && url.scheme === 'file') { p--; state = ST_FILE_HOST; }
        else if (c === 0x3a && !insideBrackets) {
          if (buffer === '') return override ? false : null;
          if (override === ST_HOSTNAME) return false;
          const host = parseHost(buffer, !special);
          if (host === null) return override ? false : null;
          url.host = host;
          buffer = '';
          state = ST_PORT;
        } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 || (special && c === 0x5c)) {
          p--;
          if (special && buffer === '') return override ? false : null;
          if (override && buffer === '' && (hasCredentials(url) || url.port !== null)) return false;
          // (node, like ada, leaves a URL without a host alone when the new host is empty)
          if (override && buffer === '' && url.host === null) return false;
          const host = parseHost(buffer, !special);
          if (host === null) return override ? false : null;
          url.host = host;
          buffer = '';
          state = ST_PATH_START;
          if (override) return url;
        } else {
          if (c === 0x5b) insideBrackets = true;
          if (c === 0x5d) insideBrackets = false;
          buffer += ch;
        }
        break;
      case ST_PORT:
        if (isDigitCp(c)) buffer += ch;
        else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 || (special && c === 0x5c) || override) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return override ? false : null;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          } else if (override) {
            return false;
          }
          if (override) return url;
          state = ST_PATH_START;
          p--;
        } else {
          return override ? false : null;
        }
        break;
      case ST_SCHEME_START:
        if (isAlpha(c)) { buffer += ch.toLowerCase(); state = ST_SCHEME; }
        else if (!override) { state = ST_NO_SCHEME; p--; }
        else return false;
        break;
      case ST_SCHEME:
        if (isAlpha(c) || isDigitCp(c) || c === 0x2b || c === 0x2d || c === 0x2e) {
          buffer += ch.toLowerCase();
        } else if (c === 0x3a) {
          if (override) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return url;
            if ((hasCredentials(url) || url.port !== null) && buffer === 'file') return url;
            if (url.scheme === 'file' && url.host === '') return url;
          }
          url.scheme = buffer;
          if (override) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') state = ST_FILE;
          else if (isSpecialScheme(url.scheme) && base && base.scheme === url.scheme) state = ST_SPECIAL_RELATIVE_OR_AUTHORITY;
          else if (isSpecialScheme(url.scheme)) state = ST_SPECIAL_AUTHORITY_SLASHES;
          else if (cps[p + 1] === 0x2f) { state = ST_PATH_OR_AUTHORITY; p++; }
          else { url.path = ''; state = ST_OPAQUE_PATH; }
        } else if (!override) {
          buffer = '';
          state = ST_NO_SCHEME;
          p = -1;
        } else {
          return false;
        }
        break;
      case ST_NO_SCHEME:
        if (!base || (typeof base.path === 'string' && c !== 0x23)) return null;
        if (typeof base.path === 'string' && c === 0x23) {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = ST_FRAGMENT;
        } else if (base.scheme !== 'file') { state = ST_RELATIVE; p--; }
        else { state = ST_FILE; p--; }
        break;
      case ST_SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 0x2f && cps[p + 1] === 0x2f) { state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES; p++; }
        else { state = ST_RELATIVE; p--; }
        break;
      case ST_PATH_OR_AUTHORITY:
        if (c === 0x2f) state = ST_AUTHORITY;
        else { state = ST_PATH; p--; }
        break;
      case ST_RELATIVE:
        url.scheme = base.scheme;
        if (c === 0x2f || (isSpecialScheme(url.scheme) && c === 0x5c)) state = ST_RELATIVE_SLASH;
        else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) { url.query = ''; state = ST_QUERY; }
          else if (c === 0x23) { url.fragment = ''; state = ST_FRAGMENT; }
          else if (c !== EOF) { url.query = null; shortenPath(url); state = ST_PATH; p--; }
        }
        break;
      case ST_RELATIVE_SLASH:
        if (special && (c === 0x2f || c === 0x5c)) state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
        else if (c === 0x2f) state = ST_AUTHORITY;
        else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = ST_PATH;
          p--;
        }
        break;
      case ST_SPECIAL_AUTHORITY_SLASHES:
        if (c === 0x2f && cps[p + 1] === 0x2f) { state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES; p++; }
        else { state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES; p--; }
        break;
      case ST_SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 0x2f && c !== 0x5c) { state = ST_AUTHORITY; p--; }
        break;
      case ST_FILE:
        url.scheme = 'file';
        url.host = '';
        if (c === 0x2f || c === 0x5c) state = ST_FILE_SLASH;
        else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) { url.query = ''; state = ST_QUERY; }
          else if (c === 0x23) { url.fragment = ''; state = ST_FRAGMENT; }
          else if (c !== EOF) {
            url.query = null;
            if (!startsWithWinLetter(cps, p)) shortenPath(url);
            else url.path = [];
            state = ST_PATH;
            p--;
          }
        } else { state = ST_PATH; p--; }
        break;
      case ST_FILE_SLASH:
        if (c === 0x2f || c === 0x5c) state = ST_FILE_HOST;
        else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWinLetter(cps, p) && base.path.length > 0 && isWinLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = ST_PATH;
          p--;
        }
        break;
      case ST_FILE_HOST:
        if (c === EOF || c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) {
          p--;
          if (!override && isWinLetter(buffer, false)) state = ST_PATH;
          else if (buffer === '') {
            url.host = '';
            if (override) return url;
            state = ST_PATH_START;
          } else {
            let host = parseHost(buffer, false);
            if (host === null) return override ? false : null;
            if (host === 'localhost') host = '';
            url.host = host;
            if (override) return url;
            buffer = '';
            state = ST_PATH_START;
          }
        } else {
          buffer += ch;
        }
        break;
      case ST_PATH_START:
        if (special) {
          state = ST_PATH;
          if (c !== 0x2f && c !== 0x5c) p--;
        } else if (!override && c === 0x3f) { url.query = ''; state = ST_QUERY; }
        else if (!override && c === 0x23) { url.fragment = ''; state = ST_FRAGMENT; }
        else if (c !== EOF) {
          state = ST_PATH;
          if (c !== 0x2f) p--;
        } else if (override && url.host === null) {
          url.path.push('');
        }
        break;
      case ST_OPAQUE_PATH:
        if (c === 0x3f) { url.query = ''; state = ST_QUERY; }
        else if (c === 0x23) { url.fragment = ''; state = ST_FRAGMENT; }
        else if (c !== EOF) url.path += c < 0x80 && !C0_SET[c] ? ch : percentEncode(ch, C0_SET);
        break;
      default:
        break;
    }
  }
  return url;
}

function serializePath(url) {
  if (typeof url.path === 'string') return url.path;
  let out = '';
  for (const seg of url.path) out += `/${seg}`;
  return out;
}

function serializeURL(url, excludeFragment = false) {
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += '//';
    if (hasCredentials(url)) {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  } else if (typeof url.path !== 'string' && url.path.length > 1 && url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      if (typeof url.path !== 'string') return 'null';
      const inner = basicParse(url.path, null);
      if (inner && (inner.scheme === 'http' || inner.scheme === 'https')) return serializeOrigin(inner);
      return 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return `${url.scheme}://${url.host}${url.port !== null ? `:${url.port}` : ''}`;
    default:
      return 'null';
  }
}

// --- application/x-www-form-urlencoded ---------------------------------------------------------
const FORM_SAFE = new Array(128).fill(false);
for (let i = 0; i < 128; i++) {
  FORM_SAFE[i] = isAlpha(i) || isDigitCp(i) || i === 0x2a || i === 0x2d || i === 0x2e || i === 0x5f;
}
function formEncode(s) {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x20) out += '+';
      else if (FORM_SAFE[c]) out += s[i];
      else out += `%${HEX[c >> 4]}${HEX[c & 15]}`;
      continue;
    }
    let cp = s.codePointAt(i);
    if (cp > 0xffff) i++;
    else if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    for (const b of utf8Bytes(cp, [])) out += `%${HEX[b >> 4]}${HEX[b & 15]}`;
  }
  return out;
}
function formDecode(s) {
  return utf8Decode(percentDecodeBytes(s.replace(/\+/g, ' ')));
}
function parseForm(s) {
  const list = [];
  for (const part of s.split('&')) {
    if (part === '') continue;
    const i = part.indexOf('=');
    if (i === -1) list.push([formDecode(part), '']);
    else list.push([formDecode(part.slice(0, i)), formDecode(part.slice(i + 1))]);
  }
  return list;
}
function serializeForm(list) {
  let out = '';
  for (let i = 0; i < list.length; i++) {
    if (i) out += '&';
    out += `${formEncode(list[i][0])}=${formEncode(list[i][1])}`;
  }
  return out;
}

// --- URLSearchParams -------------------------------------------------------------------------
const kList = new WeakMap(); // params -> [[name, value], ...]
const kParamsURL = new WeakMap(); // params -> URL it belongs to

function listOf(params, name = 'URLSearchParams') {
  const list = kList.get(params);
  if (list === undefined) throw new ERR_INVALID_THIS(name);
  return list;
}
function updateURL(params) {
  const url = kParamsURL.get(params);
  if (url === undefined) return;
  const rec = kRecord.get(url);
  const s = serializeForm(kList.get(params));
  rec.query = s === '' ? null : s;
}

class URLSearchParams {
  constructor(init = undefined) {
    let list = [];
    if (init === undefined || init === null) {
      // empty
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && kList.has(init)) {
        list = kList.get(init).map(([k, v]) => [k, v]);
      } else if (method !== undefined && method !== null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of { [Symbol.iterator]() { return method.call(init); } }) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const kv = [...pair];
          if (kv.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          list.push([toUSV(kv[0]), toUSV(kv[1])]);
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const k = toUSV(key);
          const v = toUSV(init[key]);
          const i = list.findIndex((e) => e[0] === k);
          if (i === -1) list.push([k, v]);
          else list[i][1] = v;
        }
      }
    } else {
      let s = toUSV(init);
      if (s[0] === '?') s = s.slice(1);
      list = parseForm(s);
    }
    kList.set(this, list);
  }

  get size() { return listOf(this).length; }

  append(name, value) {
    const list = listOf(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    list.push([toUSV(name), toUSV(value)]);
    updateURL(this);
  }

  delete(name, value = undefined) {
    const list = listOf(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    if (value !== undefined) {
      value = toUSV(value);
      for (let i = list.length - 1; i >= 0; i--) if (list[i][0] === name && list[i][1] === value) list.splice(i, 1);
    } else {
      for (let i = list.length - 1; i >= 0; i--) if (list[i][0] === name) list.splice(i, 1);
    }
    updateURL(this);
  }

  get(name) {
    const list = listOf(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    for (const e of list) if (e[0] === name) return e[1];
    return null;
  }

  getAll(name) {
    const list = listOf(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const out = [];
    for (const e of list) if (e[0] === name) out.push(e[1]);
    return out;
  }

  has(name, value = undefined) {
    const list = listOf(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    if (value !== undefined) {
      value = toUSV(value);
      return list.some((e) => e[0] === name && e[1] === value);
    }
    return list.some((e) => e[0] === name);
  }

  set(name, value) {
    const list = listOf(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSV(name);
    value = toUSV(value);
    let found = false;
    for (let i = 0; i < list.length; i++) {
      if (list[i][0] !== name) continue;
      if (!found) { list[i][1] = value; found = true; } else { list.splice(i, 1); i--; }
    }
    if (!found) list.push([name, value]);
    updateURL(this);
  }

  sort() {
    const list = listOf(this);
    // A stable merge sort by UTF-16 code units of the names.
    const sorted = mergeSort(list);
    list.length = 0;
    for (const e of sorted) list.push(e);
    updateURL(this);
  }

  entries() { listOf(this); return createIterator(this, 'key+value'); }

  forEach(callback, thisArg = undefined) {
    const list = listOf(this);
    validateFunction(callback, 'callback');
    for (let i = 0; i < list.length; i++) {
      const [k, v] = list[i];
      callback.call(thisArg, v, k, this);
    }
  }

  keys() { listOf(this); return createIterator(this, 'key'); }

  values() { listOf(this); return createIterator(this, 'value'); }

  toString() { return serializeForm(listOf(this)); }

  [customInspect](depth, options, inspect) {
    const list = listOf(this);
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const inner = { ...options };
    if (depth !== null && depth !== undefined) inner.depth = depth - 1;
    const parts = list.map(([k, v]) => `${inspect(k, inner)} => ${inspect(v, inner)}`);
    // eslint-disable-next-line no-control-regex
    const plainLen = parts.reduce((n, p) => n + p.replace(/\u001b\[\d\d?m/g, '').length + 2, -2);
    const name = this.constructor && typeof this.constructor.name === 'string' ? this.constructor.name : 'URLSearchParams';
    if (plainLen > options.breakLength) return `${name} {\n  ${parts.join(',\n  ')} }`;
    if (parts.length) return `${name} { ${parts.join(', ')} }`;
    return `${name} {}`;
  }
}

function mergeSort(a) {
  if (a.length <= 1) return a.slice();
  const mid = a.length >> 1;
  const l = mergeSort(a.slice(0, mid));
  const r = mergeSort(a.slice(mid));
  const out = [];
  let i = 0;
  let j = 0;
  while (i < l.length && j < r.length) {
    if (r[j][0] < l[i][0]) out.push(r[j++]);
    else out.push(l[i++]);
  }
  while (i < l.length) out.push(l[i++]);
  while (j < r.length) out.push(r[j++]);
  return out;
}

const kIter = new WeakMap();
const URLSearchParamsIteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
function createIterator(params, kind) {
  const it = Object.create(URLSearchParamsIteratorPrototype);
  kIter.set(it, { params, kind, index: 0 });
  return it;
}
Object.defineProperties(URLSearchParamsIteratorPrototype, {
  next: {
    value: function next() {
      const st = kIter.get(this);
      if (st === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      const list = kList.get(st.params);
      if (st.index >= list.length) return { value: undefined, done: true };
      const [k, v] = list[st.index++];
      const value = st.kind === 'key' ? k : st.kind === 'value' ? v : [k, v];
      return { value, done: false };
    },
    writable: true, enumerable: true, configurable: true,
  },
  [customInspect]: {
    value: function inspectIterator(depth, options, inspect) {
      const st = kIter.get(this);
      if (st === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
      const inner = { ...options };
      if (depth !== null && depth !== undefined) inner.depth = depth - 1;
      const list = kList.get(st.params).slice(st.index);
      const out = list.map(([k, v]) => (st.kind === 'key' ? k : st.kind === 'value' ? v : [k, v]));
      const brk = inspect(out, inner).includes('\n');
      const strs = out.map((x) => inspect(x, inner));
      const body = brk ? `\n  ${strs.join(',\n  ')}` : ` ${strs.join(', ')}`;
      return `URLSearchParams Iterator {${body} }`;
    },
    writable: true, enumerable: false, configurable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
});

{
  const proto = URLSearchParams.prototype;
  for (const k of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries',
    'forEach', 'keys', 'values', 'toString']) {
    Object.defineProperty(proto, k, { enumerable: true });
  }
  Object.defineProperty(proto, Symbol.iterator, { value: proto.entries, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(proto, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
}

// --- URL ---------------------------------------------------------------------------------------
const kRecord = new WeakMap(); // URL -> URLRecord
const kSearchParams = new WeakMap(); // URL -> URLSearchParams

function recordOf(url) {
  const r = kRecord.get(url);
  if (r === undefined) throw new TypeError('Receiver must be an instance of class URL');
  return r;
}

function invalidURL(input, base) {
  const err = new ERR_INVALID_URL(input);
  if (base !== undefined) err.base = base;
  return err;
}

function parseOrThrow(input, base) {
  let baseRec = null;
  if (base !== undefined) {
    baseRec = basicParse(base, null);
    if (baseRec === null) throw invalidURL(input, base);
  }
  const rec = basicParse(input, baseRec);
  if (rec === null) throw invalidURL(input, base);
  return rec;
}

function syncParams(url) {
  const params = kSearchParams.get(url);
  if (params === undefined) return;
  const rec = kRecord.get(url);
  const list = kList.get(params);
  list.length = 0;
  if (rec.query !== null) for (const e of parseForm(rec.query)) list.push(e);
}

const cannotHaveCredentials = (rec) => rec.host === null || rec.host === '' || rec.scheme === 'file';

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSV(input);
    if (base !== undefined) base = toUSV(base);
    kRecord.set(this, parseOrThrow(input, base));
  }

  toString() { return serializeURL(recordOf(this)); }

  get href() { return serializeURL(recordOf(this)); }
  set href(value) {
    recordOf(this);
    value = toUSV(value);
    const rec = basicParse(value, null);
    if (rec === null) throw invalidURL(value);
    kRecord.set(this, rec);
    syncParams(this);
  }

  get origin() { return serializeOrigin(recordOf(this)); }

  get protocol() { return `${recordOf(this).scheme}:`; }
  set protocol(value) {
    const rec = recordOf(this);
    basicParse(`${toUSV(value)}:`, null, rec, ST_SCHEME_START);
  }

  get username() { return recordOf(this).username; }
  set username(value) {
    const rec = recordOf(this);
    value = toUSV(value);
    if (cannotHaveCredentials(rec)) return;
    rec.username = percentEncode(value, USERINFO_SET);
  }

  get password() { return recordOf(this).password; }
  set password(value) {
    const rec = recordOf(this);
    value = toUSV(value);
    if (cannotHaveCredentials(rec)) return;
    rec.password = percentEncode(value, USERINFO_SET);
  }

  get host() {
    const rec = recordOf(this);
    if (rec.host === null) return '';
    return rec.port === null ? rec.host : `${rec.host}:${rec.port}`;
  }
  set host(value) {
    const rec = recordOf(this);
    value = toUSV(value);
    if (typeof rec.path === 'string') return;
    const copy = rec.clone();
    if (basicParse(value, null, copy, ST_HOST)) Object.assign(rec, copy);
  }

  get hostname() { const h = recordOf(this).host; return h === null ? '' : h; }
  set hostname(value) {
    const rec = recordOf(this);
    value = toUSV(value);
    if (typeof rec.path === 'string') return;
    const copy = rec.clone();
    if (basicParse(value, null, copy, ST_HOSTNAME)) Object.assign(rec, copy);
  }

  get port() { const p = recordOf(this).port; return p === null ? '' : String(p); }
  set port(value) {
    const rec = recordOf(this);
    value = toUSV(value);
    if (cannotHaveCredentials(rec)) return;
    if (value === '') { rec.port = null; return; }
    const copy = rec.clone();
    if (basicParse(value, null, copy, ST_PORT)) Object.assign(rec, copy);
  }

  get pathname() { return serializePath(recordOf(this)); }
  set pathname(value) {
    const rec = recordOf(this);
    value = toUSV(value);
    if (typeof rec.path === 'string') return;
    const copy = rec.clone();
    copy.path = [];
    if (basicParse(value, null, copy, ST_PATH_START)) Object.assign(rec, copy);
  }

  get search() { const q = recordOf(this).query; return q === null || q === '' ? '' : `?${q}`; }
  set search(value) {
    const rec = recordOf(this);
    value = toUSV(value);
    if (value === '') {
      rec.query = null;
    } else {
      if (value[0] === '?') value = value.slice(1);
      rec.query = '';
      basicParse(value, null, rec, ST_QUERY);
    }
    syncParams(this);
  }

  get searchParams() {
    recordOf(this);
    let params = kSearchParams.get(this);
    if (params === undefined) {
      params = new URLSearchParams();
      kSearchParams.set(this, params);
      kParamsURL.set(params, this);
      syncParams(this);
    }
    return params;
  }

  get hash() { const f = recordOf(this).fragment; return f === null || f === '' ? '' : `#${f}`; }
  set hash(value) {
    const rec = recordOf(this);
    value = toUSV(value);
    if (value === '') { rec.fragment = null; return; }
    if (value[0] === '#') value = value.slice(1);
    rec.fragment = '';
    basicParse(value, null, rec, ST_FRAGMENT);
  }

  toJSON() { return serializeURL(recordOf(this)); }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    try {
      return new URL(input, base);
    } catch (err) {
      if (err && err.code === 'ERR_INVALID_URL') return null;
      throw err;
    }
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSV(input);
    let baseRec = null;
    if (base !== undefined) {
      baseRec = basicParse(toUSV(base), null);
      if (baseRec === null) return false;
    }
    return basicParse(input, baseRec) !== null;
  }

  static createObjectURL(obj) {
    throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
  }

  [customInspect](depth, options, inspect) {
    recordOf(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = (this.constructor && typeof this.constructor === 'function') ? this.constructor : URL;
    const obj = {};
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    return `${ctor.name} ${inspect(obj, options)}`;
  }
}

{
  const proto = URL.prototype;
  for (const k of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
    'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
    Object.defineProperty(proto, k, { enumerable: true });
  }
  Object.defineProperty(proto, Symbol.toStringTag, { value: 'URL', configurable: true });
  for (const k of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) Object.defineProperty(URL, k, { enumerable: true });
}

// What the hostname setter makes of `domain` on a ws: URL (url.domainToASCII), or null.
function hostnameViaSetter(domain) {
  const rec = basicParse('ws://x', null);
  return basicParse(toUSV(domain), null, rec, ST_HOSTNAME) ? rec.host : null;
}

function isURL(v) { return v !== null && typeof v === 'object' && kRecord.has(v); }

module.exports = {
  URL,
  URLSearchParams,
  isURL,
  toUSV,
  percentEncode,
  percentDecodeBytes,
  utf8Decode,
  utf8Bytes,
  punycodeEncode,
  punycodeDecode,
  ucs2decode,
  ucs2encode,
  domainToASCIIInternal,
  domainToUnicodeInternal,
  parseHost,
  hostnameViaSetter,
  basicParse,
  serializeURL,
  COMPONENT_SET,
  USERINFO_SET,
  PATH_SET,
  FRAGMENT_SET,
  QUERY_SET,
};
