// stream/consumers — collect a whole stream / (async) iterable: text(), json(), buffer(),
// arrayBuffer() and, when the runtime has a global Blob, blob().  text()/json() match Node's
// timing; buffer()/arrayBuffer() concatenate directly instead of going through a Blob, so
// they settle a few microtask turns earlier than in Node.
'use strict';

const { getBuffer } = require('internal/streams/utils');

async function collectBytes(stream) {
  const Buffer = getBuffer();
  const chunks = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks.map((c) => (ArrayBuffer.isView(c) ? new Uint8Array(c.buffer, c.byteOffset, c.byteLength) : new Uint8Array(c))));
}

async function blob(stream) {
  if (typeof Blob !== 'function') throw new Error('stream/consumers.blob() needs a global Blob (not available in loopscope)');
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  const bytes = await collectBytes(stream);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

async function buffer(stream) {
  return getBuffer().from(await arrayBuffer(stream));
}

async function text(stream) {
  const dec = new TextDecoder();
  let str = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') str += chunk;
    else str += dec.decode(chunk, { stream: true });
  }
  // Flush any incomplete multibyte sequence.
  str += dec.decode(undefined, { stream: false });
  return str;
}

async function json(stream) {
  const str = await text(stream);
  return JSON.parse(str);
}

module.exports = {
  arrayBuffer,
  blob,
  buffer,
  text,
  json,
};
