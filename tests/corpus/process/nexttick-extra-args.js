// Checks process.nextTick passes extra arguments to the callback.
process.nextTick((a, b, c) => console.log(a, b, c), 'one', 2, [3].length);
process.nextTick(function () { console.log('arguments.length', arguments.length); });
process.nextTick((...r) => console.log(r.join('|')), 'a', 'b', 'c', 'd', 'e');
