// core/js/test/stream.test.js — Node-oracle tests for the `stream` builtin (stream.js,
// stream/promises.js, internal/streams/*).  Every scenario runs once against loopscope's
// module files (loaded with the runtime's module contract; events/internal/errors/util come
// from core/js, buffer/string_decoder/timers are Node's own) and once against Node's real
// `stream`; the logged event sequences — interleaved with nextTick / microtask / immediate
// markers to pin the timing — must be identical.
//
//   node core/js/test/stream.test.js [filter]
//   STREAM_TEST_VERBOSE=1 node core/js/test/stream.test.js filter   (prints both logs)
//   node core/js/test/stream.test.js --engine [filter]   (runs the scenarios on the
//       loopscope CLI — target/debug/loopscope or $LOOPSCOPE_CLI — against Node's logs)
//   STREAM_TEST_OWN_BUFFER=1 …   (use loopscope's buffer/string_decoder instead of Node's)
'use strict';

const fs = require('fs');
const nodePath = require('path');
const vm = require('vm');
const nodeUtil = require('util');

const JS_ROOT = nodePath.join(__dirname, '..');

// ---------------------------------------------------------------------------
// binding shim (what the Rust host provides to internal/errors & co) + trace hook
// ---------------------------------------------------------------------------
function makeBinding() {
  const t = nodeUtil.types;
  return {
    internalType(v) {
      if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return typeof v;
      if (t.isProxy(v)) return 'Proxy';
      if (t.isPromise(v)) return 'Promise';
      if (t.isMap(v)) return 'Map';
      if (t.isSet(v)) return 'Set';
      if (t.isWeakMap(v)) return 'WeakMap';
      if (t.isWeakSet(v)) return 'WeakSet';
      if (t.isDate(v)) return 'Date';
      if (t.isRegExp(v)) return 'RegExp';
      if (t.isNativeError(v)) return 'Error';
      if (t.isArrayBuffer(v)) return 'ArrayBuffer';
      if (t.isSharedArrayBuffer(v)) return 'SharedArrayBuffer';
      if (t.isDataView(v)) return 'DataView';
      if (t.isTypedArray(v)) return 'TypedArray';
      if (t.isMapIterator(v)) return 'MapIterator';
      if (t.isSetIterator(v)) return 'SetIterator';
      if (t.isGeneratorObject(v)) {
        return Object.prototype.toString.call(v) === '[object AsyncGenerator]' ? 'AsyncGenerator' : 'Generator';
      }
      if (t.isNumberObject(v)) return 'BoxedNumber';
      if (t.isStringObject(v)) return 'BoxedString';
      if (t.isBooleanObject(v)) return 'BoxedBoolean';
      if (t.isBigIntObject(v)) return 'BoxedBigInt';
      if (t.isSymbolObject(v)) return 'BoxedSymbol';
      if (t.isArgumentsObject(v)) return 'Arguments';
      if (typeof v === 'function') return 'Function';
      return 'Object';
    },
    isClassConstructor(fn) {
      return typeof fn === 'function' && /^class\b/.test(Function.prototype.toString.call(fn));
    },
    getPromiseState(p) {
      const s = nodeUtil.inspect(p, { depth: 0 });
      if (s.includes('<pending>')) return 0;
      if (s.includes('<rejected>')) return 2;
      return 1;
    },
    // The visualizer hook; `traceSink` is swapped per scenario.
    streamEvent(kind, id, info) {
      if (traceSink) traceSink(kind, id, info);
    },
  };
}
let traceSink = null;

// ---------------------------------------------------------------------------
// Loader implementing the runtime's module contract.
// ---------------------------------------------------------------------------
const NODE_PROVIDED = {
  buffer: () => require('buffer'),
  string_decoder: () => require('string_decoder'),
  timers: () => require('timers'),
};
if (process.env.STREAM_TEST_OWN_BUFFER) {
  // Use loopscope's own buffer/string_decoder once they exist.
  for (const id of ['buffer', 'string_decoder']) {
    if (fs.existsSync(nodePath.join(JS_ROOT, `${id}.js`))) delete NODE_PROVIDED[id];
  }
}

function createLoader(binding) {
  const cache = new Map();
  const inspectShim = {
    inspect: nodeUtil.inspect,
    format: nodeUtil.format,
    formatWithOptions: nodeUtil.formatWithOptions,
  };
  function req(id) {
    if (id === 'internal/inspect') return inspectShim;
    if (NODE_PROVIDED[id]) return NODE_PROVIDED[id]();
    if (cache.has(id)) return cache.get(id).exports;
    const filename = nodePath.join(JS_ROOT, `${id}.js`);
    if (!fs.existsSync(filename)) throw new Error(`loader: unknown builtin module '${id}'`);
    const src = fs.readFileSync(filename, 'utf8');
    const wrapper = `(function (exports, require, module, binding) {${src}\n})`;
    const fn = vm.runInThisContext(wrapper, { filename });
    const module = { exports: {} };
    cache.set(id, module);
    fn.call(module.exports, module.exports, req, module, binding);
    return module.exports;
  }
  return req;
}

const oursReq = createLoader(makeBinding());
// Scenarios build chunks with the Buffer the implementation under test uses (Node's, or
// loopscope's own under STREAM_TEST_OWN_BUFFER); swapped per run.
// eslint-disable-next-line no-shadow, no-redeclare
let Buffer = global.Buffer;
const OURS_BUFFER = oursReq('buffer').Buffer;
const OURS = oursReq('stream');
const OURS_PROMISES = oursReq('stream/promises');
const OURS_EVENTS = oursReq('events');
const OURS_CONSUMERS = oursReq('stream/consumers');
const NODE = require('stream');
const NODE_PROMISES = require('stream/promises');

// ---------------------------------------------------------------------------
// Value description
// ---------------------------------------------------------------------------
function describeError(e) {
  if (!(e instanceof Error) && !(e && typeof e === 'object' && 'message' in e)) return `THROWN(${show(e)})`;
  const parts = [`${e.name}`];
  if (e.code !== undefined) parts.push(`code=${e.code}`);
  parts.push(JSON.stringify(e.message));
  if (e.cause !== undefined) parts.push(`cause=${e.cause instanceof Error ? describeError(e.cause) : show(e.cause)}`);
  if (Array.isArray(e.errors)) parts.push(`errors=[${e.errors.map(describeError).join(', ')}]`);
  return `Err(${parts.join(' ')})`;
}

function show(v) {
  if (v instanceof Error) return describeError(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'function') return `fn:${v.name}`;
  if (v && typeof v === 'object' && (v._readableState || v._writableState)) return `<stream ${v.__name || v.constructor.name}>`;
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  return nodeUtil.inspect(v, { depth: 3, breakLength: Infinity });
}

// ---------------------------------------------------------------------------
// Scenario runner
// ---------------------------------------------------------------------------
const scenarios = [];
function scenario(name, fn, opts = {}) {
  scenarios.push({ name, fn, opts });
}

let currentLog = null;
process.on('uncaughtException', (e) => {
  if (currentLog) currentLog(`UNCAUGHT ${describeError(e)}`);
  else throw e;
});
process.on('unhandledRejection', (e) => {
  if (currentLog) currentLog(`UNHANDLED REJECTION ${describeError(e)}`);
});

function makeCtx(mod, out) {
  const log = (...args) => out.push(args.map((a) => (typeof a === 'string' ? a : show(a))).join(' '));
  const ctx = {
    S: mod.S,
    P: mod.P,
    C: mod.C,
    EE: mod.EE,
    log,
    show,
    // nextTick / microtask / immediate markers
    marks(label) {
      process.nextTick(() => log(`${label}: tick`));
      Promise.resolve().then(() => log(`${label}: micro`));
      setImmediate(() => log(`${label}: immediate`));
    },
    tick: (label) => process.nextTick(() => log(`${label}: tick`)),
    micro: (label) => Promise.resolve().then(() => log(`${label}: micro`)),
    immediate: () => new Promise((r) => setImmediate(r)),
    delay: (ms) => new Promise((r) => setTimeout(r, ms)),
    // log the listed events of `stream` as "name:event args"
    watch(stream, name, events = ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish', 'pipe', 'unpipe']) {
      stream.__name = name;
      for (const ev of events) {
        stream.on(ev, (...args) => log(`${name}:${ev}`, ...args.map(show)));
      }
      return stream;
    },
    tryIt(label, f) {
      try {
        log(`${label} =>`, f());
      } catch (e) {
        log(`${label} threw ${describeError(e)}`);
      }
    },
    state(stream, name) {
      const parts = [];
      if (stream._readableState) {
        parts.push(`rLen=${stream.readableLength} flowing=${stream.readableFlowing} rEnded=${stream.readableEnded} readable=${stream.readable}`);
      }
      if (stream._writableState) {
        parts.push(`wLen=${stream.writableLength} needDrain=${stream.writableNeedDrain} wEnded=${stream.writableEnded} wFinished=${stream.writableFinished} writable=${stream.writable}`);
      }
      parts.push(`destroyed=${stream.destroyed} closed=${stream.closed} errored=${stream.errored ? describeError(stream.errored) : stream.errored}`);
      log(`${name || stream.__name || 'stream'} state: ${parts.join(' ')}`);
    },
    finished(stream) {
      return new Promise((resolve) => {
        if (stream.closed || stream.destroyed) return setImmediate(resolve);
        stream.once('close', () => setImmediate(resolve));
      });
    },
  };
  return ctx;
}

async function settle() {
  // Let pending ticks / microtasks / immediates / short timers run out.
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setTimeout(r, 2));
  }
}

async function runScenario(sc, mod) {
  const out = [];
  Buffer = mod.B;
  const ctx = makeCtx(mod, out);
  currentLog = ctx.log;
  // Start every scenario from a fresh macrotask (an immediate), so nextTick-vs-microtask
  // order at its start is the same for both runs.
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve('timeout'), sc.opts.timeout || 3000);
  });
  const run = new Promise((resolve) => {
    setImmediate(() => {
      try {
        Promise.resolve(sc.fn(ctx)).then(() => resolve('ok'), (e) => {
          ctx.log(`SCENARIO THREW ${describeError(e)}`);
          resolve('threw');
        });
      } catch (e) {
        ctx.log(`SCENARIO THREW ${describeError(e)}`);
        resolve('threw');
      }
    });
  });
  const how = await Promise.race([run, timeout]);
  clearTimeout(timer);
  if (how === 'timeout') ctx.log('SCENARIO TIMED OUT');
  await settle();
  currentLog = null;
  return out.slice();
}

function diffLines(a, b) {
  const lines = [];
  const n = Math.max(a.length, b.length);
  let shown = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) {
      if (++shown > 6) {
        lines.push('    ... (more differences)');
        break;
      }
      lines.push(`    line ${i}:`);
      lines.push(`      ours: ${a[i] === undefined ? '<missing>' : a[i]}`);
      lines.push(`      node: ${b[i] === undefined ? '<missing>' : b[i]}`);
    }
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------
// Helpers used by scenarios
// ---------------------------------------------------------------------------
// A readable that pushes `chunks` synchronously on each _read, one per call.
function syncSource(S, chunks, opts = {}, log) {
  let i = 0;
  return new S.Readable({
    ...opts,
    read(n) {
      if (log) log(`_read(${n})`);
      if (i < chunks.length) this.push(chunks[i++]);
      else this.push(null);
    },
  });
}
// Same, but pushes from setImmediate.
function asyncSource(S, chunks, opts = {}, log) {
  let i = 0;
  return new S.Readable({
    ...opts,
    read(n) {
      if (log) log(`_read(${n})`);
      setImmediate(() => {
        if (i < chunks.length) this.push(chunks[i++]);
        else this.push(null);
      });
    },
  });
}
// A writable recording chunks; `delay`: 'sync' | 'tick' | 'immediate' | number (ms).
function recorder(S, log, name, opts = {}, delay = 'sync') {
  return new S.Writable({
    ...opts,
    write(chunk, enc, cb) {
      log(`${name}._write`, chunk, enc);
      if (delay === 'sync') cb();
      else if (delay === 'tick') process.nextTick(cb);
      else if (delay === 'immediate') setImmediate(cb);
      else setTimeout(cb, delay);
    },
  });
}

