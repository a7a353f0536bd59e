// cluster — worker processes as in node: the primary forks processes that re-run the main
// script (each its own isolate, pid and event loop; core/src/worker.rs), talks to them over an
// IPC channel ('message', send, disconnect, kill) and, as on Linux by default, owns the
// listening sockets of workers' servers and hands each new connection to the next free worker
// (round-robin, node's RoundRobinHandle). Events: 'fork', 'online', 'listening', 'message',
// 'disconnect', 'exit'. Process start-up costs 100 ms of virtual time (node 20 here).
'use strict';

const EventEmitter = require('events');
const { onPortMessage } = require('internal/ports');

const SCHED_NONE = 1;
const SCHED_RR = 2;
const isPrimary = process.env.NODE_UNIQUE_ID === undefined;
const TCP = require('net')[Symbol.for('loopscope.net.TCP')];

const cluster = new EventEmitter();
cluster.isWorker = !isPrimary;
cluster.isMaster = isPrimary;
cluster.isPrimary = isPrimary;
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;
cluster.schedulingPolicy = SCHED_RR;
cluster.Worker = Worker;

function Worker(options) {
  if (!(this instanceof Worker)) return new Worker(options);
  EventEmitter.call(this);
  if (options === null || typeof options !== 'object') options = {};
  this.exitedAfterDisconnect = undefined;
  this.state = options.state || 'none';
  this.id = options.id | 0;
  if (options.process) {
    this.process = options.process;
    this.process.on('error', (code, signal) => this.emit('error', code, signal));
    this.process.on('message', (message, handle) => this.emit('message', message, handle));
  }
}
Object.setPrototypeOf(Worker.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Worker, EventEmitter);

Worker.prototype.kill = function(signal = 'SIGTERM') {
  this.destroy(signal);
};
Worker.prototype.destroy = function(signal = 'SIGTERM') {
  if (isPrimary) {
    this.process.kill(signal);
  } else {
    process.exit(0);
  }
};
Worker.prototype.send = function(...args) {
  return this.process.send(...args);
};
Worker.prototype.isDead = function() {
  return this.process.exitCode != null || this.process.signalCode != null;
};
Worker.prototype.isConnected = function() {
  return this.process.connected;
};

const kChannel = Symbol('channel');

// The primary's view of a worker process (a small ChildProcess).
class ChildProcessLike extends EventEmitter {
  constructor(id) {
    super();
    this[kChannel] = id;
    this.connected = true;
    this.exitCode = null;
    this.signalCode = null;
    this.killed = false;
    this.pid = undefined;
  }
  send(message, handle, options, callback) {
    if (typeof handle === 'function') callback = handle;
    else if (typeof options === 'function') callback = options;
    if (!this.connected) {
      const err = new Error('Channel closed');
      err.code = 'ERR_IPC_CHANNEL_CLOSED';
      process.nextTick(() => (callback ? callback(err) : this.emit('error', err)));
      return false;
    }
    binding.portPost(this[kChannel], JSON.stringify(message === undefined ? null : message), 'ipc');
    if (callback) process.nextTick(callback, null);
    return true;
  }
  kill(signal = 'SIGTERM') {
    if (this.exitCode !== null || this.signalCode !== null) return false;
    this.killed = true;
    this._killSignal = signal;
    binding.workerControl(this[kChannel], 'process-terminate');
    return true;
  }
  disconnect() {
    if (!this.connected) return;
    binding.portPost(this[kChannel], JSON.stringify({ act: 'disconnect' }), 'cluster');
  }
  ref() { binding.workerControl(this[kChannel], 'process-ref'); }
  unref() { binding.workerControl(this[kChannel], 'process-unref'); }
}

