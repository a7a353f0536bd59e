// Checks fs.ReadStream / fs.WriteStream: exported, instanceof, callable without new, their fields (path, fd, flags, mode, start, end, pos, pending, bytesRead/bytesWritten, autoClose), prototype methods, close(cb), and open/ready/data/end/finish/close order.
const fs = require('fs');
const path = require('path');
const os = require('os');
const { Readable, Writable } = require('stream');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-stream-classes-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'hello world');
console.log(typeof fs.ReadStream, typeof fs.WriteStream, fs.ReadStream.name, fs.WriteStream.name);
console.log('protos', Object.getPrototypeOf(fs.ReadStream.prototype) === Readable.prototype, Object.getPrototypeOf(fs.WriteStream) === Writable);
console.log('rs proto', Object.getOwnPropertyNames(fs.ReadStream.prototype).join(','));
console.log('ws proto', Object.getOwnPropertyNames(fs.WriteStream.prototype).join(','));
console.log('keys', Object.keys(fs).filter((k) => /Stream$/.test(k)).join(','));
const events = [];
const log = (s) => events.push(s);
// One scenario at a time, so only the order within a stream is compared.
const scenarios = [
  (done) => {
    const rs = fs.createReadStream(file);
    console.log('rs', rs instanceof fs.ReadStream, rs instanceof Readable, rs.constructor.name, rs.pending, rs.bytesRead,
      rs.path === file, rs.fd, rs.flags, rs.mode, rs.start, rs.end, rs.pos, rs.autoClose);
    ['open', 'ready', 'data', 'end', 'close'].forEach((ev) => rs.on(ev, (x) => log(`rs ${ev}${ev === 'open' ? `:${typeof x}` : ev === 'data' ? `:${x}` : ''}:${rs.pending}:${rs.bytesRead}`)));
    rs.on('close', done);
  },
  (done) => {
    const ws = fs.createWriteStream(path.join(dir, 'g.txt'));
    console.log('ws', ws instanceof fs.WriteStream, ws instanceof Writable, ws.constructor.name, ws.pending, ws.bytesWritten,
      ws.fd, ws.flags, ws.mode, ws.start, ws.pos, ws.autoClose);
    ['open', 'ready', 'finish', 'close'].forEach((ev) => ws.on(ev, (x) => log(`ws ${ev}${ev === 'open' ? `:${typeof x}` : ''}:${ws.pending}:${ws.bytesWritten}`)));
    ws.write('abc');
    ws.close((e) => {
      log(`ws close cb:${e}:${ws.bytesWritten}:${fs.readFileSync(path.join(dir, 'g.txt'), 'utf8')}`);
      done();
    });
  },
  (done) => {
    const rs2 = new fs.ReadStream(file, { start: 2, end: 4 });
    rs2.on('data', (c) => log(`rs2 data:${c}:${rs2.pos}`));
    rs2.on('close', done);
  },
  (done) => {
    const rs3 = fs.ReadStream(file);
    log(`without new ${rs3 instanceof fs.ReadStream}`);
    rs3.on('close', () => log('rs3 close'));
    rs3.close((e) => {
      log(`rs3 close cb:${e && e.code}:${rs3.destroyed}`);
      done();
    });
  },
  (done) => {
    const rs4 = fs.createReadStream(file);
    rs4.on('open', () => rs4.close(function (e) {
      log(`rs4 close cb:${e && e.code}:${this === rs4}`);
      done();
    }));
    rs4.on('close', () => log('rs4 close'));
  },
  (done) => {
    const ws2 = new fs.WriteStream(path.join(dir, 'h.txt'), { flags: 'a', start: 0 });
    ws2.end('xyz', () => log(`ws2 end cb:${ws2.bytesWritten}:${ws2.pos}`));
    ws2.on('finish', () => log('ws2 finish'));
    ws2.on('close', () => {
      log('ws2 close');
      done();
    });
  },
  (done) => {
    const ws3 = fs.createWriteStream(path.join(dir, 'i.txt'), { autoClose: false });
    ws3.on('finish', () => log('ws3 finish'));
    ws3.on('close', () => log(`ws3 close:${ws3.autoClose}:${ws3.fd}`));
    ws3.close(() => {
      log('ws3 close cb');
      ws3.close(() => {
        log('ws3 closed again');
        done();
      });
    });
  },
  (done) => {
    const rs5 = fs.createReadStream(Buffer.from(file));
    log(`buffer path kept ${Buffer.isBuffer(rs5.path)}`);
    rs5.on('close', () => log(`rs5 close ${rs5.fd}`));
    rs5.destroy();
    const rs6 = fs.createReadStream(new URL(`file://${file}`));
    log(`url path ${rs6.path === file}`);
    rs6.resume();
    rs6.on('close', done);
  },
  (done) => {
    const bad = fs.createWriteStream(path.join(dir, 'j.txt'), { flags: 'bogus' });
    bad.on('error', (e) => log(`bad error:${e.code}`));
    bad.on('close', () => {
      log('bad close');
      done();
    });
  },
];
try { fs.createReadStream('a\0b'); } catch (e) { console.log('nul', e.code); }
try { fs.createWriteStream(5); } catch (e) { console.log('number', e.code); }
let i = 0;
const next = () => {
  if (i < scenarios.length) {
    scenarios[i++](next);
    return;
  }
  console.log(events.join('\n'));
  fs.rmSync(dir, { recursive: true });
};
next();
