// createHmac with string and Buffer keys, several digests and encodings.
const crypto = require('crypto');
console.log(crypto.createHmac('sha256', 'secret').update('message').digest('hex'));
console.log(crypto.createHmac('sha512', Buffer.from('k')).update('a').update('b').digest('base64'));
console.log(crypto.createHmac('md5', '').digest('hex'));
console.log(crypto.createHmac('sha1', 'a'.repeat(200)).update('long key').digest('hex'));
try { crypto.createHmac('nope', 'k'); } catch (e) { console.log(e.code, e.message); }
