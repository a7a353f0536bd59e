// Checks that booleans coerce to 1 (true) and 0 -> 1 ms (false), both in the 1 ms list in insertion order, before 30 ms (Rule 2).
setTimeout(() => console.log('30 ms'), 30);
setTimeout(() => console.log('false'), false);
setTimeout(() => console.log('true'), true);
setTimeout(() => console.log('1'), 1);
