// internal/streams/state — highWaterMark option parsing and the process-wide defaults
// (16 KiB for byte streams, 16 objects for object mode).
'use strict';

const { codes: { ERR_INVALID_ARG_VALUE }, validateInteger } = require('internal/errors');

const defaults = { bytes: 16 * 1024, objects: 16 };

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaults.objects : defaults.bytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) defaults.objects = value;
  else defaults.bytes = value;
}

// `options.highWaterMark` wins; a Duplex side falls back to its readable/writable key.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let hwm = options.highWaterMark;
  if (hwm == null) hwm = isDuplex ? options[duplexKey] : null;
  if (hwm == null) return getDefaultHighWaterMark(state.objectMode);
  if (!Number.isInteger(hwm) || hwm < 0) {
    throw new ERR_INVALID_ARG_VALUE(isDuplex ? `options.${duplexKey}` : 'options.highWaterMark', hwm);
  }
  return Math.floor(hwm);
}

module.exports = { getHighWaterMark, getDefaultHighWaterMark, setDefaultHighWaterMark };
