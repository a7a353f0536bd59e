// internal/streams/add-abort-signal — addAbortSignal(signal, stream): destroys the stream
// with an AbortError when the signal aborts.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE },
  AbortError,
  addAbortListener,
  kDisposeSymbol,
  isNodeStream,
  isWebStream,
} = require('internal/streams/utils');

let eos;

function checkSignal(signal, name) {
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function addAbortSignal(signal, stream) {
  checkSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) return stream;
  const onAbort = () => {
    stream.destroy(new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    onAbort();
  } else {
    const disposable = addAbortListener(signal, onAbort);
    if (eos === undefined) eos = require('internal/streams/end-of-stream');
    eos(stream, disposable[kDisposeSymbol]);
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
