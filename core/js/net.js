// net — TCP over loopscope's simulated loopback network (core/src/net.rs): `Server`
// (listen / close / address / connections), `Socket` as a Duplex stream (connect, write, end,
// destroy, pause/resume, timeouts), `createServer`, `connect` / `createConnection`, `isIP*`.
// Timing follows node's lib/net.js over libuv: 'listening' and listen errors via nextTick,
// connects for host names after a `dns.lookup` (thread pool), readiness in the poll phase,
// and 'close' of a socket with a handle from the handle's close callback (close phase),
// without one via nextTick.
'use strict';

const {
  isIP, isIPv4, isIPv6, validatePort, errnoException, exceptionWithHostPort, uvExceptionWithHostPort,
} = require('internal/net');
const EventEmitter = require('events');
const { Duplex } = require('stream');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_SERVER_NOT_RUNNING, ERR_SERVER_ALREADY_LISTEN,
    ERR_SOCKET_CLOSED, ERR_SOCKET_CLOSED_BEFORE_CONNECTION, ERR_INVALID_ARG_VALUE,
  },
  genericNodeError, validateNumber, validateFunction,
} = require('internal/errors');

const kHandle = Symbol('kHandle');
const kTimeout = Symbol('timeout');
const kBuffer = Symbol('kBuffer');
const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kSetNoDelay = Symbol('kSetNoDelay');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const normalizedArgsSymbol = Symbol('normalizedArgs');

// ---------------------------------------------------------------------------------------
// TCP handles: a thin object over binding.tcp*, like node's TCPWrap.
// ---------------------------------------------------------------------------------------
const owners = new Map();

binding.tcpSetDispatch((id, what, arg) => {
  const handle = owners.get(id);
  if (handle === undefined) return;
  switch (what) {
    case 'connection': {
      const client = new TCP(arg);
      if (handle.onconnection) handle.onconnection(0, client);
      break;
    }
    case 'connect': {
      const req = handle.connectReq;
      handle.connectReq = null;
      if (req) req.oncomplete(arg === undefined ? 0 : arg, handle, req, true, true);
      break;
    }
    case 'read':
      if (handle.onread) handle.onread(arg);
      break;
    case 'written': {
      const cb = handle.writeReqs.get(arg);
      handle.writeReqs.delete(arg);
      if (cb) cb();
      break;
    }
    case 'shutdown': {
      const req = handle.shutdownReq;
      handle.shutdownReq = null;
      if (req) req.oncomplete(0);
      break;
    }
    default:
  }
});

class TCP {
  constructor(id) {
    this.id = id === undefined ? binding.tcpCreate() : id;
    this.reading = false;
    this.onread = null;
    this.onconnection = null;
    this.connectReq = null;
    this.shutdownReq = null;
    this.writeReqs = new Map();
    this.closed = false;
    owners.set(this.id, this);
  }
  listen(address, port) { return binding.tcpListen(this.id, address, port); }
  connect(req, address, port) {
    this.connectReq = req;
    binding.tcpConnect(this.id, address, port);
    return 0;
  }
  readStart() { this.reading = true; binding.tcpRead(this.id, true); return 0; }
  readStop() { this.reading = false; binding.tcpRead(this.id, false); return 0; }
  write(bytes) { return binding.tcpWrite(this.id, bytes); }
  shutdown(req) {
    this.shutdownReq = req;
    if (!binding.tcpShutdown(this.id)) {
      this.shutdownReq = null;
      process.nextTick(() => req.oncomplete(0));
    }
    return 0;
  }
  close(cb) {
    if (this.closed) return;
    this.closed = true;
    binding.tcpClose(this.id, typeof cb === 'function' ? () => { owners.delete(this.id); cb(); } : undefined);
    if (typeof cb !== 'function') owners.delete(this.id);
  }
  ref() { binding.tcpRef(this.id, true); }
  unref() { binding.tcpRef(this.id, false); }
  getsockname() { return binding.tcpName(this.id, false); }
  getpeername() { return binding.tcpName(this.id, true); }
}

