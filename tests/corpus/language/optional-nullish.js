// Checks optional chaining and nullish coalescing / logical assignment operators.
const o = { a: { b: null, f() { return 'called'; } }, arr: [1] };
console.log(o?.a?.b, o.x?.y, o.x?.y.z.w, o.a.f?.(), o.a.g?.(), o.arr?.[0], o.no?.[0]);
console.log(null ?? 'default', 0 ?? 'default', '' ?? 'd', false || 'or', 0 || 'or');
let x = null; x ??= 5; let y = 1; y ||= 2; let z = 1; z &&= 3;
console.log(x, y, z);
