// Checks Promise.race settles with the first settled input, and already-settled inputs win in array order.
const { setTimeout: sleep } = require('timers/promises');
Promise.race([sleep(60, 'slow'), sleep(5, 'fast')]).then((v) => console.log('race:', v));
Promise.race([Promise.resolve('a'), Promise.resolve('b')]).then((v) => console.log('race settled:', v));
Promise.race([new Promise(() => {}), Promise.reject(new Error('rej'))]).catch((e) => console.log('race rejected:', e.message));
Promise.race(['plain', Promise.resolve('p')]).then((v) => console.log('race plain:', v));
