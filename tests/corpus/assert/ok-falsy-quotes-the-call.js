// assert(value) / assert.ok(value) with a falsy value and no message quote the call from the source
const assert = require('assert');
function msg(f) { try { f(); } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage, e.code, e.operator, e.actual); } }
msg(() => assert.ok(false));
msg(() => assert(1 === 2));
msg(() => assert.ok(0, 'custom'));
msg(() => assert.ok());
const x = null;
msg(() => assert(x));
msg(() => assert.ok(typeof 123 === 'string'));
msg(() => assert.strict.ok(''));
msg(() => assert.strict(NaN));
msg(() => assert.ok([1, 2].includes(3) && "a)b" === ')'));
msg(() => {
  assert.ok(
    typeof x ===
      'string' // why not
  );
});
msg(() => assert.ok(/* inline */ false, undefined));
msg(() => { const { ok } = assert; ok(x?.y); });
