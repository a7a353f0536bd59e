// Checks Promise inspection for pending, fulfilled and rejected states.
const pending = new Promise(() => {});
const fulfilled = Promise.resolve({ v: 1 });
const rejected = Promise.reject({ code: 'E_NO' });
rejected.catch(() => {});
console.log(pending);
console.log(fulfilled);
console.log(Promise.resolve(undefined), Promise.resolve([1, 2]));
const rejStr = Promise.reject('reason');
rejStr.catch(() => {});
console.log(rejStr);
console.log(rejected);
console.log({ nested: Promise.resolve(Promise.resolve(1)) });
