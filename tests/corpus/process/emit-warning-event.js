// Checks process.emitWarning fires the 'warning' event asynchronously with name/message/code (default also prints to stderr).
process.on('warning', (w) => console.log('warning event:', w.name, w.message, w.code, w instanceof Error));
process.emitWarning('plain message');
process.emitWarning('custom type', 'MyWarning');
process.emitWarning('with code', { type: 'CodedWarning', code: 'W001' });
const e = new Error('error object'); e.name = 'ObjWarning';
process.emitWarning(e);
console.log('sync end');
