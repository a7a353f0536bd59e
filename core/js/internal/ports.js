// internal/ports — the one dispatcher for messages between isolates (binding.portSetDispatch):
// worker_threads registers for its kinds ('message', 'online', 'error', 'exit'), cluster for
// the process channel ('ipc', 'cluster', 'process_online', 'process_exit').
'use strict';

const handlers = new Map();

binding.portSetDispatch((port, kind, data) => {
  const h = handlers.get(kind);
  if (h !== undefined) h(port, data);
});

function onPortMessage(kind, fn) {
  handlers.set(kind, fn);
}

module.exports = { onPortMessage };
