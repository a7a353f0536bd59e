// internal/net — what net, http and dns share: IP address checks, port validation, the
// socket error codes and libuv-style errno exceptions (`connect ECONNREFUSED 127.0.0.1:80`).
'use strict';

const { E, codes, determineSpecificType } = require('internal/errors');

function isIPv4(s) {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && +p <= 255 && (p === '0' || p[0] !== '0'));
}

function isIPv6(s) {
  if (!/^[0-9a-fA-F:.]+$/.test(s) || !s.includes(':')) return false;
  const double = s.split('::').length - 1;
  if (double > 1) return false;
  const groups = s.split(':').filter((g) => g !== '');
  return groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g) || isIPv4(g)) && (double === 1 || groups.length === 8);
}

function isIP(s) {
  if (typeof s !== 'string') return 0;
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

if (!codes.ERR_SOCKET_BAD_PORT) {
  E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
    const operator = allowZero ? '>=' : '>';
    return `${name} should be ${operator} 0 and < 65536. Received ${determineSpecificType(port)}.`;
  }, RangeError);
  E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
  E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
  E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
  E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
  E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
  E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
  E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
  E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
  E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
  E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
  E('ERR_HTTP_CONTENT_LENGTH_MISMATCH', 'Response body\'s content-length of %s byte(s) does not match the content-length of %s byte(s) set in header', Error);
}

// validatePort from node's internal/validators.
function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) ||
      port > 0xFFFF ||
      (port === 0 && !allowZero)) {
    throw new codes.ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return port | 0;
}

// libuv error numbers (Linux) and messages for the codes the simulated network produces.
const UV = {
  ECONNREFUSED: [-111, 'connection refused'],
  EADDRINUSE: [-98, 'address already in use'],
  ECONNRESET: [-104, 'connection reset by peer'],
  EPIPE: [-32, 'broken pipe'],
  ENETUNREACH: [-101, 'network is unreachable'],
  EBADF: [-9, 'bad file descriptor'],
  ENOTCONN: [-107, 'socket is not connected'],
  ENOENT: [-2, 'no such file or directory'],
  ETIMEDOUT: [-110, 'connection timed out'],
};

function errno(code) {
  return UV[code] ? UV[code][0] : undefined;
}

// errnoException: `${syscall} ${code}`.
function errnoException(code, syscall, original) {
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const ex = new Error(message);
  ex.errno = errno(code);
  ex.code = code;
  ex.syscall = syscall;
  return ex;
}

// exceptionWithHostPort: `${syscall} ${code} ${address}:${port}`.
function exceptionWithHostPort(code, syscall, address, port, additional) {
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const ex = new Error(`${syscall} ${code}${details}`);
  ex.errno = errno(code);
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

// uvExceptionWithHostPort: `${syscall} ${code}: ${message} ${address}:${port}`.
function uvExceptionWithHostPort(code, syscall, address, port) {
  const msg = UV[code] ? UV[code][1] : 'unknown error';
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  const ex = new Error(`${syscall} ${code}: ${msg}${details}`);
  ex.code = code;
  ex.errno = errno(code);
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

module.exports = {
  isIP, isIPv4, isIPv6, validatePort, errnoException, exceptionWithHostPort, uvExceptionWithHostPort,
};
