// Checks path constants and module identity: sep, delimiter, posix/win32 namespaces.
const path = require('path');
console.log(path.sep, path.delimiter, path === require('node:path'), path.posix === path);
console.log(path.win32.sep, path.win32.join('a', 'b'), path.win32.basename('C:\\x\\y.txt'));
console.log(path.toNamespacedPath('/x'));
