// Checks that string delays are coerced with Number(): '10' and '1e1' mean 10 ms, 'abc' means 1 ms (ordered against 1 ms and 40 ms timers) (Rule 2).
setTimeout(() => console.log('40 ms'), 40);
setTimeout(() => console.log('1 ms'), 1);
setTimeout(() => console.log("'abc' (NaN -> 1 ms)"), 'abc');
setTimeout(() => console.log("'10'"), '10');
setTimeout(() => console.log("'1e1'"), '1e1');
setTimeout(() => console.log("'1'"), '1');
