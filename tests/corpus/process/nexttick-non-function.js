// Checks process.nextTick with a non-function throws TypeError ERR_INVALID_ARG_TYPE.
for (const bad of [undefined, 'str', 1, {}]) {
  try {
    process.nextTick(bad);
  } catch (e) {
    console.log(e.name, e.code);
    console.log(e.message);
  }
}
