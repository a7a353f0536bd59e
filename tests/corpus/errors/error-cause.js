// Checks Error cause option and AggregateError message/errors.
const inner = new Error('inner');
const outer = new Error('outer', { cause: inner });
console.log(outer.message, outer.cause === inner, outer.cause.message);
console.log('cause' in new Error('x'), 'cause' in new Error('x', { cause: undefined }));
const tErr = new TypeError('typed', { cause: 'str' });
console.log(tErr.name, tErr.cause);
const agg = new AggregateError([new Error('a'), new RangeError('b')], 'many');
console.log(agg.name, agg.message, agg.errors.length, agg.errors[1].name);
