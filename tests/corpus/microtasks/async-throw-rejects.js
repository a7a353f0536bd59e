// Checks that throwing in an async function rejects its promise (before or after an await) and is catchable.
async function before() { throw new Error('before await'); }
async function after() { await null; throw new Error('after await'); }
const p = before();
console.log(p instanceof Promise);
p.catch((e) => console.log(e.message));
after().catch((e) => console.log(e.message));
(async () => {
  try { await after(); } catch (e) { console.log('try/catch', e.message); }
})();
