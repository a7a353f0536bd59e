// internal/streams/duplexpair — owns stream.duplexPair(options): two Duplex ends joined back to
// back; what one end writes the other reads, and a write's callback waits until the other end
// asks for more (node's backpressure across the pair).
'use strict';

const Duplex = require('internal/streams/duplex');

const kCallback = Symbol('Callback');
const kOther = Symbol('Other');

class DuplexSide extends Duplex {
  constructor(options) {
    super(options);
    this[kCallback] = null;
    this[kOther] = null;
  }

  _read() {
    const cb = this[kCallback];
    if (cb) {
      this[kCallback] = null;
      cb();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
    } else {
      this[kOther].push(chunk);
      this[kOther][kCallback] = callback;
    }
  }

  _final(callback) {
    this[kOther].on('end', callback);
    this[kOther].push(null);
  }
}

function duplexPair(options) {
  const a = new DuplexSide(options);
  const b = new DuplexSide(options);
  a[kOther] = b;
  b[kOther] = a;
  return [a, b];
}

module.exports = duplexPair;
