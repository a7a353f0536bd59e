// internal/encoding — Node's normalizeEncoding(): the canonical name of an encoding, or
// undefined. Shared by buffer and string_decoder.
'use strict';

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8' || enc === '') return 'utf8';
  if (typeof enc !== 'string') {
    if (!(enc instanceof String)) return undefined;
    enc = `${enc}`;
  }
  switch (enc.toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    default: return undefined;
  }
}

module.exports = { normalizeEncoding };
