// Checks AbortController: signal.aborted, abort reason (default AbortError and custom), 'abort' event fires once.
const ac = new AbortController();
console.log(ac.signal.aborted, ac.signal.reason);
ac.signal.addEventListener('abort', (ev) => console.log('abort event', ev.type));
ac.signal.onabort = () => console.log('onabort');
ac.abort();
ac.abort();
console.log(ac.signal.aborted, ac.signal.reason.name, ac.signal.reason.code);
const ac2 = new AbortController();
ac2.abort('my reason');
console.log(ac2.signal.reason);
try { ac2.signal.throwIfAborted(); } catch (e) { console.log('thrown', e); }
const s = AbortSignal.abort();
console.log(s.aborted, s.reason.name);
