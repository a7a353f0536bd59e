// Checks that resolving with a thenable calls its then in a later microtask, and that then's arguments settle the promise.
const thenable = {
  then(resolve, reject) {
    console.log('then called', typeof resolve, typeof reject);
    resolve('from thenable');
  },
};
Promise.resolve(thenable).then((v) => console.log('resolved:', v));
console.log('sync after Promise.resolve(thenable)');
Promise.resolve().then(() => console.log('plain microtask'));
