// Readable async iteration and Readable.from with objects.
const { Readable } = require('stream');
(async () => {
  for await (const x of Readable.from([1, 2, 3])) console.log('got', x);
  const r = new Readable({ objectMode: true, read() {} });
  setImmediate(() => { r.push({ a: 1 }); r.push(null); });
  for await (const o of r) console.log(o);
  console.log('done');
})();
