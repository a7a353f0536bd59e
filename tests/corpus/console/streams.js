// Checks console.log/info/debug write to stdout while console.warn/error/trace write to stderr (only markers show on stdout).
console.log('marker 1');
console.info('info goes to stdout');
console.debug('debug goes to stdout');
console.warn('warn goes to stderr');
console.error('error goes to stderr');
console.log('marker 2');