// ===========================================================================
// Scenarios: Readable
// ===========================================================================
scenario('readable: flowing mode with sync pushes', async ({ S, log, watch, marks }) => {
  const r = watch(syncSource(S, ['a', 'b', 'c'], {}, log), 'r');
  r.on('data', (c) => log('data', c));
  log('after on(data)', r.readableFlowing);
  marks('m1');
  await new Promise((res) => r.on('close', res));
  log('closed');
});

scenario('readable: flowing mode with async pushes', async ({ S, log, watch, marks }) => {
  const r = watch(asyncSource(S, ['x', 'y'], {}, log), 'r');
  r.on('data', (c) => {
    log('data', c);
    marks('in-data');
  });
  await new Promise((res) => r.on('close', res));
});

scenario('readable: paused mode with readable + read()', async ({ S, log, watch, marks }) => {
  const r = watch(syncSource(S, ['ab', 'cd', 'ef'], {}, log), 'r');
  r.on('readable', () => {
    log('readable; length', r.readableLength);
    let c;
    while ((c = r.read()) !== null) log('read', c);
    marks('after-read-loop');
  });
  await new Promise((res) => r.on('close', res));
});

scenario('readable: async source in paused mode', async ({ S, log, watch }) => {
  const r = watch(asyncSource(S, ['one', 'two', 'three'], {}, log), 'r');
  r.on('readable', () => {
    log('readable', r.readableLength);
    let c;
    while ((c = r.read()) !== null) log('read', c);
  });
  await new Promise((res) => r.on('close', res));
});

scenario('readable: read(n) sizes and highWaterMark doubling', async ({ S, log, tryIt }) => {
  const r = new S.Readable({ highWaterMark: 4, read() {} });
  r.push('abcdef');
  r.push('ghij');
  log('len', r.readableLength, 'hwm', r.readableHighWaterMark);
  tryIt('read(3)', () => r.read(3));
  tryIt('read(5)', () => r.read(5));
  tryIt('read(10)', () => r.read(10));
  log('hwm', r.readableHighWaterMark);
  tryIt('read(100)', () => r.read(100));
  log('hwm', r.readableHighWaterMark, 'len', r.readableLength);
  tryIt('read(2 ** 31)', () => r.read(2 ** 31));
  tryIt('read("1")', () => r.read('1'));
  r.push(null);
  tryIt('read(100) after EOF', () => r.read(100));
  tryIt('read() after EOF', () => r.read());
  r.on('end', () => log('end'));
  await new Promise((res) => r.on('close', res));
  log('closed');
});

scenario('readable: push() return values and _read sizes', async ({ S, log }) => {
  let n = 0;
  const r = new S.Readable({
    highWaterMark: 5,
    read(size) {
      log('_read', size, 'len', this.readableLength);
      n++;
      if (n > 4) {
        log('push null', this.push(null));
        return;
      }
      log('push', this.push('ab'), this.readableLength);
      log('push', this.push('cde'), this.readableLength);
    },
  });
  r.on('readable', () => {
    let c;
    while ((c = r.read(2)) !== null) log('read(2)', c);
  });
  r.on('end', () => log('end'));
  await new Promise((res) => r.on('close', res));
});

scenario('readable: push after EOF and unshift after end', async ({ S, log, watch }) => {
  const r = watch(new S.Readable({ read() {} }), 'r');
  r.push('a');
  r.push(null);
  log('push after eof', r.push('b'));
  await new Promise((res) => r.on('close', res));
  const r2 = watch(new S.Readable({ read() {} }), 'r2');
  r2.on('data', (c) => log('r2 data', c));
  r2.push('x');
  r2.push(null);
  await new Promise((res) => r2.on('end', res));
  log('unshift after end', r2.unshift('late'));
  await new Promise((res) => r2.on('close', res));
});

scenario('readable: unshift inside readable handler', async ({ S, log }) => {
  const r = syncSource(S, ['hello world', 'again'], {});
  let done = false;
  r.on('readable', () => {
    const c = r.read();
    log('read', c);
    if (c && !done) {
      done = true;
      log('unshift', r.unshift(c.slice(5)), r.readableLength);
    }
  });
  r.on('end', () => log('end'));
  await new Promise((res) => r.on('close', res));
});

scenario('readable: pause/resume events and isPaused', async ({ S, log, watch, marks }) => {
  const r = watch(asyncSource(S, ['1', '2', '3', '4'], {}), 'r');
  log('initial', r.readableFlowing, r.isPaused());
  r.on('data', (c) => {
    log('data', c, r.readableFlowing);
    if (c.toString() === '2') {
      r.pause();
      log('paused', r.isPaused(), r.readableFlowing);
      marks('after-pause');
      setImmediate(() => {
        log('resuming');
        r.resume();
        log('resumed', r.isPaused(), r.readableFlowing);
      });
    }
  });
  await new Promise((res) => r.on('close', res));
});

scenario('readable: resume() without data listener drops data', async ({ S, log, watch, marks }) => {
  const r = watch(syncSource(S, ['a', 'b'], {}, log), 'r');
  r.resume();
  log('flowing', r.readableFlowing);
  marks('m');
  await new Promise((res) => r.on('close', res));
  log('didRead', r.readableDidRead, S.isDisturbed(r));
});

scenario('readable: pause() before data listener keeps it paused', async ({ S, log, watch }) => {
  const r = watch(syncSource(S, ['a', 'b'], {}), 'r');
  r.pause();
  r.on('data', (c) => log('data', c));
  log('flowing', r.readableFlowing);
  await new Promise((res) => setImmediate(res));
  log('len', r.readableLength);
  r.resume();
  await new Promise((res) => r.on('close', res));
});

scenario('readable: once(readable) then data listener', async ({ S, log, watch }) => {
  const r = watch(asyncSource(S, ['a', 'b', 'c'], {}), 'r');
  r.once('readable', () => {
    log('once readable', r.readableLength, r.readableFlowing);
    r.on('data', (c) => log('data', c, r.readableFlowing));
    log('after on data', r.readableFlowing);
  });
  await new Promise((res) => r.on('close', res));
});

scenario('readable: removing readable listener switches back to flowing', async ({ S, log, watch }) => {
  const r = watch(asyncSource(S, ['a', 'b', 'c', 'd'], {}), 'r');
  const onReadable = () => {
    log('readable', r.read());
  };
  r.on('readable', onReadable);
  r.on('data', (c) => log('data', c));
  log('flowing', r.readableFlowing);
  await new Promise((res) => setImmediate(res));
  await new Promise((res) => setImmediate(res));
  r.removeListener('readable', onReadable);
  log('removed; flowing', r.readableFlowing);
  process.nextTick(() => log('tick; flowing', r.readableFlowing));
  await new Promise((res) => r.on('close', res));
});

scenario('readable: setEncoding utf8 with multibyte splits', async ({ S, log }) => {
  const euro = Buffer.from('€uro ✓ 😀');
  const parts = [euro.subarray(0, 1), euro.subarray(1, 2), euro.subarray(2, 6), euro.subarray(6, 9), euro.subarray(9, 12), euro.subarray(12)];
  const r = syncSource(S, parts, {});
  r.setEncoding('utf8');
  log('encoding', r.readableEncoding);
  r.on('data', (c) => log('data', c, typeof c));
  r.on('end', () => log('end'));
  await new Promise((res) => r.on('close', res));
});

scenario('readable: setEncoding after buffering + hex/base64 options', async ({ S, log }) => {
  const r = new S.Readable({ read() {} });
  r.push(Buffer.from([0xe2, 0x82]));
  r.push(Buffer.from([0xac, 0x41]));
  log('len before', r.readableLength);
  r.setEncoding('utf8');
  log('len after', r.readableLength, r.read());
  r.push(null);
  const h = syncSource(S, [Buffer.from('hi!'), Buffer.from([1, 2, 3, 4])], { encoding: 'hex' });
  h.on('data', (c) => log('hex', c));
  const b = syncSource(S, [Buffer.from('ab'), Buffer.from('cdef')], { encoding: 'base64' });
  b.on('data', (c) => log('b64', c));
  await new Promise((res) => b.on('close', res));
  await new Promise((res) => setImmediate(res));
});

scenario('readable: objectMode reads one object at a time', async ({ S, log, watch }) => {
  const r = watch(new S.Readable({ objectMode: true, read() {} }), 'r');
  log('hwm', r.readableHighWaterMark, r.readableObjectMode);
  for (let i = 0; i < 18; i++) {
    const ok = r.push({ i });
    if (!ok) log('push false at', i, r.readableLength);
  }
  log('read', r.read(), r.read(5), r.readableLength);
  r.push(0);
  r.push('');
  r.push(false);
  r.push(null);
  const rest = [];
  r.on('data', (c) => rest.push(c));
  await new Promise((res) => r.on('end', res));
  log('rest', rest.length, rest.slice(-3));
});

scenario('readable: destroy() during flow', async ({ S, log, watch, marks }) => {
  const r = watch(asyncSource(S, ['a', 'b', 'c'], {}), 'r');
  r.on('data', (c) => {
    log('data', c);
    r.destroy();
    log('destroyed', r.destroyed, r.readable, r.readableAborted);
    marks('after-destroy');
  });
  await new Promise((res) => r.on('close', res));
  log('closed', r.closed, r.readableEnded);
});

scenario('readable: destroy(err) order and state', async ({ S, log, watch, marks, state }) => {
  const r = watch(new S.Readable({ read() {} }), 'r');
  r.push('a');
  r.destroy(new Error('boom'), (err) => log('destroy cb', err));
  state(r);
  marks('m');
  r.destroy(new Error('second'));
  await new Promise((res) => r.on('close', res));
  state(r);
  log('isErrored', S.isErrored(r), 'isReadable', S.isReadable(r), 'isDestroyed', S.isDestroyed(r));
});

scenario('readable: custom _destroy async', async ({ S, log, watch, marks }) => {
  const r = watch(new S.Readable({
    read() {},
    destroy(err, cb) {
      log('_destroy', err);
      setImmediate(() => {
        log('_destroy done');
        cb(err);
      });
    },
  }), 'r');
  r.destroy();
  marks('m');
  await new Promise((res) => r.on('close', res));
  const r2 = watch(new S.Readable({
    read() {},
    destroy(err, cb) {
      cb(new Error('from _destroy'));
    },
  }), 'r2');
  r2.destroy();
  await new Promise((res) => r2.on('close', res));
});

scenario('readable: emitClose false / autoDestroy false', async ({ S, log, watch }) => {
  const r = watch(syncSource(S, ['a'], { emitClose: false }), 'r');
  r.on('data', (c) => log('data', c));
  await new Promise((res) => r.on('end', res));
  await new Promise((res) => setImmediate(res));
  log('r destroyed', r.destroyed);
  const r2 = watch(syncSource(S, ['a'], { autoDestroy: false }), 'r2');
  r2.on('data', (c) => log('data', c));
  await new Promise((res) => r2.on('end', res));
  await new Promise((res) => setImmediate(res));
  log('r2 destroyed', r2.destroyed);
  const r3 = watch(new S.Readable({ autoDestroy: false, read() {} }), 'r3');
  r3.push(null);
  r3.push('x');
  await new Promise((res) => setImmediate(res));
  log('r3 destroyed', r3.destroyed, r3.errored && r3.errored.code);
});

