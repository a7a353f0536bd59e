// Checks Headers (normalisation, combining, set-cookie, iteration order, invalid names/values),
// Response (constructor defaults, content types, Response.json/error/redirect, clone, bodyUsed)
// and Request (URL parsing, method normalisation, GET with a body) without a network.
console.log(typeof fetch, typeof Headers, typeof Request, typeof Response, fetch.name, fetch.length);
const h = new Headers({ B: ' 2 ', a: '1' });
h.append('a', '3');
h.set('Set-Cookie', 'x=1');
h.append('set-cookie', 'y=2');
console.log(JSON.stringify([...h]), h.get('a'), h.get('missing'), h.getSetCookie(), h.get('set-cookie'));
console.log([...h.keys()].join(','), [...h.values()].join('|'), Object.prototype.toString.call(h));
h.delete('A');
console.log(h.has('a'), h.has('b'));
const seen = [];
h.forEach((v, k) => seen.push(k + '=' + v));
console.log(seen.join(' '));
console.log(JSON.stringify([...new Headers([['x', '1'], ['X', '2']])]), JSON.stringify([...new Headers(h)]));
for (const bad of [() => new Headers({ 'bad name': 'x' }), () => new Headers({ ok: 'a\nb' }), () => h.set('', 'x'), () => new Headers(5)]) {
  try { bad(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const r = new Response('body text', { status: 201, statusText: 'Created', headers: { 'X-A': 'b' } });
console.log(r.status, r.statusText, r.ok, r.headers.get('content-type'), JSON.stringify(r.url), r.type, r.redirected, r.bodyUsed);
const empty = new Response();
console.log(empty.status, JSON.stringify(empty.statusText), empty.body, empty.headers.get('content-type'));
console.log(new Response(new URLSearchParams('a=1&b=2')).headers.get('content-type'), new Response(new Uint8Array(2)).headers.get('content-type'));
console.log(Response.json({ q: 1 }).headers.get('content-type'), Response.error().type, Response.error().status);
const red = Response.redirect('http://example.com/x', 301);
console.log(red.status, red.headers.get('location'));
try { new Response('x', { status: 99 }); } catch (e) { console.log(e.name, e.message); }
try { Response.redirect('http://example.com/', 200); } catch (e) { console.log(e.name, e.message); }
const req = new Request('http://example.com/a/../b?x=1', { method: 'post', body: 'hi' });
console.log(req.url, req.method, req.headers.get('content-type'), req.redirect);
console.log(new Request('http://example.com', { method: 'patch' }).method);
try { new Request('http://example.com', { body: 'x' }); } catch (e) { console.log(e.name, e.message); }
try { new Request('nope'); } catch (e) { console.log(e.name, e.message, e.cause.code); }
(async () => {
  console.log('text', await r.text(), r.bodyUsed);
  try { await r.json(); } catch (e) { console.log(e.name, e.message); }
  const c = new Response('{"z":[1,2]}');
  const copy = c.clone();
  console.log('json', await c.json(), 'clone', await copy.text());
  try { c.clone(); } catch (e) { console.log(e.name, e.message); }
  const ab = await new Response('abc').arrayBuffer();
  console.log('arrayBuffer', ab instanceof ArrayBuffer, ab.byteLength);
  const chunks = [];
  for await (const chunk of new Response('streamed').body) chunks.push(Buffer.from(chunk).toString());
  console.log('body chunks', chunks.join(''));
  console.log('request text', await req.text());
})();
