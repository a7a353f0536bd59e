// Checks the global fetch against a server in the same snippet: undici's request headers and
// their order, status/statusText/ok/url/redirected/type, response Headers (sorted, combined),
// text()/json() and a reused body, POST bodies, redirects, 404, gzip decoding, and
// ECONNREFUSED / bad-port / bad-URL failures as `TypeError: fetch failed` with a cause.
const http = require('http');
const zlib = require('zlib');
const net = require('net');
let base;
const mask = (s) => String(s).split(base).join('<base>').replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>');
const server = http.createServer((req, res) => {
  console.log('server', req.method, req.url, mask(JSON.stringify(req.headers)));
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    if (req.url === '/json') { res.setHeader('content-type', 'application/json'); res.end(JSON.stringify({ a: 1, body })); return; }
    if (req.url === '/redir') { res.writeHead(302, { location: '/json' }); res.end(); return; }
    if (req.url === '/see-other') { res.writeHead(303, { location: '/json' }); res.end(); return; }
    if (req.url === '/404') { res.statusCode = 404; res.end('nope'); return; }
    if (req.url === '/gz') { res.setHeader('content-encoding', 'gzip'); res.end(zlib.gzipSync('unzipped by fetch')); return; }
    res.setHeader('x-multi', ['a', 'b']);
    res.setHeader('Set-Cookie', ['c=1', 'd=2']);
    res.end('hello ' + body);
  });
});
server.listen(0, '127.0.0.1', async () => {
  base = `http://127.0.0.1:${server.address().port}`;
  const r = await fetch(base + '/text?q=1');
  console.log(r.status, r.statusText, r.ok, mask(r.url), r.redirected, r.type, r.bodyUsed);
  console.log(JSON.stringify([...r.headers].filter(([k]) => k !== 'date')));
  console.log(r.headers.get('x-multi'), r.headers.get('content-length'), r.headers.has('X-MULTI'), r.headers.getSetCookie());
  console.log(JSON.stringify(await r.text()), r.bodyUsed);
  try { await r.text(); } catch (e) { console.log('reused body', e.name, e.message); }
  const j = await fetch(new URL('/json', base), { method: 'post', body: 'payload', headers: { 'X-Test': '1' } });
  console.log(j.headers.get('content-type'), await j.json());
  const d = await fetch(base + '/redir');
  console.log('redirect', d.status, d.redirected, mask(d.url), await d.json());
  const so = await fetch(base + '/see-other', { method: 'POST', body: 'dropped' });
  console.log('303', so.status, so.redirected, await so.json());
  const n = await fetch(base + '/404');
  console.log(n.status, n.statusText, n.ok, await n.text());
  const g = await fetch(base + '/gz');
  console.log('gzip', g.headers.get('content-encoding'), await g.text());
  const b = await fetch(base + '/bytes', { method: 'PUT', body: new Uint8Array([65, 66, 67]) });
  console.log('bytes', new Uint8Array(await b.arrayBuffer()).length, await Promise.resolve(b.bodyUsed));
  try { await fetch('http://127.0.0.1:1/'); } catch (e) { console.log('bad port', e.name, e.message, e.cause.message); }
  try { await fetch('not a url'); } catch (e) { console.log('bad url', e.name, e.message, e.cause.code); }
  try { await fetch('ftp://127.0.0.1/'); } catch (e) { console.log('scheme', e.name, e.message, e.cause.message); }
  server.close(() => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const port = probe.address().port;
      probe.close(async () => {
        try { await fetch(`http://127.0.0.1:${port}/`); } catch (e) {
          console.log('refused', e.name, e.message, e.cause.code, e.cause.syscall, e.cause.errno, e.cause.address, e.cause.port === port);
        }
      });
    });
  });
});
