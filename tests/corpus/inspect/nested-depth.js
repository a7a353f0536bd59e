// Checks objects nested deeper than depth 2 print as [Object] / [Array].
console.log({ l1: { l2: { l3: { l4: 'deep' } } } });
console.log([[[[['deep']]]]]);
console.log({ a: [{ b: [{ c: 1 }] }] });
