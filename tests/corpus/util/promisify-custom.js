// Checks util.promisify.custom symbol overrides promisification, and promisify of setTimeout uses it.
const util = require('util');
function legacy() {}
legacy[util.promisify.custom] = () => Promise.resolve('custom impl');
console.log(util.promisify(legacy) === legacy[util.promisify.custom]);
util.promisify(legacy)().then((v) => console.log(v));
console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
util.promisify(setTimeout)(1, 'via setTimeout custom')
  .then((v) => { console.log(v); return util.promisify(setImmediate)('via setImmediate custom'); })
  .then((v) => console.log(v));
try { util.promisify('nope'); } catch (e) { console.log(e.name, e.code); }
