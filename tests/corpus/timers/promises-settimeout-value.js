// Checks timers/promises setTimeout resolves with the given value, in expiry order.
const { setTimeout: sleep } = require('timers/promises');
sleep(60, 'second').then((v) => console.log(v));
sleep(5, 'first').then((v) => console.log(v));
sleep(20).then((v) => console.log('no value ->', v));
(async () => {
  const v = await sleep(80, { x: 1 });
  console.log('awaited', v.x);
})();