function familyName(n) {
  return n === 6 ? 'IPv6' : 'IPv4';
}

// ---------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------
function toNumber(x) { return (x = Number(x)) >= 0 ? x : false; }
function isPipeName(s) { return typeof s === 'string' && toNumber(s) === false; }

function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb !== 'function' ? [options, null] : [options, cb];
  arr[normalizedArgsSymbol] = true;
  return arr;
}

// ---------------------------------------------------------------------------------------
// Socket
// ---------------------------------------------------------------------------------------
function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options === undefined || options === null) options = {};
  else if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  if (options.fd !== undefined) {
    throw new ERR_INVALID_ARG_VALUE('options.fd', options.fd, 'is not supported by loopscope (no real descriptors)');
  }
  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this[kLastWriteQueueSize] = 0;
  this[kTimeout] = null;
  this[kBuffer] = null;
  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  // 'close' comes from the handle's close callback (or nextTick without one), not the stream.
  options.autoDestroy = true;
  options.emitClose = false;
  options.decodeStrings = false;
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  Duplex.call(this, options);
  if (options.handle) {
    this._handle = options.handle;
    initSocketHandle(this);
  }
  this.on('end', onReadableStreamEnd);
  this.server = null;
  this._server = null;
  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
  if (options.signal) {
    const signal = options.signal;
    if (signal.aborted) process.nextTick(() => this.destroy(signal.reason));
    else signal.addEventListener('abort', () => this.destroy(signal.reason), { once: true });
  }
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

function initSocketHandle(self) {
  self._undestroy();
  self._sockname = null;
  if (self._handle) {
    self._handle[kHandle] = self;
    self._handle.onread = (buf) => onStreamRead(self, buf);
  }
}

function onStreamRead(stream, arg) {
  const handle = stream._handle;
  if (!handle) return;
  stream._unrefTimer();
  if (arg instanceof Uint8Array) {
    const buf = Buffer.from(arg.buffer, arg.byteOffset, arg.byteLength);
    stream[kBytesRead] += buf.length;
    if (!stream.push(buf)) {
      handle.reading = false;
      if (!stream.destroyed) handle.readStop();
    }
    return;
  }
  if (typeof arg === 'string') {
    stream.destroy(errnoException(arg, 'read'));
    return;
  }
  // EOF
  if (stream._readableState.endEmitted) return;
  handle.readStop();
  stream.push(null);
  stream.read(0);
}

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const er = genericNodeError('This socket has been ended by the other party', { code: 'EPIPE' });
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

Socket.prototype.setNoDelay = function(enable) {
  this[kSetNoDelay] = enable === undefined ? true : !!enable;
  return this;
};
Socket.prototype.setKeepAlive = function() { return this; };

Socket.prototype.address = function() {
  return this._getsockname();
};

Socket.prototype._getsockname = function() {
  if (!this._handle) return {};
  if (!this._sockname) {
    const n = this._handle.getsockname();
    if (!n) return {};
    this._sockname = { address: n[0], family: familyName(n[2]), port: n[1] };
  }
  return this._sockname;
};

Socket.prototype._getpeername = function() {
  if (!this._handle) return this._peername || {};
  if (!this._peername) {
    const n = this._handle.getpeername();
    if (!n || this.connecting) return {};
    this._peername = { address: n[0], family: familyName(n[2]), port: n[1] };
  }
  return this._peername;
};

