// Checks mkdir recursive return values (sync, callback, promise), mkdir errors, and rename over files/directories: replace, EISDIR, ENOTDIR, ENOTEMPTY, EINVAL, ENOENT.
const fs = require('fs');
const fsp = require('fs/promises');
const dir = '/tmp/loopscope-corpus-fs-mkdir-rename-results';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const r = (s) => String(s).split(dir).join('<dir>');
const attempt = (tag, f) => {
  try { console.log(tag, 'ok', r(f())); } catch (e) { console.log(tag, e.code, e.errno, e.syscall, r(e.message)); }
};

attempt('mkdirSync recursive new chain', () => fs.mkdirSync(`${dir}/a/b/c`, { recursive: true }));
attempt('mkdirSync recursive existing', () => fs.mkdirSync(`${dir}/a/b`, { recursive: true }));
attempt('mkdirSync recursive one level', () => fs.mkdirSync(`${dir}/a/b/c/d`, { recursive: true }));
attempt('mkdirSync plain', () => fs.mkdirSync(`${dir}/p`));
attempt('mkdirSync existing', () => fs.mkdirSync(`${dir}/p`));
attempt('mkdirSync missing parent', () => fs.mkdirSync(`${dir}/q/r`));
fs.writeFileSync(`${dir}/file`, 'F');
attempt('mkdirSync recursive through file', () => fs.mkdirSync(`${dir}/file/x/y`, { recursive: true }));
attempt('mkdirSync recursive on file', () => fs.mkdirSync(`${dir}/file`, { recursive: true }));
attempt('mkdirSync trailing slash', () => fs.mkdirSync(`${dir}/t/u/`, { recursive: true }));

fs.writeFileSync(`${dir}/one`, '1');
fs.writeFileSync(`${dir}/two`, '2');
fs.mkdirSync(`${dir}/empty`);
fs.mkdirSync(`${dir}/full`);
fs.writeFileSync(`${dir}/full/inner`, 'i');
attempt('rename file over file', () => { fs.renameSync(`${dir}/one`, `${dir}/two`); return fs.readFileSync(`${dir}/two`, 'utf8') + ' one:' + fs.existsSync(`${dir}/one`); });
attempt('rename file over dir', () => fs.renameSync(`${dir}/two`, `${dir}/empty`));
attempt('rename dir over file', () => fs.renameSync(`${dir}/empty`, `${dir}/two`));
attempt('rename dir over non-empty dir', () => fs.renameSync(`${dir}/empty`, `${dir}/full`));
attempt('rename dir into itself', () => fs.renameSync(`${dir}/full`, `${dir}/full/sub`));
attempt('rename missing', () => fs.renameSync(`${dir}/ghost`, `${dir}/g2`));
attempt('rename to missing parent', () => fs.renameSync(`${dir}/two`, `${dir}/none/two`));
attempt('rename to itself', () => { fs.renameSync(`${dir}/two`, `${dir}/two`); return fs.readFileSync(`${dir}/two`, 'utf8'); });
attempt('rename dir over empty dir', () => { fs.renameSync(`${dir}/full`, `${dir}/empty`); return fs.readdirSync(`${dir}/empty`).sort().join(','); });

fs.mkdir(`${dir}/cb/x`, { recursive: true }, (e, first) => {
  console.log('mkdir cb recursive', e, r(first));
  fs.mkdir(`${dir}/cb/x`, { recursive: true }, (e2, again) => {
    console.log('mkdir cb recursive existing', e2, again);
    fs.mkdir(`${dir}/cb/x`, (e3, plain) => {
      console.log('mkdir cb existing', e3.code, e3.syscall, plain);
      fs.rename(`${dir}/cb`, `${dir}/two`, async (e4) => {
        console.log('rename cb dir over file', e4.code, e4.syscall, r(e4.message));
        console.log('promises mkdir recursive', r(await fsp.mkdir(`${dir}/pr/a`, { recursive: true })));
        console.log('promises mkdir recursive existing', await fsp.mkdir(`${dir}/pr/a`, { recursive: true }));
        console.log('promises mkdir plain', await fsp.mkdir(`${dir}/pr/b`));
        try { await fsp.rename(`${dir}/pr`, `${dir}/pr/a/inside`); } catch (e5) { console.log('promises rename into itself', e5.code, e5.syscall, r(e5.message)); }
        await fsp.rename(`${dir}/pr`, `${dir}/pr2`);
        console.log('top level', fs.readdirSync(dir).sort().join(','));
        fs.rmSync(dir, { recursive: true });
        console.log('cleaned', fs.existsSync(dir));
      });
    });
  });
});
