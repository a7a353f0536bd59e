// Checks Rule 8 with an 'unhandledRejection' handler: a late catch then emits 'rejectionHandled'.
const p = Promise.reject(new Error('x'));
process.on('unhandledRejection', (r) => console.log('unhandledRejection', r.message));
process.on('rejectionHandled', (q) => console.log('rejectionHandled', q === p));
setTimeout(() => p.catch(() => console.log('caught late')), 5);
