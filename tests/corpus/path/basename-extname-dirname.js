// Checks basename/extname/dirname on a table of inputs, plus basename with an extension argument.
const path = require('path');
for (const p of ['/a/b/c.js', '/a/b/', 'file', '.bashrc', 'a.b.c', '/', 'dir/file.', '..', 'x/.y.z']) {
  console.log(JSON.stringify(p), JSON.stringify(path.basename(p)), JSON.stringify(path.extname(p)), JSON.stringify(path.dirname(p)));
}
console.log(path.basename('/a/index.html', '.html'), path.basename('/a/index.html', 'html'), path.basename('x.js', 'x.js'));
