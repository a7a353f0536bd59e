// performance.mark / measure / getEntriesByName / getEntriesByType / clearMarks: entry classes, fields and lookups.
const { performance, PerformanceMark, PerformanceMeasure, PerformanceEntry } = require('perf_hooks');

const m1 = performance.mark('start', { detail: { step: 1 } });
const t = Date.now();
while (Date.now() - t < 20) {}
const m2 = performance.mark('end');
console.log(m1 instanceof PerformanceMark, m1 instanceof PerformanceEntry, m1.constructor.name);
console.log(m1.name, m1.entryType, m1.duration, m1.detail, m2.detail, typeof m1.startTime);
console.log(m2.startTime - m1.startTime >= 19);
const ms = performance.measure('span', 'start', 'end');
console.log(ms instanceof PerformanceMeasure, ms.name, ms.entryType, ms.detail);
console.log(ms.startTime === m1.startTime, ms.duration === m2.startTime - m1.startTime);
console.log(performance.getEntriesByName('start').length, performance.getEntriesByName('span')[0] === ms);
console.log(performance.getEntriesByType('mark').map((e) => e.name), performance.getEntriesByType('measure').map((e) => e.name));
console.log(performance.getEntries().map((e) => `${e.entryType}:${e.name}`));
console.log(Object.keys(m1.toJSON()));
performance.clearMarks('start');
console.log(performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMarks();
performance.clearMeasures();
console.log(performance.getEntries().length);
