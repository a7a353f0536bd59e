// A script can read its own source at __filename.
const fs = require('fs');
const src = fs.readFileSync(__filename, 'utf8');
console.log(src.split('\n')[0]);
console.log(fs.statSync(__filename).isFile(), src.includes('own-script'));
