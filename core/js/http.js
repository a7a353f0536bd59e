// http — HTTP/1.1 over loopscope's simulated TCP (net.js): `createServer`, `Server`,
// `ServerResponse`, `IncomingMessage`, `request` / `get` with `ClientRequest`, and an `Agent`
// that keeps sockets alive as node 20's global agent does. Messages are real bytes on the
// socket, written and parsed the way node's _http_outgoing / llhttp do (status line, header
// order with Date / Connection / Keep-Alive / Content-Length or chunked encoding), so both
// ends of a run see what node's would.
'use strict';

const net = require('net');
const EventEmitter = require('events');
const { Readable, Stream } = require('stream');
require('internal/net'); // registers the HTTP error codes
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_STATUS_CODE, ERR_INVALID_HTTP_TOKEN,
    ERR_HTTP_INVALID_HEADER_VALUE, ERR_INVALID_PROTOCOL, ERR_INVALID_CHAR,
    // The stream codes (internal/streams/utils, loaded with 'stream' above).
    ERR_STREAM_WRITE_AFTER_END, ERR_STREAM_NULL_VALUES, ERR_STREAM_ALREADY_FINISHED,
  },
} = require('internal/errors');

const METHODS = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH',
  'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST',
  'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE',
  'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE',
];

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required',
  408: 'Request Timeout', 409: 'Conflict', 410: 'Gone', 411: 'Length Required',
  412: 'Precondition Failed', 413: 'Payload Too Large', 414: 'URI Too Long',
  415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: 'I\'m a Teapot', 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
  511: 'Network Authentication Required',
};

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;

function validateHeaderName(name, label = 'Header name') {
  if (typeof name !== 'string' || !name || !tokenRegExp.test(name)) {
    throw new ERR_INVALID_HTTP_TOKEN(label, name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (headerCharRegex.test(String(value))) throw new ERR_INVALID_CHAR('header content', name);
}

// The Date header: cached per second like node's utcDate().
function utcDate() {
  return new Date().toUTCString();
}

// ---------------------------------------------------------------------------------------
// Parsing (an incremental HTTP/1.1 message parser: start line, headers, body by
// Content-Length, chunked encoding or connection close).
// ---------------------------------------------------------------------------------------
class Parser {
  constructor(kind, handlers) {
    this.kind = kind; // 'request' | 'response'
    this.h = handlers;
    this.buf = Buffer.alloc(0);
    this.state = 'start';
    this.msg = null;
    this.remaining = 0;
    this.expectBody = null; // set by the client for HEAD requests
  }
  execute(chunk) {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    for (;;) {
      if (this.state === 'start' || this.state === 'headers') {
        const end = this.buf.indexOf('\r\n\r\n');
        if (end === -1) return;
        const head = this.buf.subarray(0, end).toString('latin1');
        this.buf = this.buf.subarray(end + 4);
        if (!this.onHead(head)) return;
      } else if (this.state === 'length') {
        if (this.remaining === 0) { this.complete(); continue; }
        if (!this.takeBody()) return;
        if (this.remaining === 0) this.complete();
      } else if (this.state === 'chunk-size') {
        const eol = this.buf.indexOf('\r\n');
        if (eol === -1) return;
        const size = parseInt(this.buf.subarray(0, eol).toString('latin1'), 16);
        this.buf = this.buf.subarray(eol + 2);
        if (Number.isNaN(size)) return this.fail('Invalid character in chunk size');
        if (size === 0) { this.state = 'trailers'; continue; }
        this.remaining = size;
        this.state = 'chunk-data';
      } else if (this.state === 'chunk-data') {
        if (this.remaining === 0) {
          if (this.buf.length < 2) return;
          this.buf = this.buf.subarray(2);
          this.state = 'chunk-size';
          continue;
        }
        if (!this.takeBody()) return;
      } else if (this.state === 'trailers') {
        const eol = this.buf.indexOf('\r\n');
        if (eol === -1) return;
        this.buf = this.buf.subarray(eol + 2);
        if (eol === 0) this.complete();
      } else if (this.state === 'eof-body') {
        if (this.buf.length) {
          const body = this.buf;
          this.buf = Buffer.alloc(0);
          this.h.onBody(Buffer.from(body));
        }
        return;
      } else {
        return;
      }
    }
  }
  // Hands up to `remaining` buffered body bytes to onBody; false when none are buffered.
  takeBody() {
    if (this.buf.length === 0) return false;
    const n = Math.min(this.remaining, this.buf.length);
    const body = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    this.remaining -= n;
    this.h.onBody(Buffer.from(body));
    return true;
  }
  fail(reason) {
    this.state = 'error';
    const err = new Error('Parse Error: ' + reason);
    err.code = 'HPE_INVALID_CONSTANT';
    this.h.onError(err);
  }
  onHead(head) {
    const lines = head.split('\r\n');
    const first = lines.shift();
    const msg = { headers: [], versionMajor: 1, versionMinor: 1 };
    if (this.kind === 'request') {
      const m = /^([A-Z-]+) (\S+) HTTP\/(\d)\.(\d)$/.exec(first);
      if (!m) { this.fail('Invalid method encountered'); return false; }
      msg.method = m[1];
      msg.url = m[2];
      msg.versionMajor = +m[3];
      msg.versionMinor = +m[4];
    } else {
      const m = /^HTTP\/(\d)\.(\d) (\d{3})(?: (.*))?$/.exec(first);
      if (!m) { this.fail('Invalid response status'); return false; }
      msg.versionMajor = +m[1];
      msg.versionMinor = +m[2];
      msg.statusCode = +m[3];
      msg.statusMessage = m[4] || '';
    }
    for (const line of lines) {
      const i = line.indexOf(':');
      if (i <= 0) { this.fail('Invalid header token'); return false; }
      msg.headers.push(line.slice(0, i), line.slice(i + 1).trim());
    }
    let length = null;
    let chunked = false;
    let close = false;
    for (let i = 0; i < msg.headers.length; i += 2) {
      const k = msg.headers[i].toLowerCase();
      const v = msg.headers[i + 1];
      if (k === 'content-length') length = parseInt(v, 10);
      else if (k === 'transfer-encoding' && /chunked/i.test(v)) chunked = true;
      else if (k === 'connection' && /close/i.test(v)) close = true;
    }
    msg.shouldKeepAlive = !close && (msg.versionMajor > 1 || msg.versionMinor > 0);
    msg.upgrade = false;
    this.msg = msg;
    const noBody = this.kind === 'response' &&
      (this.expectBody === false || msg.statusCode === 204 || msg.statusCode === 304 || (msg.statusCode >= 100 && msg.statusCode < 200));
    this.h.onHeaders(msg);
    if (noBody) { this.complete(); return true; }
    if (chunked) this.state = 'chunk-size';
    else if (length !== null) { this.state = 'length'; this.remaining = length; }
    else if (this.kind === 'response') this.state = 'eof-body';
    else { this.complete(); }
    return true;
  }
  complete() {
    this.state = 'start';
    this.msg = null;
    this.h.onComplete();
  }
  finish() {
    // The connection ended: a close-delimited body is complete now.
    if (this.state === 'eof-body') this.complete();
  }
}

// ---------------------------------------------------------------------------------------
// IncomingMessage
// ---------------------------------------------------------------------------------------
function IncomingMessage(socket) {
  Readable.call(this, { autoDestroy: true });
  this._readableState.readingMore = true;
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this.rawHeaders = [];
  this.rawTrailers = [];
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this._consuming = false;
  this._dumped = false;
  this._headers = null;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

// A parsed message head as an IncomingMessage on `socket`.
function incomingFrom(socket, msg) {
  const m = new IncomingMessage(socket);
  m.httpVersionMajor = msg.versionMajor;
  m.httpVersionMinor = msg.versionMinor;
  m.httpVersion = `${msg.versionMajor}.${msg.versionMinor}`;
  m.rawHeaders = msg.headers;
  return m;
}

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return this.socket; },
  set(v) { this.socket = v; },
});

