// Checks util.types.* predicates against a table of values.
const { types } = require('util');
const values = {
  promise: Promise.resolve(),
  date: new Date(0),
  regexp: /x/,
  map: new Map(),
  set: new Set(),
  weakmap: new WeakMap(),
  asyncFn: async () => {},
  genFn: function* () {},
  genObj: (function* () {})(),
  boxed: new Number(1),
  typed: new Uint8Array(1),
  ab: new ArrayBuffer(1),
  proxy: new Proxy({}, {}),
  plain: {},
  error: new Error('e'),
};
const checks = ['isPromise', 'isDate', 'isRegExp', 'isMap', 'isSet', 'isWeakMap', 'isAsyncFunction', 'isGeneratorFunction', 'isGeneratorObject', 'isBoxedPrimitive', 'isTypedArray', 'isUint8Array', 'isArrayBuffer', 'isProxy', 'isNativeError'];
for (const [name, v] of Object.entries(values)) {
  const hits = checks.filter((c) => types[c](v));
  console.log(name.padEnd(8), hits.join(',') || '-');
}