function protoGetter(name, fn) {
  Object.defineProperty(Socket.prototype, name, { __proto__: null, configurable: false, enumerable: true, get: fn });
}
protoGetter('remoteAddress', function() { return this._getpeername().address; });
protoGetter('remoteFamily', function() { return this._getpeername().family; });
protoGetter('remotePort', function() { return this._getpeername().port; });
protoGetter('localAddress', function() { return this._getsockname().address; });
protoGetter('localPort', function() { return this._getsockname().port; });
protoGetter('localFamily', function() { return this._getsockname().family; });
protoGetter('bytesRead', function() { return this[kBytesRead]; });
protoGetter('bytesWritten', function() {
  let bytes = this[kBytesWritten];
  const state = this._writableState;
  const data = this._pendingData;
  const encoding = this._pendingEncoding;
  if (!state) return undefined;
  for (const el of state.getBuffer ? state.getBuffer() : []) {
    bytes += el.chunk instanceof Buffer ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
  }
  if (Array.isArray(data)) {
    for (const d of data) bytes += d.chunk instanceof Buffer ? d.chunk.length : Buffer.byteLength(d.chunk, d.encoding);
  } else if (data) {
    bytes += typeof data !== 'string' ? data.length : Buffer.byteLength(data, encoding);
  }
  return bytes;
});
protoGetter('pending', function() { return !this._handle || this.connecting; });
protoGetter('readyState', function() {
  if (this.connecting) return 'opening';
  if (this.readable && this.writable) return 'open';
  if (this.readable && !this.writable) return 'readOnly';
  if (!this.readable && this.writable) return 'writeOnly';
  return 'closed';
});
protoGetter('_connecting', function() { return this.connecting; });
Object.defineProperty(Socket.prototype, 'bufferSize', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return this._handle ? this.writableLength : undefined; },
});

Socket.prototype.setTimeout = function(msecs, callback) {
  validateNumber(msecs, 'msecs', 0);
  if (this[kTimeout]) {
    clearTimeout(this[kTimeout]);
    this[kTimeout] = null;
  }
  this.timeout = msecs;
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    this[kTimeout] = setTimeout(() => {
      this[kTimeout] = null;
      this.emit('timeout');
    }, msecs);
    this[kTimeout].unref();
    this.timeout = msecs;
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

Socket.prototype._unrefTimer = function() {
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) s[kTimeout].refresh();
  }
};

Socket.prototype._read = function(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    this._handle.reading = true;
    this._handle.readStart();
  }
};

Socket.prototype.pause = function() {
  if (this[kBuffer] && !this.connecting && this._handle && this._handle.reading) {
    this._handle.reading = false;
    if (!this.destroyed) this._handle.readStop();
  }
  return Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function() {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) {
    this._handle.reading = true;
    this._handle.readStart();
  }
  return Duplex.prototype.resume.call(this);
};

Socket.prototype.read = function(n) {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) {
    this._handle.reading = true;
    this._handle.readStart();
  }
  return Duplex.prototype.read.call(this, n);
};

Socket.prototype.end = function(data, encoding, callback) {
  Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.destroySoon = function() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype.resetAndDestroy = function() {
  this.destroy();
  return this;
};

Socket.prototype._final = function(cb) {
  if (this.pending) {
    return this.once('connect', () => this._final(cb));
  }
  if (!this._handle) return cb();
  const req = { oncomplete: (status) => {
    if (status < 0) return cb(errnoException(status, 'shutdown'));
    cb();
  } };
  this._handle.shutdown(req);
};

Socket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    const onClose = () => cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return false;
  }
  this._unrefTimer();
  const chunks = writev ? data : [{ chunk: data, encoding }];
  const bufs = chunks.map(({ chunk, encoding: enc }) => (typeof chunk === 'string' ? Buffer.from(chunk, enc) : chunk));
  const buf = bufs.length === 1 ? bufs[0] : Buffer.concat(bufs);
  const r = this._handle.write(buf);
  if (typeof r === 'string') {
    cb(errnoException(r, 'write'));
    return;
  }
  this[kBytesWritten] += buf.length;
  // A write the socket buffers could not take at once finishes when the peer has read.
  if (typeof r === 'number') this._handle.writeReqs.set(r, () => cb());
  else cb();
};

Socket.prototype._writev = function(chunks, cb) { this._writeGeneric(true, chunks, '', cb); };
Socket.prototype._write = function(data, encoding, cb) { this._writeGeneric(false, data, encoding, cb); };

