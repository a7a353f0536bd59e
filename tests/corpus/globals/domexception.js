// Checks the DOMException global: constructor forms, name/message/code (legacy codes, 0 for other names), constants, the Error prototype chain, and DOMExceptions made by AbortSignal, structuredClone and atob.
const show = (label, e) => console.log(label, e.name, JSON.stringify(e.message), e.code, e instanceof DOMException, e instanceof Error, e.constructor.name, Object.prototype.toString.call(e), Object.keys(e).length, String(e));
show('default', new DOMException());
show('message only', new DOMException('m'));
show('name string', new DOMException('m', 'NotFoundError'));
show('options object', new DOMException('m', { name: 'TimeoutError' }));
show('custom name', new DOMException('m', 'MyOwnError'));
const withCause = new DOMException('c', { name: 'DataCloneError', cause: 'why' });
console.log('cause', withCause.cause, Object.getOwnPropertyDescriptor(withCause, 'cause').enumerable);
console.log('constants', DOMException.INDEX_SIZE_ERR, DOMException.SYNTAX_ERR, DOMException.ABORT_ERR, DOMException.QUOTA_EXCEEDED_ERR, DOMException.DATA_CLONE_ERR, new DOMException().TIMEOUT_ERR);
console.log('typeof', typeof DOMException, Object.getPrototypeOf(DOMException.prototype) === Error.prototype);
show('AbortSignal.abort()', AbortSignal.abort().reason);
const ac = new AbortController();
ac.abort();
show('controller abort', ac.signal.reason);
try { structuredClone(() => {}); } catch (e) { show('structuredClone', e); }
try { structuredClone(Symbol('s')); } catch (e) { show('structuredClone symbol', e); }
try { atob('a'); } catch (e) { show('atob', e); }
try { btoa('\u0100'); } catch (e) { show('btoa', e); }
