// worker_threads: what the parent's 'error' event receives for an uncaught ReferenceError, a custom Error subclass (name kept), a thrown string, a thrown object and a rejected promise; each worker exits with code 1.
const { Worker } = require('worker_threads');
const cases = [
  ['type', `undefinedFunction()`],
  ['custom', `class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; this.extra = 42; } } throw new MyErr('mine')`],
  ['string', `throw 'just a string'`],
  ['object', `throw { code: 'E1', msg: 'obj' }`],
  ['number', `throw 7`],
  ['rejection', `Promise.reject(new RangeError('rejected'))`],
];
const run = ([label, code]) => new Promise((resolve) => {
  const w = new Worker(code, { eval: true });
  w.on('error', (e) => {
    if (e instanceof Error) console.log(label, 'Error', e.constructor.name, e.name, e.message, e.extra);
    else console.log(label, typeof e, JSON.stringify(e));
  });
  w.on('exit', (c) => { console.log(label, 'exit', c); resolve(); });
});
(async () => { for (const c of cases) await run(c); })();
