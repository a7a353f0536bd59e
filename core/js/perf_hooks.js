// perf_hooks — the performance timeline of the run's clock, event-loop delay monitoring and
// utilization, and histograms with Node's HdrHistogram semantics (3 significant figures:
// values are kept per bucket, so min/max/mean/percentiles are the bucket values node reports).
// monitorEventLoopDelay() is Node's unref'd libuv timer, run by the loop itself in the timers
// phase (binding.eld*): it never appears as a JavaScript callback and never keeps the loop alive.
// The Performance Timeline and PerformanceObserver: internal/perf_timeline.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  validateObject, validateInteger, validateFunction,
} = require('internal/errors');
const { performance } = require('internal/globals');

const INT64_MAX = 9223372036854775807n;
// node's percentiles maps are its internal SafeMap (it shows in util.inspect).
class SafeMap extends Map {}
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

// HdrHistogram: `figures` significant figures give 2^ceil(log2(2·10^figures)) sub-buckets
// (2048 for node's default 3); with lowest discernible value L (unit magnitude u = ⌊log2 L⌋),
// bucket b holds values of bit length b + u + log2(sub-buckets), each sub-bucket 2^(b+u) wide.
function makeBuckets(lowestDiscernible, figures) {
  const subCount = 2 ** Math.ceil(Math.log2(2 * 10 ** figures));
  const unit = Math.floor(Math.log2(lowestDiscernible));
  const subBits = Math.log2(subCount);
  const mask = (subCount - 1) * 2 ** unit;
  return (v) => {
    let bits = 0;
    for (let x = Math.max(v, mask); x >= 1; x = Math.floor(x / 2)) bits++;
    const b = Math.max(0, bits - unit - subBits);
    const width = 2 ** (b + unit);
    const lowest = Math.floor(v / width) * width;
    return { lowest, width };
  };
}

class Hdr {
  constructor(lowest = 1, figures = 3) { this.bucketOf = makeBuckets(lowest, figures); this.reset(); }
  highestEquivalent(v) { const { lowest, width } = this.bucketOf(v); return lowest + width - 1; }
  medianEquivalent(v) { const { lowest, width } = this.bucketOf(v); return lowest + Math.floor(width / 2); }
  reset() { this.counts = new Map(); this.total = 0; this.minValue = Infinity; this.maxValue = 0; }
  record(v) {
    const key = this.bucketOf(v).lowest;
    this.counts.set(key, (this.counts.get(key) || 0) + 1);
    this.total++;
    if (v < this.minValue) this.minValue = v;
    if (v > this.maxValue) this.maxValue = v;
  }
  sorted() { return [...this.counts.entries()].sort((a, b) => a[0] - b[0]); }
  get min() { return this.total === 0 ? Number(INT64_MAX) : this.bucketOf(this.minValue).lowest; }
  get max() { return this.total === 0 ? 0 : this.highestEquivalent(this.maxValue); }
  get mean() {
    if (this.total === 0) return NaN;
    let sum = 0;
    for (const [v, c] of this.counts) sum += this.medianEquivalent(v) * c;
    return sum / this.total;
  }
  get stddev() {
    if (this.total === 0) return NaN;
    const mean = this.mean;
    let geo = 0;
    for (const [v, c] of this.counts) { const d = this.medianEquivalent(v) - mean; geo += d * d * c; }
    return Math.sqrt(geo / this.total);
  }
  valueAtPercentile(p) {
    const want = Math.max(1, Math.floor((Math.min(p, 100) / 100) * this.total + 0.5));
    let seen = 0;
    for (const [v, c] of this.sorted()) {
      seen += c;
      if (seen >= want) return this.highestEquivalent(v);
    }
    return 0;
  }
  // hdr_iter_percentile with one tick per half distance, as node's `percentiles` map.
  percentiles() {
    const out = new SafeMap();
    const entries = this.sorted();
    let i = -1;
    let seen = 0;
    let next = 0;
    for (;;) {
      if (seen >= this.total) {
        out.set(100, i >= 0 ? entries[i][0] : 0);
        return out;
      }
      if (i < 0) {
        i = 0;
        seen = entries[0][1];
      }
      for (;;) {
        if (next <= (100 * seen) / this.total) {
          out.set(next, entries[i][0]);
          next += 100 / 2 ** (Math.floor(Math.log2(100 / (100 - next))) + 1);
          break;
        }
        i++;
        seen += entries[i][1];
      }
    }
  }
}

function validatePercentile(p) {
  if (typeof p !== 'number') throw new ERR_INVALID_ARG_TYPE('percentile', 'number', p);
  if (!(p > 0 && p <= 100)) {
    throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', p);
  }
}