scenario('readable: _read throws / not implemented', async ({ S, log, watch }) => {
  const r = watch(new S.Readable({ read() { throw new Error('read failed'); } }), 'r');
  r.on('data', () => log('data'));
  await new Promise((res) => r.on('close', res));
  const r2 = watch(new S.Readable(), 'r2');
  r2.read();
  await new Promise((res) => r2.on('close', res));
});

scenario('readable: async _construct', async ({ S, log, watch, marks }) => {
  const r = watch(new S.Readable({
    construct(cb) {
      log('construct');
      setImmediate(() => {
        log('construct done');
        cb();
      });
    },
    read() {
      log('_read');
      this.push('data');
      this.push(null);
    },
  }), 'r');
  r.on('data', (c) => log('data', c));
  marks('m');
  await new Promise((res) => r.on('close', res));
  const r2 = watch(new S.Readable({
    construct(cb) { cb(new Error('construct failed')); },
    read() {},
  }), 'r2');
  await new Promise((res) => r2.on('close', res));
  const r3 = watch(new S.Readable({
    construct(cb) { setImmediate(cb); },
    read() {},
  }), 'r3');
  r3.destroy();
  log('r3 destroyed early');
  await new Promise((res) => r3.on('close', res));
});

scenario('readable: empty pushes and hwm 0', async ({ S, log, watch }) => {
  let reads = 0;
  const r = watch(new S.Readable({
    highWaterMark: 0,
    read(n) {
      reads++;
      log('_read', n, reads);
      if (reads === 1) this.push('');
      else if (reads < 4) setImmediate(() => this.push(`c${reads}`));
      else this.push(null);
    },
  }), 'r');
  r.on('readable', () => {
    let c;
    while ((c = r.read()) !== null) log('read', c);
  });
  await new Promise((res) => r.on('close', res));
});

scenario('readable: invalid chunk types and typed arrays', async ({ S, log, watch }) => {
  const r = watch(new S.Readable({ read() {} }), 'r');
  log('push 1', r.push(1));
  await new Promise((res) => r.on('close', res));
  const r2 = new S.Readable({ read() {} });
  r2.push(new Uint8Array([104, 105]));
  r2.push(new Uint16Array([0x6968]));
  r2.push(null);
  r2.on('data', (c) => log('data', c, Buffer.isBuffer(c)));
  await new Promise((res) => r2.on('close', res));
  const r3 = watch(new S.Readable({ read() {} }), 'r3');
  log('unshift {}', r3.unshift({}));
  await new Promise((res) => r3.on('close', res));
});

scenario('readable: properties through the lifecycle', async ({ S, log, state }) => {
  const r = syncSource(S, ['abc', 'de'], {});
  r.__name = 'r';
  state(r);
  log('didRead', r.readableDidRead, 'disturbed', S.isDisturbed(r), 'readable', S.isReadable(r));
  r.on('data', () => {});
  state(r);
  await new Promise((res) => r.on('end', res));
  state(r);
  await new Promise((res) => r.on('close', res));
  state(r);
  log('didRead', r.readableDidRead, 'disturbed', S.isDisturbed(r), 'readable', S.isReadable(r), 'errored', S.isErrored(r));
  log('pipesCount', r._readableState.pipesCount, 'paused', r._readableState.paused);
});

scenario('readable: data + readable listeners together', async ({ S, log, watch }) => {
  const r = watch(asyncSource(S, ['p', 'q'], {}), 'r');
  r.on('data', (c) => log('data', c));
  r.on('readable', () => {
    log('readable');
    let c;
    while ((c = r.read()) !== null) log('read', c);
  });
  log('flowing', r.readableFlowing);
  await new Promise((res) => r.on('close', res));
});

scenario('readable: removeAllListeners and readableFlowing setter', async ({ S, log, watch }) => {
  const r = watch(asyncSource(S, ['a', 'b', 'c'], {}), 'r');
  r.on('readable', () => log('readable'));
  r.removeAllListeners('readable');
  r.on('data', (c) => log('data', c));
  log('flowing', r.readableFlowing);
  await new Promise((res) => setImmediate(res));
  r.readableFlowing = false;
  log('flowing set false', r.readableFlowing, r.isPaused());
  await new Promise((res) => setImmediate(res));
  r.resume();
  await new Promise((res) => r.on('close', res));
});

scenario('readable: wrap() an old-style stream', async ({ S, EE, log, watch }) => {
  const old = new EE();
  old.pause = () => log('old.pause');
  old.resume = () => log('old.resume');
  const r = watch(new S.Readable({ highWaterMark: 2 }).wrap(old), 'r');
  old.emit('data', Buffer.from('abc'));
  old.emit('data', Buffer.from('d'));
  r.on('data', (c) => log('data', c));
  await new Promise((res) => setImmediate(res));
  old.emit('end');
  await new Promise((res) => r.on('close', res));
});

// ===========================================================================
// Scenarios: Writable
// ===========================================================================
scenario('writable: write() false at highWaterMark, sync _write, drain', async ({ S, log, watch, marks }) => {
  const w = watch(recorder(S, log, 'w', { highWaterMark: 3 }), 'w');
  for (const c of ['a', 'bb', 'ccc', 'd']) {
    log(`write ${c} ->`, w.write(c, () => log(`cb ${c}`)), w.writableLength, w.writableNeedDrain);
  }
  marks('m');
  w.end(() => log('end cb'));
  await new Promise((res) => w.on('close', res));
});

scenario('writable: async _write queues; drain count', async ({ S, log, watch, marks }) => {
  let drains = 0;
  const w = watch(recorder(S, log, 'w', { highWaterMark: 4 }, 'immediate'), 'w');
  w.on('drain', () => {
    drains++;
    marks(`drain${drains}`);
  });
  let i = 0;
  function writeMore() {
    let ok = true;
    while (i < 10 && ok) {
      ok = w.write(`c${i}`, () => {});
      log('write', i, ok, w.writableLength);
      i++;
    }
    if (i < 10) w.once('drain', writeMore);
    else w.end('END');
  }
  writeMore();
  await new Promise((res) => w.on('close', res));
  log('drains', drains);
});

scenario('writable: nextTick _write callbacks and cb ordering', async ({ S, log, watch, marks }) => {
  const w = watch(recorder(S, log, 'w', { highWaterMark: 100 }, 'tick'), 'w');
  w.write('1', () => log('cb1'));
  w.write('2', () => log('cb2'));
  w.write('3');
  marks('m');
  w.end('4', () => log('end cb'));
  await new Promise((res) => w.on('close', res));
});

scenario('writable: same cb batched for sync writes', async ({ S, log, watch, marks }) => {
  const w = watch(recorder(S, log, 'w', {}), 'w');
  const cb = () => log('shared cb');
  w.write('a', cb);
  w.write('b', cb);
  w.write('c', () => log('other cb'));
  w.write('d', cb);
  marks('m');
  await new Promise((res) => setImmediate(res));
  w.end();
  await new Promise((res) => w.on('close', res));
});

scenario('writable: cork/uncork with _writev', async ({ S, log, watch, marks }) => {
  const w = watch(new S.Writable({
    write(chunk, enc, cb) {
      log('_write', chunk);
      cb();
    },
    writev(chunks, cb) {
      log('_writev', chunks.map((c) => [c.chunk, c.encoding]), chunks.allBuffers);
      setImmediate(cb);
    },
  }), 'w');
  w.cork();
  w.write('a', () => log('cb a'));
  w.write('b', () => log('cb b'));
  w.cork();
  w.write('c');
  log('corked', w.writableCorked, w.writableLength, w.writableBuffer.length);
  w.uncork();
  log('after uncork 1', w.writableCorked);
  process.nextTick(() => {
    w.uncork();
    log('after uncork 2', w.writableCorked, w.writableLength);
    marks('m');
  });
  await new Promise((res) => setImmediate(res));
  w.write('d');
  w.write('e');
  w.end('f');
  await new Promise((res) => w.on('close', res));
});

scenario('writable: end() uncorks; decodeStrings false writev', async ({ S, log, watch }) => {
  const w = watch(new S.Writable({
    decodeStrings: false,
    writev(chunks, cb) {
      log('_writev', chunks.map((c) => [c.chunk, c.encoding]), chunks.allBuffers);
      cb();
    },
  }), 'w');
  w.cork();
  w.cork();
  w.write('x');
  w.write(Buffer.from('y'));
  w.write('7a', 'hex');
  w.end('z', () => log('end cb'));
  await new Promise((res) => w.on('close', res));
});

scenario('writable: write after end', async ({ S, log, watch, marks }) => {
  const w = watch(recorder(S, log, 'w'), 'w');
  w.end('last');
  log('write ->', w.write('late', (err) => log('late cb', err)));
  marks('m');
  await new Promise((res) => w.on('close', res));
  const w2 = watch(recorder(S, log, 'w2', { autoDestroy: false }), 'w2');
  w2.end();
  w2.write('late2', (err) => log('late2 cb', err));
  await new Promise((res) => setImmediate(res));
  log('w2 destroyed', w2.destroyed, w2.errored && w2.errored.code);
});

scenario('writable: end/finish/close ordering with end callback', async ({ S, log, watch, marks }) => {
  const w = watch(recorder(S, log, 'w'), 'w');
  w.end('x', 'utf8', () => log('end cb'));
  log('after end', w.writableEnded, w.writableFinished);
  marks('m');
  await new Promise((res) => w.on('close', res));
  log('finished', w.writableFinished, w.closed);
  w.end(() => log('end cb after finish'));
  w.end((err) => log('end cb 2', err));
  await new Promise((res) => setImmediate(res));
});

scenario('writable: async _final', async ({ S, log, watch, marks }) => {
  const w = watch(new S.Writable({
    write(c, e, cb) { log('_write', c); cb(); },
    final(cb) {
      log('_final');
      marks('in-final');
      setImmediate(() => {
        log('_final done');
        cb();
      });
    },
  }), 'w');
  w.write('a');
  w.end(() => log('end cb'));
  await new Promise((res) => w.on('close', res));
});

scenario('writable: sync _final and _final error', async ({ S, log, watch, marks }) => {
  const w = watch(new S.Writable({
    write(c, e, cb) { cb(); },
    final(cb) { log('_final'); cb(); },
  }), 'w');
  w.end();
  marks('m');
  await new Promise((res) => w.on('close', res));
  const w2 = watch(new S.Writable({
    write(c, e, cb) { cb(); },
    final(cb) { cb(new Error('final failed')); },
  }), 'w2');
  w2.end((err) => log('w2 end cb', err));
  await new Promise((res) => w2.on('close', res));
  const w3 = watch(new S.Writable({
    write(c, e, cb) { cb(); },
    final() { throw new Error('final threw'); },
  }), 'w3');
  w3.end();
  await new Promise((res) => w3.on('close', res));
});

scenario('writable: _write error (sync and async) with buffered writes', async ({ S, log, watch, marks }) => {
  const w = watch(new S.Writable({
    write(c, e, cb) {
      log('_write', c);
      cb(new Error(`fail ${c}`));
    },
  }), 'w');
  log('write a', w.write('a', (err) => log('cb a', err)));
  log('write b', w.write('b', (err) => log('cb b', err)));
  marks('m');
  await new Promise((res) => w.on('close', res));
  const w2 = watch(new S.Writable({
    write(c, e, cb) {
      log('w2 _write', c);
      setImmediate(() => cb(new Error(`async fail ${c}`)));
    },
  }), 'w2');
  w2.write('a', (err) => log('w2 cb a', err));
  w2.write('b', (err) => log('w2 cb b', err));
  w2.end((err) => log('w2 end cb', err));
  await new Promise((res) => w2.on('close', res));
});

