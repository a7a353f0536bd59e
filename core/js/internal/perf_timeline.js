// internal/perf_timeline — the Performance Timeline: PerformanceEntry / PerformanceMark /
// PerformanceMeasure, performance.mark / measure / getEntries* / clearMarks / clearMeasures on
// the run's clock, and PerformanceObserver (entries are buffered per observer and delivered in
// one setImmediate, as node's observe.js does).
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_INVALID_ARG_VALUE },
  validateFunction, validateObject,
} = require('internal/errors');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kFields = Symbol('fields');

class PerformanceEntry {
  constructor(key, name, type, start, duration, detail) {
    if (key !== kFields) throw new TypeError('Illegal constructor');
    this[kFields] = { name, entryType: type, startTime: start, duration, detail };
  }
  get name() { return this[kFields].name; }
  get entryType() { return this[kFields].entryType; }
  get startTime() { return this[kFields].startTime; }
  get duration() { return this[kFields].duration; }
  toJSON() {
    const { name, entryType, startTime, duration, detail } = this[kFields];
    const out = { name, entryType, startTime, duration };
    if (this instanceof PerformanceMark || this instanceof PerformanceMeasure) out.detail = detail;
    return out;
  }
  [kInspect](depth, options, inspect) {
    return `${this.constructor.name} ${inspect(this.toJSON(), options)}`;
  }
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options !== undefined) validateObject(options, 'options');
    const start = options && options.startTime !== undefined ? options.startTime : binding.performanceNow();
    if (typeof start !== 'number') throw new ERR_INVALID_ARG_TYPE('startTime', 'number', start);
    if (start < 0) {
      const err = new TypeError(`${start} is not a valid timestamp`);
      err.code = 'ERR_PERFORMANCE_INVALID_TIMESTAMP';
      throw err;
    }
    const detail = options && options.detail !== undefined ? structuredClone(options.detail) : null;
    super(kFields, name, 'mark', start, 0, detail);
  }
  get detail() { return this[kFields].detail; }
}

class PerformanceMeasure extends PerformanceEntry {
  get detail() { return this[kFields].detail; }
}

const buffer = []; // marks and measures, in insertion order
const observers = new Set();
let dispatchQueued = false;

function domSyntaxError(message) {
  const err = new Error(message);
  err.name = 'SyntaxError';
  err.code = 12;
  return err;
}

function enqueue(entry) {
  buffer.push(entry);
  for (const o of observers) {
    if (o._types.has(entry.entryType)) {
      o._records.push(entry);
      queueDispatch();
    }
  }
}

function queueDispatch() {
  if (dispatchQueued) return;
  dispatchQueued = true;
  setImmediate(() => {
    dispatchQueued = false;
    for (const o of [...observers]) {
      if (o._records.length === 0) continue;
      const list = new PerformanceObserverEntryList(o._records);
      o._records = [];
      o._callback.call(o, list, o);
    }
  });
}

// An entry only observers see (timerify's 'function' entries are not kept in the timeline).
function observeOnly(name, type, start, duration, detail) {
  const entry = new PerformanceEntry(kFields, name, type, start, duration, detail);
  for (const o of observers) {
    if (o._types.has(type)) {
      o._records.push(entry);
      queueDispatch();
    }
  }
}

function markTime(name) {
  for (let i = buffer.length - 1; i >= 0; i--) {
    if (buffer[i].entryType === 'mark' && buffer[i].name === name) return buffer[i].startTime;
  }
  throw domSyntaxError(`The "${name}" performance mark has not been set`);
}

function toTime(v) {
  if (v === undefined) return undefined;
  if (typeof v === 'number') return v;
  return markTime(`${v}`);
}

function mark(name, options) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
  const m = new PerformanceMark(name, options);
  enqueue(m);
  return m;
}

function measure(name, startOrOptions, endMark) {
  name = `${name}`;
  let start;
  let end;
  let detail = null;
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    const { start: s, end: e, duration, detail: d } = startOrOptions;
    start = toTime(s);
    end = toTime(e);
    if (duration !== undefined) {
      if (start !== undefined && end === undefined) end = start + duration;
      else if (end !== undefined && start === undefined) start = end - duration;
    }
    if (d !== undefined) detail = structuredClone(d);
  } else {
    start = toTime(startOrOptions);
    end = toTime(endMark);
  }
  if (end === undefined) end = binding.performanceNow();
  if (start === undefined) start = 0;
  const m = new PerformanceMeasure(kFields, name, 'measure', start, end - start, detail);
  enqueue(m);
  return m;
}

function sorted(list) {
  return list.map((e, i) => [e, i]).sort((a, b) => a[0].startTime - b[0].startTime || a[1] - b[1]).map((p) => p[0]);
}

function getEntries() { return sorted(buffer); }
function getEntriesByName(name, type) {
  return sorted(buffer.filter((e) => e.name === `${name}` && (type === undefined || e.entryType === `${type}`)));
}
function getEntriesByType(type) { return sorted(buffer.filter((e) => e.entryType === `${type}`)); }

function clear(type, name) {
  for (let i = buffer.length - 1; i >= 0; i--) {
    if (buffer[i].entryType === type && (name === undefined || buffer[i].name === `${name}`)) buffer.splice(i, 1);
  }
}

class PerformanceObserverEntryList {
  constructor(entries) { this._entries = entries; }
  getEntries() { return sorted(this._entries); }
  getEntriesByType(type) { return sorted(this._entries.filter((e) => e.entryType === `${type}`)); }
  getEntriesByName(name, type) {
    return sorted(this._entries.filter((e) => e.name === `${name}` && (type === undefined || e.entryType === `${type}`)));
  }
}

const supportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);

class PerformanceObserver {
  constructor(callback) {
    validateFunction(callback, 'callback');
    this._callback = callback;
    this._types = new Set();
    this._records = [];
  }
  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes !== undefined && type !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes, 'options.entryTypes can not set with options.type together');
    }
    this._types = new Set();
    if (entryTypes !== undefined) {
      if (!Array.isArray(entryTypes)) throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      for (const t of entryTypes) if (supportedEntryTypes.includes(t)) this._types.add(t);
    } else {
      if (supportedEntryTypes.includes(type)) this._types.add(type);
      if (buffered) {
        for (const e of buffer) if (e.entryType === type) this._records.push(e);
        if (this._records.length) queueDispatch();
      }
    }
    if (this._types.size) observers.add(this);
    else observers.delete(this);
  }
  disconnect() {
    observers.delete(this);
    this._records = [];
  }
  takeRecords() {
    const r = this._records;
    this._records = [];
    return r;
  }
  static get supportedEntryTypes() { return supportedEntryTypes; }
  get [Symbol.toStringTag]() { return 'PerformanceObserver'; }
}

module.exports = {
  PerformanceEntry, PerformanceMark, PerformanceMeasure, PerformanceObserver, PerformanceObserverEntryList,
  mark, measure, observeOnly, getEntries, getEntriesByName, getEntriesByType,
  clearMarks: (name) => clear('mark', name),
  clearMeasures: (name) => clear('measure', name),
};
