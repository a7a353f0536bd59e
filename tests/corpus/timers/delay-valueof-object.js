// Checks that objects are coerced through valueOf / toString / Symbol.toPrimitive for the delay (Rule 2).
setTimeout(() => console.log('toPrimitive 60'), { [Symbol.toPrimitive]() { return 60; } });
setTimeout(() => console.log('plain object -> NaN -> 1'), {});
setTimeout(() => console.log('[5] -> 5'), [5]);
setTimeout(() => console.log('toString "20"'), { toString() { return '20'; } });
setTimeout(() => console.log('valueOf 40'), { valueOf() { return 40; } });
