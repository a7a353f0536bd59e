// Checks listenerCount, eventNames (including symbols) and removeAllListeners.
const EventEmitter = require('events');
const e = new EventEmitter();
const sym = Symbol('symEvent');
e.on('a', () => {}); e.on('a', () => {}); e.on('b', () => {}); e.on(sym, () => {});
console.log(e.listenerCount('a'), e.listenerCount('b'), e.listenerCount(sym), e.listenerCount('none'));
console.log(e.eventNames());
console.log(EventEmitter.listenerCount(e, 'a'));
e.removeAllListeners('a');
console.log(e.eventNames());
e.removeAllListeners();
console.log(e.eventNames());
