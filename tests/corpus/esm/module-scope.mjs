// ES module scope: no require/module/__filename, `this` is undefined, import.meta has url/filename/dirname.
console.log(typeof require, typeof module, typeof exports, typeof __filename, this === undefined);
console.log(import.meta.url.startsWith('file:///'), import.meta.url.endsWith('module-scope.mjs'));
console.log(import.meta.filename.endsWith('module-scope.mjs'), typeof import.meta.dirname);