if (isPrimary) {
  let ids = 0;
  cluster.workers = {};
  cluster.settings = {};
  const handles = new Map(); // key → RoundRobinHandle

  // node's setupPrimary: defaults from this process, merged with earlier settings; every call
  // (and every fork) emits 'setup' on the next tick.
  cluster.setupPrimary = cluster.setupMaster = function(options) {
    const settings = {
      args: process.argv.slice(2),
      exec: process.argv[1],
      execArgv: process.execArgv,
      silent: false,
      ...cluster.settings,
      ...options,
    };
    cluster.settings = settings;
    process.nextTick(() => cluster.emit('setup', settings));
  };

  cluster.fork = function(env) {
    cluster.setupPrimary();
    const id = ++ids;
    const proc = new ChildProcessLike(id);
    const worker = new Worker({ id, process: proc });
    // cluster 'message' comes before the user's worker 'message' listeners.
    worker.on('message', function(message, handle) { cluster.emit('message', this, message, handle); });
    const pairs = Object.entries({ ...process.env, ...env }).map(([k, v]) => [k, String(v)]);
    proc.pid = binding.clusterFork(id, pairs, (cluster.settings.args || []).map(String));
    worker.state = 'none';
    cluster.workers[id] = worker;
    process.nextTick(() => cluster.emit('fork', worker));
    return worker;
  };

  cluster.disconnect = function(cb) {
    const workers = Object.values(cluster.workers);
    if (workers.length === 0) {
      if (cb) process.nextTick(cb);
      return;
    }
    let left = workers.length;
    for (const w of workers) {
      w.once('disconnect', () => { if (--left === 0 && cb) cb(); });
      w.disconnect();
    }
  };

  Worker.prototype.disconnect = function() {
    this.exitedAfterDisconnect = true;
    if (this.state !== 'disconnecting' && this.state !== 'destroying') {
      this.state = 'disconnecting';
      this.process.disconnect();
    }
    return this;
  };

  onPortMessage('process_online', (id) => {
    const worker = cluster.workers[id];
    if (!worker) return;
    worker.state = 'online';
    worker.emit('online');
    cluster.emit('online', worker);
  });

  onPortMessage('ipc', (id, data) => {
    const worker = cluster.workers[id];
    if (!worker) return;
    worker.process.emit('message', JSON.parse(data));
  });

  onPortMessage('cluster', (id, data) => {
    const worker = cluster.workers[id];
    if (!worker) return;
    const msg = JSON.parse(data);
    if (msg.act === 'queryServer') queryServer(worker, msg);
    else if (msg.act === 'listening') listening(worker, msg);
    else if (msg.act === 'accepted') {
      const rr = handles.get(msg.key);
      if (rr) rr.accepted(worker, msg);
    } else if (msg.act === 'close') {
      const rr = handles.get(msg.key);
      if (rr && rr.remove(worker)) handles.delete(msg.key);
    } else if (msg.act === 'exitedAfterDisconnect') {
      worker.exitedAfterDisconnect = true;
    }
  });

  onPortMessage('process_exit', (id, data) => {
    const worker = cluster.workers[id];
    if (!worker) return;
    const proc = worker.process;
    const signal = /^SIG/.test(data) ? (proc._killSignal || data) : null;
    const code = signal ? null : Number(data);
    proc.exitCode = code;
    proc.signalCode = signal;
    for (const [key, rr] of handles) if (rr.remove(worker)) handles.delete(key);
    const wasConnected = proc.connected;
    proc.connected = false;
    delete cluster.workers[id];
    worker.state = 'dead';
    if (wasConnected) {
      worker.emit('disconnect');
      cluster.emit('disconnect', worker);
    }
    if (worker.exitedAfterDisconnect === undefined) worker.exitedAfterDisconnect = false;
    proc.emit('exit', code, signal);
    worker.emit('exit', code, signal);
    cluster.emit('exit', worker, code, signal);
  });

  function send(worker, msg) {
    binding.portPost(worker.id, JSON.stringify(msg), 'cluster');
  }

  function queryServer(worker, msg) {
    const key = `${msg.address}:${msg.port}:${msg.addressType}`;
    let rr = handles.get(key);
    if (rr === undefined) {
      rr = new RoundRobinHandle(key, msg.address, msg.port);
      handles.set(key, rr);
    }
    rr.add(worker, (errno, sockname) => send(worker, { act: 'reply', seq: msg.seq, key, errno, sockname }));
  }

  function listening(worker, msg) {
    const info = { addressType: msg.addressType, address: msg.address, port: msg.port, fd: msg.fd };
    worker.state = 'listening';
    worker.emit('listening', info);
    cluster.emit('listening', worker, info);
  }

  // RoundRobinHandle: the primary listens; each connection goes to the first free worker,
  // which is busy until it acknowledges the connection.
  class RoundRobinHandle {
    constructor(key, address, port) {
      this.key = key;
      this.all = new Map();
      this.free = new Map();
      this.handles = [];
      this.handle = new TCP();
      const r = this.handle.listen(address || '::', port);
      this.errno = typeof r === 'string' ? r : null;
      this.port = typeof r === 'number' ? r : port;
      this.handle.onconnection = (err, client) => this.distribute(err, client);
    }
    add(worker, reply) {
      this.all.set(worker.id, worker);
      // Replies go out on the next tick, as node's do once its server is listening.
      process.nextTick(() => {
        if (this.errno) {
          reply(this.errno);
          return;
        }
        const n = this.handle.getsockname();
        reply(null, n ? { address: n[0], port: n[1], family: n[2] === 6 ? 'IPv6' : 'IPv4' } : null);
        this.handoff(worker);
      });
    }
    remove(worker) {
      if (!this.all.delete(worker.id)) return false;
      this.free.delete(worker.id);
      if (this.all.size !== 0) return false;
      for (const h of this.handles) h.close();
      this.handles = [];
      this.handle.close();
      this.handle = null;
      return true;
    }
    distribute(err, client) {
      this.handles.push(client);
      const first = this.free.entries().next();
      if (!first.done) {
        const [id, worker] = first.value;
        this.free.delete(id);
        this.handoff(worker);
      }
    }
    handoff(worker) {
      if (!this.all.has(worker.id)) return;
      const client = this.handles.shift();
      if (client === undefined) {
        this.free.set(worker.id, worker);
        return;
      }
      binding.tcpTransfer(client.id, worker.id);
      send(worker, { act: 'newconn', key: this.key, handle: client.id });
    }
    accepted(worker, msg) {
      if (!msg.accepted) this.distribute(0, new TCP(msg.handle));
      this.handoff(worker);
    }
  }
} else {
  // The worker side.
  const id = Number(process.env.NODE_UNIQUE_ID);
  delete process.env.NODE_UNIQUE_ID;
  const worker = new Worker({ id, process: process, state: 'none' });
  cluster.worker = worker;
  const servers = new Map(); // key → server
  let ipcRefs = 0;
  const pending = new Map(); // seq → callback
  let seq = 0;
  process.connected = true;
  process.send = function(message, handle, options, callback) {
    if (typeof handle === 'function') callback = handle;
    else if (typeof options === 'function') callback = options;
    binding.portPost(0, JSON.stringify(message === undefined ? null : message), 'ipc');
    if (callback) process.nextTick(callback, null);
    return true;
  };
  process.disconnect = function() {
    if (!process.connected) return;
    process.connected = false;
    // The channel is gone: it no longer keeps the process alive.
    if (ipcRefs > 0) binding.portRef(-ipcRefs);
    ipcRefs = -Infinity;
    for (const s of servers.values()) s.close();
    process.nextTick(() => { process.emit('disconnect'); worker.emit('disconnect'); });
  };
  process.on('newListener', (ev) => {
    if (ev === 'message' && ipcRefs++ === 0) binding.portRef(1);
  });
  process.on('removeListener', (ev) => {
    if (ev === 'message' && --ipcRefs === 0) binding.portRef(-1);
  });
  onPortMessage('ipc', (port, data) => {
    process.emit('message', JSON.parse(data));
  });
  onPortMessage('cluster', (port, data) => {
    const msg = JSON.parse(data);
    if (msg.act === 'reply') {
      const cb = pending.get(msg.seq);
      pending.delete(msg.seq);
      if (cb) cb(msg);
    } else if (msg.act === 'newconn') {
      const server = servers.get(msg.key);
      const accepted = server !== undefined && server._handle !== null;
      binding.portPost(0, JSON.stringify({ act: 'accepted', key: msg.key, accepted, handle: msg.handle }), 'cluster');
      if (accepted) server._handle.onconnection(0, new TCP(msg.handle));
    } else if (msg.act === 'disconnect') {
      worker.exitedAfterDisconnect = true;
      binding.portPost(0, JSON.stringify({ act: 'exitedAfterDisconnect' }), 'cluster');
      process.disconnect();
    }
  });
  Worker.prototype.disconnect = function() {
    this.exitedAfterDisconnect = true;
    binding.portPost(0, JSON.stringify({ act: 'exitedAfterDisconnect' }), 'cluster');
    process.disconnect();
    return this;
  };

  // net.Server#listen in a worker: ask the primary for the shared handle.
  cluster._getServer = function(server, options, cb) {
    const address = options.address === null || options.address === undefined ? null : options.address;
    const message = { act: 'queryServer', address, port: options.port, addressType: options.addressType, seq: ++seq };
    pending.set(message.seq, (reply) => {
      if (reply.errno) {
        cb(reply.errno, null);
        return;
      }
      const key = reply.key;
      const handle = {
        getsockname() {
          const n = reply.sockname;
          return n ? [n.address, n.port, n.family === 'IPv6' ? 6 : 4] : undefined;
        },
        close() {
          if (!servers.delete(key)) return;
          binding.portRef(-1);
          binding.portPost(0, JSON.stringify({ act: 'close', key }), 'cluster');
        },
        ref() {},
        unref() {},
        listen() { return 0; },
        onconnection: null,
      };
      // Like node's shared handle, a server keeps the worker process alive.
      servers.set(key, server);
      binding.portRef(1);
      server.once('listening', () => {
        worker.state = 'listening';
        binding.portPost(0, JSON.stringify({ act: 'listening', address, port: (server.address() && server.address().port) || options.port, addressType: options.addressType }), 'cluster');
      });
      cb(0, handle);
    });
    binding.portPost(0, JSON.stringify(message), 'cluster');
  };
}

module.exports = cluster;
