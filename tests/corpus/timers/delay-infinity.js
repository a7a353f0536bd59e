// Checks that a delay of Infinity is treated as overflow: clamped to 1 ms with a TimeoutOverflowWarning (Rule 2).
process.on('warning', (w) => console.log('warning:', w.name, JSON.stringify(w.message)));
setTimeout(() => console.log('30 ms'), 30);
setTimeout(() => console.log('Infinity'), Infinity);
