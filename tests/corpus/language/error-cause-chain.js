// Checks error.cause chaining through wrapped errors.
function low() { throw new Error('low-level'); }
function mid() { try { low(); } catch (e) { throw new Error('mid-level', { cause: e }); } }
try { mid(); } catch (e) {
  let cur = e; const chain = [];
  while (cur) { chain.push(cur.message); cur = cur.cause; }
  console.log(chain.join(' <- '));
}
