// Checks process.argv has at least 2 string entries and process.env is an object of strings.
console.log(Array.isArray(process.argv), process.argv.length >= 2);
console.log(process.argv.every((a) => typeof a === 'string'));
console.log(typeof process.env, process.env !== null);
process.env.LOOPSCOPE_TEST_VAR = 42;
console.log(typeof process.env.LOOPSCOPE_TEST_VAR, process.env.LOOPSCOPE_TEST_VAR);
delete process.env.LOOPSCOPE_TEST_VAR;
console.log(process.env.LOOPSCOPE_TEST_VAR, 'LOOPSCOPE_TEST_VAR' in process.env);