scenario('writable: destroy with pending writes', async ({ S, log, watch, marks, state }) => {
  const w = watch(recorder(S, log, 'w', {}, 'immediate'), 'w');
  w.write('a', (err) => log('cb a', err));
  w.write('b', (err) => log('cb b', err));
  w.end((err) => log('end cb', err));
  w.destroy();
  state(w);
  marks('m');
  await new Promise((res) => w.on('close', res));
  state(w);
  log('write after destroy', w.write('c', (err) => log('cb c', err)));
  await new Promise((res) => setImmediate(res));
});

scenario('writable: destroy(err) and errored', async ({ S, log, watch, state }) => {
  const w = watch(recorder(S, log, 'w'), 'w');
  w.destroy(new Error('kaboom'));
  state(w);
  await new Promise((res) => w.on('close', res));
  state(w);
  log('isErrored', S.isErrored(w), 'isWritable', S.isWritable(w), 'aborted', w.writableAborted);
  w.end((err) => log('end after destroy cb', err));
  await new Promise((res) => setImmediate(res));
});

scenario('writable: invalid writes', async ({ S, log, tryIt, watch }) => {
  const w = watch(recorder(S, log, 'w'), 'w');
  tryIt('write(null)', () => w.write(null));
  tryIt('write(123)', () => w.write(123));
  tryIt('write({})', () => w.write({}));
  tryIt('write("a", "bogus")', () => w.write('a', 'bogus'));
  tryIt('setDefaultEncoding("nope")', () => w.setDefaultEncoding('nope'));
  tryIt('setDefaultEncoding("HEX")', () => w.setDefaultEncoding('HEX') === w);
  tryIt('write("6869")', () => w.write('6869'));
  tryIt('new Writable({defaultEncoding: "x"})', () => new S.Writable({ defaultEncoding: 'x' }));
  tryIt('new Writable({highWaterMark: -1})', () => new S.Writable({ highWaterMark: -1 }));
  tryIt('new Writable({highWaterMark: 1.5})', () => new S.Writable({ highWaterMark: 1.5 }));
  tryIt('new Duplex({readableHighWaterMark: "x"})', () => new S.Duplex({ readableHighWaterMark: 'x' }));
  tryIt('pipe from writable', () => w.pipe(new S.PassThrough()));
  await new Promise((res) => setImmediate(res));
  const w2 = watch(new S.Writable(), 'w2');
  w2.write('x', (err) => log('w2 cb', err));
  await new Promise((res) => w2.on('close', res));
});

scenario('writable: callback called twice', async ({ S, log, watch }) => {
  const w = watch(new S.Writable({
    write(c, e, cb) {
      cb();
      cb();
    },
  }), 'w');
  w.write('a');
  await new Promise((res) => w.on('close', res));
});

scenario('writable: objectMode writable', async ({ S, log, watch }) => {
  const w = watch(recorder(S, log, 'w', { objectMode: true }, 'tick'), 'w');
  log('hwm', w.writableHighWaterMark, w.writableObjectMode);
  let i = 0;
  while (w.write({ n: i })) i++;
  log('false after', i, w.writableLength);
  w.write(0);
  w.write('');
  w.end(false);
  await new Promise((res) => w.on('close', res));
});

scenario('writable: objectMode sync writes and finish timing', async ({ S, log, watch, marks }) => {
  const w = watch(recorder(S, log, 'w', { objectMode: true }), 'w');
  w.write(1);
  w.write(2);
  w.end();
  marks('m');
  await new Promise((res) => w.on('close', res));
});

scenario('writable: properties through the lifecycle', async ({ S, log, state }) => {
  const w = recorder(S, () => {}, 'w', { highWaterMark: 2 }, 'immediate');
  w.__name = 'w';
  state(w);
  w.write('abc');
  state(w);
  w.end();
  state(w);
  await new Promise((res) => w.on('finish', res));
  state(w);
  await new Promise((res) => w.on('close', res));
  state(w);
  log('getBuffer', w._writableState.getBuffer(), 'bufferedRequestCount', w._writableState.bufferedRequestCount);
});

scenario('writable: async _construct buffers writes', async ({ S, log, watch, marks }) => {
  const w = watch(new S.Writable({
    construct(cb) {
      log('construct');
      setImmediate(() => {
        log('construct done');
        cb();
      });
    },
    write(c, e, cb) {
      log('_write', c);
      cb();
    },
  }), 'w');
  log('write', w.write('a'), w.writableLength);
  w.end('b');
  marks('m');
  await new Promise((res) => w.on('close', res));
});

scenario('writable: autoDestroy false / emitClose false', async ({ S, log, watch }) => {
  const w = watch(recorder(S, log, 'w', { autoDestroy: false }), 'w');
  w.end('x');
  await new Promise((res) => w.on('finish', res));
  await new Promise((res) => setImmediate(res));
  log('destroyed', w.destroyed);
  w.destroy();
  await new Promise((res) => w.on('close', res));
  const w2 = watch(recorder(S, log, 'w2', { emitClose: false }), 'w2');
  w2.end('y');
  await new Promise((res) => w2.on('finish', res));
  await new Promise((res) => setImmediate(res));
  log('w2 destroyed', w2.destroyed, w2.closed);
});

scenario('writable: legacy subclass via util.inherits style', async ({ S, log, watch }) => {
  function MyW(opts) {
    S.Writable.call(this, opts);
  }
  Object.setPrototypeOf(MyW.prototype, S.Writable.prototype);
  Object.setPrototypeOf(MyW, S.Writable);
  MyW.prototype._write = function(c, e, cb) {
    log('MyW._write', c);
    cb();
  };
  const w = watch(new MyW(), 'w');
  w.end('z');
  await new Promise((res) => w.on('close', res));
  log('instanceof', w instanceof S.Writable, new S.Duplex() instanceof S.Writable, new S.Readable() instanceof S.Writable);
  class MyR extends S.Readable {
    _read() {
      this.push('r');
      this.push(null);
    }
  }
  const r = watch(new MyR(), 'r');
  r.on('data', (c) => log('MyR data', c));
  await new Promise((res) => r.on('close', res));
});

// ===========================================================================
// Scenarios: Duplex / Transform / PassThrough
// ===========================================================================
scenario('duplex: both sides independent (allowHalfOpen)', async ({ S, log, watch, marks }) => {
  let n = 0;
  const d = watch(new S.Duplex({
    read() {
      n++;
      if (n <= 2) this.push(`r${n}`);
      else this.push(null);
    },
    write(c, e, cb) {
      log('_write', c);
      cb();
    },
  }), 'd');
  d.on('data', (c) => log('data', c));
  d.write('w1');
  marks('m');
  await new Promise((res) => d.on('end', res));
  log('after end: writable', d.writable, 'destroyed', d.destroyed);
  d.end('w2');
  await new Promise((res) => d.on('close', res));
});

scenario('duplex: allowHalfOpen false ends the writable side', async ({ S, log, watch }) => {
  const d = watch(new S.Duplex({
    allowHalfOpen: false,
    read() {
      this.push('only');
      this.push(null);
    },
    write(c, e, cb) { cb(); },
  }), 'd');
  d.on('data', (c) => log('data', c));
  await new Promise((res) => d.on('close', res));
  log('writableEnded', d.writableEnded, 'allowHalfOpen', d.allowHalfOpen);
});

scenario('duplex: readable:false / writable:false sides and objectMode split', async ({ S, log, watch }) => {
  const d = watch(new S.Duplex({ readable: false, write(c, e, cb) { log('_write', c); cb(); } }), 'd');
  log('readable', d.readable, d.readableEnded, 'writable', d.writable);
  d.end('x');
  await new Promise((res) => d.on('close', res));
  const d2 = watch(new S.Duplex({ writable: false, read() { this.push(null); } }), 'd2');
  log('d2 writable', d2.writable, d2.writableFinished);
  d2.resume();
  await new Promise((res) => d2.on('close', res));
  const d3 = new S.Duplex({ readableObjectMode: true, writableHighWaterMark: 5, read() {}, write(c, e, cb) { cb(); } });
  log('d3', d3.readableObjectMode, d3.writableObjectMode, d3.readableHighWaterMark, d3.writableHighWaterMark);
});

scenario('transform: uppercase with flush', async ({ S, log, watch, marks }) => {
  const t = watch(new S.Transform({
    transform(chunk, enc, cb) {
      log('_transform', chunk, enc);
      cb(null, chunk.toString().toUpperCase());
    },
    flush(cb) {
      log('_flush');
      marks('in-flush');
      cb(null, '!');
    },
  }), 't');
  t.on('data', (c) => log('data', c));
  t.write('hello');
  t.write(' world');
  t.end();
  await new Promise((res) => t.on('close', res));
});

scenario('transform: callback(err) and flush error', async ({ S, log, watch }) => {
  const t = watch(new S.Transform({
    transform(chunk, enc, cb) {
      cb(new Error('transform failed'));
    },
  }), 't');
  t.on('data', (c) => log('data', c));
  t.write('a', (err) => log('write cb', err));
  await new Promise((res) => t.on('close', res));
  const t2 = watch(new S.Transform({
    transform(chunk, enc, cb) { cb(null, chunk); },
    flush(cb) { cb(new Error('flush failed')); },
  }), 't2');
  t2.resume();
  t2.end('z');
  await new Promise((res) => t2.on('close', res));
});

scenario('transform: backpressure from readable side (objectMode hwm 2)', async ({ S, log, watch, marks }) => {
  const t = watch(new S.Transform({
    objectMode: true,
    highWaterMark: 2,
    transform(chunk, enc, cb) {
      log('_transform', chunk, 'rLen', this.readableLength);
      cb(null, chunk * 10);
    },
  }), 't');
  for (let i = 1; i <= 6; i++) log('write', i, t.write(i), 'wLen', t.writableLength, 'rLen', t.readableLength);
  t.end();
  marks('m');
  await new Promise((res) => setImmediate(res));
  log('start reading');
  t.on('data', (c) => log('data', c));
  await new Promise((res) => t.on('close', res));
});

scenario('transform: multiple pushes per chunk, async transform', async ({ S, log, watch }) => {
  const t = watch(new S.Transform({
    transform(chunk, enc, cb) {
      for (const ch of chunk.toString()) this.push(ch);
      setImmediate(cb);
    },
  }), 't');
  t.setEncoding('utf8');
  t.on('data', (c) => log('data', c));
  t.write('ab');
  t.end('c');
  await new Promise((res) => t.on('close', res));
});

scenario('transform: readableHighWaterMark 0 and decodeStrings false', async ({ S, log }) => {
  const t = new S.Transform({
    readableHighWaterMark: 0,
    decodeStrings: false,
    transform(c, e, cb) {
      log('_transform', c, e);
      cb(null, c);
    },
  });
  log('hwm', t.readableHighWaterMark, t.writableHighWaterMark);
  log('write', t.write('a'), t.write('b'));
  t.on('data', (c) => log('data', c));
  t.end();
  await new Promise((res) => t.on('close', res));
});

scenario('passthrough: event order of write/read/end', async ({ S, log, watch, marks }) => {
  const p = watch(new S.PassThrough(), 'p');
  p.write('a');
  marks('after-write');
  p.on('readable', () => {
    log('readable', p.readableLength);
    let c;
    while ((c = p.read()) !== null) log('read', c);
  });
  p.end('b');
  await new Promise((res) => p.on('close', res));
});

scenario('transform: push(null) inside transform', async ({ S, log, watch }) => {
  const t = watch(new S.Transform({
    transform(c, e, cb) {
      this.push(c);
      this.push(null);
      cb();
    },
  }), 't');
  t.on('data', (c) => log('data', c));
  t.write('x', () => log('write cb'));
  await new Promise((res) => setImmediate(res));
  t.end();
  await new Promise((res) => t.on('close', res));
});

