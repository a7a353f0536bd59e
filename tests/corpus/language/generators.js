// Checks generators: yield, yield*, return values, next(arg), early return with finally.
function* inner() { yield 'i1'; yield 'i2'; return 'inner done'; }
function* gen() {
  const r = yield* inner();
  console.log('yield* returned', r);
  const got = yield 'x';
  console.log('next arg', got);
  try { yield 'y'; } finally { console.log('finally in gen'); }
}
const it = gen();
console.log(it.next().value, it.next().value, it.next().value);
console.log(it.next('passed').value);
console.log(JSON.stringify(it.return('stop')));
console.log([...function* () { yield 1; yield 2; }()]);
