// Checks the Immediate object: constructor name, hasRef/ref/unref return values, and no refresh/toPrimitive.
const im = setImmediate(() => console.log('ran, hasRef:', im.hasRef()));
console.log(typeof im, im.constructor.name);
console.log('hasRef', im.hasRef());
console.log('unref returns this', im.unref() === im, im.hasRef());
console.log('ref returns this', im.ref() === im, im.hasRef());
console.log('refresh', typeof im.refresh, 'toPrimitive', typeof im[Symbol.toPrimitive]);