class Histogram {
  constructor(hdr) { this._hdr = hdr; }
  _sync() {}
  get count() { this._sync(); return this._hdr.total; }
  get countBigInt() { return BigInt(this.count); }
  get min() { this._sync(); return this._hdr.min; }
  get minBigInt() { this._sync(); return this._hdr.total === 0 ? INT64_MAX : BigInt(this._hdr.min); }
  get max() { this._sync(); return this._hdr.max; }
  get maxBigInt() { return BigInt(this.max); }
  get mean() { this._sync(); return this._hdr.mean; }
  get stddev() { this._sync(); return this._hdr.stddev; }
  get exceeds() { return 0; }
  get exceedsBigInt() { return 0n; }
  percentile(p) { validatePercentile(p); this._sync(); return this._hdr.valueAtPercentile(p); }
  percentileBigInt(p) { return BigInt(this.percentile(p)); }
  get percentiles() { this._sync(); return this._hdr.percentiles(); }
  get percentilesBigInt() {
    const m = new SafeMap();
    for (const [k, v] of this.percentiles) m.set(k, BigInt(v));
    return m;
  }
  reset() { this._hdr.reset(); }
  toJSON() {
    return {
      count: this.count, min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
      stddev: this.stddev, percentiles: Object.fromEntries(this.percentiles),
    };
  }
}

class RecordableHistogram extends Histogram {
  constructor(lowest = 1, highest = MAX_SAFE, figures = 3) { super(new Hdr(lowest, figures)); this._prev = 0; }
  record(val) {
    if (typeof val === 'bigint') {
      val = Number(val);
      if (!(val >= 1 && val <= MAX_SAFE)) throw new ERR_OUT_OF_RANGE('val', `>= 1 && <= ${MAX_SAFE}`, val);
    } else {
      validateInteger(val, 'val', 1);
    }
    this._hdr.record(val);
  }
  recordDelta() {
    const now = Number(binding.hrtimeBigint());
    if (this._prev > 0 && now > this._prev) this._hdr.record(now - this._prev);
    this._prev = now;
  }
  add(other) {
    if (!(other instanceof RecordableHistogram)) throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    for (const [v, c] of other._hdr.counts) for (let i = 0; i < c; i++) this._hdr.record(v);
  }
}

class ELDHistogram extends Histogram {
  constructor(resolution) {
    super(new Hdr());
    this._id = binding.eldCreate(resolution);
    this._taken = 0;
  }
  _sync() {
    const samples = binding.eldSamples(this._id);
    for (let i = this._taken; i < samples.length; i++) this._hdr.record(samples[i]);
    this._taken = samples.length;
  }
  reset() { binding.eldReset(this._id); this._taken = 0; this._hdr.reset(); }
  enable() { return binding.eldEnable(this._id, true); }
  disable() { return binding.eldEnable(this._id, false); }
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new ELDHistogram(resolution);
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = MAX_SAFE, figures = 3 } = options;
  if (typeof lowest !== 'bigint') validateInteger(lowest, 'options.lowest', 1, MAX_SAFE);
  if (typeof highest !== 'bigint') validateInteger(highest, 'options.highest', 2 * Number(lowest), MAX_SAFE);
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(Number(lowest), Number(highest), figures);
}

// performance.eventLoopUtilization: idle is the time the loop spent waiting in poll.
function eventLoopUtilization(util1, util2) {
  const [loopStart, idleNow] = binding.loopTiming();
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = idleNow;
  const active = performance.now() - loopStart - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}
if (performance.eventLoopUtilization === undefined) {
  Object.defineProperty(performance, 'eventLoopUtilization', {
    value: eventLoopUtilization, writable: true, configurable: true, enumerable: true,
  });
}

// timerify: a wrapper named `timerified <name>` that times each call (a 'function' entry for
// PerformanceObserver, a sample in options.histogram).
function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && !(histogram instanceof RecordableHistogram)) {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }
  const timeline = require('internal/perf_timeline');
  const done = (start, args) => {
    const duration = performance.now() - start;
    if (histogram !== undefined) histogram.record(Math.max(1, Math.ceil(duration * 1e6)));
    timeline.observeOnly(fn.name, 'function', start, duration, args);
  };
  function timerified(...args) {
    const start = performance.now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    if (!new.target && result && typeof result.finally === 'function') {
      return result.finally(() => done(start, args));
    }
    done(start, args);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { __proto__: null, configurable: false, enumerable: true, value: fn.length },
    name: { __proto__: null, configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}
if (performance.timerify === undefined) {
  Object.defineProperty(performance, 'timerify', { value: timerify, writable: true, configurable: true, enumerable: true });
}

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

const timelineApi = require('internal/perf_timeline');

module.exports = {
  monitorEventLoopDelay,
  createHistogram,
  performance,
  constants,
  PerformanceEntry: timelineApi.PerformanceEntry,
  PerformanceMark: timelineApi.PerformanceMark,
  PerformanceMeasure: timelineApi.PerformanceMeasure,
  PerformanceObserver: timelineApi.PerformanceObserver,
  PerformanceObserverEntryList: timelineApi.PerformanceObserverEntryList,
};
