// Checks fs argument validation as node: bad open flags (ERR_INVALID_ARG_VALUE / ERR_OUT_OF_RANGE), NUL bytes in paths, a non-boolean mkdir/rm/rmdir recursive, rmdir's option checks, file: URL objects (and other schemes, hosts, encoded slashes) and Buffer / Uint8Array paths.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-validate-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'hi');
const r = (s) => String(s).split(dir).join('<dir>');
const t = (label, f) => {
  try {
    const v = f();
    console.log(label, 'ok', typeof v === 'number' ? 'number' : r(v));
  } catch (e) {
    console.log(label, e.name, e.code, r(e.message));
  }
};
t('flags bogus', () => fs.openSync(file, 'bogus'));
t('flags object', () => fs.openSync(file, {}));
t('flags true', () => fs.openSync(file, true));
t('flags "1"', () => fs.openSync(file, '1'));
t('flags 1.5', () => fs.openSync(file, 1.5));
t('flags 2**32', () => fs.openSync(file, 2 ** 32));
t('flags r+s', () => fs.openSync(file, 'r+s'));
t('flags null', () => fs.openSync(file, null));
t('flags rs', () => fs.openSync(file, 'rs'));
t('flags sa+', () => fs.openSync(file, 'sa+'));
t('flags 0', () => fs.openSync(file, 0));
t('open async bogus', () => fs.open(file, 'bogus', () => {}));
t('readFileSync flag', () => fs.readFileSync(file, { flag: 'bogus' }));
t('readFile flag', () => fs.readFile(file, { flag: 'bogus' }, () => {}));
t('writeFileSync flag', () => fs.writeFileSync(file, 'x', { flag: 'nope' }));
t('nul string', () => fs.readFileSync(`${file}\0x`));
t('nul buffer', () => fs.statSync(Buffer.from('a\0b')));
t('nul async', () => fs.stat('a\0b', () => {}));
t('nul existsSync', () => fs.existsSync('a\0b'));
t('mkdir recursive yes', () => fs.mkdirSync(path.join(dir, 'm'), { recursive: 'yes' }));
t('mkdir async recursive 1', () => fs.mkdir(path.join(dir, 'm'), { recursive: 1 }, () => {}));
t('mkdir mode bad', () => fs.mkdirSync(path.join(dir, 'm'), { mode: 'x' }));
t('rm recursive 1', () => fs.rmSync(file, { recursive: 1 }));
t('rm force y', () => fs.rmSync(file, { force: 'y' }));
t('rm options string', () => fs.rmSync(file, 'str'));
t('rmdir options string', () => fs.rmdirSync(dir, 'str'));
t('rmdir maxRetries', () => fs.rmdirSync(dir, { maxRetries: -1 }));
t('rmdir retryDelay', () => fs.rmdirSync(dir, { retryDelay: 1.5 }));
t('rmdir file', () => fs.rmdirSync(file));
t('url', () => fs.readFileSync(new URL(`file://${file}`), 'utf8'));
t('url encoded', () => fs.readFileSync(new URL(`file://${dir}/%66.txt`), 'utf8'));
t('url http', () => fs.readFileSync(new URL('http://example.com/x')));
t('url host', () => fs.readFileSync(new URL('file://somehost/x')));
t('url %2F', () => fs.readFileSync(new URL('file:///a%2Fb')));
t('url nul', () => fs.readFileSync(new URL('file:///a%00b')));
t('url-like object', () => fs.readFileSync({ href: 'file:///x', protocol: 'file:', pathname: '/x' }));
t('url existsSync', () => fs.existsSync(new URL(`file://${file}`)));
t('buffer path', () => fs.readFileSync(Buffer.from(file), 'utf8'));
t('uint8array path', () => fs.readFileSync(new Uint8Array(Buffer.from(file)), 'utf8'));
t('number path', () => fs.statSync(5));
t('undefined path', () => fs.statSync(undefined));
t('object path', () => fs.statSync({}));
t('url stat isFile', () => fs.statSync(new URL(`file://${file}`)).isFile());
fs.stat(new URL(`file://${file}`), (e, st) => {
  console.log('async url stat', e, st.size);
  fs.promises.readFile(new URL(`file://${file}`), 'utf8').then((s) => {
    console.log('promises url', s);
    return fs.promises.readFile(Buffer.from(file), 'utf8');
  }).then((s) => {
    console.log('promises buffer', s);
    return fs.promises.readFile('a\0b');
  }).catch((e) => {
    console.log('promises nul', e.code);
    return fs.promises.open(file, 'bogus');
  }).catch((e) => {
    console.log('promises flags', e.code, e.message);
  }).finally(() => fs.rmSync(dir, { recursive: true }));
});
