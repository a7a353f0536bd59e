// Checks setTimeout/setInterval/setImmediate with a non-function callback throw TypeError ERR_INVALID_ARG_TYPE.
for (const [name, fn] of [['setTimeout', setTimeout], ['setInterval', setInterval], ['setImmediate', setImmediate]]) {
  for (const bad of ['code string', 42, null, undefined, {}]) {
    try {
      fn(bad, 1);
      console.log(name, 'no throw');
    } catch (e) {
      console.log(name, e.name, e.code, e instanceof TypeError);
      console.log(e.message);
    }
  }
}
