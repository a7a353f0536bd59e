// Checks top-level strings print raw while nested strings are quoted, including quote selection.
console.log('plain \'single\' "double"');
console.log(['plain', "it's", 'say "hi"', `both ' and "`, 'all \' " `']);
console.log({ s: 'x\ny', t: 'tab\there' });
console.log('line1\nline2');
