// Checks console.group/groupEnd indentation, nested groups, labels, and multi-line values.
console.log('level 0');
console.group('Group A');
console.log('level 1');
console.group();
console.log('level 2\nsecond line');
console.log({ a: 1, b: 'two', c: [1, 2, 3], d: { e: { f: 'deeper and deeper' } }, g: 'long enough to break the line' });
console.groupEnd();
console.info('back to level 1');
console.groupCollapsed('Collapsed');
console.log('inside collapsed');
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('level 0 again');
