// Checks events.once with an AbortSignal rejects with AbortError when aborted, and removes its listener.
const { once, EventEmitter } = require('events');
const e = new EventEmitter();
const ac = new AbortController();
once(e, 'x', { signal: ac.signal }).catch((err) => {
  console.log(err.name, err.code, e.listenerCount('x'));
});
console.log('listeners before abort', e.listenerCount('x'));
ac.abort();
