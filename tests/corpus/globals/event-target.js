// Checks global EventTarget/Event: dispatch order, once option, removeEventListener.
const et = new EventTarget();
const h = (e) => console.log('handler', e.type, e instanceof Event);
et.addEventListener('ping', h);
et.addEventListener('ping', () => console.log('once'), { once: true });
et.dispatchEvent(new Event('ping'));
et.dispatchEvent(new Event('ping'));
et.removeEventListener('ping', h);
console.log(et.dispatchEvent(new Event('ping')));