Object.defineProperty(IncomingMessage.prototype, 'headers', {
  __proto__: null, configurable: true, enumerable: true,
  get() {
    if (!this._headers) {
      const out = {};
      const raw = this.rawHeaders;
      for (let i = 0; i < raw.length; i += 2) addHeaderLine(raw[i], raw[i + 1], out);
      this._headers = out;
    }
    return this._headers;
  },
  set(v) { this._headers = v; },
});

Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
  __proto__: null, configurable: true, enumerable: true,
  get() {
    const out = {};
    const raw = this.rawHeaders;
    for (let i = 0; i < raw.length; i += 2) {
      const k = raw[i].toLowerCase();
      (out[k] || (out[k] = [])).push(raw[i + 1]);
    }
    return out;
  },
});

Object.defineProperty(IncomingMessage.prototype, 'trailers', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return {}; },
});

// node's matchKnownFields: duplicates of most headers are dropped, set-cookie is an array,
// cookie joins with '; ', everything else with ', '.
const DROP_DUPLICATES = new Set([
  'content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization',
  'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from', 'location',
  'max-forwards', 'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires',
]);
function addHeaderLine(field, value, dest) {
  const k = field.toLowerCase();
  if (k === 'set-cookie') {
    if (dest[k] !== undefined) dest[k].push(value);
    else dest[k] = [value];
  } else if (dest[k] === undefined) {
    dest[k] = value;
  } else if (!DROP_DUPLICATES.has(k)) {
    dest[k] += (k === 'cookie' ? '; ' : ', ') + value;
  }
}

