// Checks standard error types: name, message, instanceof, toString, and custom subclasses.
for (const E of [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError]) {
  const e = new E('msg');
  console.log(e.name, e.message, e instanceof Error, String(e));
}
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; this.code = 'E_MINE'; } }
const m = new MyError('custom');
console.log(m.name, m.code, m instanceof MyError, m instanceof Error, String(m));
try { undefinedVariable; } catch (e) { console.log(e.name, e.message); }
try { null.x; } catch (e) { console.log(e.name, e.message); }
try { (void 0)(); } catch (e) { console.log(e.name); }
