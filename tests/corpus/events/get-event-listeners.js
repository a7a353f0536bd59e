// Checks events.getEventListeners on an EventEmitter and on an EventTarget (AbortSignal).
const { getEventListeners, EventEmitter } = require('events');
const e = new EventEmitter();
const f = () => {};
e.on('x', f);
console.log(getEventListeners(e, 'x').length, getEventListeners(e, 'x')[0] === f);
const ac = new AbortController();
ac.signal.addEventListener('abort', f);
console.log(getEventListeners(ac.signal, 'abort').length);