IncomingMessage.prototype.setTimeout = function(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function() {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  if (this.socket && this.socket.readable) this.socket.resume();
};

IncomingMessage.prototype._destroy = function(err, cb) {
  if (!this.readableEnded || !this.complete) this.aborted = true;
  if (this.socket && !this.socket.destroyed && !this.complete && err) this.socket.destroy(err);
  cb(err);
};

IncomingMessage.prototype._dump = function() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

// ---------------------------------------------------------------------------------------
// OutgoingMessage (shared by ServerResponse and ClientRequest)
// ---------------------------------------------------------------------------------------
const kOutHeaders = Symbol('kOutHeaders');

function OutgoingMessage() {
  Stream.call(this);
  this.outputData = [];
  this.outputSize = 0;
  this.writable = true;
  this.destroyed = false;
  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;
  this._contentLength = null;
  this._hasBody = true;
  this._header = null;
  this[kOutHeaders] = null;
  this.finished = false;
  this._headerSent = false;
  this.socket = null;
  this._keepAliveTimeout = 0;
  this._defaultKeepAlive = true;
  this.strictContentLength = false;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

Object.defineProperty(OutgoingMessage.prototype, 'headersSent', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return !!this._header; },
});
Object.defineProperty(OutgoingMessage.prototype, 'writableEnded', {
  __proto__: null, get() { return this.finished; },
});
Object.defineProperty(OutgoingMessage.prototype, 'writableFinished', {
  __proto__: null,
  get() {
    return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0);
  },
});
Object.defineProperty(OutgoingMessage.prototype, 'connection', {
  __proto__: null, get() { return this.socket; }, set(v) { this.socket = v; },
});
Object.defineProperty(OutgoingMessage.prototype, 'writableLength', {
  __proto__: null, get() { return this.outputSize + (this.socket ? this.socket.writableLength : 0); },
});
Object.defineProperty(OutgoingMessage.prototype, 'writableHighWaterMark', {
  __proto__: null, get() { return this.socket ? this.socket.writableHighWaterMark : 16384; },
});

OutgoingMessage.prototype.setHeader = function(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = { __proto__: null };
  headers[name.toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.appendHeader = function(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  const key = name.toLowerCase();
  const headers = this[kOutHeaders] || (this[kOutHeaders] = { __proto__: null });
  if (headers[key]) {
    const prev = headers[key][1];
    headers[key][1] = [].concat(prev, value);
  } else {
    headers[key] = [name, value];
  }
  return this;
};

OutgoingMessage.prototype.getHeader = function(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  const headers = this[kOutHeaders];
  if (headers === null) return;
  const entry = headers[name.toLowerCase()];
  return entry && entry[1];
};

OutgoingMessage.prototype.getHeaderNames = function() {
  return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function() {
  return this[kOutHeaders] !== null ? Object.values(this[kOutHeaders]).map((e) => e[0]) : [];
};

OutgoingMessage.prototype.getHeaders = function() {
  const headers = this[kOutHeaders];
  const ret = { __proto__: null };
  if (headers) for (const key of Object.keys(headers)) ret[key] = headers[key][1];
  return ret;
};

OutgoingMessage.prototype.hasHeader = function(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  return this[kOutHeaders] !== null && !!this[kOutHeaders][name.toLowerCase()];
};

OutgoingMessage.prototype.removeHeader = function(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
  const key = name.toLowerCase();
  if (key === 'connection') this._removedConnection = true;
  else if (key === 'content-length') this._removedContLen = true;
  else if (key === 'transfer-encoding') this._removedTE = true;
  else if (key === 'date') this.sendDate = false;
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

OutgoingMessage.prototype.flushHeaders = function() {
  if (!this._header) this._implicitHeader();
  this._send('');
};

// _storeHeader: the start line, the user's headers in order, then Date, Connection,
// Keep-Alive and the framing header, as node writes them.
OutgoingMessage.prototype._storeHeader = function(firstLine, headers) {
  const state = { connection: false, contLen: false, te: false, date: false, expect: false, trailer: false, header: firstLine };
  const entries = [];
  if (headers) {
    if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) for (const [k, v] of headers) entries.push([k, v]);
      else for (let i = 0; i < headers.length; i += 2) entries.push([headers[i], headers[i + 1]]);
    } else if (headers === this[kOutHeaders]) {
      for (const key of Object.keys(headers)) entries.push(headers[key]);
    } else {
      for (const key of Object.keys(headers)) entries.push([key, headers[key]]);
    }
  }
  for (const [key, value] of entries) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      validateHeaderName(key);
      validateHeaderValue(key, v);
      state.header += key + ': ' + v + '\r\n';
    }
    const k = key.toLowerCase();
    if (k === 'connection') {
      state.connection = true;
      if (/close/i.test(String(value))) this._last = true;
      else this.shouldKeepAlive = true;
    } else if (k === 'transfer-encoding') {
      state.te = true;
      if (/chunked/i.test(String(value))) this.chunkedEncoding = true;
    } else if (k === 'content-length') {
      state.contLen = true;
    } else if (k === 'date') {
      state.date = true;
    } else if (k === 'trailer') {
      state.trailer = true;
    }
  }
  if (this.sendDate && !state.date) state.header += 'Date: ' + utcDate() + '\r\n';
  if (!state.connection) {
    const shouldSendKeepAlive = this.shouldKeepAlive && (state.contLen || this.useChunkedEncodingByDefault || this.agent);
    if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
      state.header += 'Connection: close\r\n';
    } else if (shouldSendKeepAlive) {
      state.header += 'Connection: keep-alive\r\n';
      if (this._keepAliveTimeout && this._defaultKeepAlive) {
        const timeoutSeconds = Math.floor(this._keepAliveTimeout / 1000);
        state.header += `Keep-Alive: timeout=${timeoutSeconds}\r\n`;
      }
    } else if (!this._removedConnection) {
      this._last = true;
      state.header += 'Connection: close\r\n';
    } else {
      this._last = true;
    }
  }
  if (!state.contLen && !state.te) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
      state.header += 'Content-Length: ' + this._contentLength + '\r\n';
    } else if (!this._removedTE) {
      state.header += 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else {
      this._last = true;
    }
  }
  this._header = state.header + '\r\n';
  this._headerSent = false;
};