// ===========================================================================
// Scenarios: pipe
// ===========================================================================
scenario('pipe: slow writable applies backpressure', async ({ S, log, watch }) => {
  let i = 0;
  const src = watch(new S.Readable({
    highWaterMark: 4,
    read(n) {
      i++;
      log('_read', n, i);
      if (i <= 6) this.push(`chunk${i}`);
      else this.push(null);
    },
  }), 'src');
  const dst = watch(recorder(S, log, 'dst', { highWaterMark: 8 }, 'immediate'), 'dst');
  log('pipe returns dst', src.pipe(dst) === dst, src.readableFlowing);
  await new Promise((res) => dst.on('close', res));
  log('src destroyed', src.destroyed);
});

scenario('pipe: fast writable, sync source, flowing', async ({ S, log, watch, marks }) => {
  const src = watch(syncSource(S, ['a', 'b', 'c'], {}), 'src');
  const dst = watch(recorder(S, log, 'dst'), 'dst');
  src.pipe(dst);
  marks('m');
  await new Promise((res) => dst.on('close', res));
});

scenario('pipe: two destinations, one slow', async ({ S, log, watch }) => {
  const src = watch(syncSource(S, ['1', '2', '3', '4'], { highWaterMark: 2 }), 'src');
  const fast = watch(recorder(S, log, 'fast', { highWaterMark: 1 }), 'fast');
  const slow = watch(recorder(S, log, 'slow', { highWaterMark: 1 }, 'immediate'), 'slow');
  src.pipe(fast);
  src.pipe(slow);
  await Promise.all([new Promise((res) => fast.on('close', res)), new Promise((res) => slow.on('close', res))]);
});

scenario('pipe: unpipe mid-stream', async ({ S, log, watch }) => {
  const src = watch(asyncSource(S, ['a', 'b', 'c', 'd'], {}), 'src');
  const dst = watch(recorder(S, log, 'dst'), 'dst');
  src.pipe(dst);
  let n = 0;
  src.on('data', () => {
    n++;
    if (n === 2) {
      src.unpipe(dst);
      log('unpiped; flowing', src.readableFlowing);
      setImmediate(() => {
        log('ending dst');
        dst.end();
        src.resume();
      });
    }
  });
  await new Promise((res) => src.on('close', res));
  await new Promise((res) => setImmediate(res));
  log('dst finished', dst.writableFinished);
});

scenario('pipe: end:false keeps destination open', async ({ S, log, watch }) => {
  const src = watch(syncSource(S, ['x'], {}), 'src');
  const dst = watch(recorder(S, log, 'dst'), 'dst');
  src.pipe(dst, { end: false });
  await new Promise((res) => src.on('close', res));
  log('dst writable', dst.writable);
  dst.end('bye');
  await new Promise((res) => dst.on('close', res));
});

scenario('pipe: destination error unpipes', async ({ S, log, watch }) => {
  const src = watch(asyncSource(S, ['a', 'b', 'c'], {}), 'src');
  const dst = watch(new S.Writable({
    write(c, e, cb) {
      log('dst _write', c);
      cb(new Error('dst failed'));
    },
  }), 'dst');
  src.pipe(dst);
  await new Promise((res) => dst.on('close', res));
  log('src flowing', src.readableFlowing, 'pipes', src._readableState.pipes.length);
  src.destroy();
  await new Promise((res) => src.on('close', res));
});

scenario('pipe: to an already-ended source / pipe into PassThrough chain', async ({ S, log, watch }) => {
  const src = syncSource(S, ['q'], {});
  src.resume();
  await new Promise((res) => src.on('end', res));
  const dst = watch(recorder(S, log, 'dst'), 'dst');
  src.pipe(dst);
  await new Promise((res) => dst.on('close', res));
  const a = syncSource(S, ['1', '2'], {});
  const p1 = watch(new S.PassThrough(), 'p1');
  const p2 = watch(new S.PassThrough(), 'p2');
  a.pipe(p1).pipe(p2).on('data', (c) => log('p2 data', c));
  await new Promise((res) => p2.on('close', res));
});

scenario('pipe: legacy Stream.prototype.pipe', async ({ S, log, watch }) => {
  const src = new S.Stream();
  src.readable = true;
  const dst = watch(recorder(S, log, 'dst', { highWaterMark: 1 }, 'immediate'), 'dst');
  src.pause = () => log('src.pause');
  src.resume = () => log('src.resume');
  src.pipe(dst);
  src.emit('data', 'abc');
  src.emit('data', 'def');
  src.emit('end');
  await new Promise((res) => dst.on('close', res));
});

// ===========================================================================
// Scenarios: pipeline / finished / addAbortSignal
// ===========================================================================
scenario('pipeline: readable -> transform -> writable success', async ({ S, log, watch, marks }) => {
  const src = watch(syncSource(S, ['a', 'b'], {}), 'src');
  const t = watch(new S.Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } }), 't');
  const dst = watch(recorder(S, log, 'dst'), 'dst');
  const ret = S.pipeline(src, t, dst, (err, val) => {
    log('pipeline cb', err, val);
    marks('in-cb');
  });
  log('returns last', ret === dst);
  await new Promise((res) => setTimeout(res, 5));
});

scenario('pipeline: error in the middle destroys everything', async ({ S, log, watch }) => {
  const src = watch(asyncSource(S, ['a', 'b', 'c'], {}), 'src');
  const t = watch(new S.Transform({
    transform(c, e, cb) {
      if (c.toString() === 'b') cb(new Error('bad chunk'));
      else cb(null, c);
    },
  }), 't');
  const dst = watch(recorder(S, log, 'dst'), 'dst');
  S.pipeline(src, t, dst, (err) => log('pipeline cb', err));
  await new Promise((res) => setTimeout(res, 10));
  log('destroyed', src.destroyed, t.destroyed, dst.destroyed);
});

scenario('pipeline: source destroyed prematurely', async ({ S, log, watch }) => {
  const src = watch(new S.Readable({ read() {} }), 'src');
  const dst = watch(recorder(S, log, 'dst'), 'dst');
  S.pipeline(src, dst, (err) => log('pipeline cb', err));
  src.push('x');
  setImmediate(() => src.destroy());
  await new Promise((res) => setTimeout(res, 10));
});

scenario('pipeline: async generator transform', async ({ S, log, watch }) => {
  const src = syncSource(S, ['x', 'y', 'z'], {});
  const dst = watch(recorder(S, log, 'dst', { objectMode: true }), 'dst');
  S.pipeline(src, async function* (source, { signal }) {
    log('gen start', signal.aborted);
    for await (const chunk of source) {
      log('gen got', chunk);
      yield `<${chunk}>`;
    }
    log('gen done');
  }, dst, (err) => log('pipeline cb', err));
  await new Promise((res) => setTimeout(res, 10));
});

scenario('pipeline: generator source function and async sink function', async ({ S, log }) => {
  const ret = S.pipeline(function* () {
    yield 'a';
    yield 'b';
  }, async function (source) {
    const got = [];
    for await (const c of source) got.push(c);
    log('sink got', got);
    return got.join('+');
  }, (err, val) => log('pipeline cb', err, val));
  log('ret is stream', typeof ret.on, ret.readableObjectMode);
  ret.on('data', (c) => log('ret data', c));
  await new Promise((res) => setTimeout(res, 10));
});

scenario('pipeline: generator throws', async ({ S, log, watch }) => {
  const src = watch(syncSource(S, ['a', 'b'], {}), 'src');
  const dst = watch(recorder(S, log, 'dst'), 'dst');
  S.pipeline(src, async function* (source) {
    for await (const c of source) {
      yield c;
      throw new Error('gen failed');
    }
  }, dst, (err) => log('pipeline cb', err));
  await new Promise((res) => setTimeout(res, 10));
});

scenario('pipeline: array form, missing args, bad callback', async ({ S, log, tryIt }) => {
  tryIt('one stream', () => S.pipeline(new S.PassThrough(), () => {}));
  tryIt('no callback', () => S.pipeline(new S.PassThrough(), new S.PassThrough()));
  tryIt('bad source fn', () => S.pipeline(() => 42, new S.PassThrough(), () => {}));
  const out = [];
  S.pipeline([syncSource(S, ['p', 'q'], {}), new S.Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } })],
    (err) => log('array cb', err, out));
  await new Promise((res) => setTimeout(res, 5));
});

scenario('stream/promises: pipeline success and failure', async ({ S, P, log }) => {
  const out = [];
  await P.pipeline(syncSource(S, ['1', '2'], {}), new S.Writable({ write(c, e, cb) { out.push(String(c)); cb(); } }));
  log('resolved', out);
  try {
    await P.pipeline(syncSource(S, ['1'], {}), new S.Writable({ write(c, e, cb) { cb(new Error('sink failed')); } }));
  } catch (e) {
    log('rejected', e);
  }
  const v = await P.pipeline(S.Readable.from([1, 2, 3]), async function* (src) {
    for await (const n of src) yield n * 2;
  }, async (src) => {
    let sum = 0;
    for await (const n of src) sum += n;
    return sum;
  });
  log('value', v);
  log('promises getter', S.promises === P, typeof S.promises.finished);
});

scenario('stream/promises: pipeline with AbortSignal', async ({ S, P, log, watch }) => {
  const ac = new AbortController();
  const src = watch(new S.Readable({ read() {} }), 'src');
  const dst = watch(recorder(S, log, 'dst'), 'dst');
  const p = P.pipeline(src, dst, { signal: ac.signal });
  src.push('a');
  setImmediate(() => {
    log('abort');
    ac.abort();
  });
  try {
    await p;
  } catch (e) {
    log('rejected', e);
  }
  const p2 = P.pipeline(S.Readable.from(['x']), new S.PassThrough(), { signal: AbortSignal.abort('why') });
  try {
    await p2;
  } catch (e) {
    log('rejected 2', e);
  }
  await new Promise((res) => setTimeout(res, 5));
});

scenario('pipeline: end:false option (promises)', async ({ S, P, log, watch }) => {
  const dst = watch(recorder(S, log, 'dst'), 'dst');
  await P.pipeline(syncSource(S, ['k'], {}), dst, { end: false });
  log('resolved; dst writable', dst.writable);
  dst.end();
  await new Promise((res) => dst.on('close', res));
});

scenario('finished: readable, writable, premature close', async ({ S, log }) => {
  const r = syncSource(S, ['a'], {});
  S.finished(r, (err) => log('r finished', err));
  r.resume();
  const w = recorder(S, () => {}, 'w');
  S.finished(w, (err) => log('w finished', err));
  w.end('x');
  const r2 = new S.Readable({ read() {} });
  S.finished(r2, (err) => log('r2 finished', err));
  r2.destroy();
  const w2 = recorder(S, () => {}, 'w2');
  S.finished(w2, (err) => log('w2 finished', err));
  w2.write('x');
  w2.destroy();
  const r3 = new S.Readable({ read() {} });
  S.finished(r3, (err) => log('r3 finished', err));
  r3.destroy(new Error('r3 err'));
  r3.on('error', () => {});
  await new Promise((res) => setTimeout(res, 5));
});

scenario('finished: on already-finished streams, options, cleanup', async ({ S, log }) => {
  const r = syncSource(S, ['a'], {});
  r.resume();
  await new Promise((res) => r.on('close', res));
  S.finished(r, (err) => log('late finished', err));
  const d = new S.Duplex({ read() {}, write(c, e, cb) { cb(); } });
  S.finished(d, { readable: false }, (err) => log('duplex writable side done', err));
  d.end();
  const w = recorder(S, () => {}, 'w');
  const cleanup = S.finished(w, () => log('should not run'));
  cleanup();
  w.end();
  const ac = new AbortController();
  const w2 = recorder(S, () => {}, 'w2');
  S.finished(w2, { signal: ac.signal }, (err) => log('w2 finished', err));
  ac.abort();
  try {
    S.finished({}, () => {});
  } catch (e) {
    log('non-stream', e);
  }
  await new Promise((res) => setTimeout(res, 5));
});

