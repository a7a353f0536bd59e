// Checks util.inherits sets up prototype chain and super_.
const util = require('util');
const EventEmitter = require('events');
function Stream() { EventEmitter.call(this); }
util.inherits(Stream, EventEmitter);
const s = new Stream();
console.log(s instanceof EventEmitter, Stream.super_ === EventEmitter);
s.on('data', (d) => console.log('data', d));
s.emit('data', 'chunk');
function Base() {}
Base.prototype.hello = function () { return 'hello from base'; };
function Derived() {}
util.inherits(Derived, Base);
console.log(new Derived().hello());
try { util.inherits(Derived, null); } catch (e) { console.log(e.code); }
