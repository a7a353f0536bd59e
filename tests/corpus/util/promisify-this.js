// Checks promisified methods keep `this` when called as methods.
const util = require('util');
const obj = {
  value: 7,
  get(cb) { cb(null, this.value); },
};
obj.getAsync = util.promisify(obj.get);
obj.getAsync().then((v) => console.log('this preserved', v));