Socket.prototype._destroy = function(exception, cb) {
  this.connecting = false;
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) {
      clearTimeout(s[kTimeout]);
      s[kTimeout] = null;
    }
  }
  if (this._handle) {
    const isException = exception ? true : false;
    const [read, written] = [this[kBytesRead], this[kBytesWritten]];
    this[kBytesRead] = read;
    this[kBytesWritten] = written;
    this._handle.onread = null;
    this._handle.close(() => {
      this.emit('close', isException);
    });
    this._handle = null;
    this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(emitCloseNT, this);
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

function emitCloseNT(self) {
  self.emit('close');
}

Socket.prototype.connect = function(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0][normalizedArgsSymbol]) normalized = args[0];
  else normalized = normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }
  const { path } = options;
  if (!this._handle) {
    this._handle = new TCP();
    initSocketHandle(this);
  }
  if (cb !== null) this.once('connect', cb);
  this._unrefTimer();
  this.connecting = true;
  if (path) {
    process.nextTick(() => this.destroy(exceptionWithHostPort('ENOENT', 'connect', path)));
    return this;
  }
  lookupAndConnect(this, options);
  return this;
};

Socket.prototype.ref = function() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  this._handle.ref();
  return this;
};

Socket.prototype.unref = function() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  this._handle.unref();
  return this;
};

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port } = options;
  if (localAddress && !isIP(localAddress)) {
    throw new ERR_INVALID_ARG_VALUE('options.localAddress', localAddress);
  }
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType);
    });
    return;
  }
  const lookup = options.lookup || require('dns').lookup;
  const dnsopts = { family: options.family, hints: options.hints || 0, all: false };
  self._host = host;
  lookup(host, dnsopts, function emitLookup(err, ip, addressType) {
    self.emit('lookup', err, ip, addressType, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(connectErrorNT, self, err);
    } else if (!isIP(ip)) {
      process.nextTick(connectErrorNT, self, new ERR_INVALID_ARG_VALUE('address', ip));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, addressType);
    }
  });
}

function connectErrorNT(self, err) {
  self.destroy(err);
}

function internalConnect(self, address, port, addressType) {
  if (!self._handle) return;
  const req = { oncomplete: afterConnect, address, port, localAddress: undefined, localPort: undefined };
  self._handle.connect(req, address, port, addressType);
}

function afterConnect(status, handle, req, readable, writable) {
  const self = handle[kHandle];
  if (!self || self.destroyed) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    if (self.readable && !readable) {
      self.push(null);
      self.read();
    }
    if (self.writable && !writable) self.end();
    self._unrefTimer();
    self.emit('connect');
    self.emit('ready');
    if (readable && !self.isPaused()) self.read(0);
  } else {
    self.destroy(exceptionWithHostPort(status, 'connect', req.address, req.port));
  }
}

// ---------------------------------------------------------------------------------------
// Server
// ---------------------------------------------------------------------------------------
function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

function onconnection(err, clientHandle) {
  const self = this[kHandle];
  if (err) {
    self.emit('error', errnoException(err, 'accept'));
    return;
  }
  if (self.maxConnections != null && self._connections >= self.maxConnections) {
    const local = clientHandle.getsockname() || [];
    const remote = clientHandle.getpeername() || [];
    clientHandle.close();
    self.emit('drop', {
      localAddress: local[0], localPort: local[1], localFamily: local[2] === 6 ? 'IPv6' : 'IPv4',
      remoteAddress: remote[0], remotePort: remote[1], remoteFamily: remote[2] === 6 ? 'IPv6' : 'IPv4',
    });
    return;
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
  });
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
}

function emitErrorNT(self, err) {
  self.emit('error', err);
}

function emitListeningNT(self) {
  if (self._handle) self.emit('listening');
}

