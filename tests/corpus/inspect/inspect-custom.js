// Checks util.inspect.custom: returned strings used verbatim, returned objects inspected, receives depth/options.
const util = require('util');
class Money {
  constructor(v) { this.v = v; }
  [util.inspect.custom](depth, options) {
    return `Money<${this.v}> depth=${depth} ${typeof options.stylize}`;
  }
}
console.log(new Money(5));
console.log([new Money(1)], { m: new Money(2) });
const asObj = { [util.inspect.custom]() { return { replaced: true }; } };
console.log(asObj);
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
console.log(`${util.format('%s', new Money(3))}`);
