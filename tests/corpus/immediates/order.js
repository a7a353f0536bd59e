// Checks that immediates run in the order they were scheduled.
for (let i = 0; i < 5; i++) setImmediate(() => console.log('immediate', i));
console.log('sync');
