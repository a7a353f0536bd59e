// punycode — owns the deprecated `punycode` module (DEP0040): RFC 3492 encode/decode (the
// algorithm lives in internal/url, which the WHATWG host parser uses too), toASCII/toUnicode
// of whole domains or email addresses, and ucs2 decode/encode.
'use strict';

const { punycodeEncode, punycodeDecode, ucs2decode, ucs2encode } = require('internal/url');

process.emitWarning('The `punycode` module is deprecated. Please use a userland alternative instead.',
  'DeprecationWarning', 'DEP0040');

// Applies fn to each label of a domain; the local part of an email address stays as it is.
function mapDomain(domain, fn) {
  const parts = domain.split('@');
  let result = '';
  if (parts.length > 1) {
    result = `${parts[0]}@`;
    domain = parts[1];
  }
  domain = domain.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '\x2E');
  return result + domain.split('.').map(fn).join('.');
}

function toASCII(input) {
  return mapDomain(input, (s) => (/[^\0-\x7F]/.test(s) ? `xn--${punycodeEncode(s)}` : s));
}

function toUnicode(input) {
  return mapDomain(input, (s) => (/^xn--/.test(s) ? punycodeDecode(s.slice(4).toLowerCase()) : s));
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: (codePoints) => ucs2encode(codePoints) },
  decode: (input) => punycodeDecode(input),
  encode: (input) => punycodeEncode(input),
  toASCII,
  toUnicode,
};
