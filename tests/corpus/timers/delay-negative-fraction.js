// Checks that negative and sub-1 delays (-5, 0.5, 0) are clamped to 1 ms and fire in insertion order before a 30 ms timer (Rule 2).
setTimeout(() => console.log('30 ms'), 30);
setTimeout(() => console.log('-5'), -5);
setTimeout(() => console.log('0.5'), 0.5);
setTimeout(() => console.log('0'), 0);
setTimeout(() => console.log('-Infinity'), -Infinity);