// setupListenHandle: bind + listen synchronously, report through nextTick.
Server.prototype._listen2 = function(address, port, addressType, backlog) {
  if (!this._handle) {
    const handle = new TCP();
    const bindAddr = address || '::';
    const r = handle.listen(bindAddr, port);
    if (typeof r === 'string') {
      handle.close();
      process.nextTick(emitErrorNT, this, uvExceptionWithHostPort(r, 'listen', bindAddr, port));
      return;
    }
    this._handle = handle;
    handle[kHandle] = this;
    handle.onconnection = onconnection;
    this._connectionKey = `${addressType || 6}:${bindAddr}:${r}`;
  }
  if (this._unref) this.unref();
  process.nextTick(emitListeningNT, this);
};

function listenInCluster(server, address, port, addressType, backlog) {
  if (require('cluster').isPrimary || server._listenExclusive) {
    server._listen2(address, port, addressType, backlog);
    return;
  }
  require('cluster')._getServer(server, { address, port, addressType, backlog }, (err, handle) => {
    if (err) {
      process.nextTick(emitErrorNT, server, uvExceptionWithHostPort(err, 'bind', address || '::', port));
      return;
    }
    server._handle = handle;
    handle[kHandle] = server;
    handle.onconnection = onconnection;
    server._connectionKey = `${addressType || 6}:${address || '::'}:${port}`;
    server._listen2(address, port, addressType, backlog);
  });
}

Server.prototype.listen = function(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);
  const backlogFromArgs = typeof args[1] === 'number' ? args[1] : typeof args[2] === 'number' ? args[2] : undefined;
  // listen(), listen(null), listen(cb), listen({ port: undefined }): an arbitrary free port.
  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  this._listenExclusive = !!options.exclusive;
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    const port = options.port | 0;
    const backlog = options.backlog || backlogFromArgs || 511;
    if (options.host) {
      // lookupAndListen: a dns.lookup even for an address literal (its callback is a tick).
      require('dns').lookup(options.host, (err, ip, family) => {
        if (err) this.emit('error', err);
        else listenInCluster(this, ip, port, family, backlog);
      });
    } else {
      listenInCluster(this, null, port, 4, backlog);
    }
    return this;
  }
  if (options.path != null) {
    throw new ERR_INVALID_ARG_VALUE('options.path', options.path, 'is not supported by loopscope (no Unix domain sockets; use a port)');
  }
  if (!('port' in options || 'path' in options)) {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

Object.defineProperty(Server.prototype, 'listening', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return !!(this._handle && this._connectionKey); },
});

Server.prototype.address = function() {
  if (this._handle && this._handle.getsockname) {
    const n = this._handle.getsockname();
    if (!n) return null;
    return { address: n[0], family: familyName(n[2]), port: n[1] };
  }
  return null;
};

Server.prototype.getConnections = function(cb) {
  process.nextTick(cb, null, this._connections);
  return this;
};

Server.prototype.close = function(cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() { cb(new ERR_SERVER_NOT_RUNNING()); });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function() {
  if (this._handle || this._connections) return;
  process.nextTick(emitCloseNT, this);
};

Server.prototype.ref = function() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

Server.prototype[Symbol.asyncDispose] = function() {
  if (!this._handle) return Promise.resolve();
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

// ---------------------------------------------------------------------------------------
// Factories
// ---------------------------------------------------------------------------------------
function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  if (options.port === undefined && options.path == null) {
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  return socket.connect(normalized);
}

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

module.exports = {
  _createServerHandle: undefined,
  _normalizeArgs: normalizeArgs,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily() { return autoSelectFamilyDefault; },
  setDefaultAutoSelectFamily(v) { autoSelectFamilyDefault = !!v; },
  getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeoutDefault; },
  setDefaultAutoSelectFamilyAttemptTimeout(v) { autoSelectFamilyAttemptTimeoutDefault = Math.max(10, v | 0); },
  // internal, for http and cluster
  [Symbol.for('loopscope.net.TCP')]: TCP,
};
