// require('path/win32') (and node:path/win32) is path.win32
const w = require('path/win32');
console.log(w === require('path').win32, w === require('node:path/win32'), w.sep, w.delimiter);
console.log(w.join('a', 'b', '..', 'c'), w.normalize('C:/x//y/../z'), w.isAbsolute('C:\\x'), w.basename('C:\\a\\b.txt', '.txt'));
console.log(require('path/posix') === require('path'), w.posix === require('path').posix);
