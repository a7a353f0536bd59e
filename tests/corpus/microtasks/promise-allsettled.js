// Checks Promise.allSettled result shapes and order.
Promise.allSettled([Promise.resolve(1), Promise.reject(new Error('no')), 3]).then((rs) => {
  for (const r of rs) console.log(r.status, 'value' in r ? r.value : r.reason.message);
});
