// Checks dns.lookup / dns.promises.lookup argument validation messages (family, hints, all, verbatim, order, options, callback, hostname) and falsy hostnames answering null on the next tick.
const dns = require('dns');
const attempt = (name, f) => {
  try {
    const ret = f();
    console.log(name, 'returned', ret === undefined ? 'undefined' : typeof ret);
    if (ret instanceof Promise) ret.catch((e) => console.log(name, 'rejected', e.code));
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
};
attempt('family 5 option', () => dns.lookup('localhost', { family: 5 }, () => {}));
attempt('family 5 number', () => dns.lookup('localhost', 5, () => {}));
attempt('family string 4', () => dns.lookup('localhost', { family: '4' }, () => {}));
attempt('hints 123456', () => dns.lookup('localhost', { hints: 123456 }, () => {}));
attempt('hints string', () => dns.lookup('localhost', { hints: 'x' }, () => {}));
attempt('all string', () => dns.lookup('localhost', { all: 'yes' }, () => {}));
attempt('verbatim number', () => dns.lookup('localhost', { verbatim: 1 }, () => {}));
attempt('order random', () => dns.lookup('localhost', { order: 'random' }, () => {}));
attempt('options string', () => dns.lookup('localhost', '4', () => {}));
attempt('no callback', () => dns.lookup('localhost', {}));
attempt('callback string', () => dns.lookup('localhost', {}, 'x'));
attempt('hostname object', () => dns.lookup({}, () => {}));
attempt('hostname 42', () => dns.lookup(42, () => {}));
attempt('promises family 5', () => dns.promises.lookup('localhost', { family: 5 }));
attempt('promises hostname 42', () => dns.promises.lookup(42));
attempt('promises all string', () => dns.promises.lookup('localhost', { all: 1 }));
attempt('setDefaultResultOrder bad', () => dns.setDefaultResultOrder('x'));
const order = [];
attempt('empty hostname', () => dns.lookup('', (e, a, f) => order.push(`empty: ${e} ${a} ${f}`)));
attempt('empty all', () => dns.lookup('', { all: true }, (e, a) => order.push(`empty all: ${e} ${JSON.stringify(a)}`)));
attempt('null family 6', () => dns.lookup(null, { family: 6 }, (e, a, f) => order.push(`null family 6: ${e} ${a} ${f}`)));
attempt('false hostname', () => dns.lookup(false, (e, a, f) => order.push(`false: ${e} ${a} ${f}`)));
attempt('undefined hostname 6', () => dns.lookup(undefined, 6, (e, a, f) => order.push(`undefined 6: ${e} ${a} ${f}`)));
process.nextTick(() => order.push('user tick'));
Promise.resolve().then(() => order.push('promise'));
dns.promises.lookup('').then((r) => order.push(`promises empty: ${JSON.stringify(r)}`));
order.push('sync end');
setTimeout(() => console.log(order.join('\n')), 10);