OutgoingMessage.prototype._send = function(data, encoding, callback) {
  if (!this._headerSent && this._header !== null) {
    if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      data = this._header + data;
    } else {
      this.outputData.unshift({ data: this._header, encoding: 'latin1', callback: null });
      this.outputSize += this._header.length;
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback);
};

OutgoingMessage.prototype._writeRaw = function(data, encoding, callback) {
  const conn = this.socket;
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (conn && conn._httpMessage === this && conn.writable) {
    if (this.outputData.length) this._flushOutput(conn);
    return conn.write(data, encoding, callback);
  }
  this.outputData.push({ data, encoding, callback });
  this.outputSize += data.length;
  return this.outputSize < this.writableHighWaterMark;
};

OutgoingMessage.prototype._flushOutput = function(socket) {
  const out = this.outputData;
  this.outputData = [];
  this.outputSize = 0;
  let ret;
  for (const { data, encoding, callback } of out) ret = socket.write(data, encoding, callback);
  return ret;
};

OutgoingMessage.prototype._flush = function() {
  const socket = this.socket;
  if (socket && socket.writable) {
    const ret = this._flushOutput(socket);
    if (this.finished) this._finish();
    else if (ret && this.outputData.length === 0) this.emit('drain');
  }
};

const kNeedDrain = Symbol('kNeedDrain');

OutgoingMessage.prototype.write = function(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const ret = write_(this, chunk, encoding, callback, false);
  if (!ret) this[kNeedDrain] = true;
  return ret;
};

function connectionCorkNT(conn) {
  conn.uncork();
}

// A socket's 'drain' is the message's 'drain' when a write of it returned false.
function socketOnDrain() {
  const msg = this._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function write_(msg, chunk, encoding, callback, fromEnd) {
  return msg._write_(chunk, encoding, callback, fromEnd);
}

OutgoingMessage.prototype._write_ = function(chunk, encoding, callback, fromEnd) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (this.finished) {
    const err = new ERR_STREAM_WRITE_AFTER_END();
    process.nextTick(() => { this.emit('error', err); if (callback) callback(err); });
    return true;
  }
  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
  if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  if (!this._header) {
    if (typeof chunk === 'string' && chunk.length === 0) this._contentLength = null;
    this._implicitHeader();
  }
  if (!this._hasBody) {
    if (callback) process.nextTick(callback);
    return true;
  }
  // node corks the socket for the rest of the tick, so a burst of writes leaves together.
  if (!fromEnd && this.socket && !this.socket.writableCorked) {
    this.socket.cork();
    process.nextTick(connectionCorkNT, this.socket);
  }
  const len = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
  if (this.chunkedEncoding && len > 0) {
    this._send(len.toString(16) + '\r\n', 'latin1', null);
    this._send(chunk, encoding, null);
    return this._send('\r\n', 'latin1', callback);
  }
  return this._send(chunk, encoding, callback);
};

OutgoingMessage.prototype.end = function(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (chunk) {
    if (this.finished) {
      const err = new ERR_STREAM_WRITE_AFTER_END();
      process.nextTick(() => { this.emit('error', err); if (callback) callback(err); });
      return this;
    }
    if (!this._header) {
      this._contentLength = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
    }
    write_(this, chunk, encoding, null, true);
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(new ERR_STREAM_ALREADY_FINISHED('end'));
    }
    return this;
  } else if (!this._header) {
    this._contentLength = 0;
    this._implicitHeader();
  }
  if (typeof callback === 'function') this.once('finish', callback);
  // 'finish' comes from the socket's write callback of the last chunk (node's onFinish).
  const finish = () => {
    if (this.socket && this.socket._hadError) return;
    this.emit('finish');
  };
  if (this._hasBody && this.chunkedEncoding) this._send('0\r\n\r\n', 'latin1', finish);
  else if (!this._headerSent || this.writableLength || chunk) this._send('', 'latin1', finish);
  else process.nextTick(finish);
  if (this.socket) {
    // Fully uncork the connection on end().
    this.socket._writableState.corked = 1;
    this.socket.uncork();
  }
  this.finished = true;
  if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) this._finish();
  return this;
};

