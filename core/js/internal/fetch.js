// internal/fetch — the global fetch, Headers, Request and Response, as node 20's undici shows
// them to a snippet, over the simulated network (so a server in the same run answers; nothing
// else is reachable). A request goes out with undici's headers in undici's order, redirects are
// followed (20 at most), gzip/deflate bodies are decoded, and failures are
// `TypeError: fetch failed` with the socket error as `cause`. Bodies are buffered whole; `body`
// is a minimal ReadableStream (getReader, async iteration) over that buffer.
'use strict';

const { Buffer } = require('buffer');

const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const badValueRe = /[\0\r\n]/;
const trimWs = (v) => v.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');

function normalizeName(name, op) {
  name = `${name}`;
  if (!tokenRe.test(name)) throw new TypeError(`Headers.${op}: "${name}" is an invalid header name.`);
  return name.toLowerCase();
}

function normalizeValue(value, op) {
  value = trimWs(`${value}`);
  if (badValueRe.test(value)) throw new TypeError(`Headers.${op}: "${value}" is an invalid header value.`);
  return value;
}

class Headers {
  #map = new Map();

  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    if (typeof init !== 'object') {
      throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
        'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
    }
    if (init instanceof Headers || typeof init[Symbol.iterator] === 'function') {
      for (const pair of init) {
        const list = [...pair];
        if (list.length !== 2) throw new TypeError('Headers constructor: expected name/value pair to be length 2, found ' + list.length + '.');
        this.append(list[0], list[1]);
      }
    } else {
      for (const key of Object.keys(init)) this.append(key, init[key]);
    }
  }

  append(name, value) {
    const n = normalizeName(name, 'append');
    const v = normalizeValue(value, 'append');
    const list = this.#map.get(n);
    if (list) list.push(v);
    else this.#map.set(n, [v]);
  }

  set(name, value) {
    this.#map.set(normalizeName(name, 'set'), [normalizeValue(value, 'set')]);
  }

  delete(name) { this.#map.delete(normalizeName(name, 'delete')); }

  has(name) { return this.#map.has(normalizeName(name, 'has')); }

  get(name) {
    const list = this.#map.get(normalizeName(name, 'get'));
    return list === undefined ? null : list.join(', ');
  }

  getSetCookie() { return [...(this.#map.get('set-cookie') || [])]; }

  * entries() {
    for (const name of [...this.#map.keys()].sort()) {
      const list = this.#map.get(name);
      if (name === 'set-cookie') {
        for (const v of list) yield [name, v];
      } else {
        yield [name, list.join(', ')];
      }
    }
  }

  * keys() { for (const [k] of this.entries()) yield k; }

  * values() { for (const [, v] of this.entries()) yield v; }

  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') {
      throw new TypeError("Headers.forEach: Expected callback to be a function.");
    }
    for (const [k, v] of this.entries()) callback.call(thisArg, v, k, this);
  }

  [Symbol.iterator]() { return this.entries(); }

  get [Symbol.toStringTag]() { return 'Headers'; }

  // The raw list in insertion order (names lowercased), for the request line.
  _raw() {
    const out = [];
    for (const [k, list] of this.#map) out.push([k, list.join(k === 'cookie' ? '; ' : ', ')]);
    return out;
  }
}

// A body from what fetch/Request/Response accept, and the content type it implies.
function extractBody(body) {
  if (body === undefined || body === null) return { bytes: null, type: null };
  if (typeof body === 'string') return { bytes: Buffer.from(body), type: 'text/plain;charset=UTF-8' };
  if (body instanceof URLSearchParams) {
    return { bytes: Buffer.from(body.toString()), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  if (body instanceof ArrayBuffer) return { bytes: Buffer.from(new Uint8Array(body.slice(0))), type: null };
  if (ArrayBuffer.isView(body)) {
    return { bytes: Buffer.from(new Uint8Array(body.buffer, body.byteOffset, body.byteLength)), type: null };
  }
  return { bytes: Buffer.from(`${body}`), type: 'text/plain;charset=UTF-8' };
}

// The part of a ReadableStream a snippet uses: one chunk with the whole body.
class ReadableStream {
  #owner;
  #done = false;
  constructor(owner) { this.#owner = owner; }

  get locked() { return this.#owner._used; }

  getReader() {
    const owner = this.#owner;
    if (owner._used) throw new TypeError('ReadableStream is locked');
    owner._used = true;
    return {
      read: async () => {
        if (this.#done || owner._bytes === null || owner._bytes.length === 0) {
          this.#done = true;
          return { value: undefined, done: true };
        }
        this.#done = true;
        return { value: new Uint8Array(owner._bytes), done: false };
      },
      releaseLock() {},
      cancel: async () => { this.#done = true; },
    };
  }

  async* [Symbol.asyncIterator]() {
    const reader = this.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      yield value;
    }
  }

  get [Symbol.toStringTag]() { return 'ReadableStream'; }
}

const unusable = () => new TypeError('Body is unusable: Body has already been read');

class BodyMixin {
  get body() {
    if (this._bytes === null) return null;
    if (this._stream === undefined) this._stream = new ReadableStream(this);
    return this._stream;
  }

  get bodyUsed() { return this._used; }

  async arrayBuffer() {
    const b = this._consume();
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  }

  async text() { return this._consume().toString('utf8'); }

  async json() { return JSON.parse(this._consume().toString('utf8')); }

  async bytes() { return new Uint8Array(this._consume()); }

  _consume() {
    if (this._used) throw unusable();
    this._used = true;
    return this._bytes === null ? Buffer.alloc(0) : Buffer.from(this._bytes);
  }
}

const kStatusText = {
  200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found',
  303: 'See Other', 304: 'Not Modified', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error',
};

class Response extends BodyMixin {
  constructor(body = null, init = {}) {
    super();
    const status = init.status === undefined ? 200 : init.status;
    if (!Number.isInteger(status) || status < 200 || status > 599) {
      throw new RangeError(`init["status"] must be in the range of 200 to 599, inclusive.`);
    }
    const { bytes, type } = extractBody(body);
    this._bytes = bytes;
    this._used = false;
    this._status = status;
    this._statusText = init.statusText === undefined ? '' : `${init.statusText}`;
    this._headers = new Headers(init.headers);
    if (type !== null && !this._headers.has('content-type')) this._headers.set('content-type', type);
    this._url = '';
    this._type = 'default';
    this._redirected = false;
  }

  get status() { return this._status; }

  get statusText() { return this._statusText; }

  get ok() { return this._status >= 200 && this._status <= 299; }

  get headers() { return this._headers; }

  get url() { return this._url; }

  get type() { return this._type; }

  get redirected() { return this._redirected; }

  clone() {
    if (this._used) throw new TypeError('Response.clone: Body has already been consumed.');
    const r = new Response(null, { status: this._status, statusText: this._statusText, headers: this._headers });
    r._bytes = this._bytes === null ? null : Buffer.from(this._bytes);
    Object.assign(r, { _url: this._url, _type: this._type, _redirected: this._redirected });
    return r;
  }

  static json(data, init = {}) {
    const headers = new Headers(init.headers);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    return new Response(JSON.stringify(data), { ...init, headers });
  }

  static error() {
    const r = new Response(null, { status: 200 });
    r._status = 0;
    r._type = 'error';
    return r;
  }

  static redirect(url, status = 302) {
    if (![301, 302, 303, 307, 308].includes(status)) throw new RangeError(`Invalid status code ${status}`);
    return new Response(null, { status, headers: { location: new URL(url).href } });
  }

  get [Symbol.toStringTag]() { return 'Response'; }
}

const kMethods = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];
let patchWarned = false;

class Request extends BodyMixin {
  constructor(input, init = {}) {
    super();
    const base = input instanceof Request ? input : null;
    let url;
    try {
      url = new URL(base ? base.url : `${input}`);
    } catch (cause) {
      throw new TypeError(`Failed to parse URL from ${input}`, { cause });
    }
    this._url = url.href;
    let method = init.method !== undefined ? `${init.method}` : (base ? base.method : 'GET');
    if (kMethods.includes(method.toUpperCase())) method = method.toUpperCase();
    if (method === 'patch' && !patchWarned) {
      patchWarned = true;
      process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. `PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
    }
    this._method = method;
    this._headers = new Headers(init.headers !== undefined ? init.headers : (base ? base.headers : undefined));
    const source = init.body !== undefined ? init.body : null;
    if (source !== null && (method === 'GET' || method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    const { bytes, type } = extractBody(source);
    this._bytes = bytes !== null ? bytes : (base ? base._bytes : null);
    this._used = false;
    if (type !== null && !this._headers.has('content-type')) this._headers.set('content-type', type);
    this._redirect = init.redirect || (base ? base.redirect : 'follow');
    this._signal = init.signal || null;
  }

  get url() { return this._url; }

  get method() { return this._method; }

  get headers() { return this._headers; }

  get redirect() { return this._redirect; }

  get signal() { return this._signal; }

  get [Symbol.toStringTag]() { return 'Request'; }
}

// Ports the fetch standard refuses.
const kBadPorts = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79,
  87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179,
  389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989,
  990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668,
  6669, 6697, 10080]);

const failed = (cause) => new TypeError('fetch failed', { cause });

function decode(bytes, encoding) {
  const zlib = require('zlib');
  let out = bytes;
  for (const coding of `${encoding || ''}`.toLowerCase().split(',').map((s) => s.trim()).reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip') out = zlib.gunzipSync(out);
    else if (coding === 'deflate') out = zlib.inflateSync(out);
  }
  return out;
}

// One HTTP exchange; resolves with the response (body read whole).
function exchange(url, method, headers, body) {
  const http = require('http');
  return new Promise((resolve, reject) => {
    if (url.protocol !== 'http:') {
      reject(failed(new Error(url.protocol === 'https:' ? 'loopscope: https is not available (no TLS in the simulated network)' : 'unknown scheme')));
      return;
    }
    const port = url.port === '' ? 80 : Number(url.port);
    if (kBadPorts.has(port)) {
      reject(failed(new Error('bad port')));
      return;
    }
    const raw = [['host', url.host], ['connection', 'keep-alive']];
    const user = headers._raw();
    for (const pair of user) if (pair[0] !== 'host' && pair[0] !== 'connection') raw.push(pair);
    const has = (n) => user.some(([k]) => k === n);
    const add = (n, v) => { if (!has(n)) raw.push([n, v]); };
    add('accept', '*/*');
    add('accept-language', '*');
    add('sec-fetch-mode', 'cors');
    add('user-agent', 'node');
    add('accept-encoding', 'gzip, deflate');
    if (body !== null) add('content-length', String(body.length));
    else if (method === 'POST' || method === 'PUT') add('content-length', '0');
    const flat = [];
    for (const [k, v] of raw) flat.push(k, v);
    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    const req = http.request({ host, port, path: url.pathname + url.search, method, headers: flat, agent: false });
    req.on('error', (err) => reject(failed(err)));
    req.on('response', (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('error', (err) => reject(failed(err)));
      res.on('end', () => {
        let bytes = Buffer.concat(chunks);
        try {
          if (method !== 'HEAD') bytes = decode(bytes, res.headers['content-encoding']);
        } catch (err) {
          reject(failed(err));
          return;
        }
        resolve({ res, bytes });
        req.destroy();
      });
    });
    req.end(body === null ? undefined : body);
  });
}

async function fetch(input, init = undefined) {
  const request = new Request(input, init || {});
  let url = new URL(request.url);
  let method = request.method;
  let body = request._bytes;
  let headers = request.headers;
  let redirected = false;
  for (let hops = 0; ; hops++) {
    const { res, bytes } = await exchange(url, method, headers, body);
    const status = res.statusCode;
    const location = res.headers.location;
    if ([301, 302, 303, 307, 308].includes(status) && location !== undefined && request.redirect !== 'manual') {
      if (request.redirect === 'error') throw failed(new Error('unexpected redirect'));
      if (hops >= 20) throw failed(new Error('redirect count exceeded'));
      url = new URL(location, url);
      if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
        method = 'GET';
        body = null;
        headers = new Headers([...headers._raw()].filter(([k]) => !k.startsWith('content-')));
      }
      redirected = true;
      continue;
    }
    const out = new Response(null, { status: status < 200 ? 200 : status, statusText: res.statusMessage || kStatusText[status] || '' });
    out._status = status;
    const h = out._headers;
    for (let i = 0; i < res.rawHeaders.length; i += 2) h.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
    out._bytes = method === 'HEAD' || status === 204 || status === 304 ? null : bytes;
    out._url = url.href;
    out._type = 'basic';
    out._redirected = redirected;
    return out;
  }
}

module.exports = { fetch, Headers, Request, Response, ReadableStream };
