// pipeline() forwards errors and destroys the streams; pipe() does not (the seed's advice).
const { Readable, Writable, pipeline } = require('stream');
const src = new Readable({ read() { this.destroy(new Error('read failed')); } });
const dst = new Writable({ write(c, e, cb) { cb(); } });
pipeline(src, dst, (err) => console.log('pipeline', err.message, dst.destroyed));
const src2 = new Readable({ read() { this.destroy(new Error('read failed 2')); } });
const dst2 = new Writable({ write(c, e, cb) { cb(); } });
src2.on('error', (e) => console.log('pipe source error', e.message, 'dest destroyed:', dst2.destroyed));
src2.pipe(dst2);
