// Checks that null, undefined, NaN and omitted delays become 1 ms: they share the 1 ms list with an explicit 1 (insertion order), before a 30 ms timer (Rule 2).
setTimeout(() => console.log('30 ms'), 30);
setTimeout(() => console.log('explicit 1'), 1);
setTimeout(() => console.log('null'), null);
setTimeout(() => console.log('undefined'), undefined);
setTimeout(() => console.log('NaN'), NaN);
setTimeout(() => console.log('omitted'));
setTimeout(() => console.log('explicit 0'), 0);
