// url.searchParams is live: updating params rewrites url.search (an empty list removes the query), setting search/href re-parses the params
const u = new URL('http://a/?a=1&b=2');
const p = u.searchParams;
console.log(p === u.searchParams, p.get('a'), p.size);
p.append('c', 'x y'); console.log(u.href, u.search);
u.search = '?z=9'; console.log(p.get('z'), p.size, [...p]);
p.delete('z'); console.log(u.href, JSON.stringify(u.search));
u.href = 'http://b/?q=1'; console.log(p.get('q'), p.size);
u.hash = 'h'; p.set('r', '2'); console.log(u.href);
p.sort(); console.log(u.href);
const u2 = new URL('sc:op?x'); u2.searchParams.delete('x'); console.log(u2.href);
const u3 = new URL('http://a/?x=%41+b&y=%zz'); console.log([...u3.searchParams], u3.search);
u3.searchParams.set('x', '~é'); console.log(u3.href);
const u4 = new URL('http://a/#frag'); u4.searchParams.append('k', 'v'); console.log(u4.href);
