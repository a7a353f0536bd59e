// Checks quote selection for strings inside arrays/objects: single, double, backtick, and escapes.
console.log(['simple', "it's", 'a "quote"', "it's \"both\"", `it's "all" \`three\``]);
console.log({ 'key with space': 1, valid_id: 2, '1numeric': 3, 'dash-key': 4 });
console.log(['\n', '\t', '\\', '\u0001', 'é', '😀']);
console.log(["'"], ['"'], ['`']);
