// Checks setImmediate passes extra arguments to the callback.
setImmediate((a, b, c) => console.log(a, b, c), 'one', 2, { three: 3 }.three);
setImmediate((...rest) => console.log('count', rest.length));
setImmediate(function (x) { console.log('arguments.length', arguments.length, x); }, 'x', 'y');
