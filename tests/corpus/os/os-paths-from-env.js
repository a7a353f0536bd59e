// os.tmpdir and os.homedir follow TMPDIR/TMP/TEMP and HOME at call time; a trailing slash is stripped (but not from "/").
const os = require('os');

delete process.env.TMP;
delete process.env.TEMP;
process.env.TMPDIR = '/var/tmp/sub/';
console.log(os.tmpdir());
process.env.TMPDIR = '/';
console.log(os.tmpdir());
delete process.env.TMPDIR;
process.env.TMP = '/from/tmp';
process.env.TEMP = '/from/temp';
console.log(os.tmpdir());
delete process.env.TMP;
console.log(os.tmpdir());
delete process.env.TEMP;
console.log(os.tmpdir(), `${os.tmpdir}`);
process.env.HOME = '/home/someone';
console.log(os.homedir(), `${os.homedir}`);
process.env.HOME = '/elsewhere/';
console.log(os.homedir());
