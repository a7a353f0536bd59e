// Checks EventEmitter subclassing, `this` in function listeners is the emitter, arrow listeners use lexical this.
const EventEmitter = require('events');
class Door extends EventEmitter {
  constructor() { super(); this.name = 'door'; }
  open() { this.emit('open', 'wide'); }
}
const d = new Door();
d.on('open', function (how) { console.log('function this is emitter:', this === d, this.name, how); });
d.on('open', (how) => console.log('arrow this is module.exports:', this === module.exports, how));
d.open();
console.log(d instanceof EventEmitter, Object.getPrototypeOf(Door) === EventEmitter);
