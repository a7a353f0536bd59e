// Checks then with non-function arguments passes values through, and finally passes values/reasons through.
Promise.resolve('v').then(null, 5).then(undefined).then((v) => console.log('passed through', v));
Promise.reject(new Error('r')).then(() => {}).catch((e) => console.log('reason passed', e.message));
Promise.resolve('keep').finally(() => 'ignored').then((v) => console.log('finally keeps', v));
Promise.reject(new Error('keep-r')).finally(() => {}).catch((e) => console.log('finally keeps reason', e.message));
Promise.resolve(1).finally(() => { throw new Error('finally throws'); }).catch((e) => console.log(e.message));
