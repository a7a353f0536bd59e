// perf_hooks.createHistogram options (lowest, highest, figures), record() range errors, and monitorEventLoopDelay option validation with enable()/disable() return values.
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r === undefined ? 'undefined' : r.constructor.name);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
attempt('createHistogram(1)', () => createHistogram(1));
attempt('figures: 6', () => createHistogram({ figures: 6 }));
attempt('figures: 0', () => createHistogram({ figures: 0 }));
attempt('lowest: 0', () => createHistogram({ lowest: 0 }));
attempt('lowest: "1"', () => createHistogram({ lowest: '1' }));
attempt('highest: 1', () => createHistogram({ lowest: 5, highest: 6 }));
attempt('valid', () => createHistogram({ lowest: 1, highest: 1000, figures: 2 }));
const h = createHistogram();
attempt('record(2**53)', () => h.record(2 ** 53));
attempt('record(1.5)', () => h.record(1.5));
attempt('record(NaN)', () => h.record(NaN));
attempt('record()', () => h.record());
attempt('percentile("50")', () => h.percentile('50'));
attempt('percentile(101)', () => h.percentile(101));
console.log(h.count, h.min, h.max);

for (const opts of [null, 1, { resolution: 'x' }, { resolution: 0 }, { resolution: 1.5 }, { resolution: -5 }]) {
  try {
    monitorEventLoopDelay(opts);
    console.log('ok', opts);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const eld = monitorEventLoopDelay({ resolution: 1 });
console.log(eld.constructor.name, eld.disable(), eld.enable(), eld.enable(), eld.disable(), eld.disable());
console.log(eld.count, eld.min, eld.max, eld.mean, eld.exceeds);
console.log(typeof eld.record, typeof eld.recordDelta, typeof eld.percentile, typeof eld.reset);
