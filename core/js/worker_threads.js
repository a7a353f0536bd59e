// worker_threads — isolates as in node: `Worker` (a file or `eval` code with `workerData`),
// `isMainThread`, `threadId`, `parentPort`, `workerData`, `MessageChannel` / `MessagePort`
// (transferable to other isolates), `receiveMessageOnPort`. Each worker is its own loopscope
// runtime with its own event loop (core/src/worker.rs); messages are structured clones
// delivered in the receiver's poll phase. Events on the parent side: 'online', 'message',
// 'error', 'exit'.
'use strict';

const EventEmitter = require('events');
const path = require('path');
const { serializeTransfer, deserialize, setPortHooks } = require('internal/worker_serialize');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');

const [threadId, workerDataWire] = binding.workerInfo();
const isMainThread = threadId === 0;

const LOCAL_PORT_BASE = 2 ** 40;
const workers = new Map();
const localPorts = new Map();
let parentPort = null;

const { onPortMessage } = require('internal/ports');

onPortMessage('message', (port, data) => {
  if (port >= LOCAL_PORT_BASE) {
    const p = localPorts.get(port);
    if (p === undefined || p._closed) return;
    // A port delivers only once it has a 'message' listener; until then messages wait.
    if (p.listenerCount('message') === 0) p._waiting.push(data);
    else p.emit('message', deserialize(data));
    return;
  }
  if (port === 0) {
    if (parentPort) parentPort.emit('message', deserialize(data));
    return;
  }
  const w = workers.get(port);
  if (w !== undefined) w.emit('message', deserialize(data));
});

onPortMessage('online', (port) => {
  const w = workers.get(port);
  if (w !== undefined) w.emit('online');
});

onPortMessage('error', (port, data) => {
  const w = workers.get(port);
  if (w === undefined) return;
  w._errored = true;
  w.emit('error', deserialize(data));
});

onPortMessage('exit', (port, data) => {
  const w = workers.get(port);
  if (w === undefined) return;
  const code = Number(data);
  workers.delete(port);
  w.threadId = -1;
  w.emit('exit', code);
  for (const resolve of w._terminating) resolve(code);
});

// The other end of a channel was closed (in another isolate, or that isolate exited).
onPortMessage('port_close', (port) => {
  const p = localPorts.get(port);
  if (p !== undefined && !p._closed) p._shut();
});

// Counts 'message' listeners: a port with one keeps its isolate alive, like node's ref'd ports.
function trackRefs(emitter) {
  emitter._refed = false;
  const update = () => {
    const want = emitter.listenerCount('message') > 0 && !emitter._closed && !emitter._unrefed;
    if (want !== emitter._refed) {
      emitter._refed = want;
      binding.portRef(want ? 1 : -1);
    }
  };
  emitter.on('newListener', (ev) => {
    if (ev !== 'message') return;
    process.nextTick(update);
    // Messages that arrived before the first listener are delivered in a later poll phase.
    const waiting = emitter._waiting;
    if (waiting.length > 0) {
      emitter._waiting = [];
      for (const wire of waiting) binding.portPost(emitter._id, wire);
    }
  });
  emitter.on('removeListener', (ev) => { if (ev === 'message') update(); });
  emitter._updateRef = update;
}

class MessagePort extends EventEmitter {
  constructor(id, target) {
    super();
    this._id = id;
    this._target = target;
    this._closed = false;
    this._unrefed = false;
    this._waiting = [];
    trackRefs(this);
  }
  postMessage(value, transferList) {
    if (this._closed) return;
    const { wire, ports } = serializeTransfer(value, transferList, false, this);
    binding.portPost(this._target, wire, 'message', ports);
  }
  close() {
    if (this._closed) return;
    this._shut();
    const other = localPorts.get(this._target);
    if (other && !other._closed) other._detach();
    // An other end in another isolate gets 'close' there.
    if (this._id >= LOCAL_PORT_BASE) binding.portClose(this._id);
  }
  // Closes this end: 'close' comes from its handle's close callback (close phase).
  _shut() {
    this._detach();
    binding.handleClose(() => this.emit('close'));
  }
  // This object is done with: it posts nothing more, receives nothing, keeps nothing alive.
  _detach() {
    this._closed = true;
    this._updateRef();
    localPorts.delete(this._id);
  }
  start() {}
  ref() { this._unrefed = false; this._updateRef(); return this; }
  unref() { this._unrefed = true; this._updateRef(); return this; }
  hasRef() { return this._refed; }
}

