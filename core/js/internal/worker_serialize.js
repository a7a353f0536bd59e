// internal/worker_serialize — the structured-clone wire form of worker_threads messages: a
// value graph (objects, arrays, Map, Set, Date, RegExp, errors, ArrayBuffers, typed arrays,
// DataView, boxed primitives, bigint, -0/NaN, shared and circular references) as a JSON string
// that another isolate turns back into an equal graph. Functions and symbols throw
// DataCloneError like node's serializer. The transfer list moves ArrayBuffers (detached in the
// sender) and MessagePorts (worker_threads registers them with setPortHooks); a
// SharedArrayBuffer travels as a handle on the same memory (binding.sabShare / sabOpen).
'use strict';

// How MessagePorts are recognised, given up by the sender and rebuilt by the receiver.
const portHooks = { isPort: () => false, adopt: () => undefined };
function setPortHooks(hooks) { Object.assign(portHooks, hooks); }

function missingTransferable() {
  const err = new TypeError('Object that needs transfer was found in message but not listed in transferList');
  err.code = 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST';
  return err;
}

// The transfer list (an array, or `{ transfer }` options) checked as node checks it.
function transferSet(transferList, source) {
  const iterable = (x) => x !== null && typeof x === 'object' && typeof x[Symbol.iterator] === 'function';
  // `{ transfer }` options in place of the list.
  const list = transferList !== null && typeof transferList === 'object' && !iterable(transferList) ? transferList.transfer : transferList;
  const buffers = new Set();
  const ports = new Set();
  if (list === undefined || list === null) return { buffers, ports };
  if (!iterable(list)) {
    const err = new TypeError('Optional transferList argument must be an iterable');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  for (const t of list) {
    if (portHooks.isPort(t)) {
      if (t === source) throw dataCloneError('Transfer list contains source port');
      if (ports.has(t)) throw dataCloneError('Transfer list contains duplicate MessagePort');
      ports.add(t);
    } else if (t !== null && typeof t === 'object' && binding.internalType(t) === 'ArrayBuffer') {
      if (buffers.has(t)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
      buffers.add(t);
    } else {
      const err = new TypeError('Found invalid object in transferList');
      err.code = 'ERR_INVALID_TRANSFER_OBJECT';
      throw err;
    }
  }
  return { buffers, ports };
}

function dataCloneError(message) {
  const { DOMException } = require('internal/web_globals');
  return new DOMException(message, 'DataCloneError');
}

const ERRORS = ['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError'];

// `withErrorProps`: errors keep their own properties (a worker's uncaught error for the
// parent's 'error' event; messages and structuredClone drop them, as V8 does).
function serialize(value, transferList, withErrorProps = false) {
  return serializeTransfer(value, transferList, withErrorProps).wire;
}

// `{ wire, ports }`: the ports are the ids of the MessagePorts that move with the message.
function serializeTransfer(value, transferList, withErrorProps = false, source = undefined) {
  const { buffers, ports } = transferSet(transferList, source);
  const seen = new Map();
  let next = 0;
  const enc = (v) => {
    if (v === undefined) return { t: 'u' };
    if (v === null) return { t: 'z' };
    switch (typeof v) {
      case 'number':
        if (Number.isNaN(v)) return { t: 'n', v: 'NaN' };
        if (Object.is(v, -0)) return { t: 'n', v: '-0' };
        if (!Number.isFinite(v)) return { t: 'n', v: v > 0 ? 'Infinity' : '-Infinity' };
        return { t: 'n', v };
      case 'string': return { t: 's', v };
      case 'boolean': return { t: 'b', v };
      case 'bigint': return { t: 'g', v: v.toString() };
      case 'function': throw dataCloneError(`${String(v).split('\n')[0].slice(0, 60)} could not be cloned.`);
      case 'symbol': throw dataCloneError(`${String(v)} could not be cloned.`);
      default: break;
    }
    if (seen.has(v)) return { t: 'r', id: seen.get(v) };
    const id = next++;
    seen.set(v, id);
    if (portHooks.isPort(v)) {
      if (!ports.has(v)) throw missingTransferable();
      return { t: 'p', id, port: v._id, peer: v._target };
    }
    const type = binding.internalType(v);
    switch (type) {
      case 'Date': return { t: 'd', id, v: v.getTime() };
      case 'RegExp': return { t: 'x', id, source: v.source, flags: v.flags };
      case 'Map': return { t: 'm', id, v: [...v].map(([k, x]) => [enc(k), enc(x)]) };
      case 'Set': return { t: 'S', id, v: [...v].map(enc) };
      case 'ArrayBuffer':
        if (binding.isDetached(v)) {
          // A detached buffer may still be transferred (as an empty one), not copied.
          if (!buffers.has(v)) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
          return { t: 'ab', id, v: [] };
        }
        return { t: 'ab', id, v: Array.from(new Uint8Array(v)) };
      case 'SharedArrayBuffer':
        return { t: 'sab', id, k: binding.sabShare(v) };
      case 'TypedArray': {
        const name = v instanceof Buffer ? 'Uint8Array' : v.constructor.name;
        return { t: 'ta', id, name, buffer: enc(v.buffer), offset: v.byteOffset, length: v.length };
      }
      case 'DataView': return { t: 'dv', id, buffer: enc(v.buffer), offset: v.byteOffset, length: v.byteLength };
      case 'BoxedNumber': return { t: 'box', id, v: enc(v.valueOf()) };
      case 'BoxedString': return { t: 'box', id, v: enc(v.valueOf()) };
      case 'BoxedBoolean': return { t: 'box', id, v: enc(v.valueOf()) };
      case 'BoxedBigInt': return { t: 'box', id, v: enc(v.valueOf()) };
      case 'Error': {
        const out = { t: 'e', id, name: ERRORS.includes(v.name) ? v.name : 'Error', message: String(v.message) };
        if (v.stack !== undefined) out.stack = String(v.stack);
        if ('cause' in v) out.cause = enc(v.cause);
        // Own properties travel too (a subclass's name, extra fields).
        const props = withErrorProps ? Object.keys(v).filter((k) => k !== 'stack' && k !== 'message' && k !== 'cause') : [];
        if (props.length) out.props = props.map((k) => [k, enc(v[k])]);
        return out;
      }
      case 'Promise': case 'WeakMap': case 'WeakSet': case 'Generator': case 'Proxy':
        throw dataCloneError(`#<${type}> could not be cloned.`);
      default: break;
    }
    if (Array.isArray(v)) {
      return { t: 'a', id, length: v.length, v: Object.keys(v).map((k) => [k, enc(v[k])]) };
    }
    return { t: 'o', id, v: Object.keys(v).map((k) => [k, enc(v[k])]) };
  };
  const wire = JSON.stringify(enc(value));
  for (const b of buffers) binding.detachArrayBuffer(b);
  const moved = [];
  for (const p of ports) moved.push(portHooks.giveUp(p));
  return { wire, ports: moved };
}

function deserialize(text) {
  const objs = new Map();
  const dec = (n) => {
    switch (n.t) {
      case 'u': return undefined;
      case 'z': return null;
      case 'n':
        if (n.v === 'NaN') return NaN;
        if (n.v === '-0') return -0;
        if (n.v === 'Infinity') return Infinity;
        if (n.v === '-Infinity') return -Infinity;
        return n.v;
      case 's': case 'b': return n.v;
      case 'g': return BigInt(n.v);
      case 'r': return objs.get(n.id);
      case 'd': { const d = new Date(n.v); objs.set(n.id, d); return d; }
      case 'x': { const r = new RegExp(n.source, n.flags); objs.set(n.id, r); return r; }
      case 'm': { const m = new Map(); objs.set(n.id, m); for (const [k, x] of n.v) m.set(dec(k), dec(x)); return m; }
      case 'S': { const s = new Set(); objs.set(n.id, s); for (const x of n.v) s.add(dec(x)); return s; }
      case 'ab': { const b = new Uint8Array(n.v).buffer; objs.set(n.id, b); return b; }
      case 'sab': { const b = binding.sabOpen(n.k); objs.set(n.id, b); return b; }
      case 'p': { const p = portHooks.adopt(n.port, n.peer); objs.set(n.id, p); return p; }
      case 'ta': {
        const buffer = dec(n.buffer);
        const C = globalThis[n.name] || Uint8Array;
        const t = new C(buffer, n.offset, n.length);
        objs.set(n.id, t);
        return t;
      }
      case 'dv': { const v = new DataView(dec(n.buffer), n.offset, n.length); objs.set(n.id, v); return v; }
      case 'box': { const b = Object(dec(n.v)); objs.set(n.id, b); return b; }
      case 'e': {
        const e = new globalThis[n.name](n.message);
        objs.set(n.id, e);
        if (n.stack !== undefined) Object.defineProperty(e, 'stack', { value: n.stack, writable: true, configurable: true });
        if (n.cause) Object.defineProperty(e, 'cause', { value: dec(n.cause), writable: true, configurable: true });
        if (n.props) for (const [k, x] of n.props) e[k] = dec(x);
        return e;
      }
      case 'a': {
        const a = new Array(n.length);
        objs.set(n.id, a);
        for (const [k, x] of n.v) a[k] = dec(x);
        return a;
      }
      case 'o': {
        const o = {};
        objs.set(n.id, o);
        for (const [k, x] of n.v) o[k] = dec(x);
        return o;
      }
      default: return undefined;
    }
  };
  return dec(JSON.parse(text));
}

module.exports = { serialize, serializeTransfer, deserialize, dataCloneError, setPortHooks };
