// Checks classes with private fields/methods, static blocks, static private, accessors and `#x in obj`.
class Counter {
  #count = 0;
  static #instances = 0;
  static created;
  static { Counter.created = 'static block ran'; }
  constructor() { Counter.#instances++; }
  #bump() { this.#count++; }
  inc() { this.#bump(); return this; }
  get value() { return this.#count; }
  static get instances() { return Counter.#instances; }
  static isCounter(o) { return #count in o; }
}
const c = new Counter().inc().inc();
new Counter();
console.log(Counter.created, c.value, Counter.instances);
console.log(Counter.isCounter(c), Counter.isCounter({}));
console.log(Object.keys(c).length, JSON.stringify(c));
try { Counter.prototype.inc.call({}); } catch (e) { console.log(e.name); }