scenario('finished: promises form', async ({ S, P, log }) => {
  const w = recorder(S, () => {}, 'w');
  setImmediate(() => w.end('x'));
  await P.finished(w);
  log('w done');
  const r = new S.Readable({ read() {} });
  setImmediate(() => r.destroy(new Error('nope')));
  r.on('error', () => {});
  try {
    await P.finished(r);
  } catch (e) {
    log('rejected', e);
  }
  const r2 = syncSource(S, ['q'], {});
  r2.resume();
  await P.finished(r2, { cleanup: true });
  log('r2 done', r2.listenerCount('end'));
});

scenario('addAbortSignal and signal option', async ({ S, log, watch }) => {
  const ac = new AbortController();
  const r = watch(S.addAbortSignal(ac.signal, new S.Readable({ read() {} })), 'r');
  ac.abort();
  await new Promise((res) => r.on('close', res));
  const w = watch(new S.Writable({ signal: AbortSignal.abort(), write(c, e, cb) { cb(); } }), 'w');
  await new Promise((res) => w.on('close', res));
  try {
    S.addAbortSignal({}, new S.Readable());
  } catch (e) {
    log('bad signal', e);
  }
  try {
    S.addAbortSignal(ac.signal, {});
  } catch (e) {
    log('bad stream', e);
  }
});

// ===========================================================================
// Scenarios: Readable.from / async iteration / operators
// ===========================================================================
scenario('Readable.from: array, string, Buffer, iterator of promises', async ({ S, log, watch }) => {
  const a = watch(S.Readable.from([1, 2, 3]), 'a');
  log('a hwm', a.readableHighWaterMark, a.readableObjectMode);
  a.on('data', (c) => log('a data', c));
  await new Promise((res) => a.on('close', res));
  const s = S.Readable.from('whole string');
  s.on('data', (c) => log('s data', c));
  await new Promise((res) => s.on('close', res));
  const b = S.Readable.from(Buffer.from('buf'));
  b.on('data', (c) => log('b data', c));
  await new Promise((res) => b.on('close', res));
  const p = S.Readable.from([Promise.resolve('p1'), 'plain', Promise.resolve('p2')]);
  p.on('data', (c) => log('p data', c));
  await new Promise((res) => p.on('close', res));
  try {
    S.Readable.from(42);
  } catch (e) {
    log('bad', e);
  }
  const n = watch(S.Readable.from([1, null, 2]), 'n');
  n.on('data', (c) => log('n data', c));
  await new Promise((res) => n.on('close', res));
});

scenario('Readable.from: async generator timing', async ({ S, log, watch, marks }) => {
  async function* gen() {
    log('gen start');
    yield 'a';
    log('gen after a');
    await null;
    yield 'b';
    log('gen end');
  }
  const r = watch(S.Readable.from(gen()), 'r');
  r.on('data', (c) => {
    log('data', c);
    marks(`after-${c}`);
  });
  await new Promise((res) => r.on('close', res));
});

scenario('Readable.from: destroy early calls iterator.return', async ({ S, log, watch }) => {
  function* gen() {
    try {
      yield 1;
      yield 2;
      yield 3;
    } finally {
      log('generator finally');
    }
  }
  const r = watch(S.Readable.from(gen()), 'r');
  r.on('data', (c) => {
    log('data', c);
    if (c === 2) r.destroy();
  });
  await new Promise((res) => r.on('close', res));
});

scenario('async iteration: for await over a stream', async ({ S, log, marks }) => {
  const r = asyncSource(S, ['a', 'b', 'c'], { encoding: 'utf8' });
  for await (const chunk of r) {
    log('chunk', chunk);
    marks(`m-${chunk}`);
  }
  log('loop done', r.destroyed);
  await new Promise((res) => setImmediate(res));
  log('closed', r.closed);
});

scenario('async iteration: break destroys the stream', async ({ S, log, watch }) => {
  const r = watch(S.Readable.from([1, 2, 3, 4]), 'r');
  for await (const n of r) {
    log('n', n);
    if (n === 2) break;
  }
  log('after break', r.destroyed);
  await new Promise((res) => setImmediate(res));
});

scenario('async iteration: errors are thrown', async ({ S, log }) => {
  const r = new S.Readable({ read() {} });
  r.push('x');
  setImmediate(() => r.destroy(new Error('iter boom')));
  try {
    for await (const c of r) log('chunk', c);
  } catch (e) {
    log('caught', e);
  }
});

scenario('async iteration: iterator({ destroyOnReturn: false })', async ({ S, log }) => {
  const r = S.Readable.from([1, 2, 3]);
  for await (const n of r.iterator({ destroyOnReturn: false })) {
    log('first loop', n);
    break;
  }
  log('destroyed', r.destroyed);
  for await (const n of r) log('second loop', n);
  log('destroyed', r.destroyed);
});

scenario('operators: map/filter/toArray/reduce/forEach/take/drop', async ({ S, log }) => {
  log('map', await S.Readable.from([1, 2, 3]).map((x) => x * 2).toArray());
  log('async map', await S.Readable.from([1, 2, 3]).map(async (x) => {
    await null;
    return x + 1;
  }).toArray());
  log('filter', await S.Readable.from([1, 2, 3, 4]).filter((x) => x % 2 === 0).toArray());
  log('reduce', await S.Readable.from([1, 2, 3, 4]).reduce((a, b) => a + b, 0));
  log('reduce no init', await S.Readable.from([5, 6]).reduce((a, b) => a * b));
  try {
    await S.Readable.from([]).reduce((a, b) => a + b);
  } catch (e) {
    log('reduce empty', e);
  }
  await S.Readable.from(['x', 'y']).forEach((v) => log('forEach', v));
  log('take', await S.Readable.from([1, 2, 3, 4]).take(2).toArray());
  log('drop', await S.Readable.from([1, 2, 3, 4]).drop(3).toArray());
  log('some', await S.Readable.from([1, 2, 3]).some((x) => x > 2), 'every', await S.Readable.from([1, 2]).every((x) => x > 1));
  log('find', await S.Readable.from([1, 2, 3]).find((x) => x > 1));
  log('flatMap', await S.Readable.from([1, 2]).flatMap((x) => [x, x]).toArray());
  try {
    S.Readable.from([1]).map(1);
  } catch (e) {
    log('bad map', e);
  }
  const mapped = S.Readable.from([1]).map((x) => x);
  log('map returns Readable', mapped instanceof S.Readable, mapped.readableObjectMode);
  log('map concurrency', await S.Readable.from([30, 10, 20]).map(async (ms) => {
    await new Promise((res) => setTimeout(res, ms / 10));
    return ms;
  }, { concurrency: 3 }).toArray());
});

scenario('operators: asIndexedPairs (deprecated)', async ({ S, log }) => {
  const seen = [];
  const orig = process.emitWarning;
  process.emitWarning = (msg, type, code) => seen.push([String(msg), type, code]);
  try {
    log(await S.Readable.from(['a', 'b']).asIndexedPairs().toArray());
    log(await S.Readable.from(['c']).asIndexedPairs().toArray());
  } finally {
    process.emitWarning = orig;
  }
  log('warnings', seen.length <= 1, S.Readable.prototype.asIndexedPairs.name, S.Readable.prototype.asIndexedPairs.length);
});

scenario('operators: timing of map vs ticks', async ({ S, log, marks }) => {
  const r = S.Readable.from([1, 2]).map((x) => {
    log('map fn', x);
    marks(`map-${x}`);
    return x;
  });
  r.on('data', (v) => log('data', v));
  await new Promise((res) => r.on('close', res));
});

// ===========================================================================
// Scenarios: misc / shape
// ===========================================================================
scenario('module shape and defaults', async ({ S, log }) => {
  const skipped = new Set(['duplexPair', 'compose']);
  log(Object.keys(S).filter((k) => !skipped.has(k)));
  log(typeof S, S.Stream === S, Object.getPrototypeOf(S.Readable) === S, S.Readable.name, S.Writable.name, S.Duplex.name, S.Transform.name, S.PassThrough.name);
  const rSkip = new Set(['compose']);
  log(Object.getOwnPropertyNames(S.Readable.prototype).filter((k) => !rSkip.has(k)));
  log(Object.getOwnPropertyNames(S.Writable.prototype));
  log(Object.getOwnPropertyNames(S.Duplex.prototype));
  log(Object.getOwnPropertyNames(S.Stream.prototype));
  log(Object.keys(S.Readable).filter((k) => k !== 'fromWeb' && k !== 'toWeb'), Object.keys(S.Writable).filter((k) => k !== 'fromWeb' && k !== 'toWeb'));
  log(S.getDefaultHighWaterMark(false), S.getDefaultHighWaterMark(true));
  const r = new S.Readable();
  log(Object.keys(r), Object.keys(new S.Writable()), Object.keys(new S.Duplex()), Object.keys(new S.Transform()));
  log(r.readableHighWaterMark, new S.Readable({ objectMode: true }).readableHighWaterMark, new S.Writable().writableHighWaterMark);
  log(S.Readable.prototype.map.name, S.Readable.prototype.map.length, S.Readable.prototype.reduce.length);
  try {
    new S.Readable.prototype.map(() => {});
  } catch (e) {
    log('new map', e);
  }
  log('call without new', S.Readable() instanceof S.Readable, S.PassThrough() instanceof S.Transform);
  log(S._isUint8Array(new Uint8Array(1)), S._isUint8Array(Buffer.alloc(1)), S._isArrayBufferView(new DataView(new ArrayBuffer(1))), Buffer.isBuffer(S._uint8ArrayToBuffer(new Uint8Array(2))));
  log(typeof nodeUtil.promisify(S.pipeline), nodeUtil.promisify(S.finished) === S.promises.finished);
});

scenario('util.inspect of streams in several states', async ({ S, log }) => {
  const ins = (v, depth = 2) => nodeUtil.inspect(v, { depth, breakLength: Infinity });
  const r = new S.Readable({ read() {} });
  log(ins(r));
  r.push('ab');
  r.push('cd');
  r.read(1);
  r.on('data', () => {});
  r.pause();
  log(ins(r));
  const re = new S.Readable({ read() {}, encoding: 'utf8' });
  log(ins(re, 1));
  const w = new S.Writable({ highWaterMark: 2, write(c, e, cb) { setImmediate(cb); } });
  w.write('x');
  w.write('y', () => {});
  w.cork();
  w.write('z');
  w.end(() => {});
  log(ins(w));
  const t = new S.Transform({ objectMode: true, transform(c, e, cb) { cb(null, c); } });
  log(ins(t));
  const d = new S.Duplex({ readable: false, allowHalfOpen: false });
  log(ins(d));
  const p = new S.PassThrough();
  p.end('done');
  p.resume();
  await new Promise((res) => p.on('close', res));
  log(ins(p));
  w.uncork();
  await new Promise((res) => w.on('close', res));
  log(ins(w));
  log(ins(S.Readable.from([1]), 1));
});

scenario('setDefaultHighWaterMark', async ({ S, log, tryIt }) => {
  S.setDefaultHighWaterMark(false, 1024);
  S.setDefaultHighWaterMark(true, 4);
  log(new S.Readable().readableHighWaterMark, new S.Writable({ objectMode: true }).writableHighWaterMark, S.getDefaultHighWaterMark(false));
  tryIt('bad', () => S.setDefaultHighWaterMark(false, -1));
  tryIt('bad2', () => S.setDefaultHighWaterMark(true, 'x'));
  S.setDefaultHighWaterMark(false, 16 * 1024);
  S.setDefaultHighWaterMark(true, 16);
  log(S.getDefaultHighWaterMark(false), S.getDefaultHighWaterMark(true));
});

