// Checks tagged templates (raw strings), regex named groups, lookbehind, matchAll, and the d flag indices.
const tag = (strs, ...vals) => strs.raw.join('|') + ' / ' + vals.join(',');
console.log(tag`a${1}b\n${2}c`);
const m = /(?<year>\d{4})-(?<month>\d{2})/.exec('date: 2024-05');
console.log(m.groups.year, m.groups.month, m.index);
console.log('price $30 and $40'.match(/(?<=\$)\d+/g));
console.log([...'a1b2c3'.matchAll(/[a-z](\d)/g)].map((x) => x[1]).join(''));
console.log(/b/d.exec('abc').indices[0]);
