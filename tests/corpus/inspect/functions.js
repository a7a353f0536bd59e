// Checks inspection of functions, arrows, classes, async/generator functions, bound and anonymous functions.
function named() {}
const arrow = () => {};
class Klass {}
class Sub extends Klass {}
async function asyncFn() {}
function* gen() {}
async function* asyncGen() {}
console.log(named, arrow, Klass, Sub);
console.log(asyncFn, gen, asyncGen);
console.log(named.bind(null), (() => {}), function () {});
console.log([named, Klass], { fn: arrow });
const withProps = function wp() {}; withProps.extra = 1;
console.log(withProps);
console.log(Math.max, class {});