scenario('eventNames / listener bookkeeping', async ({ S, log }) => {
  const r = new S.Readable({ read() {} });
  log(r.eventNames());
  r.on('end', () => {});
  r.on('close', () => {});
  r.on('custom', () => {});
  log(r.eventNames(), r.listenerCount('end'));
  const f = () => {};
  r.on('data', f);
  r.off('data', f);
  log(r.eventNames(), r.readableFlowing);
  const w = new S.Writable();
  w.on('drain', () => {});
  w.on('error', () => {});
  log(w.eventNames());
});

scenario('emit error directly with no listener during pipe', async ({ S, log, watch }) => {
  const src = watch(asyncSource(S, ['a', 'b'], {}), 'src');
  const dst = recorder(S, log, 'dst', {}, 'immediate');
  src.pipe(dst);
  dst.on('unpipe', () => log('dst unpipe'));
  setImmediate(() => dst.emit('error', new Error('manual')));
  await new Promise((res) => setTimeout(res, 10));
  log('dst destroyed', dst.destroyed);
  src.destroy();
});

scenario('destroy() re-entrancy and callbacks', async ({ S, log, watch }) => {
  const r = watch(new S.Readable({
    read() {},
    destroy(err, cb) {
      log('_destroy', err);
      this.destroy(new Error('inner'));
      cb(err);
    },
  }), 'r');
  r.destroy(null, (err) => log('cb1', err));
  r.destroy(null, (err) => log('cb2', err));
  await new Promise((res) => r.on('close', res));
  const d = watch(new S.Duplex({ read() {}, write(c, e, cb) { cb(); } }), 'd');
  d.destroy(new Error('duplex err'));
  log('duplex destroyed', d.destroyed, d.readable, d.writable);
  await new Promise((res) => d.on('close', res));
});

scenario('captureRejections destroys the stream', async ({ S, log, watch }) => {
  const r = watch(new S.Readable({ read() {}, captureRejections: true }), 'r');
  r.on('data', async () => {
    throw new Error('async listener failed');
  });
  r.push('x');
  await new Promise((res) => r.on('close', res));
});

scenario('large byte stream through pipeline with small hwm', async ({ S, P, log }) => {
  const total = 100;
  let produced = 0;
  let reads = 0;
  let writes = 0;
  let drains = 0;
  const src = new S.Readable({
    highWaterMark: 16,
    read(n) {
      reads++;
      if (produced >= total) {
        this.push(null);
        return;
      }
      const size = Math.min(7, total - produced);
      produced += size;
      this.push(Buffer.alloc(size, 97 + (produced % 26)));
    },
  });
  const t = new S.Transform({
    highWaterMark: 10,
    transform(c, e, cb) {
      setImmediate(() => cb(null, c));
    },
  });
  let bytes = 0;
  const dst = new S.Writable({
    highWaterMark: 5,
    write(c, e, cb) {
      writes++;
      bytes += c.length;
      if (writes % 3 === 0) setImmediate(cb);
      else cb();
    },
  });
  dst.on('drain', () => drains++);
  await P.pipeline(src, t, dst);
  log('reads', reads, 'writes', writes, 'drains', drains, 'bytes', bytes);
});

scenario('readable: read(0) and needReadable bookkeeping', async ({ S, log, marks }) => {
  let n = 0;
  const r = new S.Readable({
    highWaterMark: 3,
    read() {
      n++;
      log('_read', n);
      if (n < 3) process.nextTick(() => this.push(`x${n}`));
      else process.nextTick(() => this.push(null));
    },
  });
  log('read(0)', r.read(0));
  marks('m');
  r.on('readable', () => {
    log('readable', r.readableLength);
    const c = r.read(0);
    log('read(0) in readable', c, r.readableLength);
    if (r.readableLength >= 3 || r._readableState.ended) {
      let x;
      while ((x = r.read()) !== null) log('read', x);
    }
  });
  r.on('end', () => log('end'));
  await new Promise((res) => r.on('close', res));
});

scenario('writable: writev with per-chunk callbacks and errors', async ({ S, log, watch }) => {
  let calls = 0;
  const w = watch(new S.Writable({
    highWaterMark: 4,
    writev(chunks, cb) {
      calls++;
      log('_writev', chunks.length);
      if (calls === 2) setImmediate(() => cb(new Error('writev failed')));
      else setImmediate(cb);
    },
  }), 'w');
  w.write('a', (e) => log('cb a', e));
  w.write('b', (e) => log('cb b', e));
  w.write('c', (e) => log('cb c', e));
  w.write('d', (e) => log('cb d', e));
  await new Promise((res) => w.on('close', res));
});

// (No timing markers after the throw: how the loop resumes draining after an uncaught
// exception is the runtime's business, not the stream module's.)
scenario('uncaught stream errors (no error listener)', async ({ S, log }) => {
  const w = new S.Writable({ write(c, e, cb) { cb(new Error('nobody listens')); } });
  w.on('close', () => log('w close (never: the throwing error emit skips it)'));
  w.write('a', (err) => log('write cb', err));
  await new Promise((res) => setTimeout(res, 5));
  log('w state', w.destroyed, w.closed, w._writableState.closeEmitted);
  const r = new S.Readable({ read() {} });
  r.destroy(new Error('readable nobody'));
  await new Promise((res) => setTimeout(res, 5));
  const t = new S.PassThrough({ autoDestroy: false });
  t.push(null);
  t.push('late');
  log('after late push', t.destroyed);
  await new Promise((res) => setImmediate(res));
});

scenario('pipe: destination initially needs drain', async ({ S, log, watch }) => {
  const dst = watch(recorder(S, log, 'dst', { highWaterMark: 1 }, 'immediate'), 'dst');
  dst.write('pre');
  log('needDrain', dst.writableNeedDrain);
  const src = watch(syncSource(S, ['a', 'b'], {}), 'src');
  src.pipe(dst);
  log('flowing', src.readableFlowing);
  await new Promise((res) => dst.on('close', res));
});

scenario('pipe: source destroyed mid-pipe leaves destination open', async ({ S, log, watch }) => {
  const src = watch(asyncSource(S, ['a', 'b', 'c'], {}), 'src');
  const dst = watch(recorder(S, log, 'dst'), 'dst');
  src.pipe(dst);
  src.once('data', () => src.destroy());
  await new Promise((res) => src.on('close', res));
  await new Promise((res) => setImmediate(res));
  log('dst writable', dst.writable, 'ended', dst.writableEnded);
  dst.end();
  await new Promise((res) => dst.on('close', res));
});

scenario('pipe: unpipe all and re-pipe', async ({ S, log, watch }) => {
  const src = watch(asyncSource(S, ['1', '2', '3', '4', '5'], {}), 'src');
  const a = watch(recorder(S, log, 'a'), 'a');
  const b = watch(recorder(S, log, 'b', { highWaterMark: 1 }, 'immediate'), 'b');
  src.pipe(a);
  src.pipe(b);
  let n = 0;
  src.on('data', () => {
    n++;
    if (n === 2) {
      src.unpipe();
      log('unpiped all', src.readableFlowing, src._readableState.pipes.length);
      setImmediate(() => src.pipe(a));
    }
  });
  await new Promise((res) => a.on('close', res));
  b.end();
  await new Promise((res) => b.on('close', res));
});

scenario('writable: write() in a drain loop with encodings', async ({ S, log, watch }) => {
  const w = watch(recorder(S, log, 'w', { highWaterMark: 6 }, 'tick'), 'w');
  const chunks = [['aGk=', 'base64'], ['6869', 'hex'], ['caf\u00e9', 'latin1'], ['ok', undefined], [new Uint8Array([0x21]), undefined]];
  let i = 0;
  function pump() {
    while (i < chunks.length) {
      const [c, enc] = chunks[i++];
      const ok = enc ? w.write(c, enc) : w.write(c);
      log('wrote', i, ok, w.writableLength);
      if (!ok) {
        w.once('drain', pump);
        return;
      }
    }
    w.end();
  }
  pump();
  await new Promise((res) => w.on('close', res));
});

scenario('writable: end() during async write then destroy()', async ({ S, log, watch, marks }) => {
  const w = watch(recorder(S, log, 'w', {}, 'immediate'), 'w');
  w.write('a', (e) => log('cb a', e));
  w.end('b', (e) => log('end cb', e));
  process.nextTick(() => {
    w.destroy();
    marks('after-destroy');
  });
  await new Promise((res) => w.on('close', res));
  await new Promise((res) => setImmediate(res));
});

scenario('duplex: async _construct for both sides', async ({ S, log, watch, marks }) => {
  const d = watch(new S.Duplex({
    construct(cb) {
      log('construct');
      setImmediate(() => {
        log('construct done');
        cb();
      });
    },
    read() {
      log('_read');
      this.push('r');
      this.push(null);
    },
    write(c, e, cb) {
      log('_write', c);
      cb();
    },
    final(cb) {
      log('_final');
      cb();
    },
  }), 'd');
  d.write('w');
  d.end();
  d.on('data', (c) => log('data', c));
  marks('m');
  await new Promise((res) => d.on('close', res));
});

scenario('transform: final option replaces flush path', async ({ S, log, watch }) => {
  const t = watch(new S.Transform({
    transform(c, e, cb) { cb(null, c); },
    flush(cb) {
      log('flush (should not run)');
      cb();
    },
    final(cb) {
      log('custom final');
      this.push('from-final');
      this.push(null);
      cb();
    },
  }), 't');
  t.on('data', (c) => log('data', c));
  t.end('x');
  await new Promise((res) => t.on('close', res));
});

scenario('pipeline: last stream readable (Transform) and premature dest close', async ({ S, log, watch }) => {
  const t = watch(new S.PassThrough(), 't');
  S.pipeline(syncSource(S, ['a'], {}), t, (err) => log('cb', err, 'listeners', t.listenerCount('error'), t.listenerCount('close')));
  t.on('data', (c) => log('t data', c));
  await new Promise((res) => setTimeout(res, 5));
  const src = new S.Readable({ read() {} });
  const dst = watch(recorder(S, log, 'dst'), 'dst');
  S.pipeline(src, dst, (err) => log('cb2', err));
  src.push('x');
  setImmediate(() => dst.destroy());
  await new Promise((res) => setTimeout(res, 5));
  log('src destroyed', src.destroyed);
});

scenario('pipeline: async iterable source from Readable.from + for-await consumer', async ({ S, P, log }) => {
  const t = new S.Transform({
    objectMode: true,
    transform(n, e, cb) { cb(null, n * n); },
  });
  const p = P.pipeline(S.Readable.from([1, 2, 3]), t, async function* (src) {
    for await (const v of src) yield `${v};`;
  }, new S.Writable({ write(c, e, cb) { log('sink', c); cb(); } }));
  await p;
  log('done');
});

scenario('Readable.from: async iterable that throws', async ({ S, log, watch }) => {
  async function* gen() {
    yield 'ok';
    throw new Error('gen broke');
  }
  const r = watch(S.Readable.from(gen()), 'r');
  r.on('data', (c) => log('data', c));
  await new Promise((res) => r.on('close', res));
});

scenario('finished: error:false option and legacy streams', async ({ S, EE, log }) => {
  const r = new S.Readable({ read() {} });
  S.finished(r, { error: false }, (err) => log('finished', err));
  r.on('error', (e) => log('error listener', e));
  r.destroy(new Error('ignored by finished?'));
  await new Promise((res) => setTimeout(res, 2));
  const legacy = new EE();
  legacy.write = () => true;
  legacy.writable = true;
  S.finished(legacy, (err) => log('legacy finished', err));
  legacy.writable = false;
  legacy.emit('close');
  await new Promise((res) => setImmediate(res));
});

