// Checks appendFile creating a missing file, writeFile with flag 'wx'/'a'/'r+', readFile encodings (hex/base64/latin1/utf16le), EISDIR from readFile on a directory, and invalid data types.
const fs = require('fs');
const fsp = require('fs/promises');
const dir = '/tmp/loopscope-corpus-fs-file-flags-encodings';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const r = (s) => String(s).split(dir).join('<dir>');
const err = (tag, e) => console.log(tag, e.code, e.errno, e.syscall, r(e.message));

fs.appendFile(`${dir}/new.txt`, 'first', (e1) => {
  console.log('appendFile missing', e1, JSON.stringify(fs.readFileSync(`${dir}/new.txt`, 'utf8')));
  fs.writeFile(`${dir}/new.txt`, 'again', { flag: 'wx' }, (e2) => {
    err('writeFile wx existing', e2);
    fs.writeFile(`${dir}/new.txt`, '+more', { flag: 'a' }, (e3) => {
      console.log('writeFile a', e3, JSON.stringify(fs.readFileSync(`${dir}/new.txt`, 'utf8')));
      fs.writeFile(`${dir}/new.txt`, 'FI', { flag: 'r+' }, (e4) => {
        console.log('writeFile r+', e4, JSON.stringify(fs.readFileSync(`${dir}/new.txt`, 'utf8')));
        fs.writeFile(`${dir}/absent.txt`, 'x', { flag: 'r+' }, (e5) => {
          err('writeFile r+ missing', e5);
          fs.appendFile(`${dir}/new.txt`, Buffer.from([0xe2, 0x82, 0xac]), (e6) => {
            console.log('appendFile buffer', e6);
            encodings();
          });
        });
      });
    });
  });
});

async function encodings() {
  const f = `${dir}/new.txt`;
  for (const enc of ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii', 'utf16le', 'ucs2']) {
    console.log('readFile', enc, JSON.stringify(await fsp.readFile(f, enc)));
  }
  console.log('readFile { encoding: null }', Buffer.isBuffer(await fsp.readFile(f, { encoding: null })));
  fs.writeFileSync(`${dir}/u16.txt`, 'h\u00e9', 'utf16le');
  console.log('utf16le bytes', fs.readFileSync(`${dir}/u16.txt`).toString('hex'));
  fs.writeFileSync(`${dir}/hex.txt`, '414243zz', 'hex');
  console.log('hex write', JSON.stringify(fs.readFileSync(`${dir}/hex.txt`, 'utf8')));
  try { await fsp.readFile(dir); } catch (e) { err('promises.readFile dir', e); }
  try { fs.readFileSync(dir); } catch (e) { err('readFileSync dir', e); }
  await new Promise((res) => fs.readFile(dir, 'utf8', (e) => { err('readFile dir', e); res(); }));
  try { await fsp.writeFile(dir, 'x'); } catch (e) { err('promises.writeFile dir', e); }
  try { await fsp.appendFile(`${dir}/nodir/a.txt`, 'x'); } catch (e) { err('appendFile no parent', e); }
  try { fs.writeFileSync(`${dir}/n.txt`, 42); } catch (e) { console.log('writeFileSync number', e.code, e.message); }
  try { fs.readFileSync(`${dir}/new.txt`, 'bogus-enc'); } catch (e) { console.log('bad encoding', e.code, e.message); }
  try { await fsp.writeFile(`${dir}/n.txt`, { toString() { return 'obj'; } }); } catch (e) { console.log('promises.writeFile object', e.code, e.message); }
  console.log('files', fs.readdirSync(dir).sort().join(','));
  fs.rmSync(dir, { recursive: true });
  console.log('cleaned', fs.existsSync(dir));
}
