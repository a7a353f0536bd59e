// Checks deep recursion throws a catchable RangeError 'Maximum call stack size exceeded'.
function f() { return f() + 1; }
try {
  f();
} catch (e) {
  console.log(e instanceof RangeError, e.name, e.message);
}
console.log('continues');
