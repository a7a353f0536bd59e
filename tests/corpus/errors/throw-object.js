// Checks throwing a plain object at top level exits with code 1.
console.log('before');
throw { message: 'not an Error', code: 'E_OBJ' };
