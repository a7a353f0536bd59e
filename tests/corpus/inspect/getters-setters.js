// Checks getters/setters show [Getter], [Setter], [Getter/Setter] and getters option.
const o = {
  get g() { return 1; },
  set s(v) {},
  get gs() { return 'value'; },
  set gs(v) {},
};
console.log(o);
const util = require('util');
console.log(util.inspect(o, { getters: true }));
class K { get computed() { return 42; } }
console.log(new K());
