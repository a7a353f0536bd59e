// Checks path.normalize on a table of inputs.
const path = require('path');
for (const p of ['/a//b/../c/.', 'a/./b/', './', '', '..//..', '/..', 'a/b/../../..', '//double', '/a/b/c/../../../..']) {
  console.log(JSON.stringify(p), '->', JSON.stringify(path.normalize(p)));
}