scenario('readable: unshift with encoding and setEncoding(null)', async ({ S, log }) => {
  const r = new S.Readable({ read() {} });
  r.setEncoding('hex');
  r.push(Buffer.from('ab'));
  log('read', r.read());
  r.unshift('cd', 'utf8');
  log('after unshift', r.readableLength, r.read());
  const r2 = new S.Readable({ read() {} });
  r2.setEncoding(null);
  log('encoding', r2.readableEncoding);
  r2.push(Buffer.from('é'));
  log(r2.read());
  r2.push('x', 'utf8');
  log(r2.read());
});

scenario('stream/consumers: text / json / buffer', async ({ S, C, log, marks }) => {
  const euro = Buffer.from('€!');
  const t = C.text(syncSource(S, [euro.subarray(0, 2), euro.subarray(2)], {}));
  marks('m');
  log('text', await t);
  log('json', await C.json(S.Readable.from(['{"a":', '[1,2]}'])));
  const b = await C.buffer(S.Readable.from([Buffer.from('ab'), 'cd']));
  log('buffer', b, Buffer.isBuffer(b));
  const ab = await C.arrayBuffer(syncSource(S, ['xyz'], {}));
  log('arrayBuffer', ab.byteLength, ab instanceof ArrayBuffer);
  try {
    await C.json(S.Readable.from(['{bad']));
  } catch (e) {
    log('bad json', e.name);
  }
});

// ===========================================================================
// Trace hook (ours only: checks the binding.streamEvent sequence)
// ===========================================================================
async function traceSelfTest() {
  const events = [];
  traceSink = (kind, id, info) => events.push({ kind, id, info });
  const S = OURS;
  const src = new S.Readable({ highWaterMark: 4, read() {} });
  const dst = new S.Writable({ highWaterMark: 2, write(c, e, cb) { setImmediate(cb); } });
  src.pipe(dst);
  src.push('abc');
  src.push('defgh');
  src.push(null);
  await new Promise((res) => dst.on('close', res));
  await new Promise((res) => setImmediate(res));
  traceSink = null;
  const problems = [];
  const kinds = events.map((e) => e.kind);
  for (const k of ['create', 'buffer', 'pipe', 'write-false', 'drain', 'end', 'finish', 'close']) {
    if (!kinds.includes(k)) problems.push(`missing '${k}' event`);
  }
  const creates = events.filter((e) => e.kind === 'create');
  if (creates.length !== 2) problems.push(`expected 2 creates, got ${creates.length}`);
  const [c1, c2] = creates;
  if (c1 && (c1.info.type !== 'Readable' || c1.info.highWaterMark !== 4 || c1.info.objectMode !== false)) {
    problems.push(`bad readable create info ${JSON.stringify(c1.info)}`);
  }
  if (c2 && (c2.info.type !== 'Writable' || c2.info.highWaterMark !== 2)) problems.push(`bad writable create info ${JSON.stringify(c2.info)}`);
  if (c1 && c2 && !(c2.id > c1.id)) problems.push('ids not increasing');
  const firstBuf = events.find((e) => e.kind === 'buffer' && e.id === (c1 && c1.id));
  if (!firstBuf || firstBuf.info.length !== 3) problems.push(`first readable buffer event should have length 3: ${JSON.stringify(firstBuf)}`);
  const closes = events.filter((e) => e.kind === 'close');
  if (closes.length !== 2) problems.push(`expected 2 close events, got ${closes.length}`);
  const endIdx = kinds.indexOf('end');
  const finishIdx = kinds.indexOf('finish');
  if (!(endIdx < finishIdx)) problems.push('end should precede finish');
  // A throwing hook must not break streams.
  traceSink = () => { throw new Error('hook failure'); };
  const t = new S.PassThrough();
  const got = [];
  t.on('data', (c) => got.push(String(c)));
  t.end('ok');
  await new Promise((res) => t.on('close', res));
  traceSink = null;
  if (got.join() !== 'ok') problems.push('throwing hook changed behaviour');
  // Duplex info carries both sides.
  traceSink = (kind, id, info) => events.push({ kind, id, info });
  const tr = new S.Transform({ readableObjectMode: true, transform(c, e, cb) { cb(null, c); } });
  traceSink = null;
  const last = events[events.length - 1];
  if (last.kind !== 'create' || last.info.type !== 'Transform' || last.info.readableHighWaterMark !== 16 ||
      last.info.writableHighWaterMark !== 16384) {
    problems.push(`bad transform create info ${JSON.stringify(last)}`);
  }
  tr.destroy();
  return problems;
}

// ===========================================================================
// Engine mode: the same scenarios on the loopscope CLI (boa), compared with Node.
// The stream modules + internal/errors are inlined into one script with a tiny require
// shim (events/util/buffer/string_decoder come from the runtime); scenario and helper
// functions are carried over by their source text.
// ===========================================================================
const BUNDLED_MODULES = [
  'internal/errors', 'internal/streams/utils', 'internal/streams/state', 'internal/streams/legacy',
  'internal/streams/destroy', 'internal/streams/end-of-stream', 'internal/streams/add-abort-signal',
  'internal/streams/readable', 'internal/streams/writable', 'internal/streams/duplex',
  'internal/streams/transform', 'internal/streams/passthrough', 'internal/streams/from',
  'internal/streams/pipeline', 'internal/streams/operators', 'stream', 'stream/promises',
  'stream/consumers',
];

function buildEngineBundle(selected) {
  const parts = [];
  parts.push("'use strict';");
  parts.push('const nodeUtil = require(\'util\');');
  parts.push('// eslint-disable-next-line no-shadow');
  parts.push('let Buffer = require(\'buffer\').Buffer;');
  parts.push('const __factories = {');
  for (const id of BUNDLED_MODULES) {
    const src = fs.readFileSync(nodePath.join(JS_ROOT, `${id}.js`), 'utf8');
    parts.push(`${JSON.stringify(id)}: function (exports, require, module, binding) {\n${src}\n},`);
  }
  parts.push('};');
  parts.push(`
const __binding = {
  internalType(v) {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return typeof v;
    if (typeof v === 'function') return 'Function';
    const tag = Object.prototype.toString.call(v).slice(8, -1);
    if (tag === 'Error') return 'Error';
    if (ArrayBuffer.isView(v)) return v instanceof DataView ? 'DataView' : 'TypedArray';
    if (['Promise', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Date', 'RegExp', 'ArrayBuffer'].includes(tag)) return tag;
    return 'Object';
  },
};
const __cache = new Map();
function __require(id) {
  if (id === 'internal/inspect') return require('util');
  if (!Object.prototype.hasOwnProperty.call(__factories, id)) return require(id);
  if (__cache.has(id)) return __cache.get(id).exports;
  const module = { exports: {} };
  __cache.set(id, module);
  __factories[id].call(module.exports, module.exports, __require, module, __binding);
  return module.exports;
}
const __mod = { S: __require('stream'), P: __require('stream/promises'), EE: require('events'), B: Buffer, C: __require('stream/consumers') };
let traceSink = null;
let currentLog = null;
process.on('uncaughtException', (e) => {
  if (currentLog) currentLog('UNCAUGHT ' + describeError(e));
  else throw e;
});
process.on('unhandledRejection', (e) => {
  if (currentLog) currentLog('UNHANDLED REJECTION ' + describeError(e));
});
`);
  for (const fn of [describeError, show, makeCtx, settle, runScenario, syncSource, asyncSource, recorder]) {
    parts.push(fn.toString());
  }
  parts.push('const scenarios = [');
  for (const sc of selected) {
    parts.push(`{ name: ${JSON.stringify(sc.name)}, opts: ${JSON.stringify(sc.opts)}, fn: ${sc.fn.toString()} },`);
  }
  parts.push('];');
  parts.push(`
(async () => {
  for (const sc of scenarios) {
    const out = await runScenario(sc, __mod);
    console.log('@@SCENARIO ' + JSON.stringify(sc.name));
    for (const line of out) console.log(JSON.stringify(line));
  }
  console.log('@@DONE');
})();
`);
  return parts.join('\n');
}

function parseEngineOutput(text) {
  const result = new Map();
  let cur = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('@@SCENARIO ')) {
      cur = [];
      result.set(JSON.parse(line.slice(11)), cur);
    } else if (line === '@@DONE') {
      cur = null;
    } else if (cur && line !== '') {
      try {
        cur.push(JSON.parse(line));
      } catch {
        cur.push(`<unparsable output> ${line}`);
      }
    }
  }
  return result;
}

async function engineMain(filter) {
  const cli = process.env.LOOPSCOPE_CLI || nodePath.join(JS_ROOT, '..', '..', 'target', 'debug', 'loopscope');
  if (!fs.existsSync(cli)) {
    console.log(`engine mode: CLI not found at ${cli}; skipped`);
    return;
  }
  const selected = scenarios.filter((sc) => !filter || sc.name.includes(filter));
  const bundlePath = nodePath.join(require('os').tmpdir(), `loopscope-stream-bundle-${process.pid}.js`);
  fs.writeFileSync(bundlePath, buildEngineBundle(selected));
  const { spawnSync } = require('child_process');
  const res = spawnSync(cli, ['run', bundlePath], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 600000 });
  if (process.env.STREAM_TEST_VERBOSE) console.log(res.stderr);
  const engine = parseEngineOutput(res.stdout || '');
  let pass = 0;
  let fail = 0;
  for (const sc of selected) {
    const b = await runScenario(sc, { S: NODE, P: NODE_PROMISES, EE: require('events'), B: global.Buffer, C: require('stream/consumers') });
    const a = engine.get(sc.name);
    if (a === undefined) {
      fail++;
      console.log(`FAIL (engine) ${sc.name}: no output`);
      continue;
    }
    const same = a.length === b.length && a.every((l, i) => l === b[i]);
    if (same) {
      pass++;
    } else {
      fail++;
      console.log(`FAIL (engine) ${sc.name}\n${diffLines(a, b)}`);
    }
  }
  if (res.status !== 0) console.log(`engine exited with ${res.status}\n${(res.stderr || '').slice(0, 4000)}`);
  else if (!process.env.STREAM_TEST_KEEP_BUNDLE) fs.unlinkSync(bundlePath);
  console.log(`stream (engine): ${pass} passed, ${fail} failed`);
  process.exitCode = fail || res.status !== 0 ? 1 : 0;
}

// ===========================================================================
// Main
// ===========================================================================
async function main() {
  if (process.argv[2] === '--engine') return engineMain(process.argv[3]);
  const filter = process.argv[2];
  const verbose = !!process.env.STREAM_TEST_VERBOSE;
  const ours = { S: OURS, P: OURS_PROMISES, EE: OURS_EVENTS, B: OURS_BUFFER, C: OURS_CONSUMERS };
  const node = { S: NODE, P: NODE_PROMISES, EE: require('events'), B: global.Buffer, C: require('stream/consumers') };
  let pass = 0;
  let fail = 0;
  for (const sc of scenarios) {
    if (filter && !sc.name.includes(filter)) continue;
    const a = await runScenario(sc, ours);
    const b = await runScenario(sc, node);
    const same = a.length === b.length && a.every((l, i) => l === b[i]);
    if (verbose) {
      console.log(`--- ${sc.name}\n  ours:\n${a.map((l) => `    ${l}`).join('\n')}\n  node:\n${b.map((l) => `    ${l}`).join('\n')}`);
    }
    if (same) {
      pass++;
    } else {
      fail++;
      console.log(`FAIL ${sc.name}\n${diffLines(a, b)}`);
    }
  }
  if (!filter || 'trace'.includes(filter)) {
    const problems = await traceSelfTest();
    if (problems.length === 0) {
      pass++;
    } else {
      fail++;
      console.log(`FAIL trace hook\n${problems.map((p) => `    ${p}`).join('\n')}`);
    }
  }
  console.log(`stream: ${pass} passed, ${fail} failed`);
  process.exitCode = fail ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
