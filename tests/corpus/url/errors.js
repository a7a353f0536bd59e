// URL failures: TypeError 'Invalid URL' with code ERR_INVALID_URL and input (and base when given); missing argument; canParse/parse never throw on bad input
const tryIt = (...args) => {
  try { new URL(...args); console.log('ok', args); }
  catch (e) { console.log(e.name, e.code, e.message, Object.keys(e).join(','), JSON.stringify(e.input), JSON.stringify(e.base)); }
};
tryIt('http://a b'); tryIt('foo', 'http://[x'); tryIt('/x'); tryIt('x', 'bad'); tryIt(undefined); tryIt('http://a:99999'); tryIt({ toString() { return 'nope'; } });
try { new URL(); } catch (e) { console.log(e.name, e.code, e.message); }
try { URL.canParse(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(URL.canParse('x'), URL.canParse('x', 'http://a'), URL.canParse('http://a'), URL.canParse('x', 'bad'));
console.log(typeof URL.parse, URL.parse('x'), URL.parse('x', 'http://a/').href, URL.parse('http://a b'));
const u = new URL('http://a/');
try { u.href = 'nope'; } catch (e) { console.log('href setter', e.code, e.input); }
console.log(u.href);
try { Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({}); } catch (e) { console.log(e.name, e.message); }
