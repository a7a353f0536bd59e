// internal/streams/passthrough — PassThrough: a Transform that forwards chunks unchanged.
'use strict';

const Transform = require('internal/streams/transform');

module.exports = PassThrough;

Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}

PassThrough.prototype._transform = function(chunk, encoding, cb) {
  cb(null, chunk);
};
