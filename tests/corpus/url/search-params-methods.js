// URLSearchParams methods: has/delete with a value argument, get/getAll/set/append, size, forEach, argument errors, live iterators
const p = new URLSearchParams('a=1&b=2&a=3&c');
console.log(p.has('a'), p.has('a', '3'), p.has('a', '4'), p.has('c', ''), p.has('a', undefined), p.size);
p.delete('a', '1'); console.log(String(p)); p.delete('a', undefined); console.log(String(p));
p.append('x', 1); p.append('x', null); console.log(p.getAll('x'), p.get('x'), p.get('nope'), p.getAll('nope'));
p.set('x', 'only'); console.log(String(p), p.size); p.set('new', 'v'); console.log(String(p));
for (const f of ['append', 'set', 'get', 'getAll', 'has', 'delete']) { try { p[f](); } catch (e) { console.log(f, e.name, e.code, e.message); } }
try { p.append('one'); } catch (e) { console.log(e.code, e.message); }
try { p.forEach(5); } catch (e) { console.log(e.code, e.message); }
try { URLSearchParams.prototype.get.call({}, 'a'); } catch (e) { console.log(e.code, e.message); }
p.forEach(function (v, k, o) { console.log(k, v, o === p, this.t); }, { t: 1 });
const it = p.keys(); p.append('late', '1'); console.log([...it]);
const e = new URLSearchParams('a=b').entries(); console.log(e.next(), e.next(), e.next());
const q = new URLSearchParams('a=1'); const ent = q.entries(); q.delete('a'); console.log(ent.next());
console.log([...new URLSearchParams('k=1&v=2').values()], [...new URLSearchParams('k=1&v=2')]);
