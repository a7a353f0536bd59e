// Checks nested Maps/Sets inside arrays and objects and depth cutoff for them.
console.log([new Map([['k', new Map([['inner', new Map([['deep', 1]])]])]])]);
console.log({ list: [new Set([[1, 2], [3, 4]])] });
console.log([[new Map([[1, { a: { b: 1 } }]])]]);
