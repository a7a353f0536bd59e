// Checks the Promise executor runs synchronously, resolve is idempotent, and throw after resolve is ignored.
const p = new Promise((resolve, reject) => {
  console.log('executor');
  resolve('first');
  resolve('second');
  reject(new Error('ignored'));
  throw new Error('also ignored');
});
console.log('after constructor');
p.then((v) => console.log('value', v));
new Promise(() => { throw new Error('executor threw'); }).catch((e) => console.log('rejected', e.message));
