// fs.promises / fs/promises: write, read, append, stat, readdir, rm, with await.
const fsp = require('fs/promises');
const dir = '/tmp/loopscope-corpus-fs-promises';
(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
  await fsp.mkdir(dir, { recursive: true });
  await fsp.writeFile(`${dir}/a.json`, JSON.stringify({ n: 1 }));
  await fsp.appendFile(`${dir}/a.json`, '\n');
  console.log(JSON.parse(await fsp.readFile(`${dir}/a.json`, 'utf8')), (await fsp.stat(`${dir}/a.json`)).size);
  console.log(await fsp.readdir(dir), require('fs').promises === fsp);
  try { await fsp.readFile(`${dir}/none`); } catch (e) { console.log(e.code, e.syscall); }
  await fsp.rm(dir, { recursive: true });
  try { await fsp.access(dir); } catch (e) { console.log('gone', e.code); }
})();
