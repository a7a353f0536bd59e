// Checks path.parse and path.format round trips.
const path = require('path');
for (const p of ['/home/user/file.txt', 'rel/dir/archive.tar.gz', '/', 'noext', '.hidden', '/dir/']) {
  const parsed = path.parse(p);
  console.log(JSON.stringify(p), JSON.stringify(parsed), path.format(parsed));
}
console.log(path.format({ dir: '/x', name: 'n', ext: 'e' }));
console.log(path.format({ root: '/', base: 'b.js', name: 'ignored' }));
