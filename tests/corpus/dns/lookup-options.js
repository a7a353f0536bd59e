// dns.lookup options: all, family as a number or an object; results after the first lookup finishes.
const dns = require('dns');
dns.lookup('localhost', { all: true }, (err, addrs) => {
  console.log('all', err, JSON.stringify(addrs));
  dns.lookup('localhost', 4, (err2, a, f) => {
    console.log('family 4', err2, a, f);
    dns.lookup('localhost', { family: 4, all: true }, (err3, list) => console.log('family 4 all', err3, list));
  });
});
