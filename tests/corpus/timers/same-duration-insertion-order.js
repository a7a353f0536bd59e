// Checks that timers with the same duration fire in insertion order (Rule 2).
for (let i = 0; i < 10; i++) setTimeout(() => console.log('timer', i), 10);
