// performance.mark / measure argument errors: bad options and unknown mark names (names, codes, messages).
const { performance } = require('perf_hooks');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r && r.constructor.name);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
attempt('mark()', () => performance.mark());
attempt('mark(x, 1)', () => performance.mark('x', 1));
attempt('mark(x, {startTime: -1})', () => performance.mark('x', { startTime: -1 }));
attempt('mark(x, {startTime: "a"})', () => performance.mark('x', { startTime: 'a' }));
attempt('measure(m, nope)', () => performance.measure('m', 'nope'));
attempt('measure(m, undefined, nope)', () => performance.measure('m', undefined, 'nope'));
attempt('measure(m)', () => performance.measure('m'));
attempt('getEntriesByName(nope)', () => performance.getEntriesByName('nope'));
