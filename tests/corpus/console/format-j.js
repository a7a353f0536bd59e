// Checks %j formatting including circular structures ('[Circular]') and undefined.
console.log('%j', { a: [1, 2], b: 'x' });
const circ = { name: 'c' };
circ.self = circ;
console.log('%j', circ);
console.log('%j', undefined);
console.log('%j', 'str');
console.log('%j', { toJSON() { return 'from toJSON'; } });
