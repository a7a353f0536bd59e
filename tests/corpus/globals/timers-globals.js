// Checks global timer functions and queueMicrotask/structuredClone exist with expected names/lengths.
for (const n of ['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask', 'structuredClone']) {
  console.log(n, typeof globalThis[n], globalThis[n].name);
}