class MessageChannel {
  constructor() {
    const [a, b] = binding.portChannel();
    this.port1 = new MessagePort(a, b);
    this.port2 = new MessagePort(b, a);
    localPorts.set(a, this.port1);
    localPorts.set(b, this.port2);
  }
}

setPortHooks({
  isPort: (v) => v instanceof MessagePort,
  // The sender's port object is done with once the port is transferred.
  giveUp(p) {
    p._detach();
    return p._id;
  },
  adopt(id, peer) {
    const p = new MessagePort(id, peer);
    localPorts.set(id, p);
    return p;
  },
});

if (!isMainThread) {
  parentPort = new MessagePort(0, 0);
}

// What a worker gets from its parent: workerData and a copy of the environment data (after
// the port hooks: workerData may hold transferred ports).
const inherited = workerDataWire === undefined ? { d: null, e: [] } : deserialize(workerDataWire);
const workerData = isMainThread ? null : inherited.d;

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    if (options === null || typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    let file = null;
    let code = null;
    if (options.eval) {
      if (typeof filename !== 'string') throw new ERR_INVALID_ARG_VALUE('options.eval', options.eval, 'must be false when \'filename\' is not a string');
      code = filename;
    } else {
      if (filename instanceof URL) filename = filename.pathname;
      if (typeof filename !== 'string') throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
      if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) {
        const err = new TypeError(`The worker script or module filename must be an absolute path or a relative path starting with './' or '../'. Received "${filename}"`);
        err.code = 'ERR_WORKER_PATH';
        throw err;
      }
      file = path.resolve(filename);
    }
    for (const key of ['argv', 'execArgv']) {
      if (options[key] !== undefined && !Array.isArray(options[key])) {
        throw new ERR_INVALID_ARG_TYPE(`options.${key}`, 'Array', options[key]);
      }
    }
    this._terminating = [];
    this._errored = false;
    const argv = (options.argv || []).map((a) => `${a}`);
    const { wire, ports } = serializeTransfer({ d: options.workerData, e: [...environmentData] }, options.transferList);
    this.threadId = binding.workerSpawn(file, code, wire, argv, ports);
    workers.set(this.threadId, this);
  }
  postMessage(value, transferList) {
    if (this.threadId < 0) return;
    const { wire, ports } = serializeTransfer(value, transferList);
    binding.portPost(this.threadId, wire, 'message', ports);
  }
  terminate(cb) {
    return new Promise((resolve) => {
      if (this.threadId < 0) { resolve(undefined); return; }
      this._terminating.push((code) => { if (cb) cb(null, code); resolve(code); });
      binding.workerControl(this.threadId, 'terminate');
    });
  }
  ref() { if (this.threadId > 0) binding.workerControl(this.threadId, 'ref'); }
  unref() { if (this.threadId > 0) binding.workerControl(this.threadId, 'unref'); }
  getHeapSnapshot() { return Promise.reject(new Error('loopscope: heap snapshots are not simulated')); }
}

function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) {
    throw new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
  }
  const wire = binding.portReceive(port._id);
  return wire === undefined ? undefined : { message: deserialize(wire) };
}

function markAsUntransferable() {}
function isMarkedAsUntransferable() { return false; }

const environmentData = new Map(inherited.e);
function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}
function getEnvironmentData(key) { return environmentData.get(key); }

module.exports = {
  isMainThread,
  MessagePort,
  MessageChannel,
  markAsUntransferable,
  isMarkedAsUntransferable,
  moveMessagePortToContext() { throw new Error('loopscope: contexts are not simulated'); },
  receiveMessageOnPort,
  resourceLimits: {},
  threadId,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  parentPort,
  workerData,
  BroadcastChannel: undefined,
  setEnvironmentData,
  getEnvironmentData,
};
