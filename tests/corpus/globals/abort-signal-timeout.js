// Checks AbortSignal.timeout aborts with a TimeoutError after the delay.
const s = AbortSignal.timeout(10);
console.log('aborted now', s.aborted);
s.addEventListener('abort', () => console.log('aborted', s.reason.name, s.reason.code));
setTimeout(() => console.log('keepalive timer'), 40);