OutgoingMessage.prototype._finish = function() {
  this.emit('prefinish');
};

OutgoingMessage.prototype.destroy = function(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.socket) this.socket.destroy(error);
  else this.once('socket', (socket) => socket.destroy(error));
  return this;
};

OutgoingMessage.prototype.setTimeout = function(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (this.socket) this.socket.setTimeout(msecs);
  else this.once('socket', (s) => s.setTimeout(msecs));
  return this;
};

OutgoingMessage.prototype.cork = function() { if (this.socket) this.socket.cork(); };
OutgoingMessage.prototype.uncork = function() { if (this.socket) this.socket.uncork(); };

// ---------------------------------------------------------------------------------------
// Server side
// ---------------------------------------------------------------------------------------
function ServerResponse(req, options) {
  OutgoingMessage.call(this);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this.statusCode = 200;
  this.statusMessage = undefined;
  this._sent100 = false;
  this._expect_continue = false;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = false;
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype.assignSocket = function(socket) {
  socket._httpMessage = this;
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function(socket) {
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype._implicitHeader = function() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    if (!this.statusMessage) this.statusMessage = STATUS_CODES[statusCode] || 'unknown';
    obj = reason;
  }
  this.statusCode = statusCode;
  let headers;
  if (this[kOutHeaders]) {
    if (obj) {
      if (Array.isArray(obj)) {
        for (let i = 0; i < obj.length; i += 2) this.appendHeader(obj[i], obj[i + 1]);
      } else {
        for (const k of Object.keys(obj)) if (k) this.setHeader(k, obj[k]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) this._hasBody = false;
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(`HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`, headers);
  return this;
};
ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

ServerResponse.prototype.writeContinue = function(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  net.Server.call(this, { allowHalfOpen: true, noDelay: options.noDelay ?? true, keepAlive: options.keepAlive });
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this.headersTimeout = 60000;
  this.keepAliveTimeout = 5000;
  this.requestTimeout = 300000;
  this._connectionsSet = new Set();
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.close = function(cb) {
  this.closeIdleConnections();
  return net.Server.prototype.close.call(this, cb);
};

Server.prototype.closeAllConnections = function() {
  for (const socket of this._connectionsSet) socket.destroy();
};

Server.prototype.closeIdleConnections = function() {
  for (const socket of this._connectionsSet) {
    if (socket._httpIdle) socket.destroy();
  }
};

Server.prototype.setTimeout = function(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

function connectionListener(socket) {
  const server = this;
  server._connectionsSet.add(socket);
  socket.on('close', () => server._connectionsSet.delete(socket));
  socket._httpIdle = true;
  const outgoing = [];
  const incoming = [];
  let current = null;
  const parser = new Parser('request', {
    onHeaders(msg) {
      socket._httpIdle = false;
      if (socket[kKeepAliveTimer]) {
        socket.setTimeout(0);
        socket[kKeepAliveTimer] = false;
      }
      const req = incomingFrom(socket, msg);
      req.method = msg.method;
      req.url = msg.url;
      current = req;
      incoming.push(req);
      const res = new ServerResponse(req);
      res.shouldKeepAlive = msg.shouldKeepAlive;
      res._keepAliveTimeout = server.keepAliveTimeout;
      if (socket._httpMessage) {
        outgoing.push(res);
      } else {
        res.assignSocket(socket);
      }
      res.on('finish', function resOnFinish() {
        incoming.shift();
        if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
        res.detachSocket(socket);
        process.nextTick(() => {
          if (!res._closed) {
            res._closed = true;
            res.destroyed = true;
            res.emit('close');
          }
        });
        if (res._last) {
          if (typeof socket.destroySoon === 'function') socket.destroySoon();
          else socket.end();
        } else if (outgoing.length === 0) {
          socket._httpIdle = true;
          if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
            socket.setTimeout(server.keepAliveTimeout);
            socket[kKeepAliveTimer] = true;
          }
        } else {
          const m = outgoing.shift();
          m.assignSocket(socket);
        }
      });
      if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1 && server.requireHostHeader !== false &&
          req.headers.host === undefined) {
        // node 20 answers an HTTP/1.1 request without Host with 400 and closes.
        res.writeHead(400, ['Connection', 'close']);
        res.end();
        return;
      }
      if (req.headers.expect !== undefined && /100-continue/i.test(req.headers.expect) && server.listenerCount('checkContinue') > 0) {
        server.emit('checkContinue', req, res);
      } else {
        server.emit('request', req, res);
      }
    },
    onBody(chunk) {
      if (current && !current._dumped) {
        if (!current.push(chunk)) socket.pause();
      }
    },
    onComplete() {
      if (current) {
        current.complete = true;
        current.push(null);
        current = null;
      }
    },
    onError(err) {
      if (server.listenerCount('clientError') > 0) server.emit('clientError', err, socket);
      else {
        socket.write('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
        socket.destroy(err);
      }
    },
  });
  socket.on('data', (d) => parser.execute(d));
  socket.on('drain', socketOnDrain);
  socket.on('end', () => {
    parser.finish();
    if (!socket._httpMessage && incoming.length === 0) socket.end();
    else socket._httpEnded = true;
  });
  socket.on('timeout', () => {
    if (socket[kKeepAliveTimer]) socket.destroy();
    else if (!server.emit('timeout', socket)) socket.destroy();
  });
  socket.on('error', (e) => {
    if (server.listenerCount('clientError') > 0) server.emit('clientError', e, socket);
    else socket.destroy();
  });
  socket.resume();
}
const kKeepAliveTimer = Symbol('keepAliveTimer');

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

// ---------------------------------------------------------------------------------------
// Client side
// ---------------------------------------------------------------------------------------
function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.options = { __proto__: null, ...options };
  if (this.options.noDelay === undefined) this.options.noDelay = true;
  this.options.path = null;
  this.requests = { __proto__: null };
  this.sockets = { __proto__: null };
  this.freeSockets = { __proto__: null };
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.keepAlive = this.options.keepAlive || false;
  this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.scheduling = this.options.scheduling || 'lifo';
  this.maxTotalSockets = this.options.maxTotalSockets || Infinity;
  this.totalSocketCount = 0;
  this.on('free', (socket, options) => {
    const name = this.getName(options);
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const requests = this.requests[name];
    if (requests && requests.length) {
      const req = requests.shift();
      if (!requests.length) delete this.requests[name];
      setRequestSocket(this, req, socket);
      return;
    }
    const req = socket._httpMessage;
    if (!req || !req.shouldKeepAlive || !this.keepAlive) {
      socket.destroy();
      return;
    }
    const freeSockets = this.freeSockets[name] || [];
    const freeLen = freeSockets.length;
    let count = freeLen;
    if (this.sockets[name]) count += this.sockets[name].length;
    if (this.totalSocketCount > this.maxTotalSockets || count > this.maxSockets || freeLen >= this.maxFreeSockets) {
      socket.destroy();
      return;
    }
    this.freeSockets[name] = freeSockets;
    socket._httpMessage = null;
    this.removeSocket(socket, options);
    socket.once('error', freeSocketErrorListener);
    freeSockets.push(socket);
    socket.setKeepAlive(true, this.keepAliveMsecs);
    socket.unref();
    if (this.options.timeout) socket.setTimeout(this.options.timeout);
  });
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Agent, EventEmitter);
Agent.defaultMaxSockets = Infinity;

function freeSocketErrorListener(err) {
  this.destroy();
  this.emit('agentRemove', err);
}

Agent.prototype.getName = function(options = {}) {
  let name = options.host || 'localhost';
  name += ':';
  if (options.port) name += options.port;
  name += ':';
  if (options.localAddress) name += options.localAddress;
  if (options.family === 4 || options.family === 6) name += `:${options.family}`;
  return name;
};

Agent.prototype.createConnection = function(options, cb) {
  const socket = net.createConnection(options);
  if (cb) socket.once('connect', () => cb(null, socket));
  return socket;
};

Agent.prototype.addRequest = function(req, options) {
  options = { __proto__: null, ...options, ...this.options };
  if (!options.servername && options.servername !== '') options.servername = options.host;
  const name = this.getName(options);
  if (!this.sockets[name]) this.sockets[name] = [];
  const freeSockets = this.freeSockets[name];
  let socket;
  if (freeSockets) {
    while (freeSockets.length && freeSockets[0].destroyed) freeSockets.shift();
    socket = this.scheduling === 'fifo' ? freeSockets.shift() : freeSockets.pop();
    if (!freeSockets.length) delete this.freeSockets[name];
  }
  const freeLen = freeSockets ? freeSockets.length : 0;
  const sockLen = freeLen + this.sockets[name].length;
  if (socket) {
    socket.removeListener('error', freeSocketErrorListener);
    this.reuseSocket(socket, req);
    this.sockets[name].push(socket);
    setRequestSocket(this, req, socket);
  } else if (sockLen < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
    const s = this.createSocket(req, options);
    setRequestSocket(this, req, s);
  } else {
    if (!this.requests[name]) this.requests[name] = [];
    this.requests[name].push(req);
  }
};

Agent.prototype.createSocket = function(req, options) {
  options = { __proto__: null, ...options, ...this.options };
  const name = this.getName(options);
  options._agentKey = name;
  options.encoding = null;
  const s = this.createConnection(options);
  this.totalSocketCount++;
  this.sockets[name].push(s);
  const agent = this;
  function onFree() { agent.emit('free', s, options); }
  s.on('free', onFree);
  function onClose() { agent.totalSocketCount--; agent.removeSocket(s, options); }
  s.on('close', onClose);
  function onTimeout() {
    const sockets = agent.freeSockets;
    if (Object.keys(sockets).some((n) => sockets[n].includes(s))) s.destroy();
  }
  s.on('timeout', onTimeout);
  function onRemove() {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
    s.removeListener('close', onClose);
    s.removeListener('free', onFree);
    s.removeListener('timeout', onTimeout);
    s.removeListener('agentRemove', onRemove);
  }
  s.on('agentRemove', onRemove);
  if (req.timeout !== undefined) s.setTimeout(req.timeout);
  return s;
};

Agent.prototype.removeSocket = function(s, options) {
  const name = this.getName(options);
  for (const sets of [this.sockets, this.freeSockets]) {
    const list = sets[name];
    if (list) {
      const i = list.indexOf(s);
      if (i !== -1) {
        list.splice(i, 1);
        if (list.length === 0) delete sets[name];
      }
    }
  }
};

Agent.prototype.keepSocketAlive = function(socket) {
  socket.setKeepAlive(true, this.keepAliveMsecs);
  socket.unref();
  return true;
};

Agent.prototype.reuseSocket = function(socket, req) {
  req.reusedSocket = true;
  socket.ref();
};

Agent.prototype.destroy = function() {
  for (const set of [this.freeSockets, this.sockets]) {
    for (const key of Object.keys(set)) for (const s of set[key]) s.destroy();
  }
};

function setRequestSocket(agent, req, socket) {
  req.onSocket(socket);
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

function ClientRequest(input, options, cb) {
  if (!(this instanceof ClientRequest)) return new ClientRequest(input, options, cb);
  OutgoingMessage.call(this);
  if (typeof input === 'string') {
    input = require('url').urlToHttpOptions(new URL(input));
  } else if (input instanceof URL) {
    input = require('url').urlToHttpOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || {};
  } else {
    options = { ...input, ...options };
  }
  let agent = options.agent;
  const defaultAgent = options._defaultAgent || globalAgent;
  if (agent === false) agent = new Agent();
  else if (agent === null || agent === undefined) agent = defaultAgent;
  this.agent = agent;
  const protocol = options.protocol || defaultAgent.protocol;
  if (protocol !== 'http:') throw new ERR_INVALID_PROTOCOL(protocol, 'http:');
  const defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort) || 80;
  const port = options.port = options.port || defaultPort || 80;
  const host = options.host = options.hostname || options.host || 'localhost';
  const setHost = options.setHost === undefined || Boolean(options.setHost);
  this.timeout = options.timeout;
  const method = options.method == null ? 'GET' : String(options.method).toUpperCase();
  if (!tokenRegExp.test(method)) throw new ERR_INVALID_HTTP_TOKEN('Method', method);
  this.method = method;
  this.path = options.path || '/';
  this.host = host;
  this.protocol = protocol;
  this.maxHeadersCount = null;
  this.reusedSocket = false;
  this.aborted = false;
  this.res = null;
  if (cb) this.once('response', cb);
  if (method === 'GET' || method === 'HEAD' || method === 'DELETE' || method === 'OPTIONS' ||
      method === 'TRACE' || method === 'CONNECT') {
    this.useChunkedEncodingByDefault = false;
  } else {
    this.useChunkedEncodingByDefault = true;
  }
  const headersArray = Array.isArray(options.headers);
  if (!headersArray && options.headers) {
    const h = options.headers;
    for (const k of Object.keys(h)) this.setHeader(k, h[k]);
  }
  if (!headersArray && host && !this.getHeader('host') && setHost) {
    let hostHeader = host;
    const posColon = hostHeader.indexOf(':');
    if (posColon !== -1 && hostHeader.includes(':', posColon + 1) && hostHeader.charCodeAt(0) !== 91) {
      hostHeader = `[${hostHeader}]`;
    }
    if (port && +port !== defaultPort) hostHeader += ':' + port;
    this.setHeader('Host', hostHeader);
  }
  if (options.auth && !this.getHeader('Authorization')) {
    this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
  }
  this.shouldKeepAlive = !!(this.agent && this.agent.keepAlive);
  this._storedHeaderLine = `${method} ${this.path} HTTP/1.1\r\n`;
  // Headers given as a flat array go out exactly as given (no Host added), as in node.
  if (headersArray) this._storeHeader(this._storedHeaderLine, options.headers);
  const optsWithoutSignal = { __proto__: null, ...options };
  if (options.signal) {
    const signal = options.signal;
    if (signal.aborted) process.nextTick(() => this.destroy(signal.reason));
    else signal.addEventListener('abort', () => this.destroy(signal.reason), { once: true });
  }
  this.agent.addRequest(this, optsWithoutSignal);
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

ClientRequest.prototype._implicitHeader = function() {
  if (this._header) return;
  this._storeHeader(this._storedHeaderLine, this[kOutHeaders]);
};

ClientRequest.prototype.abort = function() {
  if (this.aborted) return;
  this.aborted = true;
  process.nextTick(() => this.emit('abort'));
  this.destroy();
};

ClientRequest.prototype.destroy = function(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.res) this.res._dump();
  this[kError] = err;
  if (this.socket) this.socket.destroy(err);
  else if (err) process.nextTick(() => { this.emit('error', err); this.emit('close'); });
  else process.nextTick(() => this.emit('close'));
  return this;
};
const kError = Symbol('kError');

ClientRequest.prototype.onSocket = function(socket) {
  process.nextTick(() => onSocketNT(this, socket));
};

function onSocketNT(req, socket) {
  if (req.destroyed) {
    socket.destroy(req[kError]);
    return;
  }
  tickOnSocket(req, socket);
  req._flush();
}

function tickOnSocket(req, socket) {
  const parser = new Parser('response', {
    onHeaders(msg) {
      const res = incomingFrom(socket, msg);
      res.statusCode = msg.statusCode;
      res.statusMessage = msg.statusMessage;
      res.req = req;
      req.res = res;
      parser.res = res;
      if (msg.statusCode >= 100 && msg.statusCode < 200 && msg.statusCode !== 101) {
        req.emit('information', { statusCode: msg.statusCode, statusMessage: msg.statusMessage, httpVersion: res.httpVersion, headers: res.headers, rawHeaders: res.rawHeaders });
        parser.res = null;
        return;
      }
      if (req.shouldKeepAlive && !msg.shouldKeepAlive) req.shouldKeepAlive = false;
      res.on('end', responseOnEnd);
      if (!req.emit('response', res)) res._dump();
    },
    onBody(chunk) {
      const res = parser.res;
      if (res && !res._dumped) {
        if (!res.push(chunk)) socket.pause();
      }
    },
    onComplete() {
      const res = parser.res;
      if (res) {
        res.complete = true;
        parser.res = null;
        res.push(null);
      }
    },
    onError(err) {
      req.emit('error', err);
      socket.destroy();
    },
  });
  parser.expectBody = req.method !== 'HEAD';
  req.socket = socket;
  socket._httpMessage = req;
  socket.parser = parser;
  const onData = (d) => parser.execute(d);
  const onEnd = () => {
    parser.finish();
    if (!req.res && !req.socket._hadError) {
      req.socket._hadError = true;
      req.emit('error', connResetException('socket hang up'));
    }
  };
  const onClose = () => {
    if (req.res && req.res.readable && !req.res.complete) {
      req.res.destroy(connResetException('aborted'));
    }
    if (!req.res && !socket._hadError) {
      socket._hadError = true;
      req.emit('error', connResetException('socket hang up'));
    }
    if (!req._closed) {
      req._closed = true;
      req.emit('close');
    }
  };
  const onError = (err) => {
    if (!socket._hadError) {
      socket._hadError = true;
      req.emit('error', err);
    }
  };
  socket.on('data', onData);
  socket.on('drain', socketOnDrain);
  socket.on('end', onEnd);
  socket.on('close', onClose);
  socket.on('error', onError);
  req[kCleanup] = () => {
    socket.removeListener('data', onData);
    socket.removeListener('drain', socketOnDrain);
    socket.removeListener('end', onEnd);
    socket.removeListener('close', onClose);
    socket.removeListener('error', onError);
    socket.parser = null;
  };
  if (req.timeout !== undefined) socket.setTimeout(req.timeout, () => req.emit('timeout'));
  req.emit('socket', socket);
}
const kCleanup = Symbol('kCleanup');

function connResetException(msg) {
  const ex = new Error(msg);
  ex.code = 'ECONNRESET';
  return ex;
}

function responseOnEnd() {
  const req = this.req;
  const socket = req.socket;
  if (!req.shouldKeepAlive) {
    if (socket.writable) {
      if (typeof socket.destroySoon === 'function') socket.destroySoon();
      else socket.end();
    }
  } else if (req.writableFinished) {
    responseKeepAlive(req);
  } else {
    req.once('finish', () => responseKeepAlive(req));
  }
}

function responseKeepAlive(req) {
  const socket = req.socket;
  if (req[kCleanup]) req[kCleanup]();
  req.destroyed = true;
  if (req.res) req.res.socket = null;
  // Free the socket after the user's 'end' handlers ran (node's emitFreeNT).
  process.nextTick(() => {
    req._closed = true;
    req.emit('close');
    socket.emit('free');
  });
}


function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = {
  _connectionListener: connectionListener,
  METHODS: METHODS.slice().sort(),
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  maxHeaderSize: 16384,
  globalAgent,
  setMaxIdleHTTPParsers() {},
};
