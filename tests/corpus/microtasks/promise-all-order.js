// Checks Promise.all resolves with values in input order regardless of settlement order, and rejects with the first rejection.
const { setTimeout: sleep } = require('timers/promises');
Promise.all([sleep(20, 'slow'), sleep(5, 'fast'), 'plain', Promise.resolve('resolved')]).then((v) => console.log('all:', v.join(',')));
Promise.all([sleep(20, 'x'), Promise.reject(new Error('first')), Promise.reject(new Error('second'))]).catch((e) => console.log('all rejected:', e.message));
Promise.all([]).then((v) => console.log('empty all length', v.length));
