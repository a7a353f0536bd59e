// perf_hooks — the performance timeline of the run's clock, event-loop delay monitoring and
// utilization, and histograms with Node's HdrHistogram semantics (3 significant figures:
// values are kept per bucket, so min/max/mean/percentiles are the bucket values node reports).
// monitorEventLoopDelay() is Node's unref'd libuv timer, run by the loop itself in the timers
// phase (binding.eld*): it never appears as a JavaScript callback and never keeps the loop alive.
// Not yet: PerformanceObserver and the PerformanceEntry classes.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  validateObject,
} = require('internal/errors');
const { performance } = require('internal/globals');

const INT64_MAX = 9223372036854775807n;
// node's percentiles maps are its internal SafeMap (it shows in util.inspect).
class SafeMap extends Map {}
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

// HdrHistogram with lowest discernible value 1 and 3 significant figures: 2048 sub-buckets;
// bucket b holds values with (bits - 11) = b, each sub-bucket 2^b wide.
function bucketOf(v) {
  let bits = 0;
  for (let x = Math.max(v, 2047); x >= 1; x = Math.floor(x / 2)) bits++;
  const b = bits - 11;
  const width = 2 ** b;
  const lowest = Math.floor(v / width) * width;
  return { lowest, width };
}
const highestEquivalent = (v) => { const { lowest, width } = bucketOf(v); return lowest + width - 1; };
const medianEquivalent = (v) => { const { lowest, width } = bucketOf(v); return lowest + Math.floor(width / 2); };

class Hdr {
  constructor() { this.reset(); }
  reset() { this.counts = new Map(); this.total = 0; this.minValue = Infinity; this.maxValue = 0; }
  record(v) {
    const key = bucketOf(v).lowest;
    this.counts.set(key, (this.counts.get(key) || 0) + 1);
    this.total++;
    if (v < this.minValue) this.minValue = v;
    if (v > this.maxValue) this.maxValue = v;
  }
  sorted() { return [...this.counts.entries()].sort((a, b) => a[0] - b[0]); }
  get min() { return this.total === 0 ? Number(INT64_MAX) : bucketOf(this.minValue).lowest; }
  get max() { return this.total === 0 ? 0 : highestEquivalent(this.maxValue); }
  get mean() {
    if (this.total === 0) return NaN;
    let sum = 0;
    for (const [v, c] of this.counts) sum += medianEquivalent(v) * c;
    return sum / this.total;
  }
  get stddev() {
    if (this.total === 0) return NaN;
    const mean = this.mean;
    let geo = 0;
    for (const [v, c] of this.counts) { const d = medianEquivalent(v) - mean; geo += d * d * c; }
    return Math.sqrt(geo / this.total);
  }
  valueAtPercentile(p) {
    const want = Math.max(1, Math.floor((Math.min(p, 100) / 100) * this.total + 0.5));
    let seen = 0;
    for (const [v, c] of this.sorted()) {
      seen += c;
      if (seen >= want) return highestEquivalent(v);
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
  constructor() { super(new Hdr()); this._prev = 0; }
  record(val) {
    if (typeof val === 'bigint') val = Number(val);
    else if (typeof val !== 'number') throw new ERR_INVALID_ARG_TYPE('val', 'number', val);
    if (!(val >= 1 && val <= MAX_SAFE)) throw new ERR_OUT_OF_RANGE('val', `>= 1 && <= ${MAX_SAFE}`, val);
    this._hdr.record(Math.floor(val));
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
  if (typeof resolution !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('options.resolution', 'number', resolution);
  }
  if (!Number.isInteger(resolution) || resolution < 1 || resolution > MAX_SAFE) {
    throw new ERR_OUT_OF_RANGE('options.resolution', `>= 1 && <= ${MAX_SAFE}`, resolution);
  }
  return new ELDHistogram(resolution);
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  return new RecordableHistogram();
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

function timerify(fn) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  return fn;
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

module.exports = { monitorEventLoopDelay, createHistogram, performance, constants };
