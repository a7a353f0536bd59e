// URL / URLSearchParams shapes: prototype property order and enumerability, toStringTag, static methods, iterator prototype
const d = (o, k) => { const x = Object.getOwnPropertyDescriptor(o, k); return x && [typeof x.get, typeof x.set, x.enumerable, x.configurable, x.writable]; };
console.log(Object.getOwnPropertyNames(URL.prototype), Object.getOwnPropertyNames(URLSearchParams.prototype));
console.log(d(URL.prototype, 'href'), d(URL.prototype, 'origin'), d(URL.prototype, 'toString'), d(URL, 'canParse'), d(URL.prototype, Symbol.toStringTag));
console.log(d(URLSearchParams.prototype, 'append'), d(URLSearchParams.prototype, 'size'), d(URLSearchParams.prototype, Symbol.iterator));
console.log(URLSearchParams.prototype[Symbol.iterator] === URLSearchParams.prototype.entries);
const keys = []; for (const k in new URL('http://a')) keys.push(k); console.log(keys.join(','), Object.keys(new URL('http://a')));
console.log(Object.getOwnPropertyNames(URL), URL.name, URL.length, URLSearchParams.length);
console.log(Object.prototype.toString.call(new URL('http://a')), Object.prototype.toString.call(new URLSearchParams()), Object.prototype.toString.call(new URLSearchParams().keys()));
const ip = Object.getPrototypeOf(new URLSearchParams().keys());
console.log(Object.getOwnPropertyNames(ip), Object.getPrototypeOf(ip) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
