// Checks try/catch/finally around awaits and the order relative to another chain (Rule 6).
(async () => {
  try {
    console.log('try');
    await Promise.reject(new Error('bad'));
    console.log('never');
  } catch (e) {
    console.log('catch', e.message);
    await null;
  } finally {
    console.log('finally');
  }
})();
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3'));
